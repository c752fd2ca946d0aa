/**
 * "Mon carnet": fills the log page from the record, and writes the same
 * entries as a README.md (log.ts `logMarkdown`), or prints the page. Loaded by
 * tracker.ts on first use of [data-log="carnet"], or at once when the record
 * holds something. Wired by data attributes:
 *
 *   [data-log-step="<id>"]      one step, holding [data-log-box="read|do"] > [data-log-at],
 *                               [data-log-built] > a, [data-log-note], [data-log-revisit] (shown when marked "revoir")
 *   ul[data-log-activity]       the weeks in which boxes were ticked, one item each, in words;
 *                               [data-log-activity-none] shown while there is none
 *   button[data-log-download]   downloads README.md
 *   button[data-log-print]      prints the page
 *   #log-data                   the steps and words (JSON), from the build
 */
import { KINDS } from '../../shared/progress/record.ts';
import { format } from '../../shared/i18n.ts';
import { activeWeeks, type LogStep, type LogWords, logEntries, logMarkdown } from '../../shared/progress/log.ts';
import { download } from './helpers.ts';
import { announce, state, onRender } from './state.ts';

interface LogData {
	lang: string;
	steps: LogStep[];
	words: Omit<LogWords, 'step' | 'read' | 'do' | 'on' | 'date' | 'madeOn' | 'activityWeek' | 'day'> & {
		step: string;
		activityWeek: string;
		read: string;
		do: string;
		on: string;
		madeOn: string;
		downloaded: string;
		noNote: string;
	};
}

const data = JSON.parse(document.getElementById('log-data')?.textContent ?? '{}') as LogData;
const date = (iso: string) => new Date(iso).toLocaleDateString(data.lang, { dateStyle: 'long' });
const words = (): LogWords => ({
	...data.words,
	step: (number, title) => format(data.words.step, { number, title }),
	read: (title) => format(data.words.read, { title }),
	do: (title) => format(data.words.do, { title }),
	on: (day) => format(data.words.on, { date: day }),
	date,
	madeOn: format(data.words.madeOn, { date: date(new Date().toISOString()) }),
	activityWeek: (day, count) => format(data.words.activityWeek, { date: day, count }),
	day: (day) => new Date(`${day}T00:00:00Z`).toLocaleDateString(data.lang, { dateStyle: 'long', timeZone: 'UTC' }),
});

/** Shows each step's dates, link and note, as text only. */
function fill() {
	for (const entry of logEntries(state.record, data.steps)) {
		const section = document.querySelector<HTMLElement>(`[data-log-step="${entry.id}"]`);
		if (!section) continue;
		for (const role of KINDS) {
			const at = role === 'read' ? entry.readAt : entry.doAt;
			const where = section.querySelector(`[data-log-box="${role}"] [data-log-at]`) as HTMLElement;
			where.textContent = at ? words().on(date(at)) : '';
		}
		const built = section.querySelector('[data-log-built]') as HTMLElement;
		built.hidden = !entry.built;
		const link = built.querySelector('a') as HTMLAnchorElement;
		link.href = entry.built || '#';
		link.textContent = entry.built;
		(section.querySelector('[data-log-note]') as HTMLElement).textContent = entry.note || data.words.noNote;
		(section.querySelector('[data-log-revisit]') as HTMLElement).hidden = !entry.revisit;
	}
	const list = document.querySelector('[data-log-activity]');
	if (!list) return;
	const weeks = activeWeeks(state.record);
	list.replaceChildren(
		...weeks.map(({ monday, count }) => {
			const item = document.createElement('li');
			item.textContent = words().activityWeek(words().day(monday), count);
			return item;
		}),
	);
	(document.querySelector('[data-log-activity-none]') as HTMLElement).hidden = weeks.length > 0;
}

/** The log as Markdown, from the same record and entries the page shows. */
export const markdown = () => logMarkdown(logEntries(state.record, data.steps), words(), activeWeeks(state.record));

export function handle(event: Event) {
	const button = (event.target as Element).closest('button');
	if (event.type !== 'click' || !button) return;
	if (button.matches('[data-log-print]')) window.print();
	if (!button.matches('[data-log-download]')) return;
	download(markdown(), 'README.md', 'text/markdown');
	announce(data.words.downloaded);
}

fill();
// Shown now that it is filled (see src/browser/inline/log-filling.ts).
document.documentElement.classList.remove('log-filling');
// Filled again whenever the tracker shows a new record: another tab's note, link or tick.
let shown = state.record;
onRender.push(() => {
	if (shown === state.record) return;
	shown = state.record;
	fill();
});
