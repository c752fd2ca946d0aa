/**
 * Every step's first command is real code in the language it claims: Python
 * parses with Python's own parser, shell with `bash -n`, and shiki tokenizes
 * it with the grammar of that language.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { highlight } from '../../src/lib/highlight.ts';
import { readFrontmatter } from '../../src/lib/content-files.ts';

const content = new URL('../../content/', import.meta.url).pathname;
const starters = readdirSync(content).flatMap((edition) => {
	const folder = `${content}${edition}/steps/`;
	let files: string[] = [];
	try {
		files = readdirSync(folder).filter((file) => file.endsWith('.mdx'));
	} catch {
		return [];
	}
	return files.flatMap((file) => {
		const starter = readFrontmatter(folder + file).starter as { lang: string; code: string } | undefined;
		return starter ? [{ name: `${edition}/steps/${file}`, ...starter }] : [];
	});
});

const check: Record<string, (code: string) => void> = {
	python: (code) => execFileSync('python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: code, stdio: 'pipe' }),
	bash: (code) => execFileSync('bash', ['-n'], { input: code, stdio: 'pipe' }),
};

test('every step of every edition has a first command', () => {
	const steps = readdirSync(content).flatMap((edition) => {
		try {
			return readdirSync(`${content}${edition}/steps/`);
		} catch {
			return [];
		}
	});
	expect(starters.length).toBe(steps.length);
});

describe.each(starters)('$name', ({ lang, code }) => {
	test(`is non-empty ${lang} that parses`, () => {
		expect(code.trim().length).toBeGreaterThan(20);
		expect(Object.keys(check)).toContain(lang);
		expect(() => check[lang]?.(code)).not.toThrow();
	});

	test('is tokenized by its grammar, keeping every character', async () => {
		const lines = await highlight(code.trimEnd(), lang);
		expect(lines.map((line) => line.map((token) => token.text).join('')).join('\n')).toBe(code.trimEnd());
		expect(new Set(lines.flat().map((token) => token.className)).size).toBeGreaterThan(2);
	});
});

test('a syntax error would be caught', () => {
	expect(() => check.python?.('def broken(:\n  pass')).toThrow();
	expect(() => check.bash?.('if then fi (')).toThrow();
});
