/**
 * The hand-off link's fragment: progress carried to another device in the
 * URL after `#`, which browsers never send to a server. Compact, so that
 * seven steps × four boxes add about 60 characters and the QR code stays small:
 *
 *   #p=3.<sum>.<time>.<boxes>.<ages>[.<id>~<box><age>…]
 *
 * - `3`: this encoding's version, whose boxes are each step's read, do, skip
 *   ("je connais déjà") and revisit ("revoir"): the learner's states, not only
 *   ticks. Still read: 2, and 1 (whose ages were whole hours rounded up: see
 *   AGES), which carried read and do only (BOXES).
 * - `<time>`: when the link was made, seconds since 1970 in base 36.
 * - `<boxes>`: two bits per box of the content's steps in order, each step's
 *   boxes in BOXES order (0 no decision, 1 ticked, 2 unticked), six bits per
 *   base64url character.
 * - `<ages>`: for each box with a decision, in the same order, how long
 *   before `<time>` it was made, two base64url characters: minutes for the
 *   first day, hours to the 31st, then days (AGES). Rounded toward the link's
 *   time, so a decision is never dated earlier than it was made: a tick made
 *   on the other device before this decision cannot win over it (and one
 *   made after it wins unless within the same minute, hour or day, by age).
 *   Older than about five years is dated five years back.
 * - The fallback for ids the content does not list (kept in the record, see
 *   record.ts): one part each, `<id>~<box><age>`, box r/R (read ticked/
 *   unticked), d/D (do), s/S (skip) or v/V (revisit), and its two-character
 *   age, repeated.
 * - `<sum>`: five base-36 characters of a hash of the roadmap's identity, the
 *   content's step ids and everything after it: a truncated or altered link,
 *   or one made for another roadmap or another list of steps, does not match.
 *
 * The boxes travel; notes, links and the plan stay in the exported file
 * (left-behind.ts tells when there are some).
 */
import { checksum } from './checksum.ts';
import { CURRENT_VERSION, type Item, KINDS, type ProgressRecord } from './record.ts';
import { STEP_ID } from './limits.ts';

export const PREFIX = '#p=';
/** The longest fragment `decode` reads: the link maker refuses any it would not (`encode` says so). */
export const MAX_FRAGMENT = 4000;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The scale of an age code (0 to 4095), per version: from each `code`, one
 * `unit` per step, the first at `from` ago. Version 2: minutes for a day,
 * hours to 31 days, then days; version 1: hours to 2048, then days.
 */
const AGES: Record<string, { code: number; from: number; unit: number }[]> = {
	'1': [
		{ code: 0, from: 0, unit: HOUR },
		{ code: 2048, from: 86 * DAY, unit: DAY },
	],
	'2': [
		{ code: 0, from: 0, unit: MINUTE },
		{ code: 1440, from: DAY, unit: HOUR },
		{ code: 2160, from: 31 * DAY, unit: DAY },
	],
};
AGES['3'] = AGES['2'] as (typeof AGES)[string];
const VERSION = '3';

/** The boxes of each step a version carries, in order, with their letters in the fallback part (ticked; unticked in capitals). */
type Box = 'read' | 'do' | 'skip' | 'revisit';
const BOXES: Record<string, readonly Box[]> = { '1': KINDS, '2': KINDS, '3': ['read', 'do', 'skip', 'revisit'] };
const LETTERS: Record<Box, string> = { read: 'r', do: 'd', skip: 's', revisit: 'v' };

/** Five base-36 characters of the checksum of the identity, the ids and the payload. */
const sumOf = (roadmap: string, ids: readonly string[], rest: string) =>
	checksum(`${roadmap}\n${ids.join(',')}\n${rest}`)
		.padStart(7, '0')
		.slice(-5);
/** The two-character age code of a date, seen from `time`: rounded toward `time`, never past the scale's end. */
function ageOf(at: string, time: number): string {
	const ago = Math.max(0, time - Date.parse(at));
	const scale = AGES[VERSION] as (typeof AGES)[string];
	const { code, from, unit } = scale.findLast((step) => ago >= step.from) as (typeof scale)[number];
	const age = Math.min(4095, code + Math.floor((ago - from) / unit));
	return (B64[age >> 6] as string) + B64[age & 63];
}
/** How long ago an age code of `version` says, in milliseconds. */
function agoOf(text: string, version: string): number {
	const age = B64.indexOf(text[0] as string) * 64 + B64.indexOf(text[1] as string);
	const scale = AGES[version] as (typeof AGES)[string];
	const { code, from, unit } = scale.findLast((step) => age >= step.code) as (typeof scale)[number];
	return from + (age - code) * unit;
}

/** `record`'s item for `id`, made when missing: its own property only, never one every object inherits. */
const itemOf = (record: ProgressRecord, id: string) =>
	(Object.hasOwn(record.items, id) ? record.items[id] : (record.items[id] = {})) as Item;

