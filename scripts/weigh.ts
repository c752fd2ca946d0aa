/**
 * Weighs every page of a built site in Chromium, as a first-time visitor gets
 * it: each response's encoded size and type, requests to other origins,
 * console errors and layout shift. Prints a table and one summary line, and
 * exits with 1 naming the page and the resource when a budget is broken.
 *
 *   node scripts/weigh.ts [--dir dist] [--base /]       (npm run weigh builds first)
 *
 * Then the offline worker: what a first visit downloads in the background,
 * and the requests a second visit makes offline.
 *
 * tests/e2e/budget.spec.ts runs the same measure on the end-to-end build
 * (the offline one: tests/e2e/offline.spec.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import { launchOptions } from './browser.ts';
import { crawl } from './static-page.ts';
import { normalizeBase } from '../src/shared/url.ts';
import { budgets, forkAllowance } from './budgets.ts';
import { contentDir, SOURCE_EDITION } from '../src/build/editions.ts';
import { readEditions } from '../src/build/content-reader.ts';
import { layoutShifts } from './layout-shift.ts';
import { serveLocally } from './serve-pages.ts';

export interface Resource {
	url: string;
	/** Playwright's resource type: document, script, stylesheet, image, font… */
	type: string;
	/** Encoded (compressed) body size in bytes. */
	bytes: number;
}

export interface PageWeight {
	path: string;
	resources: Resource[];
	/** Inline scripts, each gzipped on its own (part of the document's bytes). */
	inlineScriptBytes: number;
	total: number;
	/** Script files, as served. */
	script: number;
	foreign: string[];
	consoleErrors: string[];
	cls: number;
	/** What moved, when something did: element, and its move. */
	moved: string[];
	/** Where the page sends the browser on its own (a meta refresh or a script), if anywhere: a path like `path`. */
	forwardsTo?: string;
}

/**
 * What a navigation can go to: a page's address (a last segment without a dot), not a file. Only these
 * go through the route below: each routed request is a round trip to this process, and routing the
 * pages' scripts, styles and icons too cost the budget test 13 % of its CPU (74-79 against 65-66 s, 2026-12-04).
 */
const PAGE_ADDRESS = /\/[^./?#]*\/?(\?[^#]*)?$/;

/** Loads one page in a fresh context (empty cache) and measures it; `storage` is put in localStorage first (saved progress). */
export async function weighPage(
	browser: Browser,
	baseURL: string,
	path: string,
	storage: Record<string, string> = {},
): Promise<PageWeight> {
	const context = await browser.newContext();
	if (Object.keys(storage).length > 0)
		await context.addInitScript((entries) => {
			for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
		}, storage);
	const page = await context.newPage();
	const origin = new URL(baseURL).origin;
	const responses: Promise<Resource | undefined>[] = [];
	const foreign: string[] = [];
	const consoleErrors: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith('data:') && new URL(request.url()).origin !== origin) foreign.push(request.url());
	});
	const url = new URL(path, baseURL).href;
	// The 404 page's own status is logged as an error by Chromium; it is the point of that page, not a fault.
	page.on(
		'console',
		(message) => message.type() === 'error' && message.location().url !== url && consoleErrors.push(message.text()),
	);
	page.on('pageerror', (error) => consoleErrors.push(error.message));
	// Each page is weighed on its own: a navigation elsewhere (the root page's meta refresh) is answered
	// "204 No Content", which leaves the browser on the page being weighed. Told apart by its address,
	// not by coming first: a page's own navigation seen twice (a restarted request) would be answered 204
	// and aborted, as one page was once under load (net::ERR_ABORTED, 2026-12-04).
	let forwardsTo: string | undefined;
	await page.route(PAGE_ADDRESS, (route) => {
		const request = route.request();
		if (!request.isNavigationRequest() || request.frame() !== page.mainFrame() || request.url() === url)
			return route.continue();
		forwardsTo ??= request.url().replace(new URL(baseURL).href, '');
		return route.fulfill({ status: 204 });
	});
	// A size that cannot be read fails the measure, unless the context was closing: a request finishing
	// then is left out (below). Its rejection is caught where it is made: left for later, it was an
	// unhandled rejection that failed the test in the instant the context closed (three workers, 2026-12-04).
	let closing = false;
	const unread: string[] = [];
	page.on('requestfinished', (request) =>
		responses.push(
			request.sizes().then(
				(sizes) => ({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize }),
				(error: Error) => {
					if (!closing) unread.push(`${request.url()}: ${error.message}`);
					return undefined;
				},
			),
		),
	);
	await page.goto(url, { waitUntil: 'networkidle' });
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')]
			.filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
			.map((script) => script.textContent ?? ''),
	);
	const { total: cls, moved } = await layoutShifts(page, 300);
	// Sizes are read from the browser, so every size asked for is read before the
	// context closes; a request finishing in the instant before it closes can no
	// longer be read and is left out.
	for (let read = 0; read < responses.length;) {
		const batch = responses.slice(read);
		read = responses.length;
		await Promise.all(batch);
	}
	// A request the page still makes while its context closes would find the route's answer refused
	// ("Target page, context or browser has been closed"), thrown from the handler into the test. The
	// route is taken down first, its late errors ignored.
	closing = true;
	await page.unrouteAll({ behavior: 'ignoreErrors' });
	await context.close();
	if (unread.length > 0) throw new Error(`${path}: sizes not read:\n${unread.join('\n')}`);
	const resources = (await Promise.all(responses)).filter((resource) => resource !== undefined);
	const inlineScriptBytes = inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
	return {
		path,
		resources,
		inlineScriptBytes,
		total: resources.reduce((sum, resource) => sum + resource.bytes, 0),
		script: resources
			.filter((resource) => resource.type === 'script')
			.reduce((sum, resource) => sum + resource.bytes, 0),
		foreign,
		consoleErrors,
		cls,
		moved,
		...(forwardsTo && { forwardsTo }),
	};
}

