/**
 * Decisions made on this device: a box ticked or unticked, a skip, a note, a
 * link, each dated after what the record holds (record.ts). Every page loads
 * this; combining records (merge.ts) loads when first needed.
 */
import type { Field, Item, Kind, ProgressRecord } from './record.ts';

/** A dated value's time; -Infinity for none. */
export const time = (value: { at: string } | undefined) => (value ? Date.parse(value.at) : -Infinity);

/**
 * The record with one field of a step decided now: a box ticked or unticked
 * (with the resource's fingerprint `fp` when the page knows it), a skip, a
 * note, a link. It is dated `now`, or just after the latest date the record
 * holds for that field, so that it always supersedes what the learner sees (a
 * tick and an untick in one millisecond, a clock set back).
 */
export function decide<F extends Field>(
	record: ProgressRecord,
	id: string,
	field: F,
	value: Omit<NonNullable<Item[F]>, 'at'>,
	now = new Date(),
): ProgressRecord {
	const at = new Date(Math.max(+now, time(record.items[id]?.[field]) + 1)).toISOString();
	return { ...record, items: { ...record.items, [id]: { ...record.items[id], [field]: { ...value, at } } } };
}

/** The record with one box ticked or unticked now. */
export const setMark = (record: ProgressRecord, id: string, kind: Kind, done: boolean, now?: Date): ProgressRecord =>
	decide(record, id, kind, { done }, now);

/** Whether a box is ticked. */
export const isDone = (record: ProgressRecord, id: string, kind: Kind): boolean => !!record.items[id]?.[kind]?.done;
