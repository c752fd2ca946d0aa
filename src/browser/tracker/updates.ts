/**
 * "Updated since you ticked it": which ticked resources the content has
 * changed since (data-switch="updated", see tracker.ts). A notice needs a
 * tick, so this loads only once there is progress: with the notes editor on a
 * step page, with the tools on the overview; every other page is spared it.
 */
import { resourceChange } from '../../shared/progress/fingerprint.ts';
import type { Kind } from '../../shared/progress/record.ts';
import { state, render, switches } from './state.ts';

switches.updated = ({ dataset }) => {
	const mark = state.record.items[dataset.of as string]?.[dataset.mark as Kind];
	return mark?.done ? resourceChange(mark.fp, dataset.fp as string) : '';
};
render();
