/** The overview's state, picked before paint by an inline script, must be the one the tracker then shows. */
import { expect, test } from 'vitest';
import { STEP_LIST_MARK, splitAtStepList } from '../../src/build/article-parts.ts';
import { overviewRule, overviewScript } from '../../src/browser/inline/overview-state.ts';
import { parseProgress } from '../../src/shared/progress/parse.ts';
import { CURRENT_VERSION, legacyKey, storageKey } from '../../src/shared/progress/record.ts';
import { load } from '../../src/shared/progress/store.ts';
import { summarize } from '../../src/shared/progress/summary.ts';

const ids = ['python', 'ml-theory', 'datasets'];
const at = '2026-11-25T10:00:00.000Z';
const mark = (done: boolean) => ({ done, at });
const roadmap = 'test-roadmap';
// The inline script's rule, run as the page runs it.
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const rule = new Function(`return ${overviewRule()}`)() as (
	stored: unknown,
	ids: string[],
	roadmap: string,
) => [string, string, number, number];

/** What the tracker shows for a stored value, read in full (parse.ts): state, next step ("" when none), ticked boxes, boxes counted. */
function tracker(raw: string | null): [string, string, number, number] {
	const storage = { getItem: () => raw, setItem: () => {}, removeItem: () => {} };
	const { record } = load({ get: () => storage, roadmap, base: '/' }, undefined, (value, identity) =>
		parseProgress(value, identity),
	);
	const summary = summarize(record, ids);
	// Nothing ticked: first visit; every step done or skipped: finished; otherwise coming back.
	const state = summary.next === undefined ? 'finished' : summary.done > 0 ? 'returning' : 'first';
	return [state, summary.next ?? '', summary.done, summary.total];
}
const v3 = (items: Record<string, unknown>) => ({ version: CURRENT_VERSION, roadmap, items });

const stored: [string, unknown][] = [
	['nothing saved', null],
	['an empty record', { version: 2, items: {} }],
	['unticked marks only', { version: 2, items: { python: { read: mark(false) } } }],
	['one box', { version: 2, items: { python: { read: mark(true) } } }],
	[
		'a step done, the next not',
		{ version: 2, items: { python: { read: mark(true), do: mark(true) }, 'ml-theory': { do: mark(true) } } },
	],
	['a later step only', { version: 2, items: { datasets: { read: mark(true), do: mark(true) } } }],
	[
		'every step',
		{ version: 2, items: Object.fromEntries(ids.map((id) => [id, { read: mark(true), do: mark(true) }])) },
	],
	[
		'every step, one unticked since',
		{ version: 2, items: Object.fromEntries(ids.map((id) => [id, { read: mark(true), do: mark(id !== 'datasets') }])) },
	],
	['steps no longer in the content', { version: 2, items: { retired: { read: mark(true), do: mark(true) } } }],
	['version 1', { version: 1, items: { python: { read: at, do: at } } }],
	['version 1, every step', { version: 1, items: Object.fromEntries(ids.map((id) => [id, { read: at, do: at }])) }],
	['version 3, one box', { version: 3, roadmap, items: { python: { read: mark(true) } } }],
	['the current version, one box', v3({ python: { read: mark(true) } })],
	[
		'the current version with a plan and a step to revisit',
		{ ...v3({ python: { read: mark(true), revisit: mark(true) } }), plan: { pace: 5, start: '2026-11-30', at } },
	],
	[
		'the current version, every step',
		v3(Object.fromEntries(ids.map((id) => [id, { read: mark(true), do: mark(true) }]))),
	],
	['a step skipped, the next in progress', v3({ python: { skip: mark(true) }, 'ml-theory': { read: mark(true) } })],
	[
		'every step done or skipped',
		v3({
			python: { skip: mark(true) },
			'ml-theory': { read: mark(true), do: mark(true) },
			datasets: { read: mark(true), do: mark(true) },
		}),
	],
	['a skipped step done anyway', v3({ python: { skip: mark(true), read: mark(true), do: mark(true) } })],
	['a skip undone', v3({ python: { skip: mark(false), read: mark(true) } })],
	[
		'another roadmap',
		{ version: CURRENT_VERSION, roadmap: 'another-roadmap', items: { python: { read: mark(true) } } },
	],
	['a newer version', { version: CURRENT_VERSION + 1, roadmap, items: { python: { read: mark(true) } } }],
	['not a record', [1, 2]],
];

test.each(stored)('before paint as after: %s', (_name, value) => {
	const raw = value === null ? null : JSON.stringify(value);
	expect(rule(raw === null ? null : JSON.parse(raw), ids, roadmap)).toEqual(tracker(raw));
});

test('each state is reached', () => {
	const states = new Set(stored.map(([, value]) => tracker(value === null ? null : JSON.stringify(value))[0]));
	expect([...states].sort()).toEqual(['finished', 'first', 'returning']);
});

test('the script reads the progress key of its roadmap and base, then the key of versions 1 and 2', () => {
	const script = overviewScript(roadmap, '/a/');
	expect(script).toContain(JSON.stringify(storageKey(roadmap, '/a/')));
	expect(script.indexOf(JSON.stringify(storageKey(roadmap, '/a/')))).toBeLessThan(
		script.indexOf(JSON.stringify(legacyKey('/a/'))),
	);
	expect(script).not.toBe(overviewScript(roadmap, '/b/'));
	expect(script).not.toBe(overviewScript('another-roadmap', '/a/'));
});

test('the overview text is cut at the step list: introduction before, conclusion after', () => {
	expect(splitAtStepList(`<p>Intro</p>${STEP_LIST_MARK}\n<p>Fin</p>`)).toEqual({
		introduction: '<p>Intro</p>',
		conclusion: '<p>Fin</p>',
	});
	expect(splitAtStepList(`<p>Intro</p>${STEP_LIST_MARK}`)).toEqual({ introduction: '<p>Intro</p>', conclusion: '' });
});
