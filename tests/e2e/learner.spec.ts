/**
 * What a learner acts on: resource cards they can trust, a first command they
 * can copy, a theme that sticks without a flash, and a printable checklist.
 */
import { expect, test } from '@playwright/test';
import { editionOf, editions, stepsOf, uiOf } from '../support/content.ts';
import { E2E_BASE } from '../support/e2e-site.ts';

const fill = (template: string | undefined, values: Record<string, string | number>) =>
	(template ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

for (const edition of editions()) {
	const ui = uiOf(edition);
	const { lang, original } = editionOf(edition);
	test(`${edition}: all 14 resource cards show kind, domain, language, time and an archived copy`, async ({ page }) => {
		for (const step of stepsOf(edition)) {
			await page.goto(`${edition}/${step.id}/`);
			for (const role of ['read', 'do'] as const) {
				const resource = step[role];
				const card = page.getByRole('region', { name: ui[`step.${role}`] });
				const details = card.locator('.resource-details');
				await expect(details).toContainText(ui[`resource.kind.${resource.kind}`] ?? '');
				await expect(details).toContainText(new URL(resource.url).hostname.replace(/^www\./, ''));
				const language = new Intl.DisplayNames([lang], { type: 'language' }).of(resource.lang) ?? '';
				if (resource.lang === lang) await expect(details).not.toContainText(language);
				else await expect(details).toContainText(fill(ui['resource.language'], { language }));
				if (resource.minutes) await expect(details).toContainText(fill(ui['resource.minutes'], { minutes: resource.minutes }));
				const archive = card.getByRole('link', { name: fill(ui['resource.archiveOf'], { title: resource.title }) });
				const day = new Date(original.date).toISOString().slice(0, 10).replaceAll('-', '');
				await expect(archive).toHaveAttribute('href', resource.archive ?? `https://web.archive.org/web/${day}/${resource.url}`);
				await expect(archive).toHaveText(ui['resource.archive'] ?? '');
				// The author's link stays first and unchanged; a replacement is an addition, labelled.
				await expect(card.locator('.resource-title a')).toHaveAttribute('href', resource.url);
				if (resource.replacement) {
					await expect(card.locator('.resource-replacement')).toContainText(ui['resource.replacement'] ?? '');
					await expect(card.getByRole('link', { name: resource.replacement.title })).toHaveAttribute('href', resource.replacement.url);
				}
				// Same tab: no link of the card opens a new one.
				await expect(card.locator('a[target]')).toHaveCount(0);
			}
		}
	});
}

test('the copy button puts the exact snippet on the clipboard and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	for (const step of stepsOf('fr').filter((candidate) => candidate.starter).slice(0, 3)) {
		await page.goto(`fr/${step.id}/`);
		const section = page.getByRole('region', { name: 'Une première commande' });
		await expect(section).toContainText("Ajout à l'article d'origine");
		await expect(section).toContainText(step.starter?.lang === 'python' ? 'Python' : 'Shell');
		await section.getByRole('button', { name: 'Copier le code' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-live]')).toHaveText('Code copié.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(step.starter?.code.trimEnd());
	}
});

test('without JavaScript the code is there to select, and no copy button is shown', async ({ browser }, info) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: String(info.project.use.baseURL) });
	const page = await context.newPage();
	const step = stepsOf('fr')[0];
	await page.goto(`fr/${step?.id}/`);
	await expect(page.locator('.starter code')).toHaveText(String(step?.starter?.code.trimEnd()));
	await expect(page.getByRole('button', { name: 'Copier le code' })).toBeHidden();
	await context.close();
});

test('the snippet is highlighted without inline styles, in colours that follow the theme', async ({ page }) => {
	await page.goto(`fr/${stepsOf('fr')[0]?.id}/`);
	await expect(page.locator('.starter [style]')).toHaveCount(0);
	const keyword = page.locator('.starter code span', { hasText: 'import' }).first();
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
			(window as unknown as { firstBackground: string }).firstBackground = getComputedStyle(document.body).backgroundColor;
		};
		requestAnimationFrame(record);
	});
	const page = await context.newPage();
	const firstBackground = () => page.evaluate(() => (window as unknown as { firstBackground: string }).firstBackground);
	await page.goto('fr/');
	expect(await firstBackground()).toBe('rgb(255, 255, 255)');
	await page.getByRole('radio', { name: 'Sombre' }).check();
	await page.reload();
	expect(await firstBackground()).toBe('rgb(13, 17, 23)');
	await expect(page.getByRole('radio', { name: 'Sombre' })).toBeChecked();
	await page.goto(`fr/${stepsOf('fr')[2]?.id}/`);
	expect(await firstBackground()).toBe('rgb(13, 17, 23)');
	await page.getByRole('radio', { name: 'Système' }).check();
	await page.reload();
	expect(await firstBackground()).toBe('rgb(255, 255, 255)');
	await context.close();
});

test('printing the overview gives a one-page checklist with all 14 addresses, ticked where done, without navigation', async ({ browser }, info) => {
	const context = await browser.newContext({ baseURL: String(info.project.use.baseURL) });
	const steps = stepsOf('fr');
	const at = '2026-11-20T10:00:00.000Z';
	await context.addInitScript(
		([key, value]) => localStorage.setItem(key, value),
		[`ml-roadmap:progress:${E2E_BASE}`, JSON.stringify({ version: 2, items: { [steps[0]?.id as string]: { read: { done: true, at } } } })] as const,
	);
	const page = await context.newPage();
	await page.goto('fr/');
	await page.emulateMedia({ media: 'print' });
	const text = await page.locator('body').innerText();
	for (const step of steps) for (const role of ['read', 'do'] as const) expect(text).toContain(step[role].url);
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.step-list')).toBeHidden();
	await expect(page.locator('button:visible, input:visible, nav:visible')).toHaveCount(0);
	const boxes = page.locator('.print-checklist .box > :visible');
	await expect(boxes).toHaveCount(14);
	await expect(boxes.filter({ hasText: '☑' })).toHaveCount(1);
	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
	expect(pages).toBe(1);
	await context.close();
});
