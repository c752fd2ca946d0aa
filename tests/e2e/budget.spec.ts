/**
 * The budgets of scripts/budgets.ts, measured by scripts/weigh.ts on the
 * end-to-end build: every page, first visit, as served (gzip).
 */
import { expect, test } from '@playwright/test';
import { budgets } from '../../scripts/budgets.ts';
import { onDemandModules, onDemandOverBudget, onDemandReport, overBudget, report, weighSite } from '../../scripts/weigh.ts';

test('every page stays within its weight, JavaScript, request, origin, console and layout-shift budgets', async ({ browser }, info) => {
	test.setTimeout(180_000);
	const weights = await weighSite(browser, String(info.project.use.baseURL));
	console.log(report(weights));
	expect(weights.length).toBeGreaterThanOrEqual(20);
	expect(overBudget(weights)).toEqual([]);
	// The measure must see the tracker's script, or it measures nothing.
	expect(Math.max(...weights.map((weight) => weight.script))).toBeGreaterThan(1000);
	expect(Math.max(...weights.map((weight) => weight.script))).toBeLessThanOrEqual(budgets.scriptBytes);
	// What loads on first use: the tools, the hand-off and its QR encoder, the full reader.
	const modules = onDemandModules('dist-e2e', weights);
	console.log(onDemandReport(modules));
	expect(modules.length).toBeGreaterThanOrEqual(3);
	expect(onDemandOverBudget(modules)).toEqual([]);
});

test('the dynamic import of the progress tools is not wrapped in Vite’s preload helper', async ({ page }) => {
	await page.goto('fr/');
	const src = await page.locator('script[type="module"][src]').first().getAttribute('src');
	const code = await (await page.request.get(new URL(String(src), page.url()).href)).text();
	expect(code).toContain('import(');
	expect(code).not.toContain('modulepreload');
});
