/**
 * Screenshots of a step page in the light and the dark theme, on a phone
 * (375 px) and a desktop (1280 px), for the README: docs/screenshots/.
 *
 *   npm run screenshots        (builds first)
 */
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
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
await browser.close();
server.close();
