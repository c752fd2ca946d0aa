// @vitest-environment happy-dom
/**
 * The tracker's browser modules, run without a page: a DOM (happy-dom) with
 * the data attributes the site's templates write, the real modules, the real
 * storage key and record. The state module does nothing at import; showing a
 * record renders the switches, boxes, bar and figures and runs the `onRender`
 * hooks; a change is saved with its checksum; the progress file's import
 * previews what it would change in the page's words, then merges.
 */
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { WORDS } from '../../src/browser/tracker/words.ts';
import { decide } from '../../src/shared/progress/decide.ts';
import { exportText } from '../../src/shared/progress/keep.ts';
import { emptyRecord, KINDS, type ProgressRecord, storageKey } from '../../src/shared/progress/record.ts';
import { load } from '../../src/shared/progress/store.ts';
import { editionOf, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';

const { roadmap } = editionOf(SOURCE_EDITION);
const steps = stepsOf(SOURCE_EDITION);
const [first, second] = steps.map((step) => step.id) as [string, string];
const t = translatorOf(SOURCE_EDITION);
// What the templates render for the tracker (TrackerRegion, the step list, the progress page's tools and strings).
const page = `
	<p data-live data-roadmap="${roadmap}" data-synced="synced"></p>
	${steps.map((step) => `<li data-step="${step.id}" data-label="${step.title}"><span data-switch="status" data-of="${step.id}"><b data-when="todo">todo</b><b data-when="doing">doing</b><b data-when="done">done</b></span>${KINDS.map((kind) => `<input type="checkbox" data-mark="${kind}" data-for="${step.id}" />`).join('')}</li>`).join('')}
	<progress data-progress></progress><span data-fill="done"></span>/<span data-fill="total"></span>
	<div data-tools>
		<button data-copy-code data-copied="${t('starter.copied')}">${t('starter.copy')}</button>
		<textarea data-import-text></textarea><button data-import-check>check</button>
		<p data-import-result></p><ul data-import-preview></ul>
		<button data-import-confirm hidden>yes</button><button data-import-cancel hidden>no</button>
	</div>
	<script type="application/json" id="words">${JSON.stringify(
		Object.fromEntries(
			Object.values(WORDS)
				.flat()
				.map((key) => [key, t(key)]),
		),
	)}</script>`;
const key = storageKey(roadmap, '/');

let state: typeof import('../../src/browser/tracker/state.ts');

beforeAll(async () => {
	document.body.innerHTML = page;
	state = await import('../../src/browser/tracker/state.ts');
});
beforeEach(() => localStorage.clear());

const box = (id: string, kind: string) =>
	document.querySelector<HTMLInputElement>(`input[data-mark="${kind}"][data-for="${id}"]`) as HTMLInputElement;
const shownStatus = (id: string) =>
	[...(document.querySelector(`[data-switch="status"][data-of="${id}"]`)?.children ?? [])]
		.filter((child) => !(child as HTMLElement).hidden)
		.map((child) => child.textContent);

describe('the state module', () => {
	test('importing it reads nothing from storage and shows nothing', () => {
		expect(state.state).toBeUndefined();
		expect(box(first, 'read').checked).toBe(false);
		expect(document.querySelector('[data-fill="total"]')?.textContent).toBe('');
	});

	test('showing a record renders each status, box, the bar and the figures, then runs every onRender hook with it', () => {
		const record = decide(decide(emptyRecord(roadmap), first, 'read', { done: true }), first, 'do', { done: true });
		const seen: ProgressRecord[] = [];
		state.onRender.push((shown) => seen.push(shown.record));
		state.show({ mode: 'saved', record });
		expect(shownStatus(first)).toEqual(['done']);
		expect(shownStatus(second)).toEqual(['todo']);
		expect(box(first, 'do').checked).toBe(true);
		expect(document.querySelector('[data-fill="total"]')?.textContent).toBe(String(steps.length * KINDS.length));
		expect(document.querySelector('[data-fill="done"]')?.textContent).toBe(String(KINDS.length));
		expect(document.querySelector<HTMLProgressElement>('progress')?.value).toBe(KINDS.length);
		expect(seen).toEqual([record]);
		state.onRender.pop();
	});

	test('a change is saved under the roadmap’s key with its checksum, shown, and read back the same', async () => {
		state.show(load(state.place));
		await state.change((record) => decide(record, second, 'read', { done: true }));
		expect(JSON.parse(localStorage.getItem(key) as string).items[second].read.done).toBe(true);
		expect(localStorage.getItem(`${key}:sum`)).toBeTruthy();
		expect(shownStatus(second)).toEqual(['doing']);
		expect(load(state.place).record).toEqual(state.state.record);
	});

	test('announce says a message in the live region', () => {
		state.announce('hello');
		expect(document.querySelector('[data-live]')?.textContent).toBe('hello');
	});
});

describe('the progress file', () => {
	test('an export imported back into empty progress previews one line per tick, in the page’s words, then merges them', async () => {
		const file = await import('../../src/browser/tracker/progress-file.ts');
		const exported = exportText(
			decide(decide(emptyRecord(roadmap), first, 'read', { done: true }), second, 'do', { done: true }),
		);
		state.show(load(state.place));
		file.checkImport(exported);
		const lines = [...document.querySelectorAll('[data-import-preview] li')].map((item) => item.textContent);
		expect(lines).toEqual([
			t('progress.change', {
				step: steps[0]?.title as string,
				kind: t('progress.kind.read'),
				state: t('progress.state.ticked'),
			}),
			t('progress.change', {
				step: steps[1]?.title as string,
				kind: t('progress.kind.do'),
				state: t('progress.state.ticked'),
			}),
		]);
		expect(document.querySelector('[data-import-result]')?.textContent).toBe(t('progress.importPreview', { count: 2 }));
		const confirm = document.querySelector('[data-import-confirm]') as HTMLElement;
		expect(confirm.hidden).toBe(false);
		const handled = await file.handle({ type: 'click', target: confirm } as unknown as Event, (name) =>
			confirm.closest(`[data-${name}]`),
		);
		expect(handled).toBe(true);
		expect(document.querySelector('[data-import-result]')?.textContent).toBe(t('progress.imported', { count: 2 }));
		expect(box(first, 'read').checked && box(second, 'do').checked).toBe(true);
		expect(Object.keys(JSON.parse(localStorage.getItem(key) as string).items)).toEqual([first, second]);
	});

	test('a file that is not progress is refused in words, and nothing changes', async () => {
		const file = await import('../../src/browser/tracker/progress-file.ts');
		state.show(load(state.place));
		file.checkImport('{"not": "progress"}');
		expect(document.querySelector('[data-import-result]')?.textContent).toBe(t('progress.importInvalid'));
		expect(document.querySelectorAll('[data-import-preview] li')).toHaveLength(0);
		expect(localStorage.getItem(key)).toBeNull();
	});
});

describe('keeping', () => {
	test('its line of the last copy is its own: a copy button, which holds its message in data-copied, keeps its label', async () => {
		await import('../../src/browser/tracker/keeping.ts');
		state.show(load(state.place));
		expect(document.querySelector('[data-copy-code]')?.textContent).toBe(t('starter.copy'));
	});
});
