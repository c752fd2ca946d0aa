/**
 * A writer's mistake stops the build with a message naming the file, the field
 * and what was expected. Each mistake is made from the project's own content
 * (see `cases`), dropped into a copy of the project, and `astro sync` (the
 * content step of every build) must fail with that message: through Astro's API
 * in this process for every case, and through the CLI for the untouched content
 * and the first case, to prove what a writer sees printed.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { sync as astroSync } from 'astro';
import { createTempProject, type TempProject } from '../../scripts/temp-project.ts';
import { parseFrontmatter } from '../../src/build/content-files.ts';
import { readEditions } from '../../src/build/content-reader.ts';
import { SOURCE_EDITION } from '../../src/build/editions.ts';
import { linkStates } from '../../src/shared/schemas/link-health.ts';

/** Malformed files, whatever the content: tests/fixtures/content-files/. */
const fixture = (name: string) => new URL(`../fixtures/content-files/${name}`, import.meta.url).pathname;

/**
 * Each mistake is made from the project's own content, so that a fork with
 * other steps, other editions or another roadmap tests its own files: a copy
 * of the source's first step (or its edition file, or its UI strings) with one
 * thing wrong. `make` returns the bad file's text; `message`, what the build must say.
 */
interface Case {
	name: string;
	to: string;
	make: () => string;
	message: string;
}

const steps = `content/${SOURCE_EDITION}/steps`;
/** The source's step files in path order, with their frontmatter: the repository's, which the temporary copy holds. */
const files = (readEditions('content').find((edition) => edition.id === SOURCE_EDITION)?.steps ?? []).map((step) => ({
	path: `${steps}/${basename(step.file)}`,
	data: step.data,
}));
const count = files.length;

/** A file's frontmatter changed by `edit`, with its body. */
function edited(path: string, edit: (data: Record<string, unknown>) => void): string {
	const { data, body } = parseFrontmatter(readFileSync(path, 'utf8'), path);
	edit(data);
	return `---\n${stringify(data)}---\n${body}`;
}

/** The first step's file with one thing wrong; a new id and the next free order unless `edit` sets them. */
const badStep = (edit: (data: Record<string, unknown>) => void) =>
	edited(files[0]?.path as string, (data) => {
		Object.assign(data, { id: 'bad-step', order: count + 1 });
		edit(data);
	});

const resource = (data: Record<string, unknown>, kind: 'read' | 'do') => data[kind] as Record<string, unknown>;

const [first, , third] = files;
const fileOf = (name: string) => `${steps}/${name}.mdx`;
const cases: Case[] = [
	// Read by astro.config.mjs before the content loader runs: the reader names the file.
	{
		name: 'malformed JSON',
		to: `content/${SOURCE_EDITION}/ui.json`,
		make: () => readFileSync(fixture('malformed-json.json'), 'utf8'),
		message: `content/${SOURCE_EDITION}/ui.json:3:2: not valid JSON: Expected double-quoted property name`,
	},
	{
		name: 'malformed YAML',
		to: fileOf('malformed-yaml'),
		make: () => readFileSync(fixture('malformed-yaml.mdx'), 'utf8'),
		message: `${fileOf('malformed-yaml')}:6: the frontmatter is not valid YAML`,
	},
	{
		name: 'a step without its thing to read',
		to: fileOf('missing-read'),
		make: () => badStep((data) => delete data.read),
		message: `${fileOf('missing-read')} → read: is missing: expected a resource with title, url, kind, minutes, lang, note, archive, replacement`,
	},
	{
		name: 'a URL without its scheme',
		to: fileOf('not-a-url'),
		make: () => badStep((data) => (resource(data, 'read').url = 'www.example.org/page')),
		message: `${fileOf('not-a-url')} → read.url: expected an https:// URL such as "https://example.org/page", got "www.example.org/page"`,
	},
	{
		name: 'an http URL',
		to: fileOf('insecure-url'),
		make: () => badStep((data) => (resource(data, 'do').url = 'http://example.org/')),
		message: `${fileOf('insecure-url')} → do.url: expected an https:// URL such as "https://example.org/page", got "http://example.org/"`,
	},
	{
		name: 'an unknown field',
		to: fileOf('unknown-field'),
		make: () => badStep((data) => (data.author = 'Someone')),
		message: `${fileOf('unknown-field')} → (top level): unknown field "author": a step accepts only id, order, title, summary, read, do, effort, starter, sourceHash`,
	},
	{
		name: 'an effort that is not a number of hours',
		to: fileOf('effort-words'),
		make: () => badStep((data) => (data.effort = 'ten hours')),
		message: `${fileOf('effort-words')} → effort: expected a number of hours, such as 6`,
	},
	{
		name: 'a negative effort',
		to: fileOf('effort-negative'),
		make: () => badStep((data) => (data.effort = -2)),
		message: `${fileOf('effort-negative')} → effort: expected a number of hours, 0 or more, such as 6`,
	},
	{
		name: 'an order already taken',
		to: fileOf('duplicate-order'),
		make: () => badStep((data) => (data.order = third?.data.order)),
		message: `${fileOf('duplicate-order')} → order: ${String(third?.data.order)} is already the order of ${third?.path}; every step needs its own position`,
	},
	{
		name: 'an id already taken',
		to: fileOf('duplicate-id'),
		make: () => badStep((data) => (data.id = first?.data.id)),
		message: `${fileOf('duplicate-id')} → id: "${String(first?.data.id)}" is already the id of ${first?.path}; every step of an edition needs its own id`,
	},
	{
		name: 'a gap in the order',
		to: fileOf('order-gap'),
		make: () => badStep((data) => (data.order = count + 2)),
		message: `${fileOf('order-gap')} → order: ${count + 2} follows ${count}, so step ${count + 1} is missing; number the steps 1, 2, 3… without gaps`,
	},
	{
		name: 'an edition without its original article',
		to: `content/${SOURCE_EDITION}/edition.mdx`,
		make: () => edited(`content/${SOURCE_EDITION}/edition.mdx`, (data) => delete data.original),
		message: `content/${SOURCE_EDITION}/edition.mdx → original: is missing: expected the original article with title, author, publisher, url, date, lang`,
	},
	{
		name: 'a link health record in an unknown state',
		to: 'content/link-health.json',
		make: () =>
			JSON.stringify({
				links: {
					[String(resource(first?.data ?? {}, 'read').url)]: {
						state: 'gone',
						since: '2026-11-04',
						checked: '2026-11-18',
						status: 404,
						failures: 3,
					},
				},
			}),
		message: `content/link-health.json → links.${String(resource(first?.data ?? {}, 'read').url)}.state: expected one of ${linkStates.join(', ')}, got "gone"`,
	},
	{
		name: 'an unknown UI key',
		to: `content/${SOURCE_EDITION}/ui.json`,
		make: () =>
			JSON.stringify(
				{ ...JSON.parse(readFileSync(`content/${SOURCE_EDITION}/ui.json`, 'utf8')), 'step.reed': 'Read' },
				null,
				'\t',
			),
		message: `content/${SOURCE_EDITION}/ui.json → (top level): unknown field "step.reed": a UI strings file accepts only sourceHash and the keys listed in src/shared/schemas/ui.ts`,
	},
];

