/**
 * The `test` of the engine journeys: the project's `engine` option picks the
 * driver, which launches its browser once per worker. Outside CI an engine not
 * installed is reported and its journeys skipped; under CI=true it fails.
 */
import { existsSync } from 'node:fs';
import { test as base } from '@playwright/test';
import type { Engine } from './driver.ts';
import { launchChromium } from './drivers/chromium.ts';
import { FIREFOX, launchFirefox } from './drivers/firefox.ts';
import { launchWebKit, MINIBROWSER, WEBKIT_DRIVER } from './drivers/webkit.ts';

export type EngineName = 'chromium' | 'gecko' | 'webkit';

/** What each engine needs on the machine, and how to install it (as .ci/run does). */
const needs: Record<EngineName, { present: () => boolean; install: string }> = {
	chromium: { present: () => true, install: 'apt-get install chromium' },
	gecko: { present: () => existsSync(FIREFOX), install: 'apt-get install firefox-esr' },
	webkit: {
		present: () =>
			existsSync(WEBKIT_DRIVER) && !!MINIBROWSER && (!!process.env.DISPLAY || existsSync('/usr/bin/xvfb-run')),
		install: 'apt-get install webkit2gtk-driver xvfb',
	},
};
const launchers = { chromium: launchChromium, gecko: launchFirefox, webkit: launchWebKit };

export const test = base.extend<{ engine: Engine }, { engineName: EngineName; browserEngine: Engine | null }>({
	engineName: ['chromium', { option: true, scope: 'worker' }],
	browserEngine: [
		async ({ engineName }, use, workerInfo) => {
			const base = String(workerInfo.project.use.baseURL);
			if (!needs[engineName].present()) {
				const message = `${engineName}: not installed (${needs[engineName].install})`;
				if (process.env.CI) throw new Error(`${message}; under CI every engine must run.`);
				console.log(`engine ${message}: its journeys are skipped`);
				await use(null);
				return;
			}
			const engine = await launchers[engineName](base);
			console.log(`engine ${engineName}: ${engine.version}`);
			await use(engine);
			await engine.quit();
		},
		{ scope: 'worker', timeout: 60_000 },
	],
	engine: async ({ browserEngine, engineName }, use) => {
		test.skip(!browserEngine, `${engineName} is not installed here (${needs[engineName].install})`);
		if (!browserEngine) return;
		await use(browserEngine);
		await browserEngine.endTest();
	},
});
