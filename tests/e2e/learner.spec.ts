/**
 * What a learner acts on: resource cards they can trust, a first command they
 * can copy, a theme that sticks without a flash, and a printable checklist.
 */
import { expect, test } from '@playwright/test';
import { languageNameIn } from '../../src/shared/i18n.ts';
import { KINDS } from '../../src/shared/progress/record.ts';
import { archiveUrl, domainOf } from '../../src/shared/url.ts';
import { editionOf, editions, markCount, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';
import { E2E_BASE } from '../support/e2e-site.ts';

const t = translatorOf(SOURCE_EDITION);

for (const edition of editions()) {
	const tr = translatorOf(edition);
	const { lang, original } = editionOf(edition);
	test(`${edition}: every resource card shows kind, domain, language, time and an archived copy`, async ({ page }) => {
		for (const step of stepsOf(edition)) {
			await page.goto(`${edition}/${step.id}/`);
			// An untranslated step is shown in the source's language.
			const shownLang = step.fallback ? editionOf(SOURCE_EDITION).lang : lang;
			for (const role of KINDS) {
				const resource = step[role];
				const card = page.getByRole('region', { name: tr(`step.${role}`) });
				const details = card.locator('.resource-details');
				await expect(details).toContainText(tr(`resource.kind.${resource.kind}`));
				await expect(details).toContainText(domainOf(resource.url));
				const language = languageNameIn(resource.lang, lang);
				if (resource.lang.toLowerCase() === shownLang.toLowerCase())
					await expect(details).not.toContainText(tr('resource.language', { language }));
				else await expect(details).toContainText(tr('resource.language', { language }));
				if (resource.minutes)
					await expect(details).toContainText(tr('resource.minutes', { minutes: resource.minutes }));
				const archive = card.getByRole('link', { name: tr('resource.archiveOf', { title: resource.title }) });
				await expect(archive).toHaveAttribute('href', resource.archive ?? archiveUrl(resource.url, original.date));
				await expect(archive).toHaveText(tr('resource.archive'));
				// The author's link stays first and unchanged; a replacement is an addition, labelled.
				await expect(card.locator('.resource-title a')).toHaveAttribute('href', resource.url);
				if (resource.replacement) {
					await expect(card.locator('.resource-replacement')).toContainText(tr('resource.replacement'));
					await expect(card.getByRole('link', { name: resource.replacement.title })).toHaveAttribute(
						'href',
						resource.replacement.url,
					);
				}
				// Same tab: no link of the card opens a new one.
				await expect(card.locator('a[target]')).toHaveCount(0);
			}
		}
	});
}

/** The source's steps that come with a first command to try. */
const withStarter = () => stepsOf(SOURCE_EDITION).filter((step) => step.starter);

test('the copy button puts the exact snippet on the clipboard and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	for (const step of withStarter().slice(0, 3)) {
		// The copy button's code runs after the first paint.
		await page.goto(`${SOURCE_EDITION}/${step.id}/`, { waitUntil: 'networkidle' });
		const section = page.getByRole('region', { name: t('starter.heading') });
		await expect(section).toContainText(t('starter.addition'));
		await expect(section).toContainText(t(`starter.lang.${step.starter?.lang ?? 'python'}`));
		await section.getByRole('button', { name: t('starter.copy') }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-live]')).toHaveText(t('starter.copied'));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(step.starter?.code.trimEnd());
	}
});

test('without JavaScript the code is there to select, and no copy button is shown', async ({ browser }, info) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: String(info.project.use.baseURL) });
	const page = await context.newPage();
	const step = withStarter()[0];
	await page.goto(`${SOURCE_EDITION}/${step?.id}/`);
	await expect(page.locator('.starter code')).toHaveText(String(step?.starter?.code.trimEnd()));
	await expect(page.getByRole('button', { name: t('starter.copy') })).toBeHidden();
	await context.close();
});

test('the snippet is highlighted without inline styles, in colours that follow the theme', async ({ page }) => {
	await page.goto(`${SOURCE_EDITION}/${withStarter()[0]?.id}/`);
	await expect(page.locator('.starter [style]')).toHaveCount(0);
	const keyword = page.locator('.starter code span[class]').first();
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await keyword.evaluate((element) => getComputedStyle(element).color);
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await keyword.evaluate((element) => getComputedStyle(element).color);
	expect(light).not.toBe(dark);
});

test('the chosen theme survives a reload and is there from the first paint', async ({ browser }, info) => {
	const context = await browser.newContext({ baseURL: String(info.project.use.baseURL), colorScheme: 'light' });
	// Record the page background in the first animation frame that has a body:
	// frames run their callbacks just before they are painted.
	await context.addInitScript(() => {
		const record = () => {
			if (!document.body) return requestAnimationFrame(record);
			(window as unknown as { firstBackground: string }).firstBackground = getComputedStyle(
				document.body,
			).backgroundColor;
		};
		requestAnimationFrame(record);
	});
	const page = await context.newPage();
	// Read once the first frame has run: under load, the load event can come before it.
	const firstBackground = () =>
		expect.poll(() => page.evaluate(() => (window as unknown as { firstBackground?: string }).firstBackground));
	await page.goto(`${SOURCE_EDITION}/`);
	await firstBackground().toBe('rgb(255, 255, 255)');
	await page.getByRole('radio', { name: t('theme.dark') }).check();
	await page.reload();
	await firstBackground().toBe('rgb(13, 17, 23)');
	await expect(page.getByRole('radio', { name: t('theme.dark') })).toBeChecked();
	await page.goto(`${SOURCE_EDITION}/${stepsOf(SOURCE_EDITION).at(-1)?.id}/`);
	await firstBackground().toBe('rgb(13, 17, 23)');
	await page.getByRole('radio', { name: t('theme.system') }).check();
	await page.reload();
	await firstBackground().toBe('rgb(255, 255, 255)');
	await context.close();
});

test(
	'printing the overview gives a one-page checklist with every address, ticked where done, without navigation',
	{ tag: '@variant' },
	async ({ browser }, info) => {
		const context = await browser.newContext({ baseURL: String(info.project.use.baseURL) });
		const steps = stepsOf(SOURCE_EDITION);
		const at = '2026-11-20T10:00:00.000Z';
		await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
			`ml-roadmap:progress:${E2E_BASE}`,
			JSON.stringify({ version: 2, items: { [steps[0]?.id as string]: { read: { done: true, at } } } }),
		] as const);
		const page = await context.newPage();
		await page.goto(`${SOURCE_EDITION}/`);
		await page.emulateMedia({ media: 'print' });
		const text = await page.locator('body').innerText();
		for (const step of steps) for (const role of KINDS) expect(text).toContain(step[role].url);
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.locator('.step-list')).toBeHidden();
		await expect(page.locator('button:visible, input:visible, nav:visible')).toHaveCount(0);
		const boxes = page.locator('.print-checklist .box > :visible');
		await expect(boxes).toHaveCount(markCount());
		await expect(boxes.filter({ hasText: '☑' })).toHaveCount(1);
		const pdf = await page.pdf({ format: 'A4', printBackground: false });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
		expect(pages).toBe(1);
		await context.close();
	},
);
