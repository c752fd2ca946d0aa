/**
 * Which parts of each edition are translated, missing or out of date, read
 * straight from the content folder: the build's translation status page and
 * `npm run i18n:status` print the same report. Only ids and hashes are read
 * here; whether the files are valid is the build's job.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { uiKeys } from '../schemas/ui.ts';
import { parseFrontmatter, parseJson, readText } from './content-files.ts';
import { contentHash, type TranslationState, translationState } from './translation.ts';

interface SourceFile {
	file: string;
	text: string;
	sourceHash?: string | undefined;
}

interface MarkdownFile extends SourceFile {
	/** The frontmatter's fields. */
	data: Record<string, unknown>;
	/** The text after the frontmatter. */
	body: string;
}

interface StepFile extends MarkdownFile {
	id: string;
	order: number;
}

interface UiFile extends SourceFile {
	strings: Record<string, string>;
}

export interface EditionFiles {
	id: string;
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

/** Fields that differ between editions even before a word is translated. */
const bookkeeping = new Set(['sourceHash', 'lang', 'dir']);

/** Whether a translated Markdown file still holds the source's words. */
function sameWords(source: MarkdownFile | undefined, translation: MarkdownFile | undefined): boolean {
	if (!source || !translation) return false;
	const words = ({ data, body }: MarkdownFile) => JSON.stringify([Object.entries(data).filter(([key]) => !bookkeeping.has(key)), body.trim()]);
	return words(source) === words(translation);
}

/** Every edition folder under `contentDir` (one with an edition.mdx), with its files. */
export function readEditions(contentDir: string): EditionFiles[] {
	return readdirSync(contentDir, { withFileTypes: true })
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
				overview,
				ui: ui && { ...ui, strings, sourceHash: strings.sourceHash },
				steps,
			};
		});
}

/**
 * What a translation of ui.json is compared with: the source's strings for
 * the keys the translation has. A new key in the source is reported missing,
 * not out of date; a changed source string makes the file out of date.
 */
export function uiSourceText(source: Record<string, string>, translated: Record<string, string>): string {
	return JSON.stringify(
		uiKeys.filter((key) => translated[key] !== undefined).map((key) => [key, source[key] ?? '']),
	);
}

export interface EditionStatus {
	id: string;
	source: boolean;
	overview: TranslationState;
	steps: { id: string; state: TranslationState }[];
	ui: { state: TranslationState; missing: string[]; translated: number; total: number };
}

/** The report for every edition, the source first. */
export function translationReport(editions: EditionFiles[], sourceEdition: string): EditionStatus[] {
	const source = editions.find((edition) => edition.id === sourceEdition);
	if (!source) throw new Error(`content/${sourceEdition}/edition.mdx is missing: the source edition "${sourceEdition}" must exist`);
	const sourceStrings = source.ui?.strings ?? {};
	return [source, ...editions.filter((edition) => edition !== source)].map((edition) => {
		const isSource = edition === source;
		const strings = edition.ui?.strings ?? {};
		const translatedKeys = uiKeys.filter((key) => strings[key] !== undefined);
		return {
			id: edition.id,
			source: isSource,
			overview: isSource ? 'translated' : translationState(source.overview?.text ?? '', edition.overview, sameWords(source.overview, edition.overview)),
			steps: source.steps.map((step) => {
				const translation = edition.steps.find((candidate) => candidate.id === step.id);
				return { id: step.id, state: isSource ? ('translated' as const) : translationState(step.text, translation, sameWords(step, translation)) };
			}),
			ui: {
				state: isSource
					? 'translated'
					: translationState(
							uiSourceText(sourceStrings, strings),
							edition.ui,
							translatedKeys.length > 0 && translatedKeys.every((key) => strings[key] === sourceStrings[key]),
						),
				missing: uiKeys.filter((key) => strings[key] === undefined),
				translated: translatedKeys.length,
				total: uiKeys.length,
			},
		};
	});
}

/** The hash a translated file should record, given the source edition's files. */
export function expectedHash(source: EditionFiles, file: { kind: 'overview' } | { kind: 'step'; id: string } | { kind: 'ui'; strings: Record<string, string> }): string | undefined {
	if (file.kind === 'overview') return source.overview && contentHash(source.overview.text);
	if (file.kind === 'ui') return contentHash(uiSourceText(source.ui?.strings ?? {}, file.strings));
	const step = source.steps.find((candidate) => candidate.id === file.id);
	return step && contentHash(step.text);
}

/**
 * What the sitemap needs to know of the editions: each folder's language tag,
 * and the step pages an edition only shows from the source (their canonical
 * URL is the source's, so they stay out of the sitemap).
 */
export function sitemapPlan(editions: EditionFiles[], sourceEdition: string): { locales: Record<string, string>; untranslated: string[] } {
	const source = editions.find((edition) => edition.id === sourceEdition);
	return {
		locales: Object.fromEntries(editions.map((edition) => [edition.id, String(edition.overview?.data.lang ?? edition.id)])),
		untranslated: editions.flatMap((edition) =>
			(source?.steps ?? []).filter((step) => !edition.steps.some((own) => own.id === step.id)).map((step) => `${edition.id}/${step.id}/`),
		),
	};
}
