/**
 * Keyboard users: a skip link first, a focus they can see, and a tab order
 * that follows the page.
 */
import { expect, test } from '@playwright/test';
import { stepsOf } from '../support/content.ts';

const step = stepsOf('fr')[1];

test('the first Tab reaches a visible skip link, which moves focus to the main content', async ({ page }) => {
	await page.goto(`fr/${step?.id}/`);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Aller au contenu' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	await page.keyboard.press('Tab');
	// The next stop is inside the main content, not back in the header.
	expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('every focusable element shows a visible focus outline', async ({ page }) => {
	await page.goto(`fr/${step?.id}/`);
	for (let index = 0; index < 25; index++) {
		await page.keyboard.press('Tab');
		const style = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement;
			const computed = getComputedStyle(element);
			return { tag: element.tagName, text: element.textContent?.slice(0, 30), outline: computed.outlineStyle, width: Number.parseFloat(computed.outlineWidth) };
		});
		if (style.tag === 'BODY') break;
		expect(style.outline, `${style.tag} ${style.text}`).not.toBe('none');
		expect(style.width, `${style.tag} ${style.text}`).toBeGreaterThanOrEqual(2);
	}
});

test('the tab order follows the reading order of a step page', async ({ page }) => {
	await page.goto(`fr/${step?.id}/`);
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
	const expected = [
		'Aller au contenu',
		'Devenir ingénieur en machine learning',
		'Ma progression',
		'Mon carnet',
		'English',
		step?.read.title,
		'Copie archivée',
		'box:read',
		step?.do.title,
		'Copie archivée',
		...(step?.do.replacement ? [step.do.replacement.title] : []),
		'box:do',
		'Copier le code',
		// The code block, focusable so it can be scrolled by keyboard.
		(label: string) => label.startsWith('from ') || label.startsWith('import ') || label.startsWith('#'),
		// The learner's log of the step.
		'box:skip',
		'field:log-note',
		'field:log-built',
		'Voir mon carnet',
		(label: string) => label.startsWith('Étape précédente'),
		(label: string) => label.startsWith('Étape suivante'),
		"Retour à la vue d'ensemble",
		"Lire l'article original",
		'theme:system',
	];
	expect(order.length, order.join(' | ')).toBe(expected.length);
	expected.forEach((want, index) => {
		const got = order[index] ?? '';
		expect(typeof want === 'function' ? want(got) : got === want, `stop ${index + 1}: ${got}`).toBe(true);
	});
});
