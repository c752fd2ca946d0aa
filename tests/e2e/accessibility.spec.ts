/**
 * axe (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page, in the light
 * and the dark theme, with the tracker empty, partly done and complete:
 * zero violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, test } from '@playwright/test';
import { stepsOf } from '../support/content.ts';
import { E2E_BASE } from '../support/e2e-site.ts';
import { crawl } from '../support/static-page.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const KEY = `ml-roadmap:progress:${E2E_BASE}`;
const ids = stepsOf('fr').map((step) => step.id);
const at = '2026-11-20T10:00:00.000Z';
const record = (done: string[]) =>
	JSON.stringify({ version: 2, items: Object.fromEntries(done.map((id) => [id, { read: { done: true, at }, do: { done: true, at } }])) });

const states = {
	empty: null,
	partial: JSON.stringify({ version: 2, items: { [ids[0] as string]: { read: { done: true, at }, do: { done: true, at } }, [ids[1] as string]: { read: { done: true, at } } } }),
	complete: record(ids),
} as const;

async function seed(context: BrowserContext, value: string | null) {
	if (value) await context.addInitScript(([key, raw]) => localStorage.setItem(key, raw), [KEY, value] as const);
}

async function violations(page: import('@playwright/test').Page, path: string) {
	await page.goto(path, { waitUntil: 'networkidle' });
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return results.violations.map((violation) => `${path}: ${violation.id} (${violation.nodes.length}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
	test(`every page has no axe violation in the ${scheme} theme`, async ({ browser }, info) => {
		test.setTimeout(180_000);
		const context = await browser.newContext({ baseURL: String(info.project.use.baseURL), colorScheme: scheme });
		const page = await context.newPage();
		const paths = [...(await crawl(page, String(info.project.use.baseURL))).keys()].filter((path) => path !== '');
		const found: string[] = [];
		for (const path of [...paths, 'missing-page/']) found.push(...(await violations(page, path)));
		expect(found).toEqual([]);
		await context.close();
	});

	for (const [state, value] of Object.entries(states)) {
		if (state === 'empty') continue;
		test(`pages with a tracker have no axe violation in the ${scheme} theme, progress ${state}`, async ({ browser }, info) => {
			test.setTimeout(120_000);
			const context = await browser.newContext({ baseURL: String(info.project.use.baseURL), colorScheme: scheme });
			await seed(context, value);
			const page = await context.newPage();
			const found: string[] = [];
			// One edition is enough here: every edition renders the tracker with the same markup.
			for (const path of ['fr/', 'fr/progress/', `fr/${ids[1]}/`]) found.push(...(await violations(page, path)));
			expect(found).toEqual([]);
			await context.close();
		});
	}
}

test('the theme switch overrides the system: dark chosen on a light system passes axe too', async ({ browser }, info) => {
	const context = await browser.newContext({ baseURL: String(info.project.use.baseURL), colorScheme: 'light' });
	const page = await context.newPage();
	await page.goto('fr/python/');
	await page.getByRole('radio', { name: 'Sombre' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await violations(page, 'fr/python/')).toEqual([]);
	await context.close();
});
