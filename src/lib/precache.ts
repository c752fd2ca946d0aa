/**
 * What the offline worker (src/service-worker.ts) downloads, decided at build
 * time from the built files so that a fork needs no list to keep: every page,
 * stylesheet and script, grouped so that a learner downloads the shared pages
 * and files plus one edition, not all of them. Images (icons, sharing images)
 * are left out: no page needs them to be read.
 *
 * Each group travels as one file, `offline/<group>.json` (`offline/_.json` for
 * the shared files, `offline/fr.json` for an edition), not as one request per
 * page: every page carries the same inline stylesheet (inlined for first
 * paint, see docs/benchmarks.md), and gzip only finds a repeat within 32 KB,
 * about one page back. A bundle holds each stylesheet once and the pages with a
 * marker in its place, so one edition costs about half what its pages do one
 * by one (`npm run weigh` prints it).
 */
import { createHash } from 'node:crypto';
import { notSavedPath } from './url.ts';

export interface PrecachePlan {
	/** The site's base path, `/roadmap/`: the worker's scope and part of its cache names. */
	base: string;
	/** A hash of every listed file's path and content: a new deploy that changes any of them is a new version. */
	version: string;
	/** Paths under the base downloaded on install whatever the edition: translations, 404, styles, scripts. */
	shared: string[];
	/** Each edition's pages (`fr/`, `fr/python/`, `fr/progress/`), downloaded once a page of the edition is visited. */
	editions: Record<string, string[]>;
	/**
	 * The source edition, whose overview the root shows (src/pages/index.astro): visiting the root downloads
	 * it, and offline the root is answered with its overview's copy. The root itself is not downloaded: it
	 * would add a whole page (its overview is longer than gzip's 32 KB window, so even next to it in one
	 * bundle it compresses on its own) for its canonical link and edition suggestion, which matter online.
	 */
	source: string;
	/**
	 * The folder of the "not saved yet" pages (`not-saved/`, shared pages; `notSavedPath` in url.ts): the worker
	 * answers a page never downloaded, offline, with `<notSaved><edition>/`.
	 */
	notSaved: string;
}

/** The bundle of a group: `_` for the shared files, else the edition's id (ids never start with `_`). */
export const SHARED_GROUP = '_';
export const bundlePath = (group: string): string => `offline/${group}.json`;

/**
 * What a bundle holds: the inline stylesheets once, and each file as
 * [path under the base, content type, body], where `\u0001<n>\u0001` stands for
 * `styles[n]` (a control character no HTML, CSS or JavaScript of ours holds);
 * src/service-worker.ts puts them back.
 */
export interface OfflineBundle {
	styles: string[];
	files: [path: string, type: string, body: string][];
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };

/** The bundle of the files at `paths` (served paths, as in the plan), from the built files. */
export function offlineBundle(files: { path: string; content: Uint8Array | string }[], paths: readonly string[]): OfflineBundle {
	const byPath = new Map(files.filter((file) => isPrecached(file.path)).map((file) => [servedPath(file.path), file]));
	const styles: string[] = [];
	const bundle: OfflineBundle = { styles, files: [] };
	// In the order given: neighbours that repeat each other compress together.
	for (const served of paths) {
		const file = byPath.get(served);
		if (!file) throw new Error(`offline bundle: no built file is served at "${served}"`);
		const text = typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content);
		if (text.includes('\u0001')) throw new Error(`${file.path}: holds the character U+0001, which the offline bundle uses as a marker`);
		const body = text.replace(/(<style>)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close: string) => {
			const index = styles.indexOf(css);
			return `${open}\u0001${index < 0 ? styles.push(css) - 1 : index}\u0001${close}`;
		});
		bundle.files.push([served, TYPES[file.path.split('.').pop() as string] as string, body]);
	}
	return bundle;
}

/** A built file that a page needs offline: a page, a stylesheet or a script (the worker itself excluded). */
export const isPrecached = (file: string): boolean => /\.(html|css|js)$/.test(file) && file !== 'sw.js';

/** The URL path a built file is served at: `fr/python/index.html` → `fr/python/`, `index.html` → ``. */
export const servedPath = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

/** Groups the built files (paths relative to the output folder, with their contents) into the plan. */
export function precachePlan(files: { path: string; content: Uint8Array | string }[], editionIds: readonly string[], base: string, source: string): PrecachePlan {
	const listed = files.filter((file) => isPrecached(file.path)).sort((a, b) => a.path.localeCompare(b.path));
	const hash = createHash('sha256');
	for (const file of listed) hash.update(file.path).update('\0').update(file.content).update('\0');
	const editions: Record<string, string[]> = Object.fromEntries(editionIds.map((id) => [id, []]));
	const shared: string[] = [];
	for (const { path } of listed) {
		const served = servedPath(path);
		const edition = editionIds.find((id) => served.startsWith(`${id}/`));
		if (served !== '') (edition && path.endsWith('.html') ? (editions[edition] as string[]) : shared).push(served);
	}
	return { base, version: hash.digest('hex').slice(0, 12), shared, editions, source, notSaved: notSavedPath('') };
}
