/**
 * Storage beyond the everyday: any stored format (parse.ts), what only this
 * visit holds carried over (merge.ts), the way out of `kept` mode. Loaded by
 * the tracker when storage is not in `saved` mode or holds anything but the
 * current format, and by the progress page's tools.
 */
import { MAX_ITEMS, MAX_RAW } from './limits.ts';
import { merge } from './merge.ts';
import { parseProgress } from './parse.ts';
import { legacyKey, type ProgressRecord, storageKey } from './record.ts';
import {
	keyOf,
	load,
	type Parse,
	parseWritten,
	type Place,
	type Reader,
	type TrackerState,
	update,
	write,
} from './store.ts';

/**
 * Any format: a value this tracker wrote (its checksum beside it) as written,
 * as every page reads it, whatever its size (one an older version let past a
 * limit must not turn unreadable the moment a note is typed, leaving the
 * learner's changes in memory); anything else validated, within the limits.
 */
const parseAny: Parse = (raw, roadmap, sum) => {
	const written = parseWritten(raw, roadmap, sum);
	return written.status === 'other' ? parseProgress(raw, roadmap) : written;
};
const full: Reader = { parse: parseAny, carry: merge };

/**
 * Room left for ticks (characters): a tick is the one write not checked here
 * (it must cost every page nothing, and adds at most one box to a step of the
 * content); 16 KB holds every box of about fifty steps.
 */
export const TICK_ROOM = 16 * 1024;
/** The most characters a checked write may leave. */
const MAX_SIZE = MAX_RAW - TICK_ROOM;

/** The two measures the limits of record.ts bound: step ids (with `reserved`, the content's ids a tick may add) and characters as stored. */
function measure(record: ProgressRecord, reserved: readonly string[]) {
	return { ids: new Set([...Object.keys(record.items), ...reserved]).size, size: JSON.stringify(record).length };
}

/**
 * Whether `record` is past a limit, with room kept for ticks: more than
 * MAX_ITEMS step ids counting `reserved`, or more than MAX_RAW − TICK_ROOM
 * characters. A record within these stays within what parse.ts reads and an
 * import takes, whatever is ticked afterwards.
 */
export function overLimits(record: ProgressRecord, reserved: readonly string[] = []): boolean {
	const { ids, size } = measure(record, reserved);
	return ids > MAX_ITEMS || size > MAX_SIZE;
}

/** Whether `next` is past a limit and further past it than `record` (a record an older version left past one may still shrink, or take a note). */
function grows(record: ProgressRecord, next: ProgressRecord, reserved: readonly string[]): boolean {
	const [before, after] = [measure(record, reserved), measure(next, reserved)];
	return (after.ids > MAX_ITEMS && after.ids > before.ids) || (after.size > MAX_SIZE && after.size > before.size);
}

/** Where `startAgain` keeps a copy of an unreadable value, space allowing; the progress page offers to download then delete it. */
export const backupKey = (place: Place) => `${keyOf(place)}:backup`;
/** Where the date of this device's last reset is kept, so that a preview can say a merge would bring back what it erased. */
export const resetKey = (place: Place) => `${keyOf(place)}:reset`;

/**
 * `update`, carrying over what only memory holds, and refusing a change that
 * would take the record past a limit, or further past it (overLimits,
 * `reserved` the content's ids the page lists): nothing is stored, the state
 * comes back unchanged, `refused`. Every write that can add step ids or text goes through here:
 * imports, hand-offs, undo, notes and links.
 */
export function updateKeeping(
	place: Place,
	state: TrackerState,
	change: Parameters<typeof update>[2],
	reserved: readonly string[] = [],
): TrackerState {
	let large = false;
	const next = update(
		place,
		state,
		(record) => {
			const changed = change(record);
			large = grows(record, changed, reserved);
			return large ? record : changed;
		},
		full,
	);
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
export function startAgain(place: Place, state: TrackerState, reserved: readonly string[] = []): TrackerState {
	if (state.mode !== 'kept') return state;
	// What this visit holds must be readable once saved, or the learner would be kept out again.
	if (overLimits(state.record, reserved)) return { ...state, refused: true };
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
		const base = key.startsWith(ours)
			? key.slice(ours.length)
			: key.startsWith(legacyKey(''))
				? key.slice(legacyKey('').length)
				: undefined;
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

/**
 * The progress file (export, copy): the record as stored, compact, so that any
 * record storage holds (at most MAX_RAW characters) imports back: the import
 * measures the file's text against the same limit.
 */
export const exportText = (record: ProgressRecord): string => `${JSON.stringify(record)}\n`;
