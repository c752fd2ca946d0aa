/**
 * The path reads like the article, plus labelled additions that work: cards
 * where the article puts them, the first command's install line taken from
 * `requires:`, and French pages set with French spacing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { installCommand, systemNeeds } from '../../src/lib/starters.ts';
import { createTranslator } from '../../src/lib/i18n.ts';
import type { UiStrings } from '../../src/schemas/ui.ts';
import { editionOf, editions, stepsOf, uiOf } from '../support/content.ts';

const content = new URL('../../content/', import.meta.url);
const bodyOf = (edition: string, id: string) => {
	const folder = new URL(`${edition}/steps/`, content);
	const file = readdirSync(folder).find((name) => readFileSync(new URL(name, folder), 'utf8').includes(`\nid: ${id}\n`));
	return readFileSync(new URL(String(file), folder), 'utf8').split(/^---$/m).slice(2).join('---');
};

for (const edition of editions()) {
	const { lang } = editionOf(edition);
	const t = createTranslator(uiOf(edition) as Partial<UiStrings>, uiOf('fr') as UiStrings, lang, editionOf('fr').lang);

	test(`${edition}: each first command shows, above the code, the install command and system needs its requires: lists`, async ({ page }) => {
		for (const step of stepsOf(edition).filter((candidate) => candidate.starter)) {
			await page.goto(`${edition}/${step.id}/`);
			const section = page.getByRole('region', { name: t('starter.heading') });
			const install = installCommand(step.starter?.requires ?? []);
			if (install) {
				await expect(section.getByText(t('starter.requires.install'))).toBeVisible();
				await expect(section.locator('kbd', { hasText: 'pip install' })).toHaveText(install);
				// Above the code: the install line comes first in the section.
				expect(await section.locator('kbd, code').first().textContent()).toBe(install);
			}
			for (const need of systemNeeds(step.starter?.requires ?? [])) {
				await expect(section.getByText(t('starter.requires.system', { need: need.system }))).toBeVisible();
				if (need.apt) await expect(section.locator('kbd', { hasText: 'apt' })).toHaveText(`sudo apt install ${need.apt}`);
			}
		}
	});

	test(`${edition}: a card the text places with <ReadCard /> sits where the article puts it, with the following text after it`, async ({ page }) => {
		const placed = stepsOf(edition).filter((step) => bodyOf(edition, step.id).includes('<ReadCard />'));
		expect(placed.length, 'the article places the reading before some of its text in at least one step').toBeGreaterThan(0);
		for (const step of placed) {
			const after = bodyOf(edition, step.id).split('<ReadCard />')[1]?.trim().split('\n')[0] ?? '';
			// The first words of the paragraph that follows the tag, Markdown links reduced to their text (the page curls apostrophes).
			const words = after.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').split(' ').slice(0, 4).join(' ');
			await page.goto(`${edition}/${step.id}/`);
			const order = await page.evaluate((start) => {
				const paragraph = [...document.querySelectorAll('article > p')].find((p) => p.textContent?.replace(/\s+/g, ' ').replace(/’/g, "'").startsWith(start));
				const read = document.querySelector('[data-resource="read"]');
				const done = document.querySelector('[data-resource="do"]');
				if (!paragraph || !read || !done) return 'missing';
				const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
				return follows(read, paragraph) && follows(paragraph, done) ? 'between the cards' : 'elsewhere';
			}, words);
			expect(order, `${step.id}: "${words}…"`).toBe('between the cards');
		}
	});
}

test('French pages put no-break spaces before : ? and inside « », English pages do not, and code is left as written', async ({ page }) => {
	const step = stepsOf('fr').find((candidate) => / \?/.test(candidate.read.title));
	expect(step, 'a French card title with a question mark').toBeDefined();
	await page.goto(`fr/${step?.id}/`);
	const title = await page.locator('[data-resource="read"] .resource-title a').textContent();
	expect(title).toContain('\u202F?');
	expect(await page.title()).toMatch(/\u00A0:/);
	for (const path of ['fr/', ...stepsOf('fr').map((candidate) => `fr/${candidate.id}/`)]) {
		await page.goto(path);
		const spaces = await page.locator('body').evaluate((body) => {
			const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
			const found: string[] = [];
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (node.parentElement?.closest('code, pre, kbd, script, [lang]:not([lang^="fr"])')) continue;
				found.push(...(node.textContent?.match(/\S {1,}[:;!?»]|« /g) ?? []));
			}
			return found;
		});
		expect(spaces, `${path}: ordinary spaces where French wants no-break ones`).toEqual([]);
	}

	const coded = stepsOf('fr').find((candidate) => candidate.starter?.code.includes(' : '));
	expect(coded, 'a French starter with " : " in its code').toBeDefined();
	await page.goto(`fr/${coded?.id}/`);
	expect(await page.locator('.starter code').textContent()).toBe(coded?.starter?.code.trimEnd());

	await page.goto(`en/${step?.id}/`);
	expect(await page.locator('article').textContent()).not.toMatch(/[\u202F\u00A0]/);
});
