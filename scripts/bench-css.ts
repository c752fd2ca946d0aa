/**
 * The measure behind docs/benchmarks.md ("Inline or linked CSS"): Lighthouse
 * user flow (mobile, simulated throttling), a first visit to the overview then
 * a second page (a step) with the cache kept, for two builds of the site under
 * /roadmap/ (e.g. the CSS inlined, and the CSS linked: `import '../styles/global.css'`
 * instead of `?inline` in BaseLayout.astro).
 *
 *   node scripts/bench-css.ts --a dist-inline --b dist-linked [--runs 3]
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import { startFlow } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { browserLaunchOptions } from './browser.ts';
import { serveLocally } from './serve-pages.ts';

const { values } = parseArgs({
	options: { a: { type: 'string' }, b: { type: 'string' }, runs: { type: 'string', default: '3' } },
});
const base = '/roadmap/';
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] as number;
for (const [label, dir] of [
	['a', values.a],
	['b', values.b],
] as const) {
	const { server, origin } = await serveLocally([{ dir: String(dir), base }]);
	const root = `${origin}${base}`;
	const first: number[] = [];
	const second: number[] = [];
	for (let run = 0; run < Number(values.runs); run++) {
		const chrome = await chromeLauncher.launch({
			chromePath: browserLaunchOptions.executablePath ?? chromium.executablePath(),
			chromeFlags: ['--headless=new', ...(browserLaunchOptions.args ?? [])],
		});
		const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
		const page = await browser.newPage();
		const flow = await startFlow(page, {
			config: { extends: 'lighthouse:default', settings: { onlyCategories: ['performance'] } },
		});
		await flow.navigate(`${root}fr/`);
		await flow.navigate(`${root}fr/python/`, { disableStorageReset: true });
		const result = await flow.createFlowResult();
		const lcp = result.steps.map((step) => step.lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN);
		first.push(lcp[0] ?? Number.NaN);
		second.push(lcp[1] ?? Number.NaN);
		await browser.disconnect();
		chrome.kill();
	}
	console.log(
		`${label} ${dir}: first visit LCP ${Math.round(median(first))} ms (${first.map(Math.round).join(', ')}), second page ${Math.round(median(second))} ms (${second.map(Math.round).join(', ')})`,
	);
	server.close();
}
