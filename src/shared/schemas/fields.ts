/**
 * Small zod pieces shared by the content schemas. Every message says what was
 * expected, so that a build error reads "content/fr/steps/01-python.mdx → read.url:
 * expected an https:// URL, got "ftp://…"" and a writer knows what to fix.
 */
import { z } from 'astro/zod';
// A step id: safe in a URL and a storage key; the progress record and the hand-off link check the same pattern.
import { STEP_ID } from '../progress/limits.ts';

/** Shows a received value in a message without flooding the terminal. */
export function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	// JSON has no text for a function or a symbol: String names them.
	// eslint-disable-next-line @typescript-eslint/no-base-to-string
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** An error option for zod: "is missing" when absent, else "expected X, got Y". */
export function expected(what: string) {
	return {
		error: (issue: { input?: unknown }) =>
			issue.input === undefined ? `is missing: expected ${what}` : `expected ${what}, got ${describe(issue.input)}`,
	};
}

/** A non-empty line of text, trimmed. */
export const text = (what: string) => z.string(expected(what)).trim().min(1, `expected ${what}, got an empty string`);

/** A lowercase slug such as `ml-theory`: safe in a URL and in a storage key. */
export const slug = z
	.string(expected('a slug such as "ml-theory"'))
	.regex(
		STEP_ID,
		'expected a slug of lowercase letters, digits and single dashes, such as "ml-theory" (and not "constructor", a name JavaScript objects already have)',
	);

/** An absolute https URL: every link we print must be safe to follow. */
export const httpsUrl = z.url({
	protocol: /^https$/,
	hostname: z.regexes.domain,
	...expected('an https:// URL such as "https://example.org/page"'),
});

/** A BCP 47 language tag such as `fr`, `en`, `pt-BR`; also the edition folder name, lowercased. */
export const languageTag = z
	.string(expected('a language tag such as "fr" or "pt-BR"'))
	.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as "fr" or "pt-BR"');

/**
 * An object that refuses fields it does not know, so that a typo such as
 * `summmary:` is reported instead of silently ignored.
 */
export function strictObject<Shape extends z.ZodRawShape>(
	shape: Shape,
	what: string,
	allowed = Object.keys(shape).join(', '),
) {
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code === 'unrecognized_keys') {
				const keys = issue.keys.map((key) => `"${key}"`).join(', ');
				return `unknown field ${keys}: ${what} accepts only ${allowed}`;
			}
			return issue.input === undefined
				? `is missing: expected ${what} with ${allowed}`
				: `expected ${what} with ${allowed}, got ${describe(issue.input)}`;
		},
	});
}

/**
 * In a translation: the hash of the source file it was translated from, which
 * `npm run i18n:mark` writes. Leave it out in the source edition.
 */
export const sourceHash = z
	.string(expected('a 12-character hash in quotes, as `npm run i18n:mark` writes it'))
	.regex(/^[0-9a-f]{12}$/, 'expected a 12-character hash written by `npm run i18n:mark`')
	.optional();
