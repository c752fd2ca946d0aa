/**
 * A translation, block by block. Marking (`npm run i18n:mark`) records, for
 * each translated file, every block of its source as it was then: each
 * paragraph, heading and list item of the text, each frontmatter field (title,
 * summary, the resources' titles, notes and addresses…), each ui.json value.
 * Comparing that record with the source today says which blocks changed, were
 * added or were removed, with a word diff of each, and which translated block
 * goes with it.
 *
 * The record is a sidecar file, `content/<edition>/translated-from/…json`
 * (`recordPath`), not frontmatter: it holds the source's whole text, which
 * would double the translated file a translator works in, and ui.json has no
 * frontmatter. It is plain JSON, so a fork downloaded as a zip, without git
 * history, reads it too. Its shape (`MarkRecord`, format 1):
 *
 *   {
 *     "format": 1,
 *     "source": "fr/steps/01-python.mdx",      the source file, from the content folder
 *     "markedOn": "2026-12-02",                the day of marking (UTC)
 *     "blocks": [
 *       { "key": "summary", "fingerprint": "…", "text": "…", "translation": "…" },
 *       { "key": "¶ 1", "fingerprint": "…", "text": "…", "translation": "…" }
 *     ]
 *   }
 *
 * `fingerprint` is `blockFingerprint(text)`; `translation` the fingerprint of
 * the translated block that went with it then (same key; for the text, same
 * position), so that marking again sees a source block that changed while its
 * translation did not. Text blocks are keyed `¶ <position>` from 1.
 */
import { createHash } from 'node:crypto';
import { diffWordsWithSpace } from 'diff';

export const RECORD_FORMAT = 1;

/** One block of a file: a frontmatter field, a UI string, or a block of the text. */
export interface Block {
	key: string;
	kind: 'field' | 'string' | 'text';
	text: string;
}

export interface MarkedBlock {
	key: string;
	fingerprint: string;
	text: string;
	/** The fingerprint of the translated block that went with it when marked. */
	translation?: string | undefined;
}

export interface MarkRecord {
	format: typeof RECORD_FORMAT;
	/** The source file, relative to the content folder: `fr/steps/01-python.mdx`. */
	source: string;
	/** The day of marking, `YYYY-MM-DD` (UTC). */
	markedOn: string;
	blocks: MarkedBlock[];
}

/** What changed in one source block since marking. */
export interface BlockChange {
	change: 'changed' | 'added' | 'removed';
	/** The block's key: its field, its UI key, or `¶ n`, its position in the source now (when marked, for a removed one). */
	key: string;
	kind: Block['kind'];
	/** The source's text when marked (not for an added block). */
	before?: string | undefined;
	/** The source's text now (not for a removed block). */
	after?: string | undefined;
	/** The translated block that went with it when marked, as it reads now. */
	translation?: string | undefined;
	/** Whether that translated block changed since marking. */
	translationChanged: boolean;
	/** For a changed block, the word diff of `before` and `after`. */
	diff?: DiffPart[] | undefined;
}

/** A run of words of a word diff: kept, removed or added. */
export interface DiffPart {
	text: string;
	change?: 'added' | 'removed';
}

/**
 * A block's text as compared: runs of spaces (no-break ones included) made
 * one, and no space before ; : ! ? » or after «, so a rewrapped line or
 * French spacing is no change, a changed word is.
 */
export function normalizeBlock(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.replace(/ (?=[;:!?»])/g, '')
		.replace(/« /g, '«')
		.trim();
}

/** A block's fingerprint: 12 hex digits of the SHA-256 of its normalized text. */
export function blockFingerprint(text: string): string {
	return createHash('sha256').update(normalizeBlock(text)).digest('hex').slice(0, 12);
}

const TEXT_KEY = '¶';
export const textKey = (position: number) => `${TEXT_KEY} ${position}`;

/**
 * The blocks of a Markdown/MDX text: paragraphs (a tag such as `<ReadCard />`
 * on its own line is one), headings, list items, fenced code kept whole.
 */
