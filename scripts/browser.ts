/**
 * How to start Chromium here: Debian's /usr/bin/chromium when present (these
 * machines cannot download Playwright's own browser), Playwright's elsewhere.
 * Used by playwright.config.ts and by the scripts that drive a browser.
 */
import { existsSync } from 'node:fs';

const systemChromium = '/usr/bin/chromium';

export const launchOptions: { executablePath?: string; args?: string[] } = existsSync(systemChromium)
	? {
			executablePath: systemChromium,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
		}
	: {};
