/**
 * The Content-Security-Policy of every page, as a <meta> (GitHub Pages sets no
 * headers). Only this origin may provide scripts, styles, images and fonts;
 * inline code (the theme script, see theme.ts; the site's CSS, inlined so no
 * stylesheet holds up the first paint; whatever a page adds) is allowed by
 * the hash of its exact text, so no 'unsafe-inline' is needed. Data scripts
 * (JSON, JSON-LD) are not run and need nothing. `frame-ancestors` cannot be
 * set from a <meta>.
 *
 * Not Astro's `security.csp`: it writes its <meta> where Astro renders the
 * head's assets (at the end of <head>, after the theme script and the CSS it
 * should govern), and `is:inline` blocks would still need their hashes
 * registered by hand; here one function sees every inline block.
 */
import { createHash } from 'node:crypto';

/** The CSP source for an inline script or style: 'sha256-…' of its exact text. */
export const sourceHash = (code: string): string =>
	`'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** The policy allowing these inline scripts and styles, any number of each. */
export function contentSecurityPolicy(inline: { scripts?: readonly string[]; styles?: readonly string[] }): string {
	const allow = (directive: string, code: readonly string[] = []) =>
		[`${directive} 'self'`, ...code.map(sourceHash)].join(' ');
	return [
		"default-src 'self'",
		allow('script-src', inline.scripts),
		allow('style-src', inline.styles),
		// The favicon is an inline data: PNG (src/build/icons.ts).
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
