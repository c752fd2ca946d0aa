/**
 * The learning log's rules, pure: the "what I built" link check, notes as
 * stored, and "Mon carnet" as Markdown (fingerprints are in fingerprint.ts). The page and the download read
 * the same record through `logEntries`, so they cannot disagree.
 */
import { addDays, dayNumber, localDate } from '../plan/calendar-date.ts';
import { isDone } from './decide.ts';
import { BIDI_CONTROL, HTTPS_URL, URL_MAX } from './limits.ts';
import { LINE_END } from './text.ts';
import type { ProgressRecord } from './record.ts';
import { stepStatus, type StepStatus } from './summary.ts';

/** Why a "what I built" link cannot be kept, or '' when it can (an empty field removes the link). */
export function builtProblem(url: string): '' | 'notUrl' | 'notHttps' | 'long' | 'hidden' {
	const value = url.trim();
	if (value.length > URL_MAX) return 'long';
	if (BIDI_CONTROL.test(value)) return 'hidden';
	if (HTTPS_URL.test(value)) {
		try {
			if (value) new URL(value);
			return '';
		} catch {
			return 'notUrl';
		}
	}
	return /^(?!https:)[a-z][a-z0-9+.-]*:\/\/\S/i.test(value) ? 'notHttps' : 'notUrl';
}

/** One step of the log, as the page and the Markdown show it. */
export interface LogStep {
	id: string;
	number: number;
	title: string;
	href: string;
	read: { title: string; url: string };
	do: { title: string; url: string };
}

export interface LogEntry extends LogStep {
	status: StepStatus;
	/** When each box was ticked; undefined when it is not. */
	readAt?: string;
	doAt?: string;
	note: string;
	built: string;
	/** Marked "revoir": the learner means to come back to it. */
	revisit: boolean;
}

/** Each step of the current content with what the record holds for it, in reading order. */
export function logEntries(record: ProgressRecord, steps: readonly LogStep[]): LogEntry[] {
	return steps.map((step) => {
		const item = record.items[step.id];
		return {
			...step,
			status: stepStatus(record, step.id),
			readAt: isDone(record, step.id, 'read') ? item?.read?.at : undefined,
			doAt: isDone(record, step.id, 'do') ? item?.do?.at : undefined,
			note: item?.note?.text ?? '',
			built: item?.built?.url ?? '',
			revisit: !!item?.revisit?.done,
		};
	});
}

/** A week in which something was ticked: its Monday (`YYYY-MM-DD`) and how many boxes were ticked in it. */
export interface ActiveWeek {
	monday: string;
	count: number;
}

/**
 * The weeks in which boxes now ticked were ticked (read, do, "je connais
 * déjà"), oldest first, each from Monday in the learner's time zone
 * (`timeZone`, the runtime's when left out). Only the latest decision of a box
 * has a date (record.ts), so a box ticked then unticked counts in no week, and
 * one ticked again counts in the week of the last tick. Steps no longer in the
 * content count too: the work was done. No streak, no gap: only the weeks there are.
 */
export function activeWeeks(record: ProgressRecord, timeZone?: string): ActiveWeek[] {
	const counts = new Map<string, number>();
	for (const item of Object.values(record.items))
		for (const mark of [item.read, item.do, item.skip]) {
			if (!mark?.done) continue;
			const day = localDate(new Date(mark.at), timeZone);
			// 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday.
			const monday = addDays(day, -((dayNumber(day) + 3) % 7));
			counts.set(monday, (counts.get(monday) ?? 0) + 1);
		}
	return [...counts].map(([monday, count]) => ({ monday, count })).sort((a, b) => (a.monday < b.monday ? -1 : 1));
}

