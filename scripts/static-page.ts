/**
 * A page as the server sends it, parsed without running it: no script, no
 * meta refresh. Used to crawl the site and check what every page declares.
 */
import type { Page } from '@playwright/test';

export interface StaticPage {
	path: string;
	url: string;
	status: number;
	lang: string | null;
	dir: string | null;
	title: string;
	description: string | null;
	h1: string[];
	/** Every URL the page references (href, src, srcset, meta content URLs), as written. */
	refs: string[];
	/** `<meta name|property|http-equiv>` → content. */
	meta: Record<string, string>;
	/** `<link rel>` → every href with that rel (and its hreflang, when it has one). */
	links: { rel: string; href: string; hreflang: string | null }[];
	/** `<link rel>` put in place after the first paint (inside `<template data-after-paint>`: src/browser/inline/after-paint.ts), as `rel href`. */
	afterPaintLinks: string[];
	/** The links of the language menu. */
	languageLinks: { href: string; hreflang: string | null }[];
	/** `<meta name="theme-color">`, one per colour scheme. */
	themeColors: { content: string; media: string | null }[];
	/** Parsed `application/ld+json` blocks. */
	jsonLd: unknown[];
	/** The first elements of <head>, by tag and http-equiv: the CSP must come first. */
	headStart: string[];
	/** Elements carrying an inline event handler attribute (onclick…). */
	inlineHandlers: string[];
	/** Links opening a new tab without rel="noopener noreferrer". */
	unsafeBlankTargets: string[];
	/** The text of every inline script that runs (not JSON data) and every <style>: the policy must allow each by hash. */
	inlineScripts: string[];
	inlineStyles: string[];
}

export async function readStatic(page: Page, baseURL: string, path: string): Promise<StaticPage> {
	const url = new URL(path, baseURL).href;
	const response = await page.request.get(url, { maxRedirects: 0 });
	const html = await response.text();
	const parsed = await page.evaluate((source) => {
		const doc = new DOMParser().parseFromString(source, 'text/html');
		const attr = (selector: string, name: string) =>
			[...doc.querySelectorAll(selector)].map((element) => element.getAttribute(name) ?? '');
		const srcset = attr('[srcset]', 'srcset').flatMap((value) =>
			value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
		);
		const metaUrls = attr('meta[content]', 'content').filter((value) => /^(https?:|\/)/.test(value));
		const all = [...doc.querySelectorAll('*')];
		return {
			meta: Object.fromEntries(
				[...doc.querySelectorAll('meta')]
					.filter(
						(meta) => meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('http-equiv'),
					)
					.map((meta): [string, string] => [
						meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('http-equiv') ?? '',
						meta.getAttribute('content') ?? '',
					]),
			),
			links: [...doc.querySelectorAll('link[rel]')].map((link) => ({
				rel: link.getAttribute('rel') ?? '',
				href: link.getAttribute('href') ?? '',
				hreflang: link.getAttribute('hreflang'),
			})),
			afterPaintLinks: [...doc.querySelectorAll<HTMLTemplateElement>('template[data-after-paint]')].flatMap(
				(template) =>
					[...template.content.querySelectorAll('link[rel]')].map(
						(link) => `${link.getAttribute('rel')} ${link.getAttribute('href')}`,
					),
			),
			themeColors: [...doc.querySelectorAll('meta[name="theme-color"]')].map((meta) => ({
				content: meta.getAttribute('content') ?? '',
				media: meta.getAttribute('media'),
			})),
			languageLinks: [...doc.querySelectorAll('.language-menu a')].map((link) => ({
				href: link.getAttribute('href') ?? '',
				hreflang: link.getAttribute('hreflang'),
			})),
			jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
				(script) => JSON.parse(script.textContent ?? 'null') as unknown,
			),
			headStart: [...doc.head.children]
				.slice(0, 3)
				.map(
					(element) =>
						`${element.tagName.toLowerCase()}${element.getAttribute('http-equiv') ? `[${element.getAttribute('http-equiv')}]` : ''}`,
				),
			inlineHandlers: all.flatMap((element) =>
				[...element.attributes]
					.filter((attribute) => /^on/i.test(attribute.name))
					.map((attribute) => `${element.tagName} ${attribute.name}`),
			),
			unsafeBlankTargets: [...doc.querySelectorAll('a[target="_blank"]')]
				.filter(
					(link) =>
						!/\bnoopener\b/.test(link.getAttribute('rel') ?? '') ||
						!/\bnoreferrer\b/.test(link.getAttribute('rel') ?? ''),
				)
				.map((link) => link.outerHTML),
			inlineScripts: [...doc.querySelectorAll('script:not([src])')]
				.filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
				.map((script) => script.textContent ?? ''),
			inlineStyles: [...doc.querySelectorAll('style')].map((style) => style.textContent ?? ''),
			lang: doc.documentElement.getAttribute('lang'),
			dir: doc.documentElement.getAttribute('dir'),
			title: doc.title,
			description: doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
			h1: [...doc.querySelectorAll('h1')].map((h1) => h1.textContent?.trim() ?? ''),
			refs: [...attr('[href]', 'href'), ...attr('[src]', 'src'), ...srcset, ...metaUrls].filter(Boolean),
		};
	}, html);
	return { path, url, status: response.status(), ...parsed };
}

/**
 * Every page reachable by links from `start`, following only URLs under the
 * base on the same origin. Returns them keyed by path relative to the base.
 */
export async function crawl(page: Page, baseURL: string, start = ''): Promise<Map<string, StaticPage>> {
	const base = new URL(baseURL);
	const pages = new Map<string, StaticPage>();
	const queue = [start];
	while (queue.length > 0) {
		const path = queue.shift() as string;
		if (pages.has(path)) continue;
		const found = await readStatic(page, baseURL, path);
		pages.set(path, found);
		for (const ref of found.refs) {
			const target = new URL(ref.replace(/^\d+;\s*url=/i, ''), found.url);
			if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) continue;
			const relative = target.pathname.slice(base.pathname.length);
			if ((relative === '' || relative.endsWith('/')) && !pages.has(relative)) queue.push(relative);
		}
	}
	return pages;
}
