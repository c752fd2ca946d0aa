/**
 * Storage rules: re-read before every write, never overwrite what we cannot
 * read, never break when storage refuses to work, never touch other keys.
 */
import { describe, expect, test } from 'vitest';
import { setMark } from '../../src/lib/progress/merge.ts';
import { load, type StorageLike, update } from '../../src/lib/progress/store.ts';

const key = 'ml-roadmap:progress:/roadmap/';
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
	return { storage, data, fail };
}

const tick = (id: string, kind: 'read' | 'do', minute: number) => (record: Parameters<typeof setMark>[0]) => setMark(record, id, kind, true, at(minute));

test('a tick is saved and read back', () => {
	const { storage, data } = fakeStorage();
	const state = update(() => storage, key, load(() => storage, key), tick('python', 'read', 1));
	expect(state.mode).toBe('saved');
	expect(JSON.parse(data.get(key) ?? '')).toEqual({ version: 2, items: { python: { read: { done: true, at: at(1) } } } });
	expect(load(() => storage, key).record).toEqual(state.record);
});

test('two tabs ticking different boxes keep both: each write starts from storage', () => {
	const { storage } = fakeStorage();
	const tabA = load(() => storage, key);
	const tabB = load(() => storage, key);
	update(() => storage, key, tabA, tick('python', 'read', 1));
	const afterB = update(() => storage, key, tabB, tick('datasets', 'do', 2));
	expect(Object.keys(afterB.record.items).sort()).toEqual(['datasets', 'python']);
	expect(Object.keys(load(() => storage, key).record.items).sort()).toEqual(['datasets', 'python']);
});

test('a stale tab cannot undo a reset made in another tab', () => {
	const { storage, data } = fakeStorage();
	const stale = update(() => storage, key, load(() => storage, key), tick('python', 'read', 1));
	data.delete(key); // the other tab resets
	const after = update(() => storage, key, stale, tick('datasets', 'read', 2));
	expect(Object.keys(after.record.items)).toEqual(['datasets']);
});

describe.each([
	['unparseable JSON', '{"version":2,"items":', 'invalid'],
	['a wrong shape', '{"version":2,"items":[]}', 'invalid'],
	['a newer version', '{"version":3,"items":{},"streak":4}', 'newer'],
] as const)('%s in storage', (_, raw, reason) => {
	test('is kept untouched; the tracker works in memory and offers the raw value', () => {
		const { storage, data } = fakeStorage({ [key]: raw });
		const state = load(() => storage, key);
		expect(state).toMatchObject({ mode: 'kept', reason, raw });
		const after = update(() => storage, key, state, tick('python', 'read', 1));
		expect(after.mode).toBe('kept');
		expect(after.record.items.python?.read?.done).toBe(true);
		expect(data.get(key)).toBe(raw);
	});
});

test('an older version is migrated, and written in the current format on the next change', () => {
	const { storage, data } = fakeStorage({ [key]: '{"version":1,"items":{"python":{"read":"2025-01-01T00:00:00Z"}}}' });
	const state = load(() => storage, key);
	expect(state.mode).toBe('saved');
	update(() => storage, key, state, tick('python', 'do', 1));
	expect(JSON.parse(data.get(key) ?? '')).toEqual({
		version: 2,
		items: { python: { read: { done: true, at: '2025-01-01T00:00:00Z' }, do: { done: true, at: at(1) } } },
	});
});

test('storage that throws on access leaves the tracker working for the visit', () => {
	const blocked = () => {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	};
	const state = load(blocked, key);
	expect(state.mode).toBe('unavailable');
	const after = update(blocked, key, state, tick('python', 'read', 1));
	expect(after).toMatchObject({ mode: 'unavailable', record: { items: { python: { read: { done: true } } } } });
});

test('missing storage (no localStorage at all) works in memory', () => {
	expect(update(() => undefined, key, load(() => undefined, key), tick('python', 'read', 1)).mode).toBe('unavailable');
});

test('a full storage keeps every change made during the visit, and saves them once it works again', () => {
	const { storage, data, fail } = fakeStorage();
	fail.set = true;
	let state = update(() => storage, key, load(() => storage, key), tick('python', 'read', 1));
	state = update(() => storage, key, state, tick('python', 'do', 2));
	expect(state.mode).toBe('unavailable');
	expect(Object.keys(state.record.items.python ?? {}).sort()).toEqual(['do', 'read']);
	fail.set = false;
	state = update(() => storage, key, state, tick('datasets', 'read', 3));
	expect(state.mode).toBe('saved');
	expect(Object.keys(JSON.parse(data.get(key) ?? '').items).sort()).toEqual(['datasets', 'python']);
});

test('only our key is written; other keys on the origin are left alone', () => {
	const { storage, data } = fakeStorage({ 'other-site': 'theirs', 'ml-roadmap:progress:/other-fork/': 'fork' });
	update(() => storage, key, load(() => storage, key), tick('python', 'read', 1));
	expect(data.get('other-site')).toBe('theirs');
	expect(data.get('ml-roadmap:progress:/other-fork/')).toBe('fork');
});

test('unticking everything removes the key instead of leaving an empty record behind', () => {
	const { storage, data } = fakeStorage();
	const state = update(() => storage, key, load(() => storage, key), tick('python', 'read', 1));
	expect(data.has(key)).toBe(true);
	update(() => storage, key, state, () => ({ version: 2, items: {} }));
	expect(data.has(key)).toBe(false);
});
