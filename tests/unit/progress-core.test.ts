/** The tracker's rules, without a browser: marks, merges, migration, summaries. */
import { describe, expect, test } from 'vitest';
import { changes } from '../../src/shared/progress/changes.ts';
import { decide, isDone, setMark } from '../../src/shared/progress/decide.ts';
import { merge } from '../../src/shared/progress/merge.ts';
import { parseProgress } from '../../src/shared/progress/parse.ts';
import { choosePlan, planOf } from '../../src/shared/progress/plan-choice.ts';
import {
	CURRENT_VERSION,
	emptyRecord as emptyOf,
	legacyKey,
	type ProgressRecord,
	storageKey,
} from '../../src/shared/progress/record.ts';
import { savedAt } from '../../src/shared/progress/saved-at.ts';
import { stepStatus, summarize } from '../../src/shared/progress/summary.ts';
import { editionOf, editions } from '../support/content.ts';

const { roadmap } = editionOf(editions()[0] as string);
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const record = (items: ProgressRecord['items']): ProgressRecord => ({ version: CURRENT_VERSION, roadmap, items });
const emptyRecord = () => emptyOf(roadmap);
const steps = ['python', 'ml-theory', 'datasets'];

describe('marks', () => {
	test('ticking and unticking keep the date of the decision', () => {
		const ticked = setMark(emptyRecord(), 'python', 'read', true, new Date(at(1)));
		expect(ticked.items.python).toEqual({ read: { done: true, at: at(1) } });
		const unticked = setMark(ticked, 'python', 'read', false, new Date(at(2)));
		expect(unticked.items.python).toEqual({ read: { done: false, at: at(2) } });
		expect(isDone(unticked, 'python', 'read')).toBe(false);
	});

	test('a change never alters the record it was applied to', () => {
		const before = emptyRecord();
		setMark(before, 'python', 'do', true, new Date(at(1)));
		expect(before).toEqual(emptyRecord());
	});
});

describe('merge', () => {
	test('keeps, per step and kind, the mark decided last, from either side', () => {
		const mine = record({ python: { read: { done: true, at: at(5) }, do: { done: true, at: at(1) } } });
		const theirs = record({
			python: { read: { done: false, at: at(2) }, do: { done: false, at: at(6) } },
			datasets: { read: { done: true, at: at(3) } },
		});
		expect(merge(mine, theirs).items).toEqual({
			python: { read: { done: true, at: at(5) }, do: { done: false, at: at(6) } },
			datasets: { read: { done: true, at: at(3) } },
		});
	});

	test('an older export cannot bring back a box unticked since', () => {
		const now = record({ python: { read: { done: false, at: at(10) } } });
		const old = record({ python: { read: { done: true, at: at(1) } } });
		expect(isDone(merge(now, old), 'python', 'read')).toBe(false);
	});

	test('is the same whichever side comes first', () => {
		const a = record({ python: { read: { done: true, at: at(5) } }, datasets: { do: { done: true, at: at(1) } } });
		const b = record({ python: { read: { done: false, at: at(4) }, do: { done: true, at: at(2) } } });
		expect(merge(a, b)).toEqual(merge(b, a));
	});

	test('on a tie, the tick wins: no progress is lost', () => {
		const a = record({ python: { read: { done: false, at: at(5) } } });
		const b = record({ python: { read: { done: true, at: at(5) } } });
		expect(isDone(merge(a, b), 'python', 'read')).toBe(true);
		expect(isDone(merge(b, a), 'python', 'read')).toBe(true);
	});

	test('compares dates as times, whatever their precision', () => {
		const a = record({ python: { read: { done: true, at: '2026-11-05T10:00:00.5Z' } } });
		const b = record({ python: { read: { done: false, at: '2026-11-05T10:00:00Z' } } });
		expect(isDone(merge(b, a), 'python', 'read')).toBe(true);
	});

	test('keeps steps the content no longer has', () => {
		const merged = merge(record({ gone: { read: { done: true, at: at(1) } } }), emptyRecord());
		expect(merged.items.gone).toBeDefined();
	});
});

test('changes lists what an import would change, in path order, unknown steps last', () => {
	const current = record({ python: { read: { done: true, at: at(5) } } });
	const incoming = record({
		gone: { read: { done: true, at: at(1) } },
		datasets: { do: { done: true, at: at(2) } },
		python: { read: { done: false, at: at(1) }, do: { done: true, at: at(3) } },
	});
	expect(changes(current, incoming, steps)).toEqual([
		{ id: 'python', field: 'do', done: true },
		{ id: 'datasets', field: 'do', done: true },
		{ id: 'gone', field: 'read', done: true },
	]);
	expect(changes(current, current, steps)).toEqual([]);
});

