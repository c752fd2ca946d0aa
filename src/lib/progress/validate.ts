/**
 * Hand-written validation of stored and imported progress, shipped to the
 * browser (zod would not fit the 2 KB budget). schema.ts holds the same rules
 * in zod; tests/unit/progress-validate.test.ts checks that both agree.
 */
import { CURRENT_VERSION, KINDS } from './record.ts';

type Json = Record<string, unknown>;

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_TIME = /^\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Only the given keys, and no others: an unknown field means a format we do not know. */
const hasOnly = (value: Json, keys: readonly string[]) => Object.keys(value).every((key) => keys.includes(key));

/** A UTC date-time with seconds, on a real calendar day. */
export function isDateTime(value: unknown): value is string {
	if (typeof value !== 'string' || !DATE_TIME.test(value)) return false;
	// Date.parse rolls 2026-02-30 over to March: a real day reads back the same.
	const time = Date.parse(value);
	return time === time && new Date(time).toISOString().startsWith(value.slice(0, 10));
}

/** `items` whose every value passes `isValue` for the keys `read` and `do`. */
const isItems = (items: unknown, isValue: (value: unknown) => boolean) =>
	isObject(items) && Object.entries(items).every(([id, item]) => STEP_ID.test(id) && isObject(item) && hasOnly(item, KINDS) && Object.values(item).every(isValue));

const isMark = (mark: unknown) => isObject(mark) && hasOnly(mark, ['done', 'at']) && typeof mark.done === 'boolean' && isDateTime(mark.at);

/**
 * The format version of a valid record: 2 (current: marks with dates), 1
 * (ticked items only, as dates), or 0 when it is neither.
 */
export function recordVersion(value: unknown): number {
	if (!isObject(value) || !hasOnly(value, ['version', 'items'])) return 0;
	if (value.version === CURRENT_VERSION && isItems(value.items, isMark)) return CURRENT_VERSION;
	return value.version === 1 && isItems(value.items, isDateTime) ? 1 : 0;
}
