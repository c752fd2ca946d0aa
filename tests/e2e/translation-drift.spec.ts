/**
 * A translation knows which paragraphs fell behind. In a temporary copy of
 * the project, every translation is marked, then the source changes one
 * sentence of one step and one UI string: that step's translated page names
 * what changed and no other page does, the translations page shows the word
 * diff beside the translated block, `i18n:status --check` fails naming the
 * file, the block and the key; retranslated and marked, all is clear.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { violationsInSchemes } from '../support/axe.ts';
import { expect, test } from '@playwright/test';
import { createTempProject, type TempProject } from '../../scripts/temp-project.ts';
import { parseFrontmatter, readText } from '../../src/build/content-files.ts';
import { textBlocks } from '../../src/build/translation-blocks.ts';
import { readEditions } from '../../src/build/content-reader.ts';
import { SOURCE_EDITION, stepsOf, translations, translatorOf } from '../support/content.ts';

const [edition = ''] = translations();
const t = translatorOf(edition);
/** A UI string the translation has, shown on every step page. */
const key = 'step.read';

let project: TempProject;
let site: Awaited<ReturnType<TempProject['buildAndServe']>> | undefined;
/** The step changed, the paragraph's key and texts, and the words replaced. */
const changed = { id: '', file: '', sourceFile: '', block: '', before: '', after: '', removed: '', added: 'remplacé' };
/** What `i18n:status --check <edition>` exited with before the source changed: 0 here; in a fork, maybe not. */
let checkedBefore = 0;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(240_000);
	project = await createTempProject();
	const marked = await project.node(['scripts/i18n.ts', 'mark', ...translations()]);
	expect(marked.code, marked.output).toBe(0);
	checkedBefore = (await project.node(['scripts/i18n.ts', 'status', '--check', edition])).code;
	// The source step with the most paragraphs; in it, the first paragraph of several sentences.
	const editions = readEditions(project.file('content'));
	const source = editions.find((candidate) => candidate.id === SOURCE_EDITION);
	const step = [...(source?.steps ?? [])].sort((a, b) => textBlocks(b.body).length - textBlocks(a.body).length)[0];
	const paragraph = textBlocks(step?.body ?? '').find(
		(block) => /^\p{L}/u.test(block.text) && block.text.includes('. '),
	);
	const translated = editions
		.find((candidate) => candidate.id === edition)
		?.steps.find((candidate) => candidate.id === step?.id);
	if (!step || !paragraph || !translated)
		throw new Error('this test needs a translated step with a paragraph of two sentences or more');
	// One sentence changed: its last word replaced.
	const sentence = paragraph.text.split('. ')[0] ?? '';
	changed.removed = sentence.split(' ').at(-1) ?? '';
	const after = paragraph.text.replace(sentence, `${sentence.slice(0, -changed.removed.length)}${changed.added}`);
	Object.assign(changed, {
		id: step.id,
		file: translated.file,
		sourceFile: step.file,
		block: paragraph.key,
		before: paragraph.text,
		after,
	});
	writeFileSync(step.file, readFileSync(step.file, 'utf8').replace(paragraph.text, after));
	const ui = project.file(`content/${SOURCE_EDITION}/ui.json`);
	const strings = JSON.parse(readFileSync(ui, 'utf8'));
	strings[key] = `${strings[key]} ${changed.added}`;
	writeFileSync(ui, `${JSON.stringify(strings, null, '\t')}\n`);
	site = await project.buildAndServe('/drift/');
});

test.afterAll(async () => {
	site?.close();
	await project?.remove();
});

const url = (path: string) => new URL(path, site?.baseURL).href;

test('the translated step whose source changed keeps its text, with a notice naming one paragraph and a link to the source; no other page has one', async ({
	page,
}) => {
	await page.goto(url(`${edition}/${changed.id}/`));
	const notice = page.locator('.translation-notice');
	await expect(notice).toHaveCount(1);
	await expect(notice).toContainText(new RegExp(t('translation.part.paragraph'), 'i'));
	await expect(notice).not.toContainText(t('translation.part.summary'));
	await expect(notice.getByRole('link', { name: t('translation.original') })).toHaveAttribute(
		'href',
		`/drift/${SOURCE_EDITION}/${changed.id}/`,
	);
	await expect(page.locator('article')).toHaveAttribute('lang', new RegExp(`^${edition}`, 'i'));
	for (const path of [
		`${edition}/`,
		...stepsOf(edition)
			.filter((step) => step.id !== changed.id)
			.map((step) => `${edition}/${step.id}/`),
	]) {
		await page.goto(url(path));
		await expect(page.locator('.translation-notice[data-translation="outdated"]'), path).toHaveCount(0);
	}
});

