/**
 * What the content says, read straight from content/ with a YAML parser of
 * its own: the end-to-end tests compare the pages against it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const contentDir = new URL('../../content/', import.meta.url);

function frontmatter(file: URL): Record<string, unknown> {
	const text = readFileSync(file, 'utf8');
	const match = /^---\n([\s\S]*?)\n---/.exec(text);
	if (!match?.[1]) throw new Error(`${file.pathname} has no frontmatter`);
	return parse(match[1]);
}

export interface ContentResource {
	title: string;
	url: string;
	kind: string;
	lang: string;
	minutes?: number;
	archive?: string;
	replacement?: { title: string; url: string };
}

export interface ContentStep {
	id: string;
	order: number;
	title: string;
	summary: string;
	read: ContentResource;
	do: ContentResource;
	starter?: { lang: 'python' | 'bash'; code: string };
}

/** The edition folders, the source (fr) first. */
export function editions(): string[] {
	return readdirSync(contentDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && readdirSync(new URL(`${entry.name}/`, contentDir)).includes('edition.mdx'))
		.map((entry) => entry.name)
		.sort((a, b) => Number(b === 'fr') - Number(a === 'fr') || a.localeCompare(b));
}

/** The steps of an edition, in order. */
export function stepsOf(edition: string): ContentStep[] {
	const folder = new URL(`${edition}/steps/`, contentDir);
	return readdirSync(folder)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => frontmatter(new URL(name, folder)) as unknown as ContentStep)
		.sort((a, b) => a.order - b.order);
}

export function editionOf(edition: string): { title: string; lang: string; roadmap: string; dir?: string; articleTitle: string; original: { url: string; author: string; date: Date } } {
	return frontmatter(new URL(`${edition}/edition.mdx`, contentDir)) as never;
}

export function uiOf(edition: string): Record<string, string> {
	return JSON.parse(readFileSync(new URL(`${edition}/ui.json`, contentDir), 'utf8'));
}
