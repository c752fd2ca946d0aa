/**
 * Which parts of each edition are translated, missing or out of date, read
 * straight from the content folder: the build's translation status page and
 * `npm run i18n:status` print the same report. Only ids and hashes are read
 * here; whether the files are valid is the build's job.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { uiKeys } from '../schemas/ui.ts';
import { contentHash, type TranslationState, translationState } from './translation.ts';

interface SourceFile {
	file: string;
	text: string;
	sourceHash?: string;
}

interface StepFile extends SourceFile {
	id: string;
	order: number;
}

interface UiFile extends SourceFile {
	strings: Record<string, string>;
}

export interface EditionFiles {
	id: string;
	overview?: SourceFile;
	ui?: UiFile;
	steps: StepFile[];
}

/** The frontmatter of a Markdown/MDX text, or an empty object. */
export function frontmatter(text: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	const data = match?.[1] ? parse(match[1]) : undefined;
	return typeof data === 'object' && data !== null ? data : {};
}

const hashOf = (data: Record<string, unknown>) => (typeof data.sourceHash === 'string' ? data.sourceHash : undefined);

/** Every edition folder under `contentDir` (one with an edition.mdx), with its files. */
export function readEditions(contentDir: string): EditionFiles[] {
	return readdirSync(contentDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(contentDir, entry.name, 'edition.mdx')))
		.map(({ name }) => {
			const folder = join(contentDir, name);
			const read = (file: string) => ({ file, text: readFileSync(file, 'utf8') });
			const overview = read(join(folder, 'edition.mdx'));
			const uiPath = join(folder, 'ui.json');
			const ui = existsSync(uiPath) ? read(uiPath) : undefined;
			const strings = ui ? (JSON.parse(ui.text) as Record<string, string>) : {};
			const stepsFolder = join(folder, 'steps');
			const steps = existsSync(stepsFolder)
				? readdirSync(stepsFolder)
						.filter((file) => file.endsWith('.mdx'))
						.map((file) => {
							const step = read(join(stepsFolder, file));
							const data = frontmatter(step.text);
							return { ...step, id: String(data.id), order: Number(data.order), sourceHash: hashOf(data) };
						})
						.sort((a, b) => a.order - b.order)
				: [];
			return {
				id: name,
				overview: { ...overview, sourceHash: hashOf(frontmatter(overview.text)) },
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
			overview: isSource ? 'translated' : translationState(source.overview?.text ?? '', edition.overview),
			steps: source.steps.map((step) => {
				const translation = edition.steps.find((candidate) => candidate.id === step.id);
				return { id: step.id, state: isSource ? ('translated' as const) : translationState(step.text, translation) };
			}),
			ui: {
				state: isSource ? 'translated' : edition.ui ? translationState(uiSourceText(sourceStrings, strings), edition.ui) : 'missing',
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
		locales: Object.fromEntries(editions.map((edition) => [edition.id, String(frontmatter(edition.overview?.text ?? '').lang ?? edition.id)])),
		untranslated: editions.flatMap((edition) =>
			(source?.steps ?? []).filter((step) => !edition.steps.some((own) => own.id === step.id)).map((step) => `${edition.id}/${step.id}/`),
		),
	};
}
