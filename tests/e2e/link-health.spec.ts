/**
 * What a learner sees once the weekly link check has found a resource dead or
 * changed (content/link-health.json, committed by the workflow): built in a
 * temporary copy of the project with the first step's thing to read dead and
 * the second step's thing to do changed. The dead one shows its archived copy
 * first, in each edition's words and date format, the original kept below;
 * the changed one a quiet note; every other card stays as it was. No request
 * leaves the page: it is all in the HTML.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { violationsInSchemes } from '../support/axe.ts';
import { expect, type Page, test } from '@playwright/test';
import { budgets } from '../../scripts/budgets.ts';
import { createTempProject, type TempProject } from '../../scripts/temp-project.ts';
import { formatDate } from '../../src/shared/i18n.ts';
import { archiveOf, captureDate, LINK_HEALTH_FILE } from '../../src/build/link-health.ts';
import { domainOf } from '../../src/shared/url.ts';
import type { LinkHealth } from '../../src/shared/schemas/link-health.ts';
import { editionOf, editions, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';

const [first, second] = stepsOf(SOURCE_EDITION);
if (!first || !second) throw new Error('the path needs two steps');
const articleDate = editionOf(SOURCE_EDITION).original.date;
const dead = first.read;
const changed = second.do;
const archive = archiveOf(dead, articleDate);
/** The Wayback Machine sends the dated address to its nearest capture: the day the card names. */
const capture = archive.replace(/\/web\/\d+\//, '/web/20181205093012/');
const since = '2026-11-04';
const checked = '2026-11-18';

const health: LinkHealth = {
	links: {
		[dead.url]: { state: 'dead', since, checked, status: 404, failures: 3 },
		[archive]: { state: 'ok', since, checked, status: 200, finalUrl: capture, failures: 0 },
		[changed.url]: {
			state: 'changed',
			since: checked,
			checked,
			status: 200,
			finalUrl: new URL('/', changed.url).href,
			changes: ['home'],
			failures: 0,
		},
	},
};

const BASE = '/roadmap/';
let project: TempProject;
let site: Awaited<ReturnType<TempProject['buildAndServe']>> | undefined;
let baseURL = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	project = await createTempProject();
	await writeFile(project.file(`content/${LINK_HEALTH_FILE}`), JSON.stringify(health, null, '\t'));
	site = await project.buildAndServe(BASE);
	baseURL = site.baseURL;
});

test.afterAll(async () => {
	site?.close();
	await project?.remove();
});

const card = (page: Page, role: 'read' | 'do') => page.locator(`[data-resource="${role}"]`);

for (const edition of editions()) {
	const t = translatorOf(edition);
	const { lang } = editionOf(edition);
	const day = (text: string) => formatDate(new Date(text), lang);

	test(`${edition} edition: the dead link's archived copy comes first, dated, the original kept below`, async ({
		page,
	}) => {
		await page.goto(new URL(`${edition}/${first.id}/`, baseURL).href);
		const read = card(page, 'read');
		const notice = t('linkHealth.dead', {
			since: day(since),
			archived: formatDate(captureDate(capture) as Date, lang),
		});
		await expect(read.locator('h2 + p.resource-health')).toHaveText(notice);
		await expect(read.locator('.resource-title a')).toHaveAttribute('href', archive);
		await expect(
			read.getByRole('link', {
				name: t('resource.archiveOf', { title: String(await read.locator('.resource-title a').textContent()) }),
			}),
		).toBeVisible();
		const original = read.locator('.resource-archive');
		await expect(original).toHaveText(`${t('linkHealth.original')} ${domainOf(dead.url)}`);
		await expect(original.getByRole('link')).toHaveAttribute('href', dead.url);
		// The archive comes before the original in reading order.
		const hrefs = await read.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(hrefs.indexOf(archive)).toBeLessThan(hrefs.indexOf(dead.url));
		// The thing to do of the same step is untouched.
		await expect(card(page, 'do').locator('.resource-health')).toHaveCount(0);
		await expect(card(page, 'do').locator('.resource-title a')).toHaveAttribute('href', first.do.url);
	});

	test(`${edition} edition: a changed page gets a quiet note; every other card is as before`, async ({ page }) => {
		await page.goto(new URL(`${edition}/${second.id}/`, baseURL).href);
		await expect(card(page, 'do').locator('.resource-details + .resource-health')).toHaveText(
			t('linkHealth.changed', { since: day(checked) }),
		);
		await expect(card(page, 'do').locator('.resource-title a')).toHaveAttribute('href', changed.url);
		for (const step of stepsOf(edition)) {
			await page.goto(new URL(`${edition}/${step.id}/`, baseURL).href);
			for (const role of ['read', 'do'] as const) {
				if ((step.id === first.id && role === 'read') || (step.id === second.id && role === 'do')) continue;
				await expect(card(page, role).locator('.resource-health')).toHaveCount(0);
				await expect(card(page, role).locator('.resource-title a')).toHaveAttribute('href', step[role].url);
			}
		}
	});
}

test('the page with a dead card passes axe in both colour schemes, the HTML checker and the weight budget', async ({
	page,
}) => {
	await page.goto(new URL(`${SOURCE_EDITION}/${first.id}/`, baseURL).href, { waitUntil: 'networkidle' });
	expect(await violationsInSchemes(page, 'the step with a dead card')).toEqual([]);
	const vnu = new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url).pathname;
	const html = project.file(`dist/${SOURCE_EDITION}/${first.id}/index.html`);
	const { stderr } = await promisify(execFile)('java', ['-jar', vnu, '--errors-only', html]);
	expect(stderr).toBe('');
	// Its HTML, gzipped as served, leaves room for the scripts' whole budget (npm run weigh measures the real pages).
	expect(gzipSync(await readFile(html)).length + budgets.scriptBytes).toBeLessThanOrEqual(budgets.totalBytes);
});