/** The characters that are Markdown (GitHub's: HTML, links, emphasis, code, tables, math, entities) wherever they stand. */
export const MARKDOWN_INLINE = /[\\`*_[\]<>#|~!&$]/g;
/** What makes a line a list item, a heading underline or a break when it starts it. */
export const MARKDOWN_LINE_START = /^(\s*)([-+=]|\d+(?=[.)]))/;

/** Text that Markdown shows as written, on one line or many: its syntax characters escaped, so none is read as syntax. */
export const escapeMarkdown = (text: string): string =>
	text
		.split(LINE_END)
		.map((line) =>
			line
				.replace(MARKDOWN_INLINE, '\\$&')
				.replace(MARKDOWN_LINE_START, (_, space: string, mark: string) =>
					/\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
				),
		)
		.join('\n');

/** A URL as a link destination that nothing in it can end early. */
const destination = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

/**
 * A note as a Markdown block quote: each line escaped and prefixed, its line
 * breaks kept, its leading spaces made non-breaking so none becomes a code
 * block; nothing in the note can end the quote or add a heading, link or HTML.
 */
export function quoteNote(text: string): string {
	return text
		.split(LINE_END)
		.map((line) => {
			const escaped = escapeMarkdown(line.trimEnd()).replace(/^[ \t]+/, (spaces) => '\u00a0'.repeat(spaces.length));
			return escaped ? `> ${escaped}  ` : '>';
		})
		.join('\n');
}

/** The words of the Markdown, from the edition's ui.json. `{…}` placeholders filled by `format`. */
export interface LogWords {
	/** The document's title. */
	title: string;
	/** The credit line, already filled: the article, its author, where and when. */
	credit: string;
	articleUrl: string;
	/** The site's page for the path. */
	siteUrl: string;
	siteLink: string;
	step: (number: number, title: string) => string;
	status: Record<StepStatus, string>;
	read: (title: string) => string;
	do: (title: string) => string;
	/** "on {date}". */
	on: (date: string) => string;
	notes: string;
	built: string;
	date: (iso: string) => string;
	/** Made on {date}. */
	madeOn: string;
	/** Beside a step marked to revisit. */
	revisit: string;
	/** The heading of the weeks of activity. */
	activity: string;
	/** One week: its Monday, already written as a date, and the boxes ticked. */
	activityWeek: (date: string, count: number) => string;
	/** When no box is ticked. */
	activityNone: string;
	/** A calendar date `YYYY-MM-DD` as the edition writes it. */
	day: (date: string) => string;
}

/** "Mon carnet" as a README.md for a GitHub repository: title, credit, then each step's checklist, link and notes; then the weeks of activity. */
export function logMarkdown(entries: readonly LogEntry[], words: LogWords, weeks: readonly ActiveWeek[] = []): string {
	const box = (label: string, at: string | undefined) =>
		`- [${at ? 'x' : ' '}] ${label}${at ? ` ${escapeMarkdown(words.on(words.date(at)))}` : ''}`;
	const link = (label: (title: string) => string, resource: { title: string; url: string }) =>
		`${escapeMarkdown(label('\u0000')).replace('\u0000', `[${escapeMarkdown(resource.title)}](${destination(resource.url)})`)}`;
	const blocks = [
		`# ${escapeMarkdown(words.title)}`,
		`${escapeMarkdown(words.credit)} [${escapeMarkdown(words.articleUrl)}](${destination(words.articleUrl)})`,
		`[${escapeMarkdown(words.siteLink)}](${destination(words.siteUrl)}) · ${escapeMarkdown(words.madeOn)}`,
	];
	for (const entry of entries) {
		blocks.push(
			`## ${escapeMarkdown(words.step(entry.number, entry.title))}`,
			escapeMarkdown(words.status[entry.status] + (entry.revisit ? ` · ${words.revisit}` : '')),
		);
		blocks.push(
			[box(link(words.read, entry.read), entry.readAt), box(link(words.do, entry.do), entry.doAt)].join('\n'),
		);
		if (entry.built)
			blocks.push(`${escapeMarkdown(words.built)} [${escapeMarkdown(entry.built)}](${destination(entry.built)})`);
		if (entry.note) blocks.push(`${escapeMarkdown(words.notes)}`, quoteNote(entry.note));
	}
	blocks.push(
		`## ${escapeMarkdown(words.activity)}`,
		weeks.length
			? weeks.map(({ monday, count }) => `- ${escapeMarkdown(words.activityWeek(words.day(monday), count))}`).join('\n')
			: escapeMarkdown(words.activityNone),
	);
	return `${blocks.join('\n\n')}\n`;
}
