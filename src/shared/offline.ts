/**
 * The offline worker's contract with the build: what src/build/precache.ts
 * decides from the built files and src/browser/worker/service-worker.ts
 * reads (the plan, written into sw.js; the bundles, one file a group).
 */
export interface PrecachePlan {
	/** The site's base path, `/roadmap/`: the worker's scope and part of its cache names. */
	base: string;
	/** A hash of every listed file's path and content: a new deploy that changes any of them is a new version. */
	version: string;
	/**
	 * Paths under the base downloaded on install whatever the edition: translations, 404, styles, scripts.
	 * The worker's own copy leaves out the hashed scripts (`HASHED_FOLDER`), which it answers by their folder.
	 */
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

/** Where Astro writes the hashed scripts: the worker answers them from any version's cache, by this folder. */
export const HASHED_FOLDER = '_astro/';

/** The bundle of a group: `_` for the shared files, else the edition's id (ids never start with `_`). */
export const SHARED_GROUP = '_';
export const bundlePath = (group: string): string => `offline/${group}.json`;

/**
 * What a bundle holds: the inline stylesheets and scripts once, and each file
 * as [path under the base, content type, body], where `\u0001<n>\u0001` stands
 * for `pieces[n]` (a control character no HTML, CSS or JavaScript of ours
 * holds); src/browser/worker/service-worker.ts puts them back.
 */
export interface OfflineBundle {
	pieces: string[];
	files: [path: string, type: string, body: string][];
}
