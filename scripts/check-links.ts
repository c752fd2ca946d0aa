/**
 * Checks every external link of the content (resources, article links, the
 * credited original) over the network, and writes the result to
 * docs/link-report.md, so a dead 2018 link is visible in the repository.
 * On request only (`npm run check:links`), never in CI: the network may be
 * absent, and other people's sites should not fail our build.
 */
import { writeFileSync } from 'node:fs';
import { contentDir } from '../src/lib/editions.ts';
import { readEditions } from '../src/lib/translation-report.ts';

interface Result {
	url: string;
	/** HTTP status, or 0 when the site could not be reached. */
	status: number;
	/** Where the link ends up after redirects, when that differs. */
	finalUrl?: string;
	error?: string;
}

/** Every external URL of the content, with the files that use it. */
export function externalLinks(dir: string): Map<string, Set<string>> {
	const links = new Map<string, Set<string>>();
	const add = (url: string, file: string) => links.set(url, (links.get(url) ?? new Set()).add(file.replace(/^.*?content\//, 'content/')));
	for (const edition of readEditions(dir)) {
		for (const file of [edition.overview, ...edition.steps].filter((item) => item !== undefined)) {
			const data = file.data as { read?: { url: string }; do?: { url: string }; original?: { url: string } };
			for (const url of [data.read?.url, data.do?.url, data.original?.url]) if (url) add(url, file.file);
			for (const match of file.text.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) add(match[1] as string, file.file);
		}
	}
	return links;
}

async function check(url: string): Promise<Result> {
	const attempt = (method: string) => fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(15_000), headers: { 'user-agent': 'learning-path link check' } });
	try {
		let response = await attempt('HEAD');
		// Some sites refuse HEAD; ask again with GET before calling the link dead.
		if (response.status >= 400) response = await attempt('GET');
		return { url, status: response.status, ...(response.url !== url && { finalUrl: response.url }) };
	} catch (error) {
		const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
		return { url, status: 0, error: cause };
	}
}

const verdict = (result: Result) => (result.status === 0 ? `unreachable (${result.error})` : result.status < 400 ? (result.finalUrl ? 'moved' : 'ok') : 'dead');

if (import.meta.main) {
	const links = externalLinks(contentDir);
	const queue = [...links.keys()];
	const results: Result[] = [];
	await Promise.all(
		Array.from({ length: 4 }, async () => {
			for (let url = queue.shift(); url; url = queue.shift()) results.push(await check(url));
		}),
	);
	results.sort((a, b) => a.url.localeCompare(b.url));
	const counts = new Map<string, number>();
	for (const result of results) {
		const word = verdict(result).split(' ')[0] as string;
		counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	const summary = [...counts].map(([word, count]) => `${count} ${word}`).join(', ');
	const report = [
		'# External links',
		'',
		`Checked on ${new Date().toISOString().slice(0, 10)} by \`npm run check:links\`: ${results.length} links, ${summary}.`,
		'"unreachable" means the checking machine could not reach the site (no network, DNS, timeout): it says nothing about the link.',
		'',
		'| verdict | status | link | ends at | used in |',
		'| --- | --- | --- | --- | --- |',
		...results.map((result) => `| ${verdict(result)} | ${result.status || '—'} | ${result.url} | ${result.finalUrl ?? ''} | ${[...(links.get(result.url) ?? [])].join(', ')} |`),
		'',
	].join('\n');
	writeFileSync('docs/link-report.md', report);
	console.log(`${results.length} links: ${summary}. Report: docs/link-report.md`);
}
