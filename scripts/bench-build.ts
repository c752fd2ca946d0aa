/**
 * Build-time benchmark: generates synthetic roadmaps of 7, 50 and 200 steps in
 * 5 editions in temporary copies of the project, builds each, and prints the
 * build time, the pages built and the time per page, as a Markdown table with
 * the machine it ran on. The cost should grow linearly with the pages.
 *
 *   npm run bench:build             (not part of npm test: it takes minutes)
 */
import { cpus, totalmem } from 'node:os';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTempProject } from './temp-project.ts';

const EDITIONS = ['fr', 'en', 'de', 'es', 'it'];
const SIZES = [7, 50, 200];

/** One synthetic step: the shape of a real one, with text of a realistic length. */
function stepFile(order: number): string {
	const id = `step-${order}`;
	const paragraph = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. '.repeat(3);
	return `---
id: ${id}
order: ${order}
title: "Étape synthétique numéro ${order}"
summary: "Un résumé d'une phrase pour l'étape ${order}."
read:
  title: "Une lecture pour l'étape ${order}"
  url: https://example.org/read/${order}
  kind: article
  minutes: 10
  note: "Une phrase sur cette lecture."
do:
  title: "Un exercice pour l'étape ${order}"
  url: https://example.org/do/${order}
  kind: tutorial
---

${paragraph}

${paragraph}
`;
}

async function htmlFiles(dir: string): Promise<number> {
	let count = 0;
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		if (entry.isDirectory()) count += await htmlFiles(join(dir, entry.name));
		else if (entry.name.endsWith('.html')) count++;
	}
	return count;
}

const rows: string[] = [];
for (const size of SIZES) {
	const project = await createTempProject();
	try {
		const content = project.file('content');
		const edition = await readFile(join(content, 'fr/edition.mdx'), 'utf8');
		const ui = await readFile(join(content, 'fr/ui.json'), 'utf8');
		await rm(content, { recursive: true });
		for (const lang of EDITIONS) {
			await mkdir(join(content, lang, 'steps'), { recursive: true });
			await writeFile(join(content, lang, 'edition.mdx'), edition.replace(/^lang: fr$/m, `lang: ${lang}`));
			await writeFile(join(content, lang, 'ui.json'), ui);
			for (let order = 1; order <= size; order++) await writeFile(join(content, lang, 'steps', `${String(order).padStart(3, '0')}.mdx`), stepFile(order));
		}
		const start = performance.now();
		const build = await project.astro(['build']);
		const seconds = (performance.now() - start) / 1000;
		if (build.code !== 0) throw new Error(build.output);
		const pages = await htmlFiles(project.file('dist'));
		rows.push(`| ${size} × ${EDITIONS.length} | ${pages} | ${seconds.toFixed(1)} s | ${((seconds * 1000) / pages).toFixed(0)} ms |`);
		console.log(rows.at(-1));
	} finally {
		await project.remove();
	}
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, ${process.platform}`;
console.log(
	[
		'',
		`Machine: ${machine}; ${new Date().toISOString().slice(0, 10)}.`,
		'',
		'| steps × editions | pages | build | per page |',
		'| --- | --- | --- | --- |',
		...rows,
	].join('\n'),
);
