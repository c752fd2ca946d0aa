import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { syntheticStep } from '../../scripts/bench-build.ts';
import { peerFiles } from '../../scripts/starlight-peer.ts';
import { stepFile } from '../../src/build/content-reader.ts';
import { contentDir } from '../../src/build/editions.ts';
import { editions, stepFileOf, stepsOf, translations } from '../support/content.ts';

const [source = ''] = editions();
const firstStepFile = stepFileOf(source, stepsOf(source)[0]?.id ?? '');
const frontmatterOf = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');

test('a synthetic step is the real first step with only its id, order and title changed', () => {
	const template = readFileSync(firstStepFile, 'utf8');
	const copy = frontmatterOf(syntheticStep(template, 42));
	const original = frontmatterOf(template);
	expect(copy).toEqual({ ...original, id: 'step-42', order: 42, title: `${original.title} (42)` });
	expect(syntheticStep(template, 42).endsWith(template.slice(template.indexOf('\n---', 4) + 4))).toBe(true);
});

test('the benchmark builds its smallest roadmap and reports the pages it built', async () => {
	const { stdout } = await promisify(execFile)(
		process.execPath,
		['scripts/bench-build.ts', '--sizes', '7', '--editions', '2'],
		{ maxBuffer: 16 * 1024 * 1024 },
	);
	const row = /^\| 7 × 2 \| (\d+) \| ([\d.]+) s \| (\d+) ms \|$/m.exec(stdout);
	expect(row, stdout).not.toBeNull();
	expect(Number(row?.[1])).toBeGreaterThan(2 * 7);
}, 180_000);

test('the Starlight peer has a page per step of every edition, with its text and both resources, and an overview listing the steps', () => {
	const files = peerFiles(contentDir, 'https://example.github.io', '/roadmap/');
	for (const edition of editions()) {
		const overview = files.get(`src/content/docs/${edition}/index.md`) ?? '';
		for (const step of stepsOf(edition)) {
			const page = files.get(`src/content/docs/${edition}/${step.id}.md`) ?? '';
			expect(frontmatterOf(page).title).toBe(step.title);
			expect(page).toContain(`](${step.read.url})`);
			expect(page).toContain(`](${step.do.url})`);
			expect(overview).toContain(`[${step.title}](${step.id}/)`);
		}
		expect(overview).not.toContain('<StepList');
	}
	expect(files.get('astro.config.mjs')).toContain('base: "/roadmap/"');
});

test('a step a translation lacks is in the peer as the site shows it: from the source, at its place', () => {
	const [translation] = translations();
	const [, missing] = stepsOf(source);
	if (!translation || !missing) throw new Error('this test needs a translation and two steps');
	const copy = mkdtempSync(join(tmpdir(), 'peer-content-'));
	try {
		cpSync(contentDir, copy, { recursive: true });
		rmSync(stepFile(copy, translation, missing.id));
		const files = peerFiles(copy, 'https://example.github.io', '/roadmap/');
		const page = files.get(`src/content/docs/${translation}/${missing.id}.md`) ?? '';
		expect(frontmatterOf(page).title).toBe(missing.title);
		expect(frontmatterOf(page).sidebar.order).toBe(missing.order);
		expect(files.get(`src/content/docs/${translation}/index.md`)).toContain(`[${missing.title}](${missing.id}/)`);
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
});
