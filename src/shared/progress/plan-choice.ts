/**
 * The learner's plan as the record holds it (record.ts `plan`): deciding it on
 * this device, and reading what is in force. The dated plan itself is computed
 * from it on the page (src/shared/plan/schedule.ts), never stored.
 */
import { time } from './decide.ts';
import type { PlanChoice, ProgressRecord } from './record.ts';

/**
 * The record with the plan decided now: `pace` hours a week from `start`
 * (`YYYY-MM-DD`); pace 0 removes it. Dated after the plan held, like every
 * decision on this device (decide.ts), so it supersedes it.
 */
export function choosePlan(record: ProgressRecord, pace: number, start: string, now = new Date()): ProgressRecord {
	const at = new Date(Math.max(+now, time(record.plan) + 1)).toISOString();
	return { ...record, plan: { pace, start, at } };
}

/** The plan in force: undefined when there is none or it was removed. */
export const planOf = (record: ProgressRecord): PlanChoice | undefined => (record.plan?.pace ? record.plan : undefined);
