/**
 * Storage rules: re-read before every write, never overwrite what we cannot
 * read, never break when storage refuses to work, never touch other keys.
 */
import { describe, expect, test } from 'vitest';
import { decide, setMark } from '../../src/shared/progress/decide.ts';
import { merge } from '../../src/shared/progress/merge.ts';
import { MAX_ITEMS, MAX_RAW, NOTE_MAX } from '../../src/shared/progress/limits.ts';
import { CURRENT_VERSION, legacyKey, type ProgressRecord, storageKey } from '../../src/shared/progress/record.ts';
import {
	backupKey,
	elsewhere,
	exportText,
	refresh,
	startAgain,
	TICK_ROOM,
	updateKeeping as update,
} from '../../src/shared/progress/keep.ts';
import { parseProgress } from '../../src/shared/progress/parse.ts';
import { choosePlan } from '../../src/shared/progress/plan-choice.ts';
import {
	load as loadFast,
	type Place,
	type StorageLike,
	update as updateSaved,
} from '../../src/shared/progress/store.ts';
import { editionOf, editions } from '../support/content.ts';

const { roadmap } = editionOf(editions()[0] as string);
const base = '/roadmap/';
const key = storageKey(roadmap, base);
const at = (minute: number) => `2026-11-25T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** An in-memory Storage that can be told to fail. */
function fakeStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	const fail = { get: false, set: false };
	const storage: StorageLike = {
		getItem: (name) => {
			if (fail.get) throw new DOMException('blocked', 'SecurityError');
			return data.get(name) ?? null;
		},
		setItem: (name, value) => {
			if (fail.set) throw new DOMException('full', 'QuotaExceededError');
			data.set(name, value);
		},
		removeItem: (name) => void data.delete(name),
	};
	const place: Place = { get: () => storage, roadmap, base };
	return { storage, data, fail, place };
}

/** Storage read whatever its format, as the tracker does once keep.ts has loaded. */
const load = (place: Place) => loadFast(place, undefined, (raw, name) => parseProgress(raw, name));

const tick = (id: string, kind: 'read' | 'do', minute: number) => (record: Parameters<typeof setMark>[0]) =>
	setMark(record, id, kind, true, new Date(at(minute)));

test('a tick is saved and read back', () => {
	const { data, place } = fakeStorage();
	const state = update(place, load(place), tick('python', 'read', 1));
	expect(state.mode).toBe('saved');
	expect(JSON.parse(data.get(key) ?? '')).toEqual({
		version: CURRENT_VERSION,
		roadmap,
		items: { python: { read: { done: true, at: at(1) } } },
	});
	expect(load(place).record).toEqual(state.record);
});

test('two tabs ticking different boxes keep both: each write starts from storage', () => {
	const { place } = fakeStorage();
	const tabA = load(place);
	const tabB = load(place);
	updateSaved(place, tabA, tick('python', 'read', 1));
	const afterB = updateSaved(place, tabB, tick('datasets', 'do', 2));
	expect(Object.keys(afterB.record.items).sort()).toEqual(['datasets', 'python']);
	expect(Object.keys(load(place).record.items).sort()).toEqual(['datasets', 'python']);
});

test('a stale tab cannot undo a reset made in another tab', () => {
	const { data, place } = fakeStorage();
	const stale = update(place, load(place), tick('python', 'read', 1));
	data.delete(key); // the other tab resets
	const after = update(place, stale, tick('datasets', 'read', 2));
	expect(Object.keys(after.record.items)).toEqual(['datasets']);
});

describe.each([
	['unparseable JSON', '{"version":2,"items":', 'invalid'],
	['a wrong shape', '{"version":2,"items":[]}', 'invalid'],
	['a newer version', JSON.stringify({ version: CURRENT_VERSION + 1, roadmap, items: {}, streak: 4 }), 'newer'],
	["another app's value", '{"version":99,"name":"todo-app"}', 'foreign'],
	[
		'a value over the limits',
		JSON.stringify({
			version: CURRENT_VERSION,
			roadmap,
			items: Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`s${i}`, {}])),
		}),
		'large',
	],
] as const)('%s in storage', (_, raw, reason) => {
	test('is kept untouched; the tracker works in memory and offers the raw value', () => {
		const { data, place } = fakeStorage({ [key]: raw });
		const state = load(place);
		expect(state).toMatchObject({ mode: 'kept', reason, raw });
		const after = update(place, state, tick('python', 'read', 1));
		expect(after.mode).toBe('kept');
		expect(after.record.items.python?.read?.done).toBe(true);
		expect(data.get(key)).toBe(raw);
	});
});

test("without carrying memory over, the tracker's saved-mode update drops nothing it was given", () => {
	const { place } = fakeStorage();
	expect(updateSaved(place, load(place), tick('python', 'read', 1)).record.items.python?.read?.done).toBe(true);
});

test('every page reads the current format at once; anything else waits for the full reader, which settles it', () => {
	const { data, place } = fakeStorage({ [key]: '{"version":1,"items":{"python":{"read":"2025-01-01T00:00:00Z"}}}' });
	const first = loadFast(place);
	expect(first).toMatchObject({ mode: 'kept', reason: 'other' });
	const settled = refresh(place, first);
	expect(settled.mode).toBe('saved');
	expect(JSON.parse(data.get(key) ?? '').version).toBe(CURRENT_VERSION);
	expect(loadFast(place).mode).toBe('saved');
});

test('an older version is migrated, and written in the current format on the next change', () => {
	const { data, place } = fakeStorage({ [key]: '{"version":1,"items":{"python":{"read":"2025-01-01T00:00:00Z"}}}' });
	const state = load(place);
	expect(state.mode).toBe('saved');
	update(place, state, tick('python', 'do', 1));
	expect(JSON.parse(data.get(key) ?? '')).toEqual({
		version: CURRENT_VERSION,
		roadmap,
		items: { python: { read: { done: true, at: '2025-01-01T00:00:00Z' }, do: { done: true, at: at(1) } } },
	});
});

test('storage that throws on access leaves the tracker working for the visit', () => {
	const blocked = () => {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	};
	const place: Place = { get: blocked, roadmap, base };
	const state = load(place);
	expect(state.mode).toBe('unavailable');
	const after = update(place, state, tick('python', 'read', 1));
	expect(after).toMatchObject({ mode: 'unavailable', record: { items: { python: { read: { done: true } } } } });
});

test('missing storage (no localStorage at all) works in memory', () => {
	const place: Place = { get: () => undefined, roadmap, base };
	expect(update(place, load(place), tick('python', 'read', 1)).mode).toBe('unavailable');
});

test('a full storage keeps every change made during the visit, and saves them once it works again', () => {
	const { data, fail, place } = fakeStorage();
	fail.set = true;
	let state = update(place, load(place), tick('python', 'read', 1));
	state = update(place, state, tick('python', 'do', 2));
	expect(state.mode).toBe('unavailable');
	expect(Object.keys(state.record.items.python ?? {}).sort()).toEqual(['do', 'read']);
	fail.set = false;
	state = update(place, state, tick('datasets', 'read', 3));
	expect(state.mode).toBe('saved');
	expect(Object.keys(JSON.parse(data.get(key) ?? '').items).sort()).toEqual(['datasets', 'python']);
});

test('only our key is written; other keys on the origin are left alone', () => {
	const { data, place } = fakeStorage({ 'other-site': 'theirs', 'ml-roadmap:progress:/other-fork/': 'fork' });
	update(place, load(place), tick('python', 'read', 1));
	expect(data.get('other-site')).toBe('theirs');
	expect(data.get('ml-roadmap:progress:/other-fork/')).toBe('fork');
});

test('unticking everything removes the key instead of leaving an empty record behind', () => {
	const { data, place } = fakeStorage();
	const state = update(place, load(place), tick('python', 'read', 1));
	expect(data.has(key)).toBe(true);
	update(place, state, (record) => ({ ...record, items: {} }));
	expect(data.has(key)).toBe(false);
});

test('a record holding only a plan, or only a copy date, is kept; erasing everything removes the key', () => {
	const { data, place } = fakeStorage();
	let state = update(place, load(place), (record) => choosePlan(record, 5, '2026-11-30', new Date(at(1))));
	expect(loadFast(place).record.plan).toEqual({ pace: 5, start: '2026-11-30', at: at(1) });
	state = update(place, state, (record) => ({ version: record.version, roadmap, items: {}, copied: at(2) }));
	expect(loadFast(place).record.copied).toBe(at(2));
	update(place, state, () => ({ version: CURRENT_VERSION, roadmap, items: {} }));
	expect(data.has(key)).toBe(false);
});

describe('the way out of kept mode', () => {
	test('"keep a copy and start again" keeps the raw value under a backup key, then saving works', () => {
		const raw = '{"version":2,"items":';
		const { data, place } = fakeStorage({ [key]: raw });
		let state = update(place, load(place), tick('python', 'read', 1));
		expect(state.mode).toBe('kept');
		state = startAgain(place, state);
		expect(state.mode).toBe('saved');
		expect(data.get(backupKey(place))).toBe(raw);
		state = update(place, state, tick('python', 'do', 2));
		expect(Object.keys(JSON.parse(data.get(key) ?? '').items.python).sort()).toEqual(['do', 'read']);
	});

	test('with no room for the backup, starting again still works: the download was the copy', () => {
		const { data, fail, place } = fakeStorage({ [key]: 'not json' });
		const state = load(place);
		fail.set = true;
		expect(startAgain(place, state).mode).toBe('saved');
		expect(data.has(backupKey(place))).toBe(false);
		expect(data.has(key)).toBe(false);
	});

	test('nothing else replaces a kept value: not a reset, not a refresh', () => {
		const raw = 'not json';
		const { data, place } = fakeStorage({ [key]: raw });
		let state = update(place, load(place), (record) => ({ ...record, items: {} }));
		state = refresh(place, state);
		expect(state.mode).toBe('kept');
		expect(data.get(key)).toBe(raw);
	});
});

describe('a reload merges instead of replacing', () => {
	test("ticks kept in memory while storage was full survive another tab's change, and are saved when it has room", () => {
		const { data, fail, place } = fakeStorage();
		fail.set = true;
		let state = update(place, load(place), tick('python', 'read', 1));
		expect(state.mode).toBe('unavailable');
		// Another tab writes.
		data.set(
			key,
			JSON.stringify({ version: CURRENT_VERSION, roadmap, items: { datasets: { do: { done: true, at: at(2) } } } }),
		);
		state = refresh(place, state);
		expect(state.mode).toBe('unavailable');
		expect(Object.keys(state.record.items).sort()).toEqual(['datasets', 'python']);
		fail.set = false;
		state = refresh(place, state);
		expect(state.mode).toBe('saved');
		expect(Object.keys(JSON.parse(data.get(key) ?? '').items).sort()).toEqual(['datasets', 'python']);
	});

	test("in saved mode a refresh shows storage as it is (another tab's reset wins)", () => {
		const { data, place } = fakeStorage();
		const state = update(place, load(place), tick('python', 'read', 1));
		data.delete(key);
		expect(refresh(place, state).record.items).toEqual({});
	});
});

describe('limits', () => {
	test('a change that would take the record past the size limit is refused and changes nothing', () => {
		const { data, place } = fakeStorage();
		const state = update(place, load(place), tick('python', 'read', 1));
		const before = data.get(key);
		const after = update(place, state, (record) => ({
			...record,
			items: {
				...record.items,
				...Object.fromEntries(
					Array.from({ length: 3000 }, (_, i) => [`s${i}`, { note: { text: 'x'.repeat(100), at: at(2) } }]),
				),
			},
		}));
		expect(after.refused).toBe(true);
		expect(after.record).toEqual(state.record);
		expect(data.get(key)).toBe(before);
	});
});

describe('every write path enforces every limit', () => {
	/** `count` step ids the content does not have, each with one tick: about 27 KB for 2,000. */
	const unknown = (count: number) =>
		({
			version: CURRENT_VERSION,
			roadmap,
			items: Object.fromEntries(
				Array.from({ length: count }, (_, i) => [`gone-${i}`, { read: { done: true, at: at(1) } }]),
			),
		}) as const;
	const contentIds = ['python', 'datasets'];

	test('an import of 2,000 unknown ids into a record with a tick is refused before anything is stored; a note is then saved, and there after a reload', () => {
		const { data, place } = fakeStorage();
		let state = updateSaved(place, loadFast(place), tick('python', 'read', 1));
		const before = data.get(key);
		const file = JSON.stringify(unknown(MAX_ITEMS));
		// The file alone is within what an import reads…
		const parsed = parseProgress(file, roadmap);
		expect(parsed.status).toBe('ok');
		// …but merged with what is held, past the id limit: refused, nothing stored.
		state = update(place, state, (record) => merge(record, (parsed as { record: ProgressRecord }).record), contentIds);
		expect(state.refused).toBe(true);
		expect(data.get(key)).toBe(before);
		state = update(
			place,
			state,
			(record) => decide(record, 'python', 'note', { text: 'Noted' }, new Date(at(2))),
			contentIds,
		);
		expect(state).toMatchObject({ mode: 'saved' });
		expect(state.refused).toBeUndefined();
		// The next page reads it the fast way, and so does the full reader: never kept mode.
		expect(loadFast(place).record.items.python?.note?.text).toBe('Noted');
		expect(refresh(place, loadFast(place)).mode).toBe('saved');
	});

	test("the content's ids count against the limit, so a tick afterwards cannot take the record past it", () => {
		const { place } = fakeStorage();
		const state = update(
			place,
			loadFast(place),
			(record) => merge(record, unknown(MAX_ITEMS - contentIds.length)),
			contentIds,
		);
		expect(state.mode).toBe('saved');
		const ticked = contentIds.reduce((next, id, i) => updateSaved(place, next, tick(id, 'do', i + 2)), state);
		expect(Object.keys(ticked.record.items)).toHaveLength(MAX_ITEMS);
		expect(
			update(place, ticked, (record) => merge(record, unknown(MAX_ITEMS - contentIds.length + 1)), contentIds).refused,
		).toBe(true);
	});

	test('a record an older version wrote past the id limit stays readable: a note is saved, never held in memory while said saved', () => {
		// Written the way the tracker writes (checksum beside it), as the import without the id check did.
		const { place, data } = fakeStorage();
		updateSaved(place, loadFast(place), (record) => merge(record, unknown(MAX_ITEMS + 1)));
		const state = update(place, loadFast(place), (record) =>
			decide(record, 'gone-1', 'note', { text: 'Still here' }, new Date(at(2))),
		);
		expect(state.mode).toBe('saved');
		expect(JSON.parse(data.get(key) ?? '').items['gone-1'].note.text).toBe('Still here');
	});

	test('"keep a copy and start again" never saves a record past the limits, and undo goes through the same check', () => {
		const { data, place } = fakeStorage({ [key]: 'not json' });
		const kept = { ...load(place), record: unknown(MAX_ITEMS + 1) as unknown as ProgressRecord };
		expect(startAgain(place, kept).refused).toBe(true);
		expect(data.get(key)).toBe('not json');
	});

	test('any record storage takes exports to a file that imports back', () => {
		const { data, place } = fakeStorage();
		// Notes as long as they may be, on as many steps as fit under the limit.
		let state = loadFast(place);
		for (let i = 0; !state.refused; i++)
			state = update(place, state, (record) =>
				decide(record, `step-${i}`, 'note', { text: `${'x'.repeat(NOTE_MAX - 10)}\n${i}` }, new Date(at(3))),
			);
		const stored = data.get(key) ?? '';
		expect(stored.length).toBeGreaterThan(MAX_RAW - TICK_ROOM - NOTE_MAX - 200);
		const file = exportText(loadFast(place).record);
		expect(parseProgress(file.trim(), roadmap)).toEqual({ status: 'ok', record: loadFast(place).record });
		// With every box of the content ticked too, the file still imports.
		const ticked = contentIds.reduce(
			(next, id, i) => updateSaved(place, updateSaved(place, next, tick(id, 'read', i)), tick(id, 'do', i)),
			loadFast(place),
		);
		expect(parseProgress(exportText(ticked.record).trim(), roadmap).status).toBe('ok');
	});
});

describe('names every object already has are never step ids: in files, links and storage', () => {
	for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
		test(name, () => {
			const raw = `{"version":${CURRENT_VERSION},"roadmap":"${roadmap}","items":{"${name}":{"read":{"done":true,"at":"${at(1)}"}}}}`;
			expect(parseProgress(raw, roadmap).status).toBe('invalid');
			const { data, place } = fakeStorage({ [key]: raw });
			const state = update(place, load(place), tick('python', 'read', 2));
			expect(state.mode).toBe('kept');
			expect(data.get(key)).toBe(raw);
			expect(Object.getOwnPropertyNames(Object)).not.toContain('read');
		});
	}
});

describe('the key of versions 1 and 2', () => {
	test('is taken over once: it is read, moved under the new key by the first write, and a later reset does not bring it back', () => {
		const old = '{"version":2,"items":{"python":{"read":{"done":true,"at":"2026-01-01T00:00:00Z"}}}}';
		const { data, place } = fakeStorage({ [legacyKey(base)]: old });
		let state = refresh(place, loadFast(place));
		expect(state.record.items.python?.read?.done).toBe(true);
		state = updateSaved(place, state, tick('python', 'do', 1));
		expect(Object.keys(JSON.parse(data.get(key) ?? '').items.python)).toEqual(['read', 'do']);
		expect(data.has(legacyKey(base))).toBe(false);
		updateSaved(place, state, (record) => ({ ...record, items: {} }));
		expect(load(place).record.items).toEqual({});
	});

	test("another path's old key is left alone", () => {
		const { data, place } = fakeStorage({ [legacyKey('/other/')]: 'theirs' });
		load(place);
		expect(data.get(legacyKey('/other/'))).toBe('theirs');
		expect(data.has(key)).toBe(false);
	});
});

describe('the checksum beside the value', () => {
	test('a value the tracker wrote is read at once, without the full reader', () => {
		const { place } = fakeStorage();
		updateSaved(place, loadFast(place), tick('python', 'read', 1));
		expect(loadFast(place)).toMatchObject({ mode: 'saved', record: { items: { python: { read: { done: true } } } } });
	});

	test('a value changed behind its back (an edit, another version) goes through the validator', () => {
		const { data, place } = fakeStorage();
		updateSaved(place, loadFast(place), tick('python', 'read', 1));
		data.set(key, (data.get(key) ?? '').replace('"done":true', '"done":"yes"'));
		const state = loadFast(place);
		expect(state).toMatchObject({ mode: 'kept', reason: 'other' });
		expect(refresh(place, state)).toMatchObject({ mode: 'kept', reason: 'invalid' });
	});
});

describe('progress under another path of this origin', () => {
	test('is found, under the new key or the old one, with something in it; ours and other roadmaps are not', () => {
		const value = JSON.stringify({
			version: CURRENT_VERSION,
			roadmap,
			items: { python: { read: { done: true, at: at(1) } } },
		});
		const { data, place } = fakeStorage({
			[storageKey(roadmap, '/old-name/')]: value,
			[`${storageKey(roadmap, '/old-name/')}:sum`]: 'x',
			[legacyKey('/older-name/')]:
				'{"version":2,"items":{"python":{"read":{"done":true,"at":"2026-01-01T00:00:00Z"}}}}',
			[legacyKey('/empty/')]: '{"version":2,"items":{}}',
			[storageKey('web-dev-path', '/other/')]: value,
			[key]: value,
		});
		expect(
			elsewhere(place, [...data.keys()])
				.map(({ base }) => base)
				.sort(),
		).toEqual(['/old-name/', '/older-name/']);
		expect(data.size).toBe(6);
	});
});