/**
 * The fragment (with its `#p=`) carrying the read/do marks of `record`, or
 * undefined when `decode` would refuse it (longer than MAX_FRAGMENT, or an id
 * it cannot carry): the learner is offered the file instead.
 */
export function encode(record: ProgressRecord, ids: readonly string[], now = new Date()): string | undefined {
	const seconds = Math.floor(now.getTime() / 1000);
	const time = seconds * 1000;
	const codes: number[] = [];
	const boxesOf = BOXES[VERSION] as readonly Box[];
	let ages = '';
	for (const id of ids)
		for (const kind of boxesOf) {
			const mark = record.items[id]?.[kind];
			codes.push(mark ? (mark.done ? 1 : 2) : 0);
			if (mark) ages += ageOf(mark.at, time);
		}
	let boxes = '';
	for (let i = 0; i < codes.length; i += 3)
		boxes += B64[((codes[i] ?? 0) << 4) | ((codes[i + 1] ?? 0) << 2) | (codes[i + 2] ?? 0)];
	const others = Object.keys(record.items)
		.filter((id) => !ids.includes(id))
		.flatMap((id) =>
			boxesOf.flatMap((kind) => {
				const mark = record.items[id]?.[kind];
				const letter = LETTERS[kind];
				return mark ? [`.${id}~${mark.done ? letter : letter.toUpperCase()}${ageOf(mark.at, time)}`] : [];
			}),
		)
		.join('');
	const rest = `${seconds.toString(36)}.${boxes}.${ages}${others}`;
	const fragment = `${PREFIX}${VERSION}.${sumOf(record.roadmap, ids, rest)}.${rest}`;
	return decode(fragment, record.roadmap, ids, now).status === 'ok' ? fragment : undefined;
}

export type Decoded = { status: 'ok'; record: ProgressRecord; made: string } | { status: 'bad' };

/** The record a fragment carries, or `bad` when it is not one this roadmap and content made, whole. */
export function decode(fragment: string, roadmap: string, ids: readonly string[], now = new Date()): Decoded {
	const bad = { status: 'bad' } as const;
	if (!fragment.startsWith(PREFIX) || fragment.length > MAX_FRAGMENT) return bad;
	const [version, sum, time36, boxes, ages, ...others] = fragment.slice(PREFIX.length).split('.');
	if (
		!Object.hasOwn(AGES, version as string) ||
		sum === undefined ||
		ages === undefined ||
		!/^[0-9a-z]{1,9}$/.test(time36 as string)
	)
		return bad;
	if (sum !== sumOf(roadmap, ids, fragment.slice(PREFIX.length + 8))) return bad;
	// A link made "in the future" by a wrong clock is dated now (record.ts).
	const time = Math.min(parseInt(time36 as string, 36) * 1000, now.getTime());
	const boxesOf = BOXES[version as string] as readonly Box[];
	const boxCount = ids.length * boxesOf.length;
	if (!/^[\w-]*$/.test(`${boxes}${ages}`) || boxes?.length !== Math.ceil(boxCount / 3) || ages.length % 2) return bad;
	const record: ProgressRecord = { version: CURRENT_VERSION, roadmap, items: {} };
	const dated = (age: string) => new Date(time - agoOf(age, version as string)).toISOString();
	let next = 0;
	for (let box = 0; box < boxCount; box++) {
		const code = (B64.indexOf(boxes[Math.floor(box / 3)] as string) >> (2 * (2 - (box % 3)))) & 3;
		if (code === 0) continue;
		if (code === 3 || next + 2 > ages.length) return bad;
		const id = ids[Math.floor(box / boxesOf.length)] as string;
		const kind = boxesOf[box % boxesOf.length] as Box;
		itemOf(record, id)[kind] = { done: code === 1, at: dated(ages.slice(next, next + 2)) };
		next += 2;
	}
	if (next !== ages.length) return bad;
	for (const part of others) {
		const match = /^([a-z0-9-]{1,100})~([a-zA-Z])([\w-]{2})$/.exec(part);
		const kind = boxesOf.find((box) => LETTERS[box] === match?.[2]?.toLowerCase());
		if (!match || !kind || !STEP_ID.test(match[1] as string)) return bad;
		const [, id, letter, age] = match as unknown as [string, string, string, string];
		itemOf(record, id)[kind] = { done: letter === letter.toLowerCase(), at: dated(age) };
	}
	return { status: 'ok', record, made: new Date(time).toISOString() };
}

/** Whether any box of `record` is ticked (read, do, skip, revisit): a link is only worth making then. */
export const hasTicks = (record: ProgressRecord) =>
	Object.keys(record.items).some((id) =>
		(BOXES[VERSION] as readonly Box[]).some((kind) => record.items[id]?.[kind]?.done),
	);
