/**
 * The hand-off link's fragment: progress carried to another device in the
 * URL after `#`, which browsers never send to a server. Compact, so that
 * seven steps × read/do add about 55 characters and the QR code stays small:
 *
 *   #p=1.<sum>.<time>.<boxes>.<ages>[.<id>~<box><age>…]
 *
 * - `1`: this encoding's version.
 * - `<time>`: when the link was made, seconds since 1970 in base 36.
 * - `<boxes>`: two bits per box of the content's steps in order, read then do
 *   (0 no decision, 1 ticked, 2 unticked), six bits per base64url character.
 * - `<ages>`: for each box with a decision, in the same order, how long
 *   before `<time>` it was made, two base64url characters: under 2048, in
 *   hours; above, 2048 + days after the 85th. Rounded up, so a decision is
 *   dated no later than it was made and a later one elsewhere wins; older than
 *   about six years is dated six years back.
 * - The fallback for ids the content does not list (kept in the record, see
 *   record.ts): one part each, `<id>~<box><age>`, box r/R (read ticked/
 *   unticked) or d/D, and its two-character age, repeated.
 * - `<sum>`: five base-36 characters of a hash of the roadmap's identity, the
 *   content's step ids and everything after it: a truncated or altered link,
 *   or one made for another roadmap or another list of steps, does not match.
 *
 * Only read/do boxes travel; notes and links stay in the exported file
 * (left-behind.ts tells when there are some).
 */
import { checksum } from './checksum.ts';
import { type Kind, KINDS, type ProgressRecord } from './record.ts';
import { isDone } from './decide.ts';
import { STEP_ID } from './limits.ts';

export const PREFIX = '#p=';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Hours below this are counted in hours, beyond it in days. */
const HOURS = 2048;
const DAYS_FROM = Math.ceil(HOURS / 24);

/** Five base-36 characters of the checksum of the identity, the ids and the payload. */
const sumOf = (roadmap: string, ids: readonly string[], rest: string) => checksum(`${roadmap}\n${ids.join(',')}\n${rest}`).padStart(7, '0').slice(-5);
const age2 = (hours: number) => (B64[hours >> 6] as string) + B64[hours & 63];
/** The two-character age code of a date, seen from `time`. */
function ageOf(at: string, time: number): number {
	const ago = Math.max(0, time - Date.parse(at));
	const hours = Math.ceil(ago / HOUR);
	return hours < HOURS ? hours : Math.min(4095, HOURS + Math.max(0, Math.ceil(ago / DAY) - DAYS_FROM));
}
/** How long ago an age code says, in milliseconds. */
function agoOf(text: string): number {
	const code = B64.indexOf(text[0] as string) * 64 + B64.indexOf(text[1] as string);
	return code < HOURS ? code * HOUR : (code - HOURS + DAYS_FROM) * DAY;
}

/** The fragment (with its `#p=`) carrying the read/do marks of `record`. */
export function encode(record: ProgressRecord, ids: readonly string[], now = new Date()): string {
	const seconds = Math.floor(now.getTime() / 1000);
	const time = seconds * 1000;
	const codes: number[] = [];
	let ages = '';
	for (const id of ids)
		for (const kind of KINDS) {
			const mark = record.items[id]?.[kind];
			codes.push(mark ? (mark.done ? 1 : 2) : 0);
			if (mark) ages += age2(ageOf(mark.at, time));
		}
	let boxes = '';
	for (let i = 0; i < codes.length; i += 3) boxes += B64[((codes[i] ?? 0) << 4) | ((codes[i + 1] ?? 0) << 2) | (codes[i + 2] ?? 0)];
	const others = Object.keys(record.items)
		.filter((id) => !ids.includes(id))
		.flatMap((id) =>
			KINDS.flatMap((kind) => {
				const mark = record.items[id]?.[kind];
				const letter = kind === 'read' ? 'r' : 'd';
				return mark ? [`.${id}~${mark.done ? letter : letter.toUpperCase()}${age2(ageOf(mark.at, time))}`] : [];
			}),
		)
		.join('');
	const rest = `${seconds.toString(36)}.${boxes}.${ages}${others}`;
	return `${PREFIX}1.${sumOf(record.roadmap, ids, rest)}.${rest}`;
}

export type Decoded = { status: 'ok'; record: ProgressRecord; made: string } | { status: 'bad' };

/** The record a fragment carries, or `bad` when it is not one this roadmap and content made, whole. */
export function decode(fragment: string, roadmap: string, ids: readonly string[], now = new Date()): Decoded {
	const bad = { status: 'bad' } as const;
	if (!fragment.startsWith(PREFIX) || fragment.length > 4000) return bad;
	const [version, sum, time36, boxes, ages, ...others] = fragment.slice(PREFIX.length).split('.');
	if (version !== '1' || sum === undefined || ages === undefined || !/^[0-9a-z]{1,9}$/.test(time36 as string)) return bad;
	if (sum !== sumOf(roadmap, ids, fragment.slice(PREFIX.length + 8))) return bad;
	// A link made "in the future" by a wrong clock is dated now (record.ts).
	const time = Math.min(parseInt(time36 as string, 36) * 1000, now.getTime());
	const boxCount = ids.length * KINDS.length;
	if (!/^[\w-]*$/.test(`${boxes}${ages}`) || boxes?.length !== Math.ceil(boxCount / 3) || ages.length % 2) return bad;
	const record: ProgressRecord = { version: 3, roadmap, items: {} };
	const dated = (age: string) => new Date(time - agoOf(age)).toISOString();
	let next = 0;
	for (let box = 0; box < boxCount; box++) {
		const code = (B64.indexOf(boxes[Math.floor(box / 3)] as string) >> (2 * (2 - (box % 3)))) & 3;
		if (code === 0) continue;
		if (code === 3 || next + 2 > ages.length) return bad;
		const id = ids[Math.floor(box / 2)] as string;
		const kind = KINDS[box % 2] as Kind;
		(record.items[id] ??= {})[kind] = { done: code === 1, at: dated(ages.slice(next, next + 2)) };
		next += 2;
	}
	if (next !== ages.length) return bad;
	for (const part of others) {
		const match = /^([a-z0-9-]{1,100})~([rRdD])([\w-]{2})$/.exec(part);
		if (!match || !STEP_ID.test(match[1] as string)) return bad;
		const [, id, letter, age] = match as unknown as [string, string, string, string];
		(record.items[id] ??= {})[letter.toLowerCase() === 'r' ? 'read' : 'do'] = { done: letter === letter.toLowerCase(), at: dated(age) };
	}
	return { status: 'ok', record, made: new Date(time).toISOString() };
}

/** Whether any box of `record` is ticked: a link is only worth making then. */
export const hasTicks = (record: ProgressRecord) => Object.keys(record.items).some((id) => KINDS.some((kind) => isDone(record, id, kind)));
