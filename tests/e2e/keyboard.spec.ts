/**
 * Keyboard users: a skip link first, a focus they can see, and a tab order
 * that follows the page.
 */
import { expect, test } from '@playwright/test';
import { languageName } from '../../src/shared/i18n.ts';
import { KINDS } from '../../src/shared/progress/record.ts';
import { installCommand } from '../../src/build/starters.ts';
import { editionOf, editions, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';

const steps = stepsOf(SOURCE_EDITION);
// A step with a neighbour on each side, so that both step links are in the order.
const step = steps[1];
const t = translatorOf(SOURCE_EDITION);

test('the first Tab reaches a visible skip link, which moves focus to the main content', async ({ page }) => {
	await page.goto(`${SOURCE_EDITION}/${step?.id}/`);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: t('site.skipToContent') });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	await page.keyboard.press('Tab');
	// The next stop is inside the main content, not back in the header.
	expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('every focusable element shows a visible focus outline', async ({ page }) => {
	await page.goto(`${SOURCE_EDITION}/${step?.id}/`);
	for (let index = 0; index < 25; index++) {
		await page.keyboard.press('Tab');
		const style = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement;
			const computed = getComputedStyle(element);
			return {
				tag: element.tagName,
				text: element.textContent?.slice(0, 30),
				outline: computed.outlineStyle,
				width: Number.parseFloat(computed.outlineWidth),
			};
		});
		if (style.tag === 'BODY') break;
		expect(style.outline, `${style.tag} ${style.text}`).not.toBe('none');
		expect(style.width, `${style.tag} ${style.text}`).toBeGreaterThanOrEqual(2);
	}
});

test('the tab order follows the reading order of a step page', { tag: '@variant' }, async ({ page }) => {
	await page.goto(`${SOURCE_EDITION}/${step?.id}/`);
	const order: string[] = [];
	for (let index = 0; index < 30; index++) {
		await page.keyboard.press('Tab');
		const label = await page.evaluate(() => {
			const element = document.activeElement as HTMLInputElement | null;
			if (!element || element === document.body) return '';
			if (element.type === 'checkbox') return `box:${element.dataset.mark}`;
			if (element.type === 'radio') return `theme:${element.value}`;
			if (element.tagName === 'TEXTAREA' || element.type === 'url') return `field:${element.id}`;
			return (element.textContent ?? '').trim();
		});
		if (!label || label === order[0]) break;
		order.push(label);
	}
	if (!step) throw new Error('the path needs at least two steps');
	// The rule: skip link, site title, progress, each other edition, then each
	// resource card (its link, its archived copy, any current equivalent, its
	// box), the starter (copy button, code), the step links, the credit, the theme.
	const resource = (kind: (typeof KINDS)[number]) => [
		step[kind].title,
		t('resource.archive'),
		...(step[kind].replacement ? [step[kind].replacement.title] : []),
		`box:${kind}`,
	];
	const expected: (string | ((label: string) => boolean))[] = [
		t('site.skipToContent'),
		editionOf(SOURCE_EDITION).title,
		t('nav.progress'),
		...editions()
			.filter((edition) => edition !== SOURCE_EDITION)
			.map((edition) => languageName(editionOf(edition).lang)),
		...KINDS.flatMap(resource),
		// The install command, when the starter needs packages: scrollable, so focusable.
		...(step.starter ? [installCommand(step.starter.requires)].filter((command) => command !== undefined) : []),
		...(step.starter ? [t('starter.copy'), step.starter.code.trim()] : []),
		// The learner's log of the step.
		'box:skip',
		'field:log-note',
		'field:log-built',
		t('log.open'),
		(label: string) => label.startsWith(t('nav.previous')),
		...(steps[2] ? [(label: string) => label.startsWith(t('nav.next'))] : []),
		t('nav.backToOverview'),
		t('footer.original'),
		'theme:system',
	];
	expect(order.length, order.join(' | ')).toBe(expected.length);
	expected.forEach((want, index) => {
		const got = order[index] ?? '';
		expect(typeof want === 'function' ? want(got) : got === want, `stop ${index + 1}: ${got}`).toBe(true);
	});
});
