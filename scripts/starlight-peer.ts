/**
 * The same roadmap built by a stock Starlight site, for comparison: every
 * edition a Starlight locale, its overview an index page (the introduction
 * and the list of steps), every step a page (its text, the thing to read, the
 * thing to do, the first command). Starlight's defaults otherwise: its search,
 * sidebar, theme and fonts. Starlight and the project's Astro are installed
 * once in the system's temporary folder (starlight-peer-deps/), and each peer
 * is built in a folder of its own there.
 *
 *   node scripts/starlight-peer.ts     (npm run bench:starlight) builds this site and the peer
 *   under /roadmap/ and measures them side by side: weight, requests, and
 *   Lighthouse LCP against the floor (scripts/floor.ts). Output for docs/benchmarks.md.
 *   QUIET_WAIT=10 shortens each Lighthouse run's wait for a quiet CPU (60 s) on a shared machine.
 *
 * scripts/bench-build.ts times the peer's build beside this site's.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { readEditions, shownStepFiles } from '../src/build/content-reader.ts';
import { contentDir as projectContent, SOURCE_EDITION } from '../src/build/editions.ts';
import { languageName } from '../src/shared/i18n.ts';

/** The Starlight release compared, pinned so figures can be repeated. */
export const STARLIGHT_VERSION = '0.42.4';

const projectRoot = new URL('../', import.meta.url).pathname;
// Outside node_modules: Vite treats any file under one as a dependency, the peer's pages included.
const depsDir = join(tmpdir(), 'starlight-peer-deps');

/** Installs Starlight beside the project's own Astro version, once. */
export async function starlightDependencies(): Promise<string> {
	if (existsSync(join(depsDir, 'node_modules/@astrojs/starlight/package.json'))) return join(depsDir, 'node_modules');
	const astro = (
		JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
	).version;
	await mkdir(depsDir, { recursive: true });
	await writeFile(
		join(depsDir, 'package.json'),
		JSON.stringify(
			{
				name: 'starlight-peer',
				private: true,
				type: 'module',
				dependencies: { astro, '@astrojs/starlight': STARLIGHT_VERSION },
			},
			null,
			2,
		),
	);
	console.log(`installing astro ${astro} and @astrojs/starlight ${STARLIGHT_VERSION} in ${depsDir}…`);
	await promisify(execFile)('npm', ['install', '--no-audit', '--no-fund'], {
		cwd: depsDir,
		maxBuffer: 16 * 1024 * 1024,
	});
	return join(depsDir, 'node_modules');
}

interface Resource {
	title: string;
	url: string;
	note?: string;
}

interface Step {
	id: string;
	order: number;
	title: string;
	summary: string;
	read: Resource;
	do: Resource;
	starter?: { lang: string; code: string };
}

const yamlString = (value: string) => JSON.stringify(value);
const resource = (heading: string, { title, url, note }: Resource) =>
	`## ${heading}\n\n[${title}](${url})${note ? `\n\n${note}` : ''}\n`;

/** The Starlight project's files (path → text) for a content folder in this project's format. */
export function peerFiles(contentDir: string, site: string, base: string): Map<string, string> {
	const files = new Map<string, string>();
	const locales: Record<string, { label: string; lang: string }> = {};
	let siteTitle = '';
	// The project's own reader: editions in menu order, each one's steps in path order.
	const editions = readEditions(contentDir);
	for (const { id: edition, overview: overviewFile, ui: uiFile } of editions) {
		const overview = { data: overviewFile?.data ?? {}, body: overviewFile?.body ?? '' };
		const lang = String(overview.data.lang);
		const ui = uiFile?.strings ?? {};
		locales[edition] = { label: languageName(lang), lang };
		if (edition === SOURCE_EDITION) siteTitle = String(overview.data.title);
		// The site's steps: a step the source has and this edition lacks is shown from the source.
		const steps = shownStepFiles(editions, edition).map(({ step: { data, body } }) => ({
			step: data as unknown as Step,
			body,
		}));
		const list = steps
			.map(({ step }, index) => `${index + 1}. [${step.title}](${step.id}/): ${step.summary}`)
			.join('\n');
		files.set(
			`src/content/docs/${edition}/index.md`,
			`---\ntitle: ${yamlString(String(overview.data.articleTitle))}\ndescription: ${yamlString(String(overview.data.description))}\n---\n\n${overview.body.replace(/<StepList\s*\/>/, list)}`,
		);
		for (const { step, body } of steps) {
			const starter = step.starter
				? `## ${ui['starter.heading']}\n\n\`\`\`${step.starter.lang}\n${step.starter.code.trimEnd()}\n\`\`\`\n`
				: '';
			files.set(
				`src/content/docs/${edition}/${step.id}.md`,
				[
					`---\ntitle: ${yamlString(step.title)}\ndescription: ${yamlString(step.summary)}\nsidebar:\n  order: ${step.order}\n---\n`,
					body.trim(),
					'',
					resource(ui['step.read'] ?? 'Read', step.read),
					resource(ui['step.do'] ?? 'Do', step.do),
					starter,
				].join('\n'),
			);
		}
	}
	files.set(
		'astro.config.mjs',
		`import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: ${JSON.stringify(site)},
	base: ${JSON.stringify(base)},
	trailingSlash: 'always',
	integrations: [starlight({ title: ${JSON.stringify(siteTitle)}, defaultLocale: ${JSON.stringify(SOURCE_EDITION)}, locales: ${JSON.stringify(locales)} })],
});
`,
	);
	files.set(
		'src/content.config.ts',
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	// Astro finds the packages it must bundle (Starlight's components) among the dependencies listed here.
	files.set(
		'package.json',
		JSON.stringify(
			{
				name: 'starlight-peer',
				private: true,
				type: 'module',
				dependencies: { astro: '*', '@astrojs/starlight': STARLIGHT_VERSION },
			},
			null,
			2,
		),
	);
	return files;
}

export interface StarlightPeer {
	root: string;
	/** Builds into `dist/`; returns the exit code, output and seconds taken. */
	build(): Promise<{ code: number; output: string; seconds: number }>;
	remove(): Promise<void>;
}

/**
 * Writes the peer of `contentDir` in a temporary folder beside its
 * dependencies (a linked node_modules confuses Astro's compiler about paths).
 */
export async function createStarlightPeer(
	contentDir: string,
	site = 'https://example.github.io',
	base = '/',
): Promise<StarlightPeer> {
	const modules = await starlightDependencies();
	const root = await mkdtemp(join(dirname(modules), 'site-'));
	for (const [path, text] of peerFiles(contentDir, site, base)) {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), text);
	}
	return {
		root,
		async build() {
			const start = performance.now();
			try {
				const { stdout, stderr } = await promisify(execFile)(
					process.execPath,
					[join(modules, 'astro/bin/astro.mjs'), 'build'],
					{
						cwd: root,
						env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
						maxBuffer: 64 * 1024 * 1024,
					},
				);
				return { code: 0, output: stdout + stderr, seconds: (performance.now() - start) / 1000 };
			} catch (error) {
				const failed = error as { code?: number; stdout?: string; stderr?: string };
				return {
					code: typeof failed.code === 'number' ? failed.code : 1,
					output: `${failed.stdout ?? ''}${failed.stderr ?? ''}`,
					seconds: (performance.now() - start) / 1000,
				};
			}
		},
		remove: () => rm(root, { recursive: true, force: true }),
	};
}

