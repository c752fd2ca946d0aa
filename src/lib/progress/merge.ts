/**
 * Changing and combining records. Every change is a new mark with its date;
 * merging keeps, for each step and kind, the mark decided last, so nothing a
 * learner did is lost whatever the order records meet in.
 */
import { type Item, KINDS, type Kind, type Mark, type ProgressRecord } from './record.ts';

const time = (mark: Mark | undefined) => (mark ? Date.parse(mark.at) : -Infinity);

/** The later of two marks; on a tie, the one that is done, so that no tick is lost. */
function later(a: Mark | undefined, b: Mark | undefined): Mark | undefined {
	return time(b) > time(a) || (time(b) === time(a) && b?.done && !a?.done) ? b : a;
}

/** Both records' items, each mark the latest of the two. Neither input is changed. */
export function merge(current: ProgressRecord, incoming: ProgressRecord): ProgressRecord {
	const items: Record<string, Item> = {};
	for (const id of new Set([...Object.keys(current.items), ...Object.keys(incoming.items)])) {
		const item: Item = (items[id] = {});
		for (const kind of KINDS) {
			const mark = later(current.items[id]?.[kind], incoming.items[id]?.[kind]);
			if (mark) item[kind] = mark;
		}
	}
	return { version: current.version, items };
}

/** The record with one box ticked or unticked at `at`. */
export function setMark(record: ProgressRecord, id: string, kind: Kind, done: boolean, at: string): ProgressRecord {
	return merge(record, { version: record.version, items: { [id]: { [kind]: { done, at } } } });
}

/** Whether a box is ticked. */
export const isDone = (record: ProgressRecord, id: string, kind: Kind): boolean => !!record.items[id]?.[kind]?.done;
