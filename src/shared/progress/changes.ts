/** What an import would change, for its preview. Only the progress page's tools use it. */
import { merge } from './merge.ts';
import { planOf } from './plan-choice.ts';
import { FIELDS } from './item-fields.ts';
import type { Field, ProgressRecord } from './record.ts';

export interface Change {
	/** The step; `''` for the plan, which belongs to no step. */
	id: string;
	field: Field | 'plan';
	/** Whether the box (read, do, skip, revisit) ends up ticked, the note or link written rather than erased, the plan in force rather than removed. */
	done: boolean;
}

/** What the learner sees of one field: a box ticked, or the text of a note or link ('' for none). */
function shown(record: ProgressRecord, id: string, field: Field): boolean | string {
	const item = record.items[id];
	if (field === 'note') return item?.note?.text ?? '';
	if (field === 'built') return item?.built?.url ?? '';
	return !!item?.[field]?.done;
}

/** What the learner sees of the plan: its pace and start, or '' when there is none. */
const planShown = (record: ProgressRecord) => {
	const plan = planOf(record);
	return plan ? `${plan.pace} ${plan.start}` : '';
};

/** The boxes, notes and links whose value merging `incoming` would change, in the given step order, each step's fields in record order; then the plan. */
export function changes(current: ProgressRecord, incoming: ProgressRecord, order: readonly string[]): Change[] {
	const merged = merge(current, incoming);
	const ids = [...order, ...Object.keys(merged.items).filter((id) => !order.includes(id))];
	const found: Change[] = ids.flatMap((id) =>
		FIELDS.filter((field) => shown(merged, id, field) !== shown(current, id, field)).map((field) => ({
			id,
			field,
			done: !!shown(merged, id, field),
		})),
	);
	if (planShown(merged) !== planShown(current)) found.push({ id: '', field: 'plan', done: !!planOf(merged) });
	return found;
}

/** Whether any of `found` (changes merging `incoming` would make) was decided before `since`, an ISO date: it would bring back what was erased then. */
export const decidedBefore = (found: readonly Change[], incoming: ProgressRecord, since: string): boolean =>
	found.some(
		({ id, field }) =>
			Date.parse((field === 'plan' ? incoming.plan : incoming.items[id]?.[field])?.at ?? '') < Date.parse(since),
	);
