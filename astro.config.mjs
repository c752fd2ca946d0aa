// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { serviceWorker } from './src/build/integrations/offline-worker.ts';
import { scriptsAfterPaint } from './src/build/integrations/scripts-after-paint.ts';
import { withoutPreloadHelper } from './src/build/integrations/without-preload-helper.ts';
import { contentDir, SOURCE_EDITION } from './src/build/editions.ts';
import { frenchTypography } from './src/build/french-typography-plugin.ts';
import { sitemapPlan } from './src/build/translation-report.ts';
import { readEditions } from './src/build/content-reader.ts';
import { normalizeBase, notSavedPath } from './src/shared/url.ts';

/**
 * SITE_URL: the origin the site is served from (canonical URLs, sitemap).
 * BASE_PATH: the path under it, e.g. `/roadmap/` for https://user.github.io/roadmap/.
 * Both come from the environment so a fork deploys without editing this file.
 */
const site = process.env.SITE_URL || 'https://example.github.io';
const base = normalizeBase(process.env.BASE_PATH);
// Editions are the folders of content/: the sitemap learns them here, no list to keep.
const plan = sitemapPlan(readEditions(contentDir), SOURCE_EDITION);
/**
 * Pages left out of the sitemap: the root (the source's overview again, canonical to it), the 404, untranslated
 * steps, and what the offline worker answers for a page never downloaded.
 */
const unlisted = new Set(
	['', '404/', ...plan.untranslated, ...Object.keys(plan.locales).map(notSavedPath)].map(
		(path) => new URL(base + path, site).href,
	),
);

export default defineConfig({
	site,
	base,
	// Pages are folders (`fr/python/index.html`), linked with a trailing slash,
	// which is what GitHub Pages serves without a redirect.
	trailingSlash: 'always',
	// Astro inlines nothing on its own: the layout inlines the site's CSS itself
	// (measured in docs/benchmarks.md) and hashes every inline script and style
	// into its Content-Security-Policy (src/build/csp.ts).
	build: { format: 'directory', inlineStylesheets: 'never' },
	// French editions' text gets French spacing (no-break spaces before : ; ! ? and inside « »).
	markdown: { processor: satteri({ hastPlugins: [frenchTypography({ contentDir })] }) },
	integrations: [
		mdx(),
		scriptsAfterPaint(),
		sitemap({
			filter: (page) => !unlisted.has(page),
			i18n: { defaultLocale: SOURCE_EDITION, locales: plan.locales },
		}),
		serviceWorker({ editions: Object.keys(plan.locales), source: SOURCE_EDITION }),
	],
	devToolbar: { enabled: false },
	vite: {
		plugins: [withoutPreloadHelper()],
		build: {
			assetsInlineLimit: 0,
			modulePreload: false,
			rollupOptions: {
				onwarn(warning, warn) {
					// Harmless noise from Astro's MDX handling, once per MDX file:
					// https://github.com/withastro/astro/issues/18087
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
