/**
 * UI strings: each edition's `ui.json` is a partial dictionary over the keys
 * of src/shared/schemas/ui.ts; what it leaves out comes from the source edition.
 * Components only call `t('key', { values })`.
 */
import type { UiKey, UiStrings } from './schemas/ui.ts';
import { typeset } from './french-typography.ts';

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders; an unknown name stays visible so it gets noticed. */
export function format(template: string, values: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A template cut at its placeholders, so a page can render each value in an
 * element of its own that a script fills in later, in any word order:
 * "Dernier enregistrement : {date}." → ["Dernier enregistrement : ", { name: "date" }, "."].
 */
export function splitTemplate(template: string): (string | { name: string })[] {
	return template
		.split(/\{(\w+)\}/)
		.map((part, index) => (index % 2 === 1 ? { name: part } : part))
		.filter((part) => part !== '');
}

/**
 * A translator for one edition, falling back to the source edition's strings.
 * With the edition's `lang` (and the source's, for strings that fall back),
 * the strings follow that language's typography, e.g. French no-break spaces;
 * the values filled in are left as given.
 */
export function createTranslator(
	strings: Partial<UiStrings>,
	fallback: UiStrings,
	lang?: string,
	fallbackLang = lang,
): Translate {
	return (key, values) => {
		const own = strings[key];
		return format(own === undefined ? typeset(fallback[key], fallbackLang) : typeset(own, lang), values);
	};
}

/** A date as readers of `lang` write it, e.g. "3 décembre 2018". Dates are calendar days: read in UTC. */
export function formatDate(date: Date, lang: string): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A language's name as readers of `inLanguage` write it: ("en", "fr") → "anglais". */
export function languageNameIn(tag: string, inLanguage: string): string {
	return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
}

/** A language's name in that language, capitalised as a menu item: "Français", "English", "العربية". */
export function languageName(tag: string): string {
	const name = languageNameIn(tag, tag);
	return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** Languages written right to left, for runtimes whose `Intl.Locale` has no text info. */
const rightToLeft = ['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb'];

/** Text info is `getTextInfo()` in the standard, a `textInfo` getter in older V8 (Node 22). */
type LocaleWithTextInfo = Intl.Locale & {
	getTextInfo?: () => { direction?: string };
	textInfo?: { direction?: string };
};

/** The writing direction of a language tag: "ar" → "rtl", "fr" → "ltr". */
export function directionOf(tag: string): 'ltr' | 'rtl' {
	const locale = new Intl.Locale(tag) as LocaleWithTextInfo;
	const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
	if (direction === 'rtl' || direction === 'ltr') return direction;
	return rightToLeft.includes(locale.language) ? 'rtl' : 'ltr';
}
