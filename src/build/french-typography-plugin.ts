/**
 * The Markdown side of src/shared/french-typography.ts: a hast plugin for Astro's
 * Markdown processor (Sätteri) that typesets the text of every MDX file of a
 * French edition, its steps and overview. An edition's language is read from
 * its edition.mdx, once per edition.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type HtmlNode, isFrench, typesetText } from '../shared/french-typography.ts';
import { readFrontmatter } from './content-files.ts';

/** The language of the edition a content file belongs to, or undefined outside `contentDir`. */
export function editionLang(contentDir: string, file: string): string | undefined {
	const inside = relative(resolve(contentDir), resolve(file));
	const edition = inside.split(sep)[0];
	if (!edition || inside.startsWith('..')) return undefined;
	try {
		const lang = readFrontmatter(resolve(contentDir, edition, 'edition.mdx')).lang;
		return typeof lang === 'string' ? lang : undefined;
	} catch {
		return undefined;
	}
}

/** What Sätteri tells a plugin about the document and lets it ask about a node. */
interface Visit {
	parent(node: HtmlNode): HtmlNode | undefined;
}

/**
 * A Sätteri hast plugin factory: for a document of a French edition (or any
 * document when `lang` is given, as tests do), a plugin that typesets its text
 * nodes; for any other document, none.
 */
export function frenchTypography(options: { contentDir: string } | { lang: string }) {
	const langs = new Map<string, string | undefined>();
	const langOf = (fileURL: URL | undefined) => {
		if ('lang' in options) return options.lang;
		if (!fileURL) return undefined;
		const file = fileURLToPath(fileURL);
		const folder = relative(resolve(options.contentDir), file).split(sep)[0] ?? '';
		if (!langs.has(folder)) langs.set(folder, editionLang(options.contentDir, file));
		return langs.get(folder);
	};
	return ({ fileURL }: { fileURL: URL | undefined }) => {
		const lang = langOf(fileURL);
		if (!isFrench(lang)) return null;
		return {
			name: 'french-typography',
			text(node: HtmlNode & { value: string }, visit: Visit) {
				const ancestors: HtmlNode[] = [];
				for (let parent = visit.parent(node); parent; parent = visit.parent(parent)) ancestors.push(parent);
				const value = typesetText(node.value, ancestors, lang);
				return value === node.value ? undefined : { type: 'text', value };
			},
		};
	};
}
