/** robots.txt: everything may be crawled; the sitemap's address includes the base. */
import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/url.ts';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(withBase('sitemap-index.xml'))}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
