/**
 * The tracker's state and the only code that touches storage. Storage is
 * re-read before every write, so a stale tab (or a page restored by the back
 * button) applies its one change to the latest record instead of writing its
 * old copy back. Nothing here calls `clear()`: only our keys are ever written,
 * and an unreadable value is only ever replaced by `startAgain` (keep.ts),
 * after a copy. Every page loads this; keep.ts loads when first needed.
 */
import type { Parsed } from './parse.ts';
import { checksum } from './checksum.ts';
import { readWritten } from './read.ts';
import { emptyRecord, legacyKey, type ProgressRecord, storageKey } from './record.ts';

/** The part of the Web Storage API used; tests pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where progress lives: a storage (`get` may throw: a browser blocking storage throws on access), the roadmap and the site's base path. */
export interface Place {
	get: () => StorageLike | undefined;
	roadmap: string;
	base: string;
}

export interface TrackerState {
	/**
	 * `saved`: changes are written to storage.
	 * `kept`: storage holds a value we must not overwrite (see `reason`); changes live in memory.
	 * `unavailable`: storage is missing or refuses to work; changes live in memory for this visit.
	 */
	mode: 'saved' | 'kept' | 'unavailable';
	record: ProgressRecord;
	/** Why the stored value is kept, in `kept` mode; `other` until parse.ts has said what it is (keep.ts `settle`). */
	reason?: 'invalid' | 'newer' | 'foreign' | 'large' | 'other';
	/** The kept value, as stored, so the learner can take a copy of it. */
	raw?: string;
	/** The last change was refused (keep.ts): the record would have gone past the limits of record.ts. */
	refused?: boolean;
}

export const keyOf = ({ roadmap, base }: Place) => storageKey(roadmap, base);
/** Where the checksum of the value we wrote is kept (read.ts). */
const sumKey = (place: Place) => `${keyOf(place)}:sum`;

/** The stored value and its checksum; while ours is empty, the value under the key of versions 1 and 2 (the first write moves it under ours). */
function read(place: Place): { raw: string | null; sum: string | null } | undefined {
	try {
		const storage = place.get();
		return storage
			? {
					raw: storage.getItem(keyOf(place)) ?? storage.getItem(legacyKey(place.base)),
					sum: storage.getItem(sumKey(place)),
				}
			: undefined;
	} catch {
		return undefined;
	}
}

/** How a stored value is read: parse.ts `parseProgress`, or on every page the fast way (read.ts), which leaves all but what we wrote `other`. */
export type Parse = (raw: string | null, roadmap: string, sum: string | null) => Parsed | { status: 'other' };

/** What every page reads: a value this tracker wrote, proved by its checksum (read.ts); anything else is `other`. */
export const parseWritten: Parse = (raw, roadmap, sum) => {
	const record = raw === null ? undefined : readWritten(raw, sum, roadmap);
	return record ? { status: 'ok', record } : { status: raw === null ? 'empty' : 'other' };
};

/** The state from storage, keeping the in-memory record when storage cannot be used. */
export function load(
	place: Place,
	memory: ProgressRecord = emptyRecord(place.roadmap),
	parse = parseWritten,
): TrackerState {
	const stored = read(place);
	if (!stored) return { mode: 'unavailable', record: memory };
	const parsed = parse(stored.raw, place.roadmap, stored.sum);
	if (parsed.status === 'ok') return { mode: 'saved', record: parsed.record };
	if (parsed.status === 'empty') return { mode: 'saved', record: emptyRecord(place.roadmap) };
	return { mode: 'kept', record: memory, reason: parsed.status, raw: stored.raw ?? undefined };
}

/**
 * Writes `record` and its checksum (or removes them when it holds nothing:
 * no item, no copy date, no plan); false when storage refuses. The value of
 * the old key, now under ours, is removed, so it is taken over once and a
 * reset cannot bring it back. "Nothing" is read on the JSON, where `items`
 * comes last and empty only then: every record is built in the order of
 * record.ts (emptyRecord, merge, migrate, parse), optional fields after
 * `items`; one test per optional field holds it (progress-store.test.ts).
 */
export function write(place: Place, record: ProgressRecord): boolean {
	try {
		// A missing storage throws here too, and lands in the catch.
		const storage = place.get() as StorageLike;
		const raw = JSON.stringify(record);
		if (raw.endsWith('"items":{}}')) {
			storage.removeItem(keyOf(place));
			storage.removeItem(sumKey(place));
		} else {
			storage.setItem(keyOf(place), raw);
			storage.setItem(sumKey(place), checksum(raw));
		}
		storage.removeItem(legacyKey(place.base));
		return true;
	} catch {
		return false;
	}
}

/** How storage is read and combined with memory outside `saved` mode: keep.ts passes parse.ts and merge.ts. */
export interface Reader {
	parse?: Parse;
	carry?: (stored: ProgressRecord, memory: ProgressRecord) => ProgressRecord;
}

/**
 * Applies `change` to the latest stored record and saves it. When storage
 * cannot take it, the change still applies to the visit, in memory. Outside
 * `saved` mode, and for changes that can grow the record past its limits
 * (imports, notes, links), use keep.ts `updateKeeping`; a tick adds at most
 * one mark to a step of the content.
 */
export function update(
	place: Place,
	state: TrackerState,
	change: (record: ProgressRecord) => ProgressRecord,
	{ parse, carry }: Reader = {},
): TrackerState {
	const latest = load(place, state.record, parse);
	// Changes made while storage failed or was kept exist only in memory: carry
	// them over. In `saved` mode memory is never newer than storage (and another
	// tab's reset must win), so the stored record is the base.
	const base =
		state.mode !== 'saved' && latest.mode === 'saved' && carry ? carry(latest.record, state.record) : latest.record;
	const record = change(base);
	if (latest.mode !== 'saved') return { ...latest, record };
	return { mode: write(place, record) ? 'saved' : 'unavailable', record };
}
