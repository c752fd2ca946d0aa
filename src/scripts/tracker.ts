/**
 * The progress tracker's DOM layer, wired by data attributes; all rules live
 * in src/lib/progress/. The words are in the HTML, rendered per edition; this
 * script only picks which ones show. Loaded on pages that show progress:
 *
 *   input[data-mark][data-for]  a checkbox: data-mark="read|do|skip", data-for="<step id>"; data-fp, the
 *                               resource's fingerprint (log.ts), stored with the tick
 *   [data-roadmap]              holds the roadmap's identity (record.ts), part of the storage key
 *   [data-step]                 a step of the current content, in path order (the ids totals count)
 *   [data-switch]               shows the children whose data-when (space-separated values) matches:
 *     data-switch="status" data-of="<id>"   the step's status: todo, doing, done
 *     data-switch="next"                    the first step not done (its id), or "" when all are
 *     data-switch="storage"                 saved, unavailable, invalid (unreadable) or newer (kept untouched)
 *     data-switch="saved"                   never, or saved once progress has a date
 *     data-switch="mark" data-of data-mark  one box: todo or done (the printed checklist)
 *     data-switch="updated" data-of data-mark data-fp   a ticked resource changed since: url, title, both, or ""
 *     data-switch="skips"                   some or none: whether steps are skipped (out of the count)
 *   [data-fill]                 filled with a figure: done, total (ticked boxes), skipped (steps), date (last saved)
 *   progress[data-progress]     ticked boxes out of all
 *   [data-live]                 polite live region; a box's data-on/data-off and the region's
 *                               data-synced hold what is announced
 *   [data-tools]                export, import, reset, copy, hand-off: their code (page-tools.ts) loads on first use
 *   [data-eager]                loads page-tools.ts at once when there is progress (the overview's reminder,
 *                               the progress page's status lines); data-eager="" also when storage holds
 *                               anything else (progress under another path), so never on a first visit
 *   a fragment #p=…             a hand-off link (src/lib/progress/handoff.ts): handoff.ts shows it and asks
 *   [data-log]                  the learning log: data-log="notes" (a step's notes, link, update notices;
 *                               notes.ts) or "carnet" (the log page; log-export.ts). Its code loads on first
 *                               focus or click, or at once when the record holds something to show
 */
import { decide, isDone } from '../lib/progress/decide.ts';
import { resourceChange } from '../lib/progress/fingerprint.ts';
import type { Kind, ProgressRecord } from '../lib/progress/record.ts';
import { keyOf, load, type Place, type TrackerState, update } from '../lib/progress/store.ts';
import { stepStatus, summarize } from '../lib/progress/summary.ts';

export const place: Place = {
	get: () => window.localStorage,
	roadmap: document.querySelector<HTMLElement>('[data-roadmap]')?.dataset.roadmap as string,
	base: import.meta.env.BASE_URL,
};
const key = keyOf(place);
export let state: TrackerState = load(place);

const all = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
/** The steps of the current content on this page, in order. */
export const stepIds = () => all('[data-step]').map((element) => element.dataset.step as string);

/** Says `message` politely to screen readers. */
export function announce(message: string) {
	for (const live of all('[data-live]')) live.textContent = message;
}

function render() {
	const { record, mode, reason } = state;
	const summary = summarize(record, stepIds());
	const value: Record<string, (element: HTMLElement) => string> = {
		status: (element) => stepStatus(record, element.dataset.of as string),
		next: () => summary.next ?? '',
		storage: () => reason ?? mode,
		saved: () => (summary.savedAt ? 'saved' : 'never'),
		mark: (element) => (isDone(record, element.dataset.of as string, element.dataset.mark as Kind) ? 'done' : 'todo'),
		updated: ({ dataset }) => {
			const mark = record.items[dataset.of as string]?.[dataset.mark as Kind];
			return mark?.done ? resourceChange(mark.fp, dataset.fp as string) : '';
		},
		skips: () => (summary.skipped ? 'some' : 'none'),
	};
	const fill: Record<string, unknown> = {
		...summary,
		date: summary.savedAt ? new Date(summary.savedAt).toLocaleString(document.documentElement.lang, { dateStyle: 'long', timeStyle: 'short' }) : '',
	};
	for (const element of all('[data-switch]')) {
		const current = value[element.dataset.switch as string]?.(element);
		for (const child of element.children as HTMLCollectionOf<HTMLElement>) child.hidden = !child.dataset.when?.split(' ').includes(current as string);
	}
	for (const box of all('input[data-mark]') as HTMLInputElement[]) box.checked = isDone(record, box.dataset.for as string, box.dataset.mark as Kind);
	for (const bar of all('progress[data-progress]') as HTMLProgressElement[]) {
		bar.max = summary.total;
		bar.value = summary.done;
	}
	for (const element of all('[data-fill]')) element.textContent = String(fill[element.dataset.fill as string]);
}

