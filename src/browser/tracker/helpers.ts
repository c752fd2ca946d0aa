/** Small DOM and storage helpers the on-demand modules share (the tools, the hand-off). */

/** The first element with `data-<name>` on the page. */
export const find = <T extends HTMLElement = HTMLElement>(name: string) =>
	document.querySelector<T>(`[data-${name}]`) as T;

/** Offers `text` as a file named `name`. */
export function download(text: string, name: string, type = 'application/json') {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([text], { type }));
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** A date and time as the page's language writes them. */
export const dateText = (iso: string) =>
	new Date(iso).toLocaleString(document.documentElement.lang, { dateStyle: 'long', timeStyle: 'short' });

/** What storage holds under `key`, or null (nothing, or storage refuses). */
export function storageGet(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

/** Keeps `value` under `key` beside the record, or removes it; storage that refuses keeps nothing. */
export function remember(key: string, value?: string) {
	try {
		if (value) localStorage.setItem(key, value);
		else localStorage.removeItem(key);
	} catch {
		// Nothing kept: what reads it then finds nothing.
	}
}
