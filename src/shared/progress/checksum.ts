/** FNV-1a over a string, 32 bits, in base 36: a cheap check that a text is the one written (store.ts, handoff.ts). */
export function checksum(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return hash.toString(36);
}
