/**
 * A hook for on-demand modules that show the record outside the tracker's
 * switches (a step's note and link fields, Mon carnet): `follow` runs each
 * time the tracker shows the record, after a change here or in another tab
 * (its `storage` listener) or a page back from the cache. It costs the script
 * every page loads nothing: it wraps the `storage` switch, which every page
 * with a tracker holds (TrackerRegion.astro) and which `render` evaluates on
 * each show, once the record is known.
 */
import { switches } from './tracker.ts';

export function afterRender(follow: () => void) {
	const storage = switches.storage as NonNullable<typeof switches.storage>;
	switches.storage = (element, summary) => {
		follow();
		return storage(element, summary);
	};
}
