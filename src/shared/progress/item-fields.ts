/**
 * The fields of an item (record.ts), in the order they are written: what
 * merging, the import preview and the last-saved date walk through. Its own
 * module, so that the script every page loads, which holds record.ts, does
 * not carry the list.
 */
import type { Field } from './record.ts';

export const FIELDS = ['read', 'do', 'skip', 'revisit', 'note', 'built'] as const satisfies readonly Field[];