test('the translations page shows the changed paragraph: old and new sentence as a word diff, beside the translated paragraph; and the changed UI string', async ({
	page,
}) => {
	await page.goto(url('translations/'));
	const file = page.locator(`[data-changes="${edition}"] .changed-file`, { hasText: basename(changed.file) });
	const block = file.locator(`[data-block="${changed.block}"][data-change="changed"]`);
	await expect(block.locator('del')).toHaveText(changed.removed);
	await expect(block.locator('ins')).toHaveText(changed.added);
	const [sourceText, translation] = await block.locator('.block-text').evaluateAll((paragraphs) =>
		paragraphs.map((paragraph) => ({
			before: [...paragraph.childNodes]
				.filter((node) => node.nodeName !== 'INS')
				.map((node) => node.textContent)
				.join(''),
			after: [...paragraph.childNodes]
				.filter((node) => node.nodeName !== 'DEL')
				.map((node) => node.textContent)
				.join(''),
		})),
	);
	expect(sourceText).toEqual({ before: changed.before, after: changed.after });
	const translatedBlock = textBlocks(parseFrontmatter(readText(changed.file), changed.file).body).find(
		(candidate) => candidate.key === changed.block,
	);
	expect(translation?.before).toBe(translatedBlock?.text);
	await expect(page.locator(`[data-changes="${edition}"] [data-block="${key}"] ins`)).toHaveText(` ${changed.added}`);
	// Readable by everyone, in both themes, with no script.
	expect(await violationsInSchemes(page, 'translations/')).toEqual([]);
	expect(await page.locator('script[src]').count()).toBe(0);
});

test('i18n:status --check fails naming the file, the block and the key; retranslated and marked, the edition is back where it was', async () => {
	const check = await project.node(['scripts/i18n.ts', 'status', '--check']);
	expect(check.code).not.toBe(0);
	expect(check.output).toContain(`content/${edition}/steps/${basename(changed.file)}  `);
	expect(check.output).toContain(`${changed.block} changed`);
	expect(check.output).toContain(`[-${changed.removed}-]{+${changed.added}+}`);
	expect(check.output).toContain(`${key} changed`);
	// Marking now would leave both behind: refused, naming them.
	const early = await project.node(['scripts/i18n.ts', 'mark', edition]);
	expect(early.code).not.toBe(0);
	expect(early.output).toContain(`${changed.block} changed`);
	expect(early.output).toContain(`${key} changed`);

	// The translator updates the paragraph and the string, then marks.
	const translatedBlock = textBlocks(parseFrontmatter(readText(changed.file), changed.file).body).find(
		(candidate) => candidate.key === changed.block,
	);
	writeFileSync(
		changed.file,
		readFileSync(changed.file, 'utf8').replace(translatedBlock?.text ?? '', `${translatedBlock?.text} (updated)`),
	);
	const ui = project.file(`content/${edition}/ui.json`);
	const strings = JSON.parse(readFileSync(ui, 'utf8'));
	strings[key] = `${strings[key]} (updated)`;
	writeFileSync(ui, `${JSON.stringify(strings, null, '\t')}\n`);
	const marked = await project.node(['scripts/i18n.ts', 'mark', edition]);
	expect(marked.code, marked.output).toBe(0);
	// Its own edition is back where it was before the source changed: clear here. In a fork, another
	// edition may still be to translate (hence the edition named), or this one may lack a step the
	// source gained; the two files retranslated are no longer listed either way.
	const clear = await project.node(['scripts/i18n.ts', 'status', '--check', edition]);
	expect(clear.code, clear.output).toBe(checkedBefore);
	expect(clear.output).not.toContain(`content/${edition}/steps/${basename(changed.file)}  `);
	expect(clear.output).not.toContain(`content/${edition}/ui.json  `);
});
