/**
 * Every page of the site, found by following links from the root: it answers
 * 200, declares its edition's language, has one h1, a title and a
 * description, links only inside the base, loads nothing from another origin,
 * and reads without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { contentDir } from '../../src/build/editions.ts';
import { stateLabels } from '../../src/build/translation.ts';
import { translationReport } from '../../src/build/translation-report.ts';
import { readEditions } from '../../src/build/content-reader.ts';
import { editionOf, editions, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';
import { E2E_BASE, E2E_SITE } from '../support/e2e-site.ts';
import { readStatic, type StaticPage } from '../../scripts/static-page.ts';
import { crawlOnce } from '../support/site-crawl.ts';

let pages: StaticPage[] = [];
let baseURL = '';

test.beforeAll(async ({ browser }) => {
	baseURL = String(test.info().project.use.baseURL);
	const page = await browser.newPage();
	pages = [...(await crawlOnce(page, baseURL)).values(), await readStatic(page, baseURL, 'missing-page/deeper/')];
	await page.close();
});

const reachable = () => pages.filter((page) => page.status !== 404);
const stepPaths = () => editions().flatMap((edition) => stepsOf(edition).map((step) => `${edition}/${step.id}/`));
/** The edition a path belongs to; pages outside every edition are in the source's language. */
const editionOfPath = (path: string) => editions().find((edition) => path.startsWith(`${edition}/`)) ?? SOURCE_EDITION;

test(
	'every page reachable from the root answers 200, every step of every edition included',
	{ tag: '@variant' },
	() => {
		expect(reachable().map((page) => [page.path, page.status])).toEqual(reachable().map((page) => [page.path, 200]));
		expect(reachable().map((page) => page.path)).toEqual(
			expect.arrayContaining([
				'',
				'translations/',
				...editions().flatMap((edition) => [`${edition}/`, `${edition}/progress/`]),
				...stepPaths(),
			]),
		);
		// Every edition shows the source's path, step for step.
		expect(stepPaths()).toHaveLength(stepsOf(SOURCE_EDITION).length * editions().length);
	},
);

test(
	'every page, the 404 included, declares its language, and has one h1, a title and a meta description',
	{ tag: '@variant' },
	() => {
		for (const page of pages) {
			expect(page.lang, page.path).toBe(editionOf(editionOfPath(page.path)).lang);
			expect(page.dir, page.path).toBe(editionOf(editionOfPath(page.path)).dir);
			expect(page.h1, page.path).toHaveLength(1);
			expect(page.title.trim(), page.path).not.toBe('');
			expect(page.description?.trim(), page.path).toBeTruthy();
		}
	},
);

test('within an edition, titles and descriptions are unique per page', { tag: '@variant' }, () => {
	// The root serves the source overview again (canonical to it), whose title and description it shares;
	// an edition not translated yet may repeat the source's words.
	const indexed = reachable().filter((page) => page.path !== '');
	for (const edition of editions()) {
		const own = indexed.filter((page) => editionOfPath(page.path) === edition);
		for (const field of ['title', 'description'] as const) {
			const values = own.map((page) => page[field]);
			expect(
				values.filter((value, index) => values.indexOf(value) !== index),
				`${edition}: ${field}`,
			).toEqual([]);
		}
	}
});

test('internal links and assets go through the base path, even on the 404 page', { tag: '@variant' }, () => {
	for (const page of pages) {
		for (const ref of page.refs) {
			if (/^((https?:)?\/\/|data:)/.test(ref) || ref.startsWith('#') || /^\d+;/.test(ref)) continue;
			expect(ref, `${page.path}: ${ref}`).toMatch(new RegExp(`^${E2E_BASE}`));
		}
	}
});

// No page requests anything from another origin: budget.spec.ts weighs every request of every page.

test('without JavaScript, every page shows its heading, its text and its links', async ({ browser }) => {
	test.setTimeout(90_000);
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	for (const { path } of reachable()) {
		await page.goto(path);
		await expect(page.locator('h1'), path).toBeVisible();
		// The first paragraph shown: blocks that need JavaScript (the overview's state) stay hidden.
		await expect(page.locator('main p:visible').first(), path).toBeVisible();
	}
	for (const path of stepPaths()) {
		const t = translatorOf(editionOfPath(path));
		await page.goto(path);
		await expect(
			page
				.getByRole('region', { name: t('step.read') })
				.getByRole('link')
				.first(),
			path,
		).toBeVisible();
		await expect(
			page
				.getByRole('region', { name: t('step.do') })
				.getByRole('link')
				.first(),
			path,
		).toBeVisible();
	}
	await context.close();
});

test(
	'each page links its translations with hreflang, and the language menu keeps the current page',
	{ tag: '@variant' },
	() => {
		for (const edition of editions()) {
			for (const path of [
				`${edition}/`,
				`${edition}/progress/`,
				...stepsOf(edition).map((step) => `${edition}/${step.id}/`),
			]) {
				const found = pages.find((candidate) => candidate.path === path);
				if (!found) throw new Error(`${path} was not reached by the crawl`);
				const rest = path.slice(edition.length + 1);
				const alternate = (hreflang: string) =>
					found.links.find((link) => link.rel === 'alternate' && link.hreflang === hreflang)?.href;
				// Only translated versions are alternates: a step an edition shows from the source is not one.
				const translatedIn = editions().filter(
					(other) => !stepsOf(other).find((step) => `${step.id}/` === rest)?.fallback,
				);
				const alternates = translatedIn.length > 1 ? translatedIn : [];
				for (const other of editions()) {
					const href = `${E2E_BASE}${other}/${rest}`;
					expect(alternate(editionOf(other).lang), `${path} → ${other}`).toBe(
						alternates.includes(other) ? new URL(href, E2E_SITE).href : undefined,
					);
					if (other !== edition)
						expect(found.languageLinks, path).toContainEqual({ href, hreflang: editionOf(other).lang });
				}
				expect(
					found.languageLinks.some((link) => link.hreflang === editionOf(edition).lang),
					path,
				).toBe(false);
				const source = new URL(`${E2E_BASE}${SOURCE_EDITION}/${rest}`, E2E_SITE).href;
				expect(alternate('x-default'), path).toBe(alternates.length > 0 ? source : undefined);
			}
		}
	},
);

test('ticking a step in one edition shows it ticked in the others: progress is per step id', async ({ page }) => {
	const [source, other] = editions();
	const step = stepsOf(String(source))[0];
	await page.goto(`${source}/${step?.id}/`, { waitUntil: 'networkidle' });
	await page.locator('input[data-mark="read"]').check();
	await page.goto(`${other}/${step?.id}/`);
	await expect(page.locator('input[data-mark="read"]')).toBeChecked();
	await page.goto(`${other}/`);
	await expect(page.getByRole('progressbar')).toHaveAttribute('value', '1');
});

test(
	'the translation status page shows every edition as the report sees it: a copy not yet translated is "to translate"',
	{ tag: '@variant' },
	async ({ page }) => {
		const t = translatorOf(SOURCE_EDITION);
		await page.goto('translations/');
		for (const edition of translationReport(readEditions(contentDir), SOURCE_EDITION).filter(
			(candidate) => !candidate.source,
		)) {
			const row = page.locator(`tr[data-edition="${edition.id}"]`);
			for (const step of edition.steps)
				await expect(row.locator(`[data-step-state="${step.id}"]`), `${edition.id} ${step.id}`).toHaveAttribute(
					'data-state',
					step.state,
				);
			await expect(row.locator('td').first()).toHaveText(t(stateLabels[edition.overview]));
		}
	},
);
