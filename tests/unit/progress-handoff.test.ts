/** The hand-off link's fragment: compact, exact both ways, and refused whole when anything is off. */
import { expect, test } from 'vitest';
import { checksum } from '../../src/shared/progress/checksum.ts';
import { decode, encode, MAX_FRAGMENT, PREFIX } from '../../src/shared/progress/handoff.ts';
import { leavesBehind } from '../../src/shared/progress/left-behind.ts';
import { merge } from '../../src/shared/progress/merge.ts';
import { CURRENT_VERSION, type ProgressRecord } from '../../src/shared/progress/record.ts';
import { editionOf, editions, stepsOf } from '../support/content.ts';

const source = editions()[0] as string;
const { roadmap } = editionOf(source);
const ids = stepsOf(source).map((step) => step.id);
const now = new Date('2026-11-25T12:00:00.000Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
const record = (items: ProgressRecord['items']): ProgressRecord => ({ version: CURRENT_VERSION, roadmap, items });

/** Every box of the content decided, alternately ticked and unticked, at various ages: read, do, "je connais déjà", "revoir". */
const everything = record(
	Object.fromEntries(
		ids.map((id, i) => [
			id,
			{
				read: { done: true, at: hoursAgo(i) },
				do: { done: i % 2 === 0, at: hoursAgo(100 * i) },
				skip: { done: i % 3 === 0, at: hoursAgo(2 * i) },
				revisit: { done: i % 2 === 1, at: hoursAgo(3 * i) },
			},
		]),
	),
);
/** A fragment the tests know `encode` makes (it is undefined only past the decoder's limits, tested apart). */
const encoded = (...args: Parameters<typeof encode>) => encode(...args) as string;
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

test('every box of the content, states included, fits in about 12 characters a step, and comes back with its state and hour', () => {
	const fragment = encoded(everything, ids, now);
	expect(fragment.length).toBeLessThanOrEqual(20 + 12 * ids.length);
	const decoded = decode(fragment, roadmap, ids, now);
	expect(decoded).toEqual({ status: 'ok', record: everything, made: now.toISOString() });
});

test('decisions come back to the minute for a day, the hour for a month, then the day, never earlier than they were made', () => {
	const [id] = ids as [string];
	const cases = [
		[new Date(now.getTime() - 10 * 60_000 - 30_000).toISOString(), new Date(now.getTime() - 10 * 60_000).toISOString()],
		[new Date(Date.parse(hoursAgo(30)) - 20 * 60_000).toISOString(), hoursAgo(30)],
		[new Date(Date.parse(daysAgo(100)) - 3_600_000).toISOString(), daysAgo(100)],
		[daysAgo(400), daysAgo(400)],
	];
	for (const [made, dated] of cases) {
		const decoded = decode(
			encode(record({ [id]: { read: { done: true, at: made as string } } }), ids, now) as string,
			roadmap,
			ids,
			now,
		);
		expect(decoded.status === 'ok' && decoded.record.items[id]?.read?.at, made).toBe(dated);
	}
});

test('an untick at 10:30 in a link made at 10:40 wins over a tick made on the phone at 10:00', () => {
	const [id] = ids as [string];
	const day = (time: string) => new Date(`2026-11-25T${time}:00.000Z`);
	const laptop = record({ [id]: { read: { done: false, at: day('10:30').toISOString() } } });
	const phone = record({ [id]: { read: { done: true, at: day('10:00').toISOString() } } });
	const decoded = decode(encode(laptop, ids, day('10:40')) as string, roadmap, ids, day('10:45'));
	if (decoded.status !== 'ok') throw new Error('bad');
	expect(merge(phone, decoded.record).items[id]?.read?.done).toBe(false);
	// And a tick the phone made after the untick still wins over it.
	const later = record({ [id]: { read: { done: true, at: day('10:32').toISOString() } } });
	expect(merge(later, decoded.record).items[id]?.read?.done).toBe(true);
});

test('a link of the first version (whole hours, rounded up) is still read', () => {
	const [id] = ids as [string];
	// Made by the previous encoder: the first box ticked three hours before the link.
	const rest = `${Math.floor(now.getTime() / 1000).toString(36)}.${'Q'.padEnd(Math.ceil((ids.length * 2) / 3), 'A')}.AD`;
	const fragment = `${PREFIX}1.${checksum(`${roadmap}\n${ids.join(',')}\n${rest}`)
		.padStart(7, '0')
		.slice(-5)}.${rest}`;
	const decoded = decode(fragment, roadmap, ids, now);
	expect(decoded.status === 'ok' && decoded.record.items[id]).toEqual({ read: { done: true, at: hoursAgo(3) } });
});

test('a link of the second version (read and do only) is still read', () => {
	const [id] = ids as [string];
	// Made by the previous encoder: the first box ticked ten minutes before the link (age code 10: "AK").
	const rest = `${Math.floor(now.getTime() / 1000).toString(36)}.${'Q'.padEnd(Math.ceil((ids.length * 2) / 3), 'A')}.AK`;
	const fragment = `${PREFIX}2.${checksum(`${roadmap}\n${ids.join(',')}\n${rest}`)
		.padStart(7, '0')
		.slice(-5)}.${rest}`;
	const decoded = decode(fragment, roadmap, ids, now);
	expect(decoded.status === 'ok' && decoded.record.items[id]).toEqual({
		read: { done: true, at: new Date(now.getTime() - 10 * 60_000).toISOString() },
	});
});

test('a skip made on the laptop is on the phone after a hand-off, and so is "revoir", each dated', () => {
	const [id, other] = ids as [string, string];
	const laptop = record({
		[id]: { skip: { done: true, at: hoursAgo(2) } },
		[other]: { read: { done: true, at: hoursAgo(5) }, revisit: { done: true, at: hoursAgo(1) } },
	});
	const phone = record({ [other]: { read: { done: true, at: hoursAgo(6) } } });
	const decoded = decode(encoded(laptop, ids, now), roadmap, ids, now);
	if (decoded.status !== 'ok') throw new Error('bad');
	const merged = merge(phone, decoded.record);
	expect(merged.items[id]?.skip).toEqual({ done: true, at: hoursAgo(2) });
	expect(merged.items[other]?.revisit).toEqual({ done: true, at: hoursAgo(1) });
	// An unskip travels too: the later decision wins on the other device.
	const unskipped = record({ [id]: { skip: { done: false, at: hoursAgo(1) } } });
	const back = decode(encoded(unskipped, ids, now), roadmap, ids, now);
	expect(back.status === 'ok' && merge(laptop, back.record).items[id]?.skip?.done).toBe(false);
});

test('the link maker refuses what the decoder would: past its length, or an id too long to carry', () => {
	const [id] = ids as [string];
	// As many kept ids as the length allows, then one more.
	const kept = (count: number, length = 20) =>
		record({
			[id]: { read: { done: true, at: hoursAgo(1) } },
			...Object.fromEntries(
				Array.from({ length: count }, (_, i) => [
					`k${String(i).padStart(length - 1, '0')}`,
					{ read: { done: true, at: hoursAgo(2) } },
				]),
			),
		});
	let count = 0;
	while ((encode(kept(count + 1), ids, now) ?? '').length > 0) count++;
	const longest = encode(kept(count), ids, now) as string;
	expect(longest.length).toBeLessThanOrEqual(MAX_FRAGMENT);
	expect(longest.length).toBeGreaterThan(MAX_FRAGMENT - 30);
	expect(decode(longest, roadmap, ids, now).status).toBe('ok');
	expect(encode(kept(count + 1), ids, now)).toBeUndefined();
	// An id the record may hold but the link cannot carry (over 100 characters).
	expect(encode(kept(1, 101), ids, now)).toBeUndefined();
	expect(encode(kept(1, 100), ids, now)).toBeDefined();
});

test('ids every object already has never index the decoded record, and change nothing global', () => {
	const [id] = ids as [string];
	for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
		// Signed like a real link, so only the id can refuse it.
		const rest = `${Math.floor(now.getTime() / 1000).toString(36)}.${'A'.repeat(Math.ceil((ids.length * 2) / 3))}..${name}~rAA`;
		const fragment = `${PREFIX}2.${checksum(`${roadmap}\n${ids.join(',')}\n${rest}`)
			.padStart(7, '0')
			.slice(-5)}.${rest}`;
		expect(decode(fragment, roadmap, ids, now), name).toEqual({ status: 'bad' });
		expect(
			encode(
				record({ [id]: { read: { done: true, at: hoursAgo(1) } }, [name]: { read: { done: true, at: hoursAgo(1) } } }),
				ids,
				now,
			),
			name,
		).toBeUndefined();
	}
	expect(Object.getOwnPropertyNames(Object)).not.toContain('read');
	expect(({} as Record<string, unknown>).read).toBeUndefined();
});

