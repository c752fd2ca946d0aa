/**
 * The path reads like the article, plus labelled additions that work: cards
 * where the article puts them, the first command's install line taken from
 * `requires:`, and French pages set with French spacing.
 */
import { expect, test } from '@playwright/test';
import { installCommand, systemNeeds } from '../../src/build/starters.ts';
import { parseFrontmatter, readText } from '../../src/build/content-files.ts';
import { typeset } from '../../src/shared/french-typography.ts';
import { createTranslator } from '../../src/shared/i18n.ts';
import type { UiStrings } from '../../src/shared/schemas/ui.ts';
import { editionOf, editions, type ShownStep, SOURCE_EDITION, stepFileOf, stepsOf, uiOf } from '../support/content.ts';

/**
 * A step's text as an edition shows it (the MDX after its frontmatter), read
 * with the site's own reader: the edition's file, or the source's for a step
 * the edition lacks, which the site shows from the source.
 */
const bodyOf = (edition: string, step: ShownStep) => {
	const file = stepFileOf(step.fallback ? SOURCE_EDITION : edition, step.id);
	return parseFrontmatter(readText(file), file).body;
};
/** Editions in French get French spacing; the others must not. */
const isFrench = (edition: string) => editionOf(edition).lang.split('-')[0] === 'fr';

for (const edition of editions()) {
	const { lang } = editionOf(edition);
	const t = createTranslator(uiOf(edition), uiOf(SOURCE_EDITION) as UiStrings, lang, editionOf(SOURCE_EDITION).lang);

	test(`${edition}: each first command shows, above the code, the install command and system needs its requires: lists`, async ({
		page,
	}) => {
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
				if (need.apt)
					await expect(section.locator('kbd', { hasText: 'apt' })).toHaveText(`sudo apt install ${need.apt}`);
			}
		}
	});

	test(`${edition}: a card the text places with <ReadCard /> sits where the article puts it, with the following text after it`, async ({
		page,
	}) => {
		// Content that places no card has nothing to check here; the source article places some.
		const placed = stepsOf(edition).filter((step) => bodyOf(edition, step).includes('<ReadCard />'));
		for (const step of placed) {
			const after = bodyOf(edition, step).split('<ReadCard />')[1]?.trim().split('\n')[0] ?? '';
			// The first words of the paragraph that follows the tag, Markdown links reduced to their text (the page curls apostrophes).
			const words = after
				.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
				.split(' ')
				.slice(0, 4)
				.join(' ');
			await page.goto(`${edition}/${step.id}/`);
			const order = await page.evaluate((start) => {
				const paragraph = [...document.querySelectorAll('article > p')].find((p) =>
					p.textContent?.replace(/\s+/g, ' ').replace(/’/g, "'").startsWith(start),
				);
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

for (const edition of editions().filter(isFrench)) {
	test(`${edition}: French pages put no-break spaces before : ? and inside « », and code is left as written`, async ({
		page,
	}) => {
		const steps = stepsOf(edition);
		// A card title with a question mark, when the content has one: set with a narrow no-break space.
		const asking = steps.find((candidate) => / \?/.test(candidate.read.title));
		if (asking) {
			await page.goto(`${edition}/${asking.id}/`);
			expect(await page.locator('[data-resource="read"] .resource-title a').textContent()).toContain('\u202F?');
		}
		for (const path of [`${edition}/`, ...steps.map((candidate) => `${edition}/${candidate.id}/`)]) {
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
			expect(await page.title(), `${path}: the title`).not.toMatch(/\S [:;!?»]|« /);
		}
		// Code is left as written, even where French would space it.
		for (const coded of steps.filter((candidate) => candidate.starter?.code.includes(' : '))) {
			await page.goto(`${edition}/${coded.id}/`);
			expect(await page.locator('.starter code').textContent()).toBe(coded.starter?.code.trimEnd());
		}
	});
}

for (const edition of editions().filter((candidate) => !isFrench(candidate))) {
	test(`${edition}: pages in another language get no French spacing`, async ({ page }) => {
		// A step the edition lacks is shown from the source, in the source's language and typography: its page
		// says so with its article's lang, and its title, summary and resources, wherever the edition lists them, are the source's.
		const fallbacks = stepsOf(edition).filter((candidate) => candidate.fallback);
		const sourceLang = editionOf(SOURCE_EDITION).lang;
		const fromSource = fallbacks
			.flatMap((step) => [step.title, step.summary, step.read.title, step.read.note, step.do.title, step.do.note])
			.flatMap((text) => (text ? [typeset(text, sourceLang)] : []));
		for (const step of fallbacks) {
			await page.goto(`${edition}/${step.id}/`);
			await expect(page.locator('article').first()).toHaveAttribute('lang', sourceLang);
		}
		for (const path of [
			`${edition}/`,
			...stepsOf(edition)
				.filter((candidate) => !candidate.fallback)
				.map((candidate) => `${edition}/${candidate.id}/`),
		]) {
			await page.goto(path);
			const text = fromSource.reduce(
				(rest, shown) => rest.split(shown).join(''),
				(await page.locator('article').first().textContent()) ?? '',
			);
			expect(text, path).not.toMatch(/\u202F/);
		}
	});
}
