import { afterEach, describe, expect, test, vi } from 'vitest';
import { absoluteUrl, archiveUrl, domainOf, normalizeBase, routes, withBase } from '../../src/shared/url.ts';

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('normalizeBase', () => {
	test.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['roadmap', '/roadmap/'],
		['/roadmap', '/roadmap/'],
		['/roadmap/', '/roadmap/'],
		['//a/b//', '/a/b/'],
	])('%j → %j', (input, expected) => {
		expect(normalizeBase(input)).toBe(expected);
	});
});

describe('withBase', () => {
	test('at the root, paths stay root-relative', () => {
		vi.stubEnv('BASE_URL', '/');
		expect(withBase('fr/')).toBe('/fr/');
		expect(withBase('/favicon.svg')).toBe('/favicon.svg');
		expect(withBase('')).toBe('/');
	});

	test('under a project path, every path gets the prefix once', () => {
		vi.stubEnv('BASE_URL', '/roadmap/');
		expect(withBase('fr/')).toBe('/roadmap/fr/');
		expect(withBase('/favicon.svg')).toBe('/roadmap/favicon.svg');
		expect(withBase('')).toBe('/roadmap/');
	});

	test('a base without its trailing slash (trailingSlash: ignore) still works', () => {
		vi.stubEnv('BASE_URL', '/roadmap');
		expect(withBase('fr/python/')).toBe('/roadmap/fr/python/');
	});
});

describe('routes', () => {
	test('edition and step pages live under the base, with a trailing slash', () => {
		vi.stubEnv('BASE_URL', '/repo/');
		expect(routes.home()).toBe('/repo/');
		expect(routes.edition('fr')).toBe('/repo/fr/');
		expect(routes.step('pt-br', 'ml-theory')).toBe('/repo/pt-br/ml-theory/');
	});
});

test('domainOf shows the host without www', () => {
	expect(domainOf('https://www.kaggle.com/datasets')).toBe('kaggle.com');
	expect(domainOf('https://codelabs.developers.google.com/x#0')).toBe('codelabs.developers.google.com');
});

test('archiveUrl points to the Wayback Machine copy nearest the given day', () => {
	expect(archiveUrl('https://www.kaggle.com/datasets', new Date('2018-12-03T00:00:00Z'))).toBe(
		'https://web.archive.org/web/20181203/https://www.kaggle.com/datasets',
	);
});

test('absoluteUrl resolves a base-prefixed path on the site origin', () => {
	expect(absoluteUrl('/roadmap/fr/', 'https://user.github.io')).toBe('https://user.github.io/roadmap/fr/');
});
