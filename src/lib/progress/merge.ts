/**
 * Changing and combining records. Every change is a new dated value;
 * merging keeps, for each step and field, the value decided last, so nothing a
 * learner did is lost whatever the order records meet in (record.ts).
 */
import { FIELDS, type Field, type Item, type Kind, type ProgressRecord } from './record.ts';

type Dated = { at: string; done?: boolean; text?: string; url?: string };

const time = (value: { at: string } | undefined) => (value ? Date.parse(value.at) : -Infinity);

/** What breaks a tie of dates, the same whichever side comes first: a tick over an untick, then the longer, then the larger text. */
const weight = (value: Dated) => `${value.done ? 1 : 0}${String((value.text ?? value.url ?? '').length).padStart(5, '0')}${value.text ?? value.url ?? ''}`;

/** The later of two dated values; on a tie, the one that is done, so that no tick is lost. */
function later<T extends Dated>(a: T | undefined, b: T | undefined): T | undefined {
	if (!a || !b) return a ?? b;
	const [ta, tb] = [time(a), time(b)];
	return tb > ta || (tb === ta && weight(b) > weight(a)) ? b : a;
}

/** Both records' items, each field the latest of the two; `copied` the later. Neither input is changed. */
export function merge(current: ProgressRecord, incoming: ProgressRecord): ProgressRecord {
	const items: Record<string, Item> = {};
	for (const id of new Set([...Object.keys(current.items), ...Object.keys(incoming.items)])) {
		const item: Record<string, Dated> = (items[id] = {}) as never;
		for (const field of FIELDS) {
			const value = later<Dated>(current.items[id]?.[field], incoming.items[id]?.[field]);
			if (value) item[field] = value;
		}
	}
	const copied = later(current.copied ? { at: current.copied } : undefined, incoming.copied ? { at: incoming.copied } : undefined)?.at;
	return { version: current.version, roadmap: current.roadmap, items, ...(copied ? { copied } : {}) };
}

/**
 * The date of a decision made now on this device: `now`, or just after the
 * latest date the record holds for that field, so that it always supersedes
 * what the learner sees (a tick and an untick in one millisecond, a clock set back).
 */
export function decisionDate(record: ProgressRecord, id: string, field: Field, now: Date): string {
	return new Date(Math.max(now.getTime(), time(record.items[id]?.[field]) + 1)).toISOString();
}

/** The record with one field of a step decided now: a box ticked or unticked, a skip, a note, a link. */
export function decide<F extends Field>(record: ProgressRecord, id: string, field: F, value: Omit<NonNullable<Item[F]>, 'at'>, now = new Date()): ProgressRecord {
	const at = decisionDate(record, id, field, now);
	const item = { ...record.items[id], [field]: { ...value, at } };
	return { ...record, items: { ...record.items, [id]: item } };
}

/** The record with one box ticked or unticked now; `fp` is the resource's fingerprint, when the page knows it. */
export const setMark = (record: ProgressRecord, id: string, kind: Kind, done: boolean, now = new Date(), fp?: string): ProgressRecord =>
	decide(record, id, kind, fp ? { done, fp } : { done }, now);

/** Whether a box is ticked. */
export const isDone = (record: ProgressRecord, id: string, kind: Kind): boolean => !!record.items[id]?.[kind]?.done;
