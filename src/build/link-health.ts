/**
 * Judging a link, not a status code. Each check of a URL gives an
 * observation (status, final URL, title, main-text fingerprint); `judge`
 * folds it into the URL's record of content/link-health.json
 * (src/shared/schemas/link-health.ts):
 *
 * - 404, 410, a name that no longer resolves or a refused certificate is a
 *   failure; `DEAD_AFTER` checks in a row make the link `dead`, dated from the first.
 * - 403, 429, a server error, a timeout or a network failure says nothing: the
 *   link is `unsure` (a `dead` or `changed` one stays so) and the run of failures
 *   neither grows nor breaks.
 * - An answer is `changed` when it redirected to a site's home page, when its
 *   title shares no word with the resource's titles (in every edition) or the
 *   title last seen healthy, or when its main text's fingerprint moved by
 *   `TEXT_CHANGE_BITS` or more from the one last seen healthy; otherwise `ok`,
 *   and it becomes the new baseline.
 *
 * The checker (scripts/check-links.ts), the issue writer (scripts/link-issue.ts)
 * and the build (src/content.config.ts, src/build/roadmap.ts) share these rules
 * and `readLinkHealth`, the one reader of the file.
 */
import { existsSync } from 'node:fs';
import {
	type LinkChange,
	type LinkError,
	type LinkHealth,
	type LinkRecord,
	linkHealthSchema,
} from '../shared/schemas/link-health.ts';
import type { Resource } from '../shared/schemas/resource.ts';
import { ContentError, schemaProblems } from './content-checks.ts';
import { parseJson, readText } from './content-files.ts';
import { archiveUrl } from '../shared/url.ts';

/** Checks in a row that must find a link gone before it is called dead. */
export const DEAD_AFTER = 3;

/** Of the 64 bits of a text fingerprint, how many must differ for the text to count as changed (unrelated texts differ by about 32). */
export const TEXT_CHANGE_BITS = 20;

/** What one check of a URL saw. */
export interface Observation {
	/** HTTP status of the last answer, after redirects; 0 when none came. */
	status: number;
	/** Why no answer came, when `status` is 0. */
	error?: LinkError;
	/** Where the answer came from, when not the URL itself. */
	finalUrl?: string;
	title?: string;
	/** `textFingerprint` of the page's main text. */
	text?: string;
}

