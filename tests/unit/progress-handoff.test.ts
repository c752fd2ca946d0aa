/** The hand-off link's fragment: compact, exact both ways, and refused whole when anything is off. */
import { expect, test } from 'vitest';
import { decode, encode, PREFIX } from '../../src/lib/progress/handoff.ts';
import { leavesBehind } from '../../src/lib/progress/left-behind.ts';
import { merge } from '../../src/lib/progress/merge.ts';
import { CURRENT_VERSION, type ProgressRecord } from '../../src/lib/progress/record.ts';
import { editionOf, editions, stepsOf } from '../support/content.ts';

const source = editions()[0] as string;
const { roadmap } = editionOf(source);
const ids = stepsOf(source).map((step) => step.id);
const now = new Date('2026-11-25T12:00:00.000Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
const record = (items: ProgressRecord['items']): ProgressRecord => ({ version: CURRENT_VERSION, roadmap, items });

/** Every box of the content decided, alternately ticked and unticked, at various ages. */
const everything = record(Object.fromEntries(ids.map((id, i) => [id, { read: { done: true, at: hoursAgo(i) }, do: { done: i % 2 === 0, at: hoursAgo(100 * i) } }])));
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

test('every box of the content fits in about 60 characters, and comes back with its state and hour', () => {
	const fragment = encode(everything, ids, now);
	expect(fragment.length).toBeLessThanOrEqual(60);
	const decoded = decode(fragment, roadmap, ids, now);
	expect(decoded).toEqual({ status: 'ok', record: everything, made: now.toISOString() });
});

test('decisions older than 85 days come back to the day, never later than they were made', () => {
	const old = record({ [ids[0] as string]: { read: { done: true, at: daysAgo(400) }, do: { done: true, at: new Date(Date.parse(daysAgo(100)) - 3_600_000).toISOString() } } });
	const decoded = decode(encode(old, ids, now), roadmap, ids, now);
	if (decoded.status !== 'ok') throw new Error('bad');
	expect(decoded.record.items[ids[0] as string]?.read?.at).toBe(daysAgo(400));
	expect(decoded.record.items[ids[0] as string]?.do?.at).toBe(daysAgo(101));
});

test('boxes never decided stay undecided, so the link cannot untick anything on the other device', () => {
	const some = record({ [ids[1] as string]: { do: { done: true, at: hoursAgo(3) } } });
	const decoded = decode(encode(some, ids, now), roadmap, ids, now);
	expect(decoded.status === 'ok' && decoded.record).toEqual(some);
});

test('ids the content no longer has travel in the fallback form', () => {
	const kept = record({ 'removed-step': { read: { done: true, at: hoursAgo(5) }, do: { done: false, at: hoursAgo(6) } }, [ids[0] as string]: { read: { done: true, at: hoursAgo(1) } } });
	const decoded = decode(encode(kept, ids, now), roadmap, ids, now);
	expect(decoded.status === 'ok' && decoded.record).toEqual(kept);
});

test('decisions older than the link can date are dated as old as it can: a later decision elsewhere wins', () => {
	const old = record({ [ids[0] as string]: { read: { done: true, at: '2024-01-01T00:00:00.000Z' } } });
	const decoded = decode(encode(old, ids, now), roadmap, ids, now);
	const later = record({ [ids[0] as string]: { read: { done: false, at: '2025-01-01T00:00:00.000Z' } } });
	expect(decoded.status === 'ok' && merge(later, decoded.record).items[ids[0] as string]?.read?.done).toBe(false);
});

test('ten bad fragments are each refused whole', () => {
	const good = encode(everything, ids, now);
	const bad = [
		good.slice(0, -1), // truncated
		good.slice(0, 20),
		good.replace(/\.([A-Za-z])/, (_, c: string) => `.${c === 'A' ? 'B' : 'A'}`), // a box altered
		`${good}.removed-step~rAA`, // a part added
		good.replace('#p=1.', '#p=2.'), // an unknown version
		encode({ ...everything, roadmap: 'web-dev-path' }, ids, now), // another roadmap
		encode(everything, [...ids].reverse(), now), // another list of steps
		`${PREFIX}`,
		`${PREFIX}1.zzzzz.%%.__proto__.AA`,
		'#p=' + 'A'.repeat(5000),
	];
	expect(new Set(bad).size).toBe(10);
	for (const fragment of bad) expect(decode(fragment, roadmap, ids, now), fragment).toEqual({ status: 'bad' });
});

test('a link made by a clock ahead is dated now', () => {
	const decoded = decode(encode(everything, ids, new Date('2099-01-01T00:00:00Z')), roadmap, ids, now);
	expect(decoded.status === 'ok' && decoded.made).toBe(now.toISOString());
});

test('notes and "what I built" links are not in the link, and the record says when it holds some the link would leave behind', () => {
	const [id] = ids as [string];
	const logged = record({ [id]: { read: { done: true, at: hoursAgo(3) }, note: { text: 'Ma note', at: hoursAgo(2) } } });
	const decoded = decode(encode(logged, ids, now), roadmap, ids, now);
	expect(decoded.status === 'ok' && decoded.record.items[id]).toEqual({ read: { done: true, at: hoursAgo(3) } });
	expect(leavesBehind(logged)).toBe(true);
	expect(leavesBehind(record({ [id]: { built: { url: 'https://github.com/me', at: hoursAgo(1) } } }))).toBe(true);
	// Ticks travel in the link; a skip, an erased note or an erased link is nothing to take along.
	expect(leavesBehind(everything)).toBe(false);
	expect(leavesBehind(record({ [id]: { skip: { done: true, at: hoursAgo(1) }, note: { text: '', at: hoursAgo(1) }, built: { url: '', at: hoursAgo(1) } } }))).toBe(false);
});
