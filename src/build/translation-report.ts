/**
 * Which parts of each edition are translated, missing or out of date, down to
 * the block (translation-blocks.ts), read straight from the content folder:
 * the build's translation status page, the notices on translated pages and
 * `npm run i18n:status` all read this report. Whether the files are valid is
 * the build's job.
 */
import { uiKeys } from '../shared/schemas/ui.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContentFileError, parseJson, readText } from './content-files.ts';
import type { EditionFiles, MarkdownFile, UiFile } from './content-reader.ts';
import {
	allAdded,
	type Block,
	type BlockChange,
	compareBlocks,
	markdownBlocks,
	type MarkRecord,
	RECORD_FORMAT,
	stringBlocks,
} from './translation-blocks.ts';
import { contentHash, type TranslationState } from './translation.ts';

/** Fields that differ between editions even before a word is translated. */
const bookkeeping = new Set(['sourceHash', 'lang', 'dir']);

/** Whether a translated Markdown file still holds the source's words. */
function sameWords(source: MarkdownFile | undefined, translation: MarkdownFile | undefined): boolean {
	if (!source || !translation) return false;
	const words = ({ data, body }: MarkdownFile) =>
		JSON.stringify([Object.entries(data).filter(([key]) => !bookkeeping.has(key)), body.trim()]);
	return words(source) === words(translation);
}

/**
 * What the `sourceHash` of a ui.json marked in the format before blocks was
 * taken from: the source's strings for the keys the translation has.
 */
export function uiSourceText(source: Record<string, string>, translated: Record<string, string>): string {
	return JSON.stringify(uiKeys.filter((key) => translated[key] !== undefined).map((key) => [key, source[key] ?? '']));
}

/** Which translated file: the overview, one step, or the UI strings. */
export type FileKind = { kind: 'overview' } | { kind: 'step'; id: string } | { kind: 'ui' };

/** Where marking records what a translated file was translated from (the header of translation-blocks.ts). */
export function recordPath(editionFolder: string, file: FileKind): string {
	const name =
		file.kind === 'overview' ? 'edition.json' : file.kind === 'ui' ? 'ui.json' : join('steps', `${file.id}.json`);
	return join(editionFolder, 'translated-from', name);
}

/** A file's record, if it was marked in this format; a record that does not read names itself. */
export function readRecord(file: string): MarkRecord | undefined {
	if (!existsSync(file)) return undefined;
	const record = parseJson(readText(file), file) as Partial<MarkRecord>;
	if (record.format !== RECORD_FORMAT || !Array.isArray(record.blocks) || typeof record.markedOn !== 'string')
		throw new ContentFileError(
			`${file}: expected a record of format ${RECORD_FORMAT} with markedOn and blocks, as \`npm run i18n:mark\` writes it; delete it and mark the file again`,
		);
	return record as MarkRecord;
}

/** The state of one translated file, down to the block. */
export interface FileStatus {
	/** The translated file, as read (`content/en/steps/01-python.mdx`); none for a step the edition lacks. */
	file?: string | undefined;
	/** The source file it translates. */
	sourceFile: string;
	state: TranslationState;
	/** The day it was last marked, `YYYY-MM-DD`, when marked in the block format. */
	markedOn?: string | undefined;
	/**
	 * Source blocks changed, added or removed since marking; for a step the
	 * edition lacks, every block of its source, as added.
	 */
	changes: BlockChange[];
	/** Whether the source changed since the file was translated (for a file never marked, or marked in the old format, as far as its hash says). */
	sourceChanged: boolean;
}

export interface EditionStatus {
	id: string;
	source: boolean;
	overview: TranslationState;
	steps: { id: string; state: TranslationState }[];
	ui: { state: TranslationState; missing: string[]; translated: number; total: number };
	/** Every file of the translation, block by block: the overview, the steps in order, the UI strings. None for the source. */
	files: (FileStatus & FileKind)[];
}

/** A file's blocks: a Markdown file's fields and text, or a ui.json's strings. */
export const blocksOf = (file: MarkdownFile | UiFile): Block[] =>
	'strings' in file ? stringBlocks(file.strings) : markdownBlocks(file.data, file.body);

/** What changed in a translated file's source since `record` was made. */
export function changesSince(
	record: MarkRecord,
	kind: FileKind,
	source: MarkdownFile | UiFile,
	translation: MarkdownFile | UiFile,
): BlockChange[] {
	const translated = blocksOf(translation);
	const changes = compareBlocks(record.blocks, blocksOf(source), translated, kind.kind === 'ui' ? 'string' : 'field');
	// A UI string the translation leaves out shows the source's, changed or not: only new keys are news.
	return kind.kind === 'ui'
		? changes.filter((change) => change.change === 'added' || translated.some((block) => block.key === change.key))
		: changes;
}

/**
 * One translated file against its source. `oldHash` is what a file marked
 * before blocks were recorded compares with: it is "to mark", never stale as
 * a whole, and its page says it may be out of date when that hash differs.
 */
