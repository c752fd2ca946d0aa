/** What an import would change, for its preview. Only the progress page's tools use it. */
import { isDone, merge } from './merge.ts';
import { KINDS, type Kind, type ProgressRecord } from './record.ts';

export interface Change {
	id: string;
	kind: Kind;
	/** Whether the box ends up ticked. */
	done: boolean;
}

/** The boxes whose state merging `incoming` would change, in the given step order. */
export function changes(current: ProgressRecord, incoming: ProgressRecord, order: readonly string[]): Change[] {
	const merged = merge(current, incoming);
	const ids = [...order, ...Object.keys(merged.items).filter((id) => !order.includes(id))];
	return ids.flatMap((id) =>
		KINDS.filter((kind) => isDone(merged, id, kind) !== isDone(current, id, kind)).map((kind) => ({ id, kind, done: isDone(merged, id, kind) })),
	);
}
