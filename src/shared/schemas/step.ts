import { z } from 'astro/zod';
import { expected, sourceHash, slug, strictObject, text } from './fields.ts';
import { LOG_SEGMENT, PROGRESS_SEGMENT } from '../url.ts';
import { resourceSchema } from './resource.ts';

/**
 * One thing a starter needs before it runs: a package name as `pip install`
 * takes it (`scikit-learn`), or something of the system, such as Java for Spark.
 */
export const requirementSchema = z.union(
	[
		z
			.string(expected('a pip package name such as "pandas"'))
			.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected a pip package name such as "pandas"'),
		strictObject(
			{
				/** What to have, in the edition's words: "Java 17 ou plus récent". */
				system: text('what the system needs, such as "Java 17 or later"'),
				/** Debian and Ubuntu's package for it, shown as `sudo apt install …`. Optional. */
				apt: text('a Debian package name').optional(),
			},
			'a system requirement',
		),
	],
	expected('a pip package name, or { system: "…", apt: "…" }'),
);

export type Requirement = z.infer<typeof requirementSchema>;

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
		id: slug
			.refine(
				(id) => id !== PROGRESS_SEGMENT,
				`"${PROGRESS_SEGMENT}" is the address of the progress page; choose another id`,
			)
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
		 * Hours of practice the step asks beyond its resources' `minutes`, for the
		 * learner's plan (src/shared/plan/estimate.ts). Optional: the article gives
		 * none, and the plan then counts DEFAULT_EFFORT_HOURS, labelled as ours.
		 */
		effort: z
			.number(expected('a number of hours, such as 6'))
			.min(0, 'expected a number of hours, 0 or more, such as 6')
			.max(1000, 'expected at most 1000 hours; split a longer step in two')
			.optional(),
		/**
		 * A first command to try, added to the original article (and labelled so):
		 * Python or shell, highlighted at build time, with a copy button.
		 */
		starter: strictObject(
			{
				/** The snippet's language. */
				lang: z.enum(['python', 'bash'], expected('"python" or "bash"')),
				/** The code, a few lines, runnable on its own: it makes or fetches any data it reads. */
				code: text('the code of the snippet'),
				/**
				 * What to install first: pip packages (shown as one install command in a
				 * virtual environment) and system needs. An empty list when nothing is needed.
				 */
				requires: z.array(requirementSchema, expected('a list of requirements')),
			},
			'a starter snippet',
		).optional(),
		/** Translations only: the hash of the source step this file translates. */
		sourceHash,
	},
	'a step',
);

export type Step = z.infer<typeof stepSchema>;
