/**
 * Hand-written validation of the current format, shipped to the browser with
 * parse.ts: loaded when a page meets a stored value it did not write itself
 * (read.ts reads those without validating), and by every import and hand-off.
 * zod would weigh more than the tracker's whole budget, so it is written as a
 * few small combinators; older versions are in validate-old.ts, with them.
 * schema.ts holds the same rules in zod; tests/unit/progress-validate.test.ts
 * checks that both agree. record.ts documents the format.
 */
import { isCalendarDate } from '../plan/calendar-date.ts';
import { FP_MAX, HTTPS_URL, NOTE_MAX, PACE_MAX, STEP_ID, URL_MAX } from './limits.ts';
import { CURRENT_VERSION } from './record.ts';

export type Check = (value: unknown) => boolean;
type Json = Record<string, unknown>;

const DATE_TIME = /^\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/;

const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A UTC date-time with seconds, on a real calendar day. */
export function isDateTime(value: unknown): value is string {
	if (typeof value !== 'string' || !DATE_TIME.test(value)) return false;
	// Date.parse rolls 2026-02-30 over to March: a real day reads back the same.
	const time = Date.parse(value);
	return time === time && new Date(time).toISOString().startsWith(value.slice(0, 10));
}

export const optional =
	(check: Check): Check =>
	(value) =>
		value === undefined || check(value);
export const isBoolean: Check = (value) => typeof value === 'boolean';
const string =
	(min: number, max: number, pattern?: RegExp): Check =>
	(value) =>
		typeof value === 'string' && value.length >= min && value.length <= max && (!pattern || pattern.test(value));

/**
 * An object with only the keys of `checks`, each passing its check (a missing
 * key is `undefined`). An unknown key, `__proto__` included, means a format we
 * do not know (record.ts).
 */
export const shape =
	(checks: Record<string, Check>): Check =>
	(value) =>
		isObject(value) &&
		Object.keys(value).every((key) => Object.hasOwn(checks, key)) &&
		Object.keys(checks).every((key) => checks[key]?.(value[key]));

/** `items`: step ids, each an item passing `check`. */
export const items =
	(check: Check): Check =>
	(value) =>
		isObject(value) && Object.keys(value).every((id) => STEP_ID.test(id) && check(value[id]));

export const is =
	(expected: number): Check =>
	(value) =>
		value === expected;

export const mark = { done: isBoolean, at: isDateTime };
const box = optional(shape({ ...mark, fp: optional(string(1, FP_MAX)) }));

/** The fields of an item in version 3, which the current version extends. */
export const itemV3 = {
	read: box,
	do: box,
	skip: optional(shape(mark)),
	note: optional(shape({ text: string(0, NOTE_MAX), at: isDateTime })),
	built: optional(shape({ url: string(0, URL_MAX, HTTPS_URL), at: isDateTime })),
};
export const roadmapId = string(1, 100, STEP_ID);

/** Whether `value` is a valid record of the current version. */
export const isCurrent = shape({
	version: is(CURRENT_VERSION),
	roadmap: roadmapId,
	items: items(shape({ ...itemV3, revisit: optional(shape(mark)) })),
	copied: optional(isDateTime),
	plan: optional(
		shape({
			pace: (value) => typeof value === 'number' && value >= 0 && value <= PACE_MAX,
			start: (value) => typeof value === 'string' && isCalendarDate(value),
			at: isDateTime,
		}),
	),
});
