/** robots.txt: everything may be crawled; the sitemap's address includes the base. */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('sitemap-index.xml'), site).href}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
