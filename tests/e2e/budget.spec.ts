/**
 * The budgets of scripts/budgets.ts, measured by scripts/weigh.ts on the
 * end-to-end build: every page, first visit, as served (gzip).
 */
import { expect, test } from '@playwright/test';
import { budgets } from '../../scripts/budgets.ts';
import { overBudget, report, weighSite } from '../../scripts/weigh.ts';
import { editions, SOURCE_EDITION, stepsOf } from '../support/content.ts';

test('every page stays within its weight, JavaScript, request, origin, console and layout-shift budgets', async ({ browser }, info) => {
	test.setTimeout(180_000);
	const weights = await weighSite(browser, String(info.project.use.baseURL));
	console.log(report(weights));
	// At least every edition's overview, progress page and steps.
	expect(weights.length).toBeGreaterThanOrEqual(editions().length * (stepsOf(SOURCE_EDITION).length + 2));
	expect(overBudget(weights)).toEqual([]);
	// The measure must see the tracker's script, or it measures nothing.
	expect(Math.max(...weights.map((weight) => weight.script))).toBeGreaterThan(1000);
	expect(Math.max(...weights.map((weight) => weight.script))).toBeLessThanOrEqual(budgets.scriptBytes);
});

test('the dynamic import of the progress tools is not wrapped in Vite’s preload helper', async ({ page }) => {
	await page.goto(`${SOURCE_EDITION}/`);
	const src = await page.locator('script[type="module"][src]').first().getAttribute('src');
	const code = await (await page.request.get(new URL(String(src), page.url()).href)).text();
	expect(code).toContain('import(');
	expect(code).not.toContain('modulepreload');
});
