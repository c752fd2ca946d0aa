/**
 * Older formats, brought to the current one. To add a version: bump
 * CURRENT_VERSION in record.ts, validate the old shape in validate.ts and
 * schema.ts, and add its conversion here; never change what an old version meant.
 */
import { CURRENT_VERSION, type Item, type Mark, type ProgressRecord } from './record.ts';

/** Version 1 kept only ticked items, each as the date it was ticked. */
export function fromV1(
	record: { items: Record<string, { read?: string; do?: string }> },
	roadmap: string,
): ProgressRecord {
	const items: Record<string, Item> = {};
	for (const [id, dates] of Object.entries(record.items)) {
		const item: Item = (items[id] = {});
		if (dates.read) item.read = { done: true, at: dates.read };
		if (dates.do) item.do = { done: true, at: dates.do };
	}
	return { version: CURRENT_VERSION, roadmap, items };
}

/** Version 2 had the same read/do marks, and no identity: a value under our key or imported here is ours. */
export function fromV2(record: { items: Record<string, { read?: Mark; do?: Mark }> }, roadmap: string): ProgressRecord {
	return { version: CURRENT_VERSION, roadmap, items: record.items };
}

/** Version 3 had neither `revisit` marks nor a plan: the same record, renumbered. */
export function fromV3(record: Omit<ProgressRecord, 'version'>): ProgressRecord {
	return { ...record, version: CURRENT_VERSION };
}
