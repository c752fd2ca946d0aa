/**
 * A fork that translates hears of upstream changes: .github/workflows/translation-sync.yml
 * runs this once a week. It compares the fork's translations with the
 * upstream repository's source edition, and writes one issue per edition
 * listing the blocks to update with their word diffs.
 *
 *   node scripts/translation-sync.ts fetch <upstream> [--ref <branch>]
 *       puts the upstream's source edition (content/<source>/) in the working
 *       tree in place of the fork's, without committing: a comparison, not a merge
 *   node scripts/translation-sync.ts issues [--upstream <upstream>] [--out <file.json>]
 *       one issue per translation, [{ edition, title, body, stale }], from the
 *       same report as `npm run i18n:status`; `stale` false when nothing is left
 *
 * The workflow opens the issue of a stale edition or updates it (found by its
 * title, which never changes), and closes it once the edition is clear.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, SOURCE_EDITION } from '../src/build/editions.ts';
import type { BlockChange } from '../src/build/translation-blocks.ts';
import { type EditionStatus, hasWork, translationReport } from '../src/build/translation-report.ts';
import { readEditions } from '../src/build/content-reader.ts';

/** GitHub refuses issue bodies over 65,536 characters; the rest is left to `npm run i18n:status`. */
const BODY_LIMIT = 60_000;

export interface SyncIssue {
	edition: string;
	/** The same for every run, so the workflow finds the issue to update. */
	title: string;
	body: string;
	/** Whether the edition has work left: open or update the issue; otherwise close it. */
	stale: boolean;
}

/** Replaces the source edition in the working tree of the git repository `root` with the one at `ref` of `upstream`. */
export function fetchUpstreamSource(root: string, upstream: string, ref = 'HEAD'): string {
	const git = (...args: string[]) =>
		execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
	git('fetch', '--quiet', '--depth=1', upstream, ref);
	const folder = relative(root, resolve(root, contentDir, SOURCE_EDITION));
	// Removed first, so a file the upstream deleted is gone here too.
	rmSync(join(root, folder), { recursive: true, force: true });
	git('restore', '--source=FETCH_HEAD', '--worktree', '--', folder);
	return git('rev-parse', 'FETCH_HEAD');
}

/** Text shown as is in GitHub Markdown: no tag, no emphasis, no link, line breaks kept. */
const escape = (text: string) =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/([\\`*_[\]#|~])/g, '\\$1')
		.replace(/\n/g, '<br>');

/** One block: what changed, the source's word diff (struck through, underlined), and the translated block. */
function blockLines(change: BlockChange): string[] {
	const source = change.diff
		? change.diff
				.map((part) =>
					part.change === 'removed'
						? `<del>${escape(part.text)}</del>`
						: part.change === 'added'
							? `<ins>${escape(part.text)}</ins>`
							: escape(part.text),
				)
				.join('')
		: escape(change.after ?? change.before ?? '');
	return [
		`- **\`${change.key}\` ${change.change}**`,
		`  - source: ${source}`,
		...(change.change === 'added'
			? []
			: [`  - translation: ${change.translation === undefined ? '(none)' : escape(change.translation)}`]),
	];
}

/** The issue of one translation: every file with work left, block by block. */
export function issueOf(edition: EditionStatus, upstream: string | undefined): SyncIssue {
	const title = `Translation ${edition.id}: changes in the source to translate`;
	const files = edition.files.filter((file) => file.state !== 'translated');
	const intro = [
		`<!-- translation-sync ${edition.id} -->`,
		`The source edition (\`${SOURCE_EDITION}\`${upstream ? `, as in ${upstream}` : ''}) changed since the \`${edition.id}\` translation was marked. For each file below, update the blocks listed, then run \`npm run i18n:mark -- ${edition.id}\`; \`npm run i18n:status\` shows the same list. This issue is kept up to date by the translation-sync workflow and closed once nothing is left.`,
	].join('\n\n');
	if (files.length === 0)
		return {
			edition: edition.id,
			title,
			body: `${intro}\n\nNothing is left: every file is up to date with the source.`,
			stale: false,
		};
	const sections = files.map((file) => {
		const name = file.file
			? relative('.', file.file)
			: `step ${file.kind === 'step' ? file.id : file.kind} (shown from ${relative('.', file.sourceFile)})`;
		const state = {
			missing: 'to translate',
			untranslated: 'to translate',
			unmarked: 'to mark',
			outdated: 'to review',
			translated: 'up to date',
		}[file.state];
		const head = `### \`${name}\`: ${state}${file.markedOn ? ` (marked on ${file.markedOn})` : ''}`;
		if (file.state === 'unmarked')
			return `${head}\n\nMarked before blocks were recorded${file.sourceChanged ? ', and its source changed since' : ''}: review it, then mark it.`;
		if (file.state === 'untranslated') return `${head}\n\nStill the source's words.`;
		return [head, '', ...file.changes.flatMap(blockLines)].join('\n');
	});
	let body = intro;
	for (const [index, section] of sections.entries()) {
		if (body.length + section.length > BODY_LIMIT) {
			body += `\n\n… and ${sections.length - index} more files: run \`npm run i18n:status\`.`;
			break;
		}
		body += `\n\n${section}`;
	}
	return { edition: edition.id, title, body, stale: hasWork(edition) };
}

/** One issue per translation, from the content folder as it is now. */
export const syncIssues = (upstream?: string): SyncIssue[] =>
	translationReport(readEditions(contentDir), SOURCE_EDITION)
		.filter((edition) => !edition.source)
		.map((edition) => issueOf(edition, upstream));

if (import.meta.main) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { ref: { type: 'string' }, upstream: { type: 'string' }, out: { type: 'string' } },
	});
	const [command, upstream] = positionals;
	if (command === 'fetch' && upstream) {
		const commit = fetchUpstreamSource(process.cwd(), upstream, values.ref);
		console.log(`content/${SOURCE_EDITION}/ now holds ${upstream} at ${commit.slice(0, 12)} (not committed)`);
	} else if (command === 'issues') {
		const issues = syncIssues(values.upstream);
		if (values.out) writeFileSync(values.out, `${JSON.stringify(issues, null, '\t')}\n`);
		for (const issue of issues)
			console.log(
				`${issue.edition}: ${issue.stale ? 'work left, the issue is opened or updated' : 'up to date, the issue is closed if open'}`,
			);
	} else {
		console.error(
			'usage: node scripts/translation-sync.ts fetch <upstream> [--ref <branch>] | issues [--upstream <upstream>] [--out <file.json>]',
		);
		process.exitCode = 2;
	}
}
