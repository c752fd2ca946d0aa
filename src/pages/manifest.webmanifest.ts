/** The web app manifest: name, colours and icons, every URL under the base; installable as a standalone app (the offline worker is src/browser/worker/service-worker.ts). */
import type { APIRoute } from 'astro';
import { loadRoadmap } from '../build/roadmap.ts';
import { THEME } from '../build/brand.ts';
import { ICON_SIZES, routes, withBase } from '../shared/url.ts';

export const GET: APIRoute = async () => {
	const { source } = await loadRoadmap();
	const manifest = {
		name: source.data.title,
		short_name: source.data.title,
		description: source.data.description,
		lang: source.data.lang,
		dir: source.data.dir,
		// The id and scope are the base: two forks on one origin are two apps.
		id: withBase(''),
		start_url: source.href,
		scope: withBase(''),
		display: 'standalone',
		background_color: THEME.light.background,
		theme_color: THEME.light.theme,
		icons: [
			...ICON_SIZES.manifest.map((size) => ({ src: routes.icon(size), sizes: `${size}x${size}`, type: 'image/png' })),
			{ src: routes.icon(ICON_SIZES.maskable), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
		],
	};
	return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
