/**
 * Per-page budgets of the built site, checked by scripts/weigh.ts (and so by
 * `npm test`). The reference: a stock Starlight site with the same seven steps
 * weighs about 48 KB gzipped per page, 30 KB of it JavaScript, in 9–10 requests.
 */
export const budgets = {
	/** Bytes a page transfers on first load, compressed as served (gzip), response bodies only. */
	totalBytes: 14 * 1024,
	/**
	 * The same for the translation status page, a translator's tool whose length
	 * follows the work left: the stale blocks it lists, with their diffs, at most
	 * 60 (src/pages/translations.astro; `npm run i18n:status` lists them all).
	 */
	translationsBytes: 32 * 1024,
	/**
	 * JavaScript files among them, as served. The one inline script (the theme,
	 * which must run before the first paint) travels inside the HTML and counts
	 * in totalBytes; weigh.ts reports its size apart.
	 */
	scriptBytes: 2 * 1024,
	/**
	 * Each script loaded on first use (dynamic `import()`: the progress page's tools, the
	 * hand-off with its QR encoder, the full reader), gzipped; weigh.ts lists them.
	 */
	onDemandBytes: 6 * 1024,
	/** Requests a page makes on first load, the page itself included. */
	requests: 4,
	/** Requests to any origin but the site's. */
	foreignRequests: 0,
	/** Errors in the console while loading. */
	consoleErrors: 0,
	/**
	 * Cumulative layout shift while loading: none that Lighthouse would show,
	 * which rounds to three decimals. Strictly 0 on a quiet machine; on a loaded
	 * one, about one full run in two saw a single 0.0001 (a one-pixel move of a
	 * line, in no reproducible place: the tests name what moved when it happens).
	 */
	cls: 0.0005,
	/**
	 * What the offline worker downloads in the background on a first visit
	 * (the shared files and one edition, each group one bundle: src/build/precache.ts),
	 * as served, gzip: a learner on a metered phone pays for one language.
	 * 64 KB since the plan (issue #23): its code (schedule, calendar file,
	 * 2.6 KB) and its section on the progress page took the download from
	 * 55 to 63 KB; at 60 KB the plan could not work offline.
	 */
	precacheBytes: 64 * 1024,
	/** Requests that reach the network when a page seen once is opened again offline. */
	offlineRequests: 0,
} as const;

/**
 * The path the weight budgets above were set on: the article's seven steps,
 * in two editions. A fork's path is held to them plus what each further step
 * and edition measurably costs (`forkAllowance`), so that a translator's third
 * edition or a writer's eighth step is not over budget by its content alone,
 * while the code and the design stay held to the same bytes. Written here,
 * not read from the content: the reference stays put while a fork's content moves.
 */
export const reference = { steps: 7, editions: 2 } as const;

/**
 * What one more step or edition adds, measured on this site (npm run weigh,
 * 2026-12-04), rounded up: a step added to the French edition took the root
 * and the overview 0.23 KB up and the progress page 0.19 KB (each lists every
 * step; a step page stays as it is) and the offline download 2.94 KB (its page);
 * a third edition took each page up to 0.06 KB (a link to it in every page's
 * head and language menu) and the offline download 0.84 KB.
 */
export const perStep = { pageBytes: 256, precacheBytes: 3 * 1024 } as const;
export const perEdition = { pageBytes: 64, precacheBytes: 1024 } as const;

/** The bytes a path of `steps` steps in `editions` editions may add to a page's and the offline download's budgets. */
export function forkAllowance({ steps, editions }: { steps: number; editions: number }): {
	pageBytes: number;
	precacheBytes: number;
} {
	const moreSteps = Math.max(0, steps - reference.steps);
	const moreEditions = Math.max(0, editions - reference.editions);
	return {
		pageBytes: moreSteps * perStep.pageBytes + moreEditions * perEdition.pageBytes,
		precacheBytes: moreSteps * perStep.precacheBytes + moreEditions * perEdition.precacheBytes,
	};
}
