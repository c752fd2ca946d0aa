/**
 * The page's tools: export, import and reset on the progress page, and the
 * copy button of a step's first command. Loaded by tracker.ts on the first use
 * of a control inside [data-tools], so pages stay within their JavaScript
 * budget, or at once where [data-eager] asks (the progress page; the overview
 * when there is progress, for its reminder). Wired by data attributes:
 *
 *   button[data-copy-code]     copies the <code> of its [data-tools] section; announces its
 *                              data-copied, or selects the code and announces data-copy-failed
 *   button[data-download]      download the progress as JSON
 *   button[data-copy]          copy it as text; [data-export-text] shows it when copying fails
 *   button[data-download-raw]  download the stored value kept untouched (shown by tracker.ts only then)
 *   button[data-start-again]   download it, keep a copy under a backup key, then save again (keep.ts)
 *   [data-persist]             shows the child whose data-when is persisted or not (storage.persisted())
 *   [data-copied]              filled with when a copy was last kept (export, link, QR), or its data-never
 *   [data-elsewhere]           shown with a button[data-elsewhere-check] per other path holding this roadmap's progress
 *   [data-reminder]            the overview's 7-day reminder; button[data-dismiss] hides it for 7 days
 *   [data-handoff], [data-landing]  the hand-off's controls: tracker.ts sends their events to handoff.ts
 *   [data-switch="notes"]      some or none: whether the record holds notes or links, which the hand-off link leaves behind
 *   input[data-import-file], textarea[data-import-text], button[data-import-check]
 *   [data-import-result], ul[data-import-preview], button[data-import-confirm], button[data-import-cancel]
 *   button[data-reset], [data-reset-confirm] holding button[data-reset-yes] and button[data-reset-cancel]
 *   button[data-undo]
 *   #tools-strings             the words these fill in (JSON)
 */
import { changes, decidedBefore } from '../lib/progress/changes.ts';
import { isDone } from '../lib/progress/decide.ts';
import { leavesBehind } from '../lib/progress/left-behind.ts';
import { backupKey, elsewhere as elsewhereIn, exportText, resetKey, startAgain, updateKeeping } from '../lib/progress/keep.ts';
import { merge } from '../lib/progress/merge.ts';
import { parseProgress } from '../lib/progress/parse.ts';
import { savedAt } from '../lib/progress/saved-at.ts';
import { emptyRecord, type Kind, type ProgressRecord } from '../lib/progress/record.ts';
import { format } from '../lib/i18n.ts';
import { announce, change, place, render, show, state, stepIds, switches } from './tracker.ts';
import './updates.ts';

const strings: Record<string, string> = JSON.parse(document.getElementById('tools-strings')?.textContent ?? '{}');
export const t = (key: string, values?: Record<string, string | number>) => format(strings[key] ?? key, values);

const find = <T extends HTMLElement = HTMLElement>(name: string) => document.querySelector<T>(`[data-${name}]`) as T;

