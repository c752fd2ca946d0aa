/**
 * TRANSLATING.md, followed to the letter: a translator adds a folder under
 * content/ (here a tiny right-to-left Arabic edition from
 * tests/fixtures/edition-ar/), marks what they translated, and the edition is
 * live after a build, with no other file touched. Runs in a temporary copy of
 * the project, built and served on its own.
 */
import { cp } from 'node:fs/promises';
import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { servePages } from '../../scripts/serve-pages.ts';
import { stepsOf, uiOf } from '../support/content.ts';
import { createTempProject, type TempProject } from '../../scripts/temp-project.ts';

const BASE = '/guide/';
let project: TempProject;
let server: Server;
let baseURL = '';
let buildOutput = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	project = await createTempProject();
	await cp(new URL('../fixtures/edition-ar/', import.meta.url).pathname, project.file('content/ar'), { recursive: true });
	// The guide's "mark" step, for the one step translated from the current source.
	const marked = await project.node(['scripts/i18n.ts', 'mark', 'content/ar/steps/01-python.mdx']);
	expect(marked.output).toContain('sourceHash');
	const build = await project.astro(['build'], { BASE_PATH: BASE });
	buildOutput = build.output;
	expect(build.code, build.output).toBe(0);
	server = servePages([{ dir: project.file('dist'), base: BASE }]).listen(0, '127.0.0.1');
	await new Promise((resolve) => server.once('listening', resolve));
	const address = server.address();
	baseURL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${BASE}`;
});

test.afterAll(async () => {
	server?.close();
	await project?.remove();
});

const ar = (path = '') => new URL(`ar/${path}`, baseURL).href;

test('the new edition is live, right to left, with its own title and steps', async ({ page }) => {
	await page.goto(ar());
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('كيف تتجاوز ضجيج الذكاء الاصطناعي لتصبح مهندس تعلّم آلي');
	await expect(page.locator('.step-list li')).toHaveCount(7);
	// Logical properties mirror the layout: the resource card's accent border is on the right.
	await page.goto(ar('python/'));
	const border = await page.locator('.resource').first().evaluate((element) => getComputedStyle(element).borderRightWidth);
	expect(border).toBe('4px');
});

test('strings the edition leaves out fall back to the source, and the build says which', async ({ page }) => {
	expect(buildOutput).toMatch(/content\/ar\/ui\.json: \d+ UI strings fall back to "fr"/);
	await page.goto(ar('python/'));
	await expect(page.getByRole('region', { name: 'للقراءة' })).toBeVisible();
	await expect(page.getByRole('link', { name: new RegExp(uiOf('fr')['nav.next'] ?? '') })).toBeVisible();
});

test('an untranslated step is shown from the source, in its language, with a notice in Arabic', async ({ page }) => {
	const step = stepsOf('fr')[2];
	await page.goto(ar(`${step?.id}/`));
	await expect(page.locator('.translation-notice')).toHaveText('لم تُترجم هذه الخطوة إلى العربية بعد: تُعرض بلغتها الأصلية.');
	await expect(page.locator('article')).toHaveAttribute('lang', 'fr');
	await expect(page.locator('article')).toHaveAttribute('dir', 'ltr');
	await expect(page.locator('article h1')).toContainText(String(step?.title));
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${BASE}fr/${step?.id}/$`));
});

test('a step whose source changed since its translation says it may be out of date', async ({ page }) => {
	await page.goto(ar('ml-theory/'));
	await expect(page.locator('.translation-notice')).toContainText('قد لا تكون محدّثة');
	await expect(page.locator('.translation-notice').getByRole('link')).toHaveAttribute('href', `${BASE}fr/ml-theory/`);
	await page.goto(ar('python/'));
	await expect(page.locator('.translation-notice')).toHaveCount(0);
});

test('the language menu keeps the current step, in both directions', async ({ page }) => {
	await page.goto(new URL('fr/python/', baseURL).href);
	await page.getByRole('navigation', { name: uiOf('fr')['nav.language'] }).getByRole('link', { name: 'العربية' }).click();
	await expect(page).toHaveURL(ar('python/'));
	await page.getByRole('navigation', { name: 'لغات أخرى' }).getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(new URL('en/python/', baseURL).href);
});

test('the translation status page reports the new edition truthfully', async ({ page }) => {
	await page.goto(new URL('translations/', baseURL).href);
	const row = page.locator('tr[data-edition="ar"]');
	await expect(row.locator('[data-step-state="python"]')).toHaveAttribute('data-state', 'translated');
	await expect(row.locator('[data-step-state="ml-theory"]')).toHaveAttribute('data-state', 'outdated');
	await expect(row.locator('[data-step-state="datasets"]')).toHaveAttribute('data-state', 'missing');
	await expect(page.locator('tr[data-edition="en"] [data-state="outdated"], tr[data-edition="en"] [data-state="missing"]')).toHaveCount(0);
});
