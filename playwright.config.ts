/**
 * End-to-end tests run against a production build served under a project
 * path, the way GitHub Pages serves a fork: the web server below builds the
 * site with BASE_PATH=/roadmap/ into dist-e2e/, and again under /fork/ (a
 * second fork on the same origin, for the storage tests), and serves both with
 * scripts/serve-pages.ts. Nothing to start by hand.
 *
 * Browser: Debian's Chromium headless shell when present (this project's
 * machines cannot download Playwright's), Playwright's own elsewhere;
 * Lighthouse uses the full browser (scripts/browser.ts).
 */
import { defineConfig, devices } from '@playwright/test';
import type { EngineName } from './tests/engines/engine-test.ts';
import { SOURCE_EDITION } from './src/build/editions.ts';
import { launchOptions } from './scripts/browser.ts';
import { E2E_BASE, E2E_FORK_BASE, E2E_PORT, E2E_SITE } from './tests/support/e2e-site.ts';

export default defineConfig<{ engineName: EngineName }>({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: Number(process.env.E2E_WORKERS ?? 2),
	// Generous: a new CI machine may be slower than ours.
	timeout: 60_000,
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${E2E_PORT}${E2E_BASE}`,
		launchOptions,
		// A trace records every test (screenshots of each step) to keep the failures': a quarter of the
		// suite's CPU (tracker and learning-log specs: 105 → 76 CPU seconds, 2026-12-04). CI prints only
		// text, where nobody opens one; locally a failure keeps its trace (or: --trace on).
		trace: process.env.CI ? 'off' : 'retain-on-failure',
	},
	// E2E_LIGHTHOUSE=1 (npm run test:lighthouse, after the type check and lint in npm test): Lighthouse alone on a quiet machine.
	// After the rest of the suite, the same build scored the root 96 and 99 (median of five) where alone,
	// just after the build, it scored 100 (2026-12-04). Otherwise every other project: the engine journeys
	// side by side with the Chromium suite, since nothing else waits for a quiet machine.
	projects: process.env.E2E_LIGHTHOUSE
		? [{ name: 'lighthouse', testMatch: /lighthouse/ }]
		: [
				{ name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /lighthouse/ },
				// On a phone, the path and the tracker of the source edition (the others share their markup).
				{
					name: 'phone',
					use: { ...devices['Pixel 7'], launchOptions },
					grep: /@phone/,
					grepInvert: new RegExp(`^(?!.*${SOURCE_EDITION} edition).*edition`),
					testIgnore: /lighthouse/,
				},
				// The engine journeys (tests/engines/): one description, three drivers, each engine launched once per worker.
				...(['chromium', 'gecko', 'webkit'] as const).map((engineName) => ({
					name: engineName === 'chromium' ? 'engines-chromium' : engineName,
					testDir: 'tests/engines',
					use: { engineName },
					// One worker an engine: each engine launched once, not once per worker (Firefox takes about
					// 5 s to start); the three engines still run side by side with each other and the rest.
					workers: 1,
					// Classic WebDriver has no network conditions: offline is not verified in WebKitGTK (README, "Browsers").
					grepInvert: engineName === 'webkit' ? /@offline/ : undefined,
				})),
			],
	webServer: {
		// npm test builds once (npm run build:e2e) for its two runs and sets E2E_BUILT; alone, a run builds.
		command: [
			...(process.env.E2E_BUILT ? [] : ['npm run build:e2e']),
			`node scripts/serve-pages.ts --port ${E2E_PORT} --site ${E2E_BASE}=dist-e2e --site ${E2E_FORK_BASE}=dist-e2e-fork`,
		].join(' && '),
		// E2E_SCRIPT_DELAY=400: scripts arrive late, as on a slow machine (scripts/serve-pages.ts).
		env: { SITE_URL: E2E_SITE, SCRIPT_DELAY: process.env.E2E_SCRIPT_DELAY ?? '0' },
		url: `http://127.0.0.1:${E2E_PORT}${E2E_BASE}`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'pipe',
	},
});
