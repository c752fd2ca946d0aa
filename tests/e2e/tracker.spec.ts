/**
 * The progress tracker in a real browser, on the build served under /roadmap/:
 * ticking, persistence, keyboard, the overview, tabs, bad storage, two forks
 * on one origin, export/import/reset, and the page without JavaScript.
 */
import { expectSaved, seedStorage } from '../support/storage.ts';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { checksum } from '../../src/shared/progress/checksum.ts';
import { CURRENT_VERSION, legacyKey, storageKey } from '../../src/shared/progress/record.ts';
import { PROGRESS_SEGMENT } from '../../src/shared/url.ts';
import { editionOf, markCount, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';
import { E2E_BASE, E2E_FORK_BASE } from '../support/e2e-site.ts';
import { expectNoShift } from '../support/layout-shift.ts';

const t = translatorOf(SOURCE_EDITION);
const steps = stepsOf(SOURCE_EDITION);
const [first, second, third] = steps as [(typeof steps)[number], (typeof steps)[number], (typeof steps)[number]];
const { roadmap } = editionOf(SOURCE_EDITION);
/** A step page and the progress page, relative to the base. */
const stepPath = (id: string) => `${SOURCE_EDITION}/${id}/`;
const overviewPath = `${SOURCE_EDITION}/`;
const progressPath = `${SOURCE_EDITION}/${PROGRESS_SEGMENT}/`;
/** The "continue" link's name starts with the words before its step (any space: the name's no-break space may read as a plain one): not the hand-off's link, which starts alike. */
const continueName = new RegExp(
	`^${t('tracker.continue', { step: '' })
		.trim()
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		.replace(/\s+/g, '\\s+')}`,
);
const KEY = storageKey(roadmap, E2E_BASE);
/** Values written before version 3, under the old key: the tracker takes them over. */
const OLD_KEY = legacyKey(E2E_BASE);

const stored = (page: Page, key = KEY) => page.evaluate((name) => localStorage.getItem(name), key);
const readBox = (page: Page, title: string) => page.getByRole('checkbox', { name: t('tracker.read', { title }) });
const doBox = (page: Page, title: string) => page.getByRole('checkbox', { name: t('tracker.do', { title }) });

/** Puts a raw value in a storage key (the old one by default, as learners have it) before any page script runs. */
async function seed(context: BrowserContext, raw: string, key = OLD_KEY) {
	await seedStorage(context, { [key]: raw });
}

test('a ticked box is still ticked after a reload, and is saved under the step id', async ({ page }) => {
	await page.goto(stepPath(first.id), { waitUntil: 'networkidle' });
	await readBox(page, first.read.title).check();
	await expectSaved(page, readBox(page, first.read.title));
	await page.reload();
	await expect(readBox(page, first.read.title)).toBeChecked();
	await expect(doBox(page, first.do.title)).not.toBeChecked();
	const record = JSON.parse((await stored(page)) ?? '{}');
	expect(record.version).toBe(CURRENT_VERSION);
	expect(record.roadmap).toBe(roadmap);
	expect(record.items[first.id].read.done).toBe(true);
	expect(Date.parse(record.items[first.id].read.at)).toBeGreaterThan(Date.now() - 60_000);
});

test('boxes changed before the tracker has run are saved as left once it runs', async ({ page }) => {
	// Scripts held back, as on a slow phone: the page is painted and the learner acts first.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(stepPath(first.id), { waitUntil: 'domcontentloaded' });
	await readBox(page, first.read.title).check();
	await doBox(page, first.do.title).check();
	await doBox(page, first.do.title).uncheck();
	expect(await stored(page)).toBeNull();
	release();
	await expect.poll(() => stored(page)).not.toBeNull();
	await expect(readBox(page, first.read.title)).toBeChecked();
	await expect(doBox(page, first.do.title)).not.toBeChecked();
	const record = JSON.parse((await stored(page)) ?? '{}');
	expect(record.items[first.id].read.done).toBe(true);
	expect(record.items[first.id].do?.done ?? false).toBe(false);
	await page.reload();
	await expect(readBox(page, first.read.title)).toBeChecked();
});

test('the boxes work with the keyboard alone, and each change is announced @phone', async ({ page }) => {
	// The tracker starts after the first paint: once the network is quiet, it listens.
	await page.goto(stepPath(first.id), { waitUntil: 'networkidle' });
	const box = readBox(page, first.read.title);
	await box.focus();
	await page.keyboard.press('Space');
	await expect(box).toBeChecked();
	await expect(page.locator('[data-live]')).toHaveText(
		t('tracker.ticked', { label: t('tracker.read', { title: first.read.title }) }),
	);
	// Tab order follows reading order: the links of the text between the cards (the article may put some there), the thing to do's link, its archived copy, then its box.
	const linksBetween = await page.evaluate(() => {
		const [read, done] = ['read', 'do'].map((role) => document.querySelector(`[data-resource="${role}"]`));
		const follows = (a: Node, b: Node | null | undefined) =>
			!!b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
		return [...document.querySelectorAll('a[href]')].filter(
			(link) => read && follows(read, link) && !read.contains(link) && follows(link, done),
		).length;
	});
	for (let index = 0; index <= linksBetween; index++) await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: first.do.title, exact: true })).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(doBox(page, first.do.title)).toBeFocused();
	await page.keyboard.press('Space');
	await page.keyboard.press('Space');
	await expect(doBox(page, first.do.title)).not.toBeChecked();
	await expect(page.locator('[data-live]')).toHaveText(
		t('tracker.unticked', { label: t('tracker.do', { title: first.do.title }) }),
	);
});

