/**
 * A static server that answers like GitHub Pages, so tests see what a host
 * will serve: `dir/` serves `dir/index.html`, `dir` redirects to `dir/`,
 * `page` serves `page.html` when it exists, unknown paths get the site's
 * `404.html` with status 404, nothing outside the base is served, and
 * responses are gzipped when the browser accepts it.
 *
 *   node scripts/serve-pages.ts [--dir dist] [--base /roadmap/] [--port 4321]
 *   node scripts/serve-pages.ts --site /a/=dist-a --site /b/=dist-b
 *
 * The base defaults to BASE_PATH, like the build. Several --site options serve
 * several builds on one origin, as user.github.io serves one site per repo.
 * `--script-delay 400` (or SCRIPT_DELAY) holds every script that long: a slow
 * machine or network, where the learner acts before the scripts have run
 * (`E2E_SCRIPT_DELAY=400 npm run test:e2e` finds the tests that assume otherwise).
 */
import type { AddressInfo } from 'node:net';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { normalizeBase } from '../src/shared/url.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
};
const compressible = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

async function fileAt(path: string) {
	try {
		const info = await stat(path);
		return info;
	} catch {
		return undefined;
	}
}

/** Resolves a URL path below the base to what Pages would do with it. */
async function resolveRequest(
	root: string,
	base: string,
	urlPath: string,
): Promise<{ file: string; status: number } | { redirect: string } | undefined> {
	if (!urlPath.startsWith(base) && `${urlPath}/` !== base) return undefined;
	if (`${urlPath}/` === base) return { redirect: base };
	const relativePath = decodeURIComponent(urlPath.slice(base.length));
	const target = resolve(root, normalize(relativePath));
	if (target !== root && !target.startsWith(root + sep)) return undefined;
	const info = await fileAt(target);
	if (info?.isFile()) return { file: target, status: 200 };
	if (info?.isDirectory()) {
		if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
		const index = join(target, 'index.html');
		if ((await fileAt(index))?.isFile()) return { file: index, status: 200 };
	}
	if (!urlPath.endsWith('/') && (await fileAt(`${target}.html`))?.isFile())
		return { file: `${target}.html`, status: 200 };
	return undefined;
}

function send(request: IncomingMessage, response: ServerResponse, file: string, status: number) {
	const type = types[extname(file)] ?? 'application/octet-stream';
	const gzip = compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
	response.writeHead(status, {
		'content-type': type,
		'cache-control': 'max-age=600',
		vary: 'Accept-Encoding',
		...(gzip && { 'content-encoding': 'gzip' }),
	});
	if (request.method === 'HEAD') return void response.end();
	const stream = createReadStream(file);
	(gzip ? stream.pipe(createGzip()) : stream).pipe(response);
}

export interface Site {
	/** The folder of a build. */
	dir: string;
	/** The path it is served under. */
	base: string;
}

export interface ServeOptions {
	/** Milliseconds every script waits before it is sent, as on a slow machine. */
	scriptDelay?: number;
	/** Milliseconds a request for this URL path waits before it is answered, as on a slow network (tests). */
	delay?: (urlPath: string) => number;
	/** True while the network is down (tests): every request's connection is dropped unanswered. */
	down?: () => boolean;
}

export function servePages(sites: Site[], { scriptDelay = 0, delay, down }: ServeOptions = {}): Server {
	const mounted = sites
		.map(({ dir, base }) => ({ root: resolve(dir), base: normalizeBase(base) }))
		// The longest base first, so /a/b/ wins over /a/.
		.sort((a, b) => b.base.length - a.base.length);
	return createServer(async (request, response) => {
		if (down?.()) {
			request.socket.destroy();
			return;
		}
		const url = new URL(request.url ?? '/', 'http://localhost');
		const wait = delay?.(url.pathname);
		if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		const site = mounted.find(({ base }) => url.pathname.startsWith(base) || `${url.pathname}/` === base);
		const found = site && (await resolveRequest(site.root, site.base, url.pathname).catch(() => undefined));
		const notFound = site && join(site.root, '404.html');
		if (found && 'redirect' in found) {
			response.writeHead(301, { location: found.redirect + url.search }).end();
		} else if (found) {
			if (scriptDelay && found.file.endsWith('.js')) await new Promise((resolve) => setTimeout(resolve, scriptDelay));
			send(request, response, found.file, found.status);
		} else if (notFound && (await fileAt(notFound))?.isFile()) {
			send(request, response, notFound, 404);
		} else {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
		}
	});
}

/** Serves `sites` on a free port of 127.0.0.1, for tests and tools: the server and its origin (`http://127.0.0.1:<port>`). */
export async function serveLocally(sites: Site[], options?: ServeOptions): Promise<{ server: Server; origin: string }> {
	const server = servePages(sites, options).listen(0, '127.0.0.1');
	await new Promise((resolve) => server.once('listening', resolve));
	return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: {
			dir: { type: 'string', default: 'dist' },
			base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
			site: { type: 'string', multiple: true },
			port: { type: 'string', default: process.env.PORT ?? '4321' },
			'script-delay': { type: 'string', default: process.env.SCRIPT_DELAY ?? '0' },
		},
	});
	const sites = values.site?.map((option) => {
		const [base = '', dir = ''] = option.split('=');
		return { base, dir };
	}) ?? [{ base: values.base, dir: values.dir }];
	servePages(sites, { scriptDelay: Number(values['script-delay']) }).listen(Number(values.port), '127.0.0.1', () => {
		for (const { base, dir } of sites)
			console.log(`Serving ${dir} like GitHub Pages at http://127.0.0.1:${values.port}${normalizeBase(base)}`);
	});
}
