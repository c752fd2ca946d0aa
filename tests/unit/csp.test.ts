import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { contentSecurityPolicy, sourceHash } from '../../src/build/csp.ts';
import { themeKey, themeScript } from '../../src/browser/inline/theme.ts';

test('inline scripts and styles are allowed by the hash of their exact text, never by unsafe-inline', () => {
	const code = themeScript(themeKey('a-path', '/roadmap/'));
	const css = 'body{margin:0}';
	const policy = contentSecurityPolicy({ scripts: [code], styles: [css] });
	expect(policy).toContain(`script-src 'self' 'sha256-${createHash('sha256').update(code).digest('base64')}'`);
	expect(policy).toContain(`style-src 'self' 'sha256-${createHash('sha256').update(css).digest('base64')}'`);
	expect(policy).not.toContain('unsafe-inline');
	expect(policy).not.toContain('unsafe-eval');
	expect(sourceHash(`${code} `)).not.toBe(sourceHash(code));
});

test('the policy locks down plugins, base URLs and form targets, and other origins', () => {
	const directives = Object.fromEntries(
		contentSecurityPolicy({})
			.split('; ')
			.map((directive) => [directive.split(' ')[0], directive]),
	);
	expect(directives['object-src']).toBe("object-src 'none'");
	expect(directives['base-uri']).toBe("base-uri 'none'");
	expect(directives['form-action']).toBe("form-action 'none'");
	expect(directives['default-src']).toBe("default-src 'self'");
	expect(directives['script-src']).toBe("script-src 'self'");
	expect(directives['style-src']).toBe("style-src 'self'");
});

test('the theme key, like the progress key, belongs to one roadmap and one base path', () => {
	expect(themeKey('a-path', '/a/')).not.toBe(themeKey('a-path', '/b/'));
	expect(themeKey('a-path', '/a/')).not.toBe(themeKey('another-path', '/a/'));
	expect(themeScript(themeKey('a-path', '/a/'))).toContain('"a-path:theme:/a/"');
});