export function textBlocks(body: string): Block[] {
	const blocks: string[] = [];
	let current: string[] = [];
	let fence: string | undefined;
	const flush = () => {
		const text = current.join('\n').trim();
		if (text) blocks.push(text);
		current = [];
	};
	for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
		if (fence) {
			current.push(line);
			if (line.trim().startsWith(fence)) {
				fence = undefined;
				flush();
			}
			continue;
		}
		const opening = /^\s*(`{3,}|~{3,})/.exec(line);
		if (opening) {
			flush();
			fence = opening[1];
			current.push(line);
		} else if (line.trim() === '') flush();
		else if (/^#{1,6}\s/.test(line)) {
			flush();
			blocks.push(line.trim());
		} else {
			if (/^\s*(?:[-*+]|\d+[.)])\s/.test(line)) flush();
			current.push(line);
		}
	}
	flush();
	return blocks.map((text, index) => ({ key: textKey(index + 1), kind: 'text', text }));
}

/**
 * Frontmatter fields that are no text to translate: `id` and `order` must
 * match the source (the build checks), `lang` and `dir` are the edition's own,
 * `sourceHash` is the record of the format before this one.
 */
const untracked = new Set(['id', 'order', 'lang', 'dir', 'sourceHash']);

/** Every frontmatter value as a block keyed by its path: `title`, `read.note`, `starter.requires.1.system`. */
export function fieldBlocks(data: Record<string, unknown>): Block[] {
	const walk = (value: unknown, path: string): Block[] => {
		if (value instanceof Date) return [{ key: path, kind: 'field', text: value.toISOString().slice(0, 10) }];
		if (Array.isArray(value)) return value.flatMap((item, index) => walk(item, `${path}.${index + 1}`));
		if (value && typeof value === 'object')
			return Object.entries(value).flatMap(([key, item]) => walk(item, `${path}.${key}`));
		// What is left is text, a number or a boolean: YAML's scalars.
		// eslint-disable-next-line @typescript-eslint/no-base-to-string
		return value === undefined || value === null ? [] : [{ key: path, kind: 'field', text: String(value) }];
	};
	return Object.entries(data)
		.filter(([key]) => !untracked.has(key))
		.flatMap(([key, value]) => walk(value, key));
}

/** A Markdown/MDX file's blocks: its fields, then its text. */
export const markdownBlocks = (data: Record<string, unknown>, body: string): Block[] => [
	...fieldBlocks(data),
	...textBlocks(body),
];

/** A ui.json's blocks, one per value. */
export const stringBlocks = (strings: Record<string, string>): Block[] =>
	Object.entries(strings)
		.filter(([key]) => key !== 'sourceHash')
		.map(([key, text]) => ({ key, kind: 'string', text }));

const isText = (key: string) => key.startsWith(`${TEXT_KEY} `);
const positionOf = (key: string) => Number(key.slice(TEXT_KEY.length + 1));

/** The translated block that goes with a source block: the same key; in the text, the same position. */
function counterpart(key: string, translation: Block[]): Block | undefined {
	return translation.find((block) => block.key === key);
}

/** The record of a translated file, made from its source's blocks and its own, today. */
export function markRecord(source: string, sourceBlocks: Block[], translation: Block[], markedOn: Date): MarkRecord {
	return {
		format: RECORD_FORMAT,
		source,
		markedOn: markedOn.toISOString().slice(0, 10),
		blocks: sourceBlocks.map((block) => {
			const translated = counterpart(block.key, translation);
			return {
				key: block.key,
				fingerprint: blockFingerprint(block.text),
				text: block.text,
				translation: translated && blockFingerprint(translated.text),
			};
		}),
	};
}

/** The words two texts share, over all their words: 1 for the same, 0 for nothing in common. */
function likeness(a: string, b: string): number {
	const parts = diffWordsWithSpace(normalizeBlock(a), normalizeBlock(b));
	const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
	const same = parts.filter((part) => !part.added && !part.removed).reduce((sum, part) => sum + words(part.value), 0);
	const all = words(a) + words(b);
	return all === 0 ? 1 : (2 * same) / all;
}

/** A removed and an added text block this alike are one block, changed. */
const SAME_BLOCK = 0.5;

/**
 * What changed in a source file since it was marked. Fields and strings are
 * matched by key. Text blocks are matched by fingerprint first, wherever they
 * moved (a moved paragraph is no change); of those left, the most alike pairs
 * are one block changed, and the rest were added or removed. `keyedKind`:
 * what a removed keyed block was (a ui.json's are strings).
 */
export function compareBlocks(
	marked: MarkedBlock[],
	source: Block[],
	translation: Block[],
	keyedKind: 'field' | 'string' = 'field',
): BlockChange[] {
	const change = (old: MarkedBlock | undefined, now: Block | undefined): BlockChange => {
		const translated = old && counterpart(old.key, translation);
		return {
			change: !old ? 'added' : !now ? 'removed' : 'changed',
			key: now?.key ?? old?.key ?? '',
			kind: now?.kind ?? (old && isText(old.key) ? 'text' : keyedKind),
			before: old?.text,
			after: now?.text,
			translation: translated?.text,
			translationChanged: !!old && (translated ? blockFingerprint(translated.text) : undefined) !== old.translation,
			diff: old && now ? wordDiff(old.text, now.text) : undefined,
		};
	};
	const changes: BlockChange[] = [];
	// Fields and strings, by key.
	const keyed = source.filter((block) => !isText(block.key));
	const markedKeyed = marked.filter((block) => !isText(block.key));
	for (const now of keyed) {
		const old = markedKeyed.find((block) => block.key === now.key);
		if (!old || old.fingerprint !== blockFingerprint(now.text)) changes.push(change(old, now));
	}
	for (const old of markedKeyed)
		if (!keyed.some((block) => block.key === old.key)) changes.push(change(old, undefined));
	// The text: unchanged blocks found wherever they are, then the most alike pairs.
	const oldText = marked.filter((block) => isText(block.key));
	const newText = source.filter((block) => isText(block.key));
	const unmatchedOld = new Set(oldText);
	const unmatchedNew = newText.filter((now) => {
		const fingerprint = blockFingerprint(now.text);
		const same = [...unmatchedOld].find((old) => old.fingerprint === fingerprint);
		if (same) unmatchedOld.delete(same);
		return !same;
	});
	const pairs = unmatchedNew
		.flatMap((now) => [...unmatchedOld].map((old) => ({ old, now, likeness: likeness(old.text, now.text) })))
		.filter((pair) => pair.likeness >= SAME_BLOCK)
		.sort((a, b) => b.likeness - a.likeness);
	const paired = new Map<Block, MarkedBlock>();
	for (const pair of pairs) {
		if (paired.has(pair.now) || ![...unmatchedOld].includes(pair.old)) continue;
		paired.set(pair.now, pair.old);
		unmatchedOld.delete(pair.old);
	}
	for (const now of unmatchedNew) changes.push(change(paired.get(now), now));
	for (const old of unmatchedOld) changes.push(change(old, undefined));
	// In the order of the file: fields first, then the text by position.
	const rank = (item: BlockChange) => (isText(item.key) ? 1e6 + positionOf(item.key) : 0);
	return changes.sort((a, b) => rank(a) - rank(b));
}

/** Every block of a source a translation lacks, as added: a file still to translate. */
export const allAdded = (source: Block[]): BlockChange[] =>
	source.map((block) => ({
		change: 'added',
		key: block.key,
		kind: block.kind,
		after: block.text,
		translationChanged: false,
	}));

/** A word diff of two texts: runs of words kept, removed or added. */
export function wordDiff(before: string, after: string): DiffPart[] {
	return diffWordsWithSpace(before, after).map((part) => ({
		text: part.value,
		...(part.added ? { change: 'added' as const } : part.removed ? { change: 'removed' as const } : {}),
	}));
}

/** A word diff as plain text, like `git diff --word-diff=plain`: `kept [-removed-]{+added+}`. */
export const plainWordDiff = (diff: DiffPart[]): string =>
	diff
		.map((part) =>
			part.change === 'removed' ? `[-${part.text}-]` : part.change === 'added' ? `{+${part.text}+}` : part.text,
		)
		.join('');

/** What a reader's notice names: how many blocks of the text, and which fields (top-level: `title`, `summary`, `read`…). */
export function changedParts(changes: BlockChange[]): { paragraphs: number; fields: string[] } {
	return {
		paragraphs: changes.filter((item) => item.kind === 'text').length,
		fields: [
			...new Set(changes.filter((item) => item.kind === 'field').map((item) => item.key.split('.')[0] ?? item.key)),
		],
	};
}
