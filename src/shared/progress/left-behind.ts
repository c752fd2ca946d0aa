/**
 * What the hand-off link (handoff.ts) does not carry: notes, "what I built"
 * links and the plan. Its own file, so that the progress page's tools, which say so, do not
 * load the link's encoder with them.
 */
import type { ProgressRecord } from './record.ts';

/** Whether the record holds a note or a link written (not erased), or a plan in force: the hand-off then offers the file, which keeps them. */
export const leavesBehind = (record: ProgressRecord) =>
	!!record.plan?.pace || Object.values(record.items).some((item) => item.note?.text || item.built?.url);
