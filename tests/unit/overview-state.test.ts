/** The overview's state, picked before paint by an inline script, must be the one the tracker then shows. */
import { expect, test } from 'vitest';
import { STEP_LIST_MARK, splitAtStepList } from '../../src/lib/article-parts.ts';
import { overviewRule, overviewScript } from '../../src/lib/overview-state.ts';
import { storageKey } from '../../src/lib/progress/record.ts';
import { load } from '../../src/lib/progress/store.ts';
import { summarize } from '../../src/lib/progress/summary.ts';

const ids = ['python', 'ml-theory', 'datasets'];
const at = '2026-11-25T10:00:00.000Z';
const mark = (done: boolean) => ({ done, at });
const rule = new Function(`return ${overviewRule()}`)() as (stored: unknown, ids: string[]) => [string, string, number];

/** What the tracker shows for a stored value: state, next step ("" when none), ticked boxes. */
function tracker(raw: string | null): [string, string, number] {
	const { record } = load(() => ({ getItem: () => raw, setItem: () => {}, removeItem: () => {} }), 'key');
	const summary = summarize(record, ids);
	// Nothing ticked: first visit; every step done: finished; otherwise coming back.
	const state = summary.next === undefined ? 'finished' : summary.done > 0 ? 'returning' : 'first';
	return [state, summary.next ?? '', summary.done];
}

const stored: [string, unknown][] = [
	['nothing saved', null],
	['an empty record', { version: 2, items: {} }],
	['unticked marks only', { version: 2, items: { python: { read: mark(false) } } }],
	['one box', { version: 2, items: { python: { read: mark(true) } } }],
	['a step done, the next not', { version: 2, items: { python: { read: mark(true), do: mark(true) }, 'ml-theory': { do: mark(true) } } }],
	['a later step only', { version: 2, items: { datasets: { read: mark(true), do: mark(true) } } }],
	['every step', { version: 2, items: Object.fromEntries(ids.map((id) => [id, { read: mark(true), do: mark(true) }])) }],
	['every step, one unticked since', { version: 2, items: Object.fromEntries(ids.map((id) => [id, { read: mark(true), do: mark(id !== 'datasets') }])) }],
	['steps no longer in the content', { version: 2, items: { retired: { read: mark(true), do: mark(true) } } }],
	['version 1', { version: 1, items: { python: { read: at, do: at } } }],
	['version 1, every step', { version: 1, items: Object.fromEntries(ids.map((id) => [id, { read: at, do: at }])) }],
	['a newer version', { version: 3, items: { python: { read: mark(true) } } }],
	['not a record', [1, 2]],
];

test.each(stored)('before paint as after: %s', (_name, value) => {
	const raw = value === null ? null : JSON.stringify(value);
	expect(rule(raw === null ? null : JSON.parse(raw), ids)).toEqual(tracker(raw));
});

test('each state is reached', () => {
	const states = new Set(stored.map(([, value]) => tracker(value === null ? null : JSON.stringify(value))[0]));
	expect([...states].sort()).toEqual(['finished', 'first', 'returning']);
});

test('the script reads the progress key it is given', () => {
	expect(overviewScript(storageKey('/a/'))).toContain(JSON.stringify(storageKey('/a/')));
	expect(overviewScript(storageKey('/a/'))).not.toBe(overviewScript(storageKey('/b/')));
});

test('the overview text is cut at the step list: introduction before, conclusion after', () => {
	expect(splitAtStepList(`<p>Intro</p>${STEP_LIST_MARK}\n<p>Fin</p>`)).toEqual({ introduction: '<p>Intro</p>', conclusion: '<p>Fin</p>' });
	expect(splitAtStepList(`<p>Intro</p>${STEP_LIST_MARK}`)).toEqual({ introduction: '<p>Intro</p>', conclusion: '' });
});
