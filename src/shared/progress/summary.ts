/** What the pages show: each step's status and the overall count, over the current content only. */
import { isDone } from './decide.ts';
import { KINDS, type ProgressRecord } from './record.ts';

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
}

/** `ids` are the steps of the current content, in order; other stored ids are ignored. */
export function summarize(record: ProgressRecord, ids: readonly string[]): Summary {
	const summary: Summary = { done: 0, total: 0, skipped: 0, next: undefined };
	for (const id of ids) {
		const status = stepStatus(record, id);
		if (status === 'skipped') summary.skipped++;
		else {
			summary.total += KINDS.length;
			summary.done += KINDS.filter((kind) => isDone(record, id, kind)).length;
			if (status !== 'done') summary.next ??= id;
		}
	}
	return summary;
}
