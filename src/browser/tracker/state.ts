/**
 * The tracker's state and how it is shown: the record as last read or written
 * (`state`: an importer can read it, never assign it, and `show` is its one
 * writer), where it is stored (`place`), and `render`, `announce`,
 * `change` and `show`. Importing it does nothing: the entry (tracker.ts)
 * reads storage and binds the listeners, and the on-demand modules import
 * this module and the shared rules, never the entry. Two ways to extend what
 * shows: a value for a `data-switch` (`switches`), or a function run after
 * each render (`onRender`), for what shows the record outside the switches
 * (a step's note and link, Mon carnet). The data attributes are listed in
 * tracker.ts.
 */
import { isDone } from '../../shared/progress/decide.ts';
import type { Kind, ProgressRecord } from '../../shared/progress/record.ts';
import { load, type Place, type TrackerState, update } from '../../shared/progress/store.ts';
import { stepStatus, type Summary, summarize } from '../../shared/progress/summary.ts';

export const place: Place = {
	get: () => localStorage,
	roadmap: document.querySelector<HTMLElement>('[data-roadmap]')?.dataset.roadmap as string,
	base: import.meta.env.BASE_URL,
};
/** The record as last shown, and how storage holds it. */
export let state: TrackerState;

export const all = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
/** The steps of the current content on this page, in order. */
export const stepIds = () => all('[data-step]').map((element) => element.dataset.step as string);

/** Says `message` politely to screen readers. */
export function announce(message: string) {
	for (const live of all('[data-live]')) live.textContent = message;
}

/**
 * The value of each `data-switch` (listed in tracker.ts), from the record and its summary.
 * On-demand modules add theirs (updates.ts: `updated`; keeping.ts: `saved`,
 * `skips`, `mark`), so a value only some pages need costs every other page nothing.
 */
export const switches: Record<string, (element: HTMLElement, summary: Summary) => string> = {
	status: ({ dataset }) => stepStatus(state.record, dataset.of as string),
	next: (_, summary) => summary.next ?? '',
	storage: () => state.reason ?? state.mode,
};

/** Run after each render: what shows the record outside the switches, and the entry's start. */
export const onRender: ((shown: TrackerState) => void)[] = [];

/** Shows the record: switches, boxes, bars and figures, then what `onRender` holds. */
export function render() {
	const summary = summarize(state.record, stepIds());
	for (const element of all('[data-switch]')) {
		// A switch whose module has not loaded yet keeps what the page shows.
		const value = switches[element.dataset.switch as string];
		if (value)
			for (const child of element.children as HTMLCollectionOf<HTMLElement>)
				child.hidden = !child.dataset.when?.split(' ').includes(value(element, summary));
	}
	for (const box of all('input[data-mark]') as HTMLInputElement[])
		box.checked = isDone(state.record, box.dataset.for as string, box.dataset.mark as Kind);
	for (const bar of all('progress[data-progress]') as HTMLProgressElement[]) {
		bar.max = summary.total;
		bar.value = summary.done;
	}
	// Figures of the summary; any other (the date) is its module's to fill.
	for (const element of all('[data-fill]')) {
		const name = element.dataset.fill as keyof Summary;
		// A number: textContent takes its text.
		if (name in summary) element.textContent = summary[name] as string;
	}
	for (const follow of onRender) follow(state);
}

/** Any stored format, and what only memory holds carried over: loaded only when storage is not in `saved` mode. */
const keep = () => import('../../shared/progress/keep.ts');

/** Shows `next`; a stored value only the full reader can tell (`other`) is read by it first. */
export function show(next: TrackerState) {
	state = next;
	// Until the full reader has read the stored value, the page keeps what it shows (the overview's state, picked before paint).
	if (state.reason === 'other') void reload();
	else render();
}

/**
 * Applies a change to the latest saved progress, saves it, and shows it. In
 * `saved` mode this runs at once, before anything else can happen.
 */
export async function change(edit: (record: ProgressRecord) => ProgressRecord) {
	show(state.mode === 'saved' ? update(place, state, edit) : (await keep()).updateKeeping(place, state, edit));
}

/** Shows what storage holds now (another tab changed it, or the page came back from the back/forward cache), keeping what only memory holds. */
export async function reload() {
	show(state.mode === 'saved' ? load(place) : (await keep()).refresh(place, state));
}
