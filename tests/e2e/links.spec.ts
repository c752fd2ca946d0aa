/**
 * The whole built site, crawled through the Pages-like server under the base
 * of a hypothetical fork: every page, asset, image, script, stylesheet,
 * srcset, sharing image, manifest icon and sitemap entry answers 200. The
 * build believes it lives at E2E_SITE; its absolute URLs are mapped to the
 * local server.
 */
import { expect, test } from '@playwright/test';
import { editions, SOURCE_EDITION, stepsOf } from '../support/content.ts';
import { E2E_BASE, E2E_SITE } from '../support/e2e-site.ts';
import { crawlOnce } from '../support/site-crawl.ts';

test('zero broken internal links, assets or sitemap entries', async ({ page }, info) => {
	test.setTimeout(120_000);
	const baseURL = String(info.project.use.baseURL);
	const local = new URL(baseURL).origin;
	/** An internal URL as the test server answers it, or undefined for external ones. */
	const internal = (url: string, from: string) => {
		const absolute = new URL(url.replace(/^\d+;\s*url=/i, ''), from);
		const mapped = absolute.origin === E2E_SITE ? new URL(absolute.pathname + absolute.search, local) : absolute;
		return mapped.origin === local ? mapped.href.replace(/#.*$/, '') : undefined;
	};

	const pages = await crawlOnce(page, baseURL);
	const targets = new Map<string, string>();
	const add = (url: string, from: string, label = from) => {
		const target = internal(url, from);
		if (target && !url.startsWith('data:')) targets.set(target, `${label} → ${url}`);
	};
	for (const found of pages.values()) for (const ref of found.refs) add(ref, found.url);

	// The sitemap, through robots.txt, as a crawler finds it.
	const robots = await (await page.request.get(new URL('robots.txt', baseURL).href)).text();
	const sitemapIndex = /^Sitemap: (.+)$/m.exec(robots)?.[1] ?? '';
	expect(sitemapIndex).toBe(`${E2E_SITE}${E2E_BASE}sitemap-index.xml`);
	const locs = async (url: string) =>
		[...(await (await page.request.get(internal(url, baseURL) ?? url)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(match) => match[1] as string,
		);
	const sitemaps = await locs(sitemapIndex);
	expect(sitemaps.length).toBeGreaterThan(0);
	const entries = (await Promise.all(sitemaps.map(locs))).flat();
	expect(entries).toContain(`${E2E_SITE}${E2E_BASE}${SOURCE_EDITION}/`);
	for (const entry of entries) add(entry, baseURL, 'sitemap');

	// The manifest's icons.
	const manifest = await (await page.request.get(new URL('manifest.webmanifest', baseURL).href)).json();
	for (const icon of manifest.icons as { src: string }[]) add(icon.src, baseURL, 'manifest.webmanifest');
	expect(manifest.start_url).toBe(`${E2E_BASE}${SOURCE_EDITION}/`);
	expect(manifest.scope).toBe(E2E_BASE);

	const broken: string[] = [];
	for (const [target, where] of targets) {
		const response = await page.request.get(target, { maxRedirects: 0 });
		if (response.status() !== 200) broken.push(`${response.status()} ${where}`);
	}
	expect(broken).toEqual([]);
	// Enough was checked to mean something: every page, the sharing images, the icons.
	const pagesPerEdition = stepsOf(SOURCE_EDITION).length + 2;
	expect([...targets.keys()].filter((url) => url.includes('/og/')).length).toBeGreaterThanOrEqual(
		editions().length * (pagesPerEdition - 1),
	);
	// The manifest's icons and the Apple touch icon.
	expect([...targets.keys()].filter((url) => url.includes('/icons/')).length).toBe(manifest.icons.length + 1);
	expect(pages.size).toBeGreaterThanOrEqual(editions().length * pagesPerEdition);
});
