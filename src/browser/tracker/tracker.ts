/**
 * The progress tracker's DOM layer, wired by data attributes; all rules live
 * in src/shared/progress/. The words are in the HTML, rendered per edition; this
 * script only picks which ones show. This entry reads storage and binds the
 * listeners; the state lives in state.ts, which the modules loaded on first
 * use import (never this entry). Loaded on pages that show progress:
 *
 *   input[data-mark][data-for]  a checkbox: data-mark="read|do|skip", data-for="<step id>"; data-fp, the
 *                               resource's fingerprint (log.ts), stored with the tick
 *   [data-roadmap]              holds the roadmap's identity (record.ts), part of the storage key
 *   [data-step]                 a step of the current content, in path order (the ids totals count)
 *   [data-switch]               shows the children whose data-when (space-separated values) matches:
 *     data-switch="status" data-of="<id>"   the step's status: todo, doing, done
 *     data-switch="next"                    the first step not done (its id), or "" when all are
 *     data-switch="storage"                 saved, unavailable, invalid (unreadable) or newer (kept untouched); on every
 *                                           page
 *     data-switch="saved"                   never, or saved once progress has a date (keeping.ts)
 *     data-switch="mark" data-of data-mark  one box: todo or done (the printed checklist; keeping.ts)
 *     data-switch="updated" data-of data-mark data-fp   a ticked resource changed since: url, title, both, or ""
 *                                           (updates.ts, loaded with the notes and the tools once there is progress)
 *     data-switch="skips"                   some or none: whether steps are skipped (out of the count; keeping.ts)
 *     data-switch="notes"                   some or none: whether notes or links are held, which the hand-off link
 *                                           leaves behind (keeping.ts)
 *   [data-fill]                 filled with a figure: done, total (ticked boxes), skipped (steps); date (last
 *                               saved) by keeping.ts, loaded at once where it shows, by data-eager
 *   progress[data-progress]     ticked boxes out of all
 *   [data-live]                 polite live region; a box's data-on/data-off and the region's
 *                               data-synced hold what is announced
 *   [data-tools]                export, import, reset, copy: their code (keeping.ts) loads on first use;
 *                               data-tools="handoff": the hand-off's link, QR code and landing (handoff.ts)
 *   [data-handoff], [data-landing]  the hand-off (handoff.ts), likewise
 *   [data-eager]                loads its region's module at once when there is progress (tools.ts: the
 *                               overview's reminder, the progress page's status lines); data-eager="" also
 *                               when storage holds anything else (progress under another path), so never on a
 *                               first visit; a step's log gets it when a draft was put back (log-drafts.ts)
 *   a fragment #p=…             a hand-off link (src/shared/progress/handoff.ts): handoff.ts shows it and asks
 *   [data-log]                  the learning log: data-log="notes" (a step's notes, link, update notices;
 *                               notes.ts) or "carnet" (the log page; log-export.ts). Its code loads on first
 *                               focus or click, or at once when the record holds something to show
 */
import { decide } from '../../shared/progress/decide.ts';
import type { Kind } from '../../shared/progress/record.ts';
import { keyOf, load, type TrackerState } from '../../shared/progress/store.ts';
import { all, announce, change, onRender, place, reload, show } from './state.ts';

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
	// The live region is part of every tracker (TrackerRegion.astro).
	announce((all('[data-live]')[0] as HTMLElement).dataset.synced as string);
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
	tools: () => import('./tools.ts'),
	notes: () => import('./notes.ts'),
	carnet: () => import('./log-export.ts'),
} satisfies Record<string, Module>;
const moduleOf = (element: Element | null) => {
	const region = element?.closest?.<HTMLElement>('[data-tools],[data-log]');
	return region && modules[(region.dataset.log ?? (region.dataset.tools || 'tools')) as keyof typeof modules];
};
for (const type of ['click', 'change', 'focusin']) {
	document.addEventListener(
		type,
		(event) => void moduleOf(event.target as Element)?.().then((module) => type !== 'focusin' && module.handle(event)),
	);
}

/**
 * What shows saved progress loads once the record is known (parse.ts may still
 * be reading it: see `show`) and holds something: a step's notes, the log page,
 * the progress page's status lines, the overview's reminder. With none, only
 * the tools marked data-eager="" and only when storage holds something else
 * (maybe progress under another path): never on a first visit; and Mon carnet
 * when it was hidden to be filled (a record this visit cannot show). A hand-off
 * link's fragment holds progress to confirm and merge (handoff.ts `init`).
 */
function start({ record, mode }: TrackerState) {
	// Once: pushed first (below), it is the first hook; replaced, not removed, so a render under way misses no other.
	onRender[0] = () => {};
	// Mon carnet hidden to be filled (log-filling.ts) is filled, and shown, whatever the record holds.
	const eager = Object.keys(record.items)[0]
		? '[data-log],[data-eager]'
		: (mode === 'saved' && localStorage.length ? '[data-eager=""],' : '') + '.log-filling [data-log]';
	for (const element of all(eager))
		void moduleOf(element)?.().then((module: Awaited<ReturnType<Module>>) => module.init?.());
	if (location.hash.startsWith('#p=')) void modules.handoff().then((module) => module.init());
}

onRender.push(start);
show(load(place));
