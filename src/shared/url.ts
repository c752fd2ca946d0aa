/**
 * Every internal URL goes through here, so the same build works at `/` and
 * under a project path such as `/roadmap/` (GitHub Pages). The base comes from
 * Astro (`base` in astro.config.mjs, from BASE_PATH), exposed as BASE_URL.
 */

/** `roadmap`, `/roadmap`, `/roadmap/` → `/roadmap/`; empty → `/`. */
export function normalizeBase(base: string | undefined): string {
	const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/** A path inside the site, prefixed with the base: `fr/` → `/roadmap/fr/`. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** A path made absolute on the site's origin (SITE_URL), for canonical links, sharing cards and structured data. */
export function absoluteUrl(path: string, site: string = import.meta.env.SITE ?? ''): string {
	return new URL(path, site).href;
}

/** The URL of each kind of page: one place to change a route's shape. */
export const routes = {
	/** The root page that sends readers to an edition. */
	home: () => withBase(''),
	/** An edition's overview, e.g. `/roadmap/fr/`. */
	edition: (edition: string) => withBase(`${edition}/`),
	/** The end of the path on an edition's overview, shown once every step is done, e.g. `/roadmap/fr/#finished`. */
	finished: (edition: string) => withBase(`${edition}/#finished`),
	/** A step page, e.g. `/roadmap/fr/python/`. */
	step: (edition: string, stepId: string) => withBase(`${edition}/${stepId}/`),
	/** The sharing image of an edition's overview, or of one of its steps. */
	ogImage: (edition: string, stepId?: string) => withBase(`og/${edition}${stepId ? `/${stepId}` : ''}.png`),
	/** The translation status of every edition. */
	translations: () => withBase('translations/'),
	/** An edition's progress page (export, import, reset), e.g. `/roadmap/fr/progress/`. */
	progress: (edition: string) => withBase(`${edition}/${PROGRESS_SEGMENT}/`),
	/** A square PNG icon drawn from the favicon, one of `ICON_SIZES`, e.g. `/roadmap/icons/180.png`. */
	icon: (size: number | typeof ICON_SIZES.maskable) => withBase(`icons/${size}.png`),
	/** The sitemap index, written by @astrojs/sitemap. */
	sitemap: () => withBase('sitemap-index.xml'),
	/** An edition's learning log, "Mon carnet", e.g. `/roadmap/fr/log/`. */
	log: (edition: string) => withBase(`${edition}/${LOG_SEGMENT}/`),
	/**
	 * "Mon plan", a section of the progress page, e.g. `/roadmap/fr/progress/#plan`:
	 * a page of its own would cost every edition's offline download a page more.
	 */
	plan: (edition: string) => withBase(`${edition}/${PROGRESS_SEGMENT}/#plan`),
	/** What the offline worker answers, in an edition's words, for a page never downloaded, e.g. `/roadmap/not-saved/fr/`. */
	notSaved: (edition: string) => withBase(notSavedPath(edition)),
};

/** The folder of the "not saved yet" pages, outside every edition's so that they download with the shared files (precache.ts). */
export const NOT_SAVED_SEGMENT = 'not-saved';
/** The path under the base of an edition's "not saved yet" page; `notSavedPath('')` is their folder, which the offline worker is told (precache.ts). */
export const notSavedPath = (edition: string): string => `${NOT_SAVED_SEGMENT}/${edition}${edition && '/'}`;

/** The icons drawn: Apple's touch icon, the web manifest's sizes, and its maskable icon (512 px, drawn with a safe zone). */
export const ICON_SIZES = { touch: 180, manifest: [192, 512], maskable: 'maskable' } as const;

/** The URL segment of the progress page, beside the step ids: no step may use it as id. */
export const PROGRESS_SEGMENT = 'progress';
/** The URL segment of the learning log, likewise reserved. */
export const LOG_SEGMENT = 'log';

/** The host a link goes to, without `www.`, as shown to readers: "kaggle.com". */
export function domainOf(url: string): string {
	return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * The Wayback Machine's copy of a page nearest a date (the article's, for its
 * links): `https://web.archive.org/web/20181203/https://example.org/page`.
 */
export function archiveUrl(url: string, date: Date): string {
	return `https://web.archive.org/web/${date.toISOString().slice(0, 10).replaceAll('-', '')}/${url}`;
}
