/**
 * The Content-Security-Policy of every page, as a <meta> (GitHub Pages sets no
 * headers). Only this origin may provide scripts, styles, images and fonts;
 * the one inline script (the theme, see theme.ts) is allowed by its hash, so
 * no 'unsafe-inline' is needed. Data scripts (JSON, JSON-LD) are not run and
 * need nothing. `frame-ancestors` cannot be set from a <meta>.
 */
import { createHash } from 'node:crypto';

/** The CSP source for an inline script: 'sha256-…' of its exact text. */
export const scriptHash = (code: string): string => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

export function contentSecurityPolicy(inlineScripts: readonly string[]): string {
	return [
		"default-src 'self'",
		`script-src 'self' ${inlineScripts.map(scriptHash).join(' ')}`.trim(),
		"style-src 'self'",
		// The favicon is an inline data: SVG.
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"manifest-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
	].join('; ');
}
