/**
 * What the offline worker (src/browser/worker/service-worker.ts) downloads, decided at build
 * time from the built files so that a fork needs no list to keep: every page,
 * stylesheet and script, grouped so that a learner downloads the shared pages
 * and files plus one edition, not all of them. Images (icons, sharing images)
 * are left out: no page needs them to be read.
 *
 * Each group travels as one file, `offline/<group>.json` (`offline/_.json` for
 * the shared files, `offline/fr.json` for an edition), not as one request per
 * page: every page carries the same inline stylesheet (inlined for first
 * paint, see docs/benchmarks.md) and the same inline scripts (the theme, the
 * starter, a step's way on and its log's drafts), and gzip only finds a repeat
 * within 32 KB, about one page back. A bundle holds each inline stylesheet and
 * script once and the pages with a marker in its place, so one edition costs
 * about half what its pages do one by one (`npm run weigh` prints it).
 */
import { createHash } from 'node:crypto';
import type { OfflineBundle, PrecachePlan } from '../shared/offline.ts';
import { notSavedPath } from '../shared/url.ts';

const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	css: 'text/css; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
};

/** The bundle of the files at `paths` (served paths, as in the plan), from the built files. */
export function offlineBundle(
	files: { path: string; content: Uint8Array | string }[],
	paths: readonly string[],
): OfflineBundle {
	const byPath = new Map(files.filter((file) => isPrecached(file.path)).map((file) => [servedPath(file.path), file]));
	const pieces: string[] = [];
	const bundle: OfflineBundle = { pieces, files: [] };
	// In the order given: neighbours that repeat each other compress together.
	for (const served of paths) {
		const file = byPath.get(served);
		if (!file) throw new Error(`offline bundle: no built file is served at "${served}"`);
		const text = typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content);
		if (text.includes('\u0001'))
			throw new Error(`${file.path}: holds the character U+0001, which the offline bundle uses as a marker`);
		// An element without attributes only: a script with a type or a source (JSON-LD, data, a module) stays as it is.
		const body = text.replace(/<(style|script)>([\s\S]*?)<\/\1>/g, (_, tag: string, code: string) => {
			const index = pieces.indexOf(code);
			return `<${tag}>\u0001${index < 0 ? pieces.push(code) - 1 : index}\u0001</${tag}>`;
		});
		bundle.files.push([served, TYPES[file.path.split('.').pop() as string] as string, body]);
	}
	return bundle;
}

/** A built file that a page needs offline: a page, a stylesheet or a script (the worker itself excluded). */
export const isPrecached = (file: string): boolean => /\.(html|css|js)$/.test(file) && file !== 'sw.js';

/** The URL path a built file is served at: `fr/python/index.html` → `fr/python/`, `index.html` → ``. */
export const servedPath = (file: string): string => file.replace(/(^|\/)index\.html$/, '$1');

/** Groups the built files (paths relative to the output folder, with their contents) into the plan. */
export function precachePlan(
	files: { path: string; content: Uint8Array | string }[],
	editionIds: readonly string[],
	base: string,
	source: string,
): PrecachePlan {
	const listed = files.filter((file) => isPrecached(file.path)).sort((a, b) => a.path.localeCompare(b.path));
	const hash = createHash('sha256');
	for (const file of listed) hash.update(file.path).update('\0').update(file.content).update('\0');
	const editions: Record<string, string[]> = Object.fromEntries(editionIds.map((id) => [id, []]));
	const shared: string[] = [];
	for (const { path } of listed) {
		const served = servedPath(path);
		const edition = editionIds.find((id) => served.startsWith(`${id}/`));
		if (served !== '') (edition && path.endsWith('.html') ? (editions[edition] as string[]) : shared).push(served);
	}
	return { base, version: hash.digest('hex').slice(0, 12), shared, editions, source, notSaved: notSavedPath('') };
}
