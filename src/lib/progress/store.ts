/**
 * The tracker's state and the only code that touches storage. Storage is
 * re-read before every write, so a stale tab (or a page restored by the back
 * button) applies its one change to the latest record instead of writing its
 * old copy back. Nothing here calls `clear()`: only our keys are ever written,
 * and an unreadable value is only ever replaced by `startAgain`, after a copy.
 */
import { merge } from './merge.ts';
import { parseProgress } from './parse.ts';
import { emptyRecord, legacyKey, MAX_RAW, type ProgressRecord, storageKey } from './record.ts';

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
	/** Why the stored value is kept, in `kept` mode. */
	reason?: 'invalid' | 'newer' | 'foreign' | 'large';
	/** The kept value, as stored, so the learner can take a copy of it. */
	raw?: string;
	/** The last change was refused: the record would have gone past the limits of record.ts. */
	refused?: boolean;
}

export const keyOf = ({ roadmap, base }: Place) => storageKey(roadmap, base);
/** Where `startAgain` keeps a copy of an unreadable value, space allowing. */
export const backupKey = (place: Place) => `${keyOf(place)}:backup`;

/** The stored value; the value of the key of versions 1 and 2 is moved under ours once. */
function read(place: Place): { raw: string | null } | undefined {
	try {
		const storage = place.get();
		if (!storage) return undefined;
		const key = keyOf(place);
		const raw = storage.getItem(key);
		const old = raw === null ? storage.getItem(legacyKey(place.base)) : null;
		if (old === null) return { raw };
		try {
			storage.setItem(key, old);
			storage.removeItem(legacyKey(place.base));
		} catch {
			// No room to move it: read it where it is, and try again next time.
		}
		return { raw: old };
	} catch {
		return undefined;
	}
}

/** The state from storage, keeping the in-memory record when storage cannot be used. */
export function load(place: Place, memory: ProgressRecord = emptyRecord(place.roadmap)): TrackerState {
	const stored = read(place);
	if (!stored) return { mode: 'unavailable', record: memory };
	const parsed = parseProgress(stored.raw, place.roadmap);
	if (parsed.status === 'ok') return { mode: 'saved', record: parsed.record };
	if (parsed.status === 'empty') return { mode: 'saved', record: emptyRecord(place.roadmap) };
	return { mode: 'kept', record: memory, reason: parsed.status, raw: stored.raw ?? undefined };
}

/** Writes `record` (or removes the key when it holds nothing); false when storage refuses. */
function write(place: Place, record: ProgressRecord): boolean {
	try {
		// A missing storage throws here too, and lands in the catch.
		const storage = place.get() as StorageLike;
		if (Object.keys(record.items).length === 0 && !record.copied) storage.removeItem(keyOf(place));
		else storage.setItem(keyOf(place), JSON.stringify(record));
		return true;
	} catch {
		return false;
	}
}

/**
 * Applies `change` to the latest stored record and saves it. When storage
 * cannot take it, the change still applies to the visit, in memory. A change
 * that would take the record past MAX_RAW is refused and changes nothing.
 */
export function update(place: Place, state: TrackerState, change: (record: ProgressRecord) => ProgressRecord): TrackerState {
	const latest = load(place, state.record);
	// Changes made while storage failed or was kept exist only in memory: carry
	// them over. In `saved` mode memory is never newer than storage (and another
	// tab's reset must win), so the stored record is the base.
	const base = state.mode !== 'saved' && latest.mode === 'saved' ? merge(latest.record, state.record) : latest.record;
	const record = change(base);
	if (JSON.stringify(record).length > MAX_RAW) return { ...state, refused: true };
	if (latest.mode !== 'saved') return { ...latest, record };
	return { mode: write(place, record) ? 'saved' : 'unavailable', record };
}

/**
 * What storage holds now (another tab changed it, or the page came back from
 * the back/forward cache), merged with what only this visit holds, which is
 * saved if storage now takes it: nothing in memory is dropped.
 */
export const refresh = (place: Place, state: TrackerState): TrackerState => (state.mode === 'saved' ? load(place) : update(place, state, (record) => record));

/**
 * The way out of `kept` mode: keeps a copy of the stored value under
 * backupKey where space allows (the caller has offered it as a download
 * first), then saves this visit's record in its place.
 */
export function startAgain(place: Place, state: TrackerState): TrackerState {
	if (state.mode !== 'kept') return state;
	try {
		place.get()?.setItem(backupKey(place), state.raw ?? '');
	} catch {
		// No room for a second copy: the download is the copy.
	}
	return { mode: write(place, state.record) ? 'saved' : 'unavailable', record: state.record };
}
