import type { Page } from '@playwright/test';

/** The cumulative layout shift of the page as loaded, read after it has had `settleMs` to settle. */
export const layoutShift = (page: Page, settleMs = 500) =>
	page.evaluate(
		(wait) =>
			new Promise<number>((resolve) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(total), wait);
			}),
		settleMs,
	);
