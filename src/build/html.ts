/** JSON to embed in a `<script>` element (JSON-LD, page data): `<` escaped so no value can close the element. */
export const jsonForScript = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
