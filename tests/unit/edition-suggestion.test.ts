import { expect, test } from 'vitest';
import { suggestedLanguage, suggestionScript } from '../../src/browser/inline/edition-suggestion.ts';
import { editionOf, editions } from '../support/content.ts';

const [source = '', other = ''] = editions().map((edition) => editionOf(edition).lang);

test("another edition is suggested when the reader's first matching language is its own", () => {
	expect(suggestedLanguage([`${other}-XX`, source], [other], source)).toBe(other);
	expect(suggestedLanguage(['zz', other.toUpperCase()], [other], source)).toBe(other);
});

test('nothing is suggested when the page is already in a language the reader prefers first, or no edition matches', () => {
	expect(suggestedLanguage([`${source}-XX`, other], [other], source)).toBeUndefined();
	expect(suggestedLanguage(['zz'], [other], source)).toBeUndefined();
	expect(suggestedLanguage([], [other], source)).toBeUndefined();
});

test('the inline script shows the suggestion matching the browser, and only it', () => {
	const run = (languages: string[]) => {
		const children = [other, 'zz'].map((lang) => ({ lang, hidden: true }));
		const box = { children, dataset: { lang: source } };
		// The inline script, run as the page runs it: from the head, then once the parser has gone past the box.
		let parsed: (() => void) | undefined;
		let parsedPast = false;
		const Observer = class {
			constructor(callback: () => void) {
				parsed = callback;
			}
			observe() {}
			disconnect() {}
		};
		// eslint-disable-next-line @typescript-eslint/no-implied-eval
		new Function('document', 'navigator', 'MutationObserver', suggestionScript())(
			{ querySelector: () => ({ ...box, nextSibling: parsedPast ? {} : null }) },
			{ languages },
			Observer,
		);
		// Not yet past the box: nothing is shown.
		parsed?.();
		expect(children.every((child) => child.hidden)).toBe(true);
		parsedPast = true;
		parsed?.();
		return children.filter((child) => !child.hidden).map((child) => child.lang);
	};
	expect(run([other, source])).toEqual([other]);
	expect(run([source, other])).toEqual([]);
});
