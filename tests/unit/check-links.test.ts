/**
 * The link checker against a local server standing for the web (no network
 * needed): it answers 200, 301 to the home page, 404, 410, 429 with
 * Retry-After, slowly, with a parked page, and with a page whose text changed.
 * Then the command itself, in a copy of the project: three runs against a
 * server where every link is gone make them dead, and a run where no request
 * can be made says so, exits with its own code and writes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentLinks, OFFLINE_EXIT_CODE, observe, observeAll, USER_AGENT } from '../../scripts/check-links.ts';
import { createTempProject, type TempProject } from '../../scripts/temp-project.ts';
import {
	DEAD_AFTER,
	judge,
	LINK_HEALTH_FILE,
	readLinkHealth,
	readPage,
	textFingerprint,
} from '../../src/build/link-health.ts';

const page = (title: string, text: string) =>
	`<!doctype html><html><head><title>${title}</title></head><body><nav>Home · About</nav><main><h1>${title}</h1><p>${text}</p></main></body></html>`;
const lesson =
	'Load the data with pandas, look at its columns, clean the missing values and plot the result before training anything. '.repeat(
		6,
	);
const salesPitch =
	'Our premium bootcamp guarantees a job: enroll today, seats are limited, pay later with our partners and get certified. '.repeat(
		6,
	);

/** What the server saw: requests per path, user agents, and the most requests at once per host. */
const hits = new Map<string, number[]>();
const agents = new Set<string>();
const busiest = new Map<string, number>();
const open = new Map<string, number>();
let rewritten = false;

function answer(
	request: IncomingMessage,
	respond: (status: number, headers?: Record<string, string>, body?: string) => void,
) {
	const path = request.url ?? '/';
	const html = { 'content-type': 'text/html; charset=utf-8' };
	const count = (hits.get(path)?.length ?? 0) + 1;
	hits.set(path, [...(hits.get(path) ?? []), Date.now()]);
	agents.add(String(request.headers['user-agent']));
	if (path === '/site.test/') return respond(200, html, page('Site home', 'Welcome to our site.'));
	if (path === '/site.test/cookbook') return respond(200, html, page('Pandas Cookbook', lesson));
	if (path === '/site.test/moved') return respond(301, { location: '/site.test/' });
	if (path === '/site.test/missing') return respond(404, html, page('Not found', 'Nothing here.'));
	if (path === '/site.test/removed') return respond(410);
	if (path === '/site.test/rewritten')
		return respond(200, html, page('Pandas Cookbook', rewritten ? salesPitch : lesson));
	if (path === '/busy.test/once')
		return count === 1 ? respond(429, { 'retry-after': '1' }) : respond(200, html, page('Pandas Cookbook', lesson));
	if (path === '/busy.test/always') return respond(429, { 'retry-after': '0' });
	if (path === '/busy.test/tomorrow') return respond(429, { 'retry-after': String(24 * 3600) });
	if (path === '/parked.test/cookbook')
		return respond(200, html, page('parked.test is for sale', 'Buy this domain today.'));
	if (path.startsWith('/slow.test/'))
		return void setTimeout(() => respond(200, html, page('Pandas Cookbook', lesson)), 400);
	if (path.startsWith('/crowded.test/'))
		return void setTimeout(() => respond(200, html, page('Pandas Cookbook', lesson)), 50);
	return respond(404);
}

let server: Server;
let base = '';

