import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// The bad-content tests run the real `astro sync`, a few seconds each.
		testTimeout: 60_000,
		// Vitest's default is one worker less than the cores: one file at a time on a two-core machine,
		// 75 s where two workers take (measured 2026-12-04).
		maxWorkers: 2,
		hookTimeout: 60_000,
	},
});
