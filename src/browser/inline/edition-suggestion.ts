/**
 * The root serves the source edition's overview to everyone (no redirect, so
 * the shared address paints at once). A reader whose browser prefers the
 * language of another edition gets a visible line pointing to it: nothing
 * moves by itself and nothing is stored. The choice runs as a small inline
 * script in the head, on the (hidden) suggestions as soon as they are parsed
 * (when-parsed.ts), so the line is shown before the first paint and shifts
 * nothing; it is hashed into the policy (csp.ts) like the theme script.
 * Without JavaScript the language menu stays.
 */
import { whenParsed } from './when-parsed.ts';

/**
 * The language of the edition to suggest: the first of the reader's preferred
 * languages that an edition offers, unless the page's own language comes
 * first. `undefined` when there is nothing to suggest. Self-contained: the
 * inline script carries its text.
 */
export function suggestedLanguage(
	preferred: readonly string[],
	offered: readonly string[],
	current: string,
): string | undefined {
	// `pt-BR` → `pt`: editions and browsers are matched on the primary language.
	const primary = (tag: string) => tag.toLowerCase().split('-')[0];
	for (const tag of preferred) {
		if (primary(tag) === primary(current)) return undefined;
		const match = offered.find((lang) => primary(lang) === primary(tag));
		if (match) return match;
	}
	return undefined;
}

/**
 * The inline script, as text: it reads the suggestions, `.edition-suggestion`
 * (one hidden element per other edition, with its `lang`; the container's
 * `data-lang` is the page's language) and shows the one to suggest.
 */
export function suggestionScript(): string {
	return whenParsed(
		'.edition-suggestion',
		`const c=[...b.children],l=(${suggestedLanguage.toString()})(navigator.languages||[],c.map(e=>e.lang),b.dataset.lang);for(const e of c)e.hidden=e.lang!==l`,
	);
}
