/**
 * The colours are named once in src/build/brand.ts; the stylesheet and the
 * favicon, which cannot import them, must say the same.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import sharp from 'sharp';
import favicon from '../../src/assets/favicon.svg?raw';
import { BRAND, rgb } from '../../src/build/brand.ts';
import { FAVICON_SIZE, faviconDataUrl } from '../../src/build/icons.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').toLowerCase();

test('the stylesheet uses the brand colours for the page and the accent', () => {
	const css = read('src/styles/tokens.css');
	expect(css).toContain(`--bg: light-dark(${BRAND.light}, ${BRAND.dark})`);
	expect(css).toContain(`--accent: light-dark(${BRAND.accent},`);
});

test('the favicon is drawn in the accent colour', () => {
	expect(read('src/assets/favicon.svg')).toContain(`fill="${BRAND.accent}"`);
});

test("colours convert to the renderer's numbers", () => {
	expect(rgb('#1d4ed8')).toEqual([29, 78, 216]);
	expect(rgb('#ffffff')).toEqual([255, 255, 255]);
});

test('the inline favicon of every page is a 32 px PNG in the accent colour, not SVG (src/build/icons.ts says why)', async () => {
	const url = await faviconDataUrl(favicon);
	const [header = '', data = ''] = url.split(',');
	expect(header).toBe('data:image/png;base64');
	const image = sharp(Buffer.from(data, 'base64'));
	expect(await image.metadata()).toMatchObject({ format: 'png', width: FAVICON_SIZE, height: FAVICON_SIZE });
	const { data: pixels, info } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true });
	// A pixel inside the rounded square, away from the stroke: (3, 16).
	const at = (16 * info.width + 3) * info.channels;
	// Four colours: the palette may round the accent by a few units per channel, no more.
	const accent = rgb(BRAND.accent);
	for (const [channel, value] of [...pixels.subarray(at, at + 3)].entries())
		expect(Math.abs(value - (accent[channel] ?? -1))).toBeLessThanOrEqual(6);
	// Small enough to sit in every page's <head>.
	expect(url.length).toBeLessThan(400);
});
