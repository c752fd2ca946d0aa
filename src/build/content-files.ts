/**
 * The one reader of content files outside Astro's loader: astro.config.mjs
 * (at load time, before the loader's checks run), the translation report, the
 * scripts and the tests all read frontmatter and JSON through here. A file
 * that does not parse stops everything with its path and line; a byte-order
 * mark and Windows line ends are accepted. Frontmatter is written back with
 * `yaml`'s document API, so comments and the body are kept as they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isMap, parseDocument } from 'yaml';

/** A content file that cannot be read: the message starts with `<file>:<line>:`. */
export class ContentFileError extends Error {
	override name = 'ContentFileError';
}

/** A file's text with its byte-order mark dropped and its line ends made `\n`. */
export function readText(file: string): string {
	return readFileSync(file, 'utf8')
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n');
}

const frontmatterPattern = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/** Where a position falls in a text, counted from 1, for messages. */
function lineAt(text: string, position: number): { line: number; column: number } {
	const before = text.slice(0, position).split('\n');
	return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function frontmatterDocument(text: string, file: string) {
	const match = frontmatterPattern.exec(text);
	if (!match)
		throw new ContentFileError(
			`${file}:1: no frontmatter: the file must start with a line "---", its fields, and another "---"`,
		);
	const document = parseDocument(match[1] ?? '');
	const [error] = document.errors;
	if (error) {
		// The frontmatter starts on the file's second line.
		const line = (error.linePos?.[0].line ?? 0) + 1;
		throw new ContentFileError(
			`${file}:${line}: the frontmatter is not valid YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
		);
	}
	return { document, body: text.slice(match[0].length) };
}

/** The frontmatter fields of a Markdown/MDX text, and the text after it. */
export function parseFrontmatter(text: string, file: string): { data: Record<string, unknown>; body: string } {
	const { document, body } = frontmatterDocument(text, file);
	const data: unknown = document.toJS();
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		throw new ContentFileError(`${file}:2: the frontmatter must be fields such as "title: …"`);
	return { data: data as Record<string, unknown>, body };
}

/** The frontmatter fields of a Markdown/MDX file. */
export function readFrontmatter(file: string): Record<string, unknown> {
	return parseFrontmatter(readText(file), file).data;
}

/** A JSON text's value; a syntax error names the file and line. */
export function parseJson(text: string, file: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = Number(/at position (\d+)/.exec(message)?.[1] ?? 0);
		const { line, column } = lineAt(text, position);
		throw new ContentFileError(
			`${file}:${line}:${column}: not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
		);
	}
}

/** A JSON file's value. */
export function readJson(file: string): unknown {
	return parseJson(readText(file), file);
}

/**
 * Sets frontmatter fields of a Markdown/MDX file, keeping the other fields,
 * their comments and the body (unless `body` replaces it). Strings are written
 * in double quotes, or YAML would read a hash made of digits as a number; a
 * new field goes first; a field set to `undefined` is removed.
 */
export function writeFrontmatter(file: string, fields: Record<string, string | number | undefined>, body?: string) {
	const { document, body: kept } = frontmatterDocument(readText(file), file);
	const map = document.contents;
	if (!isMap(map)) throw new ContentFileError(`${file}:2: the frontmatter must be fields such as "title: …"`);
	for (const [key, value] of Object.entries(fields)) {
		if (value === undefined) {
			document.delete(key);
			continue;
		}
		const node = document.createNode(value);
		if (typeof value === 'string') node.type = 'QUOTE_DOUBLE';
		if (document.has(key)) document.set(key, node);
		else map.items.unshift(document.createPair(key, node));
	}
	writeFileSync(file, `---\n${document.toString({ lineWidth: 0 })}---\n${body ?? kept}`);
}
