import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what every page is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe-core on a page as it is now, held to WCAG_TAGS. In legacy mode: axe runs
 * in the page itself. The default mode also opens a blank page to finish every
 * run, for pages with frames from other origins; these pages have none (nothing
 * loads from another origin: budget.spec.ts), and that blank page doubled the
 * time of every run (measured on the overview: 1.25 s against 0.65 s).
 */
export function axe(page: Page): AxeBuilder {
	return new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
}

/**
 * The violations on the page in each colour scheme, switched without reloading:
 * one line each, naming `where`, the scheme, the rule and its first targets.
 */
export async function violationsInSchemes(
	page: Page,
	where: string,
	schemes: readonly ('light' | 'dark')[] = ['light', 'dark'],
): Promise<string[]> {
	const found: string[] = [];
	for (const colorScheme of schemes) {
		await page.emulateMedia({ colorScheme });
		const { violations } = await axe(page).analyze();
		found.push(
			...violations.map(
				(violation) =>
					`${where} (${colorScheme}): ${violation.id} (${violation.nodes.length}): ${violation.nodes
						.slice(0, 3)
						.map((node) => node.target.join(' '))
						.join(', ')}`,
			),
		);
	}
	return found;
}