test('the overview shows each status in words, the progress bar and where to continue', async ({ page }) => {
	await page.goto(stepPath(first.id), { waitUntil: 'networkidle' });
	await readBox(page, first.read.title).check();
	await doBox(page, first.do.title).check();
	await expectSaved(page, doBox(page, first.do.title));
	await page.goto(stepPath(second.id), { waitUntil: 'networkidle' });
	await doBox(page, second.do.title).check();
	await expectSaved(page, doBox(page, second.do.title));
	await page.goto(overviewPath, { waitUntil: 'networkidle' });

	const status = (id: string) => page.locator(`[data-switch="status"][data-of="${id}"] > :not([hidden])`);
	await expect(status(first.id)).toHaveText(t('tracker.status.done'));
	await expect(status(second.id)).toHaveText(t('tracker.status.doing'));
	await expect(status(third.id)).toHaveText(t('tracker.status.todo'));

	const bar = page.getByRole('progressbar', { name: t('tracker.progress') });
	await expect(bar).toHaveAttribute('value', '3');
	await expect(bar).toHaveAttribute('max', String(markCount()));
	await expect(page.locator('.progress-line')).toContainText(t('tracker.count', { done: 3, total: markCount() }));

	const next = page.getByRole('link', { name: continueName });
	await expect(next).toHaveCount(1);
	await expect(next).toHaveAttribute('href', `${E2E_BASE}${stepPath(second.id)}`);
	await expect(next).toContainText(second.title);
	await expect(page.locator('.saved')).toContainText(t('tracker.savedHere'));
	await expect(page.locator('.saved')).toContainText(t('tracker.lastSaved', { date: '' }).replace(/\W*$/, ''));
});

test('once every box is ticked, the overview says the path is finished', async ({ page, context }) => {
	const at = new Date().toISOString();
	const items = Object.fromEntries(
		steps.map((step) => [step.id, { read: { done: true, at }, do: { done: true, at } }]),
	);
	await seed(context, JSON.stringify({ version: 2, items }));
	await page.goto(overviewPath, { waitUntil: 'networkidle' });
	await expect(page.getByRole('link', { name: continueName })).toHaveCount(0);
	// The overview's finished state (its own tests are in overview-states.spec.ts), every bar full.
	await expect(page.getByRole('heading', { name: t('overviewState.finished') })).toBeVisible();
	await expect(page.getByText(t('overviewState.congratulations', { count: steps.length }))).toBeVisible();
	for (const bar of await page.locator('progress[data-progress]').all())
		await expect(bar).toHaveAttribute('value', String(markCount()));
});

