import { z } from 'astro/zod';
import { expected, httpsUrl, languageTag, strictObject, text } from './fields.ts';

/** What a resource is; shown on its card and used for its label. */
export const resourceKinds = [
	'article',
	'tutorial',
	'course',
	'dataset',
	'community',
	'tool',
	'video',
	'book',
] as const;

/** One external resource: the step's "thing to read" or "thing to do". */
export const resourceSchema = strictObject(
	{
		/** The resource's title, as the author named it; the link text. */
		title: text('the resource title'),
		/** Where the resource lives: an https URL. */
		url: httpsUrl,
		/** What kind of resource it is, one of `resourceKinds`. */
		kind: z.enum(resourceKinds, expected(`one of ${resourceKinds.join(', ')}`)),
		/** Estimated time to read or do it, in minutes. Optional: leave out when unknown. */
		minutes: z.int(expected('a whole number of minutes')).positive('expected a positive number of minutes').optional(),
		/** The language the resource is written in (most are in English), a BCP 47 tag. */
		lang: languageTag,
		/** The author's sentence about the resource, shown under the link. Optional. */
		note: text('a sentence about the resource').optional(),
		/**
		 * An archived copy. Optional: by default the Wayback Machine's copy nearest the
		 * article's date; give a dated snapshot URL when a better one is known.
		 */
		archive: httpsUrl.optional(),
		/** A current equivalent, chosen by this edition and shown as an addition, never in place of the author's choice. */
		replacement: strictObject(
			{
				/** Its title. */
				title: text('the title of the replacement'),
				/** Its address. */
				url: httpsUrl,
				/** The language it is written in, shown like the resource's own. */
				lang: languageTag,
			},
			'a replacement',
		).optional(),
	},
	'a resource',
);

export type Resource = z.infer<typeof resourceSchema>;
export type ResourceKind = (typeof resourceKinds)[number];
