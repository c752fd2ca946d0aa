/**
 * A plan at the learner's pace (issue #23): the steps left, each with the
 * calendar dates the learner means to work on it.
 *
 * The rule
 * - The learner works `pace` hours a week, from the start date on, through the
 *   steps left in path order, one after the other. Week 1 is the start date
 *   and the six days after it; week 2 the next seven days; and so on, whatever
 *   the day of the week the plan starts on.
 * - A step runs from the week its first hour falls in to the week its last
 *   hour falls in: its `start` is the first day of that first week, its `end`
 *   the last day of that last week, both included. A long step spans several
 *   weeks; short steps share a week (one ends in the week the next starts in).
 * - Taken out, and listed apart in `out`: the steps done (both boxes ticked)
 *   and those skipped ("Je connais déjà"), as the progress summary counts them.
 * - A step marked to revisit ("revoir") is planned even when done or skipped,
 *   in its place in the path, with its whole estimate: the plan cannot know
 *   how much of it the learner needs again, and a plan that ends a little
 *   late is better than one that runs out before the work does. Its entry
 *   says `revisit: true`.
 * - Dates are `YYYY-MM-DD` calendar dates counted in whole days
 *   (calendar-date.ts): daylight saving and year ends cannot shift them. The
 *   caller gives `today` in the learner's time zone (`localDate`); nothing
 *   here reads a clock.
 */
import { addDays, dayNumber } from './calendar-date.ts';

/** A step as the plan takes it, in path order: its id, its title and its estimate (`estimateHours`). */
export interface PlanStep {
	id: string;
	title: string;
	/** The hours it takes, 0 or more. */
	hours: number;
}

/** What a plan is made from. */
export interface PlanInput {
	/** Every step of the path, in order, done or not: their position gives their number. */
	steps: readonly PlanStep[];
	/** Hours a week the learner means to give, a positive number such as 5. */
	pace: number;
	/** The learner's date today (`YYYY-MM-DD`, in their own time zone): the start when none is given. */
	today: string;
	/** The first day of the plan, `YYYY-MM-DD`; `today` when left out. */
	start?: string | undefined;
	/** Ids of the steps done (both boxes ticked). Ids not among the steps are ignored. */
	done?: Iterable<string>;
	/** Ids of the steps skipped ("Je connais déjà"). */
	skipped?: Iterable<string>;
	/** Ids of the steps to revisit ("revoir"): planned even when done or skipped. */
	revisit?: Iterable<string>;
}

/** A step in the plan, with its dates. */
export interface PlannedStep {
	id: string;
	title: string;
	/** Its number in the path, from 1 ("Étape 3"), done steps counted. */
	number: number;
	/** Its estimate, in hours. */
	hours: number;
	/** The first day of its first week, `YYYY-MM-DD`. */
	start: string;
	/** The last day of its last week, `YYYY-MM-DD`, included. */
	end: string;
	/** Marked to revisit: planned although done or skipped. */
	revisit: boolean;
}

/** A step left out of the plan, and why. */
export interface StepTakenOut {
	id: string;
	title: string;
	number: number;
	/** `done` wins when a step is both done and skipped. */
	why: 'done' | 'skipped';
}

/** A dated plan. */
export interface Plan {
	/** Its first day. */
	start: string;
	/** Hours a week. */
	pace: number;
	/** The steps to work on, in path order, with their dates. */
	steps: PlannedStep[];
	/** The last day of the last step; undefined when no step is left. */
	finish: string | undefined;
	/** The steps done or skipped, in path order, not planned. */
	out: StepTakenOut[];
}

/**
 * Rounding guard: hours such as 10 + 1/6 add up with a last-digit error, which
 * must not move a step that ends exactly at a week's end into the next week.
 */
const EPSILON = 1e-9;

/** The dated plan for `input` (see the rule above). Throws, naming the field, on a pace, date or estimate that cannot be planned. */
export function schedule(input: PlanInput): Plan {
	const { steps, pace, today } = input;
	if (!Number.isFinite(pace) || pace <= 0) {
		throw new RangeError(`pace: expected a positive number of hours a week, such as 5; got ${String(pace)}`);
	}
	dayNumber(today, 'today');
	const start = input.start ?? today;
	dayNumber(start, 'start');
	const done = new Set(input.done);
	const skipped = new Set(input.skipped);
	const revisit = new Set(input.revisit);
	const seen = new Set<string>();

	const plan: Plan = { start, pace, steps: [], finish: undefined, out: [] };
	let hoursBefore = 0;
	steps.forEach(({ id, title, hours }, index) => {
		if (seen.has(id)) throw new RangeError(`steps: the id "${id}" is given twice; each step has its own id`);
		seen.add(id);
		if (!Number.isFinite(hours) || hours < 0) {
			throw new RangeError(`step "${id}": expected its estimate as a number of hours, 0 or more; got ${String(hours)}`);
		}
		const number = index + 1;
		const why = done.has(id) ? 'done' : skipped.has(id) ? 'skipped' : undefined;
		if (why && !revisit.has(id)) {
			plan.out.push({ id, title, number, why });
			return;
		}
		const firstWeek = Math.floor(hoursBefore / pace + EPSILON);
		hoursBefore += hours;
		const lastWeek = Math.max(firstWeek, Math.ceil(hoursBefore / pace - EPSILON) - 1);
		plan.steps.push({
			id,
			title,
			number,
			hours,
			start: addDays(start, 7 * firstWeek),
			end: addDays(start, 7 * lastWeek + 6),
			revisit: why !== undefined,
		});
	});
	plan.finish = plan.steps.at(-1)?.end;
	return plan;
}

/** Where the learner stands on a plan: the step planned now, and until when. */
export interface Standing {
	/** The step: the first in the plan whose dates are not over. */
	step: PlannedStep;
	/** Its last day, `YYYY-MM-DD`: "Étape 3 prévue jusqu'au 14 décembre". */
	until: string;
	/** False when `today` is before its start (the plan starts later). */
	started: boolean;
}

/**
 * The step planned for `today` (the learner's date, `YYYY-MM-DD`): the first
 * step, in path order, whose end is not past, since the one finishing in a
 * shared week comes first. Before the plan starts, its first step, not yet
 * started. Undefined when there is no plan, no step left in it, or `today`
 * is after its finish (the plan is over: time for a new one).
 */
export function whereYouStand(plan: Plan | undefined, today: string): Standing | undefined {
	const day = dayNumber(today, 'today');
	const step = plan?.steps.find((planned) => dayNumber(planned.end) >= day);
	return step && { step, until: step.end, started: dayNumber(step.start) <= day };
}
