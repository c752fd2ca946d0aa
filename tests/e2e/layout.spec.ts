/**
 * The layout holds from a 320 px phone to a wide screen, and at 200 % zoom:
 * no page scrolls sideways. Measured (scrollWidth), not compared to pictures.
 */
import { expect, test } from '@playwright/test';
import { editions, stepsOf } from '../support/content.ts';

// The root is left out: it sends the reader on to fr/ at once, which is measured.
const paths = ['translations/', 'missing-page/', ...editions().flatMap((edition) => [`${edition}/`, `${edition}/progress/`, ...stepsOf(edition).map((step) => `${edition}/${step.id}/`)])];

// 640 CSS pixels on a 1280-pixel window is what 200 % zoom gives.
for (const [width, label] of [
	[320, '320 px'],
	[375, '375 px'],
	[640, '200 % zoom of 1280 px'],
	[768, '768 px'],
	[1280, '1280 px'],
	[1920, '1920 px'],
] as const) {
	test(`no page scrolls sideways at ${label}`, async ({ browser }, info) => {
		const context = await browser.newContext({ baseURL: String(info.project.use.baseURL), viewport: { width, height: 800 } });
		const page = await context.newPage();
		const overflowing: string[] = [];
		for (const path of paths) {
			await page.goto(path);
			const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
			if (scroll > client) overflowing.push(`${path || '(root)'}: ${scroll} > ${client}`);
		}
		expect(overflowing).toEqual([]);
		await context.close();
	});
}
