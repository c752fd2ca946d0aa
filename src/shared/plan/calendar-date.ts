/**
 * Calendar dates as the plan handles them: plain `YYYY-MM-DD` strings, a day
 * on the learner's wall calendar with no time and no time zone. Arithmetic
 * counts whole days on UTC midnights (`Date.UTC`), where every day has 24
 * hours: a daylight-saving change or a year end in the learner's zone can
 * never shift a date by one. Nothing here reads a clock.
 */

/** The shape of a calendar date: four-digit year, month, day. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The number of days from 1970-01-01 to `date`. Throws, naming `what` and the
 * value, when `date` is not a real `YYYY-MM-DD` day (2026-02-30 is refused).
 */
export function dayNumber(date: string, what = 'date'): number {
	const match = DATE.exec(date);
	const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
	if (!match || formatDay(time / DAY_MS) !== date) {
		throw new RangeError(
			`${what}: expected a calendar date as YYYY-MM-DD, such as "2026-12-14"; got ${JSON.stringify(date)}`,
		);
	}
	return time / DAY_MS;
}

/** The `YYYY-MM-DD` date `days` days after 1970-01-01. */
export function formatDay(days: number): string {
	return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (before it when negative): `addDays('2026-12-28', 7)` → `2027-01-04`. */
export const addDays = (date: string, days: number): string => formatDay(dayNumber(date) + days);

/** Whether `date` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(date: string): boolean {
	try {
		dayNumber(date);
		return true;
	} catch {
		return false;
	}
}

/**
 * The calendar date an instant falls on in a time zone (an IANA name such as
 * `Europe/Paris`; the runtime's own zone when left out): how the caller turns
 * its clock into the plan's `today`. 23:30 UTC on 31 December is already
 * 1 January in Paris.
 */
export function localDate(instant: Date, timeZone?: string): string {
	if (Number.isNaN(instant.getTime())) throw new RangeError('localDate: expected a valid Date; got an invalid one');
	// en-CA writes dates as YYYY-MM-DD; the parts are read one by one all the same, so no locale's order matters.
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).formatToParts(instant);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')}`;
}
