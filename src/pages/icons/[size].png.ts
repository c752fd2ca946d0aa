/**
 * The favicon as PNGs for the places that want them: the Apple touch icon
 * and the web manifest (`ICON_SIZES` in src/shared/url.ts, and `maskable`: the largest
 * manifest size with the drawing inside the safe zone, on its own background
 * colour, for icons the system crops to a circle or a squircle). Drawn from src/assets/favicon.svg at
 * build time, so there is one drawing to change.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import favicon from '../../assets/favicon.svg?raw';
import { ICON_SIZES } from '../../shared/url.ts';

export const getStaticPaths = (() =>
	[ICON_SIZES.touch, ...ICON_SIZES.manifest, ICON_SIZES.maskable].map((size) => ({
		params: { size: String(size) },
	}))) satisfies GetStaticPaths;

const draw = (size: number) =>
	sharp(Buffer.from(favicon), { density: 72 * (size / 32) })
		.resize(size, size)
		.png()
		.toBuffer();

/** The maskable icon: the drawing at 60 % (the safe zone is the central 80 % circle), on the favicon's own background. */
async function maskable(size = 512): Promise<Buffer> {
	const background = /fill="(#[0-9a-f]{3,6})"/i.exec(favicon)?.[1] ?? '#000000';
	const inner = Math.round(size * 0.6);
	return sharp({ create: { width: size, height: size, channels: 4, background } })
		.composite([{ input: await draw(inner), gravity: 'centre' }])
		.png()
		.toBuffer();
}

export const GET: APIRoute = async ({ params }) => {
	const png = params.size === ICON_SIZES.maskable ? await maskable() : await draw(Number(params.size));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