test('two tabs stay in sync, and ticking different boxes in each keeps both', async ({ context }) => {
	const one = await context.newPage();
	const two = await context.newPage();
	await one.goto(stepPath(first.id), { waitUntil: 'networkidle' });
	await two.goto(stepPath(first.id), { waitUntil: 'networkidle' });
	await readBox(one, first.read.title).check();
	await expect(readBox(two, first.read.title)).toBeChecked();
	await expect(two.locator('[data-live]')).toHaveText(t('tracker.synced'));
	// The second tab ticks another box: its write starts from what the first saved.
	await doBox(two, first.do.title).check();
	await expect(doBox(one, first.do.title)).toBeChecked();
	const record = JSON.parse((await stored(one)) ?? '{}');
	expect(record.items[first.id].read.done).toBe(true);
	expect(record.items[first.id].do.done).toBe(true);
});

test('a page restored by the back button shows the latest progress and does not write its old copy back', async ({
	page,
}) => {
	await page.goto(stepPath(first.id), { waitUntil: 'networkidle' });
	await page.goto(stepPath(second.id), { waitUntil: 'networkidle' });
	await readBox(page, second.read.title).check();
	await expectSaved(page, readBox(page, second.read.title));
	await page.goBack();
	await doBox(page, first.do.title).check();
	await expectSaved(page, doBox(page, first.do.title));
	const record = JSON.parse((await stored(page)) ?? '{}');
	expect(record.items[second.id].read.done).toBe(true);
	expect(record.items[first.id].do.done).toBe(true);
});

for (const [what, raw, notice] of [
	['unparseable JSON', '{"version":2,"items":{"python":', t('tracker.keptInvalid')],
	[
		'a record from a newer version',
		JSON.stringify({ version: CURRENT_VERSION + 1, roadmap, items: {}, streak: 9 }),
		t('tracker.keptNewer'),
	],
	["another app's value", '{"version":99,"name":"todo-app"}', t('keeping.keptForeign')],
] as const) {
	test(`${what} in storage survives untouched; the tracker works for the visit and says so`, async ({
		page,
		context,
	}) => {
		await seed(context, raw, KEY);
		await page.goto(stepPath(first.id), { waitUntil: 'networkidle' });
		await expect(page.locator('.notice:visible')).toContainText(notice);
		await readBox(page, first.read.title).check();
		await expect(readBox(page, first.read.title)).toBeChecked();
		expect(await stored(page)).toBe(raw);
		await page.goto(progressPath, { waitUntil: 'networkidle' });
		await expect(page.getByRole('button', { name: t('progress.downloadRaw') })).toBeVisible();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: t('progress.downloadRaw') }).click();
		const file = await (await download).path();
		expect((await import('node:fs')).readFileSync(file, 'utf8')).toBe(raw);
		expect(await stored(page)).toBe(raw);
	});
}

