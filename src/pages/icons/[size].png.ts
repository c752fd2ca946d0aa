/**
 * The favicon as PNGs for the places that want them: the Apple touch icon
 * and the web manifest (`ICON_SIZES` in src/shared/url.ts, and `maskable`: the largest
 * manifest size with the drawing inside the safe zone, on its own background
 * colour, for icons the system crops to a circle or a squircle). Drawn by src/build/icons.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import favicon from '../../assets/favicon.svg?raw';
import { drawIcon, drawMaskableIcon } from '../../build/icons.ts';
import { ICON_SIZES } from '../../shared/url.ts';

export const getStaticPaths = (() =>
	[ICON_SIZES.touch, ...ICON_SIZES.manifest, ICON_SIZES.maskable].map((size) => ({
		params: { size: String(size) },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const png =
		params.size === ICON_SIZES.maskable
			? await drawMaskableIcon(favicon)
			: await drawIcon(favicon, Number(params.size));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
