import { z } from 'astro/zod';
import { directionOf } from '../i18n.ts';
import { expected, sourceHash, httpsUrl, languageTag, slug, strictObject, text } from './fields.ts';

/** The article an edition is based on, credited on every page. */
const originalSchema = strictObject(
	{
		/** The article's title in its original language. */
		title: text('the original title'),
		/** Who wrote it. */
		author: text("the author's name"),
		/** Where it was published, e.g. freeCodeCamp. */
		publisher: text('the publisher'),
		/** Link to the original article. */
		url: httpsUrl,
		/** Publication date, YYYY-MM-DD. */
		date: z.coerce.date(expected('a date such as 2018-12-03')),
		/** The language it is written in, a BCP 47 tag: its link says so to browsers and screen readers. */
		lang: languageTag,
	},
	'the original article',
);

/**
 * The frontmatter of `content/<edition>/edition.mdx`. The body of that file is
 * the overview page's text; it must contain `<StepList />` where the list of
 * steps goes. What comes after it is the article's conclusion, which the
 * overview also shows once every step is done (article-parts.ts).
 */
export const editionSchema = strictObject(
	{
		/** Short site title shown in the header and in page titles. */
		title: text('the site title'),
		/** One or two sentences: the overview's meta description. */
		description: text('a description of the path'),
		/** Language of the edition's text, a BCP 47 tag. Its lowercase form is the folder name. */
		lang: languageTag,
		/** Writing direction. Optional: by default the language's own (`rtl` for `ar`, `he`, `fa`…). */
		dir: z.enum(['ltr', 'rtl'], expected('"ltr" or "rtl"')).optional(),
		/** The title of the article in this edition's language: the overview's heading. */
		articleTitle: text('the title of the article'),
		/**
		 * The roadmap's identity, the same in every edition: saved progress carries it and is kept under it
		 * (src/shared/progress/record.ts), so a file from another roadmap is named as such. Changing it strands learners' progress.
		 */
		roadmap: slug,
		/** The original article this edition comes from. */
		original: originalSchema,
		/** Translations only: the hash of the source edition.mdx this file translates. */
		sourceHash,
	},
	'an edition',
).transform((edition) => ({ ...edition, dir: edition.dir ?? directionOf(edition.lang) }));

export type Edition = z.infer<typeof editionSchema>;

/** The credited article, as the pages and the structured data read it. */
export type OriginalArticle = Edition['original'];
