/**
 * The plan as an iCalendar file (RFC 5545, issue #23), for the learner's own
 * calendar: one all-day event per step left, from the first day of its first
 * week to the last day of its last week.
 *
 * What a calendar needs to take a second import as an update, not a copy
 * - Each event's UID depends only on the roadmap, the site and the step id
 *   (`eventUid`), never on the dates, the edition or the moment of the export:
 *   the French and English calendars of one plan update the same events.
 * - SEQUENCE rises with every export (the minutes since 1970 at `now`), and
 *   LAST-MODIFIED and DTSTAMP are `now`: the later export wins, with no
 *   counter to keep anywhere.
 * - A step no longer in the plan (done since) is not in the file; calendars do
 *   not delete an event on import, so the learner removes it by hand.
 *
 * How the file is written
 * - CRLF line ends; every physical line at most 75 octets of UTF-8, a long one
 *   folded with CRLF and a space and never inside a character (`foldLine`).
 * - TEXT values (SUMMARY, DESCRIPTION, the calendar's name) escape backslash,
 *   semicolon, comma and line ends (`escapeText`); URIs are written as they are.
 * - DTSTART and DTEND are dates (VALUE=DATE); DTEND is the day after the last
 *   one, as RFC 5545 has it (exclusive). TRANSP:TRANSPARENT: a plan spanning
 *   weeks does not make the learner "busy".
 * - The description is a block per resource (its label, its title, its URL,
 *   a line each), then the step page's label and link: no punctuation of
 *   ours, so it reads right in every language. Its words come from the caller
 *   (the edition's UI strings), and so do the links: absolute URLs, the base
 *   path included.
 */
import { addDays, dayNumber } from './calendar-date.ts';

/** One resource of a step, as the description lists it. */
export interface CalendarResource {
	/** What it is to the learner, in the edition's words, on the line above its title: "À lire". */
	label: string;
	title: string;
	/** Its absolute URL. */
	url: string;
}

/** One step of the plan, as an event. */
export interface CalendarEvent {
	/** The step id: with the roadmap and the site, its event's UID. */
	id: string;
	/** The step's title: the event's SUMMARY. */
	title: string;
	/** The first day, `YYYY-MM-DD`. */
	start: string;
	/** The last day, `YYYY-MM-DD`, included (the plan's `end`). */
	end: string;
	/** The step page's absolute URL, base path included: the event's URL and the description's last link. */
	url: string;
	/** Its resources (the thing to read, the thing to do), in the order to list them. */
	resources: readonly CalendarResource[];
}

/** Everything the calendar file is written from. */
export interface CalendarInput {
	/** The roadmap's identity (the source edition's `roadmap`): in every UID and in PRODID. */
	roadmap: string;
	/** The site's absolute root URL, base path included, such as `https://example.org/roadmap/`: the UIDs' domain. */
	site: string;
	/** The language of the texts, a BCP 47 tag such as `fr`: their LANGUAGE parameter. */
	lang: string;
	/** The calendar's name, as calendar apps show it (X-WR-CALNAME). */
	name: string;
	/** On the line above the step page's link in each description: "La page de l'étape". */
	pageLabel: string;
	/** The moment of the export: DTSTAMP, LAST-MODIFIED and SEQUENCE. */
	now: Date;
	/** The steps left, one event each. */
	events: readonly CalendarEvent[];
}

/** The most octets a physical line holds, its CRLF left out (RFC 5545 §3.1). */
export const LINE_OCTETS = 75;

/**
 * A TEXT value escaped (RFC 5545 §3.3.11): `\` `;` `,` get a backslash, every
 * line end (CRLF, CR or LF) becomes `\n`. Other control characters, which no
 * TEXT value may hold, are dropped.
 */
export function escapeText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
		.replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/**
 * A content line folded (RFC 5545 §3.1): physical lines of at most LINE_OCTETS
 * octets of UTF-8, each after the first starting with a space, joined by
 * CRLF. It breaks between code points, so a multi-byte character (an accent,
 * an emoji) is never split.
 */
export function foldLine(line: string): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = utf8Octets(char);
		if (octets + size > LINE_OCTETS) {
			lines.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	lines.push(current);
	return lines.join('\r\n');
}

/** The UTF-8 octets of one code point. */
function utf8Octets(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * The UID of a step's event: `step-<id>.<roadmap>@<host><base path>`, such as
 * `step-python.ml-roadmap@example.org/roadmap`. Stable across exports, plans
 * and editions; two forks on other sites or base paths do not share it.
 */
export function eventUid(roadmap: string, site: string, stepId: string): string {
	const root = absolute(site, 'site');
	return `step-${stepId}.${roadmap}@${root.host}${root.pathname.replace(/\/+$/, '')}`;
}

/** The whole calendar file, CRLF line ends and a CRLF at the end. Throws, naming the field, on a bad date, URL or language tag, or a step id given twice. */
export function writeCalendar(input: CalendarInput): string {
	const { roadmap, site, lang, name, pageLabel, now, events } = input;
	if (Number.isNaN(now.getTime())) throw new RangeError('now: expected a valid Date; got an invalid one');
	if (!/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(lang))
		throw new RangeError(`lang: expected a BCP 47 language tag such as "fr"; got ${JSON.stringify(lang)}`);
	const stamp = now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d+Z$/, 'Z');
	const sequence = Math.floor(now.getTime() / 60_000);
	const text = (property: string, value: string) => `${property};LANGUAGE=${lang}:${escapeText(value)}`;
	const seen = new Set<string>();

	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${escapeText(`-//${roadmap}//Plan//${lang.toUpperCase()}`)}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(name)}`,
	];
	for (const event of events) {
		if (seen.has(event.id))
			throw new RangeError(`events: the step "${event.id}" is given twice; its events would share one UID`);
		seen.add(event.id);
		const where = `event "${event.id}"`;
		if (dayNumber(event.end, `${where} end`) < dayNumber(event.start, `${where} start`)) {
			throw new RangeError(`${where}: its end (${event.end}) is before its start (${event.start})`);
		}
		const page = absolute(event.url, `${where} url`).href;
		const description = [
			...event.resources.map(
				(resource) => `${resource.label}\n${resource.title}\n${absolute(resource.url, `${where} resource url`).href}`,
			),
			`${pageLabel}\n${page}`,
		].join('\n\n');
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escapeText(eventUid(roadmap, site, event.id))}`,
			`DTSTAMP:${stamp}`,
			`LAST-MODIFIED:${stamp}`,
			`SEQUENCE:${sequence}`,
			`DTSTART;VALUE=DATE:${event.start.replaceAll('-', '')}`,
			`DTEND;VALUE=DATE:${addDays(event.end, 1).replaceAll('-', '')}`,
			text('SUMMARY', event.title),
			text('DESCRIPTION', description),
			`URL:${page}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** `url` as an absolute http(s) URL; throws, naming `what`, otherwise. */
function absolute(url: string, what: string): URL {
	let parsed: URL | undefined;
	try {
		parsed = new URL(url);
	} catch {
		// Not a URL at all: the same message as for a relative one.
	}
	if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
		throw new RangeError(
			`${what}: expected an absolute https URL, such as "https://example.org/roadmap/fr/python/"; got ${JSON.stringify(url)}`,
		);
	}
	return parsed;
}
