/**
 * Reading a stored or imported value, defensively (notes come out with
 * their line ends cleaned, text.ts). Whatever the input, the
 * answer says what to do with it; only `ok` and `empty` may ever be written
 * over. Anything else is kept untouched in storage and shown as a notice.
 * Pages read the current format with read.ts and load this when they meet
 * anything else; imports and hand-offs always use it.
 */
import { fromV1, fromV2, fromV3 } from './migrate.ts';
import { clampDates } from './read.ts';
import { MAX_ITEMS, MAX_RAW } from './limits.ts';
import { CURRENT_VERSION, type ProgressRecord } from './record.ts';
import { cleanNote } from './text.ts';
import { recordVersion } from './validate-old.ts';

export type Parsed =
	/** Nothing saved yet. */
	| { status: 'empty' }
	/** A valid record, migrated to the current version if it was older, no date later than the moment it was read. */
	| { status: 'ok'; record: ProgressRecord }
	/** Written by a newer version of this site: keep it, do not touch it. */
	| { status: 'newer'; version: number }
	/** Another roadmap's progress (`name` is its identity), or another app's file (no name). */
	| { status: 'foreign'; name?: string }
	/** Over the limits of record.ts: refused unread. */
	| { status: 'large' }
	/** Not JSON, or not a shape we know. */
	| { status: 'invalid' };

/** Reads `raw` as the progress of `roadmap`, at the moment `now`. */
export function parseProgress(raw: string | null, roadmap: string, now = new Date()): Parsed {
	if (raw === null) return { status: 'empty' };
	if (raw.length > MAX_RAW) return { status: 'large' };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { status: 'invalid' };
	}
	const fields = (typeof value === 'object' && value !== null ? value : {}) as {
		version?: unknown;
		roadmap?: unknown;
		items?: unknown;
	};
	const { version } = fields;
	const name = typeof fields.roadmap === 'string' ? fields.roadmap.slice(0, 100) : undefined;
	if (name !== undefined && name !== roadmap) return { status: 'foreign', name };
	if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION)
		return name ? { status: 'newer', version } : { status: 'foreign' };
	// Counted before validating, so a huge value costs one pass, not a walk of every mark.
	if (typeof fields.items === 'object' && fields.items !== null && Object.keys(fields.items).length > MAX_ITEMS)
		return { status: 'large' };
	const known = recordVersion(value);
	const record =
		known === CURRENT_VERSION
			? (value as ProgressRecord)
			: known === 3
				? fromV3(value as ProgressRecord)
				: known === 2
					? fromV2(value as Parameters<typeof fromV2>[0], roadmap)
					: known === 1
						? fromV1(value as Parameters<typeof fromV1>[0], roadmap)
						: undefined;
	return record ? { status: 'ok', record: ordered(cleanNotes(clampDates(record, now))) } : { status: 'invalid' };
}

/** The record's fields in the order of record.ts, whatever the file's: `items` before the optional ones, as store.ts `write` expects. */
const ordered = ({ version, roadmap, items, copied, plan }: ProgressRecord): ProgressRecord => ({
	version,
	roadmap,
	items,
	...(copied ? { copied } : {}),
	...(plan ? { plan } : {}),
});

/** The record with every note's line ends as the record holds them (text.ts): an import's `\r` cannot reach Mon carnet. */
function cleanNotes(record: ProgressRecord): ProgressRecord {
	for (const item of Object.values(record.items))
		if (item.note) item.note = { ...item.note, text: cleanNote(item.note.text) };
	return record;
}
