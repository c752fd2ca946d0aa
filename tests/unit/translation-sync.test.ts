/**
 * A fork hears of upstream changes: two git repositories made here, an
 * upstream holding this project's content and a fork cloned from it, run
 * scripts/translation-sync.ts as .github/workflows/translation-sync.yml does.
 * The upstream changes one sentence of a source step and one UI string; the
 * fork's issue lists both with their diffs; once the fork has taken them and
 * marked again, its issue is to be closed.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { SyncIssue } from '../../scripts/translation-sync.ts';
import { parseFrontmatter, readText } from '../../src/build/content-files.ts';
import { textBlocks } from '../../src/build/translation-blocks.ts';
import { readEditions } from '../../src/build/content-reader.ts';
import { SOURCE_EDITION, translations } from '../support/content.ts';

const project = new URL('../../', import.meta.url).pathname;
const [edition = ''] = translations();
const key = 'step.read';
const scratch = mkdtempSync(join(tmpdir(), 'translation-sync-'));
const upstream = join(scratch, 'upstream');
const fork = join(scratch, 'fork');
const git = (cwd: string, ...args: string[]) =>
	execFileSync(
		'git',
		['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', ...args],
		{ cwd, encoding: 'utf8' },
	);
/** Runs the project's script in the fork, as the workflow does in its checkout. */
const sync = async (...args: string[]) => {
	const { stdout } = await promisify(execFile)(
		process.execPath,
		[join(project, 'scripts/translation-sync.ts'), ...args],
		{ cwd: fork, env: { ...process.env, CONTENT_DIR: undefined } },
	);
	return stdout;
};
const issues = async (): Promise<SyncIssue[]> => {
	await sync('issues', '--upstream', upstream, '--out', join(scratch, 'issues.json'));
	return JSON.parse(readFileSync(join(scratch, 'issues.json'), 'utf8'));
};
/** What the upstream changed: a paragraph of a step, the word replaced, and the UI string. */
const changed = { step: '', block: '', removed: '', added: 'remplacé' };

beforeAll(() => {
	cpSync(join(project, 'content'), join(upstream, 'content'), { recursive: true });
	git(upstream, 'init', '--quiet');
	git(upstream, 'add', '.');
	git(upstream, 'commit', '--quiet', '-m', 'content');
	git(scratch, 'clone', '--quiet', upstream, fork);

	// Upstream, later: one sentence of a source step (its first paragraph of words) and one UI string change.
	const step = readEditions(join(upstream, 'content')).find((candidate) => candidate.id === SOURCE_EDITION)?.steps[0];
	const paragraph = textBlocks(step?.body ?? '').find((block) => /^\p{L}/u.test(block.text));
	if (!step || !paragraph) throw new Error('this test needs a source step with a paragraph');
	changed.removed = paragraph.text.split(' ')[1] ?? '';
	Object.assign(changed, { step: step.id, block: paragraph.key });
	writeFileSync(
		step.file,
		readFileSync(step.file, 'utf8').replace(
			paragraph.text,
			paragraph.text.replace(` ${changed.removed} `, ` ${changed.added} `),
		),
	);
	const ui = join(upstream, `content/${SOURCE_EDITION}/ui.json`);
	const strings = JSON.parse(readFileSync(ui, 'utf8'));
	strings[key] = `${strings[key]} ${changed.added}`;
	writeFileSync(ui, `${JSON.stringify(strings, null, '\t')}\n`);
	git(upstream, 'commit', '--quiet', '-am', 'source changed');
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('before fetching, the fork is up to date with its own copy of the source: its issue is to be closed', async () => {
	const [issue, ...others] = (await issues()).filter((candidate) => candidate.edition === edition);
	expect(others).toEqual([]);
	expect(issue?.stale).toBe(false);
});

test('after fetching the upstream source, the issue lists the changed paragraph and UI string, each with its diff and translation', async () => {
	expect(await sync('fetch', upstream)).toContain(`content/${SOURCE_EDITION}/`);
	// A comparison, not a merge: nothing is committed in the fork.
	expect(git(fork, 'log', '--oneline').trim().split('\n')).toHaveLength(1);
	const issue = (await issues()).find((candidate) => candidate.edition === edition);
	expect(issue?.stale).toBe(true);
	const translated = readEditions(join(fork, 'content'))
		.find((candidate) => candidate.id === edition)
		?.steps.find((step) => step.id === changed.step);
	expect(issue?.body).toContain(`### \`content/${edition}/steps/`);
	expect(issue?.body).toContain(`**\`${changed.block}\` changed**`);
	expect(issue?.body).toContain(`<del>${changed.removed}</del><ins>${changed.added}</ins>`);
	expect(issue?.body).toContain(`**\`${key}\` changed**`);
	const translatedBlock = textBlocks(parseFrontmatter(readText(translated?.file ?? ''), '').body).find(
		(block) => block.key === changed.block,
	);
	expect(issue?.body).toContain(`  - translation: ${translatedBlock?.text.split(' ').slice(0, 3).join(' ')}`);
	// The same title every week, so the workflow updates one issue per edition.
	expect(issue?.title).toBe((await issues()).find((candidate) => candidate.edition === edition)?.title);
});

test('once the fork takes the source and marks its translation again (--force here: the test translates nothing), its issue is to be closed', async () => {
	git(fork, 'commit', '--quiet', '-am', 'the upstream source');
	const { stdout } = await promisify(execFile)(
		process.execPath,
		[join(project, 'scripts/i18n.ts'), 'mark', '--force', edition],
		{ cwd: fork, env: { ...process.env, CONTENT_DIR: undefined } },
	);
	expect(stdout).toContain('marked');
	await sync('fetch', upstream);
	expect((await issues()).find((candidate) => candidate.edition === edition)).toMatchObject({ stale: false });
});
