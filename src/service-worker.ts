/// <reference lib="webworker" />
/**
 * The offline worker, served at `<base>sw.js` with the base as its scope.
 * src/integrations/service-worker.ts compiles it after the build and puts the
 * build's PLAN (src/lib/precache.ts) in front of it. Hand-written because
 * @vite-pwa/astro does not install with Astro 7
 * (https://github.com/vite-pwa/astro/issues/72) and Workbox's runtime alone
 * weighs about 6 KB gzipped; this stays under 1.5 KB.
 *
 * - Install: download the shared files, and the pages of every edition open in
 *   a tab of this site or kept by its previous version, into a cache named
 *   after the base and the version; `cache: 'reload'` skips the HTTP cache, so
 *   one version never mixes with files of another (Pages serves max-age=600).
 *   Each group comes as one bundle, its pages' common stylesheet held once
 *   (why and the format: src/lib/precache.ts); each file is cached at its own
 *   URL, as the server would have sent it.
 * - Visiting a page of another edition downloads that edition's pages.
 * - Pages: the network first, the cached copy when it fails or is slow (the
 *   root: the source overview's copy, which is what it shows).
 *   Hashed files (`_astro/`): the cache first. Anything else (other origins,
 *   other sites on this origin, images) is left to the browser.
 * - A new version tells this site's open pages it is ready, then waits until
 *   one asks it to take over (the update notice), so no page is ever
 *   reloaded by force. Activating deletes this site's older caches only:
 *   another site on the origin has another base in its cache names.
 */
import type { OfflineBundle, PrecachePlan } from './lib/precache.ts';

declare const PLAN: PrecachePlan;
const worker = self as unknown as ServiceWorkerGlobalScope;
const { base, version, shared, editions, source } = PLAN;
const PREFIX = `offline ${base} `;
const CURRENT = PREFIX + version;
/** How long a page may take from the network before the cached copy is shown. */
const TIMEOUT = 3000;
const known = new Set([...shared, ...Object.values(editions).flat()]);

/** The edition a path under the base belongs to, if any: `fr/python/` → `fr`; the root shows the source edition. */
const editionOf = (path: string) => (path ? Object.keys(editions).find((id) => path.startsWith(`${id}/`)) : source);
const pathOf = (url: string) => new URL(url).pathname.slice(base.length);
const open = () => caches.open(CURRENT);
/** Caches a group's files from its bundle: `_` (the shared files) or an edition's id (`SHARED_GROUP` and `bundlePath` in src/lib/precache.ts). */
async function download(cache: Cache, group: string) {
	const response = await fetch(`${base}offline/${group}.json`, { cache: 'reload' });
	if (!response.ok) throw new Error(response.statusText);
	const { styles, files }: OfflineBundle = await response.json();
	await Promise.all(
		files.map(([path, type, body]) =>
			cache.put(base + path, new Response(body.replace(/\u0001(\d+)\u0001/g, (_, index: string) => styles[Number(index)] as string), { headers: { 'content-type': type } })),
		),
	);
}
const ours = async () => (await caches.keys()).filter((name) => name.startsWith(PREFIX));
/** This site's open pages: clients.matchAll() lists every page of the origin. */
const tabs = async () => (await worker.clients.matchAll({ includeUncontrolled: true, type: 'window' })).filter((client) => new URL(client.url).pathname.startsWith(base));
const hasEdition = (cache: Cache, id: string) => cache.match(`${base}${id}/`);

async function install() {
	const cache = await open();
	await download(cache, '_');
	const wanted = new Set((await tabs()).map((client) => editionOf(pathOf(client.url))));
	for (const name of await ours()) {
		const old = await caches.open(name);
		for (const id of Object.keys(editions)) if (name !== CURRENT && (await hasEdition(old, id))) wanted.add(id);
	}
	await Promise.all([...wanted].map((id) => id && download(cache, id)));
	// An older version runs this site: its pages show the update notice (src/lib/offline-script.ts).
	if (worker.registration.active) for (const client of await tabs()) client.postMessage('update');
}

async function cacheEdition(id: string) {
	const cache = await open();
	if (!(await hasEdition(cache, id))) await download(cache, id);
}

async function networkFirst(request: Request, cached: () => Promise<Response | undefined>): Promise<Response> {
	const network = fetch(request);
	const slow = new Promise<never>((_, reject) => setTimeout(reject, TIMEOUT));
	try {
		return await Promise.race([network, slow]);
	} catch {
		// Offline or slow: the cached copy, else whatever the network ends up answering.
		return (await cached()) ?? network;
	}
}

worker.addEventListener('install', (event) => event.waitUntil(install()));

worker.addEventListener('activate', (event) => event.waitUntil(ours().then((names) => Promise.all(names.map((name) => name !== CURRENT && caches.delete(name))))));

// Sent by the update notice's reload button (src/update-notice.ts).
worker.addEventListener('message', (event) => event.data === 'skipWaiting' && worker.skipWaiting());

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	const path = pathOf(request.url);
	const page = request.mode === 'navigate';
	if (request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(base) || !(page || known.has(path))) return;
	// Only this site's cache: caches.match() would search the other sites' too.
	const cached = () =>
		open().then(
			async (cache) =>
				(await cache.match(request.url, { ignoreSearch: true, ignoreVary: true })) ??
				// The root shows the source edition's overview (PrecachePlan.source); any other page, the 404.
				(page ? cache.match(base + (path ? '404.html' : `${source}/`)) : undefined),
		);
	if (path.startsWith('_astro/')) return event.respondWith(cached().then((hit) => hit ?? fetch(request)));
	event.respondWith(networkFirst(request, cached));
	const edition = editionOf(path);
	if (page && edition) event.waitUntil(cacheEdition(edition));
});
