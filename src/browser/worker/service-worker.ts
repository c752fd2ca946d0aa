/// <reference lib="webworker" />
/**
 * The offline worker, served at `<base>sw.js` with the base as its scope.
 * src/build/integrations/offline-worker.ts compiles it after the build and puts the
 * build's PLAN (src/build/precache.ts) in front of it. Hand-written because
 * @vite-pwa/astro does not install with Astro 7
 * (https://github.com/vite-pwa/astro/issues/72) and Workbox's runtime alone
 * weighs about 6 KB gzipped; this stays under 1.5 KB.
 *
 * - Install: download the shared files, and the pages of every edition open in
 *   a tab of this site or kept by its previous version, into a cache named
 *   after the base and the version; `cache: 'reload'` skips the HTTP cache, so
 *   one version never mixes with files of another (Pages serves max-age=600).
 *   Each group comes as one bundle, its pages' common stylesheet and scripts held once
 *   (why and the format: src/build/precache.ts); each file is cached at its own
 *   URL, as the server would have sent it.
 * - Visiting a page of another edition downloads that edition's pages.
 * - Pages: the network first; the cached copy when it fails or takes over 3 s
 *   (the root: the source overview's copy, which is what it shows). A page
 *   not in the cache waits for the network however slow it is; offline, it
 *   is answered with its edition's "not saved yet" page (src/pages/not-saved/),
 *   listing only the editions this device has saved, never with the 404.
 *   Hashed files (`_astro/`): the cache first, this version's then the
 *   previous one's, which a tab still running the previous version's HTML asks
 *   for after an update (the host no longer has them). Anything else is left
 *   to the browser: other origins, images, and, with the site at the root of
 *   an origin, the other project sites below it (only paths of this site's
 *   pages are answered, and only its pages are sent update messages).
 * - A new version tells this site's open pages it is ready, then waits until
 *   one asks it to take over (the update notice), so no page is ever
 *   reloaded by force. Activating keeps this version's cache and the previous
 *   one's (other tabs may still run it), and deletes this site's older ones:
 *   another site on the origin has another base in its cache names.
 */
import type { OfflineBundle, PrecachePlan } from '../../shared/offline.ts';

declare const PLAN: PrecachePlan;
const worker = self as unknown as ServiceWorkerGlobalScope;
const { base, version, shared, editions, source, notSaved } = PLAN;
const PREFIX = `offline ${base} `;
const CURRENT = PREFIX + version;
/** How long a page may take from the network before the cached copy is shown. */
const TIMEOUT = 3000;
const known = new Set([...shared, ...Object.values(editions).flat()]);

/** The edition a path under the base belongs to, if any: `fr/python/` → `fr`; the root shows the source edition. */
const editionOf = (path: string) => (path ? Object.keys(editions).find((id) => path.startsWith(`${id}/`)) : source);
const pathOf = (url: string) => new URL(url).pathname.slice(base.length);
/** Whether a URL is a page of this site: under the base, and the root, an edition's page (one added since included) or a listed one. */
const isPage = (url: string) =>
	new URL(url).pathname.startsWith(base) && !!(editionOf(pathOf(url)) || known.has(pathOf(url)));
const open = () => caches.open(CURRENT);
/** Caches a group's files from its bundle: `_` (the shared files) or an edition's id (`SHARED_GROUP` and `bundlePath` in src/shared/offline.ts). */
async function download(cache: Cache, group: string) {
	const response = await fetch(`${base}offline/${group}.json`, { cache: 'reload' });
	// A failed download fails the install: the next visit tries again.
	// The status is all the install's failure needs; an Error would cost bytes of a worker at its budget.
	// eslint-disable-next-line @typescript-eslint/only-throw-error
	if (!response.ok) throw response.status;
	const { pieces, files } = (await response.json()) as OfflineBundle;
	await Promise.all(
		files.map(([path, type, body]) =>
			cache.put(
				base + path,
				new Response(
					body.replace(/\u0001(\d+)\u0001/g, (_, index: string) => pieces[+index] as string),
					{ headers: { 'content-type': type } },
				),
			),
		),
	);
}
/** This site's caches, oldest first (the order they were made in). */
const ours = async () => (await caches.keys()).filter((name) => name.startsWith(PREFIX));
/** This site's open pages: clients.matchAll() lists every page of the origin. */
const tabs = async () =>
	(await worker.clients.matchAll({ includeUncontrolled: true, type: 'window' })).filter((client) => isPage(client.url));
