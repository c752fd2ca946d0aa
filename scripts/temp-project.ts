/**
 * A throwaway copy of the project (its code, config and content, with
 * node_modules linked), for tests that build the site from content we change:
 * bad-content fixtures, temporary editions. Nothing outside the copy is touched.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serveLocally } from './serve-pages.ts';

const projectRoot = new URL('../', import.meta.url).pathname;
const copied = ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface TempProject {
	root: string;
	/** Path inside the copy: `file('content/fr/ui.json')`. */
	file(path: string): string;
	/** Runs the project's Astro CLI in the copy; never throws, returns the exit code and output. */
	astro(args: string[], env?: NodeJS.ProcessEnv): Promise<{ code: number; output: string }>;
	/** Runs a Node script of the copy, e.g. `node(['scripts/i18n.ts', 'status'])`; never throws. */
	node(args: string[], env?: NodeJS.ProcessEnv): Promise<{ code: number; output: string }>;
	/**
	 * Builds the copy under `base` and serves it like GitHub Pages on a free port:
	 * its address (`http://127.0.0.1:<port><base>`), the build's output, and how to
	 * stop serving. Throws with the build's output when the build fails.
	 */
	buildAndServe(base: string): Promise<{ baseURL: string; output: string; close(): void }>;
	remove(): Promise<void>;
}

/** `also`: more of the project to copy, e.g. the tests and their config to run them in the copy. */
export async function createTempProject(also: string[] = []): Promise<TempProject> {
	const root = await mkdtemp(join(tmpdir(), 'roadmap-'));
	await Promise.all(
		[...copied, ...also].map((entry) => cp(join(projectRoot, entry), join(root, entry), { recursive: true })),
	);
	// A node_modules of links to ours, not one link to it: Astro and Vite keep their caches in
	// node_modules/.astro and .vite, and copies synced or built side by side must not share them
	// (a copy's content store, written into ours, broke another copy's build: 2026-12-04).
	const modules = join(projectRoot, 'node_modules');
	await mkdir(join(root, 'node_modules'));
	await Promise.all(
		(await readdir(modules))
			.filter((entry) => entry !== '.astro' && entry !== '.vite')
			.map((entry) => symlink(join(modules, entry), join(root, 'node_modules', entry))),
	);
	const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
	const node = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
		try {
			const { stdout, stderr } = await promisify(execFile)(process.execPath, args, {
				cwd: root,
				env: { ...process.env, CONTENT_DIR: undefined, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
				maxBuffer: 16 * 1024 * 1024,
			});
			return { code: 0, output: stdout + stderr };
		} catch (error) {
			const failed = error as { code?: number; stdout?: string; stderr?: string };
			return {
				code: typeof failed.code === 'number' ? failed.code : 1,
				output: `${failed.stdout ?? ''}${failed.stderr ?? ''}`,
			};
		}
	};
	const astro = (args: string[], env?: NodeJS.ProcessEnv) => node([astroBin, ...args], env);
	return {
		root,
		file: (path) => join(root, path),
		astro,
		node,
		async buildAndServe(base) {
			const build = await astro(['build'], { BASE_PATH: base });
			if (build.code !== 0) throw new Error(`the build of ${root} failed:\n${build.output}`);
			const { server, origin } = await serveLocally([{ dir: join(root, 'dist'), base }]);
			return { baseURL: `${origin}${base}`, output: build.output, close: () => server.close() };
		},
		remove: () => rm(root, { recursive: true, force: true }),
	};
}
