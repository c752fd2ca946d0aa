/**
 * The saved-progress formats in zod: the specification that the hand-written
 * validator in validate.ts (the one shipped to the browser) must agree with.
 * Used by the tests, never bundled into a page.
 */
import { z } from 'astro/zod';
import { CURRENT_VERSION } from './record.ts';

const stepId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const dateTime = z.iso.datetime();
const items = <T extends z.ZodType>(value: T) => z.record(stepId, z.strictObject({ read: value.optional(), do: value.optional() }));

export const markSchema = z.strictObject({ done: z.boolean(), at: dateTime });

/** The current format (record.ts documents it). */
export const progressSchema = z.strictObject({ version: z.literal(CURRENT_VERSION), items: items(markSchema) });

/** Version 1: ticked items only, each the date it was ticked. */
export const progressV1Schema = z.strictObject({ version: z.literal(1), items: items(dateTime) });
