/**
 * The learning log without a browser: notes, links and skips through the
 * record's rules (parse, merge, summary), resource fingerprints, the link
 * check, and "Mon carnet" as Markdown.
 */
import { Parser } from 'commonmark';
import { describe, expect, test } from 'vitest';
import { changes, decidedBefore } from '../../src/shared/progress/changes.ts';
import { fingerprint, resourceChange } from '../../src/shared/progress/fingerprint.ts';
import { cleanNote } from '../../src/shared/progress/text.ts';
import {
	builtProblem,
	type LogStep,
	activeWeeks,
	type LogWords,
	logEntries,
	logMarkdown,
	MARKDOWN_INLINE,
	MARKDOWN_LINE_START,
	quoteNote,
} from '../../src/shared/progress/log.ts';
import { decide, setMark } from '../../src/shared/progress/decide.ts';
import { merge } from '../../src/shared/progress/merge.ts';
import { parseProgress } from '../../src/shared/progress/parse.ts';
import { NOTE_MAX } from '../../src/shared/progress/limits.ts';
import { CURRENT_VERSION, type ProgressRecord } from '../../src/shared/progress/record.ts';
import { stepStatus, summarize } from '../../src/shared/progress/summary.ts';
import { format, formatDate } from '../../src/shared/i18n.ts';
import { editionOf, editions, stepsOf, uiOf } from '../support/content.ts';

const source = editions()[0] as string;
const { roadmap, articleTitle, original } = editionOf(source) as ReturnType<typeof editionOf> & {
	original: { title: string; publisher: string };
};
const ui = uiOf(source);
const steps = stepsOf(source);
const ids = steps.map((step) => step.id);
const [first, second, third] = ids as [string, string, string];
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const empty = (): ProgressRecord => ({ version: CURRENT_VERSION, roadmap, items: {} });
const roundTrip = (record: ProgressRecord) => parseProgress(JSON.stringify(record), roadmap, new Date(at(28)));
/** The content's steps as Mon carnet lists them. */
const logSteps: LogStep[] = steps.map((step) => ({
	id: step.id,
	number: step.order,
	title: step.title,
	href: `https://example.org/${source}/${step.id}/`,
	read: { title: step.read.title, url: step.read.url },
	do: { title: step.do.title, url: step.do.url },
}));

