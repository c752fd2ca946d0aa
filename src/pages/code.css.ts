/** The colours of every highlighted snippet of every edition (see lib/highlight.ts), linked only by pages with a snippet. */
import type { APIRoute } from 'astro';
import { loadRoadmap } from '../data/roadmap.ts';
import { highlight, tokenStyles } from '../lib/highlight.ts';

export const GET: APIRoute = async () => {
	const { editions } = await loadRoadmap();
	const starters = editions.flatMap((edition) => edition.steps.map((step) => step.entry.data.starter).filter((starter) => starter !== undefined));
	const lines = (await Promise.all(starters.map((starter) => highlight(starter.code, starter.lang)))).flat(2);
	return new Response(`${tokenStyles(lines.map((token) => token.className))}\n`, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