function download(text: string, name: string) {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

const fileName = () => `${place.roadmap}-progress-${new Date().toISOString().slice(0, 10)}.json`;

/** Remembers that a copy was just kept, for "last copy" and the reminder. */
export async function copied() {
	await change((record) => ({ ...record, copied: new Date().toISOString() }));
	await init();
}
const exported = () => exportText(state.record);

/** Downloads the progress as a file and remembers the copy: the export, and the hand-off's offer when the link leaves notes behind. */
export async function exportFile() {
	download(exported(), fileName());
	await copied();
}

let incoming: ProgressRecord | undefined;
let erased: ProgressRecord | undefined;

/** The name of a step for the import preview: its label on this page, or its id if the site no longer has it. */
const stepName = (id: string) => document.querySelector<HTMLElement>(`[data-step="${id}"]`)?.dataset.label ?? t('progress.unknownStep', { id });

function showResult(message: string) {
	find('import-result').textContent = message;
	announce(message);
}

function closeImport() {
	incoming = undefined;
	find('import-preview').replaceChildren();
	find('import-confirm').hidden = find('import-cancel').hidden = true;
}

/** Why an import or a hand-off is refused, in words. */
export function refusal(parsed: ReturnType<typeof parseProgress>): string {
	if (parsed.status === 'foreign') return parsed.name ? t('keeping.importForeign', { name: parsed.name }) : t('keeping.importForeignApp');
	return t(parsed.status === 'newer' ? 'progress.importNewer' : parsed.status === 'large' ? 'keeping.importLarge' : 'progress.importInvalid');
}

/** The words of a change to the learning log, written (or ticked) then erased (or unticked): logImport.* in ui.json. */
const logLines = { note: ['note', 'noteErased'], built: ['built', 'builtRemoved'], skip: ['skipped', 'unskipped'] } as const;

/** Fills `list` with one line per change, appended one by one: never a spread of an unbounded array. */
export function preview(list: HTMLElement, record: ProgressRecord): number {
	const found = changes(state.record, record, stepIds());
	list.replaceChildren();
	for (const { id, field, done } of found) {
		const item = document.createElement('li');
		const step = stepName(id);
		item.textContent =
			field === 'read' || field === 'do'
				? t('progress.change', { step, kind: t(`progress.kind.${field}`), state: t(done ? 'progress.state.ticked' : 'progress.state.unticked') })
				: t(`logImport.${logLines[field][done ? 0 : 1]}`, { step });
		list.append(item);
	}
	return found.length;
}

/** The preview's added word when this device's progress was reset after what `record` would bring back was decided, or ''. */
export function beforeReset(record: ProgressRecord): string {
	const at = localStorageGet(resetKey(place));
	return at && decidedBefore(changes(state.record, record, stepIds()), record, at) ? ` ${t('progress.beforeReset', { date: dateText(at) })}` : '';
}

function checkImport(text: string) {
	closeImport();
	const parsed = parseProgress(text.trim() || null, place.roadmap);
	if (parsed.status !== 'ok') return showResult(refusal(parsed));
	const count = preview(find('import-preview'), parsed.record);
	if (count === 0) return showResult(t('progress.importNothing'));
	incoming = parsed.record;
	find('import-confirm').hidden = find('import-cancel').hidden = false;
	showResult(t('progress.importPreview', { count }) + beforeReset(parsed.record));
}

/**
 * Merges `record` into the progress, through the checked path (keep.ts): says
 * so and returns `refused` when it would go past the limits (nothing stored),
 * `memory` when storage is not saving (kept for this visit only: never called
 * saved or merged), `saved` otherwise.
 */
export function mergeIn(record: ProgressRecord): 'saved' | 'memory' | 'refused' {
	const next = updateKeeping(place, state, (current) => merge(current, record), stepIds());
	show(next);
	const outcome = next.refused ? 'refused' : next.mode === 'saved' ? 'saved' : 'memory';
	if (outcome !== 'saved') announce(t(outcome === 'refused' ? 'keeping.refused' : 'keeping.mergedUnsaved'));
	return outcome;
}

/** This roadmap's progress under other paths of this origin. */
function elsewhere() {
	try {
		return elsewhereIn(place, Object.keys(localStorage));
	} catch {
		return [];
	}
}

const dateText = (iso: string) => new Date(iso).toLocaleString(document.documentElement.lang, { dateStyle: 'long', timeStyle: 'short' });
// What only the progress summary shows (the overview and the progress page, where this module loads at once
// when there is progress, by data-eager): when progress was last saved, and whether steps are skipped.
// The saved line's switch also writes its date, so both follow every change the tracker shows.
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
render();
const WEEK = 7 * 24 * 3_600_000;
const dismissKey = () => `${place.roadmap}:reminder:${place.base}`;

function localStorageGet(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

/** Keeps `value` under `key` beside the record, or removes it; storage that refuses keeps nothing. */
function remember(key: string, value?: string) {
	try {
		if (value) localStorage.setItem(key, value);
		else localStorage.removeItem(key);
	} catch {
		// Nothing kept: the preview then says nothing of the reset.
	}
}

/** What the progress page and the overview show once this module is loaded: storage kept for good, last copy, other paths, the reminder. */
export async function init() {
	const persist = document.querySelector<HTMLElement>('[data-persist]');
	if (persist) {
		const kept = (await navigator.storage?.persisted?.()) ? 'persisted' : 'not';
		for (const child of persist.children as HTMLCollectionOf<HTMLElement>) child.hidden = child.dataset.when !== kept;
	}
	const backup = document.querySelector<HTMLElement>('[data-backup]');
	if (backup) backup.hidden = !localStorageGet(backupKey(place));
	const copy = document.querySelector<HTMLElement>('[data-copied]');
	if (copy) copy.textContent = state.record.copied ? t('keeping.lastCopy', { date: dateText(state.record.copied) }) : (copy.dataset.never ?? '');
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
	const reminder = document.querySelector<HTMLElement>('[data-reminder]');
	if (reminder) {
		// Seven days since the last copy, or since the first tick when there is none.
		let first = Infinity;
		for (const item of Object.values(state.record.items)) for (const mark of [item.read, item.do]) if (mark?.done) first = Math.min(first, Date.parse(mark.at));
		const since = state.record.copied ? Date.parse(state.record.copied) : first;
		const dismissed = Number(localStorageGet(dismissKey()) ?? 0);
		reminder.hidden = !(Date.now() - since > WEEK && Date.now() - dismissed > WEEK);
	}
}

/** Copies a snippet; when the browser refuses, selects it so the learner can copy it by hand. */
async function copyCode(button: HTMLElement) {
	const code = button.closest('[data-tools]')?.querySelector('code');
	if (!code) return;
	try {
		await navigator.clipboard.writeText(code.textContent ?? '');
		announce(button.dataset.copied ?? '');
	} catch {
		getSelection()?.selectAllChildren(code);
		announce(button.dataset.copyFailed ?? '');
	}
}

/** Handles one event on a control inside [data-tools]. */
export async function handle(event: Event) {
	const target = event.target as HTMLElement;
	const on = (name: string) => target.closest(`[data-${name}]`);
	if (event.type === 'change' && on('import-file')) {
		const file = (target as HTMLInputElement).files?.[0];
		if (file) checkImport(await file.text());
		return;
	}
	if (event.type !== 'click') return;
	const copyButton = on('copy-code') as HTMLElement | null;
	if (copyButton) return copyCode(copyButton);
	if (on('download')) await exportFile();
	else if (on('download-raw')) download(state.raw ?? '', fileName());
	else if (on('start-again')) {
		download(state.raw ?? '', fileName());
		show(startAgain(place, state, stepIds()));
		announce(t(state.refused ? 'keeping.refused' : 'keeping.startedAgain'));
	} else if (on('elsewhere-check')) {
		const base = (target.closest('[data-elsewhere-check]') as HTMLElement).dataset.elsewhereCheck;
		const found = elsewhere().find((other) => other.base === base);
		if (found) checkImport(found.raw);
	} else if (on('backup-download')) {
		download(localStorageGet(backupKey(place)) ?? '', fileName());
		find('backup-delete').hidden = false;
	} else if (on('backup-delete')) {
		try {
			localStorage.removeItem(backupKey(place));
		} catch {
			// Storage refuses: nothing was removed, and the copy stays offered.
			return;
		}
		find('backup').hidden = true;
		announce(t('keeping.backupDeleted'));
	} else if (on('dismiss')) {
		try {
			localStorage.setItem(dismissKey(), String(Date.now()));
		} catch {
			// Storage refuses: the reminder is hidden for this visit only.
		}
		find('reminder').hidden = true;
	} else if (on('copy')) {
		const area = find<HTMLTextAreaElement>('export-text');
		area.value = exported();
		try {
			await navigator.clipboard.writeText(area.value);
			await copied();
			announce(t('progress.copied'));
		} catch {
			area.hidden = false;
			area.select();
			announce(t('progress.copyFailed'));
		}
	} else if (on('import-check')) checkImport(find<HTMLTextAreaElement>('import-text').value);
	else if (on('import-confirm') && incoming) {
		const count = changes(state.record, incoming, stepIds()).length;
		const outcome = mergeIn(incoming);
		if (outcome === 'refused') return showResult(t('keeping.refused'));
		closeImport();
		showResult(outcome === 'saved' ? t('progress.imported', { count }) : t('keeping.mergedUnsaved'));
	} else if (on('import-cancel')) {
		closeImport();
		find('import-result').textContent = '';
	} else if (on('reset')) {
		find('reset-confirm').hidden = false;
		find('reset-yes').focus();
	} else if (on('reset-cancel')) {
		find('reset-confirm').hidden = true;
		find('reset').focus();
	} else if (on('reset-yes')) {
		erased = state.record;
		change(() => emptyRecord(place.roadmap));
		remember(resetKey(place), new Date().toISOString());
		find('reset-confirm').hidden = true;
		find('undo').hidden = false;
		find('undo').focus();
		announce(t('progress.resetDone'));
	} else if (on('undo') && erased) {
		const outcome = mergeIn(erased);
		erased = undefined;
		remember(resetKey(place));
		find('undo').hidden = true;
		find('reset').focus();
		if (outcome === 'saved') announce(t('progress.undone'));
	}
}
