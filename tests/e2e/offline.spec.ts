/**
 * Offline and install (src/browser/worker/service-worker.ts): after one visit the edition
 * read works with no network, ticks included; a new deploy is announced, never
 * forced; two sites on one origin keep their own caches; Chromium finds the
 * site installable. On the end-to-end build under /roadmap/ and /fork/, and,
 * for the new deploy, on that build followed by a changed copy's.
 */
import { mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { violationsInSchemes } from '../support/axe.ts';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { serveLocally } from '../../scripts/serve-pages.ts';
import { offlineReport, weighOffline } from '../../scripts/weigh.ts';
import { createTempProject, type TempProject } from '../../scripts/temp-project.ts';
import { launchOptions } from '../../scripts/browser.ts';
import { stepFile } from '../../src/build/content-reader.ts';
import { editionOf, editions, stepsOf, uiOf } from '../support/content.ts';
import { E2E_BASE, E2E_FORK_BASE, E2E_SITE } from '../support/e2e-site.ts';

const [source = 'fr', other = 'en'] = editions();
const ui = uiOf(source);
/** Every page of an edition: overview, steps, progress page. */
const pagesOf = (edition: string) => [
	`${edition}/`,
	...stepsOf(edition).map((step) => `${edition}/${step.id}/`),
	`${edition}/progress/`,
];

/** Waits until the worker is active, its first download done. */
const offlineReady = (page: Page) => page.evaluate(async () => void (await navigator.serviceWorker.ready));

/** Whether a URL is in a cache of the origin. */
const isCached = (page: Page, url: string) => page.evaluate(async (href) => Boolean(await caches.match(href)), url);

/** Opens a page and checks it shows its heading with the site's stylesheet applied. */
async function expectReadable(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('h1'), url).toBeVisible();
	// The site's CSS is inlined (BaseLayout.astro): a page that came from the cache whole has its rules.
	const styled = await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0));
	expect(styled, `${url} has its styles`).toBe(true);
}

test(
	'after one visit, every page of the edition read opens offline with its styles, and another edition once visited',
	{ tag: '@variant' },
	async ({ page, context, baseURL }) => {
		test.setTimeout(120_000);
		const url = (path: string) => new URL(path, baseURL).href;
		await page.goto(url(`${source}/`));
		await offlineReady(page);
		await context.setOffline(true);
		for (const path of [...pagesOf(source), '', 'translations/']) await expectReadable(page, url(path));
		// A learner pays for the edition they read, not for all of them.
		expect(await isCached(page, url(`${other}/`))).toBe(false);
		await context.setOffline(false);
		await page.goto(url(`${other}/`));
		await expect
			.poll(() => Promise.all(pagesOf(other).map((path) => isCached(page, url(path)))), { timeout: 20_000 })
			.not.toContain(false);
		await context.setOffline(true);
		for (const path of pagesOf(other)) await expectReadable(page, url(path));
		// An address that is no page of the site is left to the browser: offline, it fails as it would without the worker.
		await expect(page.goto(url('no-such-page/'))).rejects.toThrow();
	},
);

test('a box ticked offline survives a reload offline and is there online', async ({ page, context }) => {
	const step = stepsOf(source)[1];
	await page.goto(`${source}/`);
	await offlineReady(page);
	await context.setOffline(true);
	await page.goto(`${source}/${step?.id}/`, { waitUntil: 'networkidle' });
	const box = page.locator(`input[data-mark="do"][data-for="${step?.id}"]`);
	await box.check();
	await page.reload();
	await expect(box).toBeChecked();
	await context.setOffline(false);
	await page.reload();
	await expect(box).toBeChecked();
});

test('two sites on one origin work offline with their own pages and keep their own caches', async ({
	page,
	context,
	baseURL,
}) => {
	const site = (base: string, path = '') => new URL(base + path, baseURL).href;
	for (const base of [E2E_BASE, E2E_FORK_BASE]) {
		await page.goto(site(base, `${source}/`));
		await offlineReady(page);
	}
	// The fork's worker was installed and activated after this site's: both caches are there, one each.
	const names = await page.evaluate(() => caches.keys());
	for (const base of [E2E_BASE, E2E_FORK_BASE])
		expect(
			names.filter((name) => name.includes(` ${base} `)),
			names.join(', '),
		).toHaveLength(1);
	await context.setOffline(true);
	for (const base of [E2E_BASE, E2E_FORK_BASE]) {
		const path = `${source}/${stepsOf(source)[0]?.id}/`;
		await expectReadable(page, site(base, path));
		// The page is this site's own: its links stay under its base.
		await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', `${base}manifest.webmanifest`);
	}
});

