/**
 * Keeping progress: whether the browser keeps storage for good, when a copy
 * was last kept, this roadmap's progress under other paths of the origin, the
 * overview's seven-day reminder, and the switches only the progress summary
 * shows. Part of the tools (tools.ts), loaded at once where [data-eager]
 * asks (the progress page; the overview when there is progress). Wired by:
 *
 *   [data-persist]             shows the child whose data-when is persisted or not (storage.persisted())
 *   [data-backup]              shown while a copy kept by "start again" is held (progress-file.ts)
 *   [data-last-copy]           filled with when a copy was last kept (export, link, QR), or its data-never
 *                              (the copy buttons hold their message in data-copied: another attribute)
 *   [data-elsewhere]           shown with a button[data-elsewhere-check] per other path holding this roadmap's progress
 *   [data-reminder]            the overview's 7-day reminder; button[data-dismiss] hides it for 7 days
 *   data-switch="saved", "skips", "notes", "mark"   see tracker.ts
 */
import { isDone } from '../../shared/progress/decide.ts';
import { backupKey, elsewhere as elsewhereIn } from '../../shared/progress/keep.ts';
import { leavesBehind } from '../../shared/progress/left-behind.ts';
import type { Kind } from '../../shared/progress/record.ts';
import { savedAt } from '../../shared/progress/saved-at.ts';
import { dateText, find, remember, storageGet } from './helpers.ts';
import { state, onRender, place, render, switches } from './state.ts';
import { t } from './words.ts';

const WEEK = 7 * 24 * 3_600_000;
const dismissKey = () => `${place.roadmap}:reminder:${place.base}`;

/** This roadmap's progress under other paths of this origin. */
export function elsewhere() {
	try {
		return elsewhereIn(place, Object.keys(localStorage));
	} catch {
		return [];
	}
}

// What only the progress summary shows (the overview and the progress page): when progress was last saved,
// and whether steps are skipped. The saved line's switch also writes its date, so both follow every change.
switches.saved = () => {
	const at = savedAt(state.record);
	for (const date of document.querySelectorAll('[data-fill="date"]')) date.textContent = at ? dateText(at) : '';
	return at ? 'saved' : 'never';
};
switches.skips = (_, summary) => (summary.skipped ? 'some' : 'none');
// The hand-off's word that notes and links stay in the file, shown while the record holds some.
switches.notes = () => (leavesBehind(state.record) ? 'some' : 'none');
// The printed checklist's boxes (on the overview, where this loads at once when there is progress).
switches.mark = ({ dataset }) => (isDone(state.record, dataset.of as string, dataset.mark as Kind) ? 'done' : 'todo');

/** The last copy and the reminder, which follow the record: shown after each render. */
function showCopy() {
	const { record } = state;
	const copy = document.querySelector<HTMLElement>('[data-last-copy]');
	if (copy)
		copy.textContent = record.copied
			? t('keeping.lastCopy', { date: dateText(record.copied) })
			: (copy.dataset.never ?? '');
	const reminder = document.querySelector<HTMLElement>('[data-reminder]');
	if (reminder) {
		// Seven days since the last copy, or since the first tick when there is none.
		let first = Infinity;
		for (const item of Object.values(record.items))
			for (const mark of [item.read, item.do]) if (mark?.done) first = Math.min(first, Date.parse(mark.at));
		const since = record.copied ? Date.parse(record.copied) : first;
		const dismissed = Number(storageGet(dismissKey()) ?? 0);
		reminder.hidden = !(Date.now() - since > WEEK && Date.now() - dismissed > WEEK);
	}
}
onRender.push(showCopy);
render();

/** What the progress page and the overview show once this module is loaded: storage kept for good, the backup, other paths. */
export async function init() {
	const persist = document.querySelector<HTMLElement>('[data-persist]');
	if (persist) {
		const kept = (await navigator.storage?.persisted?.()) ? 'persisted' : 'not';
		for (const child of persist.children as HTMLCollectionOf<HTMLElement>) child.hidden = child.dataset.when !== kept;
	}
	const backup = document.querySelector<HTMLElement>('[data-backup]');
	if (backup) backup.hidden = !storageGet(backupKey(place));
	const others = document.querySelector<HTMLElement>('[data-elsewhere]');
	if (others && Object.keys(state.record.items).length === 0) {
		const list = others.querySelector('ul') as HTMLElement;
		list.replaceChildren();
		for (const { base } of elsewhere()) {
			const item = document.createElement('li');
			const button = document.createElement('button');
			button.type = 'button';
			button.dataset.elsewhereCheck = base;
			button.textContent = t('keeping.elsewhereCheck', { path: base });
			item.append(button);
			list.append(item);
		}
		others.hidden = list.children.length === 0;
	}
}

/** Handles a click on the reminder's dismiss button; returns whether it was one. */
export function handle(event: Event, on: (name: string) => Element | null): boolean {
	if (event.type !== 'click' || !on('dismiss')) return false;
	remember(dismissKey(), String(Date.now()));
	find('reminder').hidden = true;
	return true;
}
