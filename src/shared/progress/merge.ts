/**
 * Changing and combining records. Every change is a new dated value;
 * merging keeps, for each step and field, the value decided last, so nothing a
 * learner did is lost whatever the order records meet in (record.ts).
 */
import { time } from './decide.ts';
import { FIELDS } from './item-fields.ts';
import type { Item, ProgressRecord } from './record.ts';

type Dated = { at: string; done?: boolean; text?: string; url?: string };

/**
 * What breaks a tie of dates, the same whichever side comes first: a tick over
 * an untick, then the longer, then the larger text, then (two plans) the
 * larger value as JSON.
 */
const weight = (value: Dated) =>
	`${value.done ? 1 : 0}${String((value.text ?? value.url ?? '').length).padStart(5, '0')}${value.text ?? value.url ?? ''}${JSON.stringify(value)}`;

/** The later of two dated values; on a tie, the one that is done, so that no tick is lost. */
function later<T extends Dated>(a: T | undefined, b: T | undefined): T | undefined {
	if (!a || !b) return a ?? b;
	const [ta, tb] = [time(a), time(b)];
	return tb > ta || (tb === ta && weight(b) > weight(a)) ? b : a;
}

/** Both records' items, each field the latest of the two; `copied` the later; the plan decided later, whole (record.ts). Neither input is changed. */
export function merge(current: ProgressRecord, incoming: ProgressRecord): ProgressRecord {
	const items: Record<string, Item> = {};
	for (const id of new Set([...Object.keys(current.items), ...Object.keys(incoming.items)])) {
		const item: Record<string, Dated> = (items[id] = {});
		for (const field of FIELDS) {
			const value = later<Dated>(current.items[id]?.[field], incoming.items[id]?.[field]);
			if (value) item[field] = value;
		}
	}
	const copied = later(
		current.copied ? { at: current.copied } : undefined,
		incoming.copied ? { at: incoming.copied } : undefined,
	)?.at;
	const plan = later(current.plan, incoming.plan);
	return {
		version: current.version,
		roadmap: current.roadmap,
		items,
		...(copied ? { copied } : {}),
		...(plan ? { plan } : {}),
	};
}
