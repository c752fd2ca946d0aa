/**
 * Every page of the site, found by following links from the root: it answers
 * 200, is in French, has one h1, a title and a description, links only inside
 * the base, loads nothing from another origin, and reads without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { stepsOf } from '../support/content';
import { E2E_BASE } from '../support/e2e-site';
import { crawl, readStatic, type StaticPage } from '../support/static-page';

let pages: StaticPage[] = [];
let baseURL = '';

test.beforeAll(async ({ browser }) => {
	baseURL = String(test.info().project.use.baseURL);
	const page = await browser.newPage();
	pages = [...(await crawl(page, baseURL)).values(), await readStatic(page, baseURL, 'missing-page/deeper/')];
	await page.close();
});

const reachable = () => pages.filter((page) => page.status !== 404);
const stepIds = stepsOf('fr').map((step) => step.id);
const stepPaths = () => reachable().filter((page) => stepIds.some((id) => page.path === `fr/${id}/`)).map((page) => page.path);

test('every page reachable from the root answers 200, the seven steps included', () => {
	expect(reachable().map((page) => [page.path, page.status])).toEqual(reachable().map((page) => [page.path, 200]));
	expect(reachable().map((page) => page.path)).toEqual(expect.arrayContaining(['', 'fr/', 'fr/progress/']));
	expect(stepPaths()).toHaveLength(7);
});

test('every page, the 404 included, is in French with one h1, a title and a meta description', () => {
	for (const page of pages) {
		expect(page.lang, page.path).toBe('fr');
		expect(page.h1, page.path).toHaveLength(1);
		expect(page.title.trim(), page.path).not.toBe('');
		expect(page.description?.trim(), page.path).toBeTruthy();
	}
});

test('titles and descriptions are unique per page', () => {
	const titles = reachable().map((page) => page.title);
	expect(new Set(titles).size).toBe(titles.length);
});

test('internal links and assets go through the base path, even on the 404 page', () => {
	for (const page of pages) {
		for (const ref of page.refs) {
			if (/^(https?:)?\/\//.test(ref) || ref.startsWith('#') || /^\d+;/.test(ref)) continue;
			expect(ref, `${page.path}: ${ref}`).toMatch(new RegExp(`^${E2E_BASE}`));
		}
	}
});

test('no page requests anything from another origin', async ({ page }) => {
	const origin = new URL(baseURL).origin;
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
	});
	for (const { path } of pages) await page.goto(path, { waitUntil: 'networkidle' });
	expect(foreign).toEqual([]);
});

test('without JavaScript, every page shows its heading, its text and its links', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	for (const { path } of reachable().filter((page) => page.path !== '')) {
		await page.goto(path);
		await expect(page.locator('h1'), path).toBeVisible();
		await expect(page.locator('main p').first(), path).toBeVisible();
	}
	for (const path of stepPaths()) {
		await page.goto(path);
		await expect(page.getByRole('region', { name: 'À lire' }).getByRole('link'), path).toBeVisible();
		await expect(page.getByRole('region', { name: 'À faire' }).getByRole('link'), path).toBeVisible();
	}
	await context.close();
});