test('boxes never decided stay undecided, so the link cannot untick anything on the other device', () => {
	const some = record({ [ids[1] as string]: { do: { done: true, at: hoursAgo(3) } } });
	const decoded = decode(encoded(some, ids, now), roadmap, ids, now);
	expect(decoded.status === 'ok' && decoded.record).toEqual(some);
});

test('ids the content no longer has travel in the fallback form', () => {
	const kept = record({
		'removed-step': {
			read: { done: true, at: hoursAgo(5) },
			do: { done: false, at: hoursAgo(6) },
			skip: { done: true, at: hoursAgo(7) },
			revisit: { done: false, at: hoursAgo(8) },
		},
		[ids[0] as string]: { read: { done: true, at: hoursAgo(1) } },
	});
	const decoded = decode(encoded(kept, ids, now), roadmap, ids, now);
	expect(decoded.status === 'ok' && decoded.record).toEqual(kept);
});

test('decisions older than the link can date are dated as old as it can: a later decision elsewhere wins', () => {
	const old = record({ [ids[0] as string]: { read: { done: true, at: '2024-01-01T00:00:00.000Z' } } });
	const decoded = decode(encoded(old, ids, now), roadmap, ids, now);
	const later = record({ [ids[0] as string]: { read: { done: false, at: '2025-01-01T00:00:00.000Z' } } });
	expect(decoded.status === 'ok' && merge(later, decoded.record).items[ids[0] as string]?.read?.done).toBe(false);
});

