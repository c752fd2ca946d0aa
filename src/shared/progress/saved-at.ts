/**
 * When progress was last saved: the latest date among all items, kept or not,
 * and the plan's.
 * A module of its own, so that it loads only with the pages that say it
 * (keeping.ts, part of the tools), not with the tracker every page loads.
 */
import { FIELDS } from './item-fields.ts';
import type { ProgressRecord } from './record.ts';

export function savedAt(record: ProgressRecord): string | undefined {
	// A loop, not Math.max(...times): a spread of a huge array throws.
	let latest = Date.parse(record.plan?.at as string) || -Infinity;
	for (const item of Object.values(record.items))
		for (const field of FIELDS) latest = Math.max(latest, Date.parse(item[field]?.at as string) || -Infinity);
	return latest > -Infinity ? new Date(latest).toISOString() : undefined;
}
