/**
 * The overview knows where the learner is: on a first visit the article comes
 * first; coming back, the progress and the way on fill the first screen; once
 * every step is done, the congratulation, the article's conclusion and the
 * export link. In every edition, on a phone and a desktop, without a layout
 * shift, axe-clean in both themes; without JavaScript, the first-visit page.
 * On a step page, ticking the last box brings the way on into view and says it.
 */
import { readFileSync } from 'node:fs';
import { violationsInSchemes } from '../support/axe.ts';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { CURRENT_VERSION, storageKey } from '../../src/shared/progress/record.ts';
import { editionOf, editions, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';
import { E2E_BASE } from '../support/e2e-site.ts';
import { expectNoShift } from '../support/layout-shift.ts';

const { roadmap } = editionOf(SOURCE_EDITION);
const KEY = storageKey(roadmap, E2E_BASE);
const VIEWPORTS = [
	{ width: 375, height: 667 },
	{ width: 1280, height: 800 },
];
const at = '2026-11-20T10:00:00.000Z';

const translator = translatorOf;

/** A stored record (the current format) where the first `count` steps are done. */
function record(edition: string, count: number): string {
	const items = Object.fromEntries(
		stepsOf(edition)
			.slice(0, count)
			.map((step) => [step.id, { read: { done: true, at }, do: { done: true, at } }]),
	);
	return JSON.stringify({ version: CURRENT_VERSION, roadmap, items });
}

/** The first paragraph of the writers' text before `<StepList />` (introduction) and after it (conclusion), as plain text. */
function article(edition: string): { introduction: string; conclusion: string } {
	const body = readFileSync(new URL(`../../content/${edition}/edition.mdx`, import.meta.url), 'utf8').replace(
		/^---\n[\s\S]*?\n---\n/,
		'',
	);
	const [before = '', after = ''] = body.split(/<StepList\s*\/>/);
	const firstParagraph = (text: string) =>
		(text.split(/\n\s*\n/).find((block) => block.trim()) ?? '')
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/[*_]/g, '')
			.trim();
	return { introduction: firstParagraph(before), conclusion: firstParagraph(after) };
}

/** A piece of `text` to find it by on the page: its longest run without quotes or apostrophes, which typography changes. */
const probe = (text: string) =>
	text
		.split(/[’'"«»“”]/)
		.map((part) => part.replace(/\s+/g, ' ').trim())
		.reduce((longest, part) => (part.length > longest.length ? part : longest), '')
		.slice(0, 40);

async function open(
	browser: Browser,
	baseURL: string,
	edition: string,
	stored: string | null,
	viewport = VIEWPORTS[0] as (typeof VIEWPORTS)[number],
) {
	const context = await browser.newContext({ baseURL, viewport });
	if (stored) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, stored] as const);
	const page = await context.newPage();
	await page.goto(`${edition}/`, { waitUntil: 'networkidle' });
	return page;
}

/** The overview's visible paragraph that holds `text`. */
const paragraph = (page: Page, text: string) => page.locator('article.overview p:visible', { hasText: probe(text) });

