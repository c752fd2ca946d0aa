/**
 * A fork stays green: the end-to-end specs tagged @variant run against a
 * temporary copy of the project whose content a translator and a writer have
 * changed the way TRANSLATING.md and the README tell them to:
 *   - a third edition, the source folder copied with only `lang` changed, then marked;
 *   - in the source, two steps added at the end and one removed (the others renumbered,
 *     in every edition), so ids, counts and titles all differ from the shipped path.
 * The copy is built once, by the web server of tests/variant/playwright.variant.config.ts.
 *
 *   node tests/variant/run-variant.ts     (npm run test:variant, part of npm test)
 */
import { execFile } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTempProject, type TempProject } from '../../scripts/temp-project.ts';
import { readFrontmatter, writeFrontmatter } from '../../src/build/content-files.ts';
import { readEditions } from '../../src/build/content-reader.ts';
import { SOURCE_EDITION } from '../../src/build/editions.ts';

/** A language no edition has yet, written left to right. */
const NEW_EDITION = 'de';

/** An edition's step files in path order, read with the site's reader. */
function stepFiles(project: TempProject, edition: string): { file: string; order: number }[] {
	return (readEditions(project.file('content')).find((candidate) => candidate.id === edition)?.steps ?? []).map(
		({ file, order }) => ({ file, order }),
	);
}

/** (a) A third edition, as a translator starts one: copy the source, set `lang`, mark. */
async function addEdition(project: TempProject) {
	await cp(project.file(`content/${SOURCE_EDITION}`), project.file(`content/${NEW_EDITION}`), { recursive: true });
	writeFrontmatter(project.file(`content/${NEW_EDITION}/edition.mdx`), { lang: NEW_EDITION });
	const marked = await project.node(['scripts/i18n.ts', 'mark', NEW_EDITION]);
	if (marked.code !== 0) throw new Error(marked.output);
}

/**
 * (b) Two steps added after the last one, in the source only, and the second step removed everywhere: the
 * shipped path's seven steps become eight (a calendar of the whole plan then has eight events).
 */
async function reshapePath(project: TempProject) {
	const source = stepFiles(project, SOURCE_EDITION);
	const last = source.at(-1);
	if (!last || source.length < 3) throw new Error('the variant needs a path of at least three steps');
	const model = readFrontmatter(last.file);
	for (const [index, id] of ['variant-added', 'variant-added-2'].entries()) {
		const order = last.order + 1 + index;
		const added = project.file(`content/${SOURCE_EDITION}/steps/${String(order).padStart(2, '0')}-${id}.mdx`);
		await cp(last.file, added);
		writeFrontmatter(added, {
			id,
			order,
			title: `${String(model.title)} (variant ${index + 1})`,
			summary: `${String(model.summary)} (variant ${index + 1})`,
		});
	}

	const removed = String(readFrontmatter(source[1]?.file ?? '').id);
	for (const { id: edition } of readEditions(project.file('content'))) {
		for (const { file, order } of stepFiles(project, edition)) {
			if (readFrontmatter(file).id === removed) await rm(file);
			else if (order > 2) writeFrontmatter(file, { order: order - 1 });
		}
	}
}

if (import.meta.main) {
	const started = Date.now();
	const project = await createTempProject(['tests', 'playwright.config.ts']);
	try {
		await addEdition(project);
		await reshapePath(project);
		const playwright = join(project.root, 'node_modules/@playwright/test/cli.js');
		const run = promisify(execFile)(
			process.execPath,
			[
				playwright,
				'test',
				'--config',
				'tests/variant/playwright.variant.config.ts',
				'--project=desktop',
				'--grep',
				'@variant',
				...process.argv.slice(2),
			],
			{
				cwd: project.root,
				env: { ...process.env, CONTENT_DIR: undefined },
				maxBuffer: 64 * 1024 * 1024,
			},
		);
		run.child.stdout?.pipe(process.stdout);
		run.child.stderr?.pipe(process.stderr);
		await run.catch(() => {
			process.exitCode = 1;
		});
	} finally {
		await project.remove();
		console.log(`variant: ${Math.round((Date.now() - started) / 1000)} s`);
	}
}
