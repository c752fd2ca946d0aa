import { expect, test } from 'vitest';
import { highlight, tokenStyles } from '../../src/build/highlight.ts';

test('tokens carry a class naming their light and dark colours, and keep the exact text', async () => {
	const code = 'import pandas as pd\nprint(pd.__version__)';
	const lines = await highlight(code, 'python');
	expect(lines).toHaveLength(2);
	expect(lines.map((line) => line.map((token) => token.text).join('')).join('\n')).toBe(code);
	for (const token of lines.flat()) expect(token.className).toMatch(/^hl-[0-9a-f]{6}-[0-9a-f]{6}$/);
	// Keywords and names are not the same colour.
	expect(new Set(lines.flat().map((token) => token.className)).size).toBeGreaterThan(1);
});

test('the stylesheet has one rule per class, both colours through light-dark()', () => {
	expect(tokenStyles(['hl-cf222e-ff7b72', 'hl-1f2328-e6edf3', 'hl-cf222e-ff7b72'])).toBe(
		'.hl-1f2328-e6edf3{color:light-dark(#1f2328,#e6edf3)}\n.hl-cf222e-ff7b72{color:light-dark(#cf222e,#ff7b72)}',
	);
});
