/** The tracker's rules, without a browser: marks, merges, migration, summaries. */
import { describe, expect, test } from 'vitest';
import { changes } from '../../src/lib/progress/changes.ts';
import { isDone, merge, setMark } from '../../src/lib/progress/merge.ts';
import { parseProgress } from '../../src/lib/progress/parse.ts';
import { emptyRecord, type ProgressRecord, storageKey } from '../../src/lib/progress/record.ts';
import { stepStatus, summarize } from '../../src/lib/progress/summary.ts';

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const record = (items: ProgressRecord['items']): ProgressRecord => ({ version: 2, items });
const steps = ['python', 'ml-theory', 'datasets'];

describe('marks', () => {
	test('ticking and unticking keep the date of the decision', () => {
		const ticked = setMark(emptyRecord(), 'python', 'read', true, at(1));
		expect(ticked.items.python).toEqual({ read: { done: true, at: at(1) } });
		const unticked = setMark(ticked, 'python', 'read', false, at(2));
		expect(unticked.items.python).toEqual({ read: { done: false, at: at(2) } });
		expect(isDone(unticked, 'python', 'read')).toBe(false);
	});

	test('a change never alters the record it was applied to', () => {
		const before = emptyRecord();
		setMark(before, 'python', 'do', true, at(1));
		expect(before).toEqual(emptyRecord());
	});
});

describe('merge', () => {
	test('keeps, per step and kind, the mark decided last, from either side', () => {
		const mine = record({ python: { read: { done: true, at: at(5) }, do: { done: true, at: at(1) } } });
		const theirs = record({ python: { read: { done: false, at: at(2) }, do: { done: false, at: at(6) } }, datasets: { read: { done: true, at: at(3) } } });
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
		{ id: 'python', kind: 'do', done: true },
		{ id: 'datasets', kind: 'do', done: true },
		{ id: 'gone', kind: 'read', done: true },
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
		expect(summarize(progress, steps).savedAt).toBe(at(9));
		expect(summarize(emptyRecord(), steps).savedAt).toBeUndefined();
	});
});

test('version 1 records are migrated: each date becomes a tick made at that date', () => {
	const parsed = parseProgress('{"version":1,"items":{"python":{"read":"2025-03-01T12:00:00.000Z"},"datasets":{}}}');
	expect(parsed).toEqual({
		status: 'ok',
		record: { version: 2, items: { python: { read: { done: true, at: '2025-03-01T12:00:00.000Z' } }, datasets: {} } },
	});
});

test('the storage key carries the base path, so two forks on one origin do not share progress', () => {
	expect(storageKey('/fork-a/')).not.toBe(storageKey('/fork-b/'));
	expect(storageKey('/')).toBe('ml-roadmap:progress:/');
});
