/**
 * Checks every external URL of the content (each resource, its archived copy
 * and current equivalent in every edition, the links of the text, the credited
 * original) and judges it by the rules of src/build/link-health.ts:
 *
 *   npm run check:links                   # prints, writes docs/link-report.md
 *   npm run check:links -- --update       # also records into content/link-health.json
 *   npm run check:links -- --accept <url> # takes a `changed` page as it now is
 *
 * Polite: one User-Agent naming the project, at most `perHost` requests at a
 * time to one host, 403/429/5xx and timeouts retried with backoff (honouring
 * Retry-After). When no request at all gets an answer, the network is missing,
 * not the links: it says so, changes nothing and exits with OFFLINE_EXIT_CODE.
 * LINK_CHECK_BASE=http://127.0.0.1:<port> asks `<base>/<host><path>` instead of
 * each URL, so tests run against a local server.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { contentDir } from '../src/build/editions.ts';
import {
	accept,
	judge,
	LINK_HEALTH_FILE,
	type Observation,
	outcomeOf,
	readLinkHealth,
	readPage,
	resourceLinks,
	textFingerprint,
} from '../src/build/link-health.ts';
import { readEditions } from '../src/build/content-reader.ts';
import { editionSchema } from '../src/shared/schemas/edition.ts';
import type { LinkError, LinkHealth } from '../src/shared/schemas/link-health.ts';
import { stepSchema } from '../src/shared/schemas/step.ts';

/** Exit code of a run that could make no request (EX_TEMPFAIL): the workflow then reports nothing. */
export const OFFLINE_EXIT_CODE = 75;

const repository = process.env.GITHUB_REPOSITORY
	? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}`
	: 'a learning-path site';
/** Says who asks and why, so a site owner can find us. */
export const USER_AGENT = `learning-path-link-check/1 (weekly check of the links of ${repository})`;

export interface CheckOptions {
	/** The fetch to use: the global one, or a test's. */
	fetch?: typeof fetch;
	/** A local server standing for the web: `<base>/<host><path>` is asked instead of each URL. */
	base?: string;
	/** How long one request may take, in ms. */
	timeout?: number;
	/** How many times a 403, 429, 5xx or timeout is asked again. */
	retries?: number;
	/** The wait before the first retry when the site does not say (Retry-After), in ms; doubled each time. */
	backoff?: number;
	/** The longest wait we give a site; one whose Retry-After asks for more is not asked again this run. In ms. */
	maxWait?: number;
	/** Requests at a time to one host. */
	perHost?: number;
	/** Requests at a time in all. */
	total?: number;
}

const defaults = { timeout: 15_000, retries: 3, backoff: 2_000, maxWait: 60_000, perHost: 2, total: 8 };

/** `https://host/path?q` as asked through `base`: `<base>/host/path?q`; and back. */
const throughBase = (url: string, base: string) => {
	const { host, pathname, search } = new URL(url);
	return `${base.replace(/\/$/, '')}/${host}${pathname}${search}`;
};
const fromBase = (url: string, base: string) => `https://${url.slice(base.replace(/\/$/, '').length + 1)}`;

/** Why a request got no answer, from Node's fetch error. */
function errorOf(error: unknown): LinkError {
	const { name, cause } = error as { name?: string; cause?: { code?: string; name?: string } };
	const code = cause?.code ?? '';
	if (name === 'TimeoutError' || cause?.name === 'TimeoutError' || code.includes('TIMEOUT')) return 'timeout';
	if (code === 'ENOTFOUND') return 'dns';
	if (/CERT|TLS|SSL/.test(code)) return 'tls';
	return 'network';
}

/** A Retry-After header (seconds or a date) as a wait in ms. */
function retryAfter(header: string | null): number | undefined {
	if (!header) return undefined;
	const wait = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - Date.now();
	return Number.isFinite(wait) ? Math.max(0, wait) : undefined;
}

/** What one request saw, and how long the site asked us to wait. */
interface Attempt {
	seen: Observation;
	wait?: number;
}

