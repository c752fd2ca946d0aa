/**
 * Translation status and bookkeeping, from the content folder.
 *
 *   node scripts/i18n.ts status [--check]    (npm run i18n:status) a table per edition, then each
 *                                            source block changed, added or removed since marking,
 *                                            with a word diff and the translated block beside it;
 *                                            --check exits with 1 when a translation has work left
 *   … status --check <lang>...               the same report; the check looks at those editions only
 *                                            (a fork's translator, with another edition still to do)
 *   node scripts/i18n.ts mark <lang>         (npm run i18n:mark -- en) record that every file of
 *                                            the edition is translated from the current source
 *   node scripts/i18n.ts mark <file>...      the same for some files only
 *   … mark --force …                         even where a source block changed and its translation did not
 *
 * Marking writes a record of the source, block by block, under
 * `content/<lang>/translated-from/` (src/build/translation-blocks.ts), and
 * drops the `sourceHash` of the format before.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readFrontmatter, readJson, writeFrontmatter } from '../src/build/content-files.ts';
import { contentDir, SOURCE_EDITION } from '../src/build/editions.ts';
import { type BlockChange, markRecord, plainWordDiff } from '../src/build/translation-blocks.ts';
import {
	blocksOf,
	changesSince,
	type EditionStatus,
	type FileKind,
	type FileStatus,
	hasWork,
	readRecord,
	recordPath,
	translationReport,
} from '../src/build/translation-report.ts';
import { type EditionFiles, readEditions } from '../src/build/content-reader.ts';

const labels = {
	translated: 'up to date',
	outdated: 'to review',
	untranslated: 'to translate',
	missing: 'missing',
	unmarked: 'to mark',
} as const;

/** "5 up to date, 2 missing (datasets, portfolio)". */
function countStates(states: { id: string; state: keyof typeof labels }[]): string {
	return (Object.keys(labels) as (keyof typeof labels)[])
		.map((state) => {
			const ids = states.filter((item) => item.state === state).map((item) => item.id);
			if (ids.length === 0) return '';
			return state === 'translated'
				? `${ids.length} ${labels[state]}`
				: `${ids.length} ${labels[state]} (${ids.join(', ')})`;
		})
		.filter(Boolean)
		.join(', ');
}

export function formatReport(report: EditionStatus[]): string {
	const rows = report.map((edition) =>
		edition.source
			? [edition.id, 'source', `${edition.steps.length} steps (source)`, `${edition.ui.total} strings (source)`]
			: [
					edition.id,
					labels[edition.overview],
					countStates(edition.steps),
					`${edition.ui.translated}/${edition.ui.total} ${labels[edition.ui.state]}${edition.ui.missing.length > 0 ? `; missing: ${edition.ui.missing.join(', ')}` : ''}`,
				],
	);
	const header = ['edition', 'overview', 'steps', 'UI strings'];
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
	);
	const line = (cells: string[]) =>
		cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ');
	return [line(header), ...rows.map(line)].join('\n');
}

const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

/** One block: what changed, the source's word diff, and the translated block that goes with it. */
export function formatChange(change: BlockChange): string {
	const source = change.diff ? plainWordDiff(change.diff) : (change.after ?? change.before ?? '');
	const lines = [`  ${change.key} ${change.change}`, `    source       ${indent(source, '                 ')}`];
	if (change.change !== 'added')
		lines.push(`    translation  ${indent(change.translation ?? '(none)', '                 ')}`);
	return lines.join('\n');
}

/** A file of a translation with work left, and its blocks. */
function formatFile(edition: string, file: FileStatus & FileKind): string {
	const name = file.file
		? relative('.', file.file)
		: `${file.kind === 'step' ? `step ${file.id}` : file.kind}, shown from ${relative('.', file.sourceFile)}`;
	const when = file.markedOn ? ` (marked on ${file.markedOn})` : '';
	const head = `${edition}  ${name}  ${file.state === 'missing' ? labels.untranslated : labels[file.state]}${when}`;
	if (file.state === 'unmarked')
		return `${head}\n  marked before blocks were recorded${file.sourceChanged ? ', and its source changed since' : ''}: review it, then npm run i18n:mark -- ${name}`;
	return [head, ...file.changes.map(formatChange)].join('\n');
}

/** Every file with work left, block by block; "" when every translation is up to date. */
export function formatChanges(report: EditionStatus[]): string {
	return report
		.flatMap((edition) =>
			edition.files.filter((file) => file.state !== 'translated').map((file) => formatFile(edition.id, file)),
		)
		.join('\n\n');
}

/** The translated file at `path`, and what it translates. */
function locate(editions: EditionFiles[], path: string): { edition: EditionFiles; kind: FileKind } {
	const [id = ''] = relative(resolve(contentDir), path).split(/[\\/]/);
	const edition = editions.find((candidate) => candidate.id === id);
	if (!edition) throw new Error(`${path} is not in an edition folder of ${contentDir}`);
	if (id === SOURCE_EDITION) throw new Error(`${path} is in the source edition: only translations are marked`);
	const name = basename(path);
	if (name === 'edition.mdx') return { edition, kind: { kind: 'overview' } };
	if (name === 'ui.json') return { edition, kind: { kind: 'ui' } };
	if (basename(dirname(path)) === 'steps')
		return { edition, kind: { kind: 'step', id: String(readFrontmatter(path).id) } };
	throw new Error(`${path}: not a translated file (edition.mdx, ui.json or steps/*.mdx)`);
}

