/**
 * The progress as a file: export (download or copy), import (from a file,
 * pasted text or progress under another path: checked, previewed, then
 * merged), reset with undo, and the ways out of a stored value the tracker
 * keeps untouched. Part of the tools (tools.ts); the hand-off (handoff.ts)
 * shares its preview, merge and export. Wired by data attributes:
 *
 *   button[data-download]      download the progress as JSON
 *   button[data-copy]          copy it as text; [data-export-text] shows it when copying fails
 *   button[data-download-raw]  download the stored value kept untouched (shown by the tracker only then)
 *   button[data-start-again]   download it, keep a copy under a backup key, then save again (keep.ts)
 *   button[data-backup-download], button[data-backup-delete] in [data-backup]   that copy
 *   input[data-import-file], textarea[data-import-text], button[data-import-check]
 *   [data-import-result], ul[data-import-preview], button[data-import-confirm], button[data-import-cancel]
 *   button[data-reset], [data-reset-confirm] holding button[data-reset-yes] and button[data-reset-cancel]
 *   button[data-undo]
 */
import { changes, decidedBefore } from '../../shared/progress/changes.ts';
import { backupKey, exportText, resetKey, startAgain, updateKeeping } from '../../shared/progress/keep.ts';
import { merge } from '../../shared/progress/merge.ts';
import { parseProgress } from '../../shared/progress/parse.ts';
import { draftKey } from '../../shared/progress/draft.ts';
import { emptyRecord, type ProgressRecord } from '../../shared/progress/record.ts';
import { dateText, download, find, remember, storageGet } from './helpers.ts';
import { announce, change, state, place, show, stepIds } from './state.ts';
import { t } from './words.ts';

const fileName = () => `${place.roadmap}-progress-${new Date().toISOString().slice(0, 10)}.json`;

/** Remembers that a copy was just kept, for "last copy" and the reminder (keeping.ts shows both on each render). */
export const copied = () => change((record) => ({ ...record, copied: new Date().toISOString() }));

const exported = () => exportText(state.record);

/** Downloads the progress as a file and remembers the copy: the export, and the hand-off's offer when the link leaves notes behind. */
export async function exportFile() {
	download(exported(), fileName());
	await copied();
}

let incoming: ProgressRecord | undefined;
let erased: ProgressRecord | undefined;

/** The name of a step for the import preview: its label on this page, or its id if the site no longer has it. */
const stepName = (id: string) =>
	document.querySelector<HTMLElement>(`[data-step="${id}"]`)?.dataset.label ?? t('progress.unknownStep', { id });

function showResult(message: string) {
	find('import-result').textContent = message;
	announce(message);
}

function closeImport() {
	incoming = undefined;
	find('import-preview').replaceChildren();
	find('import-confirm').hidden = find('import-cancel').hidden = true;
}

/** Why an import is refused, in words. */
function refusal(parsed: ReturnType<typeof parseProgress>): string {
	if (parsed.status === 'foreign')
		return parsed.name ? t('keeping.importForeign', { name: parsed.name }) : t('keeping.importForeignApp');
	return t(
		parsed.status === 'newer'
			? 'progress.importNewer'
			: parsed.status === 'large'
				? 'keeping.importLarge'
				: 'progress.importInvalid',
	);
}

/** The words of a change to the learning log, written (or ticked) then erased (or unticked): logImport.* in ui.json. */
const logLines = {
	note: ['logImport.note', 'logImport.noteErased'],
	built: ['logImport.built', 'logImport.builtRemoved'],
	skip: ['logImport.skipped', 'logImport.unskipped'],
	revisit: ['logImport.revisit', 'logImport.unrevisit'],
	plan: ['logImport.plan', 'logImport.planRemoved'],
} as const;

/** Fills `list` with one line per change, appended one by one: never a spread of an unbounded array. */
export function preview(list: HTMLElement, record: ProgressRecord): number {
	const found = changes(state.record, record, stepIds());
	list.replaceChildren();
	for (const { id, field, done } of found) {
		const item = document.createElement('li');
		const step = stepName(id);
		item.textContent =
			field === 'read' || field === 'do'
				? t('progress.change', {
						step,
						kind: t(`progress.kind.${field}`),
						state: t(done ? 'progress.state.ticked' : 'progress.state.unticked'),
					})
				: t(logLines[field][done ? 0 : 1], { step });
		list.append(item);
	}
	return found.length;
}

/** The preview's added word when this device's progress was reset after what `record` would bring back was decided, or ''. */
export function beforeReset(record: ProgressRecord): string {
	const at = storageGet(resetKey(place));
	return at && decidedBefore(changes(state.record, record, stepIds()), record, at)
		? ` ${t('progress.beforeReset', { date: dateText(at) })}`
		: '';
}

/** Reads `text` as progress to import: says why it is refused, or shows what it would change and asks. */
export function checkImport(text: string) {
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
	const next = updateKeeping(place, state, (held) => merge(held, record), stepIds());
	show(next);
	const outcome = next.refused ? 'refused' : next.mode === 'saved' ? 'saved' : 'memory';
	if (outcome !== 'saved') announce(t(outcome === 'refused' ? 'keeping.refused' : 'keeping.mergedUnsaved'));
	return outcome;
}

/** Handles a click or change on one of the controls above; returns whether it was one. */
export async function handle(event: Event, on: (name: string) => Element | null): Promise<boolean> {
	if (event.type === 'change' && on('import-file')) {
		const file = (event.target as HTMLInputElement).files?.[0];
		if (file) checkImport(await file.text());
		return true;
	}
	if (event.type !== 'click') return false;
	if (on('download')) await exportFile();
	else if (on('download-raw')) download(state.raw ?? '', fileName());
	else if (on('start-again')) {
		download(state.raw ?? '', fileName());
		show(startAgain(place, state, stepIds()));
		announce(t(state.refused ? 'keeping.refused' : 'keeping.startedAgain'));
	} else if (on('backup-download')) {
		download(storageGet(backupKey(place)) ?? '', fileName());
		find('backup-delete').hidden = false;
	} else if (on('backup-delete')) {
		try {
			localStorage.removeItem(backupKey(place));
		} catch {
			// Storage refuses: nothing was removed, and the copy stays offered.
			return true;
		}
		find('backup').hidden = true;
		announce(t('keeping.backupDeleted'));
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
		if (outcome === 'refused') showResult(t('keeping.refused'));
		else {
			closeImport();
			showResult(outcome === 'saved' ? t('progress.imported', { count }) : t('keeping.mergedUnsaved'));
		}
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
		void change(() => emptyRecord(place.roadmap));
		remember(resetKey(place), new Date().toISOString());
		// Notes typed before an editor arrived and never taken over (log-drafts.ts) go with the rest.
		try {
			const drafts = draftKey(place.roadmap, place.base, '');
			for (const key of Object.keys(localStorage)) if (key.startsWith(drafts)) localStorage.removeItem(key);
		} catch {
			// Storage refuses: it kept no draft either.
		}
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
	} else return false;
	return true;
}
