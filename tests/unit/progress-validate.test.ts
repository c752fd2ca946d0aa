/**
 * Every corrupt input the tracker may meet, one fixture each in
 * tests/fixtures/progress/ (the name says what must happen: ok-, invalid-,
 * newer-), and the proof that the hand validator shipped to the browser
 * agrees with the zod schema, on the fixtures and on thousands of mutants.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseProgress } from '../../src/shared/progress/parse.ts';
import { MAX_RAW } from '../../src/shared/progress/limits.ts';
import { CURRENT_VERSION } from '../../src/shared/progress/record.ts';
import {
	progressSchema,
	progressV1Schema,
	progressV2Schema,
	progressV3Schema,
} from '../../src/shared/progress/schema.ts';
import { recordVersion } from '../../src/shared/progress/validate-old.ts';
import { editionOf, editions } from '../support/content.ts';

const { roadmap } = editionOf(editions()[0] as string);
/** Each version the hand validator knows, with its zod twin. */
const twins = [
	[CURRENT_VERSION, progressSchema],
	[3, progressV3Schema],
	[2, progressV2Schema],
	[1, progressV1Schema],
] as const;

/** The hand validator and zod give the same answer for every version. */
function expectAgreement(value: unknown, message?: string) {
	for (const [version, schema] of twins)
		expect(recordVersion(value) === version, `v${version} ${message ?? ''}`).toBe(schema.safeParse(value).success);
}

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
		expect(parseProgress(raw, roadmap).status).toBe(expected);
	});

	test('the hand validator and the zod schema agree', () => {
		expectAgreement(parseJson(raw));
	});
});

test('there is a fixture of each kind', () => {
	const kinds = new Set(fixtures.map(({ name }) => name.split('-')[0]));
	expect([...kinds].sort()).toEqual(['foreign', 'invalid', 'large', 'newer', 'ok']);
});

test('nothing stored reads as empty', () => {
	expect(parseProgress(null, roadmap)).toEqual({ status: 'empty' });
});

test('a newer version of this roadmap is recognised whatever its shape, and reports its number', () => {
	expect(parseProgress(JSON.stringify({ version: 7, roadmap }), roadmap)).toEqual({ status: 'newer', version: 7 });
});

test("another app's file is named as such, not as a newer version of this site", () => {
	expect(parseProgress(`{"version":${CURRENT_VERSION + 1},"name":"todo-app"}`, roadmap)).toEqual({ status: 'foreign' });
	expect(
		parseProgress(JSON.stringify({ version: CURRENT_VERSION, roadmap: 'web-dev-path', items: {} }), roadmap),
	).toEqual({ status: 'foreign', name: 'web-dev-path' });
});

test('a value over the size limit is refused before it is parsed', () => {
	const raw = JSON.stringify({ version: CURRENT_VERSION, roadmap, items: {}, pad: ' '.repeat(MAX_RAW) });
	expect(parseProgress(raw, roadmap)).toEqual({ status: 'large' });
});

test('130,000 marks are refused quickly, without throwing', () => {
	const mark = { done: true, at: '2026-11-20T09:00:00Z' };
	const huge = JSON.stringify({
		version: CURRENT_VERSION,
		roadmap,
		items: Object.fromEntries(Array.from({ length: 130_000 }, (_, i) => [`s${i}`, { read: mark }])),
	});
	const many = JSON.stringify({
		version: 2,
		items: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`s${i}`, {}])),
	});
	expect(many.length).toBeLessThan(MAX_RAW);
	const started = performance.now();
	expect(parseProgress(huge, roadmap)).toEqual({ status: 'large' });
	expect(parseProgress(many, roadmap)).toEqual({ status: 'large' });
	expect(performance.now() - started).toBeLessThan(300);
});

test('an own __proto__ key, wherever it is, is invalid for both validators', () => {
	const mark = { done: true, at: '2026-11-20T09:00:00Z' };
	const places = [
		(value: object) => ({ version: CURRENT_VERSION, roadmap, items: value }),
		(value: object) => ({ version: CURRENT_VERSION, roadmap, items: { python: value } }),
		(value: object) => ({ version: CURRENT_VERSION, roadmap, items: { python: { read: { ...mark, ...value } } } }),
	];
	for (const place of places) {
		const inner = Object.defineProperty({}, '__proto__', { value: mark, enumerable: true });
		const value = place(inner);
		expect(recordVersion(value)).toBe(0);
		expect(progressSchema.safeParse(value).success).toBe(false);
	}
});

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1664525 + 1013904223) % 2 ** 32;
		return state / 2 ** 32;
	};
}

const oddValues: unknown[] = [
	null,
	true,
	0,
	1,
	2,
	3,
	-1,
	1.5,
	'',
	'x',
	'2',
	[],
	{},
	'python',
	'ml-roadmap',
	'https://a.b/c',
	'http://a.b',
	'x'.repeat(2001),
	'2026-11-20T09:00:00Z',
	'2026-13-01T00:00:00Z',
	'2026-11-20T09:00:00.5Z',
	'9999-12-31T23:59:59Z',
	{ done: true, at: '2026-11-20T09:00:00Z' },
	{ text: 'hi', at: '2026-11-20T09:00:00Z' },
	{ url: 'https://a.b', at: '2026-11-20T09:00:00Z' },
	168,
	168.5,
	0.25,
	'2026-11-30',
	'2026-02-30',
	'2028-02-29',
	{ pace: 5, start: '2026-11-30', at: '2026-11-20T09:00:00Z' },
];
const oddKeys = [
	'version',
	'roadmap',
	'items',
	'copied',
	'read',
	'do',
	'skip',
	'note',
	'built',
	'revisit',
	'plan',
	'pace',
	'start',
	'done',
	'at',
	'fp',
	'text',
	'url',
	'python',
	'a-b',
	'Python',
	'a--b',
	'extra',
	'-x',
	'0',
	'__proto__',
];

/** Changes one random place of a JSON value: replace, delete or add a key (an own key, `__proto__` included, as JSON.parse makes it). */
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
		Object.defineProperty(copy, pick(oddKeys), {
			value: pick(oddValues),
			enumerable: true,
			writable: true,
			configurable: true,
		});
	}
	return copy;
}

test('the hand validator agrees with the zod schema on 10,000 mutated records', () => {
	const next = random(20261125);
	const seeds = fixtures.map(({ raw }) => parseJson(raw)).filter((value) => typeof value === 'object');
	const accepted = { yes: 0, no: 0 };
	for (let round = 0; round < 10000; round++) {
		let value: unknown = seeds[round % seeds.length];
		for (let depth = 1 + Math.floor(next() * 3); depth > 0; depth--) value = mutate(value, next);
		expectAgreement(value, JSON.stringify(value) ?? 'undefined');
		accepted[recordVersion(value) > 0 ? 'yes' : 'no']++;
	}
	// The mutants must exercise both answers, or the agreement proves nothing.
	expect(accepted.yes).toBeGreaterThan(100);
	expect(accepted.no).toBeGreaterThan(250);
});
