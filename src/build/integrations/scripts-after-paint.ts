import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Every bundled script (the tracker) waits for the first paint: the built
 * pages carry each one inside `<template data-after-paint>`, which the inline
 * script of src/browser/inline/after-paint.ts puts in place once the page has painted.
 * Fetched and run before it, a module script holds up the first paint by a
 * round trip on a slow network (tests/e2e/lighthouse.spec.ts measures it).
 * The dev server leaves scripts as they are.
 */
export function scriptsAfterPaint(): AstroIntegration {
	return {
		name: 'scripts-after-paint',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const root = fileURLToPath(dir);
				for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) =>
					name.endsWith('.html'),
				)) {
					const html = readFileSync(`${root}/${file}`, 'utf8');
					const deferred = html.replace(
						/<script type="module" src="[^"]+"><\/script>/g,
						'<template data-after-paint>$&</template>',
					);
					if (deferred !== html) writeFileSync(`${root}/${file}`, deferred);
				}
			},
		},
	};
}