/** Marks each file; returns the messages of those refused (a source block changed, its translation did not). */
function mark(targets: string[], force: boolean, today = new Date()): string[] {
	const editions = readEditions(contentDir);
	const source = editions.find((edition) => edition.id === SOURCE_EDITION);
	if (!source) throw new Error(`no source edition ${SOURCE_EDITION} in ${contentDir}`);
	const files = targets.flatMap((target) => {
		const edition = editions.find((candidate) => candidate.id === target);
		if (!edition) return [resolve(target)];
		return [edition.overview?.file, edition.ui?.file, ...edition.steps.map((step) => step.file)]
			.filter((file): file is string => !!file)
			.map((file) => resolve(file));
	});
	const refused: string[] = [];
	for (const path of files) {
		const { edition, kind } = locate(editions, path);
		const pick = <T extends { file: string }>(list: (T | undefined)[]) =>
			list.find((file) => file && resolve(file.file) === path);
		const translation =
			kind.kind === 'ui' ? edition.ui : kind.kind === 'overview' ? edition.overview : pick(edition.steps);
		const original =
			kind.kind === 'ui'
				? source.ui
				: kind.kind === 'overview'
					? source.overview
					: source.steps.find((step) => kind.kind === 'step' && step.id === kind.id);
		if (!translation || !original) throw new Error(`${path}: no source file to compare it with`);
		const record = readRecord(recordPath(edition.folder, kind));
		const forgotten = record
			? changesSince(record, kind, original, translation).filter(
					(change) => change.change === 'changed' && change.translation !== undefined && !change.translationChanged,
				)
			: [];
		const shown = relative('.', path);
		if (forgotten.length > 0 && !force) {
			refused.push(
				[
					`${shown}: not marked: ${forgotten.length} source block${forgotten.length === 1 ? '' : 's'} changed and the translation did not; update ${forgotten.length === 1 ? 'it' : 'them'}, or mark with --force if the translation holds:`,
					...forgotten.map(formatChange),
				].join('\n'),
			);
			continue;
		}
		const file = recordPath(edition.folder, kind);
		const made = markRecord(
			relative(resolve(contentDir), resolve(original.file)),
			blocksOf(original),
			blocksOf(translation),
			today,
		);
		// Marking again what has not changed keeps the record, and its date.
		if (record && JSON.stringify(record.blocks) === JSON.stringify(made.blocks) && record.source === made.source) {
			console.log(`${shown}: up to date since ${record.markedOn}, record kept`);
			continue;
		}
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `${JSON.stringify(made, null, '\t')}\n`);
		// The format before kept a hash in the file itself; the record replaces it.
		if (kind.kind === 'ui') {
			const { sourceHash, ...strings } = readJson(path) as Record<string, string>;
			if (sourceHash !== undefined) writeFileSync(path, `${JSON.stringify(strings, null, '\t')}\n`);
		} else if (readFrontmatter(path).sourceHash !== undefined) writeFrontmatter(path, { sourceHash: undefined });
		console.log(`${shown}: marked, ${made.blocks.length} source blocks recorded in ${relative('.', file)}`);
	}
	return refused;
}

if (import.meta.main) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { check: { type: 'boolean' }, force: { type: 'boolean' } },
	});
	const [command = 'status', ...targets] = positionals;
	if (command === 'status') {
		const report = translationReport(readEditions(contentDir), SOURCE_EDITION);
		const changes = formatChanges(report);
		console.log([formatReport(report), changes].filter(Boolean).join('\n\n'));
		const known = report.map((edition) => edition.id);
		const checked = targets.length > 0 ? targets : known;
		const behind = report
			.filter(hasWork)
			.map((edition) => edition.id)
			.filter((id) => checked.includes(id));
		if (values.check && behind.length > 0) {
			console.error(
				`\ni18n:status --check: ${behind.join(', ')} ${behind.length === 1 ? 'has' : 'have'} work left (above); translate, then npm run i18n:mark`,
			);
			process.exitCode = 1;
		}
		// Last, so that a misspelt edition is the exit code (2), whatever the others' state.
		const unknown = targets.filter((target) => !known.includes(target));
		if (unknown.length > 0) {
			console.error(`i18n:status: no edition ${unknown.join(', ')} in ${contentDir} (there are ${known.join(', ')})`);
			process.exitCode = 2;
		}
	} else if (command === 'mark' && targets.length > 0) {
		const refused = mark(targets, values.force ?? false);
		if (refused.length > 0) {
			console.error(refused.join('\n\n'));
			process.exitCode = 1;
		}
	} else {
		console.error('usage: node scripts/i18n.ts status [--check [<lang>...]] | mark [--force] <lang | file>...');
		process.exitCode = 2;
	}
}
