/**
 * Every page carries a strict Content-Security-Policy and a referrer policy,
 * breaks none of its own rules while loading and being used, has no inline
 * event handler, and opens no tab without rel="noopener noreferrer".
 */
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';
import { type StaticPage } from '../../scripts/static-page.ts';
import { crawlOnce } from '../support/site-crawl.ts';
import { scriptsStarted } from '../support/scripts.ts';

const t = translatorOf(SOURCE_EDITION);

let pages: StaticPage[] = [];

test.beforeAll(async ({ browser }) => {
	const page = await browser.newPage();
	const baseURL = String(test.info().project.use.baseURL);
	pages = [...(await crawlOnce(page, baseURL)).values()];
	await page.close();
});

const hashes = (code: string[]) =>
	code.map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`).sort();

test('every page declares a policy: no inline script or style but by hash, no plugins, no base or form targets', () => {
	for (const { path, meta, headStart, inlineScripts, inlineStyles } of pages) {
		const directives: Record<string, string[]> = Object.fromEntries(
			(meta['Content-Security-Policy'] ?? '')
				.split(';')
				.map((directive) => directive.trim().split(/\s+/))
				.map(([name, ...values]) => [name, values]),
		);
		expect(directives['script-src'], path).toContain("'self'");
		expect(directives['script-src'], path).not.toContain("'unsafe-inline'");
		expect(directives['style-src'], path).not.toContain("'unsafe-inline'");
		// Each inline block is allowed by its own hash, and nothing else is.
		expect(directives['script-src']?.filter((value) => value.startsWith("'sha256-")).sort(), path).toEqual(
			hashes(inlineScripts),
		);
		expect(directives['style-src']?.filter((value) => value.startsWith("'sha256-")).sort(), path).toEqual(
			hashes(inlineStyles),
		);
		expect(inlineStyles.length, path).toBeGreaterThan(0);
		expect(directives['object-src'], path).toEqual(["'none'"]);
		expect(directives['base-uri'], path).toEqual(["'none'"]);
		expect(directives['form-action'], path).toEqual(["'none'"]);
		expect(directives['default-src'], path).toEqual(["'self'"]);
		expect(meta.referrer, path).toBe('no-referrer');
		// The policy must come before anything it governs.
		expect(headStart.slice(0, 2), path).toEqual(['meta', 'meta[Content-Security-Policy]']);
	}
});

test('no page breaks its policy while loading, ticking, switching theme or using the progress tools', async ({
	page,
}) => {
	const violations: string[] = [];
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { violations: string[] }).violations ??= [];
			(window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	page.on('console', (message) => /Content Security Policy/i.test(message.text()) && violations.push(message.text()));
	const collect = async (path: string) =>
		violations.push(
			...((await page.evaluate(() => (window as unknown as { violations?: string[] }).violations)) ?? []).map(
				(violation) => `${path}: ${violation}`,
			),
		);
	for (const { path } of pages) {
		await page.goto(path);
		await collect(path);
	}
	const step = `${SOURCE_EDITION}/${stepsOf(SOURCE_EDITION)[0]?.id}/`;
	await page.goto(step);
	await page.locator('input[data-mark="read"]').check();
	await page.getByRole('radio', { name: t('theme.dark') }).check();
	await collect(`${step} (used)`);
	await page.goto(`${SOURCE_EDITION}/progress/`);
	// A click before the scripts have started does nothing (tests/support/scripts.ts): wait, as a learner would.
	await scriptsStarted(page);
	await page.getByRole('button', { name: t('progress.reset') }).click();
	await page.getByRole('button', { name: t('progress.cancel'), exact: true }).click();
	await page.waitForTimeout(300);
	await collect(`${SOURCE_EDITION}/progress/ (tools)`);
	expect(violations).toEqual([]);
});

test('no inline event handlers, and no new tab without noopener noreferrer', () => {
	for (const { path, inlineHandlers, unsafeBlankTargets } of pages) {
		expect(inlineHandlers, path).toEqual([]);
		expect(unsafeBlankTargets, path).toEqual([]);
	}
});
