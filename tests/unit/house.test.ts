/**
 * Where code runs, enforced: src/browser/ ships to the learner's browser,
 * src/build/ runs once in Node at build time, src/shared/ holds the pure rules
 * both use. Browser and build import shared, never each other; shared imports
 * only shared; nothing that can ship imports a `node:` module; and no import
 * cycle anywhere in src/, dynamic imports and type imports included.
 * Imports are read with TypeScript's own pre-processor (static, dynamic and
 * `import type` alike), from .ts files and from the scripts of .astro files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Every source file under `folder`, as paths relative to the repository. */
const sources = (folder: string) =>
	readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(ts|astro)$/.test(name))
		.map((name) => join(folder, name));

/** The module specifiers `file` imports: an .astro file's frontmatter and `<script>` blocks, a .ts file whole. */
function specifiers(file: string): string[] {
	const text = readFileSync(join(root, file), 'utf8');
	const code = file.endsWith('.astro')
		? [...text.matchAll(/^---\n([\s\S]*?)\n---|<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/gm)]
				.map((match) => match[1] ?? match[2] ?? '')
				.join('\n')
		: text;
	return ts.preProcessFile(code, true, true).importedFiles.map((imported) => imported.fileName);
}

/** What `file` imports: repository paths for relative specifiers, the specifier itself for packages. */
const importsOf = (file: string) =>
	specifiers(file).map((specifier) =>
		specifier.startsWith('.')
			? relative(root, resolve(root, dirname(file), specifier.replace(/\?.*$/, '')))
			: specifier,
	);

const files = sources('src');
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const area = (path: string) => /^src\/(browser|build|shared)\//.exec(path)?.[1];

describe('each area imports only what may run where it runs', () => {
	const allowed: Record<string, string[]> = {
		browser: ['browser', 'shared'],
		build: ['build', 'shared'],
		shared: ['shared'],
	};
	for (const from of ['browser', 'build', 'shared']) {
		test(`src/${from}/ imports only ${allowed[from]?.map((name) => `src/${name}/`).join(' and ')}`, () => {
			const wrong = files
				.filter((file) => area(file) === from)
				.flatMap((file) =>
					(graph.get(file) ?? [])
						.filter((path) => path.startsWith('src/') && !allowed[from]?.includes(area(path) ?? ''))
						.map((path) => `${file} → ${path}`),
				);
			expect(wrong).toEqual([]);
		});
	}

	test('nothing that can ship (src/browser/, src/shared/) imports a Node module', () => {
		const node = files
			.filter((file) => area(file) === 'browser' || area(file) === 'shared')
			.flatMap((file) =>
				(graph.get(file) ?? []).filter((path) => path.startsWith('node:')).map((path) => `${file} → ${path}`),
			);
		expect(node).toEqual([]);
	});

	test('every source file sits in an area, or is one of Astro’s own (pages, components, layouts, styles, assets, content.config.ts)', () => {
		const astro = /^src\/(pages|components|layouts|styles|assets)\/|^src\/content\.config\.ts$/;
		expect(files.filter((file) => !area(file) && !astro.test(file))).toEqual([]);
	});
});

/** The first import cycle found from `start` (depth first), as the path that closes it; undefined when there is none. */
function cycleFrom(start: string, seen: Set<string>): string[] | undefined {
	const path: string[] = [];
	const onPath = new Set<string>();
	const visit = (file: string): string[] | undefined => {
		if (onPath.has(file)) return [...path.slice(path.indexOf(file)), file];
		if (seen.has(file)) return undefined;
		seen.add(file);
		onPath.add(file);
		path.push(file);
		for (const next of graph.get(file) ?? []) {
			const cycle = graph.has(next) ? visit(next) : undefined;
			if (cycle) return cycle;
		}
		path.pop();
		onPath.delete(file);
		return undefined;
	};
	return visit(start);
}

test('no import cycle in src/, dynamic and type imports included', () => {
	const seen = new Set<string>();
	const cycles = files.map((file) => cycleFrom(file, seen)).filter((cycle) => cycle !== undefined);
	expect(cycles.map((cycle) => cycle.join(' → '))).toEqual([]);
});

test('the checks see the imports: the tracker imports shared rules, the build imports Node', () => {
	expect(graph.get('src/browser/tracker/tracker.ts')?.some((path) => path.startsWith('src/shared/progress/'))).toBe(
		true,
	);
	expect(
		files
			.filter((file) => area(file) === 'build')
			.some((file) => graph.get(file)?.some((path) => path.startsWith('node:'))),
	).toBe(true);
	expect(graph.get('src/components/TrackerRegion.astro')?.some((path) => area(path) === 'browser')).toBe(true);
});

test('no re-export: each function has one module to import it from', () => {
	const reexports = files.filter((file) =>
		/^export\s+(\*|\{[^}]*\})\s+from\s/m.test(readFileSync(join(root, file), 'utf8')),
	);
	expect(reexports).toEqual([]);
});

test('styles are by concern, with one print block for the whole site', () => {
	const sheets = readdirSync(join(root, 'src/styles')).filter((name) => name.endsWith('.css'));
	expect(sheets.length).toBeGreaterThan(5);
	const print = sheets.flatMap((name) =>
		[...readFileSync(join(root, 'src/styles', name), 'utf8').matchAll(/@media print\b/g)].map(() => name),
	);
	expect(print).toEqual(['print.css']);
});

test('a colour scheme changes colours only (axe runs its colour rules alone in the second scheme: tests/support/axe.ts)', () => {
	const styles = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(css|astro)$/.test(name))
		.map((name) => join('src', name));
	const byScheme = styles.flatMap((file) => {
		const text = readFileSync(join(root, file), 'utf8');
		// A media query on the scheme in a stylesheet (a meta tag's media attribute is not one).
		const media = [...text.matchAll(/@media[^{]*prefers-color-scheme/g)].map(
			() => `${file}: @media prefers-color-scheme`,
		);
		// The theme switch's rules set the scheme and nothing else.
		const theme = [...text.matchAll(/\[data-theme=[^\]]*\]\s*\{([^}]*)\}/g)]
			.filter(([, body]) => body?.replace(/\s*color-scheme:\s*(light|dark);\s*/g, '').trim())
			.map(([rule]) => `${file}: ${rule}`);
		return [...media, ...theme];
	});
	expect(styles.length).toBeGreaterThan(5);
	expect(byScheme).toEqual([]);
});

test('the content folder is listed by one reader: no other code lists step files or finds a step by searching its text', () => {
	const code = [...sources('src'), ...sources('scripts'), ...sources('tests')].filter(
		(file) => file !== 'src/build/content-reader.ts' && file !== 'tests/unit/house.test.ts',
	);
	const listing = code.filter((file) =>
		/readdir(Sync)?\([^)]*steps|includes\(`id: /.test(readFileSync(join(root, file), 'utf8')),
	);
	expect(listing).toEqual([]);
});

test('the offline worker, compiled alone, imports types only', () => {
	const worker = readFileSync(join(root, 'src/browser/worker/service-worker.ts'), 'utf8');
	expect([...worker.matchAll(/^import (?!type )[^;]*;/gm)].map((match) => match[0])).toEqual([]);
});
