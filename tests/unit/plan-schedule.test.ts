/**
 * The plan at the learner's pace (src/shared/plan/schedule.ts): the dates a
 * learner is shown for the steps left. Run in Paris's time zone, where clocks
 * change on the last Sundays of March and October, to show that no date
 * drifts; the rule counts whole days and must not care.
 */
const zoneBefore = process.env.TZ;
process.env.TZ = 'Europe/Paris';

import { afterAll, describe, expect, test } from 'vitest';
import { addDays, dayNumber, localDate } from '../../src/shared/plan/calendar-date.ts';
import { DEFAULT_EFFORT_HOURS, estimateHours } from '../../src/shared/plan/estimate.ts';
import { type PlanStep, schedule, whereYouStand } from '../../src/shared/plan/schedule.ts';
import { SOURCE_EDITION, stepsOf } from '../support/content.ts';

afterAll(() => {
	if (zoneBefore === undefined) delete process.env.TZ;
	else process.env.TZ = zoneBefore;
});

/** The real path, each step with its estimate. */
const path: PlanStep[] = stepsOf(SOURCE_EDITION).map((step) => ({
	id: step.id,
	title: step.title,
	hours: estimateHours(step),
}));
const ids = path.map((step) => step.id);
const totalHours = (steps: readonly { hours: number }[]) => steps.reduce((sum, step) => sum + step.hours, 0);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** Three made-up steps whose weeks are easy to count at 5 hours a week: 3 h, 3 h, 12 h. */
const small: PlanStep[] = [
	{ id: 'a', title: 'A', hours: 3 },
	{ id: 'b', title: 'B', hours: 3 },
	{ id: 'c', title: 'C', hours: 12 },
];

describe('estimateHours', () => {
	test('a step is the minutes its resources give, plus our default practice time when the content gives no effort', () => {
		for (const step of stepsOf(SOURCE_EDITION)) {
			const minutes = (step.read.minutes ?? 0) + (step.do.minutes ?? 0);
			expect(estimateHours(step)).toBeCloseTo(minutes / 60 + DEFAULT_EFFORT_HOURS, 9);
		}
	});

	test('an effort given by the step replaces the default, 0 included', () => {
		const [step] = stepsOf(SOURCE_EDITION);
		if (!step) throw new Error('the content has no step');
		const minutes = (step.read.minutes ?? 0) + (step.do.minutes ?? 0);
		expect(estimateHours({ ...step, effort: 4 })).toBeCloseTo(minutes / 60 + 4, 9);
		expect(estimateHours({ ...step, effort: 0 })).toBeCloseTo(minutes / 60, 9);
	});

	test('an effort that is not a number of hours is refused, naming the step', () => {
		expect(() => estimateHours({ id: 'python', read: {}, do: {}, effort: -1 })).toThrow(/step "python".*effort/);
		expect(() => estimateHours({ id: 'python', read: {}, do: {}, effort: Number.NaN })).toThrow(/step "python"/);
	});
});