describe('notes, links and skips in the record', () => {
	const full = decide(
		decide(
			decide(
				decide(empty(), first, 'read', { done: true, fp: 'abcdef0123456789' }, new Date(at(1))),
				first,
				'note',
				{ text: 'Line one\nLine two' },
				new Date(at(2)),
			),
			first,
			'built',
			{ url: 'https://github.com/me/notebook' },
			new Date(at(3)),
		),
		second,
		'skip',
		{ done: true },
		new Date(at(4)),
	);

	test('survive being saved and read back, fingerprint included', () => {
		expect(roundTrip(full)).toEqual({ status: 'ok', record: full });
	});

	test('a note edited on two devices keeps the one written last, whichever side merges first', () => {
		const laptop = decide(full, first, 'note', { text: 'From the laptop' }, new Date(at(10)));
		const phone = decide(full, first, 'note', { text: 'From the phone' }, new Date(at(11)));
		expect(merge(laptop, phone).items[first]?.note?.text).toBe('From the phone');
		expect(merge(phone, laptop).items[first]?.note?.text).toBe('From the phone');
		// The other fields of the step are kept, each by its own date.
		expect(merge(laptop, phone).items[first]?.built?.url).toBe('https://github.com/me/notebook');
	});

	test('an erased note is a dated empty text, so an older copy cannot bring it back', () => {
		const erased = decide(full, first, 'note', { text: '' }, new Date(at(12)));
		expect(merge(full, erased).items[first]?.note).toEqual({ text: '', at: at(12) });
	});

	test('a skipped step leaves the count and "Continuer"; ticking it all later makes it done and counted again', () => {
		const skipped = setMark(empty(), first, 'skip' as never, true, new Date(at(1)));
		expect(stepStatus(skipped, first)).toBe('skipped');
		const summary = summarize(skipped, ids);
		expect(summary).toMatchObject({ done: 0, total: (ids.length - 1) * 2, skipped: 1, next: second });
		const ticked = setMark(setMark(skipped, first, 'read', true, new Date(at(2))), first, 'do', true, new Date(at(3)));
		expect(stepStatus(ticked, first)).toBe('done');
		expect(summarize(ticked, ids)).toMatchObject({ done: 2, total: ids.length * 2, skipped: 0, next: second });
		// One box ticked in a skipped step: still skipped, out of the count.
		expect(stepStatus(setMark(skipped, first, 'read', true, new Date(at(2))), first)).toBe('skipped');
	});

	test('a skip on one device and a tick on another both survive the merge', () => {
		const one = setMark(empty(), third, 'skip' as never, true, new Date(at(5)));
		const other = setMark(empty(), third, 'read', true, new Date(at(6)));
		const merged = merge(one, other);
		expect(merged.items[third]).toEqual({ read: { done: true, at: at(6) }, skip: { done: true, at: at(5) } });
		expect(stepStatus(merged, third)).toBe('skipped');
	});

	test('a skip undone counts the step again', () => {
		const back = setMark(
			setMark(empty(), first, 'skip' as never, true, new Date(at(1))),
			first,
			'skip' as never,
			false,
			new Date(at(2)),
		);
		expect(summarize(back, ids)).toMatchObject({ total: ids.length * 2, skipped: 0, next: first });
	});

	test('an older record migrates with no note, link or skip, and takes them afterwards', () => {
		const v2 = JSON.stringify({ version: 2, items: { [first]: { read: { done: true, at: at(1) } } } });
		const parsed = parseProgress(v2, roadmap, new Date(at(28)));
		expect(parsed.status).toBe('ok');
		const record = (parsed as { record: ProgressRecord }).record;
		expect(record.items[first]).toEqual({ read: { done: true, at: at(1) } });
		expect(roundTrip(decide(record, first, 'note', { text: 'after' }, new Date(at(2)))).status).toBe('ok');
	});

	test('a note over the limit is refused on read, never cut', () => {
		const long = { ...empty(), items: { [first]: { note: { text: 'x'.repeat(NOTE_MAX + 1), at: at(1) } } } };
		expect(roundTrip(long).status).toBe('invalid');
		expect(cleanNote('a\r\nb\rc')).toBe('a\nb\nc');
	});
});

describe('what an import of notes, links and skips would change', () => {
	const ticked = setMark(empty(), first, 'read', true, new Date(at(1)));
	const notes = decide(
		decide(
			decide(ticked, first, 'note', { text: 'Ma note' }, new Date(at(2))),
			second,
			'built',
			{ url: 'https://kaggle.com/me' },
			new Date(at(3)),
		),
		third,
		'skip',
		{ done: true },
		new Date(at(4)),
	);

	test('a file that differs only by notes, links and skips lists each of them, in path order', () => {
		expect(changes(ticked, notes, ids)).toEqual([
			{ id: first, field: 'note', done: true },
			{ id: second, field: 'built', done: true },
			{ id: third, field: 'skip', done: true },
		]);
		// Merging it brings each in, by the record's own merge.
		expect(changes(merge(ticked, notes), notes, ids)).toEqual([]);
	});

	test('an erased note or link, or a skip undone, written later, is a change that empties or unticks', () => {
		const later = decide(
			decide(
				decide(notes, first, 'note', { text: '' }, new Date(at(5))),
				second,
				'built',
				{ url: '' },
				new Date(at(6)),
			),
			third,
			'skip',
			{ done: false },
			new Date(at(7)),
		);
		expect(changes(notes, later, ids)).toEqual([
			{ id: first, field: 'note', done: false },
			{ id: second, field: 'built', done: false },
			{ id: third, field: 'skip', done: false },
		]);
	});

	test('an older note, or the same text dated otherwise, changes nothing', () => {
		const older = decide(ticked, first, 'note', { text: 'Une vieille note' }, new Date(at(1)));
		expect(changes(decide(ticked, first, 'note', { text: 'Ma note' }, new Date(at(3))), older, ids)).toEqual([]);
		expect(changes(notes, decide(notes, first, 'note', { text: 'Ma note' }, new Date(at(9))), ids)).toEqual([]);
	});
});

