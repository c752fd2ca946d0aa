/**
 * Where a step's note and link typed before its editor arrived wait for it,
 * beside the record (record.ts, `:draft:`). A module of its own: the key
 * serves the log's inline script, the editor and "start again", never the
 * tracker's entry, which every page loads within 2 KB.
 */
import { storageKey } from './record.ts';

export const draftKey = (roadmap: string, base: string, id: string): string =>
	`${storageKey(roadmap, base)}:draft:${id}`;
