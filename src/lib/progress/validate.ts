/**
 * Hand-written validation of stored and imported progress, shipped to the
 * browser (zod would not fit the 2 KB budget). schema.ts holds the same rules
 * in zod; tests/unit/progress-validate.test.ts checks that both agree.
 */
import { CURRENT_VERSION, type ProgressRecord } from './record';

type Json = Record<string, unknown>;

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_TIME = /^\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Only the given keys, and no others: an unknown field means a format we do not know. */
const hasOnly = (value: Json, keys: readonly string[]) => Object.keys(value).every((key) => keys.includes(key));

/** A UTC date-time with seconds, on a real calendar day. */
export function isDateTime(value: unknown): value is string {
	if (typeof value !== 'string' || !DATE_TIME.test(value)) return false;
	const time = Date.parse(value);
	return time === time && new Date(time).toISOString().slice(0, 10) === value.slice(0, 10);
}

/** `items` whose every value passes `isValue` for the keys `read` and `do`. */
function isItems(items: unknown, isValue: (value: unknown) => boolean): boolean {
	return (
		isObject(items) &&
		Object.entries(items).every(
			([id, item]) => STEP_ID.test(id) && isObject(item) && hasOnly(item, ['read', 'do']) && Object.values(item).every(isValue),
		)
	);
}

const isMark = (mark: unknown) => isObject(mark) && hasOnly(mark, ['done', 'at']) && typeof mark.done === 'boolean' && isDateTime(mark.at);

/** A record in the current format. */
export function isRecord(value: unknown): value is ProgressRecord {
	return isObject(value) && hasOnly(value, ['version', 'items']) && value.version === CURRENT_VERSION && isItems(value.items, isMark);
}

/** A record in version 1: ticked items only, as dates. */
export function isRecordV1(value: unknown): value is { version: 1; items: Record<string, { read?: string; do?: string }> } {
	return isObject(value) && hasOnly(value, ['version', 'items']) && value.version === 1 && isItems(value.items, isDateTime);
}
