/**
 * scripts/serve-pages.ts answers like GitHub Pages, since the end-to-end tests
 * and `npm run preview:pages` trust it to show what a host will serve.
 */
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { servePages } from '../../scripts/serve-pages.ts';

const site = new URL('../fixtures/pages-site/', import.meta.url).pathname;
const server = servePages([
	{ dir: site, base: '/repo/' },
	{ dir: site, base: '/repo/nested/' },
]);
let origin = '';

beforeAll(async () => {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
	server.close();
});

const get = (path: string, init?: RequestInit) => fetch(origin + path, { redirect: 'manual', ...init });

test('a folder URL serves its index.html', async () => {
	const response = await get('/repo/guide/');
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
	expect(await response.text()).toContain('<title>guide</title>');
	expect(await (await get('/repo/')).text()).toContain('<title>home</title>');
});

test('a folder URL without its slash redirects to it, keeping the query', async () => {
	const response = await get('/repo/guide?x=1');
	expect(response.status).toBe(301);
	expect(response.headers.get('location')).toBe('/repo/guide/?x=1');
	expect((await get('/repo')).headers.get('location')).toBe('/repo/');
});

test('a page without its .html extension is served', async () => {
	expect(await (await get('/repo/about')).text()).toContain('<title>about</title>');
});

test('an unknown path, at any depth, gets the site 404.html with status 404', async () => {
	for (const path of ['/repo/missing', '/repo/a/b/c/', '/repo/guide/missing.css']) {
		const response = await get(path);
		expect(response.status, path).toBe(404);
		expect(await response.text(), path).toContain('<title>not found</title>');
	}
});

test('nothing outside the base is served', async () => {
	for (const path of ['/', '/index.html', '/other/guide/', '/repo/../index.html', '/repo/%2e%2e/%2e%2e/package.json']) {
		const response = await get(path);
		expect(response.status, path).toBe(404);
		expect(await response.text(), path).not.toContain('<title>');
	}
});

test('the longest base wins when sites are nested, as with several repos on one origin', async () => {
	expect((await get('/repo/nested/guide/')).status).toBe(200);
});

test('text is gzipped when the browser accepts it, and HEAD has no body', async () => {
	const response = await get('/repo/style.css', { headers: { 'accept-encoding': 'gzip' } });
	expect(response.headers.get('content-encoding')).toBe('gzip');
	expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
	expect(await response.text()).toBe('body{color:red}\n');
	// fetch decodes gzip itself: read the raw bytes to see they really are gzip.
	const raw = await new Promise<Buffer>((resolve) =>
		request(`${origin}/repo/style.css`, { headers: { 'accept-encoding': 'gzip' } }, (incoming) => {
			const chunks: Buffer[] = [];
			incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
			incoming.on('end', () => resolve(Buffer.concat(chunks)));
		}).end(),
	);
	expect(gunzipSync(raw).toString()).toBe('body{color:red}\n');
	const head = await get('/repo/style.css', { method: 'HEAD' });
	expect(head.status).toBe(200);
	expect(await head.text()).toBe('');
});

test('other methods are refused', async () => {
	expect((await get('/repo/', { method: 'POST' })).status).toBe(405);
});