describe('schedule', () => {
	test('at 5 hours a week, steps follow each other week by week, sharing a week when short', () => {
		const plan = schedule({ steps: small, pace: 5, today: '2026-11-02' });
		expect(plan.steps.map(({ id, start, end }) => [id, start, end])).toEqual([
			['a', '2026-11-02', '2026-11-08'], // hours 0–3: week 1
			['b', '2026-11-02', '2026-11-15'], // hours 3–6: weeks 1 and 2
			['c', '2026-11-09', '2026-11-29'], // hours 6–18: weeks 2 to 4, longer than a week
		]);
		expect(plan.finish).toBe('2026-11-29');
		expect(plan.out).toEqual([]);
	});

	test("a step that ends exactly at a week's end leaves the next week to the next step", () => {
		const plan = schedule({
			steps: [
				{ id: 'a', title: 'A', hours: 10 },
				{ id: 'b', title: 'B', hours: 5 },
			],
			pace: 5,
			today: '2026-11-02',
		});
		expect(plan.steps.map(({ start, end }) => [start, end])).toEqual([
			['2026-11-02', '2026-11-15'],
			['2026-11-16', '2026-11-22'],
		]);
	});

	test('the whole path takes as many weeks as its hours need at the pace, from the start given', () => {
		for (const pace of [1.5, 5, 8, 40]) {
			const plan = schedule({ steps: path, pace, today: '2026-11-02', start: '2026-11-04' });
			const weeks = Math.ceil(totalHours(path) / pace - 1e-9);
			expect(plan.steps[0]?.start).toBe('2026-11-04');
			expect(plan.finish).toBe(addDays('2026-11-04', 7 * weeks - 1));
			expect(plan.steps.map((step) => step.id)).toEqual(ids);
			expect(plan.steps.map((step) => step.number)).toEqual(ids.map((_, index) => index + 1));
		}
	});

	test('every step starts where the one before it ends or just after, never earlier than it starts', () => {
		const plan = schedule({ steps: path, pace: 3, today: '2026-11-02' });
		for (const [before, after] of plan.steps
			.slice(0, -1)
			.map((step, index) => [step, plan.steps[index + 1]!] as const)) {
			expect(dayNumber(after.start)).toBeGreaterThanOrEqual(dayNumber(before.start));
			expect(dayNumber(after.start)).toBeLessThanOrEqual(dayNumber(before.end) + 1);
		}
	});

	test('a faster pace never finishes later', () => {
		const finish = (pace: number) => dayNumber(schedule({ steps: path, pace, today: '2026-11-02' }).finish ?? '');
		expect(finish(10)).toBeLessThanOrEqual(finish(5));
		expect(finish(5)).toBeLessThan(finish(1));
	});

	test('with no start given, the plan starts today, the date the caller gives', () => {
		expect(schedule({ steps: path, pace: 5, today: '2027-02-10' }).start).toBe('2027-02-10');
		expect(schedule({ steps: path, pace: 5, today: '2027-02-10' }).steps[0]?.start).toBe('2027-02-10');
	});

	test('steps done or skipped are taken out and listed apart; the next one starts on the first day', () => {
		const [first, second, third] = ids;
		const plan = schedule({
			steps: path,
			pace: 5,
			today: '2026-11-02',
			done: [first!],
			skipped: [second!, 'no-longer-in-the-content'],
		});
		expect(plan.out.map(({ id, why, number }) => [id, why, number])).toEqual([
			[first, 'done', 1],
			[second, 'skipped', 2],
		]);
		expect(plan.steps[0]).toMatchObject({ id: third, number: 3, start: '2026-11-02', revisit: false });
		expect(plan.steps).toHaveLength(path.length - 2);
	});

	test('a step both done and skipped is out as done', () => {
		const plan = schedule({ steps: small, pace: 5, today: '2026-11-02', done: ['a'], skipped: ['a'] });
		expect(plan.out).toEqual([{ id: 'a', title: 'A', number: 1, why: 'done' }]);
	});

	test('a step to revisit ("revoir") is planned in its place with its whole estimate, even when done', () => {
		const plan = schedule({ steps: small, pace: 5, today: '2026-11-02', done: ['a', 'b'], revisit: ['a'] });
		expect(plan.out.map((step) => step.id)).toEqual(['b']);
		expect(plan.steps.map(({ id, hours, revisit }) => [id, hours, revisit])).toEqual([
			['a', 3, true],
			['c', 12, false],
		]);
		// a: hours 0–3, c: 3–15, weeks 1 to 3.
		expect(plan.finish).toBe('2026-11-22');
	});

	test('when every step is done there is nothing to plan and no finish date', () => {
		const plan = schedule({ steps: path, pace: 5, today: '2026-11-02', done: ids });
		expect(plan.steps).toEqual([]);
		expect(plan.finish).toBeUndefined();
		expect(plan.out).toHaveLength(path.length);
	});

	test('weeks run on across a year end and a leap day', () => {
		const plan = schedule({
			steps: [
				{ id: 'a', title: 'A', hours: 20 },
				{ id: 'b', title: 'B', hours: 5 },
			],
			pace: 5,
			today: '2026-12-20',
		});
		expect(plan.steps.map(({ start, end }) => [start, end])).toEqual([
			['2026-12-20', '2027-01-16'],
			['2027-01-17', '2027-01-23'],
		]);
		const leap = schedule({ steps: [{ id: 'a', title: 'A', hours: 10 }], pace: 5, today: '2028-02-20' });
		expect(leap.finish).toBe('2028-03-04');
	});

	test('across both daylight-saving changes, every week starts on the same weekday, seven days apart', () => {
		// The test runs where clocks change: a local midnight is 23 or 25 hours from the next.
		expect(new Date(2026, 2, 28).getTimezoneOffset()).not.toBe(new Date(2026, 2, 30).getTimezoneOffset());
		const plan = schedule({ steps: path, pace: 1, today: '2026-03-02' });
		expect(plan.finish && dayNumber(plan.finish)).toBeGreaterThan(dayNumber('2026-10-25'));
		for (const step of plan.steps) {
			expect(weekday(step.start)).toBe(weekday('2026-03-02'));
			expect((dayNumber(step.start) - dayNumber('2026-03-02')) % 7).toBe(0);
			expect((dayNumber(step.end) - dayNumber(step.start) + 1) % 7).toBe(0);
		}
		// The week holding the spring change, then the autumn one.
		expect(addDays('2026-03-23', 7)).toBe('2026-03-30');
		expect(addDays('2026-10-19', 7)).toBe('2026-10-26');
	});

	test("the learner's today is the date on their clock in their own zone", () => {
		expect(localDate(new Date('2026-03-28T23:30:00Z'), 'Europe/Paris')).toBe('2026-03-29');
		expect(localDate(new Date('2026-10-24T22:30:00Z'), 'Europe/Paris')).toBe('2026-10-25');
		expect(localDate(new Date('2026-12-31T23:30:00Z'), 'Europe/Paris')).toBe('2027-01-01');
		expect(localDate(new Date('2026-12-31T23:30:00Z'), 'UTC')).toBe('2026-12-31');
		expect(localDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
	});

	test.each([
		[{ pace: 0 }, /pace: expected a positive number/],
		[{ pace: -5 }, /pace/],
		[{ pace: Number.NaN }, /pace/],
		[{ start: '2026-02-30' }, /start: expected a calendar date as YYYY-MM-DD.*"2026-02-30"/],
		[{ start: '14/12/2026' }, /start/],
		[{ today: '2026-1-5' }, /today/],
		[{ steps: [...small, small[0]!] }, /"a" is given twice/],
		[{ steps: [{ id: 'a', title: 'A', hours: -1 }] }, /step "a": expected its estimate/],
	])('%j is refused with a message naming what is wrong', (change, message) => {
		expect(() => schedule({ steps: small, pace: 5, today: '2026-11-02', ...change })).toThrow(message);
	});
});

describe('whereYouStand', () => {
	const plan = schedule({ steps: small, pace: 5, today: '2026-11-02' });

	test('in a week two steps share, the one ending first is the one planned', () => {
		expect(whereYouStand(plan, '2026-11-05')).toEqual({ step: plan.steps[0], until: '2026-11-08', started: true });
		expect(whereYouStand(plan, '2026-11-08')?.step.id).toBe('a');
		expect(whereYouStand(plan, '2026-11-09')).toMatchObject({ step: { id: 'b' }, until: '2026-11-15' });
		expect(whereYouStand(plan, '2026-11-29')).toMatchObject({ step: { id: 'c', number: 3 }, until: '2026-11-29' });
	});

	test('before the plan starts, its first step, not started', () => {
		expect(whereYouStand(plan, '2026-10-30')).toMatchObject({ step: { id: 'a' }, started: false });
	});

	test('nothing once the plan is over, with nothing left, or with no plan', () => {
		expect(whereYouStand(plan, '2026-11-30')).toBeUndefined();
		expect(
			whereYouStand(schedule({ steps: small, pace: 5, today: '2026-11-02', done: ['a', 'b', 'c'] }), '2026-11-02'),
		).toBeUndefined();
		expect(whereYouStand(undefined, '2026-11-02')).toBeUndefined();
	});
});
