/**
 * The site's icons, all drawn at build time from one SVG drawing (src/assets/favicon.svg, which its callers
 * import and pass in, since build code reads no asset itself), so there is one drawing to change: the favicon
 * every page carries inline, and the PNGs of src/pages/icons/[size].png.ts (Apple touch icon, web manifest,
 * maskable).
 */
import sharp from 'sharp';

/** The drawing (SVG source) as a square PNG of `size` pixels. */
export const drawIcon = (svg: string, size: number, options: { colours?: number } = {}): Promise<Buffer> =>
	sharp(Buffer.from(svg), { density: 72 * (size / 32) })
		.resize(size, size)
		.png(
			options.colours
				? { palette: true, colours: options.colours, dither: 0, compressionLevel: 9, effort: 10 }
				: { compressionLevel: 9 },
		)
		.toBuffer();

/**
 * The maskable icon: the drawing at 60 % (the safe zone is the central 80 % circle), on the drawing's own
 * background.
 */
export async function drawMaskableIcon(svg: string, size = 512): Promise<Buffer> {
	const background = /fill="(#[0-9a-f]{3,6})"/i.exec(svg)?.[1] ?? '#000000';
	const inner = Math.round(size * 0.6);
	return sharp({ create: { width: size, height: size, channels: 4, background } })
		.composite([{ input: await drawIcon(svg, inner), gravity: 'centre' }])
		.png()
		.toBuffer();
}

/** Size of the inline favicon: a tab's 16 px at 2× device pixels. */
export const FAVICON_SIZE = 32;

const inline = new Map<string, Promise<string>>();
/**
 * The favicon as a `data:` URL of a 32 px PNG of four colours (218 bytes; 273 gzipped in the page, where the SVG
 * took 231: every page is within 14 KB by little, and 256 colours took 605), made once per build. Inline, so the
 * icon costs no request. A PNG, not the SVG: Chromium draws an SVG favicon by building an SVG document in the
 * page's renderer after `load`, a 27–40 ms main-thread task that Lighthouse counts as blocking time (the
 * overview's score went 100 → 99 on it); a PNG this size is only decoded (docs/benchmarks.md, 2026-12-04).
 */
export function faviconDataUrl(svg: string): Promise<string> {
	let url = inline.get(svg);
	if (!url) {
		url = drawIcon(svg, FAVICON_SIZE, { colours: 4 }).then((png) => `data:image/png;base64,${png.toString('base64')}`);
		inline.set(svg, url);
	}
	return url;
}