const hasEdition = (cache: Cache, id: string) => cache.match(`${base}${id}/`);

async function install() {
	const cache = await open();
	await download(cache, '_');
	const wanted = new Set((await tabs()).map((client) => editionOf(pathOf(client.url))));
	for (const name of await ours()) {
		const old = await caches.open(name);
		for (const id of Object.keys(editions)) if (name !== CURRENT && (await hasEdition(old, id))) wanted.add(id);
	}
	// An empty id (no edition) downloads nothing: Promise.all takes its '' as done.
	// eslint-disable-next-line @typescript-eslint/await-thenable
	await Promise.all([...wanted].map((id) => id && download(cache, id)));
	// An older version runs this site: its pages show the update notice (src/browser/inline/offline-script.ts).
	if (worker.registration.active) for (const client of await tabs()) client.postMessage('update');
}

async function cacheEdition(id: string) {
	const cache = await open();
	if (!(await hasEdition(cache, id))) await download(cache, id);
}

/**
 * A file from this version's cache, else from any cache of the origin: a
 * previous version's, which a tab still running its pages asks for (only this
 * site's caches hold URLs under its base: another site's list is its own
 * pages and files). The query is ignored, as the host does.
 */
const fromAnyVersion = async (url: string) =>
	(await (await open()).match(url, { ignoreSearch: true })) ?? caches.match(url, { ignoreSearch: true });

/** Offline, for a page never downloaded: its edition's "not saved yet" page, listing only the editions saved here. */
async function notSavedPage(path: string) {
	const cache = await open();
	const page = (await cache.match(`${base}${notSaved}${editionOf(path) ?? source}/`)) as Response;
	const saved = (await cache.keys()).map((request) => pathOf(request.url));
	const html = (await page.text()).replace(/<li data-saved="([^"]*)"[\s\S]*?<\/li>/g, (item, at: string) =>
		saved.includes(at) ? item : '',
	);
	return new Response(html, page);
}

/**
 * The network, or the cached copy when it fails or is slow; with no copy, the
 * network however slow, and offline a page gets notSavedPage.
 */
async function networkFirst(request: Request, path: string) {
	const network = fetch(request);
	// The root shows the source edition's overview (PrecachePlan.source).
	const copy = await fromAnyVersion(path ? request.url : `${base}${source}/`);
	if (!copy) return request.mode === 'navigate' ? network.catch(() => notSavedPage(path)) : network;
	const slow = new Promise<never>((_, reject) => setTimeout(reject, TIMEOUT));
	return Promise.race([network, slow]).catch(() => copy);
}

worker.addEventListener('install', (event) => event.waitUntil(install()));

// Keeps this version and the one before it (another tab may still run its pages), deletes the rest.
worker.addEventListener('activate', (event) =>
	event.waitUntil(
		ours().then((names) =>
			Promise.all(
				names
					.filter((name) => name !== CURRENT)
					.slice(0, -1)
					.map((name) => caches.delete(name)),
			),
		),
	),
);

// Sent by the update notice's reload button (src/browser/worker/update-notice.ts).
worker.addEventListener('message', (event) => event.data === 'skipWaiting' && worker.skipWaiting());

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = request.url;
	const { origin, pathname } = new URL(url);
	const path = pathOf(url);
	const page = request.mode === 'navigate';
	// Hashed files: any version's copy first, since their names change with their content.
	// HASHED_FOLDER, written out: the worker is compiled alone, so it imports types only.
	const hashed = path.startsWith('_astro/');
	if (
		request.method !== 'GET' ||
		origin !== location.origin ||
		!pathname.startsWith(base) ||
		!(page ? isPage(url) : hashed || known.has(path))
	)
		return;
	event.respondWith(hashed ? fromAnyVersion(url).then((hit) => hit ?? fetch(request)) : networkFirst(request, path));
	const edition = editionOf(path);
	if (page && edition) event.waitUntil(cacheEdition(edition));
});
