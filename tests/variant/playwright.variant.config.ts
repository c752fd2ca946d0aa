/**
 * The end-to-end configuration, for the variant copy (tests/variant/run-variant.ts):
 * the same browsers and specs, but one build, under /roadmap/ only, since no
 * @variant spec visits the second fork.
 */
import { defineConfig } from '@playwright/test';
import { E2E_BASE, E2E_PORT } from '../support/e2e-site.ts';
import config from '../../playwright.config.ts';

const root = new URL('../../', import.meta.url).pathname;

export default defineConfig({
	...config,
	testDir: `${root}tests/e2e`,
	outputDir: `${root}test-results`,
	webServer: {
		...(config.webServer as Exclude<typeof config.webServer, unknown[] | undefined>),
		command: `node scripts/build-e2e.ts --main && node scripts/serve-pages.ts --port ${E2E_PORT} --site ${E2E_BASE}=dist-e2e`,
		cwd: root,
	},
});