/** Every page reachable from the root, and the 404 page. */
/** Pages weighed side by side, each in its own context. */
const AT_ONCE = 4;

export async function weighSite(
	browser: Browser,
	baseURL: string,
	storage: Record<string, string> = {},
): Promise<PageWeight[]> {
	const page = await browser.newPage();
	const paths = [...(await crawl(page, baseURL)).keys(), 'missing-page/'];
	await page.close();
	// Four at a time: most of a page's time is spent waiting for the network to be quiet (500 ms) and for shifts (300 ms).
	const weights: PageWeight[] = [];
	let next = 0;
	await Promise.all(
		Array.from({ length: AT_ONCE }, async () => {
			for (let index = next++; index < paths.length; index = next++)
				weights[index] = await weighPage(browser, baseURL, paths[index] as string, storage);
		}),
	);
	return weights;
}

export interface OfflineWeight {
	path: string;
	/** Files the worker's cache holds after the first visit. */
	precacheFiles: number;
	/** What the worker downloaded for them, as served (gzip). */
	precacheBytes: number;
	/** In how many requests (one bundle a group). */
	downloads: number;
	/** Requests that reached the network when the page was opened again offline. */
	offlineRequests: string[];
}

/** A first visit to `path` (what the offline worker downloads meanwhile), then a second one offline. */
export async function weighOffline(browser: Browser, baseURL: string, path: string): Promise<OfflineWeight> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const url = new URL(path, baseURL).href;
	// Everything the first visit asks for is in: a request still on its way would fail offline and count.
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.evaluate(async () => void (await navigator.serviceWorker.ready));
	// The page's own edition is downloaded meanwhile: wait until the cache holds the page (the root: the overview it shows).
	const kept = new URL(path || `${SOURCE_EDITION}/`, baseURL).href;
	for (
		let tries = 0;
		tries < 300 && !(await page.evaluate(async (href) => !!(await caches.match(href)), kept));
		tries++
	)
		await page.waitForTimeout(100);
	const cached = await page.evaluate(async () => {
		const names = await caches.keys();
		return (
			await Promise.all(
				names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)),
			)
		).flat();
	});
	// What the worker fetched, as served (gzip): its own resource timings.
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
	const downloads = await worker.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => ({ url: entry.name, bytes: (entry as PerformanceResourceTiming).encodedBodySize })),
	);
	await context.setOffline(true);
	const offlineRequests: string[] = [];
	page.on(
		'response',
		(response) =>
			!response.fromServiceWorker() && offlineRequests.push(`${response.url()} (answered ${response.status()})`),
	);
	page.on('requestfailed', (request) =>
		offlineRequests.push(`${request.url()} (failed: ${request.failure()?.errorText})`),
	);
	await page.goto(url, { waitUntil: 'networkidle' });
	await context.close();
	return {
		path,
		precacheFiles: cached.length,
		precacheBytes: downloads.reduce((sum, download) => sum + download.bytes, 0),
		downloads: downloads.length,
		offlineRequests,
	};
}