describe('summary', () => {
	const progress = record({
		python: { read: { done: true, at: at(1) }, do: { done: true, at: at(2) } },
		'ml-theory': { read: { done: true, at: at(3) }, do: { done: false, at: at(4) } },
		gone: { read: { done: true, at: at(9) }, do: { done: true, at: at(9) } },
	});

	test('a step is done with both boxes, in progress with one, not started with none', () => {
		expect(steps.map((id) => stepStatus(progress, id))).toEqual(['done', 'doing', 'todo']);
	});

	test('totals count only the steps of the current content', () => {
		expect(summarize(progress, steps)).toMatchObject({ done: 3, total: 6, next: 'ml-theory' });
	});

	test('reordering steps changes what comes next, not what is done', () => {
		expect(summarize(progress, ['datasets', 'python', 'ml-theory'])).toMatchObject({ done: 3, next: 'datasets' });
	});

	test('when everything is done there is no next step', () => {
		expect(summarize(progress, ['python']).next).toBeUndefined();
	});

	test('the last-saved time is the latest decision', () => {
		expect(savedAt(progress)).toBe(at(9));
		expect(savedAt(emptyRecord())).toBeUndefined();
	});
});

test('version 1 records are migrated: each date becomes a tick made at that date', () => {
	const parsed = parseProgress(
		'{"version":1,"items":{"python":{"read":"2025-03-01T12:00:00.000Z"},"datasets":{}}}',
		roadmap,
	);
	expect(parsed).toEqual({
		status: 'ok',
		record: record({ python: { read: { done: true, at: '2025-03-01T12:00:00.000Z' } }, datasets: {} }),
	});
});

test("version 2 records are migrated: the same marks, given this roadmap's identity", () => {
	const items = { python: { read: { done: true, at: at(1) }, do: { done: false, at: at(2) } } };
	expect(parseProgress(JSON.stringify({ version: 2, items }), roadmap)).toEqual({
		status: 'ok',
		record: record(items),
	});
});

test('version 3 records are migrated: the same marks and copy date, renumbered, with no plan and nothing to revisit', () => {
	const items = { python: { read: { done: true, at: at(1) }, skip: { done: true, at: at(2) } } };
	expect(parseProgress(JSON.stringify({ version: 3, roadmap, items, copied: at(3) }), roadmap)).toEqual({
		status: 'ok',
		record: { ...record(items), copied: at(3) },
	});
});

test('the record is read with its fields in the documented order, whatever the file wrote', () => {
	const plan = { pace: 5, start: '2026-11-30', at: at(2) };
	const raw = JSON.stringify({ plan, copied: at(3), items: {}, roadmap, version: CURRENT_VERSION });
	const parsed = parseProgress(raw, roadmap);
	expect(parsed.status === 'ok' && Object.keys(parsed.record)).toEqual([
		'version',
		'roadmap',
		'items',
		'copied',
		'plan',
	]);
});

describe('the plan, on two devices', () => {
	const laptop = choosePlan(emptyRecord(), 5, '2026-11-30', new Date(at(2)));
	const phone = choosePlan(emptyRecord(), 8, '2026-12-07', new Date(at(3)));

	test('the plan decided later wins, whole: its pace with its start, from either side', () => {
		expect(merge(laptop, phone).plan).toEqual({ pace: 8, start: '2026-12-07', at: at(3) });
		expect(merge(phone, laptop)).toEqual(merge(laptop, phone));
	});

	test('a plan removed later stays removed when an older copy comes back', () => {
		const removed = choosePlan(phone, 0, '2026-12-07', new Date(at(4)));
		expect(planOf(merge(removed, laptop))).toBeUndefined();
		expect(planOf(merge(laptop, phone))).toEqual(phone.plan);
	});

	test('two plans decided at the same moment merge the same whichever side comes first', () => {
		const other = choosePlan(emptyRecord(), 3, '2026-11-30', new Date(at(2)));
		expect(merge(laptop, other)).toEqual(merge(other, laptop));
	});

	test('a decision on this device supersedes a plan dated ahead of its clock', () => {
		const ahead = choosePlan(emptyRecord(), 5, '2026-11-30', new Date(at(9)));
		expect(Date.parse(choosePlan(ahead, 6, '2026-11-30', new Date(at(1))).plan?.at ?? '')).toBeGreaterThan(
			Date.parse(at(9)),
		);
	});

	test('merging keeps the plan beside the items, each by its own date', () => {
		const ticked = setMark(laptop, 'python', 'read', true, new Date(at(5)));
		const merged = merge(ticked, phone);
		expect(merged.plan).toEqual(phone.plan);
		expect(isDone(merged, 'python', 'read')).toBe(true);
	});
});

