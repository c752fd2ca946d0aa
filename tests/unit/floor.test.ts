/**
 * How the Lighthouse gate judges its runs (scripts/floor.ts): the multiplier
 * that stands in for a slower machine, which run's scores count, and how many
 * pairs of runs the ratio is read from.
 */
import { describe, expect, it } from 'vitest';
import {
	type Audit,
	calibratedMultiplier,
	CATEGORIES,
	HELD_PAINT_MS,
	FLOOR_RATIO,
	judge,
	MAX_PAIRS,
	morePairs,
	paintHeld,
	PRESET_MULTIPLIER,
	type Scores,
} from '../../scripts/floor.ts';

const run = (scores: Partial<Scores>): Audit => ({
	scores: { ...Object.fromEntries(CATEGORIES.map((category) => [category, 100])), ...scores } as Scores,
	failing: [],
	lcp: 700,
	tbt: 0,
	benchmarkIndex: 1500,
	multiplier: PRESET_MULTIPLIER,
	quiet: { idle: 1, slowdown: 1, waited: 0 },
	longTasks: [],
	observed: { load: 109, firstPaint: 188 },
});

describe('calibratedMultiplier', () => {
	it("gives the preset's 4x at the benchmark index the calculator maps to it, and the calculator's anchors below", () => {
		expect(calibratedMultiplier(1533)).toBeCloseTo(4, 1);
		expect(calibratedMultiplier(1300)).toBe(3);
		expect(calibratedMultiplier(800)).toBe(2);
		expect(calibratedMultiplier(150)).toBe(1);
	});

	it('never goes above the preset: a faster machine is judged as the preset judges it', () => {
		expect(calibratedMultiplier(2900)).toBe(PRESET_MULTIPLIER);
	});

	it('falls as the machine slows', () => {
		const indexes = [2000, 1500, 1200, 900, 500, 100];
		const multipliers = indexes.map(calibratedMultiplier);
		expect(multipliers).toEqual([...multipliers].sort((a, b) => b - a));
		expect(multipliers.at(-1)).toBeGreaterThanOrEqual(1);
	});
});

describe('judge', () => {
	it('takes the best performance of the runs: a busy machine only ever adds blocking time', () => {
		expect(judge([run({ performance: 97 }), run({ performance: 100 }), run({ performance: 98 })]).performance).toBe(
			100,
		);
	});

	it('takes the median of the scores a machine cannot move', () => {
		const scores = judge([run({ 'best-practices': 96 }), run({ 'best-practices': 96 }), run({})]);
		expect(scores['best-practices']).toBe(96);
		expect(judge([run({ seo: 92 }), run({}), run({})]).seo).toBe(100);
	});

	it('misses when no run reaches 100', () => {
		expect(judge([run({ performance: 99 }), run({ performance: 98 })]).performance).toBe(99);
	});
});

describe('paintHeld', () => {
	const observed = (load: number, firstPaint: number) => ({ observed: { load, firstPaint } });

	it('takes the runs whose first paint the compositor held a second after the load event (measured: 109 and 1,221 ms)', () => {
		expect(paintHeld(observed(109, 1221))).toBe(true);
		expect(paintHeld(observed(117, 1221))).toBe(true);
	});

	it('leaves the runs that painted as they loaded, before or just after the load event', () => {
		expect(paintHeld(observed(97, 188))).toBe(false);
		expect(paintHeld(observed(300, 250))).toBe(false);
		expect(paintHeld(observed(100, 100 + HELD_PAINT_MS - 1))).toBe(false);
	});
});

describe('morePairs', () => {
	// The step page's five pairs in the run that missed (2026-12-04): page LCP, then its stripped copy's.
	const page = [927, 767, 886, 883, 763];
	const stripped = [797, 897, 742, 794, 755];

	it('stops after one pair when the ratio is met', () => {
		expect(morePairs([760], [755])).toBe(false);
	});

	it('goes on in twos while the ratio of the medians misses, nine pairs at most', () => {
		expect(morePairs(page.slice(0, 1), stripped.slice(0, 1))).toBe(true);
		expect(morePairs(page, stripped)).toBe(true);
		expect(morePairs([...page, 900, 880], [...stripped, 740, 750])).toBe(true);
		const nine = Array.from({ length: MAX_PAIRS }, () => 900);
		expect(
			morePairs(
				nine,
				nine.map(() => 700),
			),
		).toBe(false);
	});

	it('stops as soon as the medians meet the bar, at the bar itself too', () => {
		expect(morePairs([...page, 760, 750], [...stripped, 780, 770])).toBe(false);
		expect(morePairs([FLOOR_RATIO * 1000], [1000])).toBe(false);
	});
});
