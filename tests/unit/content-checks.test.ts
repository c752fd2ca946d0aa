import { describe, expect, test } from 'vitest';
import {
	checkEditionBody,
	checkEditionFolder,
	checkSourceHash,
	checkSteps,
	checkUi,
	missingUiKeys,
	placeholders,
	schemaProblems,
} from '../../src/build/content-checks.ts';

const step = (edition: string, file: string, id: string, order: number) => ({
	file: `content/${edition}/steps/${file}.mdx`,
	edition,
	id,
	order,
});
const source = [step('fr', '01-a', 'a', 1), step('fr', '02-b', 'b', 2), step('fr', '03-c', 'c', 3)];

describe('checkSteps', () => {
	test('a well-formed path has no problem', () => {
		expect(checkSteps(source, 'fr')).toEqual([]);
	});

	test('a gap of several steps names the range', () => {
		expect(checkSteps([step('fr', '01-a', 'a', 1), step('fr', '05-e', 'e', 5)], 'fr')).toEqual([
			'content/fr/steps/05-e.mdx → order: 5 follows 1, so steps 2 to 4 are missing; number the steps 1, 2, 3… without gaps',
		]);
	});

	test('a path that does not start at 1 is reported', () => {
		expect(checkSteps([step('fr', '02-b', 'b', 2)], 'fr')).toEqual([
			'content/fr/steps/02-b.mdx → order: 2 follows the start, so step 1 is missing; number the steps 1, 2, 3… without gaps',
		]);
	});

	test('a translation may leave steps out, but not invent or move them', () => {
		const translation = [step('en', '01-a', 'a', 1), step('en', '02-x', 'x', 2), step('en', '03-c', 'c', 2)];
		expect(checkSteps([...source, ...translation], 'fr')).toEqual([
			'content/en/steps/03-c.mdx → order: 2 is already the order of content/en/steps/02-x.mdx; every step needs its own position',
			'content/en/steps/02-x.mdx → id: "x" is not the id of any step of the source edition "fr"; use the id of the step this file translates',
			'content/en/steps/03-c.mdx → order: expected 3, the order of "c" in content/fr/steps/03-c.mdx',
		]);
	});

	test('ids are unique per edition, not across editions', () => {
		expect(checkSteps([...source, step('en', '01-a', 'a', 1)], 'fr')).toEqual([]);
	});
});

describe('checkUi', () => {
	const keys = ['step.read', 'step.number'];
	const fr = {
		file: 'content/fr/ui.json',
		edition: 'fr',
		strings: { 'step.read': 'À lire', 'step.number': 'Étape {number}' },
	};

	test('the source must define every key', () => {
		expect(checkUi([{ ...fr, strings: { 'step.read': 'À lire' } }], keys, 'fr')).toEqual([
			'content/fr/ui.json → step.number: is missing: the source edition must define every UI string',
		]);
	});

	test('a missing source file is reported', () => {
		expect(checkUi([], keys, 'fr')).toEqual([
			'content/fr/ui.json → (file): is missing: the source edition must define every UI string',
		]);
	});

	test('a translation keeps the placeholders of the source', () => {
		const en = { file: 'content/en/ui.json', edition: 'en', strings: { 'step.number': 'Step {n}' } };
		expect(checkUi([fr, en], keys, 'fr')).toEqual([
			'content/en/ui.json → step.number: expected the placeholders {number} as in content/fr/ui.json, got "Step {n}"',
		]);
	});

	test('a translation may leave keys out; they are listed, not rejected', () => {
		const en = { file: 'content/en/ui.json', edition: 'en', strings: { 'step.read': 'To read' } };
		expect(checkUi([fr, en], keys, 'fr')).toEqual([]);
		expect(missingUiKeys(en, keys)).toEqual(['step.number']);
	});
});

test('placeholders are found and sorted', () => {
	expect(placeholders('{title} par {author}, {date}')).toEqual(['author', 'date', 'title']);
	expect(placeholders('rien')).toEqual([]);
});

test('the overview text must place <StepList /> exactly once', () => {
	expect(checkEditionBody('content/fr/edition.mdx', 'Intro\n\n<StepList />\n\nFin')).toEqual([]);
	expect(checkEditionBody('content/fr/edition.mdx', 'Intro')).toEqual([
		'content/fr/edition.mdx → (body): expected <StepList /> exactly once, where the list of steps goes; found it 0 times',
	]);
});

test('the edition folder matches its language tag', () => {
	expect(checkEditionFolder('content/pt-br/edition.mdx', 'pt-br', 'pt-BR')).toEqual([]);
	expect(checkEditionFolder('content/en/edition.mdx', 'en', 'fr')).toEqual([
		'content/en/edition.mdx → lang: expected "en" or a casing of it, to match the folder content/en/, got "fr"',
	]);
});

test('schema issues become problems naming the file and the dotted field', () => {
	expect(
		schemaProblems('content/fr/steps/x.mdx', [{ path: ['read', 'url'], message: 'expected an https:// URL' }]),
	).toEqual(['content/fr/steps/x.mdx → read.url: expected an https:// URL']);
});

test('only translations record the hash of their source', () => {
	expect(checkSourceHash('content/en/steps/01-python.mdx', 'en', 'fr', 'abcdef012345')).toEqual([]);
	expect(checkSourceHash('content/fr/steps/01-python.mdx', 'fr', 'fr', 'abcdef012345')).toEqual([
		'content/fr/steps/01-python.mdx → sourceHash: belongs in translations only; remove it from the source edition "fr"',
	]);
});
