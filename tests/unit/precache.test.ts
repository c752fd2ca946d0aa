import { expect, test } from 'vitest';
import { isPrecached, offlineBundle, precachePlan, servedPath } from '../../src/build/precache.ts';

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

test('pages, styles and scripts are listed; images, the worker itself and data files are not; the root goes with the source edition', () => {
	const plan = precachePlan(built, ['fr', 'en'], '/roadmap/', 'fr');
	const listed = [...plan.shared, ...Object.values(plan.editions).flat()];
	// The root is answered offline with the source overview's copy (service-worker.ts).
	expect(listed).not.toContain('');
	expect(plan.source).toBe('fr');
	expect(listed).toHaveLength(built.filter((file) => isPrecached(file.path) && file.path !== 'index.html').length);
	for (const left of ['sw.js', 'og/fr/python.png', 'icons/512.png', 'manifest.webmanifest', 'sitemap-0.xml'])
		expect(listed).not.toContain(left);
	expect(plan.base).toBe('/roadmap/');
});

test('each edition has its own pages; the root, translations, 404 and every asset are shared', () => {
	const plan = precachePlan(built, ['fr', 'en'], '/', 'fr');
	expect(plan.editions.fr).toEqual(['fr/', 'fr/progress/', 'fr/python/']);
	expect(plan.editions.en).toEqual(['en/', 'en/python/']);
	expect(plan.shared.sort()).toEqual(
		['404.html', '_astro/BaseLayout.abc.css', '_astro/tracker.abc.js', 'code.css', 'translations/'].sort(),
	);
});

test('the version changes when any listed file changes, and only then', () => {
	const version = precachePlan(built, ['fr', 'en'], '/', 'fr').version;
	expect(precachePlan([...built].reverse(), ['fr', 'en'], '/', 'fr').version).toBe(version);
	const changedStep = built.map((file) =>
		file.path === 'fr/python/index.html' ? { ...file, content: 'new text' } : file,
	);
	expect(precachePlan(changedStep, ['fr', 'en'], '/', 'fr').version).not.toBe(version);
	const changedImage = built.map((file) =>
		file.path === 'og/fr/python.png' ? { ...file, content: 'new image' } : file,
	);
	expect(precachePlan(changedImage, ['fr', 'en'], '/', 'fr').version).toBe(version);
});

test('a bundle holds each inline stylesheet and script once and gives every file back as built, in the order asked', () => {
	const style = 'body{color:red}'.repeat(50);
	const script = '(()=>{addEventListener("input",()=>{})})()';
	const page = (text: string) =>
		`<!doctype html><style>${style}</style><style>p{margin:0}</style><script>${script}</script>` +
		`<script type="application/ld+json">{"name":"${text}"}</script><p>${text}</p>`;
	const files = [
		{ path: 'fr/index.html', content: page('overview') },
		{ path: 'fr/python/index.html', content: new TextEncoder().encode(page('python « é »')) },
		{ path: '_astro/tracker.abc.js', content: 'console.log("<style>x</style>")' },
	];
	const bundle = offlineBundle(files, ['fr/python/', 'fr/', '_astro/tracker.abc.js']);
	expect(bundle.pieces).toEqual([style, 'p{margin:0}', script, 'x']);
	expect(bundle.files.map(([path]) => path)).toEqual(['fr/python/', 'fr/', '_astro/tracker.abc.js']);
	expect(JSON.stringify(bundle).split(style)).toHaveLength(2);
	expect(JSON.stringify(bundle).split(JSON.stringify(script).slice(1, -1))).toHaveLength(2);
	// A script with attributes (here a page's own data) stays in its page.
	expect(bundle.files[0]?.[2]).toContain('{"name":"python « é »"}');
	// What the worker does with it (src/browser/worker/service-worker.ts).
	const rebuilt = bundle.files.map(([path, type, body]) => [
		path,
		type,
		body.replace(/\u0001(\d+)\u0001/g, (_, index) => bundle.pieces[Number(index)] as string),
	]);
	expect(rebuilt).toEqual([
		['fr/python/', 'text/html; charset=utf-8', page('python « é »')],
		['fr/', 'text/html; charset=utf-8', page('overview')],
		['_astro/tracker.abc.js', 'text/javascript; charset=utf-8', 'console.log("<style>x</style>")'],
	]);
});

test('a bundle names the path no built file is served at, and the file that holds its marker character', () => {
	expect(() => offlineBundle(built, ['fr/missing/'])).toThrow('"fr/missing/"');
	expect(() => offlineBundle([{ path: 'fr/index.html', content: 'a\u0001b' }], ['fr/'])).toThrow('fr/index.html');
});
