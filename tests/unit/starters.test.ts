/**
 * Every step's first command is real code in the language it claims: Python
 * parses with Python's own parser, shell with `bash -n`, and shiki tokenizes
 * it with the grammar of that language. Every Python starter imports exactly
 * the packages its `requires:` lists, and those whose packages this machine
 * has (pandas and scikit-learn, from Debian in CI) run as a learner would run
 * them: in an empty folder, offline, within a time limit.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { highlight } from '../../src/build/highlight.ts';
import { moduleOf, pipPackages } from '../../src/build/starters.ts';
import { readEditions } from '../../src/build/content-reader.ts';
import type { Step } from '../../src/shared/schemas/step.ts';

type Starter = NonNullable<Step['starter']>;

const content = new URL('../../content/', import.meta.url).pathname;
// Every step file of every edition, read with the site's reader.
const stepFiles = readEditions(content).flatMap((edition) => edition.steps);
const starters = stepFiles.flatMap((step) => {
	const starter = step.data.starter as Starter | undefined;
	return starter ? [{ name: relative(content, step.file), ...starter }] : [];
});

/** The Python the starters run with: Debian's, where apt installs pandas and scikit-learn. */
const PYTHON = '/usr/bin/python3';
/** Long enough for scikit-learn's first import on a busy 2-core machine. */
const RUN_TIMEOUT = 120_000;

const check: Record<string, (code: string) => void> = {
	python: (code) =>
		execFileSync(PYTHON, ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: code, stdio: 'pipe' }),
	bash: (code) => execFileSync('bash', ['-n'], { input: code, stdio: 'pipe' }),
};

/** The modules a Python snippet imports from outside the standard library, by top-level name. */
function thirdPartyImports(code: string): string[] {
	const script = `import ast, sys
names = set()
for node in ast.walk(ast.parse(sys.stdin.read())):
    if isinstance(node, ast.Import):
        names.update(alias.name.split(".")[0] for alias in node.names)
    elif isinstance(node, ast.ImportFrom) and node.level == 0:
        names.add(node.module.split(".")[0])
print("\\n".join(sorted(names - set(sys.stdlib_module_names))))`;
	return execFileSync(PYTHON, ['-c', script], { input: code, encoding: 'utf8' }).split('\n').filter(Boolean);
}

const importable = (module: string) => spawnSync(PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;

/** Offline: a network namespace of its own when the kernel allows it, else proxies that lead nowhere. */
const isolated = spawnSync('unshare', ['-rn', 'true'], { stdio: 'ignore' }).status === 0;
function runOffline(file: string, cwd: string) {
	const nowhere = 'http://127.0.0.1:9';
	const env = {
		...process.env,
		http_proxy: nowhere,
		https_proxy: nowhere,
		HTTP_PROXY: nowhere,
		HTTPS_PROXY: nowhere,
		no_proxy: '',
		NO_PROXY: '',
	};
	const [command, args] = isolated ? ['unshare', ['-rn', PYTHON, file]] : [PYTHON, [file]];
	return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: RUN_TIMEOUT });
}

const ran: string[] = [];
const checkedOnly: string[] = [];

test('every step of every edition has a first command', () => {
	expect(stepFiles.length).toBeGreaterThan(0);
	expect(starters.length).toBe(stepFiles.length);
});

describe.each(starters)('$name', ({ name, lang, code, requires }) => {
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

	test('says what it needs, and runs when this machine has it', { timeout: RUN_TIMEOUT + 30_000 }, () => {
		expect(Array.isArray(requires)).toBe(true);
		if (lang !== 'python') {
			checkedOnly.push(`${name} (${lang}: syntax only)`);
			return;
		}
		const modules = pipPackages(requires).map(moduleOf);
		expect(thirdPartyImports(code).sort(), 'the packages it imports are the ones `requires:` lists').toEqual(
			[...modules].sort(),
		);
		const missing = modules.filter((module) => !importable(module));
		if (missing.length > 0) {
			checkedOnly.push(`${name} (not installed here: ${missing.join(', ')})`);
			return;
		}
		const folder = mkdtempSync(join(tmpdir(), 'starter-'));
		try {
			writeFileSync(join(folder, 'starter.py'), code);
			const result = runOffline('starter.py', folder);
			expect(result.error, `${name} did not finish`).toBeUndefined();
			expect(result.status, `${name} failed:\n${result.stderr}`).toBe(0);
			expect(result.stdout.trim().length, 'it prints what it found').toBeGreaterThan(0);
			ran.push(name);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});

test('a syntax error would be caught', () => {
	expect(() => check.python?.('def broken(:\n  pass')).toThrow();
	expect(() => check.bash?.('if then fi (')).toThrow();
});

test('at least one starter ran here (the others were checked)', () => {
	console.log(
		[
			`Starters run (${isolated ? 'offline, in a network namespace of their own' : 'offline, through proxies that lead nowhere'}), ${ran.length}:`,
			...ran.map((name) => `  ran      ${name}`),
			`Only checked, ${checkedOnly.length}:`,
			...checkedOnly.map((name) => `  checked  ${name}`),
		].join('\n'),
	);
	expect(ran.length).toBeGreaterThan(0);
});
