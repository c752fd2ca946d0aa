/**
 * Translation status and bookkeeping, from the content folder.
 *
 *   node scripts/i18n.ts status              (npm run i18n:status) a table per edition
 *   node scripts/i18n.ts mark <lang>         (npm run i18n:mark -- en) record that every file of
 *                                            the edition is translated from the current source
 *   node scripts/i18n.ts mark <file>...      the same for some files only
 *
 * Marking writes `sourceHash` into each file: when the source later changes,
 * the file shows as "to review" here and the page shows a notice.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { readFrontmatter, readJson, writeFrontmatter } from '../src/lib/content-files.ts';
import { contentDir, SOURCE_EDITION } from '../src/lib/editions.ts';
import { type EditionStatus, expectedHash, readEditions, translationReport } from '../src/lib/translation-report.ts';

const labels = { translated: 'up to date', outdated: 'to review', untranslated: 'to translate', missing: 'missing' } as const;

/** "5 up to date, 2 missing (datasets, portfolio)". */
function countStates(states: { id: string; state: keyof typeof labels }[]): string {
	return (Object.keys(labels) as (keyof typeof labels)[])
		.map((state) => {
			const ids = states.filter((item) => item.state === state).map((item) => item.id);
			if (ids.length === 0) return '';
			return state === 'translated' ? `${ids.length} ${labels[state]}` : `${ids.length} ${labels[state]} (${ids.join(', ')})`;
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
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
	const line = (cells: string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ');
	return [line(header), ...rows.map(line)].join('\n');
}

function mark(targets: string[]) {
	const editions = readEditions(contentDir);
	const source = editions.find((edition) => edition.id === SOURCE_EDITION);
	if (!source) throw new Error(`no source edition ${SOURCE_EDITION} in ${contentDir}`);
	const files = targets.flatMap((target) => {
		const edition = editions.find((candidate) => candidate.id === target);
		if (!edition) return [resolve(target)];
		return [edition.overview?.file, edition.ui?.file, ...edition.steps.map((step) => step.file)].filter((file): file is string => !!file).map((file) => resolve(file));
	});
	for (const file of files) {
		const edition = basename(relative(resolve(contentDir), file).split(/[\\/]/)[0] ?? '');
		if (edition === SOURCE_EDITION) throw new Error(`${file} is in the source edition: only translations are marked`);
		const name = basename(file);
		let hash: string | undefined;
		if (name === 'edition.mdx') hash = expectedHash(source, { kind: 'overview' });
		else if (name === 'ui.json') {
			const { sourceHash: _old, ...strings } = readJson(file) as Record<string, string>;
			hash = expectedHash(source, { kind: 'ui', strings });
			writeFileSync(file, `${JSON.stringify({ sourceHash: hash, ...strings }, null, '\t')}\n`);
			console.log(`${relative('.', file)}: sourceHash ${hash}`);
			continue;
		} else if (basename(dirname(file)) === 'steps') hash = expectedHash(source, { kind: 'step', id: String(readFrontmatter(file).id) });
		if (!hash) throw new Error(`${file}: no source file to compare it with`);
		writeFrontmatter(file, { sourceHash: hash });
		console.log(`${relative('.', file)}: sourceHash ${hash}`);
	}
}

if (import.meta.main) {
	const [command = 'status', ...targets] = process.argv.slice(2);
	if (command === 'status') console.log(formatReport(translationReport(readEditions(contentDir), SOURCE_EDITION)));
	else if (command === 'mark' && targets.length > 0) mark(targets);
	else {
		console.error('usage: node scripts/i18n.ts status | mark <lang | file>...');
		process.exitCode = 2;
	}
}
