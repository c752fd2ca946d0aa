/** What the pages show: each step's status and the overall count, over the current content only. */
import { isDone } from './decide.ts';
import { FIELDS, KINDS, type ProgressRecord } from './record.ts';

export type StepStatus = 'todo' | 'doing' | 'done' | 'skipped';

/** Done when both boxes are ticked; else skipped when the learner knows it already ("Je connais déjà"); else in progress when one box is ticked. */
export function stepStatus(record: ProgressRecord, id: string): StepStatus {
	const ticked = KINDS.filter((kind) => isDone(record, id, kind)).length;
	return ticked === KINDS.length ? 'done' : record.items[id]?.skip?.done ? 'skipped' : ticked > 0 ? 'doing' : 'todo';
}

export interface Summary {
	/** Ticked boxes among the current steps not skipped. */
	done: number;
	/** Boxes among the current steps not skipped: two per step. */
	total: number;
	/** Current steps skipped (and not done): out of `done`, `total` and `next`. */
	skipped: number;
	/** The first step, in order, neither done nor skipped; undefined when there is none. */
	next: string | undefined;
	/** The latest date among all items, kept or not: when progress was last saved. */
	savedAt: string | undefined;
}

/** `ids` are the steps of the current content, in order; other stored ids are ignored. */
export function summarize(record: ProgressRecord, ids: readonly string[]): Summary {
	// A loop, not Math.max(...times): a spread of a huge array throws.
	let latest = -Infinity;
	for (const item of Object.values(record.items)) for (const field of FIELDS) latest = Math.max(latest, Date.parse(item[field]?.at as string) || -Infinity);
	const counted = ids.filter((id) => stepStatus(record, id) !== 'skipped');
	return {
		done: counted.reduce((count, id) => count + KINDS.filter((kind) => isDone(record, id, kind)).length, 0),
		total: counted.length * KINDS.length,
		skipped: ids.length - counted.length,
		next: counted.find((id) => stepStatus(record, id) !== 'done'),
		savedAt: latest > -Infinity ? new Date(latest).toISOString() : undefined,
	};
}
