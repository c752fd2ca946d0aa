import { expect, test } from 'vitest';
import { isPrecached, precachePlan, servedPath } from '../../src/lib/precache.ts';

const built = [
	'index.html',
	'404.html',
	'translations/index.html',
	'fr/index.html',
	'fr/python/index.html',
	'fr/progress/index.html',
	'en/index.html',
	'en/python/index.html',
	'_astro/BaseLayout.abc.css',
	'_astro/tracker.abc.js',
	'code.css',
	'sw.js',
	'og/fr/python.png',
	'icons/512.png',
	'manifest.webmanifest',
	'sitemap-0.xml',
].map((path) => ({ path, content: `content of ${path}` }));

test('built files are served at their folder: index.html is the folder itself', () => {
	expect(servedPath('index.html')).toBe('');
	expect(servedPath('fr/python/index.html')).toBe('fr/python/');
	expect(servedPath('404.html')).toBe('404.html');
	expect(servedPath('_astro/a.css')).toBe('_astro/a.css');
});

test('pages, styles and scripts are listed; images, the worker itself and data files are not', () => {
	const plan = precachePlan(built, ['fr', 'en'], '/roadmap/');
	const listed = [...plan.shared, ...Object.values(plan.editions).flat()];
	expect(listed).toHaveLength(built.filter((file) => isPrecached(file.path)).length);
	for (const left of ['sw.js', 'og/fr/python.png', 'icons/512.png', 'manifest.webmanifest', 'sitemap-0.xml']) expect(listed).not.toContain(left);
	expect(plan.base).toBe('/roadmap/');
});

test('each edition has its own pages; the root, translations, 404 and every asset are shared', () => {
	const plan = precachePlan(built, ['fr', 'en'], '/');
	expect(plan.editions.fr).toEqual(['fr/', 'fr/progress/', 'fr/python/']);
	expect(plan.editions.en).toEqual(['en/', 'en/python/']);
	expect(plan.shared.sort()).toEqual(['', '404.html', '_astro/BaseLayout.abc.css', '_astro/tracker.abc.js', 'code.css', 'translations/'].sort());
});

test('the version changes when any listed file changes, and only then', () => {
	const version = precachePlan(built, ['fr', 'en'], '/').version;
	expect(precachePlan([...built].reverse(), ['fr', 'en'], '/').version).toBe(version);
	const changedStep = built.map((file) => (file.path === 'fr/python/index.html' ? { ...file, content: 'new text' } : file));
	expect(precachePlan(changedStep, ['fr', 'en'], '/').version).not.toBe(version);
	const changedImage = built.map((file) => (file.path === 'og/fr/python.png' ? { ...file, content: 'new image' } : file));
	expect(precachePlan(changedImage, ['fr', 'en'], '/').version).toBe(version);
});