test('Chromium finds the site installable: standalone, under the base, with 192, 512 and maskable icons', async ({
	baseURL,
}) => {
	// A profile of its own: Chromium never offers to install from an incognito context, which is what test contexts are.
	const profile = await mkdtemp(join(tmpdir(), 'offline-profile-'));
	const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
	const page = await context.newPage();
	await page.goto(`${source}/`);
	await offlineReady(page);
	const cdp = await context.newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors).toEqual([]);
	const manifest = await (await page.request.get('manifest.webmanifest')).json();
	expect(manifest.id).toBe(E2E_BASE);
	expect(manifest.scope).toBe(E2E_BASE);
	expect(manifest.start_url).toBe(`${E2E_BASE}${source}/`);
	expect(manifest.display).toBe('standalone');
	const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
	expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(icons.filter((icon) => icon.purpose === 'maskable')).toHaveLength(1);
	for (const icon of icons) {
		expect(icon.src.startsWith(E2E_BASE), icon.src).toBe(true);
		const response = await page.request.get(new URL(icon.src, page.url()).href);
		expect(response.headers()['content-type'], icon.src).toBe('image/png');
	}
	await context.close();
	await rm(profile, { recursive: true, force: true });
});

test('the worker stays under 1.5 KB gzipped and leaves other origins and images alone', async ({ page }) => {
	const worker = await (await page.request.get('sw.js')).body();
	expect(gzipSync(worker).length).toBeLessThanOrEqual(1536);
	// Sharing images and icons are not precached ("log/" pages are).
	expect(worker.toString()).not.toMatch(/\bog\/|\bicons\//);
	await page.goto(`${source}/`);
	await offlineReady(page);
	// Sharing images are fetched from the network, not from the worker's cache.
	const image = await page.evaluate(
		async () => (await fetch(document.querySelector<HTMLMetaElement>('meta[property="og:image"]')?.content ?? '')).ok,
	);
	expect(image).toBe(true);
});

test('a first visit downloads one edition in the background within budget; a second visit offline stays off the network', async ({
	browser,
	baseURL,
}) => {
	const weight = await weighOffline(browser, String(baseURL), `${source}/`);
	const { line, over } = offlineReport(weight);
	console.log(line);
	expect(weight.precacheFiles).toBeGreaterThanOrEqual(pagesOf(source).length);
	expect(over).toEqual([]);
});

test.describe('a new deploy', () => {
	// One pair of builds for both tests, which take turns deploying them: the end-to-end build as it is,
	// then a copy built with one step's title and the notes editor changed; served on an origin of their own.
	test.describe.configure({ mode: 'serial' });
	const BASE = E2E_BASE;
	let project: TempProject;
	let server: Server;
	let origin = '';
	const step = stepsOf(source)[0];
	const newTitle = `${step?.title} (2)`;

	test.beforeAll(async () => {
		test.setTimeout(300_000);
		project = await createTempProject();
		await symlink(new URL('../../dist-e2e', import.meta.url).pathname, project.file('dist-1'));
		const file = stepFile(project.file('content'), source, String(step?.id));
		await writeFile(file, (await readFile(file, 'utf8')).replace(String(step?.title), newTitle));
		// A new version of the notes editor too: its hashed file gets another name, and the host no longer has the old one.
		const notes = project.file('src/browser/tracker/notes.ts');
		await writeFile(
			notes,
			(await readFile(notes, 'utf8')).replace('setTimeout(saveNote, 600)', 'setTimeout(saveNote, 601)'),
		);
		const second = await project.astro(['build', '--outDir', 'dist-2'], { BASE_PATH: BASE, SITE_URL: E2E_SITE });
		expect(second.code, second.output).toBe(0);
		await deploy(1);
		({ server, origin } = await serveLocally([{ dir: project.file('live'), base: BASE }]));
	});

	test.afterAll(async () => {
		server?.close();
		await project?.remove();
	});

	/** Deploys a build: the served folder now points at it. */
	async function deploy(build: 1 | 2) {
		await symlink(project.file(`dist-${build}`), project.file('live-next'));
		await rename(project.file('live-next'), project.file('live'));
	}

	/** Another page of the site, opened in a new tab: the browser checks for a new worker. */
	async function openAnother(context: BrowserContext) {
		const other = await context.newPage();
		await other.goto(`${origin}${BASE}${source}/`);
		await other.evaluate(() => Object.assign(window, { stayed: true }));
		return other;
	}
	const stayed = (page: Page) => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed);

	const pageUrl = () => `${origin}${BASE}${source}/${step?.id}/`;

	async function openControlled(context: BrowserContext) {
		const page = await context.newPage();
		await page.goto(pageUrl());
		await offlineReady(page);
		// The first visit registers the worker; from the next load on, it serves the page.
		await page.reload();
		expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
		return page;
	}

	test('shows a polite notice; its button reloads into the new text, no tick lost, other tabs untouched', async ({
		context,
	}) => {
		const page = await openControlled(context);
		const box = page.locator(`input[data-mark="read"][data-for="${step?.id}"]`);
		await box.check();
		await expect(page.locator('h1')).toContainText(String(step?.title));
		const notice = page.locator('[data-update]');
		await expect(notice).toBeHidden();
		await deploy(2);
		// The learner opens another page of the site: the browser finds the new worker.
		const other = await openAnother(context);
		await expect(notice).toBeVisible({ timeout: 20_000 });
		await expect(notice.getByRole('status')).toHaveText(ui['offline.updateReady'] ?? '');
		// Nothing changed on the page until the learner asks.
		await expect(page.locator('h1')).not.toContainText(newTitle);
		await notice.getByRole('button', { name: ui['offline.reload'] }).click();
		await expect(page.locator('h1')).toContainText(newTitle);
		await expect(box).toBeChecked();
		expect(await stayed(other)).toBe(true);
		// The new version's cache and the previous one's (another tab may still run it) are left; the new one serves the new text offline.
		const names = await page.evaluate(() => caches.keys());
		expect(names.filter((name) => name.includes(` ${BASE} `))).toHaveLength(2);
		await context.setOffline(true);
		await page.reload();
		await expect(page.locator('h1')).toContainText(newTitle);
		await expect(box).toBeChecked();
	});

	test('a tab still on the previous version keeps working after another tab took the update: its note is saved, with the code the host no longer has', async ({
		context,
	}) => {
		await deploy(1);
		const updated = await openControlled(context);
		const stale = await context.newPage();
		await stale.goto(pageUrl());
		await deploy(2);
		const previousNotes = (await readdir(project.file('dist-1/_astro'))).find((name) => name.startsWith('notes.'));
		expect(await readdir(project.file('dist-2/_astro'))).not.toContain(previousNotes);
		await openAnother(context);
		const notice = updated.locator('[data-update]');
		await expect(notice).toBeVisible({ timeout: 20_000 });
		await notice.getByRole('button', { name: ui['offline.reload'] }).click();
		await expect(updated.locator('h1')).toContainText(newTitle);
		// The other tab still shows the previous version; its notes editor loads on first use.
		await expect(stale.locator('h1')).not.toContainText(newTitle);
		const note = stale.getByLabel(ui['log.notes'] ?? '', { exact: true });
		await note.fill('Écrit dans un onglet resté à la version précédente');
		await note.blur();
		await expect(stale.locator('[data-note-state]')).toHaveText(ui['log.noteSaved'] ?? '');
		await updated.reload();
		await expect(updated.getByLabel(ui['log.notes'] ?? '', { exact: true })).toHaveValue(
			'Écrit dans un onglet resté à la version précédente',
		);
	});

	test('"later" hides the notice and reloads nothing; the notice is accessible', async ({ context }) => {
		await deploy(1);
		const page = await openControlled(context);
		await page.evaluate(() => Object.assign(window, { stayed: true }));
		await deploy(2);
		await openAnother(context);
		const notice = page.locator('[data-update]');
		await expect(notice).toBeVisible({ timeout: 20_000 });
		// The page with the notice shown stays accessible, in both themes.
		expect(await violationsInSchemes(page, 'the page with the notice')).toEqual([]);
		await notice.getByRole('button', { name: ui['offline.later'] }).click();
		await expect(notice).toBeHidden();
		expect(await stayed(page)).toBe(true);
		await expect(page.locator('h1')).not.toContainText(newTitle);
	});
});

