/**
 * TRANSLATING.md, followed to the letter: a translator copies the source
 * edition's folder, sets `lang` (here Arabic, right to left, with no `dir`),
 * translates the edition's title and two steps (the second from an older
 * source), marks what they translated, and the edition is live after a build,
 * with no other file touched. The copy is made from whatever the source holds,
 * so a fork publishing another path runs the same test; the Arabic words of
 * the interface come from tests/fixtures/edition-ar/ui.json. Runs in a
 * temporary copy of the project, built and served on its own.
 */
import { cp, rm } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { expect, test } from '@playwright/test';
import { createTempProject, type TempProject } from '../../scripts/temp-project.ts';
import { readJson, writeFrontmatter } from '../../src/build/content-files.ts';
import { readEditions, stepFile } from '../../src/build/content-reader.ts';
import { createTranslator, languageName } from '../../src/shared/i18n.ts';
import { recordPath } from '../../src/build/translation-report.ts';
import { editionOf, SOURCE_EDITION, stepsOf, translatorOf, uiOf } from '../support/content.ts';

const fixture = new URL('../fixtures/edition-ar/', import.meta.url).pathname;
/** The Arabic edition's own words, and the source's where it leaves some out. */
const t = createTranslator(readJson(`${fixture}ui.json`) as Record<string, string>, uiOf(SOURCE_EDITION) as never);
const sourceT = translatorOf(SOURCE_EDITION);
const steps = stepsOf(SOURCE_EDITION);
// The translator translates the first step from the current source, and the second from an older one.
const [translated, outdated, untranslated] = steps;
/** The translated edition's title, and each translated step's. */
const articleTitle = 'مسار تعلّم، بالعربية';
const stepTitle = (order: number) => `الخطوة ${order}، بالعربية`;

/** content/ar, as TRANSLATING.md has a translator start it: the source copied, `lang` set, some text translated. */
async function translate(project: TempProject) {
	const folder = project.file('content/ar');
	await cp(project.file(`content/${SOURCE_EDITION}`), folder, { recursive: true });
	await cp(`${fixture}ui.json`, `${folder}/ui.json`);
	writeFrontmatter(
		`${folder}/edition.mdx`,
		{
			lang: 'ar',
			title: articleTitle,
			articleTitle,
			description: 'مسار تعلّم من خطوات: شيء تقرؤه وشيء تفعله في كل خطوة.',
		},
		'\nطبعة تجريبية قصيرة، لاختبار دليل المترجمين.\n\n<StepList />\n',
	);
	const copied = readEditions(dirname(folder)).find((edition) => edition.id === basename(folder))?.steps ?? [];
	for (const { file, id, order } of copied) {
		if (id === translated?.id || id === outdated?.id)
			writeFrontmatter(
				file,
				{ title: stepTitle(Number(order)), summary: 'ملخّص الخطوة بالعربية.' },
				'\nنصّ الخطوة بالعربية.\n',
			);
		else await rm(file);
	}
	// Translated from an older source and marked in the format before blocks were recorded: a hash that no current text has.
	writeFrontmatter(stepFile(dirname(folder), basename(folder), String(outdated?.id)), { sourceHash: '000000000000' });
	return basename(stepFile(dirname(folder), basename(folder), String(translated?.id)));
}

const BASE = '/guide/';
let project: TempProject;
let site: Awaited<ReturnType<TempProject['buildAndServe']>> | undefined;
let baseURL = '';
let buildOutput = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	project = await createTempProject();
	const translatedFile = await translate(project);
	// The guide's "mark" step, for the one step translated from the current source.
	const marked = await project.node(['scripts/i18n.ts', 'mark', `content/ar/steps/${translatedFile}`]);
	expect(marked.output).toContain(recordPath('content/ar', { kind: 'step', id: String(translated?.id) }));
	site = await project.buildAndServe(BASE);
	buildOutput = site.output;
	baseURL = site.baseURL;
});

test.afterAll(async () => {
	site?.close();
	await project?.remove();
});

const ar = (path = '') => new URL(`ar/${path}`, baseURL).href;

test('the new edition is live, right to left, with its own title and steps', async ({ page }) => {
	await page.goto(ar());
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(articleTitle);
	await expect(page.locator('.step-list li')).toHaveCount(steps.length);
	// Logical properties mirror the layout: the resource card's accent border is on the right.
	await page.goto(ar(`${translated?.id}/`));
	const border = await page
		.locator('.resource')
		.first()
		.evaluate((element) => getComputedStyle(element).borderRightWidth);
	expect(border).toBe('4px');
});

test('strings the edition leaves out fall back to the source, and the build says which', async ({ page }) => {
	expect(buildOutput).toContain(`content/ar/ui.json: `);
	expect(buildOutput).toMatch(new RegExp(`\\d+ UI strings fall back to "${SOURCE_EDITION}"`));
	await page.goto(ar(`${translated?.id}/`));
	await expect(page.getByRole('region', { name: t('step.read') })).toBeVisible();
	await expect(page.getByRole('link', { name: sourceT('nav.next') })).toBeVisible();
});

test('an untranslated step is shown from the source, in its language, with a notice in Arabic', async ({ page }) => {
	const step = untranslated;
	await page.goto(ar(`${step?.id}/`));
	await expect(page.locator('.translation-notice')).toHaveText(t('translation.fallback'));
	await expect(page.locator('article')).toHaveAttribute('lang', editionOf(SOURCE_EDITION).lang);
	await expect(page.locator('article')).toHaveAttribute('dir', editionOf(SOURCE_EDITION).dir);
	await expect(page.locator('article h1')).toContainText(String(step?.title));
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		new RegExp(`${BASE}${SOURCE_EDITION}/${step?.id}/$`),
	);
});

test('a step whose source changed since its translation says it may be out of date', async ({ page }) => {
	await page.goto(ar(`${outdated?.id}/`));
	await expect(page.locator('.translation-notice')).toContainText(t('translation.outdated'));
	await expect(page.locator('.translation-notice').getByRole('link')).toHaveAttribute(
		'href',
		`${BASE}${SOURCE_EDITION}/${outdated?.id}/`,
	);
	await page.goto(ar(`${translated?.id}/`));
	await expect(page.locator('.translation-notice')).toHaveCount(0);
});

test('the language menu keeps the current step, in both directions', async ({ page }) => {
	const path = `${translated?.id}/`;
	await page.goto(new URL(`${SOURCE_EDITION}/${path}`, baseURL).href);
	await page
		.getByRole('navigation', { name: sourceT('nav.language') })
		.getByRole('link', { name: languageName('ar') })
		.click();
	await expect(page).toHaveURL(ar(path));
	await page
		.getByRole('navigation', { name: t('nav.language') })
		.getByRole('link', { name: languageName(editionOf(SOURCE_EDITION).lang) })
		.click();
	await expect(page).toHaveURL(new URL(`${SOURCE_EDITION}/${path}`, baseURL).href);
});

test('the translation status page reports the new edition truthfully', async ({ page }) => {
	await page.goto(new URL('translations/', baseURL).href);
	const row = page.locator('tr[data-edition="ar"]');
	await expect(row.locator(`[data-step-state="${translated?.id}"]`)).toHaveAttribute('data-state', 'translated');
	// Marked in the old format: to mark again, never stale as a whole.
	await expect(row.locator(`[data-step-state="${outdated?.id}"]`)).toHaveAttribute('data-state', 'unmarked');
	await expect(row.locator(`[data-step-state="${untranslated?.id}"]`)).toHaveAttribute('data-state', 'missing');
});
