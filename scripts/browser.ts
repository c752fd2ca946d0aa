/**
 * How to start Chromium here: Debian's builds when present (these machines
 * cannot download Playwright's own browsers), Playwright's elsewhere. Used by
 * playwright.config.ts and by the scripts that drive a browser.
 *
 * Two builds of the same Blink. The browser tests, the Chromium engine journeys
 * among them, run in the headless shell (`chromium-headless-shell`,
 * Playwright's own default for headless tests): no browser window to
 * composite, and about half the CPU of the full browser on this suite
 * (tracker and learning-log specs: 2.0 → 1.2 min on 2 cores; the engine
 * journeys: 58 → 23 CPU seconds, 2026-12-04), which is what the suite's time
 * is made of. What measures the browser a learner runs uses the full one
 * (`browserLaunchOptions`): Lighthouse, the paint floor and the screenshots.
 */
import { existsSync } from 'node:fs';

const systemChromium = '/usr/bin/chromium';
const systemShell = '/usr/bin/chromium-headless-shell';
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

/** The full browser: Debian's when present, else Playwright's. */
export const browserLaunchOptions: { executablePath?: string; args?: string[] } = existsSync(systemChromium)
	? { executablePath: systemChromium, args }
	: {};

/** The tests' browser: Debian's headless shell, else the full browser above (Playwright's default is its own shell). */
export const launchOptions: { executablePath?: string; args?: string[] } = existsSync(systemShell)
	? { executablePath: systemShell, args }
	: browserLaunchOptions;
