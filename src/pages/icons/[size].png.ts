/**
 * The favicon as PNGs for the places that want them: the Apple touch icon
 * and the web manifest (`ICON_SIZES` in src/lib/url.ts). Drawn from src/assets/favicon.svg at
 * build time, so there is one drawing to change.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import favicon from '../../assets/favicon.svg?raw';
import { ICON_SIZES } from '../../lib/url.ts';

export const getStaticPaths = (() => [ICON_SIZES.touch, ...ICON_SIZES.manifest].map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const size = Number(params.size);
	const png = await sharp(Buffer.from(favicon), { density: 72 * (size / 32) })
		.resize(size, size)
		.png()
		.toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