/** What an observation says: an answer to judge, a failure towards `dead`, or nothing either way. */
export function outcomeOf({ status, error }: Observation): 'answer' | 'gone' | 'unsure' {
	if (status >= 200 && status < 400) return 'answer';
	if (status === 404 || status === 410 || error === 'dns' || error === 'tls') return 'gone';
	return 'unsure';
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text with its HTML character references read. */
function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
		if (name[0] !== '#') return entities[name.toLowerCase()] ?? whole;
		const code = name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

const squash = (text: string) => decode(text).replace(/\s+/g, ' ').trim();

/**
 * A page's title and main text, read from its HTML without running it: the
 * `<main>` (else `<article>`, else `<body>`) without scripts, styles,
 * navigation, header, footer and asides, which change with every redesign.
 */
export function readPage(html: string): { title?: string; text: string } {
	const title = squash(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '');
	const part = (tag: string) => new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*)</${tag}>`, 'i').exec(html)?.[1];
	const main = part('main') ?? part('article') ?? part('body') ?? html;
	const text = main
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<(script|style|noscript|template|svg|nav|header|footer|aside)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]+>/g, ' ');
	return { ...(title && { title }), text: squash(text) };
}

/** FNV-1a, 64 bits. */
function hash64(text: string): bigint {
	let value = 0xcbf29ce484222325n;
	for (const char of text) value = BigInt.asUintN(64, (value ^ BigInt(char.codePointAt(0) as number)) * 0x100000001b3n);
	return value;
}

/** The words of a text, lowercased, accents dropped. */
const wordsOf = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/**
 * A short fingerprint of a text (a SimHash of its three-word shingles, 16 hex
 * digits): texts that differ a little have fingerprints that differ in a few
 * bits, unrelated texts in about half. Undefined for a text without words.
 */
export function textFingerprint(text: string): string | undefined {
	const words = wordsOf(text);
	if (words.length === 0) return undefined;
	const shingles =
		words.length < 3
			? [words.join(' ')]
			: words.slice(2).map((word, index) => `${words[index]} ${words[index + 1]} ${word}`);
	const hashes = shingles.map(hash64);
	const weights = Array.from({ length: 64 }, (_, bit) =>
		hashes.reduce((weight, value) => weight + ((value >> BigInt(bit)) & 1n ? 1 : -1), 0),
	);
	const print = weights.reduce((value, weight, bit) => (weight > 0 ? value | (1n << BigInt(bit)) : value), 0n);
	return print.toString(16).padStart(16, '0');
}

/** How many of the 64 bits two fingerprints differ in. */
export function fingerprintDistance(a: string, b: string): number {
	let rest = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
	let count = 0;
	for (; rest > 0n; rest >>= 1n) count += Number(rest & 1n);
	return count;
}

/** Words too common to say two titles are about the same thing. */
const commonWords = new Set(
	'the and for with your you from how what who why are this that into des les une pour dans avec sur par est qui que aux'.split(
		' ',
	),
);

/** The words of a title that say what it is about. */
export const titleWords = (title: string) =>
	new Set(wordsOf(title).filter((word) => word.length > 2 && !commonWords.has(word)));

/** A site's home page: `/`, `/index.html`, or a language's root such as `/en/` or `/fr-fr/`. */
const isHome = (url: URL) => /^\/(?:index\.\w+|[a-z]{2}(?:[-_][a-z]{2})?\/?)?$/i.test(url.pathname);

/** Why an answer counts as changed, compared with the URL's resource titles and the page as last seen healthy. */
export function changesOf(
	url: string,
	seen: Observation,
	titles: readonly string[],
	baseline: LinkRecord['baseline'],
): LinkChange[] {
	const changes: LinkChange[] = [];
	if (seen.finalUrl && isHome(new URL(seen.finalUrl)) && !isHome(new URL(url))) changes.push('home');
	const known = [...titles, baseline?.title ?? ''].flatMap((title) => [...titleWords(title)]);
	if (seen.title && known.length > 0) {
		const words = titleWords(seen.title);
		if (!known.some((word) => words.has(word))) changes.push('title');
	}
	if (seen.text && baseline?.text && fingerprintDistance(seen.text, baseline.text) >= TEXT_CHANGE_BITS)
		changes.push('text');
	return changes;
}

/**
 * A URL's record after one more check on `today` (YYYY-MM-DD). `titles` are
 * the titles the content gives the page (none for a link in the text).
 */
export function judge(
	previous: LinkRecord | undefined,
	seen: Observation,
	titles: readonly string[],
	url: string,
	today: string,
): LinkRecord {
	const outcome = outcomeOf(seen);
	const checked = { checked: today, status: seen.status, ...(seen.error && { error: seen.error }) };
	// What an answer left: kept through failures, for the report.
	const lastAnswer = {
		...(previous?.finalUrl && { finalUrl: previous.finalUrl }),
		...(previous?.title && { title: previous.title }),
		...(previous?.text && { text: previous.text }),
	};
	const kept = { ...(previous?.baseline && { baseline: previous.baseline }) };
	if (outcome === 'unsure') {
		const stays = previous?.state === 'dead' || previous?.state === 'changed';
		return {
			state: stays ? previous.state : 'unsure',
			since: stays || previous?.state === 'unsure' ? previous.since : today,
			...checked,
			failures: previous?.failures ?? 0,
			...lastAnswer,
			...(stays && previous.changes && { changes: previous.changes }),
			...kept,
		};
	}
	if (outcome === 'gone') {
		const failures = (previous?.failures ?? 0) + 1;
		return {
			state: failures >= DEAD_AFTER ? 'dead' : 'unsure',
			// Dated from the first failure of the run, which `since` already holds while it lasts.
			since: previous && previous.failures > 0 ? previous.since : today,
			...checked,
			failures,
			...lastAnswer,
			...kept,
		};
	}
	const answer = {
		...(seen.finalUrl && { finalUrl: seen.finalUrl }),
		...(seen.title && { title: seen.title }),
		...(seen.text && { text: seen.text }),
	};
	const changes = changesOf(url, seen, titles, previous?.baseline);
	if (changes.length > 0) {
		return {
			state: 'changed',
			since: previous?.state === 'changed' ? previous.since : today,
			...checked,
			failures: 0,
			...answer,
			changes,
			...kept,
		};
	}
	return {
		state: 'ok',
		since: previous?.state === 'ok' ? previous.since : today,
		...checked,
		failures: 0,
		...answer,
		baseline: { ...(seen.title && { title: seen.title }), ...(seen.text && { text: seen.text }), checked: today },
	};
}

/** A `changed` page taken as it now is (`npm run check:links -- --accept <url>`): its last answer becomes the baseline. */
export function accept(record: LinkRecord, today: string): LinkRecord {
	if (record.state !== 'changed') return record;
	const { changes: _, ...rest } = record;
	return {
		...rest,
		state: 'ok',
		since: today,
		baseline: {
			...(record.title && { title: record.title }),
			...(record.text && { text: record.text }),
			checked: today,
		},
	};
}

/** A resource's archived copy: the one its frontmatter gives, else the Wayback Machine's nearest the article's date. */
export const archiveOf = (resource: Pick<Resource, 'url' | 'archive'>, articleDate: Date) =>
	resource.archive ?? archiveUrl(resource.url, articleDate);

/** Which URL of a resource: the link itself, its archived copy, its current equivalent. */
export type LinkRole = 'url' | 'archive' | 'replacement';

/** Every URL a resource shows, with the title the page should carry. */
export function resourceLinks(resource: Resource, articleDate: Date): { role: LinkRole; url: string; title: string }[] {
	return [
		{ role: 'url' as const, url: resource.url, title: resource.title },
		{ role: 'archive' as const, url: archiveOf(resource, articleDate), title: resource.title },
		...(resource.replacement
			? [{ role: 'replacement' as const, url: resource.replacement.url, title: resource.replacement.title }]
			: []),
	];
}

/** The day a Wayback Machine address was captured (`/web/20181205093012/…`), when it says. */
export function captureDate(url: string): Date | undefined {
	const match = /^https?:\/\/web\.archive\.org\/web\/(\d{4})(\d{2})(\d{2})/.exec(url);
	return match ? new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`) : undefined;
}

