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
 * The rules whose result can change with the colour scheme. A scheme changes
 * colours only (src/styles/tokens.css: `light-dark()` values; house.test.ts
 * holds every stylesheet to it), so after the first scheme's full run, the
 * others need only these: the same checks, a third of the time.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The violations on the page in each colour scheme, switched without reloading:
 * every WCAG rule in the first scheme, the colour rules in the others; one line
 * each, naming `where`, the scheme, the rule and its first targets.
 */
export async function violationsInSchemes(
	page: Page,
	where: string,
	schemes: readonly ('light' | 'dark')[] = ['light', 'dark'],
): Promise<string[]> {
	const found: string[] = [];
	for (const [index, colorScheme] of schemes.entries()) {
		await page.emulateMedia({ colorScheme });
		const { violations } = await (index === 0 ? axe(page) : axe(page).withRules(COLOUR_RULES)).analyze();
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