test('when localStorage throws, the page stays usable and says progress cannot be saved', async ({ page, context }) => {
	await context.addInitScript(() => {
		const refuse = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		Object.defineProperty(window, 'localStorage', { get: refuse, configurable: true });
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	// Without storage a change goes through keep.ts, loaded on first use: held back here until the
	// step's log editor, which the tick also loads, has shown the record as it was before the tick.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/keep\.[^/]*\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(stepPath(first.id), { waitUntil: 'networkidle' });
	await readBox(page, first.read.title).check();
	await expect(page.locator('[data-note-count]')).not.toBeEmpty();
	release();
	await expect(page.locator('[data-live]')).toHaveText(
		String(await readBox(page, first.read.title).getAttribute('data-on')),
	);
	await expect(readBox(page, first.read.title)).toBeChecked();
	await expect(page.locator('.notice:visible')).toContainText(t('tracker.unavailable'));
	await page.getByRole('link', { name: t('nav.next') }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(second.title);
	expect(errors).toEqual([]);
});

test('two forks on one origin keep separate progress', async ({ page }) => {
	await page.goto(stepPath(first.id), { waitUntil: 'networkidle' });
	await readBox(page, first.read.title).check();
	await expectSaved(page, readBox(page, first.read.title));
	await page.goto(`${E2E_FORK_BASE}${stepPath(first.id)}`, { waitUntil: 'networkidle' });
	await expect(readBox(page, first.read.title)).not.toBeChecked();
	await doBox(page, first.do.title).check();
	await expectSaved(page, doBox(page, first.do.title));
	const fork = JSON.parse((await stored(page, storageKey(roadmap, E2E_FORK_BASE))) ?? '{}');
	const ours = JSON.parse((await stored(page)) ?? '{}');
	expect(Object.keys(fork.items[first.id])).toEqual(['do']);
	expect(Object.keys(ours.items[first.id])).toEqual(['read']);
});

test('export, reset, then import the export: the same progress comes back', async ({ page }) => {
	await page.goto(stepPath(first.id), { waitUntil: 'networkidle' });
	await readBox(page, first.read.title).check();
	await expectSaved(page, readBox(page, first.read.title));
	await page.goto(stepPath(third.id), { waitUntil: 'networkidle' });
	await doBox(page, third.do.title).check();
	await expectSaved(page, doBox(page, third.do.title));
	const before = await stored(page);

	await page.goto(progressPath, { waitUntil: 'networkidle' });
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: t('progress.download') }).click();
	const exported = (await import('node:fs')).readFileSync(await (await download).path(), 'utf8');
	expect({ ...JSON.parse(exported), copied: undefined }).toEqual({ ...JSON.parse(before ?? ''), copied: undefined });

	await page.getByRole('button', { name: t('progress.reset') }).click();
	await page.getByRole('button', { name: t('progress.resetYes') }).click();
	await expect.poll(() => stored(page)).toBeNull();
	await expect(page.getByRole('progressbar')).toHaveAttribute('value', '0');

	await page
		.getByLabel(t('progress.importFile'))
		.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
	await expect(page.locator('[data-import-preview] li')).toHaveCount(2);
	await expect(page.locator('[data-import-preview]')).toContainText(
		t('progress.change', {
			step: t('step.pageTitle', { number: first.order, title: first.title }),
			kind: t('progress.kind.read'),
			state: t('progress.state.ticked'),
		}),
	);
	await page.getByRole('button', { name: t('progress.importConfirm') }).click();
	await expect(page.locator('[data-import-result]')).toHaveText(t('progress.imported', { count: 2 }));
	expect(JSON.parse((await stored(page)) ?? '').items).toEqual(JSON.parse(before ?? '').items);
});

test('importing an older export merges: newer ticks and unticks are kept', async ({ page }) => {
	const old = (day: number) => `2020-01-0${day}T10:00:00.000Z`;
	const olderExport = JSON.stringify({
		version: 2,
		items: {
			[first.id]: { read: { done: true, at: old(1) } },
			[second.id]: { read: { done: true, at: old(2) }, do: { done: true, at: old(2) } },
		},
	});
	await page.goto(stepPath(first.id), { waitUntil: 'networkidle' });
	await readBox(page, first.read.title).check();
	await readBox(page, first.read.title).uncheck(); // unticked today, after the export was made
	await page.goto(stepPath(third.id), { waitUntil: 'networkidle' });
	await readBox(page, third.read.title).check();

	await page.goto(progressPath, { waitUntil: 'networkidle' });
	await page.getByLabel(t('progress.importText')).fill(olderExport);
	await page.getByRole('button', { name: t('progress.importCheck') }).click();
	await expect(page.locator('[data-import-preview] li')).toHaveCount(2);
	await page.getByRole('button', { name: t('progress.importConfirm') }).click();
	await expect(page.locator('[data-import-result]')).toHaveText(t('progress.imported', { count: 2 }));
	const record = JSON.parse((await stored(page)) ?? '');
	expect(record.items[first.id].read.done).toBe(false);
	expect(record.items[second.id].do.done).toBe(true);
	expect(record.items[third.id].read.done).toBe(true);
});

test('a bad import says why and changes nothing', async ({ page }) => {
	await page.goto(stepPath(first.id), { waitUntil: 'networkidle' });
	await readBox(page, first.read.title).check();
	await expectSaved(page, readBox(page, first.read.title));
	const before = await stored(page);
	await page.goto(progressPath, { waitUntil: 'networkidle' });
	for (const [text, message] of [
		['not json at all', t('progress.importInvalid')],
		[
			'{"version":2,"items":{"python":{"read":{"done":"yes","at":"2026-01-01T00:00:00Z"}}}}',
			t('progress.importInvalid'),
		],
		['{"version":9,"items":{}}', t('keeping.importForeignApp')],
		[JSON.stringify({ version: 9, roadmap, items: {} }), t('progress.importNewer')],
		[
			JSON.stringify({ version: CURRENT_VERSION, roadmap: 'web-dev-path', items: {} }),
			t('keeping.importForeign', { name: 'web-dev-path' }),
		],
	] as const) {
		await page.getByLabel(t('progress.importText')).fill(text);
		await page.getByRole('button', { name: t('progress.importCheck') }).click();
		await expect(page.locator('[data-import-result]')).toContainText(message);
		await expect(page.getByRole('button', { name: t('progress.importConfirm') })).toBeHidden();
	}
	expect(await stored(page)).toBe(before);
});

test('a reset asks first and can be undone', async ({ page }) => {
	await page.goto(stepPath(first.id), { waitUntil: 'networkidle' });
	await readBox(page, first.read.title).check();
	await expectSaved(page, readBox(page, first.read.title));
	const before = await stored(page);
	await page.goto(progressPath, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: t('progress.reset') }).click();
	await expect(page.getByText(t('progress.resetConfirm'))).toBeVisible();
	await page.getByRole('button', { name: t('progress.cancel'), exact: true }).click();
	await expect(page.getByText(t('progress.resetConfirm'))).toBeHidden();
	expect(await stored(page)).toBe(before);
	await page.getByRole('button', { name: t('progress.reset'), exact: true }).click();
	await page.getByRole('button', { name: t('progress.resetYes') }).click();
	await expect(page.locator('[data-live]')).toHaveText(t('progress.resetDone'));
	expect(await stored(page)).toBeNull();
	await page.getByRole('button', { name: t('progress.undo') }).click();
	await expect(page.locator('[data-live]')).toHaveText(t('progress.undone'));
	expect(await stored(page)).toBe(before);
});

