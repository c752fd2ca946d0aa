/**
 * `npm run i18n:status` tells the truth: it is run in a copy of the project
 * whose content is changed the way translators and writers change it.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTempProject, type TempProject } from '../../scripts/temp-project.ts';
import { SOURCE_EDITION, stepsOf } from '../support/content.ts';

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

test('the shipped English edition is complete and up to date', async () => {
	const output = await status();
	expect(row(output, 'fr')).toContain('source');
	expect(row(output, 'en')).toMatch(new RegExp(`^en\\s+up to date\\s+${stepsOf(SOURCE_EDITION).length} up to date\\s+\\d+/\\d+ up to date$`));
});

test('a change to a French step marks its translation "to review"; a removed translation is "missing"; so are removed UI strings', async () => {
	const frStep = project.file('content/fr/steps/03-datasets.mdx');
	writeFileSync(frStep, readFileSync(frStep, 'utf8').replace('mini-projets', 'mini-projets concrets'));
	rmSync(project.file('content/en/steps/07-portfolio.mdx'));
	const enUi = project.file('content/en/ui.json');
	const strings = JSON.parse(readFileSync(enUi, 'utf8'));
	delete strings['nav.next'];
	writeFileSync(enUi, JSON.stringify(strings));

	const en = row(await status(), 'en');
	expect(en).toContain(`${stepsOf(SOURCE_EDITION).length - 2} up to date`);
	expect(en).toContain('1 to review (datasets)');
	expect(en).toContain('1 missing (portfolio)');
	expect(en).toMatch(/; missing: nav\.next$/);
});

test('changing a French UI string a translation uses marks the UI strings "to review"; marking records the new source', async () => {
	const frUi = project.file('content/fr/ui.json');
	const strings = JSON.parse(readFileSync(frUi, 'utf8'));
	strings['step.read'] = 'À lire absolument';
	writeFileSync(frUi, JSON.stringify(strings));
	expect(row(await status(), 'en')).toMatch(/\/\d+ to review/);

	const marked = await project.node(['scripts/i18n.ts', 'mark', 'en']);
	expect(marked.code).toBe(0);
	const en = row(await status(), 'en');
	expect(en).toMatch(new RegExp(`^en\\s+up to date\\s+${stepsOf(SOURCE_EDITION).length - 1} up to date, 1 missing \\(portfolio\\)`));
	expect(en).toMatch(/up to date; missing: nav\.next$/);
});

test('marking a file of the source edition is refused', async () => {
	const { code, output } = await project.node(['scripts/i18n.ts', 'mark', 'content/fr/steps/01-python.mdx']);
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
	expect(de).toMatch(new RegExp(`^de\\s+to translate\\s+${stepsOf(SOURCE_EDITION).length} to translate \\(`));
	expect(de).toMatch(/\/\d+ to translate$/);
});
