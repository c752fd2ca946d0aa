/**
 * One Open Graph image per page worth sharing, drawn at build time (no
 * remote service): `/og/<edition>.png` for an overview, `/og/<edition>/<step>.png`
 * for a step. The font is a local file: astro-og-canvas would otherwise download one.
 */
import { OGImageRoute } from 'astro-og-canvas';
import { loadRoadmap } from '../../build/roadmap.ts';
import { BRAND, rgb } from '../../build/brand.ts';
import type { Edition } from '../../shared/schemas/edition.ts';

const { editions, source } = await loadRoadmap();

interface Card {
	title: string;
	description: string;
	dir: Edition['dir'];
}

const pages: Record<string, Card> = Object.fromEntries(
	editions.flatMap((edition): [string, Card][] => [
		[edition.id, { title: edition.data.articleTitle, description: edition.data.title, dir: edition.data.dir }],
		...edition.steps.map((step): [string, Card] => [
			`${edition.id}/${step.id}`,
			{
				title: step.title,
				description: `${edition.t('step.number', { number: step.number })} · ${edition.data.title}`,
				dir: step.fallback ? source.data.dir : edition.data.dir,
			},
		]),
	]),
);

/**
 * Noto Sans, Latin subset, regular and bold. Every @fontsource subset has the
 * same family name and the renderer only uses the first it meets, so the
 * images cover Latin scripts only (see TRANSLATING.md).
 */
const fonts = ['400', '700'].map(
	(weight) => `./node_modules/@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff2`,
);

export const { getStaticPaths, GET } = await OGImageRoute({
	pages,
	getImageOptions: (_path, page: Card) => ({
		title: page.title,
		description: page.description,
		dir: page.dir,
		bgGradient: [rgb(BRAND.accent)],
		border: { color: rgb(BRAND.highlight), width: 16, side: 'inline-start' },
		padding: 72,
		font: {
			title: { families: ['Noto Sans'], weight: 'Bold', size: 64, lineHeight: 1.15, color: rgb(BRAND.light) },
			description: { families: ['Noto Sans'], weight: 'Normal', size: 34, color: rgb(BRAND.lightMuted) },
		},
		fonts,
		cacheDir: false,
	}),
});
