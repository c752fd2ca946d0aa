/**
 * A translation, block by block: what counts as a change of the source, and
 * what a translator is shown. The texts are the source edition's own.
 */
import { expect, test } from 'vitest';
import { pendingFiles } from '../../src/build/translation-report.ts';
import { readEditions } from '../../src/build/content-reader.ts';
import { contentDir, SOURCE_EDITION } from '../../src/build/editions.ts';
import { frenchSpacing } from '../../src/shared/french-typography.ts';
import {
	allAdded,
	type Block,
	blockFingerprint,
	compareBlocks,
	markdownBlocks,
	markRecord,
	plainWordDiff,
	stringBlocks,
	textBlocks,
	wordDiff,
} from '../../src/build/translation-blocks.ts';

const source = readEditions(contentDir).find((edition) => edition.id === SOURCE_EDITION);
/** The source step with the most paragraphs, and its blocks. */
const step = [...(source?.steps ?? [])].sort((a, b) => textBlocks(b.body).length - textBlocks(a.body).length)[0];
if (!step || textBlocks(step.body).length < 3)
	throw new Error('these tests need a source step of three paragraphs or more');
const blocks = markdownBlocks(step.data, step.body);
const paragraphs = textBlocks(step.body);
/** A paragraph of several words, and its first word. */
const paragraph = paragraphs.find((block) => block.text.split(' ').length > 5) ?? paragraphs[0];
const word = paragraph?.text.split(' ')[0] ?? '';
const body = (texts: string[]) => texts.join('\n\n');
/** What marking records when the translation is the source itself: enough to compare sources. */
const marked = (of: Block[]) => markRecord('source.mdx', of, of, new Date('2026-12-01')).blocks;

test('a fingerprint ignores line breaks, runs of spaces and French spacing, not a changed word', () => {
	const text = paragraph?.text ?? '';
	const rewrapped = text.replace(/ /g, (_space: string, index: number) => (index % 3 === 0 ? '\n' : '  '));
	expect(blockFingerprint(rewrapped)).toBe(blockFingerprint(text));
	expect(blockFingerprint(frenchSpacing(`${text} : « ${word} » ; ${word} ?`))).toBe(
		blockFingerprint(`${text}: «${word}»; ${word}?`),
	);
	expect(blockFingerprint(text.replace(word, `${word}s`))).not.toBe(blockFingerprint(text));
});

test('the text splits into paragraphs, headings and list items; fenced code stays whole', () => {
	const split = textBlocks(
		'# Titre\nUn paragraphe\nsur deux lignes.\n\n- un\n- deux\n  suite\n\n```py\na = 1\n\nb = 2\n```\n<ReadCard />\n',
	);
	expect(split.map((block) => block.text)).toEqual([
		'# Titre',
		'Un paragraphe\nsur deux lignes.',
		'- un',
		'- deux\n  suite',
		'```py\na = 1\n\nb = 2\n```',
		'<ReadCard />',
	]);
	expect(split.map((block) => block.key)).toEqual(['¶ 1', '¶ 2', '¶ 3', '¶ 4', '¶ 5', '¶ 6']);
});

test('an unchanged source has no change; a moved paragraph is no change either', () => {
	expect(compareBlocks(marked(blocks), blocks, blocks)).toEqual([]);
	const texts = paragraphs.map((block) => block.text);
	const moved = textBlocks(body([...texts.slice(1), texts[0] ?? '']));
	expect(compareBlocks(marked(paragraphs), moved, paragraphs)).toEqual([]);
});

test('an added and a removed paragraph are reported, with their text and position', () => {
	const texts = paragraphs.map((block) => block.text);
	const added = 'Un paragraphe tout à fait nouveau, que la traduction n’a pas encore.';
	const withAdded = textBlocks(body([texts[0] ?? '', added, ...texts.slice(1)]));
	expect(compareBlocks(marked(paragraphs), withAdded, paragraphs)).toEqual([
		{
			change: 'added',
			key: '¶ 2',
			kind: 'text',
			after: added,
			before: undefined,
			translation: undefined,
			translationChanged: false,
			diff: undefined,
		},
	]);

	const withoutSecond = textBlocks(body([texts[0] ?? '', ...texts.slice(2)]));
	const [removed, ...others] = compareBlocks(marked(paragraphs), withoutSecond, paragraphs);
	expect(others).toEqual([]);
	expect(removed).toMatchObject({ change: 'removed', key: '¶ 2', before: texts[1], translation: texts[1] });
});

