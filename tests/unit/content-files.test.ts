/**
 * The one reader of content files: a file that does not parse names itself
 * and its line; a byte-order mark and Windows line ends read like any file;
 * writing a frontmatter field keeps the rest of the file.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import {
	parseFrontmatter,
	readFrontmatter,
	readJson,
	readText,
	writeFrontmatter,
} from '../../src/build/content-files.ts';

const fixture = (name: string) => new URL(`../fixtures/content-files/${name}`, import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'content-files-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('malformed YAML frontmatter names the file and the line', () => {
	expect(() => readFrontmatter(fixture('malformed-yaml.mdx'))).toThrow(
		new RegExp(`^${fixture('malformed-yaml.mdx')}:\\d+: the frontmatter is not valid YAML: `),
	);
});

test('malformed JSON names the file, the line and the column', () => {
	expect(() => readJson(fixture('malformed-json.json'))).toThrow(
		`${fixture('malformed-json.json')}:3:2: not valid JSON: Expected double-quoted property name`,
	);
});

test('a file without frontmatter says what is expected', () => {
	expect(() => parseFrontmatter('Just text', 'content/fr/steps/x.mdx')).toThrow(
		'content/fr/steps/x.mdx:1: no frontmatter',
	);
});

test('a byte-order mark and Windows line ends are read like any file', () => {
	expect(readFrontmatter(fixture('bom.mdx'))).toEqual({ title: 'Avec BOM', order: 2 });
	expect(readFrontmatter(fixture('crlf.mdx'))).toEqual({ title: 'Fins de ligne Windows', order: 3 });
	expect(parseFrontmatter(readText(fixture('crlf.mdx')), 'crlf.mdx').body).toBe('\nCorps.\n');
	expect(readJson(fixture('bom-crlf.json'))).toEqual({ 'step.read': 'To read' });
});

test('writing a field adds it first, quoted, then replaces it, keeping the other fields and the body; undefined removes it', () => {
	const file = join(scratch, 'crlf.mdx');
	copyFileSync(fixture('crlf.mdx'), file);
	writeFrontmatter(file, { sourceHash: '012345678901' });
	expect(readFileSync(file, 'utf8')).toBe(
		'---\nsourceHash: "012345678901"\ntitle: "Fins de ligne Windows"\norder: 3\n---\n\nCorps.\n',
	);
	writeFrontmatter(file, { sourceHash: 'abcdefabcdef', order: 4 });
	expect(readFrontmatter(file)).toEqual({ sourceHash: 'abcdefabcdef', title: 'Fins de ligne Windows', order: 4 });
	expect(parseFrontmatter(readText(file), file).body).toBe('\nCorps.\n');
	writeFrontmatter(file, { sourceHash: undefined });
	expect(readFileSync(file, 'utf8')).toBe('---\ntitle: "Fins de ligne Windows"\norder: 4\n---\n\nCorps.\n');
});
