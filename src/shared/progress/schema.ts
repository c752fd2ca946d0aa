/**
 * The saved-progress formats in zod: the specification that the hand-written
 * validator in validate.ts (the one shipped to the browser) must agree with.
 * Used by the tests, never bundled into a page. record.ts documents the format.
 */
import { z } from 'astro/zod';
import { FP_MAX, HTTPS_URL, NOTE_MAX, PACE_MAX, STEP_ID, URL_MAX } from './limits.ts';
import { CURRENT_VERSION } from './record.ts';

/**
 * Whether an own `__proto__` key (JSON.parse makes one) sits anywhere in the
 * value. zod's records skip that key instead of checking it; the hand
 * validator rejects it as an unknown key. Either way the value is invalid (record.ts).
 */
export function hasOwnProto(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) return false;
	return Object.hasOwn(value, '__proto__') || Object.values(value).some(hasOwnProto);
}

const stepId = z.string().regex(STEP_ID);
const dateTime = z.iso.datetime();
const mark = z.strictObject({ done: z.boolean(), at: dateTime });

/** A record whose items hold `fields`, with no own `__proto__` anywhere (record.ts). */
const withItems = <T extends z.ZodRawShape>(shape: T, fields: z.ZodRawShape) =>
	z
		.unknown()
		// On the input: the parsed output has already dropped the key.
		.refine((value) => !hasOwnProto(value), 'an own __proto__ key')
		.pipe(z.strictObject({ ...shape, items: z.record(stepId, z.strictObject(fields).partial()) }));

/** The fields of an item in version 3. */
const itemV3 = {
	read: mark.extend({ fp: z.string().min(1).max(FP_MAX).optional() }),
	do: mark.extend({ fp: z.string().min(1).max(FP_MAX).optional() }),
	skip: mark,
	note: z.strictObject({ text: z.string().max(NOTE_MAX), at: dateTime }),
	built: z.strictObject({ url: z.string().max(URL_MAX).regex(HTTPS_URL), at: dateTime }),
};
const v3 = { roadmap: stepId.max(100), copied: dateTime.optional() };

/** The current format: version 3 with `revisit` marks and a plan. */
export const progressSchema = withItems(
	{
		...v3,
		version: z.literal(CURRENT_VERSION),
		plan: z.strictObject({ pace: z.number().min(0).max(PACE_MAX), start: z.iso.date(), at: dateTime }).optional(),
	},
	{ ...itemV3, revisit: mark },
);

/** Version 3: no `revisit`, no plan. */
export const progressV3Schema = withItems({ ...v3, version: z.literal(3) }, itemV3);

/** Version 2: read/do marks, no identity. */
export const progressV2Schema = withItems({ version: z.literal(2) }, { read: mark, do: mark });

/** Version 1: ticked items only, each the date it was ticked. */
export const progressV1Schema = withItems({ version: z.literal(1) }, { read: dateTime, do: dateTime });
