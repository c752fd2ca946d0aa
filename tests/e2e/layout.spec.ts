/**
 * The layout holds from a 320 px phone to a wide screen, and at 200 % zoom:
 * no page scrolls sideways. Measured (scrollWidth), not compared to pictures.
 */
import { expect, test } from '@playwright/test';
import { editions, SOURCE_EDITION, stepsOf } from '../support/content.ts';

const paths = [
	'',
	'translations/',
	'missing-page/',
	...editions().flatMap((edition) => [
		`${edition}/`,
		`${edition}/progress/`,
		...stepsOf(edition).map((step) => `${edition}/${step.id}/`),
	]),
];

// 640 CSS pixels on a 1280-pixel window is what 200 % zoom gives.
const widths = [320, 375, 640, 768, 1280, 1920];

// Split in two so both test workers share the load.
const sourceFirst = (path: string) =>
	!editions().some((edition) => edition !== SOURCE_EDITION && path.startsWith(`${edition}/`));
for (const group of [paths.filter(sourceFirst), paths.filter((path) => !sourceFirst(path))]) {
	test(`no page scrolls sideways from 320 px to 1920 px, nor at 200 % zoom (${group[0]}…)`, async ({ page }) => {
		test.setTimeout(90_000);
		const overflowing: string[] = [];
		for (const path of group) {
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(path);
			for (const width of widths) {
				await page.setViewportSize({ width, height: 800 });
				const { scroll, client } = await page.evaluate(() => ({
					scroll: document.documentElement.scrollWidth,
					client: document.documentElement.clientWidth,
				}));
				if (scroll > client) overflowing.push(`${path} at ${width} px: ${scroll} > ${client}`);
			}
		}
		expect(overflowing).toEqual([]);
	});
}