/** One line for the offline measure, and its broken budgets. */
export function offlineReport(weight: OfflineWeight): { line: string; over: string[] } {
	const line = `offline: a first visit to ${weight.path} downloads ${weight.precacheFiles} files in ${weight.downloads} requests, ${kb(weight.precacheBytes)} in the background (budget ${kb(precacheBudget)}); a second visit offline: ${weight.offlineRequests.length} network requests (budget ${budgets.offlineRequests})`;
	const over = [
		weight.precacheBytes > precacheBudget &&
			`${weight.path}: the offline download is ${kb(weight.precacheBytes)}, over ${kb(precacheBudget)}`,
		weight.offlineRequests.length > budgets.offlineRequests &&
			`${weight.path}: offline, requests reached the network: ${weight.offlineRequests.join(', ')}`,
	].filter((message): message is string => typeof message === 'string');
	return { line, over };
}

/** A script no page loads at first: a dynamic `import()` loads it on first use. */
export interface OnDemand {
	file: string;
	/** Gzipped size in bytes. */
	bytes: number;
}

/** The built scripts of `dir` (its `_astro/`) that no page of `weights` loaded on first visit, each gzipped. */
export function onDemandModules(dir: string, weights: PageWeight[]): OnDemand[] {
	const loaded = new Set(
		weights.flatMap((weight) =>
			weight.resources
				.filter((resource) => resource.type === 'script')
				.map((resource) => name(resource.url).split('/').pop()),
		),
	);
	const folder = join(dir, '_astro');
	return readdirSync(folder)
		.filter((file) => file.endsWith('.js') && !loaded.has(file))
		.map((file) => ({ file, bytes: gzipSync(readFileSync(join(folder, file))).length }))
		.sort((a, b) => b.bytes - a.bytes);
}

/** One message per on-demand module over its budget. */
export const onDemandOverBudget = (modules: OnDemand[]): string[] =>
	modules
		.filter((module) => module.bytes > budgets.onDemandBytes)
		.map((module) => `${module.file}: ${kb(module.bytes)} loaded on demand, over ${kb(budgets.onDemandBytes)}`);

/** The on-demand modules, one line each. */
export const onDemandReport = (modules: OnDemand[]): string =>
	[
		`on demand (budget ${kb(budgets.onDemandBytes)} each):`,
		...modules.map((module) => `  ${module.file.padEnd(40)}${kb(module.bytes)}`),
	].join('\n');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/**
 * The content's path: its source's steps (every edition shows them all, a
 * missing translation from the source) and its editions. Beyond the path the
 * budgets were set on, a fork's pages and offline download get `forkAllowance`.
 */
const editions = readEditions(contentDir);
const allowance = forkAllowance({
	steps: editions.find((edition) => edition.id === SOURCE_EDITION)?.steps.length ?? 0,
	editions: editions.length,
});
/** The weight budget of a page and of the offline download, for this content. */
export const pageBudget = budgets.totalBytes + allowance.pageBytes;
export const precacheBudget = budgets.precacheBytes + allowance.precacheBytes;
const name = (url: string) => new URL(url).pathname;

/** A page's weight budget: the translation status page (routes.translations, under the base) has its own. */
const totalBudget = (path: string) => (path === 'translations/' ? budgets.translationsBytes : pageBudget);

/**
 * One message per broken budget, naming the page and, where it helps, the
 * resource. The weight, JavaScript and request budgets are a first visit's;
 * for a learner coming back with progress (`returning`), what shows it loads
 * at once (tracker.ts `start`), and each such script is held to the on-demand
 * budget instead. Origins, console errors and layout shift hold either way.
 */
