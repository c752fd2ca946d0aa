import { expect, type Page } from '@playwright/test';
import { budgets } from '../../scripts/budgets.ts';
import { layoutShifts } from '../../scripts/layout-shift.ts';

/** Fails unless the page as loaded shifted no more than the budget (scripts/budgets.ts), naming what moved. */
export async function expectNoShift(page: Page, label = page.url(), settleMs = 500) {
	const { total, moved } = await layoutShifts(page, settleMs);
	expect(total, `${label}: ${moved.join('; ')}`).toBeLessThanOrEqual(budgets.cls);
}
