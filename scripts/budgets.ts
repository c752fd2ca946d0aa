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
