/**
 * The engine journeys in Chromium, through a Playwright page: the reference the other drivers are held to.
 * In Chromium's headless shell, like the rest of the Chromium suite (scripts/browser.ts): the same Blink
 * and V8 as the full browser, built from the same Debian source, for 23 CPU seconds where the full browser
 * took 58 (the ten journeys alone, 2026-12-04). The full browser is what Lighthouse measures.
 */
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { launchOptions } from '../../../scripts/browser.ts';
import { type Engine, type InPage, listenForViolations, type Profile, type Tab } from '../driver.ts';

function tab(page: Page, base: string): Tab {
	return {
		go: async (path) => void (await page.goto(new URL(path, base).href)),
		reload: async () => void (await page.reload()),
		click: (selector) => page.click(selector),
		type: (selector, text) => page.fill(selector, text),
		// Sent as text: driver.ts's InPage is the narrower type (JSON in, JSON out).
		run: <A, R>(fn: InPage<A, R>, arg: A) => page.evaluate<R, unknown>(fn as (arg: unknown) => R, arg),
	};
}

export async function launchChromium(base: string): Promise<Engine> {
	const browser: Browser = await chromium.launch(launchOptions);
	let contexts: BrowserContext[] = [];
	const context = async (options = {}) => {
		const made = await browser.newContext(options);
		contexts.push(made);
		return made;
	};
	return {
		version: `Chromium ${browser.version()}`,
		listensFromStart: true,
		async freshProfile(): Promise<Profile> {
			const made = await context();
			await made.addInitScript(listenForViolations);
			const open = async () => tab(await made.newPage(), base);
			return { open, secondTab: open, offline: (on) => made.setOffline(on) };
		},
		noScriptTab: async () => tab(await (await context({ javaScriptEnabled: false })).newPage(), base),
		async endTest() {
			await Promise.all(contexts.map((made) => made.close()));
			contexts = [];
		},
		quit: () => browser.close(),
	};
}
