/**
 * "Mon plan" (issue #23): the plan page and the overview's sentence. Loaded by
 * the tools (tools.ts) where the page has them, on first use or at once where
 * there is progress. The steps' estimates come from the page's `#plan-data`
 * (src/shared/plan/page-data.ts), their titles and links from its step list
 * (StepList.astro); the pace and start from the
 * record (record.ts `plan`); the dates are computed on every render, so a
 * tick, a skip or a "revoir" here or in another tab moves the plan. Wired by:
 *
 *   [data-plan]                      the plan page's region, holding:
 *     input[data-plan-pace], input[data-plan-start], button[data-plan-make]   the choice; a change saves it too
 *     [data-plan-problem]            why the pace is refused
 *     [data-plan-none], [data-plan-result]   shown without a plan, and with one
 *     [data-plan-finish], ol[data-plan-steps], [data-plan-out] (a ul inside)   the dated plan
 *     button[data-plan-calendar]     downloads the plan as an .ics file (ics.ts)
 *     button[data-plan-remove]       removes the plan (pace 0, dated, so that it stays removed)
 *   [data-plan-standing]             the overview's sentence, its words in data-now and data-later; empty without a plan
 */
import { localDate } from '../../shared/plan/calendar-date.ts';
import { writeCalendar } from '../../shared/plan/ics.ts';
import type { PlanPageData } from '../../shared/plan/page-data.ts';
import { type Plan, schedule, whereYouStand } from '../../shared/plan/schedule.ts';
import { format } from '../../shared/i18n.ts';
import { PACE_MAX } from '../../shared/progress/limits.ts';
import { choosePlan, planOf } from '../../shared/progress/plan-choice.ts';
import { stepStatus } from '../../shared/progress/summary.ts';
import { download, find } from './helpers.ts';
import { announce, change, onRender, place, state } from './state.ts';
import { t } from './words.ts';

const data = JSON.parse(document.getElementById('plan-data')?.textContent ?? '{"steps":[]}') as PlanPageData;
const { lang } = data;
const today = () => localDate(new Date());

/** The dated plan in force, from the record as shown; undefined without one. */
function currentPlan(): Plan | undefined {
	const choice = planOf(state.record);
	if (!choice) return undefined;
	const { record } = state;
	const ids = data.steps.map((step) => step.id);
	return schedule({
		steps: data.steps.map(({ id, hours }) => ({ id, title: listed(id)?.dataset.label ?? id, hours })),
		pace: choice.pace,
		today: today(),
		start: choice.start,
		done: ids.filter((id) => stepStatus(record, id) === 'done'),
		skipped: ids.filter((id) => stepStatus(record, id) === 'skipped'),
		revisit: ids.filter((id) => record.items[id]?.revisit?.done),
	});
}

/** A calendar date as the page's language writes it, with its year. */
const dates = () => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const day = (date: string) => new Date(`${date}T00:00:00Z`);
const dateText = (date: string) => dates().format(day(date));
const rangeText = (start: string, end: string) => dates().formatRange(day(start), day(end));
const stepOf = (id: string) => data.steps.find((step) => step.id === id);
/** The step's entry in the page's step list: `data-label` "Étape 3 : …" and its link. */
const listed = (id: string) => document.querySelector<HTMLElement>(`[data-step="${id}"]`);
const hrefOf = (id: string) => listed(id)?.querySelector('a')?.href ?? location.href;

