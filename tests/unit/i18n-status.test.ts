/**
 * `npm run i18n:status` tells the truth: it is run in a copy of the project
 * whose content is changed the way translators and writers change it.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTempProject, type TempProject } from '../../scripts/temp-project.ts';
import { writeFrontmatter } from '../../src/build/content-files.ts';
import { contentHash } from '../../src/build/translation.ts';
import { changeNotice } from '../../src/build/translation-notice.ts';
import { fileStatusOf, recordPath, translationReport } from '../../src/build/translation-report.ts';
import { readEditions } from '../../src/build/content-reader.ts';
import { editionOf, SOURCE_EDITION, stepsOf, translations, translatorOf } from '../support/content.ts';

/** A translation shipped with the content, and the length of the path. */
const [en = ''] = translations();
const count = stepsOf(SOURCE_EDITION).length;

let project: TempProject;
const status = async () => {
	const { code, output } = await project.node(['scripts/i18n.ts', 'status']);
	expect(code).toBe(0);
	return output;
};
const row = (output: string, edition: string) =>
	output.split('\n').find((line) => line.startsWith(`${edition} `)) ?? '';

beforeAll(async () => {
	project = await createTempProject();
});

afterAll(async () => {
	await project.remove();
});

test('the shipped translation is complete and up to date', async () => {
	const output = await status();
	expect(row(output, SOURCE_EDITION)).toContain('source');
	expect(row(output, en)).toMatch(new RegExp(`^${en}\\s+up to date\\s+${count} up to date\\s+\\d+/\\d+ up to date$`));
});

