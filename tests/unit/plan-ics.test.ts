/**
 * The plan as a calendar file (src/shared/plan/ics.ts), read back with a real
 * iCalendar parser (ical.js), as a calendar app would read it.
 */
import ICAL from 'ical.js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { absoluteUrl, routes } from '../../src/shared/url.ts';
import { addDays } from '../../src/shared/plan/calendar-date.ts';
import {
	type CalendarEvent,
	type CalendarInput,
	escapeText,
	eventUid,
	foldLine,
	LINE_OCTETS,
	writeCalendar,
} from '../../src/shared/plan/ics.ts';
import { estimateHours } from '../../src/shared/plan/estimate.ts';
import { type Plan, schedule } from '../../src/shared/plan/schedule.ts';
import { editionOf, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';

const SITE = 'https://example.org';
const BASE = '/roadmap/';
const edition = editionOf(SOURCE_EDITION);
const t = translatorOf(SOURCE_EDITION);
const steps = stepsOf(SOURCE_EDITION);
/** The link back's label, as the plan names it. */
const PAGE_LABEL = t('plan.calendarPage');

afterEach(() => {
	vi.unstubAllEnvs();
});

/** A plan of the real path, some steps done. */
function planOf(options: { pace: number; today: string; done?: string[] }): Plan {
	return schedule({
		steps: steps.map((step) => ({ id: step.id, title: step.title, hours: estimateHours(step) })),
		...options,
	});
}

/** The calendar input for a plan, as the plan page will give it: links under BASE on SITE, labels from the edition's strings. */
function calendarOf(plan: Plan, now: Date): CalendarInput {
	vi.stubEnv('BASE_URL', BASE);
	const events: CalendarEvent[] = plan.steps.map((planned) => {
		const step = steps.find((s) => s.id === planned.id);
		if (!step) throw new Error(`no step "${planned.id}" in the content`);
		return {
			...planned,
			url: absoluteUrl(routes.step(SOURCE_EDITION, step.id), SITE),
			resources: [
				{ label: t('step.read'), title: step.read.title, url: step.read.url },
				{ label: t('step.do'), title: step.do.title, url: step.do.url },
			],
		};
	});
	return {
		roadmap: edition.roadmap,
		site: absoluteUrl(routes.home(), SITE),
		lang: edition.lang,
		name: edition.title,
		pageLabel: PAGE_LABEL,
		now,
		events,
	};
}

/** The file's events, parsed. */
function eventsIn(ics: string): ICAL.Component[] {
	return new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent');
}
const value = (component: ICAL.Component, name: string) => String(component.getFirstPropertyValue(name));
const physicalLines = (ics: string) => ics.split('\r\n').slice(0, -1);
const octets = (text: string) => new TextEncoder().encode(text).length;

describe('writeCalendar', () => {
	const plan = planOf({ pace: 5, today: '2026-12-14', done: [steps[0]!.id] });
	const now = new Date('2026-12-14T09:30:15.123Z');
	const ics = writeCalendar(calendarOf(plan, now));

	test('one event a step left, with its title and its days, the last one included', () => {
		const events = eventsIn(ics);
		expect(events).toHaveLength(plan.steps.length);
		events.forEach((event, index) => {
			const planned = plan.steps[index]!;
			expect(value(event, 'summary')).toBe(planned.title);
			const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
			const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
			expect([start.isDate, end.isDate]).toEqual([true, true]);
			expect(start.toString()).toBe(planned.start);
			// DTEND is exclusive: the day after the plan's last day.
			expect(end.toString()).toBe(addDays(planned.end, 1));
			expect(event.getFirstProperty('summary')?.getParameter('language')).toBe(edition.lang);
		});
	});

	test("the description lists the step's two resources and links back to its page, under the site's base", () => {
		for (const event of eventsIn(ics)) {
			const step = steps.find((s) => eventUid(edition.roadmap, `${SITE}${BASE}`, s.id) === value(event, 'uid'));
			if (!step) throw new Error(`no step has the UID ${value(event, 'uid')}`);
			const page = `${SITE}${BASE}${SOURCE_EDITION}/${step.id}/`;
			const description = value(event, 'description');
			for (const [kind, resource] of [
				['step.read', step.read],
				['step.do', step.do],
			] as const) {
				expect(description).toContain(`${t(kind)}\n${resource.title}\n${new URL(resource.url).href}`);
			}
			expect(description.endsWith(`\n\n${PAGE_LABEL}\n${page}`)).toBe(true);
			expect(value(event, 'url')).toBe(page);
		}
	});

	test('the calendar says what it is, and every event when it was made', () => {
		const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
		expect(value(calendar, 'version')).toBe('2.0');
		expect(value(calendar, 'method')).toBe('PUBLISH');
		expect(value(calendar, 'calscale')).toBe('GREGORIAN');
		expect(value(calendar, 'prodid')).toContain(edition.roadmap);
		expect(value(calendar, 'x-wr-calname')).toBe(edition.title);
		for (const event of eventsIn(ics)) {
			expect(value(event, 'dtstamp')).toBe('2026-12-14T09:30:15Z');
			expect(value(event, 'last-modified')).toBe('2026-12-14T09:30:15Z');
		}
	});

	test('lines end in CRLF, the file too, and no physical line is longer than 75 octets', () => {
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		expect(physicalLines(ics).some((line) => line.startsWith(' '))).toBe(true); // long descriptions were folded
		for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(LINE_OCTETS);
	});

	test('a title with commas, semicolons, backslashes, line ends, accents and emoji comes back as written', () => {
		const title = 'Données, modèles; C:\\chemin\\ « guillemets »\nseconde ligne\r\ntroisième — çà et là 🧠👩🏽‍💻🇫🇷 '.repeat(
			3,
		);
		const input = calendarOf(plan, now);
		const [first, ...rest] = input.events;
		const tricky = writeCalendar({
			...input,
			name: title,
			events: [{ ...first!, title, resources: [{ label: title, title, url: 'https://example.org/a,b;c' }] }, ...rest],
		});
		const expected = title.replace(/\r\n/g, '\n');
		const [event] = eventsIn(tricky);
		expect(value(event!, 'summary')).toBe(expected);
		expect(value(event!, 'description').startsWith(`${expected}\n${expected}\nhttps://example.org/a,b;c\n`)).toBe(true);
		// ical.js reads an X- property it does not know as raw text, so its value is compared escaped.
		expect(value(new ICAL.Component(ICAL.parse(tricky) as unknown[]), 'x-wr-calname')).toBe(escapeText(title));
		for (const line of physicalLines(tricky)) {
			expect(octets(line)).toBeLessThanOrEqual(LINE_OCTETS);
			expect(line.isWellFormed()).toBe(true);
		}
	});

	test("a later export of another plan keeps each step's UID and raises its SEQUENCE", () => {
		const later = writeCalendar(
			calendarOf(
				planOf({ pace: 2, today: '2027-03-01', done: [steps[0]!.id, steps[1]!.id] }),
				new Date('2027-03-01T18:00:00Z'),
			),
		);
		const byUid = (file: string) => new Map(eventsIn(file).map((event) => [value(event, 'uid'), event]));
		const [first, second] = [byUid(ics), byUid(later)];
		expect(first.size).toBe(eventsIn(ics).length);
		expect(second.size).toBeGreaterThan(0);
		for (const [uid, event] of second) {
			const before = first.get(uid);
			expect(before, `UID ${uid} of the later export is in the first one`).toBeDefined();
			expect(value(event, 'summary')).toBe(value(before!, 'summary'));
			expect(Number(value(event, 'sequence'))).toBeGreaterThan(Number(value(before!, 'sequence')));
			expect(value(event, 'dtstart')).not.toBe(value(before!, 'dtstart'));
		}
	});

	test('UIDs name the roadmap, the site with its base, and the step, never the edition or the date', () => {
		expect(eventUid('ml-roadmap', 'https://example.org/roadmap/', 'python')).toBe(
			'step-python.ml-roadmap@example.org/roadmap',
		);
		expect(eventUid('ml-roadmap', 'https://example.org/', 'python')).toBe('step-python.ml-roadmap@example.org');
		expect(eventUid('ml-roadmap', 'https://example.org/fork/', 'python')).not.toBe(
			eventUid('ml-roadmap', 'https://example.org/roadmap/', 'python'),
		);
	});

	test.each([
		[{ url: '/roadmap/fr/python/' }, /url: expected an absolute https URL/],
		[{ start: '2026-12-20', end: '2026-12-19' }, /end \(2026-12-19\) is before its start/],
		[{ end: '2026-13-01' }, /end: expected a calendar date/],
	])('an event with %j is refused, naming it', (change, message) => {
		const input = calendarOf(plan, now);
		expect(() => writeCalendar({ ...input, events: [{ ...input.events[0]!, ...change }] })).toThrow(message);
	});

	test('a step given twice, a bad language tag or an invalid date is refused', () => {
		const input = calendarOf(plan, now);
		expect(() => writeCalendar({ ...input, events: [input.events[0]!, input.events[0]!] })).toThrow(/given twice/);
		expect(() => writeCalendar({ ...input, lang: 'fr;x' })).toThrow(/lang: expected a BCP 47/);
		expect(() => writeCalendar({ ...input, now: new Date('not a date') })).toThrow(/now/);
	});
});

describe('escapeText and foldLine', () => {
	test('TEXT escapes backslash, semicolon, comma and every kind of line end', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
		expect(escapeText('tab\tkept, bell\u0007 dropped')).toBe('tab\tkept\\, bell dropped');
	});

	test('folding never splits a character, whatever its size and where it falls', () => {
		for (const char of ['é', '€', '🧠']) {
			for (let shift = 0; shift < 4; shift++) {
				const line = `SUMMARY:${'x'.repeat(shift)}${char.repeat(60)}`;
				const folded = foldLine(line);
				const parts = folded.split('\r\n');
				for (const part of parts) {
					expect(octets(part)).toBeLessThanOrEqual(LINE_OCTETS);
					expect(part.isWellFormed()).toBe(true);
				}
				expect(parts.slice(1).every((part) => part.startsWith(' ') && part.length > 1)).toBe(true);
				expect(parts.map((part, index) => (index ? part.slice(1) : part)).join('')).toBe(line);
			}
		}
		expect(foldLine('x'.repeat(LINE_OCTETS))).toBe('x'.repeat(LINE_OCTETS));
		expect(foldLine('x'.repeat(LINE_OCTETS + 1))).toBe(`${'x'.repeat(LINE_OCTETS)}\r\n x`);
	});
});
