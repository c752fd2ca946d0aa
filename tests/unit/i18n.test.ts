import { expect, test } from 'vitest';
import { readFrontmatter } from '../../src/build/content-files.ts';
import { contentDir, SOURCE_EDITION } from '../../src/build/editions.ts';
import {
	createTranslator,
	directionOf,
	format,
	formatDate,
	languageName,
	languageNameIn,
	splitTemplate,
} from '../../src/shared/i18n.ts';
import { editionSchema } from '../../src/shared/schemas/edition.ts';
import type { UiStrings } from '../../src/shared/schemas/ui.ts';

test('format fills placeholders and leaves unknown ones visible', () => {
	expect(format('Étape {number} : {title}', { number: 3, title: 'Données' })).toBe('Étape 3 : Données');
	expect(format('Étape {number}', {})).toBe('Étape {number}');
	expect(format('Sans variable')).toBe('Sans variable');
});

test('a translation falls back to the source for the keys it leaves out', () => {
	const source = { 'step.read': 'À lire', 'step.do': 'À faire', 'step.number': 'Étape {number}' } as UiStrings;
	const t = createTranslator({ 'step.read': 'To read', 'step.number': 'Step {number}' }, source);
	expect(t('step.read')).toBe('To read');
	expect(t('step.do')).toBe('À faire');
	expect(t('step.number', { number: 2 })).toBe('Step 2');
});

test('dates are written in the edition language, on the calendar day given', () => {
	const date = new Date('2018-12-03T00:00:00Z');
	expect(formatDate(date, 'fr')).toBe('3 décembre 2018');
	expect(formatDate(date, 'en')).toBe('December 3, 2018');
});

test('splitTemplate cuts a template at its placeholders, in the order the language puts them', () => {
	expect(splitTemplate('{done} / {total}')).toEqual([{ name: 'done' }, ' / ', { name: 'total' }]);
	expect(splitTemplate('Dernier enregistrement : {date}.')).toEqual([
		'Dernier enregistrement : ',
		{ name: 'date' },
		'.',
	]);
	expect(splitTemplate('sans variable')).toEqual(['sans variable']);
});

test('languages are named in their own language', () => {
	expect(languageName('fr')).toBe('Français');
	expect(languageName('en')).toBe('English');
	expect(languageName('pt-BR')).toBe('Português (Brasil)');
});

test('a resource language is named in the edition language', () => {
	expect(languageNameIn('en', 'fr')).toBe('anglais');
	expect(languageNameIn('fr', 'en')).toBe('French');
});

test('the writing direction follows the language; right-to-left scripts are known', () => {
	for (const tag of ['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ar-EG'])
		expect(directionOf(tag), tag).toBe('rtl');
	for (const tag of ['fr', 'en', 'de', 'pt-BR', 'ja']) expect(directionOf(tag), tag).toBe('ltr');
});

test('a runtime without text info falls back to the list of right-to-left languages', () => {
	const prototype = Intl.Locale.prototype;
	const saved = ['textInfo', 'getTextInfo'].map(
		(name) => [name, Object.getOwnPropertyDescriptor(prototype, name)] as const,
	);
	for (const [name] of saved) Object.defineProperty(prototype, name, { value: undefined, configurable: true });
	try {
		expect(directionOf('ar')).toBe('rtl');
		expect(directionOf('ckb')).toBe('rtl');
		expect(directionOf('fr')).toBe('ltr');
	} finally {
		for (const [name, descriptor] of saved) {
			if (descriptor) Object.defineProperty(prototype, name, descriptor);
			else delete (prototype as unknown as Record<string, unknown>)[name];
		}
	}
});

test("an edition without `dir` gets its language's; an explicit `dir` wins", () => {
	// The source edition's fields with only `lang` changed, as TRANSLATING.md tells a translator.
	const { dir: _, ...source } = readFrontmatter(`${contentDir}/${SOURCE_EDITION}/edition.mdx`);
	const edition = { ...source, lang: 'ar' };
	expect(editionSchema.parse(edition).dir).toBe('rtl');
	expect(editionSchema.parse({ ...edition, dir: 'ltr' }).dir).toBe('ltr');
});