for (const edition of editions()) {
	const t = translator(edition);
	const steps = stepsOf(edition);
	const total = steps.length * 2;
	const text = article(edition);
	const next = steps[2] ?? steps[steps.length - 1];
	const continueName = () =>
		t('tracker.continue', {
			step: t('step.pageTitle', { number: next?.order ?? 0, title: next?.title ?? '' }),
		});

	for (const viewport of VIEWPORTS) {
		const size = `${viewport.width}×${viewport.height}`;

		test(`${edition} edition, first visit at ${size}: the article's title and its introduction come first`, async ({
			browser,
		}, info) => {
			const page = await open(browser, String(info.project.use.baseURL), edition, null, viewport);
			await expect(page.locator('h1')).toHaveText(editionOf(edition).articleTitle);
			await expect(paragraph(page, text.introduction)).toBeInViewport();
			await expect(page.getByRole('heading', { name: t('overviewState.returning') })).toBeHidden();
			await expect(page.getByRole('heading', { name: t('overviewState.finished') })).toBeHidden();
			await expectNoShift(page);
			await page.context().close();
		});

		test(`${edition} edition, coming back at ${size}: the progress and Continuer are on the first screen`, async ({
			browser,
		}, info) => {
			const page = await open(browser, String(info.project.use.baseURL), edition, record(edition, 2), viewport);
			const returning = page.locator('section', {
				has: page.getByRole('heading', { name: t('overviewState.returning') }),
			});
			const link = returning.getByRole('link', { name: continueName() });
			await expect(link).toBeVisible();
			await expect(link).toHaveAttribute('href', `${E2E_BASE}${edition}/${next?.id}/`);
			await expect(link).toBeInViewport({ ratio: 1 });
			await expect(returning.getByRole('progressbar')).toBeInViewport({ ratio: 1 });
			await expect(returning).toContainText(t('tracker.count', { done: 4, total }));
			// The introduction is still there, below.
			await expect(paragraph(page, text.introduction)).toBeVisible();
			// Only one Continuer: the step list's own summary gives way.
			await expect(page.getByRole('link', { name: continueName() })).toHaveCount(1);
			await expectNoShift(page);
			await page.context().close();
		});

		test(`${edition} edition, finished at ${size}: a congratulation, the article's conclusion and the export link`, async ({
			browser,
		}, info) => {
			const page = await open(
				browser,
				String(info.project.use.baseURL),
				edition,
				record(edition, steps.length),
				viewport,
			);
			const finished = page.locator('#finished');
			await expect(finished.getByRole('heading', { name: t('overviewState.finished') })).toBeInViewport();
			await expect(finished.getByText(t('overviewState.congratulations', { count: steps.length }))).toBeInViewport();
			const exportLink = finished.getByRole('link', { name: t('overviewState.export') });
			await expect(exportLink).toBeInViewport();
			await expect(exportLink).toHaveAttribute('href', `${E2E_BASE}${edition}/progress/`);
			await expect(finished.locator('p', { hasText: probe(text.conclusion) })).toBeVisible();
			// What the last step says to do next, with its links.
			const last = steps[steps.length - 1];
			await expect(finished.getByText(last?.summary ?? '')).toBeVisible();
			await expect(finished.getByRole('link', { name: last?.do.title })).toHaveAttribute('href', last?.do.url ?? '');
			// The conclusion is shown once, not again at the bottom.
			await expect(paragraph(page, text.conclusion)).toHaveCount(1);
			await expectNoShift(page);
			await page.context().close();
		});
	}

	test(`${edition} edition: every state passes axe in the light and the dark theme`, async ({ browser }, info) => {
		test.setTimeout(90_000);
		const found: string[] = [];
		for (const [state, stored] of [
			['first', null],
			['returning', record(edition, 2)],
			['finished', record(edition, steps.length)],
		] as const) {
			const page = await open(browser, String(info.project.use.baseURL), edition, stored);
			found.push(...(await violationsInSchemes(page, state)));
			await page.context().close();
		}
		expect(found).toEqual([]);
	});
}

const t = translator(SOURCE_EDITION);
const steps = stepsOf(SOURCE_EDITION);

test('coming back, Continuer is the first tab stop after the header (the fifth with two editions)', async ({
	browser,
}, info) => {
	const page = await open(
		browser,
		String(info.project.use.baseURL),
		SOURCE_EDITION,
		record(SOURCE_EDITION, 1),
		VIEWPORTS[1],
	);
	const name = t('tracker.continue', {
		step: t('step.pageTitle', { number: steps[1]?.order ?? 0, title: steps[1]?.title ?? '' }),
	});
	// Before it: the skip link, the site's name, the progress page, and one link per other edition.
	const before = 3 + editions().length - 1;
	const stops: string[] = [];
	for (let index = 0; index <= before; index++) {
		await page.keyboard.press('Tab');
		stops.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
	}
	expect(stops.at(-1), stops.join(' | ')).toBe(name);
	await page.context().close();
});

test('without JavaScript, the overview is the first-visit page even with progress saved', async ({ browser }, info) => {
	const baseURL = String(info.project.use.baseURL);
	const context = await browser.newContext({
		baseURL,
		javaScriptEnabled: false,
		storageState: {
			cookies: [],
			origins: [{ origin: new URL(baseURL).origin, localStorage: [{ name: KEY, value: record(SOURCE_EDITION, 2) }] }],
		},
	});
	const page = await context.newPage();
	await page.goto(`${SOURCE_EDITION}/`);
	await expect(page.locator('h1')).toHaveText(editionOf(SOURCE_EDITION).articleTitle);
	await expect(paragraph(page, article(SOURCE_EDITION).introduction)).toBeInViewport();
	await expect(page.getByRole('heading', { name: t('overviewState.returning') })).toBeHidden();
	await expect(page.getByRole('heading', { name: t('overviewState.finished') })).toBeHidden();
	await context.close();
});