describe('fingerprints', () => {
	const resource = steps[0]?.read as { url: string; title: string };
	const fp = fingerprint(resource);

	test('are the same for the same URL and title, whatever else the resource says', () => {
		expect(fingerprint({ ...resource })).toBe(fp);
		expect(fingerprint({ ...resource, note: 'another note', minutes: 99 } as typeof resource)).toBe(fp);
		expect(resourceChange(fp, fp)).toBe('');
	});

	test('change when the URL or the title changes, and say which', () => {
		const moved = fingerprint({ ...resource, url: `${resource.url}?v=2` });
		const renamed = fingerprint({ ...resource, title: `${resource.title} (2nd edition)` });
		const both = fingerprint({ url: `${resource.url}?v=2`, title: `${resource.title} (2nd edition)` });
		expect(new Set([fp, moved, renamed, both]).size).toBe(4);
		expect(resourceChange(fp, moved)).toBe('url');
		expect(resourceChange(fp, renamed)).toBe('title');
		expect(resourceChange(fp, both)).toBe('both');
	});

	test('a tick made before fingerprints existed is never called out of date', () => {
		expect(resourceChange(undefined, fp)).toBe('');
	});

	test('differ between the resources of the content', () => {
		// Each resource once: a fork may give two steps the same resource, which has one fingerprint.
		const resources = new Map(steps.flatMap((step) => [step.read, step.do]).map((r) => [`${r.url}\n${r.title}`, r]));
		const all = [...resources.values()].map(fingerprint);
		expect(all.length).toBeGreaterThan(2);
		expect(new Set(all).size).toBe(all.length);
	});
});

describe('the "what I built" link', () => {
	test.each([
		['https://github.com/me/notebook', ''],
		['https://www.kaggle.com/code/me/titanic?tab=1#cell', ''],
		['', ''],
		['http://example.org/', 'notHttps'],
		['ftp://example.org/file', 'notHttps'],
		['github.com/me', 'notUrl'],
		['javascript:alert(1)', 'notUrl'],
		['https://', 'notUrl'],
		['https://exa mple.org', 'notUrl'],
		[`https://example.org/${'a'.repeat(2000)}`, 'long'],
	])('%s → %s', (url, problem) => {
		expect(builtProblem(url)).toBe(problem);
	});
});

describe('the weeks of activity', () => {
	const on = (iso: string) => new Date(iso);
	test('count the boxes now ticked by the week, from Monday, in the learner’s time zone; unticked boxes and other fields do not count', () => {
		const record = [
			(r: ProgressRecord) => setMark(r, first, 'read', true, on('2026-11-23T08:00:00Z')), // a Monday
			(r: ProgressRecord) => setMark(r, first, 'do', true, on('2026-11-29T20:00:00Z')), // the Sunday after
			(r: ProgressRecord) => setMark(r, second, 'read', true, on('2026-11-30T09:00:00Z')), // the next Monday
			(r: ProgressRecord) => setMark(r, third, 'read', false, on('2026-12-01T09:00:00Z')),
			(r: ProgressRecord) => decide(r, third, 'note', { text: 'x' }, on('2026-12-01T09:00:00Z')),
		].reduce((value, edit) => edit(value), empty());
		expect(activeWeeks(record, 'UTC')).toEqual([
			{ monday: '2026-11-23', count: 2 },
			{ monday: '2026-11-30', count: 1 },
		]);
		// Sunday 23:30 UTC is already Monday in Paris.
		expect(activeWeeks(setMark(empty(), first, 'read', true, on('2026-11-29T23:30:00Z')), 'Europe/Paris')).toEqual([
			{ monday: '2026-11-30', count: 1 },
		]);
	});
});