/** The plan page: the fields, then the dated plan. */
function showPage(plan: Plan | undefined) {
	const region = document.querySelector<HTMLElement>('[data-plan]');
	if (!region) return;
	const choice = planOf(state.record);
	const pace = find<HTMLInputElement>('plan-pace');
	const start = find<HTMLInputElement>('plan-start');
	// A field the learner is typing in keeps what they type.
	if (choice && document.activeElement !== pace) pace.value = String(choice.pace);
	if (choice && document.activeElement !== start) start.value = choice.start;
	find('plan-none').hidden = !!plan;
	find('plan-result').hidden = !plan;
	if (!plan) return;
	find('plan-finish').textContent = plan.finish ? t('plan.finish', { date: dateText(plan.finish) }) : t('plan.allDone');
	const list = find('plan-steps');
	list.replaceChildren();
	for (const planned of plan.steps) {
		const item = document.createElement('li');
		const link = document.createElement('a');
		link.href = hrefOf(planned.id);
		link.textContent = planned.title;
		const when = document.createElement('span');
		const hours = (Math.round(planned.hours * 10) / 10).toLocaleString(lang);
		when.textContent = [
			rangeText(planned.start, planned.end),
			t('plan.hours', { hours }),
			...(planned.revisit ? [t('plan.revisit')] : []),
		].join(' · ');
		item.append(link, document.createElement('br'), when);
		list.append(item);
	}
	const out = find('plan-out');
	const outList = out.querySelector('ul') as HTMLUListElement;
	outList.replaceChildren();
	for (const taken of plan.out) {
		const item = document.createElement('li');
		item.textContent = t(taken.why === 'done' ? 'plan.outDone' : 'plan.outSkipped', { step: taken.title });
		outList.append(item);
	}
	out.hidden = plan.out.length === 0;
}

/** The overview's sentence: where the learner stands, or nothing. */
function showStanding(plan: Plan | undefined) {
	const sentence = document.querySelector<HTMLElement>('[data-plan-standing]');
	if (!sentence) return;
	const standing = whereYouStand(plan, today());
	sentence.textContent = standing
		? format(sentence.dataset[standing.started ? 'now' : 'later'] as string, {
				number: standing.step.number,
				date: dateText(standing.started ? standing.until : standing.step.start),
			})
		: '';
}

function show() {
	const plan = currentPlan();
	showPage(plan);
	showStanding(plan);
}

let started = false;
/** Shows the plan now and after every render (a tick, another tab). */
export function init() {
	if (started) return;
	started = true;
	onRender.push(show);
	show();
}

/** Saves the pace and start in the fields, or says why the pace is refused. */
async function make() {
	const pace = Number(find<HTMLInputElement>('plan-pace').value.replace(',', '.'));
	const problem = find('plan-problem');
	if (!(pace >= 0.5 && pace <= PACE_MAX)) {
		problem.textContent = t('plan.badPace', { max: PACE_MAX });
		announce(problem.textContent);
		return;
	}
	problem.textContent = '';
	const start = find<HTMLInputElement>('plan-start').value || today();
	await change((record) => choosePlan(record, pace, start));
	announce(t(state.mode === 'saved' ? 'plan.saved' : 'plan.notSaved'));
}

/** The plan as an .ics file: one event per step left, links under the site's base. */
function calendar() {
	const plan = currentPlan();
	const words = data.calendar;
	if (!plan || !words) return;
	const text = writeCalendar({
		roadmap: place.roadmap,
		site: new URL(place.base, location.origin).href,
		lang,
		name: words.name,
		pageLabel: words.page,
		now: new Date(),
		events: plan.steps.map((planned) => {
			const step = stepOf(planned.id);
			return {
				id: planned.id,
				title: planned.title,
				start: planned.start,
				end: planned.end,
				url: hrefOf(planned.id),
				resources: [
					...(step?.read ? [{ label: words.read, ...step.read }] : []),
					...(step?.do ? [{ label: words.do, ...step.do }] : []),
				],
			};
		}),
	});
	download(text, `${place.roadmap}-plan.ics`, 'text/calendar');
	announce(t('plan.downloaded'));
}

/** Handles a click or change inside [data-plan]. */
export async function handle(event: Event, on: (name: string) => Element | null) {
	init();
	if (event.type === 'change' && (on('plan-pace') || on('plan-start'))) return make();
	if (event.type !== 'click') return;
	if (on('plan-make')) return make();
	if (on('plan-calendar')) return calendar();
	if (on('plan-remove')) {
		const choice = planOf(state.record);
		await change((record) => choosePlan(record, 0, choice?.start ?? today()));
		announce(t('plan.removed'));
	}
}
