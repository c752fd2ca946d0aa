/**
 * French typography at build time: no-break spaces where French puts them,
 * in text only, never in code, URLs, attributes or English passages. The last
 * cases run the plugin through Astro's Markdown processor on MDX, as the build does.
 */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { frenchTypography } from '../../src/build/french-typography-plugin.ts';
import {
	frenchSpacing,
	isFrench,
	NARROW_NBSP as N,
	NBSP as B,
	typeset,
	typesetText,
} from '../../src/shared/french-typography.ts';
import { createTranslator } from '../../src/shared/i18n.ts';
import type { UiStrings } from '../../src/shared/schemas/ui.ts';

describe('frenchSpacing', () => {
	test.each([
		['Une chose à lire : un article', `Une chose à lire${B}: un article`],
		['Quel est le meilleur IDE ?', `Quel est le meilleur IDE${N}?`],
		['Bravo ! Vraiment ; oui', `Bravo${N}! Vraiment${N}; oui`],
		['« repas gratuit »', `«${N}repas gratuit${N}»`],
		["Coché : J'ai lu « {title} »", `Coché${B}: J'ai lu «${N}{title}${N}»`],
		// A line break in the source is a space too.
		['Voici\n: la suite', `Voici${B}: la suite`],
	])('%j', (input, output) => {
		expect(frenchSpacing(input)).toBe(output);
	});

	test.each([
		'un mentorat 1:1 par des experts',
		'https://example.org/aide?x=1:2#fin',
		'voir http://localhost:4321/fr/?q=a;b',
		'Ctrl+C, a?b, 10!',
		'{kind}:{title}',
	])('adds no space the writer left out: %j', (input) => {
		expect(frenchSpacing(input)).toBe(input);
	});

	test('keeps a URL intact while fixing the colon after it', () => {
		expect(frenchSpacing('Lien https://example.org/a?b=c : à lire')).toBe(`Lien https://example.org/a?b=c${B}: à lire`);
	});

	test('a wrong no-break space becomes the right one, and a second pass changes nothing', () => {
		const once = frenchSpacing(`Pourquoi${B}? Parce que${N}: voilà`);
		expect(once).toBe(`Pourquoi${N}? Parce que${B}: voilà`);
		expect(frenchSpacing(once)).toBe(once);
	});

	test('only French is typeset', () => {
		expect(isFrench('fr')).toBe(true);
		expect(isFrench('fr-CA')).toBe(true);
		expect(isFrench('fro')).toBe(false);
		expect(typeset('Note : here ?', 'en')).toBe('Note : here ?');
		expect(typeset('Note : ici ?', 'fr-CA')).toBe(`Note${B}: ici${N}?`);
	});
});

describe('typesetText', () => {
	const el = (tagName: string, lang?: string) => ({ type: 'element', tagName, properties: lang ? { lang } : {} });
	test('skips code, preformatted text and user input, even below a French element', () => {
		for (const tag of ['code', 'pre', 'kbd', 'samp'])
			expect(typesetText('a : b ?', [el(tag), el('p', 'fr')], 'fr')).toBe('a : b ?');
	});
	test('follows the nearest lang: English inside a French page stays English, French inside English is typeset', () => {
		expect(typesetText('Note : here ?', [el('span', 'en'), el('p')], 'fr')).toBe('Note : here ?');
		expect(typesetText('Note : ici ?', [el('q', 'fr'), el('span', 'en')], 'fr')).toBe(`Note${B}: ici${N}?`);
		expect(typesetText('Note : ici ?', [el('p')], 'en')).toBe('Note : ici ?');
	});
	test('reads lang from a tag written in MDX', () => {
		const jsx = {
			type: 'mdxJsxTextElement',
			name: 'span',
			attributes: [{ type: 'mdxJsxAttribute', name: 'lang', value: 'en' }],
		};
		expect(typesetText('Note : here ?', [jsx], 'fr')).toBe('Note : here ?');
	});
});

describe('in the Markdown processor', () => {
	const source = [
		'Un lien [vers l\'aide ?](https://example.org/aide?x=1:2 "Titre : aide") et `code : ici ?` puis <span lang="en">English : here ?</span> « mot » !',
		'',
		'<Addition>Note : prenez <code>pytest : 8</code>.</Addition>',
		'',
		'```python',
		'print("a : b ?")',
		'```',
	].join('\n');
	const plugin = frenchTypography({ lang: 'fr' });

	test('typesets text and link text, never the href, title attribute, code or English', () => {
		const { html } = markdownToHtml(source.replace(/<Addition>.*<\/Addition>/, 'Fin : oui'), { hastPlugins: [plugin] });
		expect(html).toContain(`vers l'aide${N}?</a>`);
		expect(html).toContain('href="https://example.org/aide?x=1:2"');
		expect(html).toContain('title="Titre : aide"');
		expect(html).toContain('<code>code : ici ?</code>');
		expect(html).toContain('print("a : b ?")');
		expect(html).toContain(`«${N}mot${N}»${N}!`);
		expect(html).toContain(`Fin${B}: oui`);
	});

	test('in MDX: text inside components is typeset, code inside them and English passages are not', () => {
		const { code } = mdxToJs(source, { hastPlugins: [plugin] });
		expect(code).toMatch(/"Note(\\xA0|\u00a0): prenez "/);
		expect(code).toContain('"pytest : 8"');
		expect(code).toContain('"English : here ?"');
	});

	test('a document of another language is left alone', () => {
		const { html } = markdownToHtml('Note : here ?', { hastPlugins: [frenchTypography({ lang: 'en' })] });
		expect(html).toContain('Note : here ?');
	});

	test('an edition is French when its edition.mdx says so', () => {
		const content = new URL('../../content/', import.meta.url);
		const file = (path: string) => ({ fileURL: new URL(path, content) });
		expect(frenchTypography({ contentDir: content.pathname })(file('fr/steps/01-python.mdx'))).not.toBeNull();
		expect(frenchTypography({ contentDir: content.pathname })(file('en/steps/01-python.mdx'))).toBeNull();
	});
});

describe('UI strings, through the translator', () => {
	const source = {
		'step.pageTitle': 'Étape {number} : {title}',
		'tracker.read': "J'ai lu « {title} »",
	} as unknown as UiStrings;
	test('French strings are typeset; the values filled in are not', () => {
		const t = createTranslator({}, source, 'fr');
		expect(t('step.pageTitle', { number: 1, title: 'a:b ?' })).toBe(`Étape 1${B}: a:b ?`);
		expect(t('tracker.read', { title: 'x' })).toBe(`J'ai lu «${N}x${N}»`);
	});
	test('an English edition keeps its own strings as written, and typesets French ones it falls back to', () => {
		const t = createTranslator({ 'step.pageTitle': 'Step {number}: {title}' }, source, 'en', 'fr');
		expect(t('step.pageTitle', { number: 2, title: 'T' })).toBe('Step 2: T');
		expect(t('tracker.read', { title: 'x' })).toBe(`J'ai lu «${N}x${N}»`);
	});
});
