/**
 * The budgets of scripts/budgets.ts, measured by scripts/weigh.ts on the
 * end-to-end build: every page, first visit, as served (gzip); again with
 * progress saved, which changes what the overview shows first.
 */
import { expect, test } from '@playwright/test';
import { budgets } from '../../scripts/budgets.ts';
import {
	onDemandModules,
	onDemandOverBudget,
	onDemandReport,
	overBudget,
	report,
	weighSite,
} from '../../scripts/weigh.ts';
import { CURRENT_VERSION, storageKey } from '../../src/shared/progress/record.ts';
import { editionOf, editions, SOURCE_EDITION, stepsOf } from '../support/content.ts';
import { E2E_BASE } from '../support/e2e-site.ts';

const at = '2026-11-20T10:00:00.000Z';
const { roadmap } = editionOf(SOURCE_EDITION);
const progress = JSON.stringify({
	version: CURRENT_VERSION,
	roadmap,
	items: { [stepsOf(SOURCE_EDITION)[0]?.id as string]: { read: { done: true, at }, do: { done: true, at } } },
});

// A first visit, then a learner coming back: what shows their progress loads at once, each script within the on-demand budget.
for (const [saved, storage, returning] of [
	['', {}, false],
	[', with progress saved', { [storageKey(roadmap, E2E_BASE)]: progress }, true],
] as const) {
	test(`every page stays within its weight, JavaScript, request, origin, console and layout-shift budgets${saved}`, async ({
		browser,
	}, info) => {
		test.setTimeout(180_000);
		const weights = await weighSite(browser, String(info.project.use.baseURL), storage);
		console.log(report(weights));
		// At least every edition's overview, progress page and steps.
		expect(weights.length).toBeGreaterThanOrEqual(editions().length * (stepsOf(SOURCE_EDITION).length + 2));
		expect(overBudget(weights, { returning })).toEqual([]);
		// The measure must see the tracker's script, or it measures nothing.
		expect(Math.max(...weights.map((weight) => weight.script))).toBeGreaterThan(1000);
		if (!returning)
			expect(Math.max(...weights.map((weight) => weight.script))).toBeLessThanOrEqual(budgets.scriptBytes);
		if (returning) return;
		// What loads on first use: the tools, the hand-off and its QR encoder, the full reader, the log's editor and export.
		const modules = onDemandModules('dist-e2e', weights);
		console.log(onDemandReport(modules));
		expect(modules.length).toBeGreaterThanOrEqual(3);
		expect(onDemandOverBudget(modules)).toEqual([]);
	});
}

test('the dynamic import of the progress tools is not wrapped in Vite’s preload helper', async ({ page }) => {
	await page.goto(`${SOURCE_EDITION}/`);
	const src = await page.locator('script[type="module"][src]').first().getAttribute('src');
	const code = await (await page.request.get(new URL(String(src), page.url()).href)).text();
	expect(code).toContain('import(');
	expect(code).not.toContain('modulepreload');
});
