import type { BrowserContext } from '@playwright/test';

/**
 * Puts values in localStorage before any page script runs, once per context
 * (tab): a reload or a later page then sees what the site itself wrote since,
 * as a learner's browser would.
 */
export async function seedStorage(context: BrowserContext, entries: Record<string, string>) {
	await context.addInitScript((values) => {
		if (sessionStorage.getItem('seeded')) return;
		for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
		sessionStorage.setItem('seeded', '1');
	}, entries);
}
