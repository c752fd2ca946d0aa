/**
 * `npm run i18n:status` tells the truth: it is run in a copy of the project
 * whose content is changed the way translators and writers change it.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTempProject, type TempProject } from '../../scripts/temp-project.ts';
import { readEditions } from '../../src/lib/translation-report.ts';
import { SOURCE_EDITION, stepsOf, translations } from '../support/content.ts';

/** A translation shipped with the content, and the length of the path. */
const [en = ''] = translations();
const count = stepsOf(SOURCE_EDITION).length;

let project: TempProject;
const status = async () => {
	const { code, output } = await project.node(['scripts/i18n.ts', 'status']);
	expect(code).toBe(0);
	return output;
};
const row = (output: string, edition: string) => output.split('\n').find((line) => line.startsWith(`${edition} `)) ?? '';

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

test('a change to a source step marks its translation "to review"; a removed translation is "missing"; so are removed UI strings', async () => {
	const [source, translation] = [SOURCE_EDITION, en].map((id) => readEditions(project.file('content')).find((edition) => edition.id === id));
	const changed = source?.steps[2];
	const removed = translation?.steps.at(-1);
	if (!changed || !removed) throw new Error('these tests need a path of at least three steps, translated');
	writeFileSync(changed.file, `${readFileSync(changed.file, 'utf8')}\nOne more sentence.\n`);
	rmSync(removed.file);
	const enUi = project.file(`content/${en}/ui.json`);
	const strings = JSON.parse(readFileSync(enUi, 'utf8'));
	delete strings['nav.next'];
	writeFileSync(enUi, JSON.stringify(strings));

	const line = row(await status(), en);
	expect(line).toContain(`${count - 2} up to date`);
	expect(line).toContain(`1 to review (${changed.id})`);
	expect(line).toContain(`1 missing (${removed.id})`);
	expect(line).toMatch(/; missing: nav\.next$/);
});

test('changing a source UI string a translation uses marks the UI strings "to review"; marking records the new source', async () => {
	const sourceUi = project.file(`content/${SOURCE_EDITION}/ui.json`);
	const strings = JSON.parse(readFileSync(sourceUi, 'utf8'));
	strings['step.read'] += ' (changed)';
	writeFileSync(sourceUi, JSON.stringify(strings));
	expect(row(await status(), en)).toMatch(/\/\d+ to review/);

	const marked = await project.node(['scripts/i18n.ts', 'mark', en]);
	expect(marked.code).toBe(0);
	const line = row(await status(), en);
	expect(line).toMatch(new RegExp(`^${en}\\s+up to date\\s+${count - 1} up to date, 1 missing \\(`));
	expect(line).toMatch(/up to date; missing: nav\.next$/);
});

test('marking a file of the source edition is refused', async () => {
	const file = readEditions(project.file('content')).find((edition) => edition.id === SOURCE_EDITION)?.steps[0]?.file ?? '';
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
