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
 *     data-switch="storage"                 saved, unavailable, invalid (unreadable) or newer (kept untouched); on every
 *                                           page, so after-render.ts hooks on it to follow each record shown
 *     data-switch="saved"                   never, or saved once progress has a date (page-tools.ts)
 *     data-switch="mark" data-of data-mark  one box: todo or done (the printed checklist; page-tools.ts)
 *     data-switch="updated" data-of data-mark data-fp   a ticked resource changed since: url, title, both, or ""
 *                                           (updates.ts, loaded with the notes and the tools once there is progress)
 *     data-switch="skips"                   some or none: whether steps are skipped (out of the count; page-tools.ts)
 *     data-switch="notes"                   some or none: whether notes or links are held, which the hand-off link
 *                                           leaves behind (page-tools.ts)
 *   [data-fill]                 filled with a figure: done, total (ticked boxes), skipped (steps); date (last
 *                               saved) by page-tools.ts, loaded at once where it shows, by data-eager
 *   progress[data-progress]     ticked boxes out of all
 *   [data-live]                 polite live region; a box's data-on/data-off and the region's
 *                               data-synced hold what is announced
 *   [data-tools]                export, import, reset, copy: their code (page-tools.ts) loads on first use;
 *                               data-tools="handoff": the hand-off's link, QR code and landing (handoff.ts)
 *   [data-handoff], [data-landing]  the hand-off (handoff.ts), likewise
 *   [data-eager]                loads page-tools.ts at once when there is progress (the overview's reminder,
 *                               the progress page's status lines); data-eager="" also when storage holds
 *                               anything else (progress under another path), so never on a first visit
 *   a fragment #p=…             a hand-off link (src/lib/progress/handoff.ts): handoff.ts shows it and asks
 *   [data-log]                  the learning log: data-log="notes" (a step's notes, link, update notices;
 *                               notes.ts) or "carnet" (the log page; log-export.ts). Its code loads on first
 *                               focus or click, or at once when the record holds something to show
 */
import { decide, isDone } from '../lib/progress/decide.ts';
import type { Kind, ProgressRecord } from '../lib/progress/record.ts';
import { keyOf, load, type Place, type TrackerState, update } from '../lib/progress/store.ts';
import { stepStatus, type Summary, summarize } from '../lib/progress/summary.ts';

export const place: Place = {
	get: () => window.localStorage,
	roadmap: document.querySelector<HTMLElement>('[data-roadmap]')?.dataset.roadmap as string,
	base: import.meta.env.BASE_URL,
};
export let state: TrackerState = load(place);

const all = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
/** The steps of the current content on this page, in order. */
export const stepIds = () => all('[data-step]').map((element) => element.dataset.step as string);

/** Says `message` politely to screen readers. */
export function announce(message: string) {
	for (const live of all('[data-live]')) live.textContent = message;
}

/**
 * The value of each `data-switch` (see above), from the record and its summary.
 * On-demand modules add theirs (updates.ts: `updated`; page-tools.ts: `saved`,
 * `skips`, `mark`), so a value only some pages need costs every other page nothing.
 */
export const switches: Record<string, (element: HTMLElement, summary: Summary) => string> = {
	status: ({ dataset }) => stepStatus(state.record, dataset.of as string),
	next: (_, summary) => summary.next ?? '',
	storage: () => state.reason ?? state.mode,
};

/** Shows the record: switches, boxes, bars and figures. */
export function render() {
	const summary = summarize(state.record, stepIds());
	for (const element of all('[data-switch]')) {
		// A switch whose module has not loaded yet keeps what the page shows.
		const value = switches[element.dataset.switch as string];
		if (value) for (const child of element.children as HTMLCollectionOf<HTMLElement>) child.hidden = !child.dataset.when?.split(' ').includes(value(element, summary));
	}
	for (const box of all('input[data-mark]') as HTMLInputElement[]) box.checked = isDone(state.record, box.dataset.for as string, box.dataset.mark as Kind);
	for (const bar of all('progress[data-progress]') as HTMLProgressElement[]) {
		bar.max = summary.total;
		bar.value = summary.done;
	}
	// Figures of the summary; any other (the date) is its module's to fill.
	for (const element of all('[data-fill]')) {
		const name = element.dataset.fill as keyof Summary;
		if (name in summary) element.textContent = String(summary[name]);
	}
}

/** Any stored format, and what only memory holds carried over: loaded only when storage is not in `saved` mode. */
const keep = () => import('../lib/progress/keep.ts');

let started = false;
/** Shows `next`; a stored value only the full reader can tell (`other`) is read by it first; then what shows progress starts. */
export function show(next: TrackerState) {
	state = next;
	// Until the full reader has read the stored value, the page keeps what it shows (the overview's state, picked before paint).
	if (state.reason === 'other') return void reload();
	render();
	if (!started) {
		started = true;
		start();
	}
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
	// Read now: the change may wait for keep.ts, and a render meanwhile (another module loading) resets the box.
	const done = box.checked;
	// `fp: undefined` (a resource without a fingerprint) is dropped when the record is written.
	void change((record) => decide(record, id, mark, { done, fp }));
	announce(box.dataset[done ? 'on' : 'off'] as string);
});

// Only our key: other sites on the same origin write theirs. `null` means storage was cleared.
window.addEventListener('storage', (event) => {
	if (event.key !== keyOf(place) && event.key !== null) return;
	void reload();
	announce(all('[data-live]')[0]?.dataset.synced ?? '');
});

window.addEventListener('pageshow', (event) => event.persisted && reload());

/**
 * The code behind the page's controls, loaded on first use, never with the
 * page: the module of the closest region around the control (see above). A
 * click or a change is then handled by it; a focus only loads it, so that what
 * is typed meanwhile is not lost.
 */
type Module = () => Promise<{ handle(event: Event): unknown; init?(): unknown }>;
const modules = {
	handoff: () => import('./handoff.ts'),
	tools: () => import('./page-tools.ts'),
	notes: () => import('./notes.ts'),
	carnet: () => import('./log-export.ts'),
} satisfies Record<string, Module>;
const moduleOf = (element: Element | null) => {
	const region = element?.closest?.<HTMLElement>('[data-tools],[data-log]');
	return region && (modules[(region.dataset.log ?? (region.dataset.tools || 'tools')) as keyof typeof modules] as Module);
};
for (const type of ['click', 'change', 'focusin']) {
	document.addEventListener(type, (event) => void moduleOf(event.target as Element)?.().then((module) => type !== 'focusin' && module.handle(event)));
}

/**
 * What shows saved progress loads once the record is known (parse.ts may still
 * be reading it: see `show`) and holds something: a step's notes, the log page,
 * the progress page's status lines, the overview's reminder. With none, only
 * the tools marked data-eager="" and only when storage holds something else
 * (maybe progress under another path): never on a first visit. A hand-off
 * link's fragment holds progress to confirm and merge (handoff.ts `init`).
 */
function start() {
	const eager = Object.keys(state.record.items)[0] ? '[data-log],[data-eager]' : state.mode === 'saved' && localStorage.length ? '[data-eager=""]' : 'x';
	for (const element of all(eager)) void moduleOf(element)?.().then((module) => module.init?.());
	if (location.hash.startsWith('#p=')) void modules.handoff().then((module) => module.init());
}

show(state);
