/**
 * What the hand-off link (handoff.ts) does not carry: notes and "what I built"
 * links. Its own file, so that the progress page's tools, which say so, do not
 * load the link's encoder with them.
 */
import type { ProgressRecord } from './record.ts';

/** Whether the record holds a note or a link written (not erased): the hand-off then offers the file, which keeps them. */
export const leavesBehind = (record: ProgressRecord) =>
	Object.values(record.items).some((item) => item.note?.text || item.built?.url);
