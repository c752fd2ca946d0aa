/**
 * How long a step takes, in hours, for the plan (issue #23). The content gives
 * the minutes of some resources (`minutes`, src/schemas/resource.ts); a step
 * may also give `effort`, the hours of practice it asks beyond them: working
 * through a course or data set that gives no duration, trying things on one's
 * own. The path's article gives no durations, so when a step says nothing,
 * DEFAULT_EFFORT_HOURS is ours, an addition of this site to the article.
 */
import type { Resource } from '../schemas/resource.ts';

/**
 * Our default practice time for a step that gives no `effort`: 10 hours, two
 * weeks at 5 hours a week, so the seven steps make a plan of about three and a
 * half months at that pace, short enough to start, long enough to build
 * something with each step's "thing to do" (none of which gives its minutes).
 */
export const DEFAULT_EFFORT_HOURS = 10;

/** What the estimate reads of a step: its id (for errors), its two resources and its optional `effort`. */
export interface EstimatedStep {
	id: string;
	read: Pick<Resource, 'minutes'>;
	do: Pick<Resource, 'minutes'>;
	/** Hours of practice beyond the resources' own minutes; DEFAULT_EFFORT_HOURS when absent. */
	effort?: number | undefined;
}

/**
 * The hours a step takes: the minutes its resources give, plus its `effort`
 * (or DEFAULT_EFFORT_HOURS). A resource without `minutes` adds nothing of its
 * own: its time is part of the effort. Throws, naming the step, on an effort
 * that is negative or not a number.
 */
export function estimateHours(step: EstimatedStep): number {
	const effort = step.effort ?? DEFAULT_EFFORT_HOURS;
	if (!Number.isFinite(effort) || effort < 0) {
		throw new RangeError(
			`step "${step.id}": expected its effort as a number of hours, 0 or more, such as 6; got ${String(step.effort)}`,
		);
	}
	const minutes = [step.read, step.do].reduce((sum, resource) => sum + (resource.minutes ?? 0), 0);
	return minutes / 60 + effort;
}
