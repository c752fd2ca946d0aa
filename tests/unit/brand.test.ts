/**
 * The colours are named once in src/build/brand.ts; the stylesheet and the
 * favicon, which cannot import them, must say the same.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { BRAND, rgb } from '../../src/build/brand.ts';

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
