import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';

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

/**
 * Waits until the tracker has taken a box's change (`done`: ticked or not):
 * it says so in the live region once saved. The page's scripts may start
 * after the click, which they then replay (src/browser/inline/after-paint.ts).
 */
export async function expectSaved(page: Page, box: Locator, done = true) {
	await expect(page.locator('[data-live]')).toContainText(
		String(await box.getAttribute(done ? 'data-on' : 'data-off')),
	);
}