if (import.meta.main) {
	const { chromium } = await import('@playwright/test');
	const { launchOptions } = await import('./browser.ts');
	const { createTempProject } = await import('./temp-project.ts');
	const { servePages } = await import('./serve-pages.ts');
	const { weighPage } = await import('./weigh.ts');
	const { floorTable, measureFloor, strippedMirror } = await import('./floor.ts');
	const base = '/roadmap/';
	const site = 'https://example.github.io';
	const ours = await createTempProject();
	const peer = await createStarlightPeer(projectContent, site, base);
	try {
		const built = await ours.astro(['build'], { BASE_PATH: base, SITE_URL: site });
		if (built.code !== 0) throw new Error(built.output);
		const peerBuilt = await peer.build();
		if (peerBuilt.code !== 0) throw new Error(peerBuilt.output);
		const listen = (dir: string) =>
			new Promise<{ url: string; close: () => void }>((resolve) => {
				const server = servePages([{ dir, base }]).listen(0, '127.0.0.1', () => {
					const address = server.address();
					resolve({
						url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${base}`,
						close: () => server.close(),
					});
				});
			});
		const [oursServer, peerServer] = [await listen(ours.file('dist')), await listen(join(peer.root, 'dist'))];
		const stepId = readEditions(projectContent)[0]?.steps[0]?.id ?? '';
		const pages = [
			{ label: 'this site, root', server: oursServer, path: '' },
			{ label: 'this site, overview', server: oursServer, path: `${SOURCE_EDITION}/` },
			{ label: 'this site, step', server: oursServer, path: `${SOURCE_EDITION}/${stepId}/` },
			{ label: 'Starlight, overview', server: peerServer, path: `${SOURCE_EDITION}/` },
			{ label: 'Starlight, step', server: peerServer, path: `${SOURCE_EDITION}/${stepId}/` },
		];
		const browser = await chromium.launch(launchOptions);
		const weights: string[] = ['| page | requests | transferred (gzip) | JavaScript |', '| --- | --- | --- | --- |'];
		for (const { label, server, path } of pages) {
			const weight = await weighPage(browser, server.url, path);
			weights.push(
				`| ${label} | ${weight.resources.length} | ${(weight.total / 1024).toFixed(1)} KB | ${(weight.script / 1024).toFixed(1)} KB |`,
			);
		}
		await browser.close();
		console.log(`\n${weights.join('\n')}\n`);
		const floors = [];
		for (const { label, server, path } of pages) {
			const mirror = await strippedMirror(new URL(server.url).origin);
			floors.push({
				label,
				floor: await measureFloor(new URL(path, server.url).href, mirror, {
					scores: false,
					quietWait: Number(process.env.QUIET_WAIT ?? 60),
				}),
			});
			mirror.close();
			console.log(floorTable(floors.slice(-1)).split('\n').at(-1));
		}
		console.log(`\n${floorTable(floors)}\n\nStarlight ${STARLIGHT_VERSION}; ${new Date().toISOString().slice(0, 10)}.`);
		oursServer.close();
		peerServer.close();
	} finally {
		await ours.remove();
		await peer.remove();
	}
}
