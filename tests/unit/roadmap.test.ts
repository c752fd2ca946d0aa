import { expect, test } from 'vitest';
import { resolveSteps, withNeighbours } from '../../src/build/step-order.ts';

const step = (id: string, order: number, edition = 'fr') => ({ id, order, edition });

test('steps follow the source order, whatever the file order', () => {
	const resolved = resolveSteps([step('c', 3), step('a', 1), step('b', 2)], []);
	expect(resolved.map(({ step }) => step.id)).toEqual(['a', 'b', 'c']);
});

test('a translation shows its own steps and falls back to the source for the others', () => {
	const resolved = resolveSteps([step('a', 1), step('b', 2)], [step('b', 2, 'en')]);
	expect(resolved).toEqual([
		{ step: step('a', 1), fallback: true },
		{ step: step('b', 2, 'en'), fallback: false },
	]);
});

test('each item knows its neighbours; the ends have none', () => {
	expect(withNeighbours(['a', 'b', 'c'])).toEqual([
		{ item: 'a', previous: undefined, next: 'b' },
		{ item: 'b', previous: 'a', next: 'c' },
		{ item: 'c', previous: 'b', next: undefined },
	]);
});
