/**
 * The rules that judge a link over successive checks (src/build/link-health.ts):
 * a page gone once or twice is not dead, three times in a row it is, dated
 * from the first; a 429 or a timeout never makes a verdict; a page that
 * answers but is not the page any more (sent home, parked, rewritten) is changed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	accept,
	captureDate,
	DEAD_AFTER,
	fingerprintDistance,
	judge,
	type Observation,
	readLinkHealth,
	readPage,
	resourceHealth,
	TEXT_CHANGE_BITS,
	textFingerprint,
} from '../../src/build/link-health.ts';
import { archiveUrl } from '../../src/shared/url.ts';
import { type LinkRecord, linkStates } from '../../src/shared/schemas/link-health.ts';
import { editionOf, SOURCE_EDITION, stepsOf } from '../support/content.ts';

const [step] = stepsOf(SOURCE_EDITION);
if (!step) throw new Error('the source edition has no step');
const resource = step.read;
const articleDate = editionOf(SOURCE_EDITION).original.date;
const url = resource.url;
const days = ['2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25'];

const article =
	'Machine learning engineers spend most of their days cleaning data, writing tests and reading code written by others. '.repeat(
		8,
	);
const healthy: Observation = {
	status: 200,
	title: `${resource.title} | Site`,
	text: textFingerprint(article),
};

/** The record after a sequence of checks, one a week. */
function run(...seen: Observation[]): LinkRecord | undefined {
	return seen.reduce<LinkRecord | undefined>(
		(record, observation, index) => judge(record, observation, [resource.title], url, days[index] as string),
		undefined,
	);
}

describe('a link that stops answering', () => {
	const notFound: Observation = { status: 404 };
	test(`is unsure after one or two failures, dead after ${DEAD_AFTER}, dated from the first`, () => {
		expect(DEAD_AFTER).toBe(3);
		expect(run(healthy, notFound)).toMatchObject({ state: 'unsure', failures: 1, since: days[1] });
		expect(run(healthy, notFound, notFound)).toMatchObject({ state: 'unsure', failures: 2, since: days[1] });
		expect(run(healthy, notFound, notFound, notFound)).toMatchObject({ state: 'dead', failures: 3, since: days[1] });
	});

	test('410, a name that no longer resolves and a refused certificate count the same', () => {
		expect(run({ status: 410 }, { status: 0, error: 'dns' }, { status: 0, error: 'tls' })).toMatchObject({
			state: 'dead',
			since: days[0],
		});
	});

	test('an answer between failures starts the count again', () => {
		expect(run(notFound, notFound, healthy, notFound)).toMatchObject({ state: 'unsure', failures: 1, since: days[3] });
	});

	test('keeps what the page was, so the report can say it', () => {
		expect(run(healthy, notFound)).toMatchObject({
			status: 404,
			title: healthy.title,
			baseline: { title: healthy.title, checked: days[0] },
		});
	});
});

describe('an answer that says nothing (403, 429, 5xx, a timeout, a network failure)', () => {
	const tooMany: Observation = { status: 429 };
	const timeout: Observation = { status: 0, error: 'timeout' };
	test('is never a verdict, however many times it comes', () => {
		expect(run(tooMany)).toMatchObject({ state: 'unsure', failures: 0 });
		expect(run(timeout, timeout, timeout)).toMatchObject({ state: 'unsure', failures: 0, since: days[0] });
		expect(run(healthy, { status: 403 }, { status: 503 }, { status: 0, error: 'network' })).toMatchObject({
			state: 'unsure',
			since: days[1],
		});
	});

	test('neither grows nor breaks a run of failures, and leaves a dead link dead', () => {
		expect(run({ status: 404 }, tooMany, { status: 404 }, { status: 404 })).toMatchObject({
			state: 'dead',
			failures: 3,
			since: days[0],
		});
		expect(run({ status: 404 }, { status: 404 }, { status: 404 }, timeout)).toMatchObject({
			state: 'dead',
			since: days[0],
		});
	});
});

