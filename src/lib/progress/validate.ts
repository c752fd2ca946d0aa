/**
 * Hand-written validation of stored and imported progress, shipped to the
 * browser (zod would not fit the 2 KB budget). schema.ts holds the same rules
 * in zod; tests/unit/progress-validate.test.ts checks that both agree.
 * record.ts documents the format.
 */
import { CURRENT_VERSION, FP_MAX, HTTPS_URL, NOTE_MAX, STEP_ID, URL_MAX } from './record.ts';

type Json = Record<string, unknown>;

const DATE_TIME = /^\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Only the given keys, and no others: an unknown field means a format we do not know. */
const hasOnly = (value: Json, keys: readonly string[]) => Object.keys(value).every((key) => keys.includes(key));

/**
 * Whether an own `__proto__` key (JSON.parse makes one) sits anywhere in the
 * value. Such a value is invalid: both validators call this, the one place of
 * that rule, since zod's records skip that key instead of checking it.
 */
export function hasOwnProto(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) return false;
	return Object.hasOwn(value, '__proto__') || Object.values(value).some(hasOwnProto);
}

/** A UTC date-time with seconds, on a real calendar day. */
export function isDateTime(value: unknown): value is string {
	if (typeof value !== 'string' || !DATE_TIME.test(value)) return false;
	// Date.parse rolls 2026-02-30 over to March: a real day reads back the same.
	const time = Date.parse(value);
	return time === time && new Date(time).toISOString().startsWith(value.slice(0, 10));
}

const isString = (value: unknown, max: number, pattern?: RegExp) => typeof value === 'string' && value.length <= max && (!pattern || pattern.test(value));

/** An object with no keys but `keys`, `at` a date, and `check` true (which checks the other required keys). */
const isDated = (value: unknown, keys: string[], check: (value: Json) => boolean) => isObject(value) && hasOnly(value, keys) && isDateTime(value.at) && check(value);

const isMark = (mark: unknown) => isDated(mark, ['done', 'at'], (value) => typeof value.done === 'boolean');
const isBox = (mark: unknown) =>
	isDated(mark, ['done', 'at', 'fp'], (value) => typeof value.done === 'boolean' && (value.fp === undefined || (isString(value.fp, FP_MAX) && value.fp !== '')));

/** The checks of each field of an item, per version. */
const itemFields: Record<number, Record<string, (value: unknown) => boolean>> = {
	1: { read: isDateTime, do: isDateTime },
	2: { read: isMark, do: isMark },
	3: {
		read: isBox,
		do: isBox,
		skip: isMark,
		note: (note) => isDated(note, ['text', 'at'], (value) => isString(value.text, NOTE_MAX)),
		built: (built) => isDated(built, ['url', 'at'], (value) => isString(value.url, URL_MAX, HTTPS_URL)),
	},
};

const isItems = (items: unknown, fields: Record<string, (value: unknown) => boolean>) =>
	isObject(items) &&
	Object.entries(items).every(
		([id, item]) => STEP_ID.test(id) && isObject(item) && Object.entries(item).every(([field, value]) => Object.hasOwn(fields, field) && fields[field]?.(value)),
	);

/**
 * The format version of a valid record: 3 (current), 2 (read/do marks, no
 * identity), 1 (ticked items only, as dates), or 0 when it is none of them.
 */
export function recordVersion(value: unknown): number {
	if (!isObject(value) || hasOwnProto(value)) return 0;
	const { version } = value;
	if (version === CURRENT_VERSION) {
		const valid =
			hasOnly(value, ['version', 'roadmap', 'items', 'copied']) &&
			isString(value.roadmap, 100, STEP_ID) &&
			(value.copied === undefined || isDateTime(value.copied)) &&
			isItems(value.items, itemFields[3] ?? {});
		return valid ? CURRENT_VERSION : 0;
	}
	const fields = itemFields[version as number];
	return (version === 1 || version === 2) && fields && hasOnly(value, ['version', 'items']) && isItems(value.items, fields) ? version : 0;
}
