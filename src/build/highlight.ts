/**
 * Syntax highlighting at build time with shiki, in a light and a dark theme,
 * without inline styles (the Content-Security-Policy allows none): each token
 * gets a class named after its two colours, and `tokenStyles` writes the CSS
 * for the classes a page uses, inlined in its <head> (pages/[edition]/[step].astro).
 */
import { codeToTokens } from 'shiki';

/** GitHub's default themes: their comment colours meet WCAG AA on the page background. */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

export interface Token {
	text: string;
	className: string;
}

const className = (light: string, dark: string) => `hl-${light.slice(1).toLowerCase()}-${dark.slice(1).toLowerCase()}`;

/** The code's lines, each a list of tokens with their colour class. */
export async function highlight(code: string, lang: string): Promise<Token[][]> {
	const { tokens } = await codeToTokens(code, { lang: lang as 'python', themes: CODE_THEMES });
	return tokens.map((line) =>
		line.map((token) => {
			const style = token.htmlStyle ?? {};
			return {
				text: token.content,
				className: className(
					String(style.color ?? '#000000'),
					String(style['--shiki-dark'] ?? style.color ?? '#ffffff'),
				),
			};
		}),
	);
}

/** CSS for the given token classes: each colour pair through light-dark(), so the theme switch applies. */
export function tokenStyles(classNames: Iterable<string>): string {
	return [...new Set(classNames)]
		.sort()
		.map((name) => {
			const [, light, dark] = name.split('-');
			return `.${name}{color:light-dark(#${light},#${dark})}`;
		})
		.join('\n');
}
