/**
 * Storage beyond the everyday: any stored format (parse.ts), what only this
 * visit holds carried over (merge.ts), the way out of `kept` mode. Loaded by
 * the tracker when storage is not in `saved` mode or holds anything but the
 * current format, and by the progress page's tools.
 */
import { MAX_RAW } from './limits.ts';
import { merge } from './merge.ts';
import { parseProgress } from './parse.ts';
import { legacyKey, storageKey } from './record.ts';
import { keyOf, load, type Place, type Reader, type TrackerState, update, write } from './store.ts';

/** Any format, validated; the checksum is not needed. */
const parseAny = (raw: string | null, roadmap: string) => parseProgress(raw, roadmap);
const full: Reader = { parse: parseAny, carry: merge };

/** Where `startAgain` keeps a copy of an unreadable value, space allowing. */
export const backupKey = (place: Place) => `${keyOf(place)}:backup`;

/**
 * `update`, carrying over what only memory holds, and refusing a change that
 * would take the record past MAX_RAW: the state comes back unchanged, `refused`.
 */
export function updateKeeping(place: Place, state: TrackerState, change: Parameters<typeof update>[2]): TrackerState {
	let large = false;
	const next = update(place, state, (record) => {
		const changed = change(record);
		large = JSON.stringify(changed).length > MAX_RAW;
		return large ? record : changed;
	}, full);
	return large ? { ...state, refused: true } : next;
}

/**
 * What storage holds now (another tab changed it, or the page came back from
 * the back/forward cache), merged with what only this visit holds, which is
 * saved if storage now takes it: nothing in memory is dropped.
 */
export const refresh = (place: Place, state: TrackerState): TrackerState =>
	state.mode === 'saved' ? load(place, undefined, parseAny) : updateKeeping(place, state, (record) => record);

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

/**
 * Progress of this roadmap saved on this origin under another base path (a
 * renamed repository, a site moved to another path), among the storage
 * `keys`: readable values with something in them, never changed or removed.
 */
export function elsewhere(place: Place, keys: readonly string[]): { base: string; raw: string }[] {
	const ours = storageKey(place.roadmap, '');
	const found: { base: string; raw: string }[] = [];
	for (const key of keys) {
		const base = key.startsWith(ours) ? key.slice(ours.length) : key.startsWith(legacyKey('')) ? key.slice(legacyKey('').length) : undefined;
		if (!base?.startsWith('/') || !base.endsWith('/') || base === place.base) continue;
		try {
			const raw = place.get()?.getItem(key) ?? null;
			const parsed = parseProgress(raw, place.roadmap);
			if (raw && parsed.status === 'ok' && Object.keys(parsed.record.items).length > 0) found.push({ base, raw });
		} catch {
			// Storage refused: nothing found there.
		}
	}
	return found;
}