test.describe('a site at the root of its origin, on a slow network', () => {
	// One build at `/`, served beside another project site of the same origin, `/other/`. Its tests in one
	// worker, in order: with fullyParallel each test is a group of its own, and a group runs its beforeAll
	// again (three builds where one will do, 2026-12-04).
	test.describe.configure({ mode: 'default' });
	let project: TempProject;
	let server: Server;
	let origin = '';
	/** URL paths the network answers slowly, set by each test. */
	let slow = '';
	/**
	 * The network down, for the worker too: Playwright's `setOffline` does not always reach a service
	 * worker's own requests (microsoft/playwright#2311; once here, under load, the worker fetched a page
	 * never downloaded and showed it), so the server drops every connection as well.
	 */
	let down = false;
	const otherSite = '/other/';
	const [step] = stepsOf(other);
	const otherUi = uiOf(other);

	test.beforeAll(async () => {
		test.setTimeout(300_000);
		project = await createTempProject();
		const built = await project.astro(['build', '--outDir', 'dist-root'], { BASE_PATH: '/' });
		expect(built.code, built.output).toBe(0);
		const folder = await mkdtemp(join(tmpdir(), 'other-site-'));
		await writeFile(
			join(folder, 'index.html'),
			'<!doctype html><html lang="en"><title>Other</title><h1>Another project site</h1></html>',
		);
		({ server, origin } = await serveLocally(
			[
				{ dir: project.file('dist-root'), base: '/' },
				{ dir: folder, base: otherSite },
			],
			{ delay: (path) => (slow && path.startsWith(slow) ? 4500 : 0), down: () => down },
		));
	});

	test.afterAll(async () => {
		server?.close();
		await project?.remove();
	});

	/** A tab whose page the worker controls, after one visit of the source edition. */
	async function controlled(context: BrowserContext) {
		const page = await context.newPage();
		await page.goto(`${origin}/${source}/`);
		await offlineReady(page);
		await page.reload();
		return page;
	}

	test('a page not yet saved waits for a slow network instead of answering "not found"', async ({ context }) => {
		const page = await controlled(context);
		slow = `/${other}/`;
		try {
			await page.goto(`${origin}/${other}/${step?.id}/`, { timeout: 30_000 });
			await expect(page.locator('h1')).toContainText(String(step?.title));
		} finally {
			slow = '';
		}
	});

	test("offline, a page never downloaded says so in its edition's words and links only to what is saved", async ({
		context,
	}) => {
		const page = await controlled(context);
		await context.setOffline(true);
		down = true;
		try {
			await page.goto(`${origin}/${other}/${step?.id}/`);
			await expect(page.locator('h1')).toHaveText(otherUi['offline.notSavedTitle'] ?? '');
			await expect(page.locator('html')).toHaveAttribute('lang', editionOf(other).lang);
			const links = page.locator('main li a');
			await expect(links).toHaveCount(1);
			await expect(links).toHaveAttribute('href', `/${source}/`);
			await links.click();
			await expect(page.locator('h1')).toBeVisible();
			expect(new URL(page.url()).pathname).toBe(`/${source}/`);
		} finally {
			down = false;
		}
	});

	test("another project site under the same origin gets nothing from this site's worker", async ({ context }) => {
		const page = await controlled(context);
		await page.goto(`${origin}${otherSite}`);
		await expect(page.locator('h1')).toHaveText('Another project site');
		await context.setOffline(true);
		// Left to the browser: offline, a page of it never visited fails as it would without our worker, never our 404.
		await expect(page.goto(`${origin}${otherSite}never-visited/`)).rejects.toThrow();
	});
});
