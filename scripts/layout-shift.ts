/**
 * The layout shifts of a page as loaded, read in the page after it has had
 * `settleMs` to settle: their sum, and what moved (element, and its move), for
 * messages. Used by scripts/weigh.ts and by the specs (tests/support/layout-shift.ts).
 */
import type { Page } from '@playwright/test';

export const layoutShifts = (page: Page, settleMs = 500) =>
	page.evaluate(
		(wait) =>
			new Promise<{ total: number; moved: string[] }>((resolve) => {
				let total = 0;
				const moved: string[] = [];
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & {
						value: number;
						sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
					})[]) {
						total += entry.value;
						for (const source of entry.sources ?? []) {
							const element = source.node instanceof Element ? source.node : source.node?.parentElement;
							const name = element
								? `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`
								: String(source.node?.nodeName);
							moved.push(
								`${entry.value.toFixed(5)} ${name} y ${source.previousRect.y}→${source.currentRect.y} x ${source.previousRect.x}→${source.currentRect.x} h ${source.previousRect.height}→${source.currentRect.height}`,
							);
						}
					}
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve({ total, moved }), wait);
			}),
		settleMs,
	);