async function once(url: string, options: Settings): Promise<Attempt> {
	const target = options.base ? throughBase(url, options.base) : url;
	try {
		const response = await options.fetch(target, {
			redirect: 'follow',
			signal: AbortSignal.timeout(options.timeout),
			headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
		});
		const finalUrl = options.base && response.url ? fromBase(response.url, options.base) : response.url;
		const html =
			response.ok && /html|xml/.test(response.headers.get('content-type') ?? '') ? await response.text() : '';
		if (!html) await response.body?.cancel();
		const page = readPage(html);
		const text = textFingerprint(page.text);
		const seen: Observation = {
			status: response.status,
			...(finalUrl && finalUrl !== url && { finalUrl }),
			...(page.title && { title: page.title }),
			...(text && { text }),
		};
		const wait = retryAfter(response.headers.get('retry-after'));
		return { seen, ...(wait !== undefined && { wait }) };
	} catch (error) {
		return { seen: { status: 0, error: errorOf(error) } };
	}
}

type Settings = Required<Omit<CheckOptions, 'base'>> & { base?: string };
const settingsOf = (options: CheckOptions): Settings => ({ ...defaults, fetch: globalThis.fetch, ...options });

/** After a first attempt, the URL asked again with backoff while the answer says nothing either way. */
async function askAgain(url: string, settings: Settings, first: Attempt): Promise<Observation> {
	let { seen, wait } = first;
	for (let attempt = 0; outcomeOf(seen) === 'unsure' && attempt < settings.retries; attempt++) {
		// A site asking for a longer wait than we give is left alone until next week: unsure.
		if (wait !== undefined && wait > settings.maxWait) break;
		await sleep(Math.min(wait ?? settings.backoff * 2 ** attempt, settings.maxWait));
		({ seen, wait } = await once(url, settings));
	}
	return seen;
}

/** One URL, asked again with backoff while the answer says nothing either way. */
export async function observe(url: string, options: CheckOptions = {}): Promise<Observation> {
	const settings = settingsOf(options);
	return askAgain(url, settings, await once(url, settings));
}

/** `task` run on every URL, at most `perHost` at a time per host and `total` in all. */
async function politely<T>(
	urls: readonly string[],
	{ perHost, total }: Settings,
	task: (url: string) => Promise<T>,
): Promise<Map<string, T>> {
	const queues = new Map<string, string[]>();
	for (const url of urls) {
		const host = new URL(url).host;
		queues.set(host, [...(queues.get(host) ?? []), url]);
	}
	let free = total;
	const waiting: (() => void)[] = [];
	const results = new Map<string, T>();
	const worker = async (queue: string[]) => {
		for (let url = queue.shift(); url; url = queue.shift()) {
			while (free === 0) await new Promise<void>((resolve) => waiting.push(resolve));
			free--;
			try {
				results.set(url, await task(url));
			} finally {
				free++;
				waiting.shift()?.();
			}
		}
	};
	await Promise.all(
		[...queues.values()].flatMap((queue) =>
			Array.from({ length: Math.min(perHost, queue.length) }, () => worker(queue)),
		),
	);
	return results;
}

/**
 * Every URL observed: each asked once, then, unless nothing answered at all
 * (offline: no point waiting out backoffs), those whose answer said nothing
 * asked again with backoff.
 */
export async function observeAll(
	urls: readonly string[],
	options: CheckOptions = {},
): Promise<Map<string, Observation>> {
	const settings = settingsOf(options);
	const firsts = await politely(urls, settings, (url) => once(url, settings));
	const seen = new Map([...firsts].map(([url, first]) => [url, first.seen]));
	if (![...seen.values()].some((observation) => observation.status > 0)) return seen;
	const unsure = urls.filter((url) => outcomeOf(seen.get(url) as Observation) === 'unsure');
	const again = await politely(unsure, settings, (url) => askAgain(url, settings, firsts.get(url) as Attempt));
	return new Map(urls.map((url) => [url, again.get(url) ?? (seen.get(url) as Observation)]));
}

/** Where a URL appears (files, from the project root) and the titles the content gives it, in every edition. */
export interface LinkUse {
	files: Set<string>;
	titles: Set<string>;
}