test('the state follows another tab: finishing the path there shows the end here', async ({ browser }, info) => {
	const page = await open(
		browser,
		String(info.project.use.baseURL),
		SOURCE_EDITION,
		record(SOURCE_EDITION, 2),
		VIEWPORTS[1],
	);
	await expect(page.getByRole('heading', { name: t('overviewState.returning') })).toBeVisible();
	const other = await page.context().newPage();
	await other.goto(`${SOURCE_EDITION}/`);
	await other.evaluate(([key, value]) => localStorage.setItem(key, value), [
		KEY,
		record(SOURCE_EDITION, steps.length),
	] as const);
	await expect(page.getByRole('heading', { name: t('overviewState.finished') })).toBeVisible();
	await expect(page.getByRole('heading', { name: t('overviewState.returning') })).toBeHidden();
	await page.context().close();
});

for (const viewport of VIEWPORTS) {
	test(`on a step page at ${viewport.width}×${viewport.height}, ticking its last box shows and says the way on`, async ({
		browser,
	}, info) => {
		const context = await browser.newContext({ baseURL: String(info.project.use.baseURL), viewport });
		const page = await context.newPage();
		const [step, after] = steps as [(typeof steps)[number], (typeof steps)[number]];
		// The tracker starts after the first paint: once the network is quiet, it listens.
		await page.goto(`${SOURCE_EDITION}/${step.id}/`, { waitUntil: 'networkidle' });
		const wayOn = page.getByRole('link', {
			name: t('tracker.continue', { step: t('step.pageTitle', { number: after.order, title: after.title }) }),
		});
		await page.getByRole('checkbox', { name: t('tracker.read', { title: step.read.title }) }).check();
		await expect(page.getByText(t('overviewState.wayOnHint'))).toBeVisible();
		const box = page.getByRole('checkbox', { name: t('tracker.do', { title: step.do.title }) });
		await box.check();
		await expect(page.locator('[data-live]')).toContainText(t('overviewState.stepDone'));
		await expect(page.locator('[data-live]')).toContainText(
			t('step.pageTitle', { number: after.order, title: after.title }),
		);
		await expect(page.locator('[data-live]')).toContainText(
			t('tracker.ticked', { label: t('tracker.do', { title: step.do.title }) }),
		);
		// Visible where the learner is, without scrolling back up.
		await expect(wayOn).toBeInViewport({ ratio: 1 });
		await expect(box).toBeInViewport();
		// Unticking takes the way on away again, without a word about it.
		await box.uncheck();
		await expect(page.locator('[data-live]')).not.toContainText(t('overviewState.stepDone'));
		await expect(page.getByText(t('overviewState.wayOnHint'))).toBeVisible();
		await context.close();
	});
}

test('the last step, once done, leads to the end of the path on the overview', async ({ browser }, info) => {
	const context = await browser.newContext({ baseURL: String(info.project.use.baseURL), viewport: VIEWPORTS[0] });
	await context.addInitScript(([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value), [
		KEY,
		record(SOURCE_EDITION, steps.length - 1),
	] as const);
	const page = await context.newPage();
	const last = steps[steps.length - 1] as (typeof steps)[number];
	await page.goto(`${SOURCE_EDITION}/${last.id}/`, { waitUntil: 'networkidle' });
	await page.getByRole('checkbox', { name: t('tracker.read', { title: last.read.title }) }).check();
	await page.getByRole('checkbox', { name: t('tracker.do', { title: last.do.title }) }).check();
	await expect(page.locator('[data-live]')).toContainText(t('overviewState.seeFinished'));
	const link = page.getByRole('link', { name: t('overviewState.seeFinished') });
	await expect(link).toBeInViewport({ ratio: 1 });
	await link.click();
	await expect(page).toHaveURL(/\/fr\/#finished$/);
	await expect(page.getByRole('heading', { name: t('overviewState.finished') })).toBeInViewport();
	await expectNoShift(page);
	await context.close();
});
