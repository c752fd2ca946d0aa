import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Result, RunOptions } from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what every page is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe-core itself, put into the page once per document. Not through
 * @axe-core/playwright's AxeBuilder: its legacy mode (these pages have no
 * frames, nothing loads from another origin: budget.spec.ts) evaluates the
 * 580 KB source twice on every `analyze()`, and its default mode opens a
 * blank page to finish each run. Per page and colour scheme that was 130-240
 * ms of source evaluation for 100-220 ms of checking (measured on the
 * overview and a step page, 2026-12-04); once per document, the suite's
 * sixty-odd pages in two schemes save about 25 s of browser time.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The violations axe finds on the page as it is now (`options`: which rules;
 * `within`: a CSS selector to check only that part, else the whole document).
 * Only violations are gathered (`resultTypes`): the passes of every node are
 * not sent back.
 */
export async function axeViolations(page: Page, options: RunOptions, within?: string): Promise<Result[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const runOptions: RunOptions = { ...options, resultTypes: ['violations'] };
	return page.evaluate(
		async ([selector, how]: readonly [string | null, RunOptions]) => {
			const { axe } = window as unknown as { axe: typeof import('axe-core') };
			return (await axe.run(selector ? { include: [selector] } : document, how)).violations;
		},
		[within ?? null, runOptions] as const,
	);
}

/** Every WCAG rule (WCAG_TAGS). */
export const WCAG: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS } };

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
		const violations = await axeViolations(
			page,
			index === 0 ? WCAG : { runOnly: { type: 'rule', values: COLOUR_RULES } },
		);
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
