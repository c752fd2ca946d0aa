/**
 * The formats before the current one, validated by the same combinators as
 * validate.ts; loaded only when such a value is met (schema.ts has their zod twins).
 */
import { CURRENT_VERSION } from './record.ts';
import { type Check, is, isCurrent, isDateTime, items, itemV3, mark, optional, roadmapId, shape } from './validate.ts';

const versions: Record<number, Check> = {
	1: shape({ version: is(1), items: items(shape({ read: optional(isDateTime), do: optional(isDateTime) })) }),
	2: shape({ version: is(2), items: items(shape({ read: optional(shape(mark)), do: optional(shape(mark)) })) }),
	3: shape({ version: is(3), roadmap: roadmapId, items: items(shape(itemV3)), copied: optional(isDateTime) }),
	[CURRENT_VERSION]: isCurrent,
};

/** The format version of a valid record (4, 3, 2 or 1, see record.ts), or 0 when it is none of them. */
export function recordVersion(value: unknown): number {
	const version = typeof value === 'object' && value !== null ? Number((value as { version?: unknown }).version) : 0;
	return versions[version]?.(value) ? version : 0;
}
