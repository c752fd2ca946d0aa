/**
 * End-to-end tests run against a production build served under a project
 * path, the way GitHub Pages serves a fork: the web server below builds the
 * site with BASE_PATH=/roadmap/ into dist-e2e/ and serves it with
 * scripts/serve-pages.ts. Nothing to start by hand.
 *
 * Browser: Debian's /usr/bin/chromium when present (this project's machines
 * cannot download Playwright's), Playwright's own Chromium elsewhere.
 */
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_BASE, E2E_PORT, E2E_SITE } from './tests/support/e2e-site';

const systemChromium = '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
	? {
			executablePath: systemChromium,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
		}
	: {};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${E2E_PORT}${E2E_BASE}`,
		launchOptions,
		trace: 'retain-on-failure',
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
		{ name: 'phone', use: { ...devices['Pixel 7'], launchOptions }, grep: /@phone/ },
	],
	webServer: {
		command: `astro build --outDir dist-e2e && node scripts/serve-pages.ts --dir dist-e2e --port ${E2E_PORT}`,
		env: { BASE_PATH: E2E_BASE, SITE_URL: E2E_SITE },
		url: `http://127.0.0.1:${E2E_PORT}${E2E_BASE}`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'pipe',
	},
});