test('a changed sentence is one block changed, with the word diff of the source and the translated block beside it', () => {
	const translation = paragraphs.map((block) => ({ ...block, text: `[translated] ${block.text}` }));
	const record = markRecord('source.mdx', paragraphs, translation, new Date('2026-12-01')).blocks;
	const changed = paragraphs.map((block) =>
		block === paragraph ? { ...block, text: block.text.replace(word, `${word} vraiment`) } : block,
	);
	const [change, ...others] = compareBlocks(record, changed, translation);
	expect(others).toEqual([]);
	expect(change).toMatchObject({
		change: 'changed',
		key: paragraph?.key,
		before: paragraph?.text,
		translation: `[translated] ${paragraph?.text}`,
		translationChanged: false,
	});
	expect(change?.diff?.filter((part) => part.change).map((part) => ({ ...part, text: part.text.trim() }))).toEqual([
		{ text: 'vraiment', change: 'added' },
	]);
});

test('the word diff of a sentence names the words removed and added', () => {
	const diff = wordDiff('Vous voudrez commencer par Python.', 'Vous devrez commencer par Python.');
	expect(diff).toEqual([
		{ text: 'Vous ' },
		{ text: 'voudrez', change: 'removed' },
		{ text: 'devrez', change: 'added' },
		{ text: ' commencer par Python.' },
	]);
	expect(plainWordDiff(diff)).toBe('Vous [-voudrez-]{+devrez+} commencer par Python.');
});

test('frontmatter fields are blocks keyed by their path, tracked like paragraphs; id and order are not', () => {
	const keys = blocks.map((block) => block.key);
	expect(keys).toEqual(expect.arrayContaining(['title', 'summary', 'read.title', 'read.url', 'do.title']));
	expect(keys).not.toContain('id');
	expect(keys).not.toContain('order');
	const summary = `${String(step.data.summary)} Une phrase de plus.`;
	const changes = compareBlocks(
		marked(blocks),
		markdownBlocks({ ...step.data, summary, order: 99 }, step.body),
		blocks,
	);
	expect(changes).toMatchObject([{ change: 'changed', key: 'summary', kind: 'field', after: summary }]);
});

test('ui.json values are blocks keyed by their key: changed, added and removed', () => {
	const strings = source?.ui?.strings ?? {};
	const [first = '', second = ''] = Object.keys(strings);
	const before = stringBlocks(strings);
	const { [second]: _removed, ...rest } = { ...strings, [first]: `${strings[first]} (modifié)`, 'new.key': 'Nouveau' };
	const changes = compareBlocks(marked(before), stringBlocks(rest), before, 'string');
	expect(changes.map(({ change, key, kind }) => ({ change, key, kind }))).toEqual([
		{ change: 'changed', key: first, kind: 'string' },
		{ change: 'added', key: 'new.key', kind: 'string' },
		{ change: 'removed', key: second, kind: 'string' },
	]);
});

test('the translations page lists at most so many blocks, all editions together, and counts the rest', () => {
	const change = allAdded(blocks)[0];
	if (!change) throw new Error('no block');
	const file = (count: number) => ({
		kind: 'overview' as const,
		sourceFile: 'source.mdx',
		state: 'outdated' as const,
		changes: Array(count).fill(change),
		sourceChanged: true,
	});
	const edition = (id: string, counts: number[]) => ({
		id,
		source: false,
		overview: 'outdated' as const,
		steps: [],
		ui: { state: 'translated' as const, missing: [], translated: 0, total: 0 },
		files: counts.map(file),
	});
	const { editions, left } = pendingFiles([edition('a', [3, 4]), edition('b', [5])], 6);
	expect(editions.map((shown) => shown.files.map((shownFile) => shownFile.changes.length))).toEqual([[3, 3], [0]]);
	expect(left).toBe(6);
});
