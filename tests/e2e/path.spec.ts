/**
 * A learner walks the French path: the overview lists the seven steps, each
 * step page gives its thing to read and its thing to do, and previous/next
 * links chain the whole path, all under the /roadmap/ project path.
 */
import { expect, test } from '@playwright/test';
import { editionOf, stepsOf, uiOf } from '../support/content';
import { E2E_BASE } from '../support/e2e-site';

const steps = stepsOf('fr');
const ui = uiOf('fr');
const edition = editionOf('fr');

test('the root sends the reader to the French overview without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('');
	await page.waitForURL(`**${E2E_BASE}fr/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(edition.articleTitle);
	await context.close();
});

test('the overview lists the seven steps in order, each with its number, title, summary and link @phone', async ({ page }) => {
	await page.goto('fr/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(edition.articleTitle);
	const items = page.locator('.step-list li');
	await expect(items).toHaveCount(7);
	expect(steps.map((step) => step.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	for (const [index, step] of steps.entries()) {
		const item = items.nth(index);
		const link = item.getByRole('link');
		await expect(link).toHaveText(`${ui['step.number']?.replace('{number}', String(step.order))} ${step.title}`);
		await expect(link).toHaveAttribute('href', `${E2E_BASE}fr/${step.id}/`);
		await expect(item.locator('.step-summary')).toHaveText(step.summary);
	}
});

test('the overview credits the original article and gives its date', async ({ page }) => {
	await page.goto('fr/');
	const credit = page.locator('.credit-line');
	await expect(credit).toContainText('Roger Huang');
	await expect(credit).toContainText('freeCodeCamp');
	await expect(credit).toContainText('3 décembre 2018');
	await expect(credit.getByRole('link')).toHaveAttribute('href', edition.original.url);
});

for (const step of steps) {
	test(`step ${step.order} (${step.id}) shows its number and title, what to read and what to do`, async ({ page }) => {
		await page.goto(`fr/${step.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Étape ${step.order} ${step.title}`);
		for (const [role, heading] of [
			['read', 'À lire'],
			['do', 'À faire'],
		] as const) {
			const block = page.getByRole('region', { name: heading });
			await expect(block).toBeVisible();
			const link = block.getByRole('link', { name: step[role].title });
			await expect(link).toHaveAttribute('href', step[role].url);
			await expect(block).toContainText(new URL(step[role].url).hostname.replace(/^www\./, ''));
		}
		await expect(page.getByRole('link', { name: ui['nav.backToOverview'] })).toHaveAttribute('href', `${E2E_BASE}fr/`);
	});
}

test('next links walk from step 1 to step 7, and previous links walk back @phone', async ({ page }) => {
	const first = steps[0];
	if (!first) throw new Error('no steps');
	await page.goto(`fr/${first.id}/`);
	const forward = [await page.locator('article').getAttribute('data-step')];
	const next = page.getByRole('link', { name: new RegExp(ui['nav.next'] ?? '') });
	while ((await next.count()) > 0) {
		await next.click();
		forward.push(await page.locator('article').getAttribute('data-step'));
	}
	expect(forward).toEqual(steps.map((step) => step.id));

	const backward = [await page.locator('article').getAttribute('data-step')];
	const previous = page.getByRole('link', { name: new RegExp(ui['nav.previous'] ?? '') });
	while ((await previous.count()) > 0) {
		await previous.click();
		backward.push(await page.locator('article').getAttribute('data-step'));
	}
	expect(backward).toEqual(steps.map((step) => step.id).reverse());
});

test('an unknown path, at any depth, gets the French 404 page with a working link to the overview', async ({ page }) => {
	for (const path of ['nope', 'fr/no-such-step/', 'a/b/c/d/']) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui['notFound.title'] ?? '');
	}
	await page.getByRole('main').getByRole('link', { name: edition.title }).click();
	await expect(page).toHaveURL(new RegExp(`${E2E_BASE}fr/$`));
	await expect(page.locator('.step-list li')).toHaveCount(7);
});
