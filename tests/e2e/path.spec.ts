/**
 * A learner walks the path in each edition: the overview lists every step,
 * each step page gives its thing to read and its thing to do, and
 * previous/next links chain the whole path, all under the /roadmap/ project path.
 */
import { expect, test } from '@playwright/test';
import { formatDate } from '../../src/shared/i18n.ts';
import { KINDS } from '../../src/shared/progress/record.ts';
import { domainOf } from '../../src/shared/url.ts';
import { editionOf, editions, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';
import { E2E_BASE, E2E_SITE } from '../support/e2e-site.ts';

const source = editionOf(SOURCE_EDITION);

test('the root is the source overview itself: no redirect, no JavaScript needed, canonical to the edition', async ({
	browser,
}) => {
	const [source = ''] = editions();
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
	const page = await context.newPage();
	const response = await page.goto('');
	expect(response?.request().redirectedFrom()).toBeNull();
	await page.waitForTimeout(500);
	expect(new URL(page.url()).pathname).toBe(E2E_BASE);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(editionOf(source).articleTitle);
	await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		new URL(`${E2E_BASE}${source}/`, E2E_SITE).href,
	);
	await expect(
		page.getByRole('listitem').filter({ has: page.getByRole('link', { name: stepsOf(source)[0]?.title }) }),
	).toHaveCount(1);
	await context.close();
});

test("the root suggests, without moving, the edition in the browser's language, and nothing to a reader of the source's", async ({
	browser,
}) => {
	const [source = '', ...others] = editions();
	for (const other of others) {
		const { lang } = editionOf(other);
		for (const [locale, suggested] of [
			[lang, true],
			[editionOf(source).lang, false],
		] as const) {
			const context = await browser.newContext({ locale, baseURL: test.info().project.use.baseURL });
			const page = await context.newPage();
			await page.goto('');
			const suggestion = page.getByRole('link', { name: translatorOf(other)('suggest.switch') });
			await expect(suggestion, `${locale} browser`).toHaveCount(suggested ? 1 : 0);
			if (suggested) {
				await expect(suggestion).toBeVisible();
				await expect(suggestion).toHaveAttribute('href', `${E2E_BASE}${other}/`);
				// Nothing is stored until the reader clicks, and the page stays where it is.
				expect(await page.evaluate(() => localStorage.length)).toBe(0);
				expect(new URL(page.url()).pathname).toBe(E2E_BASE);
				await suggestion.click();
				await page.waitForURL(`**${E2E_BASE}${other}/`);
			}
			await context.close();
		}
	}
});

test(
	'an unknown path, at any depth, gets the source edition 404 page with working links to the overviews',
	{ tag: '@variant' },
	async ({ page }) => {
		const t = translatorOf(SOURCE_EDITION);
		for (const path of ['nope', `${SOURCE_EDITION}/no-such-step/`, 'a/b/c/d/']) {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', source.lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('notFound.title'));
		}
		// By address: an edition not translated yet has the same title as the source.
		const link = page.getByRole('main').locator(`a[href="${E2E_BASE}${SOURCE_EDITION}/"]`);
		await expect(link).toHaveText(source.title);
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${E2E_BASE}${SOURCE_EDITION}/$`));
		await expect(page.locator('.step-list li')).toHaveCount(stepsOf(SOURCE_EDITION).length);
	},
);

for (const id of editions()) {
	const steps = stepsOf(id);
	const t = translatorOf(id);
	const edition = editionOf(id);

	test.describe(`${id} edition`, () => {
		test(
			'the overview lists every step in order, each with its number, title, summary and link @phone',
			{ tag: '@variant' },
			async ({ page }) => {
				await page.goto(`${id}/`);
				await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(edition.articleTitle);
				const items = page.locator('.step-list li');
				await expect(items).toHaveCount(steps.length);
				expect(steps.map((step) => step.order)).toEqual(steps.map((_, index) => index + 1));
				for (const [index, step] of steps.entries()) {
					const item = items.nth(index);
					await expect(item.getByRole('link')).toHaveText(`${t('step.number', { number: step.order })} ${step.title}`);
					await expect(item.getByRole('link')).toHaveAttribute('href', `${E2E_BASE}${id}/${step.id}/`);
					await expect(item.locator('.step-summary')).toHaveText(step.summary);
				}
			},
		);

		test('the overview credits the original article and gives its date', async ({ page }) => {
			await page.goto(`${id}/`);
			const credit = page.locator('.credit-line');
			await expect(credit).toContainText(edition.original.author);
			await expect(credit).toContainText(edition.original.publisher);
			await expect(credit).toContainText(formatDate(edition.original.date, edition.lang));
			await expect(credit.getByRole('link')).toHaveAttribute('href', edition.original.url);
			await expect(credit.getByRole('link')).toHaveAttribute('hreflang', edition.original.lang);
			await expect(page.locator('footer')).toContainText(edition.original.author);
			await expect(page.locator('footer').getByRole('link')).toHaveAttribute('href', edition.original.url);
		});

		for (const step of steps) {
			// In the variant run, the last step: added to the source, shown untranslated in the other editions.
			test(
				`step ${step.order} (${step.id}) shows its number and title, what to read and what to do`,
				{ tag: step === steps.at(-1) ? '@variant' : [] },
				async ({ page }) => {
					await page.goto(`${id}/${step.id}/`);
					await expect(page.getByRole('heading', { level: 1 })).toHaveText(
						`${t('step.number', { number: step.order })} ${step.title}`,
					);
					for (const role of KINDS) {
						const block = page.getByRole('region', { name: t(`step.${role}`) });
						await expect(block).toBeVisible();
						await expect(block.getByRole('link', { name: step[role].title, exact: true })).toHaveAttribute(
							'href',
							step[role].url,
						);
						await expect(block).toContainText(domainOf(step[role].url));
					}
					await expect(page.getByRole('link', { name: t('nav.backToOverview') })).toHaveAttribute(
						'href',
						`${E2E_BASE}${id}/`,
					);
				},
			);
		}

		test('next links walk from the first step to the last, and previous links walk back @phone', async ({ page }) => {
			await page.goto(`${id}/${steps[0]?.id}/`);
			const current = () => page.locator('article').getAttribute('data-step');
			const forward = [await current()];
			const next = page.getByRole('link', { name: t('nav.next') });
			while ((await next.count()) > 0) {
				await next.click();
				forward.push(await current());
			}
			expect(forward).toEqual(steps.map((step) => step.id));
			const backward = [await current()];
			const previous = page.getByRole('link', { name: t('nav.previous') });
			while ((await previous.count()) > 0) {
				await previous.click();
				backward.push(await current());
			}
			expect(backward).toEqual(steps.map((step) => step.id).reverse());
		});
	});
}
