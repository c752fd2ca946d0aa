import { z } from 'astro/zod';
import { expected, sourceHash, slug, strictObject, text } from './fields.ts';
import { LOG_SEGMENT, PROGRESS_SEGMENT } from '../lib/url.ts';
import { resourceSchema } from './resource.ts';

/**
 * The frontmatter of one step file, `content/<edition>/steps/*.mdx`. The body
 * of the file is the step's explanation.
 */
export const stepSchema = strictObject(
	{
		/**
		 * Stable identifier: the step's URL segment and its key in saved progress.
		 * Never shown. Keep it when the title or order changes; the same step
		 * has the same id in every edition.
		 */
		id: slug.refine((id) => id !== PROGRESS_SEGMENT, `"${PROGRESS_SEGMENT}" is the address of the progress page; choose another id`)
			.refine((id) => id !== LOG_SEGMENT, `"${LOG_SEGMENT}" is the address of the learning log; choose another id`),
		/** Position in the path, from 1; the steps of an edition are numbered 1, 2, 3… without gaps. */
		order: z.int(expected('a whole number from 1')).min(1, 'expected a whole number from 1'),
		/** The step's title, shown after its number in the heading. */
		title: text('the step title'),
		/** One sentence shown on the overview and as the page description. */
		summary: text('a one-sentence summary'),
		/** The one thing to read. */
		read: resourceSchema,
		/** The one thing to do. */
		do: resourceSchema,
		/**
		 * A first command to try, added to the original article (and labelled so):
		 * Python or shell, highlighted at build time, with a copy button.
		 */
		starter: strictObject(
			{
				/** The snippet's language. */
				lang: z.enum(['python', 'bash'], expected('"python" or "bash"')),
				/** The code, a few lines. */
				code: text('the code of the snippet'),
			},
			'a starter snippet',
		).optional(),
		/** Translations only: the hash of the source step this file translates. */
		sourceHash,
	},
	'a step',
);

export type Step = z.infer<typeof stepSchema>;
