/** What an import would change, for its preview. Only the progress page's tools use it. */
import { merge } from './merge.ts';
import { FIELDS, type Field, type ProgressRecord } from './record.ts';

export interface Change {
	id: string;
	field: Field;
	/** Whether the box (read, do, skip) ends up ticked, or the note or link ends up written rather than erased. */
	done: boolean;
}

/** What the learner sees of one field: a box ticked, or the text of a note or link ('' for none). */
function shown(record: ProgressRecord, id: string, field: Field): boolean | string {
	const item = record.items[id];
	if (field === 'note') return item?.note?.text ?? '';
	if (field === 'built') return item?.built?.url ?? '';
	return !!item?.[field]?.done;
}

/** The boxes, notes and links whose value merging `incoming` would change, in the given step order, each step's fields in record order. */
export function changes(current: ProgressRecord, incoming: ProgressRecord, order: readonly string[]): Change[] {
	const merged = merge(current, incoming);
	const ids = [...order, ...Object.keys(merged.items).filter((id) => !order.includes(id))];
	return ids.flatMap((id) =>
		FIELDS.filter((field) => shown(merged, id, field) !== shown(current, id, field)).map((field) => ({
			id,
			field,
			done: !!shown(merged, id, field),
		})),
	);
}

/** Whether any of `found` (changes merging `incoming` would make) was decided before `since`, an ISO date: it would bring back what was erased then. */
export const decidedBefore = (found: readonly Change[], incoming: ProgressRecord, since: string): boolean =>
	found.some(({ id, field }) => Date.parse(incoming.items[id]?.[field]?.at ?? '') < Date.parse(since));
