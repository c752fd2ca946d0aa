/**
 * A fork's path is weighed against the budgets plus what each step and edition
 * beyond the reference path costs (scripts/budgets.ts), never less.
 */
import { expect, test } from 'vitest';
import { budgets, forkAllowance, perEdition, perStep, reference } from '../../scripts/budgets.ts';

test('the reference path, or a shorter one, gets no allowance', () => {
	expect(forkAllowance(reference)).toEqual({ pageBytes: 0, precacheBytes: 0 });
	expect(forkAllowance({ steps: reference.steps - 2, editions: 1 })).toEqual({ pageBytes: 0, precacheBytes: 0 });
});

test('each step and each edition beyond it adds what it was measured to cost', () => {
	expect(forkAllowance({ steps: reference.steps + 1, editions: reference.editions })).toEqual({
		pageBytes: perStep.pageBytes,
		precacheBytes: perStep.precacheBytes,
	});
	expect(forkAllowance({ steps: reference.steps + 2, editions: reference.editions + 1 })).toEqual({
		pageBytes: 2 * perStep.pageBytes + perEdition.pageBytes,
		precacheBytes: 2 * perStep.precacheBytes + perEdition.precacheBytes,
	});
});

test('an allowance stays small beside the budgets: a step costs under 2 % of a page, under a quarter of a page offline', () => {
	expect(perStep.pageBytes).toBeLessThan(budgets.totalBytes * 0.02);
	expect(perStep.precacheBytes).toBeLessThan(budgets.totalBytes / 4);
});