export function overBudget(weights: PageWeight[], { returning = false } = {}): string[] {
	return weights.flatMap((weight) => {
		const page = weight.path || '(root)';
		const biggest = (type?: string) =>
			[...weight.resources]
				.filter((resource) => !type || resource.type === type)
				.sort((a, b) => b.bytes - a.bytes)
				.slice(0, 3)
				.map((resource) => `${name(resource.url)} ${kb(resource.bytes)}`)
				.join(', ');
		return [
			!returning &&
				weight.total > totalBudget(weight.path) &&
				`${page}: ${kb(weight.total)} transferred, over ${kb(totalBudget(weight.path))} (largest: ${biggest()})`,
			!returning &&
				weight.script > budgets.scriptBytes &&
				`${page}: ${kb(weight.script)} of JavaScript files, over ${kb(budgets.scriptBytes)} (${biggest('script')})`,
			...(returning
				? weight.resources.filter((resource) => resource.type === 'script' && resource.bytes > budgets.onDemandBytes)
				: []
			).map((resource) => `${page}: ${name(resource.url)} ${kb(resource.bytes)}, over ${kb(budgets.onDemandBytes)}`),
			!returning &&
				weight.resources.length > budgets.requests &&
				`${page}: ${weight.resources.length} requests, over ${budgets.requests} (${weight.resources.map((resource) => name(resource.url)).join(', ')})`,
			weight.foreign.length > budgets.foreignRequests &&
				`${page}: requests to another origin: ${weight.foreign.join(', ')}`,
			weight.consoleErrors.length > budgets.consoleErrors &&
				`${page}: console errors: ${weight.consoleErrors.join(' | ')}`,
			weight.cls > budgets.cls &&
				`${page}: layout shift ${weight.cls.toFixed(4)}, over ${budgets.cls} (${weight.moved.join('; ')})`,
		].filter((message): message is string => typeof message === 'string');
	});
}

/** A table of every page and resource, and one summary line. */
export function report(weights: PageWeight[]): string {
	const lines = ['page                      requests  total      JS files  inline JS  CLS   resources'];
	for (const weight of weights) {
		const resources = weight.resources
			.map((resource) => `${resource.type}:${name(resource.url).split('/').pop() || '/'} ${resource.bytes} B`)
			.join(', ');
		lines.push(
			`${(weight.path || '(root)').padEnd(26)}${String(weight.resources.length).padEnd(10)}${kb(weight.total).padEnd(11)}${kb(weight.script).padEnd(10)}${kb(weight.inlineScriptBytes).padEnd(11)}${weight.cls.toFixed(2).padEnd(6)}${resources}`,
		);
	}
	const max = (pick: (weight: PageWeight) => number) => Math.max(...weights.map(pick));
	// The address people share: what it costs until the reader sees a page, the page it forwards to included.
	const root = weights.find((weight) => weight.path === '');
	if (root) {
		const target = weights.find((weight) => root.forwardsTo !== undefined && weight.path === root.forwardsTo);
		const total = root.total + (target?.total ?? 0);
		const requests = root.resources.length + (target?.resources.length ?? 0);
		lines.push(
			`root: ${kb(total)} in ${requests} requests until the reader sees a page (${root.forwardsTo ? `forwards to ${root.forwardsTo}, included` : 'no redirect'})`,
		);
	}
	lines.push(
		`weigh: ${weights.length} pages; heaviest ${kb(max((weight) => weight.total))} (budget ${kb(pageBudget)}${allowance.pageBytes > 0 ? `, ${kb(budgets.totalBytes)} and the fork's allowance` : ''}), JS files at most ${kb(max((weight) => weight.script))} (budget ${kb(budgets.scriptBytes)}) + ${kb(max((weight) => weight.inlineScriptBytes))} inline, at most ${max((weight) => weight.resources.length)} requests (budget ${budgets.requests}), ${weights.reduce((sum, weight) => sum + weight.foreign.length, 0)} to other origins, CLS at most ${max((weight) => weight.cls).toFixed(2)}`,
	);
	return lines.join('\n');
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: {
			dir: { type: 'string', default: 'dist' },
			base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
		},
	});
	const base = normalizeBase(values.base);
	const { server, origin } = await serveLocally([{ dir: values.dir, base }]);
	const browser = await chromium.launch(launchOptions);
	const weights = await weighSite(browser, `${origin}${base}`);
	const offline = offlineReport(await weighOffline(browser, `${origin}${base}`, `${SOURCE_EDITION}/`));
	await browser.close();
	server.close();
	console.log(report(weights));
	console.log(offline.line);
	const modules = onDemandModules(values.dir, weights);
	console.log(onDemandReport(modules));
	const broken = [...overBudget(weights), ...offline.over, ...onDemandOverBudget(modules)];
	for (const message of broken) console.error(`over budget: ${message}`);
	process.exitCode = broken.length > 0 ? 1 : 0;
}