test('"revoir" merges like a box: the later decision wins, and it changes nothing in the count', () => {
	const marked = decide(emptyRecord(), 'python', 'revisit', { done: true }, new Date(at(2)));
	const cleared = decide(marked, 'python', 'revisit', { done: false }, new Date(at(3)));
	expect(merge(marked, cleared).items.python?.revisit).toEqual({ done: false, at: at(3) });
	expect(summarize(marked, steps)).toEqual(summarize(emptyRecord(), steps));
	expect(changes(emptyRecord(), marked, steps)).toEqual([{ id: 'python', field: 'revisit', done: true }]);
});

test('the storage key carries the identity and the base path, so two roadmaps or forks on one origin do not share progress', () => {
	expect(storageKey(roadmap, '/fork-a/')).not.toBe(storageKey(roadmap, '/fork-b/'));
	expect(storageKey('web-dev-path', '/')).not.toBe(storageKey(roadmap, '/'));
	expect(legacyKey('/')).toBe('ml-roadmap:progress:/');
	expect(storageKey(roadmap, '/')).not.toBe(legacyKey('/'));
});

describe('dates from the future', () => {
	const now = new Date(at(20));
	const future = '9999-12-31T23:59:59.000Z';

	test('a stored or imported date later than now is read as now, so last saved is never in the future', () => {
		const parsed = parseProgress(
			JSON.stringify(record({ python: { read: { done: true, at: future } } })),
			roadmap,
			now,
		);
		expect(parsed).toEqual({
			status: 'ok',
			record: record({ python: { read: { done: true, at: now.toISOString() } } }),
		});
		if (parsed.status === 'ok') expect(savedAt(parsed.record)).toBe(now.toISOString());
	});

	test('a box ticked with a date from the future can be unticked', () => {
		const parsed = parseProgress(
			JSON.stringify(record({ python: { read: { done: true, at: future } } })),
			roadmap,
			now,
		);
		if (parsed.status !== 'ok') throw new Error(parsed.status);
		expect(isDone(setMark(parsed.record, 'python', 'read', false, now), 'python', 'read')).toBe(false);
	});

	test('a decision on this device supersedes what is held, even a date ahead of this clock', () => {
		const ahead = record({ python: { read: { done: true, at: at(25) } } });
		const unticked = setMark(ahead, 'python', 'read', false, now);
		expect(isDone(unticked, 'python', 'read')).toBe(false);
		expect(Date.parse(unticked.items.python?.read?.at ?? '')).toBeGreaterThan(Date.parse(at(25)));
	});

	test('a tick and an untick in the same millisecond keep the untick', () => {
		const ticked = setMark(emptyRecord(), 'python', 'do', true, now);
		const unticked = setMark(ticked, 'python', 'do', false, now);
		expect(isDone(unticked, 'python', 'do')).toBe(false);
		expect(isDone(merge(ticked, unticked), 'python', 'do')).toBe(false);
	});
});

describe('learning-log fields', () => {
	test('each field merges by its own latest decision: a note edited on two devices keeps the later one', () => {
		const phone = record({
			python: { note: { text: 'phone', at: at(3) }, read: { done: true, at: at(1), fp: 'aa11' } },
		});
		const laptop = record({
			python: {
				note: { text: 'laptop', at: at(2) },
				built: { url: 'https://github.com/me/nb', at: at(4) },
				skip: { done: true, at: at(1) },
			},
		});
		const merged = merge(phone, laptop);
		expect(merged.items.python).toEqual({
			read: { done: true, at: at(1), fp: 'aa11' },
			skip: { done: true, at: at(1) },
			note: { text: 'phone', at: at(3) },
			built: { url: 'https://github.com/me/nb', at: at(4) },
		});
		expect(merge(laptop, phone)).toEqual(merged);
	});

	test('a skip then a tick keep both, each with its date', () => {
		let progress = decide(emptyRecord(), 'python', 'skip', { done: true }, new Date(at(1)));
		progress = decide(progress, 'python', 'read', { done: true, fp: 'f00d' }, new Date(at(2)));
		expect(progress.items.python).toEqual({
			skip: { done: true, at: at(1) },
			read: { done: true, at: at(2), fp: 'f00d' },
		});
	});

	test('an erased note is kept as an empty text with its date, so an older copy cannot bring it back', () => {
		const old = record({ python: { note: { text: 'draft', at: at(1) } } });
		const erased = decide(old, 'python', 'note', { text: '' }, new Date(at(2)));
		expect(merge(erased, old).items.python?.note).toEqual({ text: '', at: at(2) });
	});

	test('the later copy date is kept', () => {
		expect(merge({ ...emptyRecord(), copied: at(3) }, { ...emptyRecord(), copied: at(2) }).copied).toBe(at(3));
		expect(merge(emptyRecord(), emptyRecord())).not.toHaveProperty('copied');
	});
});

test('summarize does not spread the record: a huge one does not throw', () => {
	const items = Object.fromEntries(
		Array.from({ length: 200_000 }, (_, i) => [`s${i}`, { read: { done: true, at: at(1) } }]),
	);
	expect(savedAt(record(items))).toBe(at(1));
});
