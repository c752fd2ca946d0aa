/** robots.txt: everything may be crawled; the sitemap's address includes the base. */
import type { APIRoute } from 'astro';
import { absoluteUrl, routes } from '../shared/url.ts';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.sitemap())}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