/** Any stored format, and what only memory holds carried over: loaded only when storage is not in `saved` mode. */
const keep = () => import('../lib/progress/keep.ts');

/** Shows `next`; a stored value only the full reader can tell (`other`) is read by it. */
export function show(next: TrackerState) {
	state = next;
	render();
	if (state.reason === 'other') void reload();
}

/**
 * Applies a change to the latest saved progress, saves it, and shows it. In
 * `saved` mode this runs at once, before anything else can happen.
 */
export async function change(edit: (record: ProgressRecord) => ProgressRecord) {
	show(state.mode === 'saved' ? update(place, state, edit) : (await keep()).updateKeeping(place, state, edit));
}

/** Shows what storage holds now (another tab changed it, or the page came back from the back/forward cache), keeping what only memory holds. */
async function reload() {
	show(state.mode === 'saved' ? load(place) : (await keep()).refresh(place, state));
}

document.addEventListener('change', (event) => {
	const box = event.target as HTMLInputElement;
	if (!box.matches('input[data-mark]')) return;
	const { for: id, mark, fp } = box.dataset as { for: string; mark: Kind; fp?: string };
	void change((record) => decide(record, id, mark, fp ? { done: box.checked, fp } : { done: box.checked }));
	// Ask the browser to keep this site's storage; the progress page says whether it agreed.
	void navigator.storage?.persist?.();
	announce(box.dataset[box.checked ? 'on' : 'off'] as string);
});

// Only our key: other sites on the same origin write theirs. `null` means storage was cleared.
window.addEventListener('storage', (event) => {
	if (event.key !== key && event.key !== null) return;
	void reload();
	announce(document.querySelector<HTMLElement>('[data-live]')?.dataset.synced ?? '');
});

window.addEventListener('pageshow', (event) => event.persisted && reload());

// The progress page's tools and the hand-off are loaded when first used, not with every page.
const tools = () => import('./page-tools.ts');
const handoff = () => import('./handoff.ts');
for (const type of ['click', 'change']) {
	document.addEventListener(type, (event) => {
		const target = event.target as Element;
		if (target.closest?.('[data-tools]')) void (target.closest('[data-handoff],[data-landing]') ? handoff() : tools()).then((module) => module.handle(event));
	});
}

// The learning log's code, likewise: on first use, or now when there is something of the learner's to show.
const log = document.querySelector<HTMLElement>('[data-log]');
if (log) {
	const open = (event?: Event) =>
		void (log.dataset.log === 'carnet' ? import('./log-export.ts') : import('./notes.ts')).then((module) => event && module.handle(event));
	if (Object.keys(state.record.items).length) open();
	for (const type of ['focusin', 'click']) document.addEventListener(type, (event) => (event.target as Element).closest?.('[data-log]') && open(event));
}

show(state);
// The progress page's status lines, and the overview's reminder when there is progress.
// With no progress, only where storage holds something (maybe progress under another path): never on a first visit.
if (document.querySelector(Object.keys(state.record.items).length ? '[data-eager]' : state.mode === 'saved' && localStorage.length ? '[data-eager=""]' : 'x')) void tools().then((module) => module.init());
// A hand-off link: its fragment holds progress to confirm and merge.
if (location.hash.startsWith('#p=')) void handoff().then((module) => module.land());

// Offline use: the worker (src/service-worker.ts) is registered once the page has loaded; the
// update notice's code loads only when a new version is ready, told by the new worker or found waiting.
const worker = navigator.serviceWorker;
const notice = () => import('./update-notice.ts');
if (import.meta.env.PROD && worker) {
	worker.onmessage = notice;
	addEventListener('load', () => worker.register(`${import.meta.env.BASE_URL}sw.js`).then((registration) => registration.waiting && worker.controller && notice(), () => {}));
}
