// @ts-check
/**
 * Lint: typescript-eslint's type-aware recommended rules on every TypeScript
 * file (the project's tsconfig gives the types), eslint-plugin-astro's on the
 * .astro files. Formatting is Prettier's (.prettierrc.json), not the linter's.
 */
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist*/',
			'.astro/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'public/',
			'tests/fixtures/',
		],
	},
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
	},
	{
		rules: {
			// `_name`: a value destructured only to leave it out of the rest.
			'@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', ignoreRestSiblings: true }],
			// A listener or a server's handler may be async: each catches its own errors, and the pages'
			// unhandledrejection listener (src/browser/inline/after-paint.ts) says when one does not.
			'@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
		},
	},
	{
		// Tests read what pages, files and JSON hold (`any` from JSON.parse, page.evaluate), then assert on it:
		// the assertion is the check the no-unsafe rules would ask for.
		files: ['tests/**'],
		rules: {
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
		},
	},
	...astro.configs.recommended,
	{ files: ['**/*.{js,mjs}', '**/*.astro'], ...tseslint.configs.disableTypeChecked },
);