/** What a learner is told about a resource: nothing, or its link is dead (with its archive's capture day), or changed. */
export type ResourceHealth = { state: 'dead'; since: Date; archived?: Date } | { state: 'changed'; since: Date };

/** The health a resource's card shows, from the committed file. */
export function resourceHealth(
	resource: Resource,
	articleDate: Date,
	health: LinkHealth['links'],
): ResourceHealth | undefined {
	const record = health[resource.url];
	if (record?.state === 'changed') return { state: 'changed', since: new Date(record.since) };
	if (record?.state !== 'dead') return undefined;
	const archive = archiveOf(resource, articleDate);
	// The Wayback Machine redirects to its nearest capture: the checker's final URL tells which day that is.
	const archived = captureDate(health[archive]?.finalUrl ?? '') ?? captureDate(archive);
	return { state: 'dead', since: new Date(record.since), ...(archived && { archived }) };
}

/** The file, in the content folder beside the editions. */
export const LINK_HEALTH_FILE = 'link-health.json';

/**
 * The committed file's records, checked against its schema: `shownAs` names it
 * in errors (`content/link-health.json → links.https://….state: expected …`).
 * No file, or an empty one, holds no record: no check has run.
 */
export function readLinkHealth(file: string, shownAs = file): LinkHealth {
	const text = existsSync(file) ? readText(file) : '';
	if (text.trim() === '') return { links: {} };
	const result = linkHealthSchema.safeParse(parseJson(text, shownAs));
	if (!result.success) throw new ContentError(schemaProblems(shownAs, result.error.issues));
	return result.data;
}
