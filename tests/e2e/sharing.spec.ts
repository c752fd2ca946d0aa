/**
 * What search engines and social networks read on every page: sharing cards
 * with a per-page image, theme colours, icons, and schema.org data whose
 * shape is checked here against the structure the site promises.
 */
import { expect, test } from '@playwright/test';
import { z } from 'astro/zod';
import { ICON_SIZES } from '../../src/shared/url.ts';
import { editionOf, editions, SOURCE_EDITION, stepsOf } from '../support/content.ts';
import { E2E_BASE, E2E_SITE } from '../support/e2e-site.ts';
import { type StaticPage } from '../../scripts/static-page.ts';
import { crawlOnce } from '../support/site-crawl.ts';

const absolute = (path: string) => `${E2E_SITE}${E2E_BASE}${path}`;
const { original } = editionOf(SOURCE_EDITION);
const stepCount = stepsOf(SOURCE_EDITION).length;

const author = z.object({ '@type': z.literal('Person'), name: z.literal(original.author) });

const article = z.object({
	'@type': z.literal('Article'),
	name: z.string().min(1),
	url: z.literal(original.url),
	datePublished: z.literal(original.date.toISOString().slice(0, 10)),
	author,
	publisher: z.object({ '@type': z.literal('Organization'), name: z.literal(original.publisher) }),
});

/** What the Course and each LearningResource both carry: names, address, language, credit. */
const described = <T extends 'Course' | 'LearningResource'>(type: T) =>
	z.object({
		'@context': z.literal('https://schema.org'),
		'@type': z.literal(type),
		name: z.string().min(1),
		description: z.string().min(1),
		url: z.url(),
		inLanguage: z.string().min(2),
		author,
		isBasedOn: article,
	});

const course = described('Course').extend({
	hasPart: z
		.array(
			z.object({
				'@type': z.literal('LearningResource'),
				name: z.string().min(1),
				description: z.string().min(1),
				url: z.url(),
				position: z.int(),
			}),
		)
		.length(stepCount),
});

const learningResource = described('LearningResource').extend({
	position: z.int().min(1).max(stepCount),
	isPartOf: z.object({ '@type': z.literal('Course'), name: z.string().min(1), url: z.url() }),
	citation: z.array(z.object({ '@type': z.literal('CreativeWork'), name: z.string().min(1), url: z.url() })).length(2),
});

let pages = new Map<string, StaticPage>();

test.beforeAll(async ({ browser }) => {
	const page = await browser.newPage();
	pages = await crawlOnce(page, String(test.info().project.use.baseURL));
	await page.close();
});

/** What the sharing tests read of a page, from the crawl. */
function head(path: string) {
	const found = pages.get(path);
	if (!found) throw new Error(`${path} was not reached by the crawl`);
	return {
		meta: found.meta,
		canonical: found.links.find((link) => link.rel === 'canonical')?.href,
		links: found.links.map((link) => `${link.rel} ${link.href.slice(0, 60)}`),
		themeColors: found.themeColors,
		jsonLd: found.jsonLd,
	};
}

test('every page has a sharing card with its own image, title, description and URL', { tag: '@variant' }, () => {
	const images = new Set<string>();
	for (const edition of editions()) {
		for (const path of [`${edition}/`, ...stepsOf(edition).map((step) => `${edition}/${step.id}/`)]) {
			const { meta, canonical, links, themeColors } = head(path);
			expect(meta['og:title'], path).toBeTruthy();
			expect(meta['og:description'], path).toBe(pages.get(path)?.description);
			expect(meta['og:url'], path).toBe(canonical);
			expect(meta['og:locale'], path).toBe(editionOf(edition).lang);
			expect(meta['og:image'], path).toMatch(new RegExp(`^${absolute('og/')}`));
			expect(meta['twitter:card'], path).toBe('summary_large_image');
			expect(meta['twitter:image'], path).toBe(meta['og:image']);
			expect(
				themeColors.map((color) => color.media),
				path,
			).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
			expect(links, path).toEqual(
				expect.arrayContaining([`apple-touch-icon ${E2E_BASE}icons/${ICON_SIZES.touch}.png`]),
			);
			// The manifest is linked once the page has painted (PageHead.astro).
			expect(pages.get(path)?.afterPaintLinks, path).toEqual([`manifest ${E2E_BASE}manifest.webmanifest`]);
			images.add(String(meta['og:image']));
		}
	}
	// One image per overview and per step, in every edition.
	expect(images.size).toBe(editions().length * (stepCount + 1));
});

test('each overview describes the path as a Course crediting the original article', { tag: '@variant' }, () => {
	for (const edition of editions()) {
		const { jsonLd } = head(`${edition}/`);
		expect(jsonLd).toHaveLength(1);
		const data = course.parse(jsonLd[0]);
		expect(data.url).toBe(absolute(`${edition}/`));
		expect(data.inLanguage).toBe(editionOf(edition).lang);
		expect(data.hasPart.map((part) => part.url)).toEqual(
			stepsOf(edition).map((step) => absolute(`${edition}/${step.id}/`)),
		);
	}
});

test(
	'each step is a LearningResource, part of the Course and based on the original article',
	{ tag: '@variant' },
	() => {
		for (const edition of editions()) {
			for (const step of stepsOf(edition)) {
				const { jsonLd } = head(`${edition}/${step.id}/`);
				const data = learningResource.parse(jsonLd[0]);
				expect(data.position).toBe(step.order);
				expect(data.isPartOf.url).toBe(absolute(`${edition}/`));
				expect(data.citation.map((citation) => citation.url)).toEqual([step.read.url, step.do.url]);
			}
		}
	},
);