/**
 * A copy of the project with `to` written as `text` (or untouched), synced:
 * what `astro sync` says. Run through the CLI, as a writer would: a fresh
 * Node and Astro, ten seconds a case on a busy machine, so only for the cases
 * that prove what the CLI prints and exits with.
 */
async function syncCli(to?: string, text?: string) {
	const project = await createTempProject();
	try {
		if (to !== undefined && text !== undefined) await write(project.file(to), text);
		return await project.astro(['sync']);
	} finally {
		await project.remove();
	}
}

/**
 * The same `astro sync`, through Astro's own API in this process: the copy's
 * config, loader and checks run as in the CLI (a new Vite server each time),
 * in about a second once Astro is loaded. From the copy's folder, since the
 * content folder is relative to it (src/build/editions.ts), so one case at a time.
 * Returns the error Astro throws, which is what the CLI prints.
 */
async function syncHere(to: string, text: string): Promise<{ ok: boolean; message: string }> {
	const project = await createTempProject();
	synced.push(project);
	const cwd = process.cwd();
	try {
		await write(project.file(to), text);
		process.chdir(project.root);
		await astroSync({ root: project.root, logLevel: 'silent' });
		return { ok: true, message: '' };
	} catch (error) {
		return { ok: false, message: error instanceof Error ? error.message : String(error) };
	} finally {
		process.chdir(cwd);
	}
}

/** Astro saves its content store half a second after a sync, failed or not: the copies go once it has. */
const synced: TempProject[] = [];
afterAll(async () => {
	await new Promise((resolve) => setTimeout(resolve, 1000));
	await Promise.all(synced.map((project) => project.remove()));
});

async function write(path: string, text: string) {
	await mkdir(dirname(path), { recursive: true });
	await writeFile(path, text);
}

test.concurrent('the untouched content builds', async ({ expect }) => {
	const { code, output } = await syncCli();
	expect(output).not.toContain('The content has');
	expect(code).toBe(0);
});

test('the content has the three steps the mistakes are made from', () => {
	expect(count).toBeGreaterThanOrEqual(3);
});

const [shown] = cases;

test.concurrent(`the CLI prints the mistake and fails: ${shown?.name}`, async ({ expect }) => {
	if (!shown) throw new Error('no case');
	const { code, output } = await syncCli(shown.to, shown.make());
	expect(code).not.toBe(0);
	expect(output).toContain(shown.message);
});

test.for(cases)(
	'$name stops the build and says which file and field, and what was expected',
	async ({ to, make, message }) => {
		const { ok, message: said } = await syncHere(to, make());
		expect(ok).toBe(false);
		expect(said).toContain(message);
	},
);
