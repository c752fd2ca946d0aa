/**
 * The Nu HTML Checker (vnu-jar, the W3C validator) on every HTML file of the
 * end-to-end build: zero errors.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { editions, SOURCE_EDITION, stepsOf } from '../support/content.ts';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist-e2e');
const vnu = join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');

const htmlFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? htmlFiles(join(dir, entry.name))
			: entry.name.endsWith('.html')
				? [join(dir, entry.name)]
				: [],
	);

test('every built page is valid HTML', async () => {
	test.setTimeout(120_000);
	const files = htmlFiles(dist);
	// At least every edition's overview, progress page and steps.
	expect(files.length).toBeGreaterThanOrEqual(editions().length * (stepsOf(SOURCE_EDITION).length + 2));
	let report = '';
	try {
		await promisify(execFile)('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], {
			maxBuffer: 32 * 1024 * 1024,
		});
	} catch (error) {
		report = (error as { stderr?: string }).stderr ?? String(error);
	}
	const messages = report ? (JSON.parse(report).messages as { url: string; message: string; extract?: string }[]) : [];
	expect(messages.map((message) => `${message.url.replace(`file:${dist}`, '')}: ${message.message}`)).toEqual([]);
});
