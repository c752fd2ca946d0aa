/**
 * axe (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page, in the light
 * and the dark theme, with the tracker empty, partly done and complete:
 * zero violations.
 */
import { type BrowserContext, expect, test } from '@playwright/test';
import { SOURCE_EDITION, stepsOf, translatorOf, translations } from '../support/content.ts';
import { E2E_BASE } from '../support/e2e-site.ts';
import { notSavedPath } from '../../src/shared/url.ts';
import { violationsInSchemes } from '../support/axe.ts';

const KEY = `ml-roadmap:progress:${E2E_BASE}`;
const ids = stepsOf(SOURCE_EDITION).map((step) => step.id);
const t = translatorOf(SOURCE_EDITION);
const at = '2026-11-20T10:00:00.000Z';
const record = (done: string[]) =>
	JSON.stringify({
		version: 2,
		items: Object.fromEntries(done.map((id) => [id, { read: { done: true, at }, do: { done: true, at } }])),
	});

const states = {
	empty: null,
	partial: JSON.stringify({
		version: 2,
		items: {
			[ids[0] as string]: { read: { done: true, at }, do: { done: true, at } },
			[ids[1] as string]: { read: { done: true, at } },
		},
	}),
	complete: record(ids),
} as const;

async function seed(context: BrowserContext, value: string | null) {
	if (value) await context.addInitScript(([key, raw]) => localStorage.setItem(key, raw), [KEY, value] as const);
}

/** Violations on the page as loaded, in each colour scheme (switched without reloading). */
async function violations(
	page: import('@playwright/test').Page,
	path: string,
	schemes: readonly ('light' | 'dark')[] = ['light', 'dark'],
) {
	await page.goto(path, { waitUntil: 'networkidle' });
	return violationsInSchemes(page, path, schemes);
}

const pathsOf = (edition: string) => [
	`${edition}/`,
	`${edition}/progress/`,
	...stepsOf(edition).map((step) => `${edition}/${step.id}/`),
];

// Split so both test workers share the load.
for (const [name, paths] of [
	['the source edition and the shared pages', ['translations/', 'missing-page/', ...pathsOf(SOURCE_EDITION)]],
	['the translations', translations().flatMap(pathsOf)],
	[
		'what the offline worker answers for a page never downloaded',
		[SOURCE_EDITION, ...translations()].map(notSavedPath),
	],
] as const) {
	test(`no axe violation on ${name}, in the light and the dark theme`, async ({ page }) => {
		test.setTimeout(180_000);
		const found: string[] = [];
		for (const path of paths) found.push(...(await violations(page, path)));
		expect(found).toEqual([]);
	});
}

for (const [state, value] of Object.entries(states)) {
	if (state === 'empty') continue;
	test(`pages with a tracker have no axe violation with progress ${state}, in both themes`, async ({
		browser,
	}, info) => {
		test.setTimeout(120_000);
		const context = await browser.newContext({ baseURL: String(info.project.use.baseURL) });
		await seed(context, value);
		const page = await context.newPage();
		const found: string[] = [];
		// One edition is enough here: every edition renders the tracker with the same markup.
		for (const path of [`${SOURCE_EDITION}/`, `${SOURCE_EDITION}/progress/`, `${SOURCE_EDITION}/${ids[1]}/`])
			found.push(...(await violations(page, path)));
		expect(found).toEqual([]);
		await context.close();
	});
}

test('the theme switch overrides the system: dark chosen on a light system passes axe too', async ({
	browser,
}, info) => {
	const context = await browser.newContext({ baseURL: String(info.project.use.baseURL), colorScheme: 'light' });
	const page = await context.newPage();
	const path = `${SOURCE_EDITION}/${ids[0]}/`;
	await page.goto(path);
	await page.getByRole('radio', { name: t('theme.dark') }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await violations(page, path, ['light'])).toEqual([]);
	await context.close();
});

test('the check itself reports what it is there to find: a field without a label, and text too faint in each scheme', async ({
	page,
}) => {
	const path = `${SOURCE_EDITION}/${ids[0]}/`;
	await page.goto(path, { waitUntil: 'networkidle' });
	await page.evaluate(() => {
		const main = document.querySelector('main');
		main?.insertAdjacentHTML('beforeend', '<input type="text" id="axe-probe-field">');
		// Light grey is faint on white and readable on black, dark grey the other way round: each scheme's
		// run must report its own. Styled through the CSSOM: the pages' policy refuses style attributes.
		for (const [id, color] of [
			['axe-probe-light', '#ccc'],
			['axe-probe-dark', '#333'],
		]) {
			const text = Object.assign(document.createElement('p'), { id, textContent: 'faint' });
			text.style.color = String(color);
			text.style.background = 'light-dark(#fff, #000)';
			main?.append(text);
		}
	});
	const found = await violationsInSchemes(page, path);
	expect(found.filter((line) => line.includes('#axe-probe-field'))).toEqual([
		expect.stringMatching(/\(light\): label \(1\)/),
	]);
	expect(found.filter((line) => line.includes('#axe-probe-light'))).toEqual([
		expect.stringMatching(/\(light\): color-contrast \(1\)/),
	]);
	expect(found.filter((line) => line.includes('#axe-probe-dark'))).toEqual([
		expect.stringMatching(/\(dark\): color-contrast \(1\)/),
	]);
});
