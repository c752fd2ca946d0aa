import type { Plugin } from 'vite';

/**
 * The tracker's dynamic imports (the modules loaded on first use) have
 * nothing to preload, yet Vite wraps each in a preload helper that weighs more
 * than a third of the JavaScript budget, even with `modulePreload: false`
 * (https://github.com/vitejs/vite/issues/18551, /13952). This unwraps such
 * imports; the unused helper is then dropped by the minifier.
 * tests/e2e/budget.spec.ts fails if the helper comes back.
 */
export function withoutPreloadHelper(): Plugin {
	return {
		name: 'without-preload-helper',
		enforce: 'post',
		renderChunk(code: string) {
			// With dependencies the second argument is `__vite__mapDeps([…])` or `[]`, and a module
			// shared by chunks is read off its chunk with `.then((m) => m.x)`: nothing to preload either way.
			const unwrapped = code.replace(
				/__vitePreload\(\(\) => (import\("[^"()]+"\)(?:\.then\(\((\w+)\) => \2\.\w+\))?), (?:__VITE_PRELOAD__|__vite__mapDeps\(\[[\d, ]*\]\)|\[\])\)/g,
				'$1',
			);
			return unwrapped === code ? null : { code: unwrapped, map: null };
		},
	};
}
