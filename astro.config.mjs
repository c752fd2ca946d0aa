// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { serviceWorker } from './src/build/integrations/offline-worker.ts';
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

/**
 * The one dynamic import (the progress page's tools, loaded on first use) has
 * nothing to preload, yet Vite wraps it in a preload helper that weighs more
 * than a third of the JavaScript budget, even with `modulePreload: false`
 * (https://github.com/vitejs/vite/issues/18551, /13952). This unwraps such
 * imports; the unused helper is then dropped by the minifier.
 * tests/e2e/budget.spec.ts fails if the helper comes back.
 * @returns {import('vite').Plugin}
 */
function withoutPreloadHelper() {
	return {
		name: 'without-preload-helper',
		enforce: 'post',
		renderChunk(code) {
			// With dependencies the second argument is `__vite__mapDeps([…])` or `[]`, and a module
			// shared by chunks is read off its chunk with `.then((m) => m.x)`: nothing to preload either way.
			const unwrapped = code.replace(
				/__vitePreload\(\(\) => (import\("[^"()]+"\)(?:\.then\(\((\w+)\) => \2\.\w+\))?), (?:__VITE_PRELOAD__|__vite__mapDeps\(\[[\d, ]*\]\)|\[\])\)/g,
				'$1',
			);
			return unwrapped === code ? null : { code: unwrapped, map: null };
		},
	};
}

/**
 * Every bundled script (the tracker) waits for the first paint: the built
 * pages carry each one inside `<template data-after-paint>`, which the inline
 * script of src/browser/inline/after-paint.ts puts in place once the page has painted.
 * Fetched and run before it, a module script holds up the first paint by a
 * round trip on a slow network (tests/e2e/lighthouse.spec.ts measures it).
 * The dev server leaves scripts as they are.
 * @returns {import('astro').AstroIntegration}
 */
function scriptsAfterPaint() {
	return {
		name: 'scripts-after-paint',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const root = fileURLToPath(dir);
				for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) =>
					name.endsWith('.html'),
				)) {
					const html = readFileSync(`${root}/${file}`, 'utf8');
					const deferred = html.replace(
						/<script type="module" src="[^"]+"><\/script>/g,
						'<template data-after-paint>$&</template>',
					);
					if (deferred !== html) writeFileSync(`${root}/${file}`, deferred);
				}
			},
		},
	};
}

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
