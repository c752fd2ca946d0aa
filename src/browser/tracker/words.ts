/**
 * The UI strings the on-demand modules fill in, declared per module and typed
 * against the UI schema's keys. This module touches nothing at import, so a
 * page reads the declarations at build time and writes the strings of the
 * modules it may load into one `#words` block (src/components/Words.astro: the
 * progress page the tools' and the hand-off's, a step page the notes'); `t`
 * reads them there on first use. A key the page did not write shows as
 * itself, which the tests would see. (Mon carnet's Markdown export takes its
 * words with the steps in `#log-data`: most are composed at build time.)
 */
import { format } from '../../shared/i18n.ts';
import type { UiKey } from '../../shared/schemas/ui.ts';

export const WORDS = {
	/** progress-file.ts: export, import, reset, undo. */
	file: [
		'progress.copied',
		'progress.copyFailed',
		'progress.importInvalid',
		'progress.importNewer',
		'progress.importNothing',
		'progress.importPreview',
		'progress.change',
		'progress.unknownStep',
		'progress.imported',
		'progress.resetDone',
		'progress.undone',
		'progress.kind.read',
		'progress.kind.do',
		'progress.state.ticked',
		'progress.state.unticked',
		'progress.beforeReset',
		'keeping.refused',
		'keeping.importForeign',
		'keeping.importForeignApp',
		'keeping.importLarge',
		'keeping.startedAgain',
		'keeping.mergedUnsaved',
		'keeping.backupDeleted',
		'logImport.note',
		'logImport.noteErased',
		'logImport.built',
		'logImport.builtRemoved',
		'logImport.skipped',
		'logImport.unskipped',
		'logImport.revisit',
		'logImport.unrevisit',
		'logImport.plan',
		'logImport.planRemoved',
	],
	/** keeping.ts: the last copy, progress under other paths. */
	keeping: ['keeping.elsewhereCheck', 'keeping.lastCopy'],
	/** notes.ts: a step's note and link (the page fills in the limits: `{max}`). */
	notes: [
		'log.count',
		'log.noteSaved',
		'log.builtSaved',
		'log.tooBig',
		'log.notSaved',
		'log.builtHidden',
		'log.builtNotUrl',
		'log.builtNotHttps',
		'log.builtLong',
	],
	/** plan.ts: the plan page (the overview's sentence takes its words from data attributes). */
	plan: [
		'plan.badPace',
		'plan.saved',
		'plan.notSaved',
		'plan.finish',
		'plan.allDone',
		'plan.hours',
		'plan.revisit',
		'plan.outDone',
		'plan.outSkipped',
		'plan.downloaded',
		'plan.removed',
	],
	/** handoff.ts: the link, its QR code and its landing. */
	handoff: [
		'handoff.qrLabel',
		'handoff.copied',
		'handoff.landing',
		'handoff.bad',
		'handoff.nothing',
		'handoff.done',
		'handoff.noTicks',
		'handoff.tooLong',
		'handoff.qrTooLong',
		'keeping.mergedUnsaved',
		'progress.copyFailed',
	],
} as const satisfies Record<string, readonly UiKey[]>;

/** A string some on-demand module fills in. */
export type Word = (typeof WORDS)[keyof typeof WORDS][number];

let strings: Partial<Record<Word, string>> | undefined;

/** The page's words for `key`, its `{placeholders}` filled with `values`. */
export const t = (key: Word, values?: Record<string, string | number>) =>
	format(
		(strings ??= JSON.parse(document.getElementById('words')?.textContent ?? '{}') as Partial<Record<Word, string>>)[
			key
		] ?? key,
		values,
	);
