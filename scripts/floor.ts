/**
 * How close a page paints to its network's floor: Lighthouse (mobile preset,
 * simulated throttling) measures the page's Largest Contentful Paint, then the
 * LCP of the same HTML with its stylesheets and scripts stripped, in the same
 * run. The ratio of the two is the cost of everything but the document; 1.10
 * is the bar (tests/e2e/lighthouse.spec.ts). scripts/starlight-peer.ts measures
 * a stock Starlight site the same way, for docs/benchmarks.md.
 */
import { createServer, type Server } from 'node:http';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { browserLaunchOptions } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

/** Above this LCP ratio (page / its stripped HTML), a page does not paint at its floor: issue #13's bar. */
export const FLOOR_RATIO = 1.1;

/** The share of CPU time idle over the next second, all cores together. */
async function idleShare(): Promise<number> {
	const total = () =>
		cpus().reduce(
			(sum, cpu) => ({
				idle: sum.idle + cpu.times.idle,
				all: sum.all + Object.values(cpu.times).reduce((a, b) => a + b, 0),
			}),
			{ idle: 0, all: 0 },
		);
	const before = total();
	await new Promise((resolve) => setTimeout(resolve, 1000));
	const after = total();
	return (after.idle - before.idle) / Math.max(1, after.all - before.all);
}

/**
 * Waits (`maxSeconds` at most) until two seconds in a row are at least 80 % idle, as
 * Lighthouse's guide to score variability advises: right after the rest of
 * the suite, Chromium processes still winding down on a 2-core machine were
 * enough to turn 100 into 96.
 */
export async function waitForQuietCpu(maxSeconds = 60): Promise<number> {
	let quietSeconds = 0;
	let idle = 0;
	for (let second = 0; second < maxSeconds && quietSeconds < 2; second++) {
		idle = await idleShare();
		quietSeconds = idle >= 0.8 ? quietSeconds + 1 : 0;
	}
	return idle;
}

export interface Audit {
	scores: Scores;
	/** Audits below 1 that count towards a score, with what they found. */
	failing: string[];
	/** Largest Contentful Paint, simulated, in ms. */
	lcp: number;
}

/** The server time Lantern assumes for every page and its stripped copy: its own default for an origin it knows nothing of. */
export const SERVER_RESPONSE_MS = 30;

export interface FloorOptions {
	/** Also judge the four scores (a run misses when one is below 100). */
	scores?: boolean;
	/** How long each run may wait for a quiet CPU, in seconds. */
	quietWait?: number;
}

/** Whether this process has run Lighthouse yet (see `audit`). */
let warmedUp = false;

/**
 * One Lighthouse run in a fresh Chromium, after a quiet CPU. The first run of
 * a process is made once more and thrown away before it: Lighthouse runs in
 * this process, and its first run shares the two cores with a cold JIT.
 * Measured on the root (2026-12-04): the first run of a process had a blocking
 * time of 98-156 ms three times in four, the runs after it 0.5-80 ms; whatever
 * a process measured first (the root in the gate, one of the two sites in
 * starlight-peer.ts) was penalised.
 */
export async function audit(
	url: string,
	categories: readonly (typeof CATEGORIES)[number][] = CATEGORIES,
	quietWait = 60,
): Promise<Audit> {
	if (!warmedUp) {
		warmedUp = true;
		await audit(url, ['performance'], quietWait);
	}
	await waitForQuietCpu(quietWait);
	const chrome = await chromeLauncher.launch({
		chromePath: browserLaunchOptions.executablePath ?? chromium.executablePath(),
		chromeFlags: ['--headless=new', ...(browserLaunchOptions.args ?? [])],
	});
	try {
		// Lantern estimates each origin's server time and extra round trip from what it observed: on this
		// machine, our Node servers' hiccups (the stripped copy is made per request) moved a page by
		// hundreds of milliseconds. Fixed figures, the same for the page and its stripped copy (one host
		// serves both, as Pages would), leave the simulation only the document and what it asks for.
		const { origin } = new URL(url);
		const precomputedLanternData = {
			additionalRttByOrigin: { [origin]: 0 },
			serverResponseTimeByOrigin: { [origin]: SERVER_RESPONSE_MS },
		};
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...categories],
			precomputedLanternData,
		});
		const lhr = result?.lhr;
		if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
		const scores = Object.fromEntries(
			CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
		) as Scores;
		const failing = Object.values(lhr.audits)
			.filter(
				(audit) =>
					audit.score !== null &&
					audit.score < 1 &&
					audit.scoreDisplayMode !== 'informative' &&
					audit.scoreDisplayMode !== 'manual',
			)
			.map((audit) => `${audit.id}: ${audit.displayValue ?? audit.title}`);
		const lcp = lhr.audits['largest-contentful-paint']?.numericValue;
		if (lcp === undefined) throw new Error(`Lighthouse measured no LCP for ${url}`);
		return { scores, failing, lcp };
	} finally {
		chrome.kill();
	}
}

