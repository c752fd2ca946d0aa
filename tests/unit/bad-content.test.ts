/**
 * A writer's mistake stops the build with a message naming the file, the field
 * and what was expected. Each fixture in tests/fixtures/content/ holds one
 * mistake; it is dropped into a copy of the project and `astro sync` (the
 * content step of every build) must fail with that message.
 */
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTempProject, type TempProject } from '../../scripts/temp-project.ts';

const fixture = (name: string) => new URL(`../fixtures/content/${name}`, import.meta.url).pathname;

const cases: { fixture: string; to: string; message: string }[] = [
	// Read by astro.config.mjs before the content loader runs: the reader names the file.
	{
		fixture: '../content-files/malformed-json.json',
		to: 'content/en/ui.json',
		message: 'content/en/ui.json:3:2: not valid JSON: Expected double-quoted property name',
	},
	{
		fixture: '../content-files/malformed-yaml.mdx',
		to: 'content/fr/steps/malformed-yaml.mdx',
		message: 'content/fr/steps/malformed-yaml.mdx:6: the frontmatter is not valid YAML',
	},
	{
		fixture: 'missing-read.mdx',
		to: 'content/fr/steps/missing-read.mdx',
		message: 'content/fr/steps/missing-read.mdx → read: is missing: expected a resource with title, url, kind, minutes, lang, note, archive, replacement',
	},
	{
		fixture: 'not-a-url.mdx',
		to: 'content/fr/steps/not-a-url.mdx',
		message: 'content/fr/steps/not-a-url.mdx → read.url: expected an https:// URL such as "https://example.org/page", got "www.kaggle.com/datasets"',
	},
	{
		fixture: 'insecure-url.mdx',
		to: 'content/fr/steps/insecure-url.mdx',
		message: 'content/fr/steps/insecure-url.mdx → do.url: expected an https:// URL such as "https://example.org/page", got "http://meetup.com/"',
	},
	{
		fixture: 'unknown-field.mdx',
		to: 'content/fr/steps/unknown-field.mdx',
		message: 'content/fr/steps/unknown-field.mdx → (top level): unknown field "author": a step accepts only id, order, title, summary, read, do, starter, sourceHash',
	},
	{
		fixture: 'duplicate-order.mdx',
		to: 'content/fr/steps/duplicate-order.mdx',
		message: 'content/fr/steps/duplicate-order.mdx → order: 3 is already the order of content/fr/steps/03-datasets.mdx; every step needs its own position',
	},
	{
		fixture: 'duplicate-id.mdx',
		to: 'content/fr/steps/duplicate-id.mdx',
		message: 'content/fr/steps/duplicate-id.mdx → id: "python" is already the id of content/fr/steps/01-python.mdx; every step of an edition needs its own id',
	},
	{
		fixture: 'order-gap.mdx',
		to: 'content/fr/steps/order-gap.mdx',
		message: 'content/fr/steps/order-gap.mdx → order: 9 follows 7, so step 8 is missing; number the steps 1, 2, 3… without gaps',
	},
	{
		fixture: 'edition-missing-original.mdx',
		to: 'content/fr/edition.mdx',
		message: 'content/fr/edition.mdx → original: is missing: expected the original article with title, author, publisher, url, date, lang',
	},
	{
		fixture: 'ui-unknown-key.json',
		to: 'content/en/ui.json',
		message: 'content/en/ui.json → (top level): unknown field "step.reed": a UI strings file accepts only sourceHash and the keys listed in src/schemas/ui.ts',
	},
];

let project: TempProject;

beforeAll(async () => {
	project = await createTempProject();
});

afterAll(async () => {
	await project.remove();
});

test('the untouched content builds', async () => {
	const { code, output } = await project.astro(['sync']);
	expect(output).not.toContain('The content has');
	expect(code).toBe(0);
});

describe.each(cases)('$fixture', ({ fixture: name, to, message }) => {
	test('stops the build and says which file and field, and what was expected', async () => {
		const target = project.file(to);
		const original = `${target}.orig`;
		await copyFile(target, original).catch(() => undefined);
		await mkdir(dirname(target), { recursive: true });
		await copyFile(fixture(name), target);
		try {
			const { code, output } = await project.astro(['sync']);
			expect(code).not.toBe(0);
			expect(output).toContain(message);
		} finally {
			await copyFile(original, target).catch(() => rm(target));
			await rm(original, { force: true });
		}
	});
});
