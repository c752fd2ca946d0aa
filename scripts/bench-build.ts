/**
 * Build-time benchmark: generates synthetic roadmaps of 7, 50 and 200 steps in
 * 5 editions in temporary copies of the project, builds each, and prints the
 * build time, the pages built and the time per page, as a Markdown table with
 * the machine it ran on. The cost should grow linearly with the pages. With
 * --starlight, the same content is also built by a stock Starlight site
 * (scripts/starlight-peer.ts) in the same run, for comparison.
 *
 *   npm run bench:build                       (not part of npm test: it takes minutes)
 *   node scripts/bench-build.ts --sizes 7 --editions 2 --starlight
 *
 * Every synthetic step is a copy of the source's first real step with its id,
 * order and title changed, so the steps stay valid whatever the schema asks.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { readEditions } from '../src/build/content-reader.ts';
import { SOURCE_EDITION } from '../src/build/editions.ts';
import { createStarlightPeer } from './starlight-peer.ts';
import { createTempProject } from './temp-project.ts';

const LANGUAGES = ['fr', 'en', 'de', 'es', 'it'];

/** A copy of a real step file as step number `order`: its frontmatter edited through yaml's document API, its text kept. */
export function syntheticStep(template: string, order: number): string {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(template);
	if (!match) throw new Error('the template step has no frontmatter');
	const frontmatter = parseDocument(match[1] ?? '');
	frontmatter.set('id', `step-${order}`);
	frontmatter.set('order', order);
	frontmatter.set('title', `${String(frontmatter.get('title'))} (${order})`);
	return `---\n${frontmatter.toString()}---${template.slice(match[0].length)}`;
}

async function htmlFiles(dir: string): Promise<number> {
	let count = 0;
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		if (entry.isDirectory()) count += await htmlFiles(join(dir, entry.name));
		else if (entry.name.endsWith('.html')) count++;
	}
	return count;
}

/** Replaces the copy's content with `size` steps in each of `languages`, each edition the source's with its `lang`. */
async function writeSyntheticContent(content: string, size: number, languages: string[]): Promise<void> {
	const source = join(content, SOURCE_EDITION);
	// The first step of the path, found by the project's reader: the template of every synthetic step.
	const first = readEditions(content).find((edition) => edition.id === SOURCE_EDITION)?.steps[0];
	if (!first) throw new Error(`${source}: no step to copy`);
	const template = await readFile(first.file, 'utf8');
	const edition = await readFile(join(source, 'edition.mdx'), 'utf8');
	const ui = await readFile(join(source, 'ui.json'), 'utf8');
	await rm(content, { recursive: true });
	for (const lang of languages) {
		await mkdir(join(content, lang, 'steps'), { recursive: true });
		await writeFile(join(content, lang, 'edition.mdx'), edition.replace(/^lang: .*$/m, `lang: ${lang}`));
		await writeFile(join(content, lang, 'ui.json'), ui);
		for (let order = 1; order <= size; order++)
			await writeFile(
				join(content, lang, 'steps', `${String(order).padStart(3, '0')}.mdx`),
				syntheticStep(template, order),
			);
	}
}

export interface BenchRow {
	size: number;
	editions: number;
	pages: number;
	seconds: number;
	starlight?: { pages: number; seconds: number };
}

/** Builds one synthetic roadmap (and its Starlight peer) and times each build. */
export async function benchOne(size: number, languages: string[], starlight: boolean): Promise<BenchRow> {
	const project = await createTempProject();
	try {
		const content = project.file('content');
		await writeSyntheticContent(content, size, languages);
		const start = performance.now();
		const build = await project.astro(['build']);
		const seconds = (performance.now() - start) / 1000;
		if (build.code !== 0) throw new Error(build.output);
		const row: BenchRow = { size, editions: languages.length, pages: await htmlFiles(project.file('dist')), seconds };
		if (starlight) {
			const peer = await createStarlightPeer(content);
			try {
				const built = await peer.build();
				if (built.code !== 0) throw new Error(built.output);
				row.starlight = { pages: await htmlFiles(join(peer.root, 'dist')), seconds: built.seconds };
			} finally {
				await peer.remove();
			}
		}
		return row;
	} finally {
		await project.remove();
	}
}

const perPage = (seconds: number, pages: number) => `${((seconds * 1000) / pages).toFixed(0)} ms`;

export function benchRow({ size, editions, pages, seconds, starlight }: BenchRow): string {
	const ours = `| ${size} × ${editions} | ${pages} | ${seconds.toFixed(1)} s | ${perPage(seconds, pages)} |`;
	return starlight
		? `${ours} ${starlight.pages} | ${starlight.seconds.toFixed(1)} s | ${perPage(starlight.seconds, starlight.pages)} |`
		: ours;
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: {
			sizes: { type: 'string', default: '7,50,200' },
			editions: { type: 'string', default: String(LANGUAGES.length) },
			starlight: { type: 'boolean', default: false },
		},
	});
	const languages = LANGUAGES.slice(0, Number(values.editions));
	const rows: string[] = [];
	for (const size of values.sizes.split(',').map(Number)) {
		rows.push(benchRow(await benchOne(size, languages, values.starlight)));
		console.log(rows.at(-1));
	}
	const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, ${process.platform}`;
	const header = values.starlight
		? [
				'| steps × editions | pages | build | per page | Starlight pages | Starlight build | per page |',
				'| --- | --- | --- | --- | --- | --- | --- |',
			]
		: ['| steps × editions | pages | build | per page |', '| --- | --- | --- | --- |'];
	console.log(
		['', `Machine: ${machine}; ${new Date().toISOString().slice(0, 10)}.`, '', ...header, ...rows].join('\n'),
	);
}
