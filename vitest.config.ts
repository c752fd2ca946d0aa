import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// The bad-content tests run the real `astro sync`, a few seconds each.
		testTimeout: 60_000,
		hookTimeout: 60_000,
	},
});