describe('Mon carnet as Markdown', () => {
	const date = (iso: string) => formatDate(new Date(iso), source);
	const words: LogWords = {
		title: format(ui['log.markdownTitle'] as string, { title: articleTitle }),
		credit: format(ui['log.credit'] as string, {
			title: original.title,
			author: original.author,
			publisher: original.publisher,
			date: formatDate(new Date(original.date), source),
		}),
		articleUrl: original.url,
		siteUrl: `https://example.org/${source}/`,
		siteLink: ui['log.siteLink'] as string,
		step: (number, title) => format(ui['step.pageTitle'] as string, { number, title }),
		status: {
			todo: ui['tracker.status.todo'],
			doing: ui['tracker.status.doing'],
			done: ui['tracker.status.done'],
			skipped: ui['log.status.skipped'],
		} as LogWords['status'],
		read: (title) => format(ui['tracker.read'] as string, { title }),
		do: (title) => format(ui['tracker.do'] as string, { title }),
		on: (day) => format(ui['log.on'] as string, { date: day }),
		notes: ui['log.notes'] as string,
		built: ui['log.builtShort'] as string,
		date,
		madeOn: format(ui['log.madeOn'] as string, { date: date(at(20)) }),
		revisit: ui['log.revisitShown'] as string,
		activity: ui['log.activity'] as string,
		activityWeek: (day, count) => format(ui['log.activityWeek'] as string, { date: day, count }),
		activityNone: ui['log.activityNone'] as string,
		day: (day) => formatDate(new Date(`${day}T00:00:00Z`), source),
	};
	const hostile = [
		'# Not a heading',
		'## Nor this',
		'a ] b [c](https://evil.example) ![i](x)',
		'<script>alert(1)</script>',
		'```',
		'`code` and ````',
		'    indented',
		'> quoted',
		'- [x] fake box',
		`${'y'.repeat(NOTE_MAX - 200)}`,
	].join('\n');
	const record = [
		(r: ProgressRecord) => setMark(r, first, 'read', true, new Date(at(1))),
		(r: ProgressRecord) => setMark(r, first, 'do', true, new Date(at(2))),
		(r: ProgressRecord) => decide(r, first, 'note', { text: 'Installed Python.\n\nNext: pandas.' }, new Date(at(3))),
		(r: ProgressRecord) => decide(r, first, 'built', { url: 'https://github.com/me/notebook' }, new Date(at(4))),
		(r: ProgressRecord) => setMark(r, second, 'skip' as never, true, new Date(at(5))),
		(r: ProgressRecord) => setMark(r, third, 'read', true, new Date(at(6))),
		(r: ProgressRecord) => decide(r, third, 'note', { text: hostile.slice(0, NOTE_MAX) }, new Date(at(7))),
		(r: ProgressRecord) => decide(r, first, 'revisit', { done: true }, new Date(at(8))),
	].reduce((value, edit) => edit(value), empty());
	const weeks = activeWeeks(record, 'UTC');
	const markdown = logMarkdown(logEntries(record, logSteps), words, weeks);

	test('a step marked to revisit says so, and the weeks of activity close the file, one line each, in words', () => {
		const [firstStep] = logSteps as [LogStep];
		expect(markdown).toContain(`${words.status.done} · ${words.revisit}`);
		expect(markdown.indexOf(words.revisit)).toBeGreaterThan(markdown.indexOf(firstStep.title));
		for (const { monday, count } of weeks)
			expect(markdown).toContain(`- ${words.activityWeek(words.day(monday), count)}`);
		expect(logMarkdown(logEntries(empty(), logSteps), words)).toContain(words.activityNone);
	});

	/**
	 * The format, byte for byte: the record above written for a fixed path of four steps with fixed words,
	 * not the content's, so that a fork with other steps or other strings has the same file to compare with.
	 */
	test('a full log, as written to README.md', () => {
		const fixedSteps: LogStep[] = [first, second, third, 'not-started'].map((id, index) => ({
			id,
			number: index + 1,
			title: `Step_${index + 1}: *the* [title]`,
			href: `https://example.org/path/step-${index + 1}/`,
			read: { title: `Reading ${index + 1} (2nd ed.)`, url: `https://example.org/read/${index + 1}?a=1&b=2` },
			do: { title: `Exercise <${index + 1}>`, url: `https://example.org/do/${index + 1} (draft)` },
		}));
		const fixedWords: LogWords = {
			title: 'My log: *a* path',
			credit: 'After "An article", by A. Author (Publisher, 1 March 2018).',
			articleUrl: 'https://example.org/article',
			siteUrl: 'https://example.org/path/',
			siteLink: 'The path online',
			step: (number, title) => `Step ${number}: ${title}`,
			status: { todo: 'Not started', doing: 'Under way', done: 'Done', skipped: 'Known already' },
			read: (title) => `I read "${title}"`,
			do: (title) => `I did "${title}"`,
			on: (day) => `on ${day}`,
			notes: 'My notes',
			built: 'What I built',
			date: (iso) => iso.slice(0, 10),
			madeOn: 'Made on 2026-11-20',
			revisit: 'to revisit',
			activity: 'Weeks of activity',
			activityWeek: (day, count) => `Week of ${day}: ${count} box(es) ticked`,
			activityNone: 'No box ticked yet',
			day: (day) => day,
		};
		expect(logMarkdown(logEntries(record, fixedSteps), fixedWords, weeks)).toMatchSnapshot();
	});

	test('has one heading per step, in reading order, and checks the ticked boxes with their dates', () => {
		const headings = markdown.split('\n').filter((line) => /^#{1,6} /.test(line));
		// The title, each step, the weeks of activity.
		expect(headings).toHaveLength(steps.length + 2);
		expect(markdown).toContain(`- [x] ${''}`);
		expect(markdown.match(/^- \[x\] /gm)).toHaveLength(3);
		expect(markdown.match(/^- \[ \] /gm)).toHaveLength(steps.length * 2 - 3);
	});

	test('a note holding Markdown, HTML, backticks and a very long line stays inside its quote, as written', () => {
		const block = markdown.split(/\n\n/).find((part) => part.includes('Not a heading')) as string;
		const lines = block.split('\n');
		expect(lines.every((line) => line === '>' || line.startsWith('> '))).toBe(true);
		// Every character Markdown could read as syntax is escaped: none is left bare.
		for (const line of lines) {
			const bare = line.slice(2).replace(/\\./g, '');
			expect(bare).not.toMatch(MARKDOWN_INLINE);
			expect(bare).not.toMatch(MARKDOWN_LINE_START);
		}
		// Read back as Markdown would show it, the note is unchanged.
		const shown = lines
			.map((line) =>
				line
					.slice(2)
					.replace(/ {2}$/, '')
					.replace(/\\(.)/g, '$1')
					.replace(/^\u00a0+/, (spaces) => ' '.repeat(spaces.length)),
			)
			.join('\n');
		expect(shown).toBe(hostile.slice(0, NOTE_MAX));
		// Nothing after the note was swallowed: the next step's heading follows.
		const next = markdown.split('\n').filter((line) => line.startsWith('## '))[3] as string;
		expect(next).toContain(steps[3]?.title);
		expect(markdown.indexOf(block)).toBeLessThan(markdown.indexOf(next));
	});

	test('empty lines of a note stay paragraph breaks inside the quote', () => {
		expect(quoteNote('a\n\nb')).toBe('> a  \n>\n> b  ');
	});
});

describe('a note with any line end stays inside its quote, read by a CommonMark parser', () => {
	const words = {
		title: 'Log',
		credit: 'Credit',
		articleUrl: 'https://example.org/article',
		siteUrl: 'https://example.org/',
		siteLink: 'Site',
		step: (number: number, title: string) => `${number} ${title}`,
		status: { todo: 'todo', doing: 'doing', done: 'done', skipped: 'skipped' },
		read: (title: string) => title,
		do: (title: string) => title,
		on: (day: string) => day,
		notes: 'Notes',
		built: 'Built',
		date: (iso: string) => iso,
		madeOn: 'Made',
		revisit: 'Again',
		activity: 'Weeks',
		activityWeek: (day: string, count: number) => `${day} ${count}`,
		activityNone: 'None',
		day: (day: string) => day,
	} satisfies LogWords;
	const lines = ['a', '', 'Fake heading', '===', '', '    code'];

	/** Headings, code blocks, and whether every text of the note sits in a block quote, as CommonMark reads the Markdown. */
	function read(markdown: string) {
		const walker = new Parser().parse(markdown).walker();
		const found = { headings: 0, code: 0, outside: [] as string[] };
		for (let event = walker.next(); event; event = walker.next()) {
			const { node, entering } = event;
			if (!entering) continue;
			if (node.type === 'heading') found.headings++;
			if (node.type === 'code_block') found.code++;
			if (node.type === 'text' && /Fake heading|code|===/.test(node.literal ?? '')) {
				let parent = node.parent;
				while (parent && parent.type !== 'block_quote') parent = parent.parent;
				if (!parent) found.outside.push(node.literal ?? '');
			}
		}
		return found;
	}

	for (const [name, end] of [
		['\\r', '\r'],
		['\\r\\n', '\r\n'],
		['U+2028', '\u2028'],
		['U+2029', '\u2029'],
	] as const) {
		test(`${name}: imported, the note is read with \\n line ends; exported, it stays quoted, adding no heading or code block`, () => {
			const text = lines.join(end);
			const held = decide(empty(), first, 'note', { text }, new Date(at(1)));
			const imported = parseProgress(JSON.stringify(held), roadmap, new Date(at(28)));
			expect(imported.status === 'ok' && imported.record.items[first]?.note?.text).toBe(lines.join('\n'));
			expect(cleanNote(text)).toBe(lines.join('\n'));
			// Both the imported record and one an older version stored with its line ends as they came.
			for (const record of [(imported as { record: ProgressRecord }).record, held]) {
				const found = read(logMarkdown(logEntries(record, logSteps), words));
				// The title, each step's, the weeks of activity.
				expect(found).toEqual({ headings: 2 + steps.length, code: 0, outside: [] });
			}
		});
	}
});

test('a "what I built" link holding a bidirectional control is refused when typed and when imported', () => {
	for (const control of ['\u202e', '\u202d', '\u2066', '\u2069', '\u200f', '\u061c']) {
		const url = `https://github.com/me/${control}gnp.exe`;
		expect(builtProblem(url), JSON.stringify(control)).toBe('hidden');
		expect(roundTrip(decide(empty(), first, 'built', { url }, new Date(at(1)))).status).toBe('invalid');
	}
	expect(builtProblem('https://github.com/me/notebook')).toBe('');
});

test('an import preview knows when what it brings back was decided before a reset', () => {
	const old = setMark(empty(), first, 'read', true, new Date(at(1)));
	const found = changes(empty(), old, ids);
	expect(decidedBefore(found, old, at(2))).toBe(true);
	expect(decidedBefore(found, old, at(1))).toBe(false);
	expect(decidedBefore([], old, at(2))).toBe(false);
});
