/**
 * What the content says, read with the site's own reader, schemas and
 * translator: the tests compare the pages against it and restate nothing, so
 * they pass on a fork with other editions, other steps, another roadmap.
 * CONTENT_DIR points them at another content folder, as it does the build.
 */
import { join } from 'node:path';
import { readFrontmatter, readJson } from '../../src/build/content-files.ts';
import { readEditions, shownStepFiles, stepFile } from '../../src/build/content-reader.ts';
import { contentDir, SOURCE_EDITION } from '../../src/build/editions.ts';
import { typesetStep } from '../../src/shared/french-typography.ts';
import { createTranslator, type Translate } from '../../src/shared/i18n.ts';
import { KINDS } from '../../src/shared/progress/record.ts';
import { type Edition, editionSchema } from '../../src/shared/schemas/edition.ts';
import { type Step, stepSchema } from '../../src/shared/schemas/step.ts';
import type { UiStrings } from '../../src/shared/schemas/ui.ts';

export { SOURCE_EDITION };

/** A step as an edition shows it: its own translation, or the source's. */
export type ShownStep = Step & { fallback: boolean };

/** The edition folders in the site's menu order (the source first), as the site's reader lists them. */
export function editions(): string[] {
	return readEditions(contentDir).map((edition) => edition.id);
}

/** The editions other than the source. */
export const translations = () => editions().filter((edition) => edition !== SOURCE_EDITION);

/** The file of step `id` in an edition (a path under CONTENT_DIR), found by its frontmatter's id. */
export const stepFileOf = (edition: string, id: string): string => stepFile(contentDir, edition, id);

/** The steps an edition shows, in order: the source's path, each in the edition's words when translated. */
export function stepsOf(edition: string): ShownStep[] {
	return shownStepFiles(readEditions(contentDir), edition).map(({ step, fallback }) => ({
		...stepSchema.parse(step.data),
		fallback: fallback && edition !== SOURCE_EDITION,
	}));
}

/**
 * A step's prose as the pages show it: typeset for the language it is written in (a fallback's, the
 * source's), as the build does (src/build/roadmap.ts). `stepsOf` keeps it as written: a title with a
 * colon reads "Et ensuite\u00a0: ..." on the page and in the files the site makes.
 */
export const shownStep = (edition: string, step: ShownStep): ShownStep =>
	typesetStep(step, editionOf(step.fallback ? SOURCE_EDITION : edition).lang);

/** An edition's metadata, defaults applied (its `dir` from its language). */
export function editionOf(edition: string): Edition {
	return editionSchema.parse(readFrontmatter(join(contentDir, edition, 'edition.mdx')));
}

/** The UI strings an edition's ui.json defines (a translation may leave some out). */
export function uiOf(edition: string): Partial<UiStrings> {
	return readJson(join(contentDir, edition, 'ui.json')) as Partial<UiStrings>;
}

/** The translator the pages of an edition use: its strings, falling back to the source's. */
export function translatorOf(edition: string): Translate {
	return createTranslator(
		uiOf(edition),
		uiOf(SOURCE_EDITION) as UiStrings,
		editionOf(edition).lang,
		editionOf(SOURCE_EDITION).lang,
	);
}

/** The number of boxes a learner can tick on the whole path: one per kind (read, do) per step. */
export const markCount = () => stepsOf(SOURCE_EDITION).length * KINDS.length;
