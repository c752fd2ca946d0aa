/**
 * The learner's texts as the record holds them (record.ts): whatever way they
 * came in, typed, imported or read from an older record, a note's line ends
 * are `\n`, so nothing that shows or exports it (Mon carnet's Markdown) can
 * meet a line end it does not split on.
 */
import { NOTE_MAX } from './limits.ts';

/** Every way a text can end a line: CommonMark's (`\r\n`, `\r`, `\n`) and Unicode's line and paragraph separators. */
export const LINE_END = /\r\n?|[\n\u2028\u2029]/g;

/** A note as stored: at most NOTE_MAX characters, every line end as `\n`. */
export const cleanNote = (text: string): string => text.replace(LINE_END, '\n').slice(0, NOTE_MAX);
