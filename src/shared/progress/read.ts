/**
 * The fast way in, on every page: a stored value this tracker wrote, proved
 * unchanged by the checksum it wrote beside it (store.ts). Such a value was
 * validated before it was written, so it is read without the validator. Anything
 * else (nothing stored aside) needs parse.ts, which validates it, says what it
 * is and migrates older versions; the tracker loads it when it meets one.
 */
import { checksum } from './checksum.ts';
import { CURRENT_VERSION, type ProgressRecord } from './record.ts';

/** The same valid record with every date later than `now` read as `now` (record.ts). */
export function clampDates(record: ProgressRecord, now: Date): ProgressRecord {
	return JSON.parse(JSON.stringify(record), (key, value: unknown): unknown =>
		(key === 'at' || key === 'copied') && Date.parse(value as string) > +now ? now.toISOString() : value,
	) as ProgressRecord;
}

/** The record `raw` holds when `sum` is its checksum and it is the current version of this roadmap; undefined for anything else. */
export function readWritten(
	raw: string,
	sum: string | null,
	roadmap: string,
	now = new Date(),
): ProgressRecord | undefined {
	if (sum !== checksum(raw)) return undefined;
	const record = JSON.parse(raw) as ProgressRecord;
	return record.version === CURRENT_VERSION && record.roadmap === roadmap ? clampDates(record, now) : undefined;
}
