/**
 * Screenshots of a step page in the light and the dark theme, on a phone
 * (375 px) and a desktop (1280 px), and the first screen of the overview on a
 * phone in its three states (first visit, coming back, finished), for the
 * README: docs/screenshots/.
 *
 *   npm run screenshots        (builds first)
 */
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { storageKey } from '../src/lib/progress/record.ts';
import { launchOptions } from './browser.ts';
import { servePages } from './serve-pages.ts';

const PAGE = 'fr/ml-theory/';
const server = servePages([{ dir: 'dist', base: '/' }]).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const browser = await chromium.launch(launchOptions);
await mkdir('docs/screenshots', { recursive: true });
for (const width of [375, 1280]) {
	for (const scheme of ['light', 'dark'] as const) {
		const page = await browser.newPage({ viewport: { width, height: width < 600 ? 812 : 900 }, colorScheme: scheme });
		await page.goto(origin + PAGE);
		const path = `docs/screenshots/step-${scheme}-${width}.png`;
		await page.screenshot({ path, fullPage: width < 600 });
		console.log(path);
		await page.close();
	}
}
// Progress as the tracker stores it: the first `count` steps of the overview done.
const overview = await browser.newPage();
await overview.goto(`${origin}fr/`);
const ids = await overview.$$eval('[data-step]', (steps) => steps.map((step) => (step as HTMLElement).dataset.step as string));
await overview.close();
const at = new Date().toISOString();
const done = (count: number) =>
	JSON.stringify({ version: 2, items: Object.fromEntries(ids.slice(0, count).map((id) => [id, { read: { done: true, at }, do: { done: true, at } }])) });
for (const [state, stored] of [
	['first', null],
	['returning', done(2)],
	['finished', done(ids.length)],
] as const) {
	const context = await browser.newContext({ viewport: { width: 375, height: 667 }, colorScheme: 'light' });
	if (stored) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKey('/'), stored] as const);
	const page = await context.newPage();
	await page.goto(`${origin}fr/`);
	const path = `docs/screenshots/overview-${state}-375.png`;
	await page.screenshot({ path });
	console.log(path);
	await context.close();
}
await browser.close();
server.close();