/** Every external URL of the content. */
export function contentLinks(dir: string): Map<string, LinkUse> {
	const links = new Map<string, LinkUse>();
	const add = (url: string, file: string, title?: string) => {
		const use = links.get(url) ?? { files: new Set(), titles: new Set() };
		use.files.add(file.replace(/^.*?content\//, 'content/'));
		if (title) use.titles.add(title);
		links.set(url, use);
	};
	for (const edition of readEditions(dir)) {
		if (!edition.overview) continue;
		const { original } = editionSchema.parse(edition.overview.data);
		add(original.url, edition.overview.file, original.title);
		for (const file of [edition.overview, ...edition.steps]) {
			for (const match of file.body.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) add(match[1] as string, file.file);
		}
		for (const step of edition.steps) {
			const data = stepSchema.parse(step.data);
			for (const resource of [data.read, data.do])
				for (const link of resourceLinks(resource, original.date)) add(link.url, step.file, link.title);
		}
	}
	return links;
}

/** The file's records after this run: one per URL the content uses now, judged from its last record. */
export function nextHealth(
	previous: LinkHealth,
	links: Map<string, LinkUse>,
	observations: Map<string, Observation>,
	today: string,
): LinkHealth {
	const urls = [...links.keys()].filter((url) => observations.has(url)).sort();
	return {
		links: Object.fromEntries(
			urls.map((url) => [
				url,
				judge(
					previous.links[url],
					observations.get(url) as Observation,
					[...(links.get(url)?.titles ?? [])],
					url,
					today,
				),
			]),
		),
	};
}

/** docs/link-report.md: every URL, its state and why, where it is used. */
export function linkReport(health: LinkHealth, links: Map<string, LinkUse>, today: string): string {
	const records = Object.entries(health.links);
	const counts = new Map<string, number>();
	for (const [, record] of records) counts.set(record.state, (counts.get(record.state) ?? 0) + 1);
	const summary = [...counts].map(([state, count]) => `${count} ${state}`).join(', ');
	const answer = (status: number, error?: string) => (status ? String(status) : (error ?? '—'));
	return [
		'# External links',
		'',
		`Checked on ${today} by \`npm run check:links\`: ${records.length} links, ${summary}.`,
		'States (src/build/link-health.ts): ok; unsure (403, 429, a timeout, or gone fewer times in a row than it takes to be dead); changed (redirected home, a title or a text unlike the resource); dead (gone several checks in a row).',
		'',
		'| state | since | status | link | ends at | changed | used in |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...records.map(
			([url, record]) =>
				`| ${record.state} | ${record.since} | ${answer(record.status, record.error)} | ${url} | ${record.finalUrl ?? ''} | ${record.changes?.join(', ') ?? ''} | ${[...(links.get(url)?.files ?? [])].join(', ')} |`,
		),
		'',
	].join('\n');
}

const write = (file: string, text: string) => {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
};

if (import.meta.main) {
	const args = process.argv.slice(2);
	const file = join(contentDir, LINK_HEALTH_FILE);
	const shownAs = relative(process.cwd(), file);
	const health = readLinkHealth(file, shownAs);
	const today = new Date().toISOString().slice(0, 10);
	const toJson = (value: LinkHealth) => `${JSON.stringify(value, null, '\t')}\n`;
	const accepted = args.flatMap((arg, index) => (args[index - 1] === '--accept' ? [arg] : []));
	if (accepted.length > 0) {
		for (const url of accepted) {
			const record = health.links[url];
			if (!record) throw new Error(`${shownAs} has no record of ${url}`);
			health.links[url] = accept(record, today);
		}
		write(file, toJson(health));
		console.log(`Accepted as they are now: ${accepted.join(', ')}. Commit ${shownAs}.`);
		process.exit(0);
	}
	const links = contentLinks(contentDir);
	const observations = await observeAll([...links.keys()], {
		...(process.env.LINK_CHECK_BASE && { base: process.env.LINK_CHECK_BASE }),
	});
	if (![...observations.values()].some((seen) => seen.status > 0)) {
		const errors = [...new Set([...observations.values()].map((seen) => seen.error))].join(', ');
		console.error(
			`No request got an answer (${errors}): this machine seems to be offline. Nothing was judged or written.`,
		);
		process.exit(OFFLINE_EXIT_CODE);
	}
	const next = nextHealth(health, links, observations, today);
	if (args.includes('--update')) write(file, toJson(next));
	write('docs/link-report.md', linkReport(next, links, today));
	const counts = Object.values(next.links).reduce(
		(all, { state }) => all.set(state, (all.get(state) ?? 0) + 1),
		new Map<string, number>(),
	);
	console.log(
		`${observations.size} links: ${[...counts].map(([state, count]) => `${count} ${state}`).join(', ')}. Report: docs/link-report.md${args.includes('--update') ? `; records: ${shownAs}` : ''}`,
	);
}
