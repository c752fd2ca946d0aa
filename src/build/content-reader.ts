/**
 * The one reader of the content folder outside Astro's loader: which editions
 * there are, in menu order, and each one's files (overview, UI strings, steps
 * in path order), read through content-files.ts. astro.config.mjs, the
 * translation report, the scripts, the benchmarks and tests/support/content.ts
 * all list editions and find steps here. Whether the files are valid is the
 * build's job (src/content.config.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter, parseJson, readText } from './content-files.ts';
import { SOURCE_EDITION } from './editions.ts';
import { type ResolvedStep, resolveSteps } from './step-order.ts';

export interface SourceFile {
	file: string;
	text: string;
	sourceHash?: string | undefined;
}

export interface MarkdownFile extends SourceFile {
	/** The frontmatter's fields. */
	data: Record<string, unknown>;
	/** The text after the frontmatter. */
	body: string;
}

export interface StepFile extends MarkdownFile {
	id: string;
	order: number;
}

export interface UiFile extends SourceFile {
	strings: Record<string, string>;
}

export interface EditionFiles {
	id: string;
	/** The edition's folder: `content/en`. */
	folder: string;
	overview?: MarkdownFile;
	ui?: UiFile;
	steps: StepFile[];
}

const hashOf = (data: Record<string, unknown>) => (typeof data.sourceHash === 'string' ? data.sourceHash : undefined);

/** A Markdown/MDX file with its frontmatter; one that does not parse names itself. */
function readMarkdown(file: string): MarkdownFile {
	const text = readText(file);
	const { data, body } = parseFrontmatter(text, file);
	return { file, text, data, body, sourceHash: hashOf(data) };
}

/** Editions in menu order: the source first, then the others by folder name (a stable order). */
export function menuOrder<T extends { id: string }>(editions: T[], source = SOURCE_EDITION): T[] {
	return [...editions].sort((a, b) => Number(b.id === source) - Number(a.id === source) || a.id.localeCompare(b.id));
}

/** Every edition folder under `contentDir` (one with an edition.mdx), with its files. */
export function readEditions(contentDir: string, source = SOURCE_EDITION): EditionFiles[] {
	const editions = readdirSync(contentDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(contentDir, entry.name, 'edition.mdx')))
		.map(({ name }) => {
			const folder = join(contentDir, name);
			const overview = readMarkdown(join(folder, 'edition.mdx'));
			const uiPath = join(folder, 'ui.json');
			const ui = existsSync(uiPath) ? { file: uiPath, text: readText(uiPath) } : undefined;
			const strings = ui ? (parseJson(ui.text, ui.file) as Record<string, string>) : {};
			const stepsFolder = join(folder, 'steps');
			const steps = existsSync(stepsFolder)
				? readdirSync(stepsFolder)
						.filter((file) => file.endsWith('.mdx'))
						.map((file) => {
							const step = readMarkdown(join(stepsFolder, file));
							return { ...step, id: String(step.data.id), order: Number(step.data.order) };
						})
						.sort((a, b) => a.order - b.order)
				: [];
			return {
				id: name,
				folder,
				overview,
				ui: ui && { ...ui, strings, sourceHash: strings.sourceHash },
				steps,
			};
		});
	return menuOrder(editions, source);
}

/**
 * The steps edition `id` shows, in path order, as the site resolves them (step-order.ts): the source's
 * path, each step from the edition's own file when it has one, else from the source's (`fallback`).
 */
export function shownStepFiles(
	editions: readonly EditionFiles[],
	id: string,
	source = SOURCE_EDITION,
): ResolvedStep<StepFile>[] {
	const stepsOf = (edition: string) => editions.find((candidate) => candidate.id === edition)?.steps ?? [];
	return resolveSteps(stepsOf(source), id === source ? [] : stepsOf(id));
}

/** The file of step `id` in an edition's folder; an id no file has stops with the edition and the id. */
export function stepFile(contentDir: string, edition: string, id: string): string {
	const step = readEditions(contentDir)
		.find((candidate) => candidate.id === edition)
		?.steps.find((candidate) => candidate.id === id);
	if (!step) throw new Error(`${join(contentDir, edition, 'steps')}: no step has the id "${id}"`);
	return step.file;
}
