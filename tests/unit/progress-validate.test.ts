/**
 * Every corrupt input the tracker may meet, one fixture each in
 * tests/fixtures/progress/ (the name says what must happen: ok-, invalid-,
 * newer-), and the proof that the hand validator shipped to the browser
 * agrees with the zod schema, on the fixtures and on thousands of mutants.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseProgress } from '../../src/lib/progress/parse.ts';
import { progressSchema, progressV1Schema } from '../../src/lib/progress/schema.ts';
import { recordVersion } from '../../src/lib/progress/validate.ts';

const isRecord = (value: unknown) => recordVersion(value) === 2;
const isRecordV1 = (value: unknown) => recordVersion(value) === 1;

const folder = new URL('../fixtures/progress/', import.meta.url);
const fixtures = readdirSync(folder).map((name) => ({ name, raw: readFileSync(new URL(name, folder), 'utf8') }));

const parseJson = (raw: string): unknown => {
	try {
		return JSON.parse(raw);
	} catch {
		return Symbol('not json');
	}
};

describe.each(fixtures)('$name', ({ name, raw }) => {
	const expected = name.split('-')[0];

	test(`is read as ${expected}`, () => {
		expect(parseProgress(raw).status).toBe(expected);
	});

	test('the hand validator and the zod schema agree', () => {
		const value = parseJson(raw);
		expect(isRecord(value)).toBe(progressSchema.safeParse(value).success);
		expect(isRecordV1(value)).toBe(progressV1Schema.safeParse(value).success);
	});
});

test('there is a fixture of each kind', () => {
	const kinds = new Set(fixtures.map(({ name }) => name.split('-')[0]));
	expect([...kinds].sort()).toEqual(['invalid', 'newer', 'ok']);
});

test('nothing stored reads as empty', () => {
	expect(parseProgress(null)).toEqual({ status: 'empty' });
});

test('a newer version is recognised whatever its shape, and reports its number', () => {
	expect(parseProgress('{"version":7}')).toEqual({ status: 'newer', version: 7 });
});

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1664525 + 1013904223) % 2 ** 32;
		return state / 2 ** 32;
	};
}

const oddValues: unknown[] = [null, true, 0, 1, 2, -1, 1.5, '', 'x', '2', [], {}, 'python', '2026-11-20T09:00:00Z', '2026-13-01T00:00:00Z', '2026-11-20T09:00:00.5Z', { done: true, at: '2026-11-20T09:00:00Z' }];
const oddKeys = ['version', 'items', 'read', 'do', 'done', 'at', 'python', 'a-b', 'Python', 'a--b', 'extra', '-x', '0'];

/** Changes one random place of a JSON value: replace, delete or add a key. */
function mutate(value: unknown, next: () => number): unknown {
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
	if (typeof value !== 'object' || value === null || next() < 0.15) return pick(oddValues);
	const copy: Record<string, unknown> = Array.isArray(value) ? { ...value } : { ...(value as Record<string, unknown>) };
	const keys = Object.keys(copy);
	const roll = next();
	if (keys.length > 0 && roll < 0.6) {
		const key = pick(keys);
		copy[key] = mutate(copy[key], next);
	} else if (keys.length > 0 && roll < 0.8) {
		delete copy[pick(keys)];
	} else {
		copy[pick(oddKeys)] = pick(oddValues);
	}
	return copy;
}

test('the hand validator agrees with the zod schema on 5,000 mutated records', () => {
	const next = random(20261125);
	const seeds = fixtures.map(({ raw }) => parseJson(raw)).filter((value) => typeof value === 'object');
	const accepted = { yes: 0, no: 0 };
	for (let round = 0; round < 5000; round++) {
		let value: unknown = seeds[round % seeds.length];
		for (let depth = 1 + Math.floor(next() * 3); depth > 0; depth--) value = mutate(value, next);
		const json = JSON.stringify(value) ?? 'undefined';
		expect(isRecord(value), json).toBe(progressSchema.safeParse(value).success);
		expect(isRecordV1(value), json).toBe(progressV1Schema.safeParse(value).success);
		accepted[isRecord(value) || isRecordV1(value) ? 'yes' : 'no']++;
	}
	// The mutants must exercise both answers, or the agreement proves nothing.
	expect(accepted.yes).toBeGreaterThan(100);
	expect(accepted.no).toBeGreaterThan(250);
});