/** The HTML without what it loads or runs: no stylesheet (linked or inline), no script (of any type). */
export function stripStylesAndScripts(html: string): string {
	return html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
		.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '')
		.replace(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/gi, '');
}

/**
 * A server that answers every path with the stripped HTML of the same path
 * on `origin` (gzipped like the original), and anything else unchanged.
 */
export function strippedMirror(origin: string): Promise<{ url: (pageUrl: string) => string; close: () => void }> {
	const server: Server = createServer(async (request, response) => {
		const upstream = await fetch(new URL(request.url ?? '/', origin));
		const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
		const body = type.startsWith('text/html')
			? Buffer.from(stripStylesAndScripts(await upstream.text()))
			: Buffer.from(await upstream.arrayBuffer());
		const gzip =
			/\bgzip\b/.test(String(request.headers['accept-encoding'])) &&
			/^(text\/|application\/(json|xml|manifest))/.test(type);
		response.writeHead(upstream.status, { 'content-type': type, ...(gzip && { 'content-encoding': 'gzip' }) });
		response.end(gzip ? gzipSync(body) : body);
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({
				url: (pageUrl) => `http://127.0.0.1:${port}${new URL(pageUrl).pathname}`,
				close: () => server.close(),
			});
		}),
	);
}

export const median = (values: number[]): number =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export interface Floor {
	url: string;
	/** The page's median LCP over its runs (with the ratio), in ms, and its median scores. */
	lcp: number;
	scores: Scores;
	failing: string[];
	/** The stripped HTML's median LCP, in ms. */
	floor: number;
	ratio: number;
	runs: number;
}

/**
 * The page and its stripped HTML, one run each; two more of each when the
 * ratio or (with `scores`) a score misses, judged on the medians; and two more
 * of the page alone when a score still misses on three (median of five).
 */
export async function measureFloor(
	url: string,
	mirror: { url: (pageUrl: string) => string },
	{ scores: wantScores = true, quietWait = 60 }: FloorOptions = {},
): Promise<Floor> {
	const pages: Audit[] = [];
	const floors: number[] = [];
	const run = async () => {
		pages.push(await audit(url, wantScores ? CATEGORIES : ['performance'], quietWait));
		floors.push((await audit(mirror.url(url), ['performance'], quietWait)).lcp);
	};
	const ratioMisses = () => median(pages.map((page) => page.lcp)) / median(floors) > FLOOR_RATIO;
	const scoresMiss = () =>
		wantScores && CATEGORIES.some((category) => median(pages.map((page) => page.scores[category])) !== 100);
	await run();
	if (ratioMisses() || scoresMiss()) {
		await run();
		await run();
	}
	// Scores still short on three runs: two more runs of the page alone (the stripped copy only serves the
	// ratio), judged on the median of five, as Lighthouse's own docs advise for a noisy machine
	// (docs/variability.md: five runs roughly halve the spread). On this 2-core machine one run's blocking
	// time moved from 16 to 260 ms with the same page (docs/benchmarks.md, 2026-12-04).
	if (scoresMiss()) {
		pages.push(await audit(url, CATEGORIES, quietWait));
		pages.push(await audit(url, CATEGORIES, quietWait));
	}
	const lcp = median(pages.map((page) => page.lcp));
	const floor = median(floors);
	return {
		url,
		lcp,
		scores: Object.fromEntries(
			CATEGORIES.map((category) => [category, median(pages.map((page) => page.scores[category]))]),
		) as Scores,
		failing: [...new Set(pages.flatMap((page) => page.failing))],
		floor,
		ratio: lcp / floor,
		runs: pages.length,
	};
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

/** The Markdown table of docs/benchmarks.md: page, LCP, LCP of the stripped HTML, ratio. */
export function floorTable(rows: { label: string; floor: Floor }[]): string {
	return [
		'| page | LCP | LCP of the same HTML, stylesheets and scripts stripped | ratio | runs |',
		'| --- | --- | --- | --- | --- |',
		...rows.map(
			({ label, floor }) =>
				`| ${label} | ${ms(floor.lcp)} | ${ms(floor.floor)} | ${floor.ratio.toFixed(2)} | ${floor.runs} |`,
		),
	].join('\n');
}