test('copy puts the exported progress on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(stepPath(first.id), { waitUntil: 'networkidle' });
	await doBox(page, first.do.title).check();
	await expectSaved(page, doBox(page, first.do.title));
	const before = await stored(page);
	await page.goto(progressPath, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: t('progress.copy') }).click();
	await expect(page.locator('[data-live]')).toHaveText(t('progress.copied'));
	expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(JSON.parse(before ?? ''));
});

test('without JavaScript, a step page says the tracker needs it and shows no checkbox', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
	const page = await context.newPage();
	for (const path of [stepPath(first.id), overviewPath, progressPath]) {
		await page.goto(path);
		await expect(page.getByRole('checkbox')).toHaveCount(0);
		await expect(page.getByRole('button')).toHaveCount(0);
		await expect(page.getByText(t('tracker.needsJs')).first()).toBeVisible();
	}
	await context.close();
});

test('applying saved progress shifts no layout (CLS = 0)', async ({ page, context }) => {
	const at = new Date().toISOString();
	// As the tracker writes it: the current format and its checksum beside it.
	const raw = JSON.stringify({
		version: CURRENT_VERSION,
		roadmap,
		items: {
			[first.id]: { read: { done: true, at } },
			[second.id]: { read: { done: true, at }, do: { done: true, at } },
		},
	});
	await seed(context, raw, KEY);
	await context.addInitScript(([key, sum]) => localStorage.setItem(key, sum), [`${KEY}:sum`, checksum(raw)] as const);
	for (const path of [overviewPath, stepPath(first.id), progressPath]) {
		await page.goto(path);
		await expectNoShift(page, path);
	}
});

test('progress of a step the content no longer has is kept, but not counted', async ({ page, context }) => {
	const at = '2026-01-01T00:00:00.000Z';
	await seed(
		context,
		JSON.stringify({ version: 2, items: { 'removed-step': { read: { done: true, at }, do: { done: true, at } } } }),
	);
	await page.goto(overviewPath);
	await expect(page.getByRole('progressbar')).toHaveAttribute('value', '0');
	await page.goto(stepPath(first.id), { waitUntil: 'networkidle' });
	await readBox(page, first.read.title).check();
	await expectSaved(page, readBox(page, first.read.title));
	const record = JSON.parse((await stored(page)) ?? '{}');
	expect(record.items['removed-step']).toEqual({ read: { done: true, at }, do: { done: true, at } });
	expect(record.items[first.id].read.done).toBe(true);
});