test('ten bad fragments are each refused whole', () => {
	const good = encoded(everything, ids, now);
	const bad = [
		good.slice(0, -1), // truncated
		good.slice(0, 20),
		good.replace(/\.([A-Za-z])/, (_, c: string) => `.${c === 'A' ? 'B' : 'A'}`), // a box altered
		`${good}.removed-step~rAA`, // a part added
		good.replace('#p=3.', '#p=4.'), // an unknown version
		encoded({ ...everything, roadmap: 'web-dev-path' }, ids, now), // another roadmap
		encoded(everything, [...ids].reverse(), now), // another list of steps
		`${PREFIX}`,
		`${PREFIX}1.zzzzz.%%.__proto__.AA`,
		'#p=' + 'A'.repeat(5000),
	];
	expect(new Set(bad).size).toBe(10);
	for (const fragment of bad) expect(decode(fragment, roadmap, ids, now), fragment).toEqual({ status: 'bad' });
});

test('a link made by a clock ahead is dated now', () => {
	const decoded = decode(encoded(everything, ids, new Date('2099-01-01T00:00:00Z')), roadmap, ids, now);
	expect(decoded.status === 'ok' && decoded.made).toBe(now.toISOString());
});

test('notes and "what I built" links are not in the link, and the record says when it holds some the link would leave behind', () => {
	const [id] = ids as [string];
	const logged = record({
		[id]: { read: { done: true, at: hoursAgo(3) }, note: { text: 'Ma note', at: hoursAgo(2) } },
	});
	const decoded = decode(encoded(logged, ids, now), roadmap, ids, now);
	expect(decoded.status === 'ok' && decoded.record.items[id]).toEqual({ read: { done: true, at: hoursAgo(3) } });
	expect(leavesBehind(logged)).toBe(true);
	expect(leavesBehind(record({ [id]: { built: { url: 'https://github.com/me', at: hoursAgo(1) } } }))).toBe(true);
	// Ticks travel in the link; a skip, an erased note or an erased link is nothing to take along.
	expect(leavesBehind(everything)).toBe(false);
	expect(
		leavesBehind(
			record({
				[id]: {
					skip: { done: true, at: hoursAgo(1) },
					note: { text: '', at: hoursAgo(1) },
					built: { url: '', at: hoursAgo(1) },
				},
			}),
		),
	).toBe(false);
});

test('the plan stays in the file: not in the link, and the record says the link would leave it behind', () => {
	const [id] = ids as [string];
	const planned: ProgressRecord = {
		...record({ [id]: { read: { done: true, at: hoursAgo(3) } } }),
		plan: { pace: 5, start: '2026-11-30', at: hoursAgo(1) },
	};
	const decoded = decode(encoded(planned, ids, now), roadmap, ids, now);
	expect(decoded.status === 'ok' && decoded.record.plan).toBeUndefined();
	expect(leavesBehind(planned)).toBe(true);
	expect(leavesBehind({ ...planned, plan: { pace: 0, start: '2026-11-30', at: hoursAgo(1) } })).toBe(false);
});
