/**
 * The site's colours, named once for everything that cannot read the
 * stylesheet: the browser's UI colour, the web manifest, the sharing images.
 * src/styles/tokens.css and src/assets/favicon.svg write the same values
 * (a stylesheet and an SVG cannot import them); tests/unit/brand.test.ts
 * fails when they drift apart. A fork changes its colours here and there.
 */
export const BRAND = {
	/** Links, the progress bar, the favicon, the sharing images' background. */
	accent: '#1d4ed8',
	/** The sharing images' edge. */
	highlight: '#f59e0b',
	/** Text on the accent colour, and the light page background. */
	light: '#ffffff',
	/** The sharing images' description, on the accent colour. */
	lightMuted: '#dbeafe',
	/** The dark page background. */
	dark: '#0d1117',
} as const;

/** Browser UI colours: the accent in light mode, the page background in dark mode. */
export const THEME = {
	light: { theme: BRAND.accent, background: BRAND.light },
	dark: { theme: BRAND.dark, background: BRAND.dark },
} as const;

/** `#1d4ed8` → `[29, 78, 216]`, as image renderers take colours. */
export function rgb(hex: string): [number, number, number] {
	const value = Number.parseInt(hex.slice(1), 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
