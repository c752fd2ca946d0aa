/**
 * The tracker's state and the only code that touches storage. Storage is
 * re-read before every write, so a stale tab (or a page restored by the back
 * button) applies its one change to the latest record instead of writing its
 * old copy back. Nothing here calls `clear()`: only our key is ever written.
 */
import { merge } from './merge.ts';
import { parseProgress } from './parse.ts';
import { emptyRecord, type ProgressRecord } from './record.ts';

/** The part of the Web Storage API used; tests pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface TrackerState {
	/**
	 * `saved`: changes are written to storage.
	 * `kept`: storage holds a value we must not overwrite (`invalid` or `newer`); changes live in memory.
	 * `unavailable`: storage is missing or refuses to work; changes live in memory for this visit.
	 */
	mode: 'saved' | 'kept' | 'unavailable';
	record: ProgressRecord;
	/** Why the stored value is kept, in `kept` mode. */
	reason?: 'invalid' | 'newer';
	/** The kept value, as stored, so the learner can export it. */
	raw?: string;
}

/** Reads storage; `getStorage` may throw (a browser blocking storage throws on access). */
function read(getStorage: () => StorageLike | undefined, key: string): { raw: string | null } | undefined {
	try {
		const storage = getStorage();
		return storage ? { raw: storage.getItem(key) } : undefined;
	} catch {
		return undefined;
	}
}

/** The state from storage, keeping the in-memory record when storage cannot be used. */
export function load(getStorage: () => StorageLike | undefined, key: string, memory: ProgressRecord = emptyRecord()): TrackerState {
	const stored = read(getStorage, key);
	if (!stored) return { mode: 'unavailable', record: memory };
	const parsed = parseProgress(stored.raw);
	if (parsed.status === 'ok') return { mode: 'saved', record: parsed.record };
	if (parsed.status === 'empty') return { mode: 'saved', record: emptyRecord() };
	return { mode: 'kept', record: memory, reason: parsed.status, raw: stored.raw ?? undefined };
}

/**
 * Applies `change` to the latest stored record and saves it. When storage
 * cannot take it, the change still applies to the visit, in memory.
 */
export function update(
	getStorage: () => StorageLike | undefined,
	key: string,
	state: TrackerState,
	change: (record: ProgressRecord) => ProgressRecord,
): TrackerState {
	const latest = load(getStorage, key, state.record);
	// Changes made while storage failed exist only in memory: carry them over.
	// In `saved` mode memory is never newer than storage (and another tab's
	// reset must win), so the stored record is the base.
	const record = change(state.mode === 'unavailable' && latest.mode === 'saved' ? merge(latest.record, state.record) : latest.record);
	if (latest.mode !== 'saved') return { ...latest, record };
	try {
		// A missing storage throws here too, and lands in the catch.
		const storage = getStorage() as StorageLike;
		if (Object.keys(record.items).length === 0) storage.removeItem(key);
		else storage.setItem(key, JSON.stringify(record));
		return { mode: 'saved', record };
	} catch {
		return { mode: 'unavailable', record };
	}
}
