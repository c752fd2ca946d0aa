/**
 * Writes the offline worker, `<base>sw.js`, once Astro has built the site:
 * src/browser/worker/service-worker.ts, compiled and minified, behind the precache plan of
 * this build (src/build/precache.ts), and the bundles it downloads
 * (`offline/<group>.json`); and the update notice's code (src/browser/worker/update-notice.ts),
 * which the offline script loads from `<base>update-notice.js`. The worker's
 * bytes change whenever a listed file does, which is how browsers learn of a
 * new deploy.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { minify, transformWithOxc } from 'vite';
import { bundlePath, HASHED_FOLDER, SHARED_GROUP } from '../../shared/offline.ts';
import { offlineBundle, precachePlan } from '../precache.ts';
import { normalizeBase } from '../../shared/url.ts';

/** The worker's source: compiled from the project, not from the output folder. */
const workerSource = new URL('../../browser/worker/service-worker.ts', import.meta.url);
/** The update notice's code, loaded by the offline script from a fixed address (src/browser/inline/offline-script.ts). */
const noticeSource = new URL('../../browser/worker/update-notice.ts', import.meta.url);

/** A TypeScript file of the project, compiled and minified for the browser, `prelude` (declarations it reads) first. */
async function compile(source: URL, name: string, prelude = ''): Promise<string> {
	const { code } = await transformWithOxc(await readFile(source, 'utf8'), source.pathname);
	// The sources are modules for type checking only: a worker registered as a classic script may not
	// export, and a function scope lets the minifier shorten every name.
	return (
		await minify(name, `(()=>{${prelude}${code.replace(/^export \{\};?$/m, '')}})()`, { compress: true, mangle: true })
	).code;
}

/** `editions`: the edition ids, each the first path segment of its pages; `source`, the one the root shows. */
export function serviceWorker({ editions, source }: { editions: readonly string[]; source: string }): AstroIntegration {
	let base = '/';
	return {
		name: 'service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const entries = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) =>
					entry.isFile(),
				);
				const files = await Promise.all(
					entries.map(async (entry) => {
						const file = join(entry.parentPath, entry.name);
						return { path: relative(root, file).split(sep).join('/'), content: await readFile(file) };
					}),
				);
				// First, so that the worker's plan lists it like any script.
				const notice = await compile(noticeSource, 'update-notice.js');
				await writeFile(join(root, 'update-notice.js'), notice);
				files.push({ path: 'update-notice.js', content: Buffer.from(notice) });
				const plan = precachePlan(files, editions, base, source);
				// The worker answers hashed files (`_astro/`) by their folder, never by name: its copy of the plan
				// leaves them out, so its bytes do not grow with the number of scripts. The bundles hold them all,
				// and the version covers them all.
				const workerPlan = { ...plan, shared: plan.shared.filter((path) => !path.startsWith(HASHED_FOLDER)) };
				await writeFile(
					join(root, 'sw.js'),
					await compile(workerSource, 'sw.js', `const PLAN=${JSON.stringify(workerPlan)};`),
				);
				await mkdir(join(root, 'offline'), { recursive: true });
				for (const [group, paths] of [[SHARED_GROUP, plan.shared], ...Object.entries(plan.editions)] as const) {
					await writeFile(join(root, bundlePath(group)), JSON.stringify(offlineBundle(files, paths)));
				}
				logger.info(
					`sw.js: version ${plan.version}, ${plan.shared.length} shared files, ${Object.keys(plan.editions).length} editions`,
				);
			},
		},
	};
}