describe('a page that answers but is not the page any more', () => {
	test('a redirect to the site home page is a change (a soft 404)', () => {
		const home = new URL('/', url).href;
		expect(run(healthy, { ...healthy, finalUrl: home })).toMatchObject({
			state: 'changed',
			changes: ['home'],
			since: days[1],
		});
		expect(run({ ...healthy, finalUrl: new URL('/en/', url).href })).toMatchObject({
			state: 'changed',
			changes: ['home'],
		});
		// A move to another page is no change.
		expect(run({ ...healthy, finalUrl: new URL('/somewhere/else', url).href })).toMatchObject({ state: 'ok' });
	});

	test('a title sharing no word with the resource is a change (a parked domain)', () => {
		expect(run({ ...healthy, title: 'This domain is for sale!' })).toMatchObject({
			state: 'changed',
			changes: ['title'],
		});
		expect(run(healthy, { ...healthy, title: 'Buy this domain' })).toMatchObject({
			state: 'changed',
			changes: ['title'],
			since: days[1],
		});
	});

	test('a title in other words is fine when it shares one with the resource or with the page as it was', () => {
		const own = [...resource.title.split(' ')].sort((a, b) => b.length - a.length)[0] as string;
		expect(run({ ...healthy, title: `${own} — new look` })).toMatchObject({ state: 'ok' });
		// Accepted as it now is (`--accept`), its new title is the reference.
		const accepted = accept(run({ ...healthy, title: 'Zebra quartz' }) as LinkRecord, days[1] as string);
		expect(
			judge(accepted, { ...healthy, title: 'Zebra quartz, second edition' }, [resource.title], url, days[2] as string),
		).toMatchObject({ state: 'ok' });
	});

	test(`a main text whose fingerprint moved ${TEXT_CHANGE_BITS} bits or more is a change; a small edit is not`, () => {
		const edited = textFingerprint(article.replace('cleaning', 'tidying')) as string;
		const replaced = textFingerprint(
			'Enroll today in our premium bootcamp and get a certificate with job guarantee, limited seats, pay later. '.repeat(
				8,
			),
		) as string;
		expect(fingerprintDistance(healthy.text as string, edited)).toBeLessThan(TEXT_CHANGE_BITS);
		expect(fingerprintDistance(healthy.text as string, replaced)).toBeGreaterThanOrEqual(TEXT_CHANGE_BITS);
		expect(run(healthy, { ...healthy, text: edited })).toMatchObject({ state: 'ok' });
		expect(run(healthy, { ...healthy, text: replaced })).toMatchObject({ state: 'changed', changes: ['text'] });
		// Compared with the page as last seen healthy, not the changed one: it stays changed, from its first day.
		expect(run(healthy, { ...healthy, text: replaced }, { ...healthy, text: replaced })).toMatchObject({
			state: 'changed',
			since: days[1],
		});
		expect(run(healthy, { ...healthy, text: replaced }, healthy)).toMatchObject({ state: 'ok', since: days[2] });
	});
});

describe('reading a page', () => {
	test('takes the title and the main text, without scripts, navigation and footer', () => {
		const html = `<html><head><title> Pandas &amp; friends&#33; </title><style>p{}</style></head><body><nav>Menu</nav>
			<main><h1>Cookbook</h1><script>track()</script><p>Read&nbsp;the data.</p></main><footer>© 2026</footer></body></html>`;
		expect(readPage(html)).toEqual({ title: 'Pandas & friends!', text: 'Cookbook Read the data.' });
		expect(readPage('<body><p>Only text</p></body>')).toEqual({ text: 'Only text' });
	});

	test('a text without words has no fingerprint', () => {
		expect(textFingerprint(' … ')).toBeUndefined();
		expect(textFingerprint('Deux mots')).toMatch(/^[0-9a-f]{16}$/);
	});
});

describe('what the learner is told', () => {
	const archive = archiveUrl(url, articleDate);
	const record = (state: LinkRecord['state'], extra: Partial<LinkRecord> = {}): LinkRecord => ({
		state,
		since: days[1] as string,
		checked: days[3] as string,
		status: 404,
		failures: 3,
		...extra,
	});

	test('nothing for a healthy, unsure or unknown link', () => {
		expect(resourceHealth(resource, articleDate, {})).toBeUndefined();
		expect(
			resourceHealth(resource, articleDate, { [url]: record('ok', { status: 200, failures: 0 }) }),
		).toBeUndefined();
		expect(resourceHealth(resource, articleDate, { [url]: record('unsure', { failures: 2 }) })).toBeUndefined();
	});

	test('a dead link, since when, and the day its archived copy was captured', () => {
		const capture = archive.replace(/\/web\/\d+\//, '/web/20181205093012/');
		expect(captureDate(capture)).toEqual(new Date('2018-12-05T00:00:00Z'));
		expect(
			resourceHealth(resource, articleDate, {
				[url]: record('dead'),
				[archive]: record('ok', { status: 200, finalUrl: capture }),
			}),
		).toEqual({
			state: 'dead',
			since: new Date(days[1] as string),
			archived: new Date('2018-12-05T00:00:00Z'),
		});
		// Not checked yet: the day the archive's address asks for.
		expect(resourceHealth(resource, articleDate, { [url]: record('dead') })).toMatchObject({
			archived: captureDate(archive),
		});
	});

	test('a changed page, since when', () => {
		expect(
			resourceHealth(resource, articleDate, { [url]: record('changed', { status: 200, changes: ['home'] }) }),
		).toEqual({ state: 'changed', since: new Date(days[1] as string) });
	});
});

describe('the committed file', () => {
	const folder = mkdtempSync(join(tmpdir(), 'link-health-'));
	const file = (name: string, text: string) => {
		writeFileSync(join(folder, name), text);
		return join(folder, name);
	};

	test('absent or empty, it holds nothing: a fork that never checked shows nothing new', () => {
		expect(readLinkHealth(join(folder, 'absent.json'))).toEqual({ links: {} });
		expect(readLinkHealth(file('empty.json', ''))).toEqual({ links: {} });
		expect(readLinkHealth(file('object.json', '{}'))).toEqual({ links: {} });
	});

	test('a wrong value names the file and the field', () => {
		const bad = file(
			'bad.json',
			JSON.stringify({
				links: { [url]: { state: 'gone', since: '2026-11-04', checked: '2026-11-04', status: 404, failures: 1 } },
			}),
		);
		expect(() => readLinkHealth(bad, 'content/link-health.json')).toThrow(
			`content/link-health.json → links.${url}.state: expected one of ${linkStates.join(', ')}, got "gone"`,
		);
		expect(() => readLinkHealth(file('syntax.json', '{ "links": '), 'content/link-health.json')).toThrow(
			'content/link-health.json:1:',
		);
	});
});