function fileStatus(
	editionFolder: string,
	kind: FileKind,
	source: MarkdownFile | UiFile,
	translation: MarkdownFile | UiFile | undefined,
	sameAsSource: boolean,
	oldHash: string,
): FileStatus {
	const base = { file: translation?.file, sourceFile: source.file };
	if (!translation) return { ...base, state: 'missing', changes: allAdded(blocksOf(source)), sourceChanged: true };
	if (sameAsSource) return { ...base, state: 'untranslated', changes: [], sourceChanged: false };
	const record = readRecord(recordPath(editionFolder, kind));
	if (!record) return { ...base, state: 'unmarked', changes: [], sourceChanged: translation.sourceHash !== oldHash };
	const changes = changesSince(record, kind, source, translation);
	return {
		...base,
		state: changes.length > 0 ? 'outdated' : 'translated',
		markedOn: record.markedOn,
		changes,
		sourceChanged: changes.length > 0,
	};
}

/** The report for every edition, the source first. */
export function translationReport(editions: EditionFiles[], sourceEdition: string): EditionStatus[] {
	const source = editions.find((edition) => edition.id === sourceEdition);
	if (!source)
		throw new Error(
			`content/${sourceEdition}/edition.mdx is missing: the source edition "${sourceEdition}" must exist`,
		);
	const sourceStrings = source.ui?.strings ?? {};
	return [source, ...editions.filter((edition) => edition !== source)].map((edition) => {
		const isSource = edition === source;
		const strings = edition.ui?.strings ?? {};
		const translatedKeys = uiKeys.filter((key) => strings[key] !== undefined);
		const missing = uiKeys.filter((key) => strings[key] === undefined);
		const total = uiKeys.length;
		if (isSource) {
			return {
				id: edition.id,
				source: true,
				overview: 'translated',
				steps: source.steps.map((step) => ({ id: step.id, state: 'translated' })),
				ui: { state: 'translated', missing, translated: translatedKeys.length, total },
				files: [],
			};
		}
		const files: (FileStatus & FileKind)[] = [];
		if (source.overview)
			files.push({
				kind: 'overview',
				...fileStatus(
					edition.folder,
					{ kind: 'overview' },
					source.overview,
					edition.overview,
					sameWords(source.overview, edition.overview),
					contentHash(source.overview.text),
				),
			});
		for (const step of source.steps) {
			const translation = edition.steps.find((candidate) => candidate.id === step.id);
			files.push({
				kind: 'step',
				id: step.id,
				...fileStatus(
					edition.folder,
					{ kind: 'step', id: step.id },
					step,
					translation,
					sameWords(step, translation),
					contentHash(step.text),
				),
			});
		}
		if (source.ui) {
			const sameStrings =
				translatedKeys.length > 0 && translatedKeys.every((key) => strings[key] === sourceStrings[key]);
			files.push({
				kind: 'ui',
				...fileStatus(
					edition.folder,
					{ kind: 'ui' },
					source.ui,
					edition.ui,
					sameStrings,
					contentHash(uiSourceText(sourceStrings, strings)),
				),
			});
		}
		const stateOf = (kind: FileKind['kind']) => files.find((file) => file.kind === kind)?.state ?? 'missing';
		return {
			id: edition.id,
			source: false,
			overview: stateOf('overview'),
			steps: files.flatMap((file) => (file.kind === 'step' ? [{ id: file.id, state: file.state }] : [])),
			ui: { state: stateOf('ui'), missing, translated: translatedKeys.length, total },
			files,
		};
	});
}

/** One file's status in an edition's report. */
export function fileStatusOf(edition: EditionStatus | undefined, file: FileKind): FileStatus | undefined {
	return edition?.files.find(
		(candidate) =>
			candidate.kind === file.kind && (candidate.kind !== 'step' || (file.kind === 'step' && candidate.id === file.id)),
	);
}

/**
 * The files with work left, for a page: at most `limit` blocks in all (the
 * rest is counted, and `npm run i18n:status` lists it), so the page stays
 * within its budget however far a translation fell behind.
 */
export function pendingFiles(report: EditionStatus[], limit: number): { editions: EditionStatus[]; left: number } {
	let room = limit;
	let left = 0;
	const editions = report
		.map((edition) => ({
			...edition,
			files: edition.files
				.filter((file) => file.state !== 'translated')
				.map((file) => {
					const shown = file.changes.slice(0, Math.max(room, 0));
					room -= shown.length;
					left += file.changes.length - shown.length;
					return { ...file, changes: shown };
				}),
		}))
		.filter((edition) => edition.files.length > 0);
	return { editions, left };
}

/** Whether anything in a translation waits for its translator: a stale block, a file to translate, one to mark. */
export const hasWork = (edition: EditionStatus): boolean => edition.files.some((file) => file.state !== 'translated');

/**
 * What the sitemap needs to know of the editions: each folder's language tag,
 * and the step pages an edition only shows from the source (their canonical
 * URL is the source's, so they stay out of the sitemap).
 */
export function sitemapPlan(
	editions: EditionFiles[],
	sourceEdition: string,
): { locales: Record<string, string>; untranslated: string[] } {
	const source = editions.find((edition) => edition.id === sourceEdition);
	return {
		locales: Object.fromEntries(
			editions.map((edition) => [
				edition.id,
				String((edition.overview?.data.lang as string | undefined) ?? edition.id),
			]),
		),
		untranslated: editions.flatMap((edition) =>
			(source?.steps ?? [])
				.filter((step) => !edition.steps.some((own) => own.id === step.id))
				.map((step) => `${edition.id}/${step.id}/`),
		),
	};
}
