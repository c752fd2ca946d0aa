/**
 * French typography, applied at build time to the text of French editions:
 * a narrow no-break space (U+202F) before ; ! ? and inside « », a no-break
 * space (U+00A0) before :, so a line never starts with punctuation.
 *
 * It only changes the space a writer already put there, never adds one: "1:1",
 * "https://…", "?q=" and code-like words stay as written. In an HTML tree it
 * changes text nodes only (never attributes), and skips code, preformatted
 * text, user input and any element whose `lang` is not French.
 */

/** The narrow no-break space: before ; ! ? and inside guillemets. */
export const NARROW_NBSP = '\u202F';
/** The no-break space: before a colon. */
export const NBSP = '\u00A0';

/** Whether a language tag is French (`fr`, `fr-CA`…). */
export function isFrench(lang: string | undefined): boolean {
	return /^fr(?:-|$)/i.test(lang ?? '');
}

const SPACE = '[ \\t\\n\\u00A0\\u202F]+';
const beforeHigh = new RegExp(`(?<=\\S)${SPACE}(?=[;!?])`, 'g');
const beforeColon = new RegExp(`(?<=\\S)${SPACE}(?=:)`, 'g');
const afterOpening = new RegExp(`«${SPACE}`, 'g');
const beforeClosing = new RegExp(`${SPACE}»`, 'g');

/** A piece of plain French text with its spaces made unbreakable where French typography wants them. */
export function frenchSpacing(text: string): string {
	return text
		.replace(beforeHigh, NARROW_NBSP)
		.replace(beforeColon, NBSP)
		.replace(afterOpening, `«${NARROW_NBSP}`)
		.replace(beforeClosing, `${NARROW_NBSP}»`);
}

/** `text` as typeset for a reader of `lang`: French spacing in French, untouched otherwise. */
export function typeset(text: string, lang: string | undefined): string {
	return isFrench(lang) ? frenchSpacing(text) : text;
}

/** The smallest HTML tree shape this needs (hast's), so the module stays free of dependencies. */
export interface HtmlNode {
	type: string;
	value?: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	/** MDX keeps tags written in the text (<span lang="en">, <Addition>) as JSX nodes with a name and attributes. */
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: HtmlNode[];
}

/** Elements whose text is code or input, typed exactly as shown. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'textarea', 'math', 'svg']);

/** The `lang` an element sets, from its properties (HTML) or its attributes (a tag written in MDX). */
function ownLang(node: HtmlNode): string | undefined {
	const value =
		node.properties?.lang ??
		node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'lang')?.value;
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A text node's value as typeset in a document whose language is `lang`,
 * given its ancestors from the nearest: untouched inside code, and in the
 * language of the nearest ancestor that sets one.
 */
export function typesetText(value: string, ancestors: readonly HtmlNode[], lang: string | undefined): string {
	let shownIn = lang;
	for (const ancestor of ancestors) {
		if (VERBATIM.has(ancestor.tagName ?? ancestor.name ?? '')) return value;
		const own = ownLang(ancestor);
		if (own) {
			shownIn = own;
			break;
		}
	}
	// Code nested deeper than the nearest `lang` is still code.
	if (ancestors.some((ancestor) => VERBATIM.has(ancestor.tagName ?? ancestor.name ?? ''))) return value;
	return typeset(value, shownIn);
}

/** A resource's reader-facing text typeset; its replacement's title is in the replacement's own language. */
function typesetResource<R extends { title: string; note?: string | undefined }>(
	resource: R,
	lang: string | undefined,
): R {
	return {
		...resource,
		title: typeset(resource.title, lang),
		...(resource.note === undefined ? {} : { note: typeset(resource.note, lang) }),
	};
}

/**
 * A step's frontmatter with the prose a reader sees typeset for `lang`:
 * title, summary, the cards' titles and notes, a starter's system needs.
 * URLs, ids and code stay as written.
 */
export function typesetStep<
	S extends {
		title: string;
		summary: string;
		read: { title: string; note?: string | undefined };
		do: { title: string; note?: string | undefined };
	},
>(step: S, lang: string | undefined): S {
	if (!isFrench(lang)) return step;
	return {
		...step,
		title: typeset(step.title, lang),
		summary: typeset(step.summary, lang),
		read: typesetResource(step.read, lang),
		do: typesetResource(step.do, lang),
	};
}

/** An edition's title, description and article title typeset for its own language. */
export function typesetEdition<E extends { lang: string; title: string; description: string; articleTitle: string }>(
	edition: E,
): E {
	if (!isFrench(edition.lang)) return edition;
	const { lang } = edition;
	return {
		...edition,
		title: typeset(edition.title, lang),
		description: typeset(edition.description, lang),
		articleTitle: typeset(edition.articleTitle, lang),
	};
}
