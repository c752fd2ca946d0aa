/**
 * What the content says, read with the site's own reader, schemas and
 * translator: the tests compare the pages against it and restate nothing, so
 * they pass on a fork with other editions, other steps, another roadmap.
 * CONTENT_DIR points them at another content folder, as it does the build.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter, readJson } from '../../src/build/content-files.ts';
import { contentDir, SOURCE_EDITION } from '../../src/build/editions.ts';
import { createTranslator, type Translate } from '../../src/shared/i18n.ts';
import { KINDS } from '../../src/shared/progress/record.ts';
import { resolveSteps } from '../../src/build/step-order.ts';
import { type Edition, editionSchema } from '../../src/shared/schemas/edition.ts';
import { type Step, stepSchema } from '../../src/shared/schemas/step.ts';
import type { UiStrings } from '../../src/shared/schemas/ui.ts';

export { SOURCE_EDITION };

/** A step as an edition shows it: its own translation, or the source's. */
export type ShownStep = Step & { fallback: boolean };

/** The edition folders, the source first, then by name: the site's menu order. */
export function editions(): string[] {
	return readdirSync(contentDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && readdirSync(join(contentDir, entry.name)).includes('edition.mdx'))
		.map((entry) => entry.name)
		.sort((a, b) => Number(b === SOURCE_EDITION) - Number(a === SOURCE_EDITION) || a.localeCompare(b));
}

/** The editions other than the source. */
export const translations = () => editions().filter((edition) => edition !== SOURCE_EDITION);

function ownSteps(edition: string): Step[] {
	const folder = join(contentDir, edition, 'steps');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => stepSchema.parse(readFrontmatter(join(folder, name))));
}

/** The steps an edition shows, in order: the source's path, each in the edition's words when translated. */
export function stepsOf(edition: string): ShownStep[] {
	return resolveSteps(ownSteps(SOURCE_EDITION), edition === SOURCE_EDITION ? [] : ownSteps(edition)).map(
		({ step, fallback }) => ({
			...step,
			fallback: fallback && edition !== SOURCE_EDITION,
		}),
	);
}

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
