/**
 * "Continuer sur un autre appareil" between two browser contexts: tick, take
 * the link, open it in a fresh context, confirm, and the same boxes are ticked;
 * the QR code decodes back to the link; bad links change nothing. Also the
 * progress kept under another path of the origin (a renamed repository).
 */
import { scriptsStarted } from '../support/scripts.ts';
import { expectSaved, seedStorage } from '../support/storage.ts';
import { readFileSync } from 'node:fs';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { checksum } from '../../src/shared/progress/checksum.ts';
import { encode } from '../../src/shared/progress/handoff.ts';
import { CURRENT_VERSION, legacyKey, storageKey } from '../../src/shared/progress/record.ts';
import { editionOf, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';
import { E2E_BASE, E2E_FORK_BASE } from '../support/e2e-site.ts';

const t = translatorOf(SOURCE_EDITION);
const steps = stepsOf(SOURCE_EDITION);
const ids = steps.map((step) => step.id);
const [first, second, third] = steps as [(typeof steps)[number], (typeof steps)[number], (typeof steps)[number]];
const { roadmap } = editionOf(SOURCE_EDITION);
const KEY = storageKey(roadmap, E2E_BASE);

const box = (page: Page, key: 'tracker.read' | 'tracker.do', title: string) =>
	page.getByRole('checkbox', { name: t(key, { title }) });
const stored = (page: Page) => page.evaluate((name) => localStorage.getItem(name), KEY);

async function newContext(page: Page): Promise<BrowserContext> {
	return page.context().browser()?.newContext({ baseURL: test.info().project.use.baseURL }) as Promise<BrowserContext>;
}

test('progress ticked here opens ticked in a fresh browser after confirming; the fragment leaves the address', async ({
	page,
}) => {
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await box(page, 'tracker.read', first.read.title).check();
	await box(page, 'tracker.do', first.do.title).check();
	await expectSaved(page, box(page, 'tracker.do', first.do.title));
	await page.goto(`${SOURCE_EDITION}/${third.id}/`, { waitUntil: 'networkidle' });
	await box(page, 'tracker.read', third.read.title).check();
	await expectSaved(page, box(page, 'tracker.read', third.read.title));

	await page.goto(`${SOURCE_EDITION}/`, { waitUntil: 'networkidle' });
	await page.getByRole('link', { name: t('handoff.heading') }).click();
	// A click before the page's scripts have started does nothing (once, the link was never made).
	await scriptsStarted(page);
	await page.getByRole('button', { name: t('handoff.make') }).click();
	// The hand-off's code loads on that first click: wait for the link it makes.
	await expect(page.getByLabel(t('handoff.link'))).toHaveValue(/#p=/);
	const link = await page.getByLabel(t('handoff.link')).inputValue();
	const url = new URL(link);
	expect(url.hash.startsWith('#p=')).toBe(true);
	expect(link.length - `${url.origin}${url.pathname}`.length).toBeLessThanOrEqual(60);
	// Taking the link counts as keeping a copy.
	await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').copied).toBeTruthy();

	const other = await newContext(page);
	const phone = await other.newPage();
	await phone.goto(link);
	await expect(phone.locator('[data-landing-message]')).toHaveText(t('handoff.landing'));
	await expect(phone.locator('[data-landing-preview] li')).toHaveCount(3);
	await expect(phone).toHaveURL((current) => current.hash === '');
	await phone.getByRole('button', { name: t('handoff.confirm') }).click();
	await expect(phone.locator('[data-landing-message]')).toHaveText(t('handoff.done', { count: 3 }));

	await phone.goto(`${SOURCE_EDITION}/${first.id}/`);
	await expect(box(phone, 'tracker.read', first.read.title)).toBeChecked();
	await expect(box(phone, 'tracker.do', first.do.title)).toBeChecked();
	await phone.goto(`${SOURCE_EDITION}/${second.id}/`);
	await expect(box(phone, 'tracker.read', second.read.title)).not.toBeChecked();
	await phone.goto(`${SOURCE_EDITION}/`);
	await expect(phone.getByRole('progressbar')).toHaveAttribute('value', '3');
	// A reload or the back button does not import again: the fragment is gone.
	await phone.goBack();
	await phone.goBack();
	await expect(phone.locator('[data-landing]')).toBeHidden();
	await other.close();
});

test('with notes or links in the record, the hand-off says they stay in the file and offers it right there', async ({
	page,
}) => {
	const notesStay = page.getByText(t('logHandoff.notesStay'));
	const offer = page.locator('#handoff').getByRole('button', { name: t('logHandoff.download') });
	const noteField = page.getByLabel(t('log.notes'), { exact: true });
	// Ticks only: the link carries everything, nothing is said.
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await box(page, 'tracker.read', first.read.title).check();
	await expectSaved(page, box(page, 'tracker.read', first.read.title));
	await page.goto(`${SOURCE_EDITION}/progress/`, { waitUntil: 'networkidle' });
	// The tools have run: they show when progress was saved.
	await expect(page.getByText(t('tracker.neverSaved'))).toBeHidden();
	await expect(notesStay).toBeHidden();
	await expect(offer).toBeHidden();

	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await noteField.fill('Une note que le lien ne porte pas');
	await noteField.press('Tab');
	await page.goto(`${SOURCE_EDITION}/progress/`, { waitUntil: 'networkidle' });
	await expect(notesStay).toBeVisible();
	await expect(offer).toBeVisible();
	const download = page.waitForEvent('download');
	await offer.click();
	const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
	expect(file.items[first.id].note.text).toBe('Une note que le lien ne porte pas');
	// Downloading it is keeping a copy, as the export is.
	await expect(page.locator('[data-last-copy]')).not.toHaveText(t('keeping.noCopy'));

	// The note erased, the sentence goes.
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await noteField.fill('');
	await noteField.press('Tab');
	await page.goto(`${SOURCE_EDITION}/progress/`, { waitUntil: 'networkidle' });
	await expect(page.locator('[data-last-copy]')).not.toHaveText(t('keeping.noCopy'));
	await expect(notesStay).toBeHidden();
	await expect(offer).toBeHidden();
});

test('the QR code decodes back to the link', async ({ page }) => {
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await box(page, 'tracker.read', first.read.title).check();
	await expectSaved(page, box(page, 'tracker.read', first.read.title));
	await page.goto(`${SOURCE_EDITION}/progress/`, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: t('handoff.make') }).click();
	// The hand-off's code loads on that first click: wait for the link it makes.
	await expect(page.getByLabel(t('handoff.link'))).toHaveValue(/#p=/);
	const link = await page.getByLabel(t('handoff.link')).inputValue();
	await page.getByRole('button', { name: t('handoff.qr') }).click();
	const qr = page.getByRole('img', { name: t('handoff.qrLabel') });
	await expect(qr).toBeVisible();
	expect(await qr.evaluate((svg) => svg.querySelectorAll('[style]').length + (svg.hasAttribute('style') ? 1 : 0))).toBe(
		0,
	);
	// Drawn on a canvas in the page, read back as pixels, decoded here.
	const { width, height, data } = await qr.evaluate(async (svg) => {
		const image = new Image();
		image.src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 480;
		const context = canvas.getContext('2d') as CanvasRenderingContext2D;
		context.drawImage(image, 0, 0, 480, 480);
		return { width: 480, height: 480, data: Array.from(context.getImageData(0, 0, 480, 480).data) };
	});
	expect(jsQR(Uint8ClampedArray.from(data), width, height)?.data).toBe(link);
});

test('ten bad links each say so and change nothing', async ({ page }) => {
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await box(page, 'tracker.read', first.read.title).check();
	await expectSaved(page, box(page, 'tracker.read', first.read.title));
	const before = await stored(page);
	const good = encode(
		{ version: CURRENT_VERSION, roadmap, items: { [second.id]: { do: { done: true, at: new Date().toISOString() } } } },
		ids,
	)?.slice(1) as string;
	const bad = [
		good.slice(0, -1),
		good.slice(0, 12),
		good.replace('p=2.', 'p=3.'),
		`${good}.gone~rAA`,
		good.replace(/\.(\w)(\w*)$/, (_, c: string, rest: string) => `.${c === 'A' ? 'B' : 'A'}${rest}`),
		encode(
			{
				version: CURRENT_VERSION,
				roadmap: 'web-dev-path',
				items: { [second.id]: { do: { done: true, at: new Date().toISOString() } } },
			},
			ids,
		)?.slice(1) as string,
		encode(
			{
				version: CURRENT_VERSION,
				roadmap,
				items: { [second.id]: { do: { done: true, at: new Date().toISOString() } } },
			},
			[...ids].reverse(),
		)?.slice(1) as string,
		'p=',
		'p=1.zzzzz.%25%25.__proto__.AA',
		`p=${'A'.repeat(5000)}`,
	];
	expect(new Set(bad).size).toBe(10);
	for (const fragment of bad) {
		await page.goto(`${SOURCE_EDITION}/progress/#${fragment}`);
		await expect(page.locator('[data-landing-message]'), fragment).toHaveText(t('handoff.bad'));
		await expect(page.getByRole('button', { name: t('handoff.confirm') })).toBeHidden();
		expect(await stored(page)).toBe(before);
	}
});

test('a link opened on a step page is shown on the progress page', async ({ page }) => {
	const fragment = encode(
		{ version: CURRENT_VERSION, roadmap, items: { [second.id]: { do: { done: true, at: new Date().toISOString() } } } },
		ids,
	) as string;
	await page.goto(`${SOURCE_EDITION}/${first.id}/${fragment}`, { waitUntil: 'networkidle' });
	await expect(page).toHaveURL(new RegExp(`${E2E_BASE}fr/progress/`));
	await expect(page.locator('[data-landing-preview] li')).toHaveCount(1);
});

test('progress kept under another path of this origin is offered, previewed and merged, and left where it was', async ({
	page,
}) => {
	const old = JSON.stringify({
		version: 2,
		items: { [first.id]: { read: { done: true, at: '2026-01-01T00:00:00.000Z' } } },
	});
	await page.goto(`${SOURCE_EDITION}/`, { waitUntil: 'networkidle' });
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [legacyKey('/old-name/'), old] as const);
	await page.goto(`${SOURCE_EDITION}/progress/`, { waitUntil: 'networkidle' });
	const offer = page.getByRole('button', { name: t('keeping.elsewhereCheck', { path: '/old-name/' }) });
	await offer.click();
	await expect(page.locator('[data-import-preview] li')).toHaveCount(1);
	await page.getByRole('button', { name: t('progress.importConfirm') }).click();
	await expect(page.locator('[data-import-result]')).toHaveText(t('progress.imported', { count: 1 }));
	expect(JSON.parse((await stored(page)) ?? '{}').items[first.id].read.done).toBe(true);
	expect(await page.evaluate((key) => localStorage.getItem(key), legacyKey('/old-name/'))).toBe(old);
	// The fork on the same origin is another path too, but it holds nothing yet: nothing is offered from it.
	expect(E2E_FORK_BASE).not.toBe('/old-name/');
});

test('the overview reminds, quietly, after 7 days of ticks without a copy, and the reminder can be dismissed', async ({
	page,
	context,
}) => {
	const longAgo = new Date(Date.now() - 8 * 24 * 3_600_000).toISOString();
	// As the tracker writes it: the current format and its checksum beside it.
	const raw = JSON.stringify({
		version: CURRENT_VERSION,
		roadmap,
		items: { [first.id]: { read: { done: true, at: longAgo } } },
	});
	await seedStorage(context, { [KEY]: raw, [`${KEY}:sum`]: checksum(raw) });
	await page.goto(`${SOURCE_EDITION}/`, { waitUntil: 'networkidle' });
	const reminder = page.locator('[data-reminder]');
	await expect(reminder).toBeVisible();
	await reminder.getByRole('button', { name: t('keeping.dismiss') }).click();
	await expect(reminder).toBeHidden();
	await page.reload();
	await expect(page.getByRole('progressbar')).toHaveAttribute('value', '1');
	await expect(reminder).toBeHidden();
});
