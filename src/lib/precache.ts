/**
 * What the offline worker (src/service-worker.ts) downloads, decided at build
 * time from the built files so that a fork needs no list to keep: every page,
 * stylesheet and script, grouped so that a learner downloads the shared pages
 * and files plus one edition, not all of them. Images (icons, sharing images)
 * are left out: no page needs them to be read.
 */
import { createHash } from 'node:crypto';

export interface PrecachePlan {
	/** The site's base path, `/roadmap/`: the worker's scope and part of its cache names. */
	base: string;
	/** A hash of every listed file's path and content: a new deploy that changes any of them is a new version. */
	version: string;
	/** Paths under the base downloaded on install whatever the edition: root, translations, 404, styles, scripts. */
	shared: string[];
	/** Each edition's pages (`fr/`, `fr/python/`, `fr/progress/`), downloaded once a page of the edition is visited. */
	editions: Record<string, string[]>;
}

/** A built file that a page needs offline: a page, a stylesheet or a script (the worker itself excluded). */
export const isPrecached = (file: string): boolean => /\.(html|css|js)$/.test(file) && file !== 'sw.js';

/** The URL path a built file is served at: `fr/python/index.html` → `fr/python/`, `index.html` → ``. */
export const servedPath = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

/** Groups the built files (paths relative to the output folder, with their contents) into the plan. */
export function precachePlan(files: { path: string; content: Uint8Array | string }[], editionIds: readonly string[], base: string): PrecachePlan {
	const listed = files.filter((file) => isPrecached(file.path)).sort((a, b) => a.path.localeCompare(b.path));
	const hash = createHash('sha256');
	for (const file of listed) hash.update(file.path).update('\0').update(file.content).update('\0');
	const editions: Record<string, string[]> = Object.fromEntries(editionIds.map((id) => [id, []]));
	const shared: string[] = [];
	for (const { path } of listed) {
		const served = servedPath(path);
		const edition = editionIds.find((id) => served.startsWith(`${id}/`));
		(edition && path.endsWith('.html') ? (editions[edition] as string[]) : shared).push(served);
	}
	return { base, version: hash.digest('hex').slice(0, 12), shared, editions };
}
