/**
 * The browser tests' two builds, as GitHub Pages would serve two forks on one
 * origin: the site under /roadmap/ into dist-e2e/, and again under /fork/ into
 * dist-e2e-fork/ (the storage tests), both believing they live at the test
 * server (tests/support/e2e-site.ts). playwright.config.ts runs this before
 * serving; npm test runs it once for its two browser runs (Lighthouse alone,
 * then the rest) and tells them so with E2E_BUILT. With --main, only the
 * first (the variant copy's, tests/variant/playwright.variant.config.ts).
 */
import { execFileSync } from 'node:child_process';
import { E2E_BASE, E2E_FORK_BASE, E2E_SITE } from '../tests/support/e2e-site.ts';

const astro = new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).pathname;

const builds = [
	[E2E_BASE, 'dist-e2e'],
	[E2E_FORK_BASE, 'dist-e2e-fork'],
] as const;

for (const [base, outDir] of process.argv.includes('--main') ? builds.slice(0, 1) : builds)
	execFileSync(process.execPath, [astro, 'build', '--outDir', outDir], {
		stdio: 'inherit',
		env: { ...process.env, BASE_PATH: base, SITE_URL: E2E_SITE },
	});
