/**
 * Decisions made on this device: a box ticked or unticked, a skip, a note, a
 * link, each dated after what the record holds (record.ts). Every page loads
 * this; combining records (merge.ts) loads when first needed.
 */
import type { Field, Item, Kind, ProgressRecord } from './record.ts';

/** A dated value's time; -Infinity for none. */
export const time = (value: { at: string } | undefined) => (value ? Date.parse(value.at) : -Infinity);

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
