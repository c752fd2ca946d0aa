/**
 * Screenshots of a step page in the light and the dark theme, on a phone
 * (375 px) and a desktop (1280 px), the first screen of the overview on a
 * phone in its three states (first visit, coming back, finished), "Mon
 * carnet" with a sample log on a phone, and "Mon plan" (the progress page's
 * section) at 5 hours a week with a step done and one to revisit, on a phone
 * and a desktop, for the README: docs/screenshots/.
 *
 *   npm run screenshots        (builds first)
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CURRENT_VERSION, storageKey } from '../src/shared/progress/record.ts';
import { browserLaunchOptions } from './browser.ts';
import { serveLocally } from './serve-pages.ts';

const PAGE = 'fr/ml-theory/';
const served = await serveLocally([{ dir: 'dist', base: '/' }]);
const { server } = served;
const origin = `${served.origin}/`;
const browser = await chromium.launch(browserLaunchOptions);
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

// The roadmap's identity and its steps, read from the log page, which lists them all.
const reader = await browser.newPage();
await reader.goto(`${origin}fr/log/`);
const roadmap = (await reader.locator('[data-roadmap]').getAttribute('data-roadmap')) as string;
const ids = await reader
	.locator('[data-log-step]')
	.evaluateAll((sections) => sections.map((section) => (section as HTMLElement).dataset.logStep as string));
await reader.close();
const key = storageKey(roadmap, '/');
const at = '2026-11-20T10:00:00.000Z';
const record = (items: Record<string, unknown>) => JSON.stringify({ version: CURRENT_VERSION, roadmap, items });

// The overview's three states: nothing saved, the first two steps done, every step done.
const done = (count: number) =>
	record(
		Object.fromEntries(ids.slice(0, count).map((id) => [id, { read: { done: true, at }, do: { done: true, at } }])),
	);
for (const [state, stored] of [
	['first', null],
	['returning', done(2)],
	['finished', done(ids.length)],
] as const) {
	const context = await browser.newContext({ viewport: { width: 375, height: 667 }, colorScheme: 'light' });
	if (stored) await context.addInitScript(([name, value]) => localStorage.setItem(name, value), [key, stored] as const);
	const page = await context.newPage();
	await page.goto(`${origin}fr/`);
	const path = `docs/screenshots/overview-${state}-375.png`;
	await page.screenshot({ path });
	console.log(path);
	await context.close();
}

// A sample learning log: the first step done with a note and a link, the second known already.
const page = await browser.newPage({ viewport: { width: 375, height: 812 }, colorScheme: 'light' });
await page.goto(`${origin}fr/log/`);
const sample = record({
	[ids[0] as string]: {
		read: { done: true, at },
		do: { done: true, at },
		note: {
			text: 'Installé Python 3.12 et VS Code.\nRefait les exercices du Pandas Cookbook sur mes données de vélos.',
			at,
		},
		built: { url: 'https://github.com/me/velos-pandas', at },
	},
	[ids[1] as string]: { skip: { done: true, at } },
	[ids[2] as string]: { read: { done: true, at } },
});
await page.evaluate(([name, value]) => localStorage.setItem(name, value), [key, sample] as const);
await page.reload({ waitUntil: 'networkidle' });
await page.screenshot({ path: 'docs/screenshots/log-light-375.png', fullPage: true });
console.log('docs/screenshots/log-light-375.png');
await page.close();

// "Mon plan": the first step done and marked to revisit, the second known already, 5 hours a week from a fixed Monday.
const planned = JSON.stringify({
	...JSON.parse(
		record({
			[ids[0] as string]: { read: { done: true, at }, do: { done: true, at }, revisit: { done: true, at } },
			[ids[1] as string]: { skip: { done: true, at } },
		}),
	),
	plan: { pace: 5, start: '2026-11-30', at },
});
for (const width of [375, 1280]) {
	const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: 'light' });
	await context.addInitScript(([name, value]) => localStorage.setItem(name, value), [key, planned] as const);
	const plan = await context.newPage();
	await plan.goto(`${origin}fr/progress/#plan`, { waitUntil: 'networkidle' });
	await plan.locator('[data-plan-steps] li').first().waitFor();
	const path = `docs/screenshots/plan-light-${width}.png`;
	await plan.locator('#plan').screenshot({ path });
	console.log(path);
	await context.close();
}
await browser.close();
server.close();
