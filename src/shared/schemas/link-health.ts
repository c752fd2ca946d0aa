/**
 * `content/link-health.json`: what the link checker last learned of every
 * external URL of the content (resources, their archived copies and current
 * equivalents, the links of the text). Written by `npm run check:links -- --update`
 * (weekly, by .github/workflows/links.yml), committed, read by the build: a
 * resource whose link is `dead` shows its archived copy first, a `changed` one a
 * quiet note. No file, or `{}`, means no check has run: the site shows nothing new.
 * How a state is reached: src/build/link-health.ts.
 */
import { z } from 'astro/zod';
import { expected, strictObject } from './fields.ts';

/** What the checks concluded about a link. */
export const linkStates = ['ok', 'unsure', 'changed', 'dead'] as const;

/** Why no answer came: the name was not found, the certificate was refused, too slow, or another network failure. */
export const linkErrors = ['dns', 'tls', 'timeout', 'network'] as const;

/** What makes an answering page count as changed (a soft 404, a parked domain, a replaced course). */
export const linkChanges = ['home', 'title', 'text'] as const;

/** A calendar day, `2026-12-02`. */
const day = z.iso.date(expected('a day written YYYY-MM-DD'));

/** A text fingerprint: 64 bits as 16 hex digits (src/build/link-health.ts `textFingerprint`). */
const textPrint = z
	.string(expected('16 hex digits'))
	.regex(/^[0-9a-f]{16}$/, 'expected 16 hex digits, as the link checker writes them');

/** One URL's record. */
export const linkRecordSchema = strictObject(
	{
		/** `ok`, `unsure` (no verdict yet: 403, 429, a timeout, or gone fewer times than it takes), `changed` or `dead`. */
		state: z.enum(linkStates, expected(`one of ${linkStates.join(', ')}`)),
		/** The day the link entered this state; for `dead`, the first check of the run of failures. */
		since: day,
		/** The day of the last check. */
		checked: day,
		/** The last check's HTTP status, after redirects; 0 when no answer came. */
		status: z.int(expected('an HTTP status, or 0')).min(0).max(599),
		/** Why no answer came, when `status` is 0. */
		error: z.enum(linkErrors, expected(`one of ${linkErrors.join(', ')}`)).optional(),
		/** Checks in a row that found the link gone (404, 410, no such name, refused certificate); `dead` from three. */
		failures: z.int(expected('a whole number of checks')).min(0),
		/** Where the last answer came from after redirects, when not the link itself. */
		finalUrl: z.url(expected('a URL')).optional(),
		/** The last answer's page title. */
		title: z.string(expected('a page title')).optional(),
		/** The last answer's main-text fingerprint. */
		text: textPrint.optional(),
		/** Why the link counts as `changed`. */
		changes: z.array(z.enum(linkChanges, expected(`one of ${linkChanges.join(', ')}`))).optional(),
		/** The page as last seen healthy (or accepted with `--accept`): what later answers are compared with. */
		baseline: strictObject(
			{
				/** Its title. */
				title: z.string(expected('a page title')).optional(),
				/** Its main-text fingerprint. */
				text: textPrint.optional(),
				/** The day it was seen. */
				checked: day,
			},
			'a baseline',
		).optional(),
	},
	'a link record',
);

/** The whole file: one record per URL. */
export const linkHealthSchema = strictObject(
	{
		/** Every URL checked, with what was learned of it. */
		links: z.record(z.url(expected('a URL as key')), linkRecordSchema).default({}),
	},
	'the link health file',
);

export type LinkState = (typeof linkStates)[number];
export type LinkError = (typeof linkErrors)[number];
export type LinkChange = (typeof linkChanges)[number];
export type LinkRecord = z.infer<typeof linkRecordSchema>;
export type LinkHealth = z.infer<typeof linkHealthSchema>;
