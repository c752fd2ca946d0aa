/**
 * Screenshots of a step page in the light and the dark theme, on a phone
 * (375 px) and a desktop (1280 px), and of "Mon carnet" with a sample log on a
 * phone, for the README: docs/screenshots/.
 *
 *   npm run screenshots        (builds first)
 */
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { CURRENT_VERSION, storageKey } from '../src/lib/progress/record.ts';
import { launchOptions } from '../tests/support/browser.ts';
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

// A sample learning log: the first step done with a note and a link, the second known already.
const page = await browser.newPage({ viewport: { width: 375, height: 812 }, colorScheme: 'light' });
await page.goto(`${origin}fr/log/`);
const roadmap = (await page.locator('[data-roadmap]').getAttribute('data-roadmap')) as string;
const ids = await page.locator('[data-log-step]').evaluateAll((sections) => sections.map((section) => (section as HTMLElement).dataset.logStep as string));
const at = '2026-11-20T10:00:00.000Z';
const sample = {
	version: CURRENT_VERSION,
	roadmap,
	items: {
		[ids[0] as string]: {
			read: { done: true, at },
			do: { done: true, at },
			note: { text: 'Installé Python 3.12 et VS Code.\nRefait les exercices du Pandas Cookbook sur mes données de vélos.', at },
			built: { url: 'https://github.com/me/velos-pandas', at },
		},
		[ids[1] as string]: { skip: { done: true, at } },
		[ids[2] as string]: { read: { done: true, at } },
	},
};
await page.evaluate(([key, value]) => localStorage.setItem(key, value), [storageKey(roadmap, '/'), JSON.stringify(sample)] as const);
await page.reload({ waitUntil: 'networkidle' });
await page.screenshot({ path: 'docs/screenshots/log-light-375.png', fullPage: true });
console.log('docs/screenshots/log-light-375.png');
await page.close();

await browser.close();
server.close();
