/**
 * Resource fingerprints: computed at build time from each resource's URL and
 * title, stored with a tick (record.ts `fp`), compared on every page that
 * shows progress. Kept apart from log.ts so the tracker core carries only the comparison.
 */

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, enough to notice a change. */
function hash(text: string): string {
	let value = 0x811c9dc5;
	for (const char of text) value = Math.imul(value ^ (char.codePointAt(0) as number), 0x01000193) >>> 0;
	return value.toString(16).padStart(8, '0');
}

/** A resource's fingerprint: the URL's hash, then the title's, so the page can say which changed. */
export const fingerprint = (resource: { url: string; title: string }): string =>
	hash(resource.url) + hash(resource.title);

/** What changed in a resource since a tick that stored `ticked`: nothing (''), its address, its title, or both. */
export function resourceChange(ticked: string | undefined, current: string): '' | 'url' | 'title' | 'both' {
	if (!ticked || ticked === current) return '';
	const url = ticked.slice(0, 8) !== current.slice(0, 8);
	const title = ticked.slice(8) !== current.slice(8);
	return url && title ? 'both' : url ? 'url' : title ? 'title' : '';
}
