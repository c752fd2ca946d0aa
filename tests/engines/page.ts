/**
 * What the journeys ask of a page, through any driver: elements found by
 * their role and the name a learner reads (labels from the content), and
 * waiting for what the page shows.
 */
import { expect } from '@playwright/test';
import type { InPage, Tab } from './driver.ts';

export type Role = 'checkbox' | 'button' | 'link' | 'field';
type Wanted = { role: Role; name: string; prefix?: boolean };

/** In the page: the visible element of that role and name, marked with an attribute; its selector, or null. */
function mark({ role, name, prefix }: Wanted): string | null {
	const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
	const pool = { checkbox: 'input[type=checkbox]', button: 'button', link: 'a[href]', field: 'input, textarea' }[role];
	const nameOf = (element: Element) =>
		words(
			element.getAttribute('aria-label') ??
				(element as HTMLInputElement).labels?.[0]?.textContent ??
				element.textContent,
		);
	const wanted = words(name);
	const found = [...document.querySelectorAll(pool)].find((element) => {
		const shown = (element as HTMLElement).offsetParent !== null || element.getClientRects().length > 0;
		return shown && (prefix ? nameOf(element).startsWith(wanted) : nameOf(element) === wanted);
	});
	if (!found) return null;
	const id = found.getAttribute('data-journey') ?? String(document.querySelectorAll('[data-journey]').length);
	found.setAttribute('data-journey', id);
	return `[data-journey="${id}"]`;
}

/**
 * Polls a function in the page until it returns something truthy, and returns that. A driver's error while
 * polling is tried again until the time is up, then thrown: WebKitWebDriver once answered a script run in a
 * tab just opened, its page still loading, with an error and no message (under the whole suite's load, 2026-12-04).
 */
export async function until<A, R>(tab: Tab, fn: InPage<A, R>, arg: A, what: string, timeout = 10_000) {
	const end = Date.now() + timeout;
	for (;;) {
		let result: R | undefined;
		try {
			result = await tab.run(fn, arg);
		} catch (error) {
			if (Date.now() > end) throw error;
		}
		if (result) return result;
		if (Date.now() > end) expect(result, `waited ${timeout / 1000} s for ${what}`).toBeTruthy();
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** The selector of the element of that role and name, once the page shows it. */
export const find = (tab: Tab, role: Role, name: string, prefix = false) =>
	until(tab, mark, { role, name, prefix }, `the ${role} "${name}"`);

export async function click(tab: Tab, role: Role, name: string, prefix = false) {
	await tab.click(await find(tab, role, name, prefix));
}

/** Waits until the first visible element of a selector contains a text. */
export const untilText = (tab: Tab, selector: string, text: string) =>
	until(
		tab,
		({ selector, text }) => {
			const element = [...document.querySelectorAll(selector)].find(
				(candidate) => (candidate as HTMLElement).offsetParent !== null || candidate.getClientRects().length > 0,
			);
			return (element?.textContent ?? '').replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' '));
		},
		{ selector, text },
		`"${text}" in ${selector}`,
	);

/** The raw value of a localStorage key. */
export const stored = (tab: Tab, key: string) => tab.run((name) => localStorage.getItem(name), key);

/** Waits until the stored record holds a value at a path (`['items', id, 'read', 'done']`). */
export const untilStored = (tab: Tab, key: string, path: string[], value: unknown) =>
	until(
		tab,
		({ key, path, value }) => {
			let at: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
			for (const part of path) at = (at as Record<string, unknown> | null)?.[part];
			return JSON.stringify(at) === JSON.stringify(value);
		},
		{ key, path, value },
		`${path.join('.')} = ${JSON.stringify(value)} in the stored record`,
	);

/** Waits until the page's scripts, held until its first paint (src/browser/inline/after-paint.ts), have all loaded. */
export const untilRunning = (tab: Tab) =>
	until(
		tab,
		() => {
			if (document.querySelector('template[data-after-paint]')) return false;
			const loaded = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
			return [...document.querySelectorAll<HTMLScriptElement>('script[src]')].every((script) => loaded.has(script.src));
		},
		null,
		"the page's scripts",
	);