test('--check <lang> looks at that edition only: another edition still to translate fails the whole check, not it', async () => {
	const copy = project.file('content/de');
	cpSync(project.file(`content/${SOURCE_EDITION}`), copy, { recursive: true });
	writeFrontmatter(project.file('content/de/edition.mdx'), { lang: 'de' });
	try {
		expect((await project.node(['scripts/i18n.ts', 'mark', 'de'])).code).toBe(0);
		const whole = await project.node(['scripts/i18n.ts', 'status', '--check']);
		expect(whole.code).not.toBe(0);
		expect(whole.output).toContain('i18n:status --check: de has work left');
		const scoped = await project.node(['scripts/i18n.ts', 'status', '--check', en]);
		expect(scoped.code, scoped.output).toBe(0);
		expect(row(scoped.output, 'de')).toContain('to translate');
		expect((await project.node(['scripts/i18n.ts', 'status', '--check', 'de'])).code).not.toBe(0);
		const unknown = await project.node(['scripts/i18n.ts', 'status', '--check', 'zz']);
		expect(unknown.code).toBe(2);
		expect(unknown.output).toContain('no edition zz');
		// Beside an edition with work left, the misspelt one still decides the exit code.
		expect((await project.node(['scripts/i18n.ts', 'status', '--check', 'zz', 'de'])).code).toBe(2);
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
});

test('a change to a source step marks its translation "to review"; a removed translation is "missing"; so are removed UI strings', async () => {
	const [source, translation] = [SOURCE_EDITION, en].map((id) =>
		readEditions(project.file('content')).find((edition) => edition.id === id),
	);
	const changed = source?.steps[2];
	const removed = translation?.steps.at(-1);
	if (!changed || !removed) throw new Error('these tests need a path of at least three steps, translated');
	writeFileSync(changed.file, `${readFileSync(changed.file, 'utf8')}\nOne more sentence.\n`);
	rmSync(removed.file);
	const enUi = project.file(`content/${en}/ui.json`);
	const strings = JSON.parse(readFileSync(enUi, 'utf8'));
	delete strings['nav.next'];
	writeFileSync(enUi, JSON.stringify(strings));

	const output = await status();
	const line = row(output, en);
	// The step the edition lacks is listed to translate, with every block of its source.
	const sourceOfRemoved = readEditions(project.file('content'))
		.find((edition) => edition.id === SOURCE_EDITION)
		?.steps.find((step) => step.id === removed.id);
	expect(output).toContain(
		`${en}  step ${removed.id}, shown from content/${SOURCE_EDITION}/steps/${basename(sourceOfRemoved?.file ?? '')}  to translate`,
	);
	expect(output).toContain(`  title added\n    source       ${String(sourceOfRemoved?.data.title)}`);
	expect(line).toContain(`${count - 2} up to date`);
	expect(line).toContain(`1 to review (${changed.id})`);
	expect(line).toContain(`1 missing (${removed.id})`);
	expect(line).toMatch(/; missing: nav\.next$/);
});

test('--check fails and names each stale block: the file, the block or key, and the word diff of its source', async () => {
	const sourceUi = project.file(`content/${SOURCE_EDITION}/ui.json`);
	const strings = JSON.parse(readFileSync(sourceUi, 'utf8'));
	strings['step.read'] += ' (changed)';
	writeFileSync(sourceUi, JSON.stringify(strings));
	const changed = readEditions(project.file('content')).find((edition) => edition.id === en)?.steps[2];
	const { code, output } = await project.node(['scripts/i18n.ts', 'status', '--check']);
	expect(code).not.toBe(0);
	expect(output).toContain(`content/${en}/ui.json  to review`);
	expect(output).toContain('step.read changed');
	expect(output).toContain('{+ (changed)+}');
	expect(output).toContain(`content/${en}/steps/${basename(changed?.file ?? '')}  to review`);
	expect(output).toMatch(/¶ \d+ added\n\s+source\s+One more sentence\./);
});

test('marking refuses a file where a source block changed and its translation did not, naming the block; --force marks it', async () => {
	expect(row(await status(), en)).toMatch(/\/\d+ to review/);
	const refused = await project.node(['scripts/i18n.ts', 'mark', en]);
	expect(refused.code).not.toBe(0);
	expect(refused.output).toContain(
		`content/${en}/ui.json: not marked: 1 source block changed and the translation did not`,
	);
	expect(refused.output).toMatch(/step\.read changed\n\s+source .*\n\s+translation /);
	// The step whose source only gained a paragraph is marked: nothing of its translation was left behind.
	expect(row(await status(), en)).toMatch(new RegExp(`^${en}\\s+up to date\\s+${count - 1} up to date, 1 missing \\(`));

	const forced = await project.node(['scripts/i18n.ts', 'mark', '--force', en]);
	expect(forced.code).toBe(0);
	const line = row(await status(), en);
	expect(line).toMatch(new RegExp(`^${en}\\s+up to date\\s+${count - 1} up to date, 1 missing \\(`));
	expect(line).toMatch(/up to date; missing: nav\.next$/);
});

test('marking a file of the source edition is refused', async () => {
	const file =
		readEditions(project.file('content')).find((edition) => edition.id === SOURCE_EDITION)?.steps[0]?.file ?? '';
	const { code, output } = await project.node(['scripts/i18n.ts', 'mark', file]);
	expect(code).not.toBe(0);
	expect(output).toContain('only translations are marked');
});

test('an edition copied from the source, with only its language changed and marked, is "to translate", not up to date', async () => {
	const copy = project.file('content/de');
	cpSync(project.file(`content/${SOURCE_EDITION}`), copy, { recursive: true });
	const edition = project.file('content/de/edition.mdx');
	writeFileSync(edition, readFileSync(edition, 'utf8').replace(/^lang: .*$/m, 'lang: de'));
	expect((await project.node(['scripts/i18n.ts', 'mark', 'de'])).code).toBe(0);
	const de = row(await status(), 'de');
	expect(de).toMatch(new RegExp(`^de\\s+to translate\\s+${count} to translate \\(`));
	expect(de).toMatch(/\/\d+ to translate$/);
});

test('a file marked before blocks were recorded is "to mark", never stale; its page says it may be out of date once its source changes', async () => {
	const content = project.file('content');
	const [source, translation] = [SOURCE_EDITION, en].map((id) =>
		readEditions(content).find((edition) => edition.id === id),
	);
	const [sourceStep, step] = [source?.steps[0], translation?.steps[0]];
	if (!sourceStep || !step || !translation) throw new Error('these tests need a translated first step');
	// The format before: the whole source's hash in the file, no record.
	writeFrontmatter(step.file, { sourceHash: contentHash(sourceStep.text) });
	rmSync(recordPath(translation.folder, { kind: 'step', id: step.id }));
	const t = translatorOf(en);
	const file = () =>
		fileStatusOf(
			translationReport(readEditions(content), SOURCE_EDITION).find((edition) => edition.id === en),
			{ kind: 'step', id: step.id },
		);
	expect(row(await status(), en)).toContain(`1 to mark (${step.id})`);
	expect(file()).toMatchObject({ state: 'unmarked', changes: [], sourceChanged: false });
	expect(changeNotice(file(), t, editionOf(en).lang, editionOf(SOURCE_EDITION).lang)).toBeUndefined();

	writeFileSync(sourceStep.file, `${readFileSync(sourceStep.file, 'utf8')}\nOne more sentence.\n`);
	expect(file()).toMatchObject({ state: 'unmarked', changes: [], sourceChanged: true });
	expect(changeNotice(file(), t, editionOf(en).lang, editionOf(SOURCE_EDITION).lang)).toBe(t('translation.outdated'));
	expect(await status()).toContain(
		`marked before blocks were recorded, and its source changed since: review it, then npm run i18n:mark -- content/${en}/steps/${basename(step.file)}`,
	);
});
