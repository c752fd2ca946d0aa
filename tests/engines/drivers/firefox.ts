/**
 * The engine journeys in Debian's Firefox ESR, driven by puppeteer-core over
 * WebDriver BiDi (the CDP-less protocol Firefox speaks). One browser per
 * worker, a browser context per profile.
 */
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { type Engine, type InPage, listenForViolations, type Profile, type Tab } from '../driver.ts';

export const FIREFOX = '/usr/bin/firefox-esr';

function tab(page: Page, base: string): Tab {
	return {
		go: async (path) => void (await page.goto(new URL(path, base).href)),
		reload: async () => void (await page.reload()),
		click: (selector) => page.click(selector),
		type: (selector, text) => page.locator(selector).fill(text),
		// Sent as text: driver.ts's InPage is the narrower type (JSON in, JSON out).
		run: <A, R>(fn: InPage<A, R>, arg: A) => page.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<R>,
	};
}

/** Debian's Firefox ESR, headless, over WebDriver BiDi; `prefs` set before it starts. */
export const launch = (prefs: Record<string, unknown> = {}) =>
	puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: prefs });

export async function launchFirefox(base: string): Promise<Engine> {
	const browser: Browser = await launch();
	let contexts: BrowserContext[] = [];
	let noScript: Browser | undefined;
	return {
		version: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
		listensFromStart: true,
		async freshProfile(): Promise<Profile> {
			const made = await browser.createBrowserContext();
			contexts.push(made);
			const pages: Page[] = [];
			const open = async () => {
				const page = await made.newPage();
				await page.evaluateOnNewDocument(listenForViolations);
				pages.push(page);
				return tab(page, base);
			};
			// BiDi has no per-context switch: each of the profile's pages goes offline.
			const offline = async (on: boolean) => void (await Promise.all(pages.map((page) => page.setOfflineMode(on))));
			return { open, secondTab: open, offline };
		},
		// BiDi cannot switch scripts off in ESR 153 (emulation.setScriptingEnabled is unknown): a browser of its own with the preference off.
		async noScriptTab() {
			noScript ??= await launch({ 'javascript.enabled': false });
			return tab(await noScript.newPage(), base);
		},
		async endTest() {
			await Promise.all(contexts.map((made) => made.close()));
			contexts = [];
			await noScript?.close();
			noScript = undefined;
		},
		quit: () => browser.close(),
	};
}
