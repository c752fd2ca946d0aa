/**
 * The page's tools: export, import and reset on the progress page, and the
 * copy button of a step's first command. Loaded by tracker.ts on the first use
 * of a control inside [data-tools], so pages stay within their JavaScript
 * budget. Wired by data attributes:
 *
 *   button[data-copy-code]     copies the <code> of its [data-tools] section; announces its
 *                              data-copied, or selects the code and announces data-copy-failed
 *   button[data-download]      download the progress as JSON
 *   button[data-copy]          copy it as text; [data-export-text] shows it when copying fails
 *   button[data-download-raw]  download the stored value kept untouched (shown by tracker.ts only then)
 *   input[data-import-file], textarea[data-import-text], button[data-import-check]
 *   [data-import-result], ul[data-import-preview], button[data-import-confirm], button[data-import-cancel]
 *   button[data-reset], [data-reset-confirm] holding button[data-reset-yes] and button[data-reset-cancel]
 *   button[data-undo]
 *   #tools-strings             the words these fill in (JSON)
 */
import { changes } from '../lib/progress/changes.ts';
import { merge } from '../lib/progress/merge.ts';
import { parseProgress } from '../lib/progress/parse.ts';
import { emptyRecord, type ProgressRecord } from '../lib/progress/record.ts';
import { format } from '../lib/i18n.ts';
import { announce, change, place, state, stepIds } from './tracker.ts';

const strings: Record<string, string> = JSON.parse(document.getElementById('tools-strings')?.textContent ?? '{}');
const t = (key: string, values?: Record<string, string | number>) => format(strings[key] ?? key, values);

const find = <T extends HTMLElement = HTMLElement>(name: string) => document.querySelector<T>(`[data-${name}]`) as T;

function download(text: string, name: string) {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

const fileName = () => `ml-roadmap-progress-${new Date().toISOString().slice(0, 10)}.json`;
const exported = () => `${JSON.stringify(state.record, null, 2)}\n`;

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

function checkImport(text: string) {
	closeImport();
	const parsed = parseProgress(text.trim() || null, place.roadmap);
	if (parsed.status !== 'ok') return showResult(t(parsed.status === 'newer' ? 'progress.importNewer' : 'progress.importInvalid'));
	const list = changes(state.record, parsed.record, stepIds());
	if (list.length === 0) return showResult(t('progress.importNothing'));
	incoming = parsed.record;
	find('import-preview').replaceChildren(
		...list.map(({ id, kind, done }) => {
			const item = document.createElement('li');
			item.textContent = t('progress.change', { step: stepName(id), kind: t(`progress.kind.${kind}`), state: t(done ? 'progress.state.ticked' : 'progress.state.unticked') });
			return item;
		}),
	);
	find('import-confirm').hidden = find('import-cancel').hidden = false;
	showResult(t('progress.importPreview', { count: list.length }));
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
	if (on('download')) download(exported(), fileName());
	else if (on('download-raw')) download(state.raw ?? '', fileName());
	else if (on('copy')) {
		const area = find<HTMLTextAreaElement>('export-text');
		area.value = exported();
		try {
			await navigator.clipboard.writeText(area.value);
			announce(t('progress.copied'));
		} catch {
			area.hidden = false;
			area.select();
			announce(t('progress.copyFailed'));
		}
	} else if (on('import-check')) checkImport(find<HTMLTextAreaElement>('import-text').value);
	else if (on('import-confirm') && incoming) {
		const count = changes(state.record, incoming, stepIds()).length;
		const record = incoming;
		change((current) => merge(current, record));
		closeImport();
		showResult(t('progress.imported', { count }));
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
		find('reset-confirm').hidden = true;
		find('undo').hidden = false;
		find('undo').focus();
		announce(t('progress.resetDone'));
	} else if (on('undo') && erased) {
		const record = erased;
		change((current) => merge(current, record));
		erased = undefined;
		find('undo').hidden = true;
		find('reset').focus();
		announce(t('progress.undone'));
	}
}
