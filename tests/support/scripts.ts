import type { Page } from '@playwright/test';

/**
 * Waits until the page's scripts are in and loaded, as a learner waits for a
 * page to be ready before using its buttons: they start after the first paint
 * (src/browser/inline/after-paint.ts), and a click on a button before then does
 * nothing (a box's change is replayed, a click is not: README, "Browsers"). The
 * engine journeys wait the same way (tests/engines/page.ts, `untilRunning`).
 */
export async function scriptsStarted(page: Page) {
	await page.waitForFunction(() => {
		if (document.querySelector('template[data-after-paint]')) return false;
		const loaded = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
		return [...document.querySelectorAll<HTMLScriptElement>('script[src]')].every((script) => loaded.has(script.src));
	});
}
