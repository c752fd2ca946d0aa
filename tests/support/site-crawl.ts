/**
 * One crawl of the end-to-end build per run, shared by the suites that read
 * it (pages, sharing, security, links): the first worker to ask crawls and
 * writes the result under Playwright's output folder, which every run starts
 * empty; the other workers wait for that file and read it.
 */
import { mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page, test } from '@playwright/test';
import { crawl, type StaticPage } from '../../scripts/static-page.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function crawlOnce(page: Page, baseURL: string): Promise<Map<string, StaticPage>> {
	const folder = test.info().project.outputDir;
	const file = join(folder, `crawl-${new URL(baseURL).pathname.replaceAll('/', '_')}.json`);
	mkdirSync(folder, { recursive: true });
	let mine = true;
	try {
		openSync(`${file}.lock`, 'wx');
	} catch {
		mine = false;
	}
	if (mine) {
		const pages = await crawl(page, baseURL);
		writeFileSync(`${file}.partial`, JSON.stringify([...pages]));
		renameSync(`${file}.partial`, file);
		return pages;
	}
	for (let waited = 0; waited < 60_000; waited += 200) {
		try {
			return new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, StaticPage][]);
		} catch {
			await sleep(200);
		}
	}
	throw new Error(`${file}: another worker began the crawl but never wrote it`);
}
