/**
 * Lighthouse (mobile preset, simulated throttling) on the overview and a step
 * page of the end-to-end build: 100 in performance, accessibility, best
 * practices and SEO. A page that misses 100 on its first run is run twice
 * more and judged on the median of each score; the bar never moves.
 *
 * Each run waits for a quiet CPU first, as Lighthouse's guide to score
 * variability advises: right after the rest of the suite, Chromium processes
 * still winding down on a 2-core machine were enough to turn 100 into 96.
 */
import { chromium, expect, test } from '@playwright/test';
import { cpus } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { launchOptions } from '../../scripts/browser.ts';
import { SOURCE_EDITION, stepsOf } from '../support/content.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Scores = Record<(typeof CATEGORIES)[number], number>;

/** The share of CPU time idle over the next second, all cores together. */
async function idleShare(): Promise<number> {
	const total = () => cpus().reduce((sum, cpu) => ({ idle: sum.idle + cpu.times.idle, all: sum.all + Object.values(cpu.times).reduce((a, b) => a + b, 0) }), { idle: 0, all: 0 });
	const before = total();
	await new Promise((resolve) => setTimeout(resolve, 1000));
	const after = total();
	return (after.idle - before.idle) / Math.max(1, after.all - before.all);
}

/** Waits (60 s at most) until two seconds in a row are at least 80 % idle; says what it found. */
async function waitForQuietCpu(): Promise<void> {
	let quietSeconds = 0;
	let idle = 0;
	for (let second = 0; second < 60 && quietSeconds < 2; second++) {
		idle = await idleShare();
		quietSeconds = idle >= 0.8 ? quietSeconds + 1 : 0;
	}
	console.log(`  CPU ${Math.round(idle * 100)} % idle before the run`);
}

async function audit(url: string): Promise<{ scores: Scores; failing: string[] }> {
	await waitForQuietCpu();
	const chrome = await chromeLauncher.launch({
		chromePath: launchOptions.executablePath ?? chromium.executablePath(),
		chromeFlags: ['--headless=new', ...(launchOptions.args ?? [])],
	});
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
		const lhr = result?.lhr;
		if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
		const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])) as Scores;
		const failing = Object.values(lhr.audits)
			.filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
			.map((audit) => `${audit.id}: ${audit.displayValue ?? audit.title}`);
		return { scores, failing };
	} finally {
		chrome.kill();
	}
}

test.describe.configure({ mode: 'serial' });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

for (const path of [`${SOURCE_EDITION}/`, `${SOURCE_EDITION}/${stepsOf(SOURCE_EDITION)[0]?.id}/`]) {
	test(`Lighthouse scores 100 in all four categories on ${path}`, async ({}, info) => {
		test.setTimeout(480_000);
		const url = new URL(path, String(info.project.use.baseURL)).href;
		const runs = [await audit(url)];
		if (CATEGORIES.some((category) => runs[0]?.scores[category] !== 100)) runs.push(await audit(url), await audit(url));
		const scores = Object.fromEntries(CATEGORIES.map((category) => [category, median(runs.map((run) => run.scores[category]))])) as Scores;
		console.log(`lighthouse ${path}: ${CATEGORIES.map((category) => `${category} ${scores[category]}`).join(', ')} (${runs.length} run${runs.length > 1 ? 's, median' : ''})`);
		for (const run of runs) if (run.failing.length > 0) console.log(`  below 1: ${run.failing.join('; ')}`);
		expect(scores).toEqual({ performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 });
	});
}