beforeAll(async () => {
	server = createServer((request, response) => {
		const host = (request.url ?? '').split('/')[1] ?? '';
		open.set(host, (open.get(host) ?? 0) + 1);
		busiest.set(host, Math.max(busiest.get(host) ?? 0, open.get(host) ?? 0));
		answer(request, (status, headers = {}, body = '') => {
			open.set(host, (open.get(host) ?? 1) - 1);
			response.writeHead(status, headers).end(body);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => server.close());

/** Fast settings for tests: short waits, short timeout. */
const quick = () => ({ base, backoff: 10, timeout: 200, retries: 2 });
const titles = ['Pandas Cookbook'];
const today = '2026-12-02';

describe('one check of a URL', () => {
	test('a page that answers: its status, title and main-text fingerprint, with a polite User-Agent', async () => {
		const seen = await observe('https://site.test/cookbook', quick());
		expect(seen).toEqual({
			status: 200,
			title: 'Pandas Cookbook',
			text: textFingerprint(readPage(page('Pandas Cookbook', lesson)).text),
		});
		expect(agents).toEqual(new Set([USER_AGENT]));
		expect(judge(undefined, seen, titles, 'https://site.test/cookbook', today)).toMatchObject({ state: 'ok' });
	});

	test('a redirect to the home page is recorded where it ends, and is a change', async () => {
		const seen = await observe('https://site.test/moved', quick());
		expect(seen).toMatchObject({ status: 200, finalUrl: 'https://site.test/' });
		expect(judge(undefined, seen, titles, 'https://site.test/moved', today)).toMatchObject({
			state: 'changed',
			changes: expect.arrayContaining(['home']),
		});
	});

	test('404 and 410 are asked once, and are not dead on one run', async () => {
		for (const [path, status] of [
			['missing', 404],
			['removed', 410],
		] as const) {
			const seen = await observe(`https://site.test/${path}`, quick());
			expect(seen).toEqual({ status });
			expect(hits.get(`/site.test/${path}`)).toHaveLength(1);
			expect(judge(undefined, seen, titles, `https://site.test/${path}`, today)).toMatchObject({
				state: 'unsure',
				failures: 1,
			});
		}
	});

	test('429 is asked again after the wait Retry-After asks for', async () => {
		const seen = await observe('https://busy.test/once', { ...quick(), backoff: 5_000 });
		expect(seen).toMatchObject({ status: 200 });
		const [first = 0, second = 0] = hits.get('/busy.test/once') ?? [];
		expect(second - first).toBeGreaterThanOrEqual(900);
		expect(second - first).toBeLessThan(5_000);
	});

	test('a 429 that lasts is asked again with backoff, then left unsure', async () => {
		const seen = await observe('https://busy.test/always', quick());
		expect(seen).toEqual({ status: 429 });
		expect(hits.get('/busy.test/always')).toHaveLength(quick().retries + 1);
		expect(judge(undefined, seen, titles, 'https://busy.test/always', today)).toMatchObject({
			state: 'unsure',
			failures: 0,
		});
	});

	test('a Retry-After longer than we wait is respected: not asked again this run', async () => {
		const started = Date.now();
		expect(await observe('https://busy.test/tomorrow', quick())).toEqual({ status: 429 });
		expect(hits.get('/busy.test/tomorrow')).toHaveLength(1);
		expect(Date.now() - started).toBeLessThan(1_000);
	});

	test('a slow answer is a timeout, asked again, never a failure', async () => {
		const seen = await observe('https://slow.test/page', quick());
		expect(seen).toEqual({ status: 0, error: 'timeout' });
		expect(hits.get('/slow.test/page')).toHaveLength(quick().retries + 1);
		const record = [1, 2, 3, 4].reduce(
			(previous) => judge(previous, seen, titles, 'https://slow.test/page', today),
			judge(undefined, seen, titles, 'https://slow.test/page', today),
		);
		expect(record).toMatchObject({ state: 'unsure', failures: 0 });
		// Given time, the same page answers.
		expect(await observe('https://slow.test/page', { ...quick(), timeout: 5_000 })).toMatchObject({ status: 200 });
	});

	test('a parked domain answers 200 with a title unlike the resource: changed', async () => {
		const seen = await observe('https://parked.test/cookbook', quick());
		expect(seen).toMatchObject({ status: 200, title: 'parked.test is for sale' });
		expect(judge(undefined, seen, titles, 'https://parked.test/cookbook', today)).toMatchObject({
			state: 'changed',
			changes: ['title'],
		});
	});

	test('a page whose text was replaced since the last check: changed', async () => {
		rewritten = false;
		const before = judge(
			undefined,
			await observe('https://site.test/rewritten', quick()),
			titles,
			'https://site.test/rewritten',
			'2026-11-25',
		);
		expect(before).toMatchObject({ state: 'ok' });
		rewritten = true;
		const after = judge(
			before,
			await observe('https://site.test/rewritten', quick()),
			titles,
			'https://site.test/rewritten',
			today,
		);
		expect(after).toMatchObject({ state: 'changed', changes: ['text'], since: today, title: 'Pandas Cookbook' });
	});
});

test('never more than two requests at a time to one host', async () => {
	const urls = Array.from({ length: 6 }, (_, index) => `https://crowded.test/page-${index}`);
	const seen = await observeAll([...urls, 'https://site.test/cookbook'], { ...quick(), perHost: 2 });
	expect([...seen.keys()].sort()).toEqual([...urls, 'https://site.test/cookbook'].sort());
	expect(busiest.get('crowded.test')).toBe(2);
});

describe('npm run check:links, in a copy of the project', () => {
	let project: TempProject;
	const links = contentLinks('content');
	beforeAll(async () => {
		project = await createTempProject();
	});
	afterAll(() => project?.remove());
	const check = (env: Record<string, string>) => project.node(['scripts/check-links.ts', '--update'], env);
	const health = () => readLinkHealth(project.file(`content/${LINK_HEALTH_FILE}`));

	test('checks every resource, archive and replacement URL of every edition', () => {
		const urls = [...links.keys()];
		expect(urls.some((url) => url.startsWith('https://web.archive.org/web/'))).toBe(true);
		expect(urls.length).toBeGreaterThan(new Set([...links.values()].flatMap((use) => [...use.files])).size);
	});

	test('offline, it says so, exits with its own code and writes nothing', async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const port = (closed.address() as AddressInfo).port;
		await new Promise((resolve) => closed.close(resolve));
		const { code, output } = await check({ LINK_CHECK_BASE: `http://127.0.0.1:${port}` });
		expect(output).toContain('offline');
		expect(code).toBe(OFFLINE_EXIT_CODE);
		expect(existsSync(project.file(`content/${LINK_HEALTH_FILE}`))).toBe(false);
		expect(existsSync(project.file('docs/link-report.md'))).toBe(false);
	});

	test(`links gone ${DEAD_AFTER} runs in a row are dead; the file and the report say so`, async () => {
		for (let run = 1; run <= DEAD_AFTER; run++) {
			const { code, output } = await check({ LINK_CHECK_BASE: `${base}/nowhere` });
			expect(code, output).toBe(0);
			const states = new Set(Object.values(health().links).map((record) => record.state));
			expect(states).toEqual(new Set([run < DEAD_AFTER ? 'unsure' : 'dead']));
		}
		expect(Object.keys(health().links).sort()).toEqual([...links.keys()].sort());
		const report = readFileSync(project.file('docs/link-report.md'), 'utf8');
		expect(report).toContain(`${links.size} links, ${links.size} dead`);
	});

	test('--accept takes a changed page as it now is', async () => {
		const [url] = [...links.keys()];
		const file = project.file(`content/${LINK_HEALTH_FILE}`);
		const records = health();
		records.links[url as string] = {
			state: 'changed',
			since: today,
			checked: today,
			status: 200,
			title: 'A new title',
			changes: ['title'],
			failures: 0,
		};
		writeFileSync(file, JSON.stringify(records));
		const { code, output } = await project.node(['scripts/check-links.ts', '--accept', url as string]);
		expect(code, output).toBe(0);
		expect(health().links[url as string]).toMatchObject({ state: 'ok', baseline: { title: 'A new title' } });
		expect(health().links[url as string]?.changes).toBeUndefined();
	});
});
