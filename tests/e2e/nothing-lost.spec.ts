/**
 * Nothing lost, nothing stuck, where the learner meets it: an import past the
 * step-id limit is refused before anything is stored and notes keep saving;
 * a browser that is not saving never says "saved" or "merged"; a hand-off too
 * large for a link offers the file, a link too long for a QR code offers no
 * QR; a crafted link naming what every object has changes nothing; a module
 * that cannot load says so and keeps what was typed. The rules themselves are
 * unit-tested where they live (tests/unit/progress-*.test.ts).
 */
import { expect, type Page, test } from '@playwright/test';
import { checksum } from '../../src/shared/progress/checksum.ts';
import { encode, MAX_FRAGMENT, PREFIX } from '../../src/shared/progress/handoff.ts';
import { MAX_ITEMS, NOTE_MAX } from '../../src/shared/progress/limits.ts';
import { draftKey } from '../../src/shared/progress/draft.ts';
import { CURRENT_VERSION, type ProgressRecord, storageKey } from '../../src/shared/progress/record.ts';
import { editionOf, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';
import { E2E_BASE } from '../support/e2e-site.ts';
import { expectSaved, seedStorage } from '../support/storage.ts';

const t = translatorOf(SOURCE_EDITION);
const steps = stepsOf(SOURCE_EDITION);
const ids = steps.map((step) => step.id);
const [first] = steps as [(typeof steps)[number]];
const { roadmap } = editionOf(SOURCE_EDITION);
const KEY = storageKey(roadmap, E2E_BASE);
const progressPage = `${SOURCE_EDITION}/progress/`;
const at = new Date(Date.now() - 3_600_000).toISOString();

const stored = (page: Page, key = KEY) => page.evaluate((name) => localStorage.getItem(name), key);
const readBox = (page: Page) => page.getByRole('checkbox', { name: t('tracker.read', { title: first.read.title }) });
const noteField = (page: Page) => page.getByLabel(t('log.notes'), { exact: true });
const builtField = (page: Page) => page.getByLabel(t('log.built'), { exact: true });
const DRAFT = draftKey(roadmap, E2E_BASE, first.id);
const stepPage = `${SOURCE_EDITION}/${first.id}/`;

/** The first step read, and `count` step ids the content does not have, each with a tick. */
const withKept = (count: number, width = 24): ProgressRecord => ({
	version: CURRENT_VERSION,
	roadmap,
	items: {
		[first.id]: { read: { done: true, at } },
		...Object.fromEntries(
			Array.from({ length: count }, (_, i) => [
				`kept-${String(i).padStart(width - 5, '0')}`,
				{ read: { done: true, at } },
			]),
		),
	},
});

async function importText(page: Page, text: string) {
	await page.getByLabel(t('progress.importText')).fill(text);
	await page.getByRole('button', { name: t('progress.importCheck') }).click();
}

test('an import of 2,000 unknown step ids into progress with a tick is refused before anything is stored; a note then saves and is there after a reload', async ({
	page,
}) => {
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await readBox(page).check();
	await expectSaved(page, readBox(page));
	const before = await stored(page);
	await page.goto(progressPage, { waitUntil: 'networkidle' });
	const file = JSON.stringify({
		version: CURRENT_VERSION,
		roadmap,
		items: Object.fromEntries(Array.from({ length: MAX_ITEMS }, (_, i) => [`gone-${i}`, { do: { done: true, at } }])),
	});
	await importText(page, file);
	await page.getByRole('button', { name: t('progress.importConfirm') }).click();
	await expect(page.locator('[data-import-result]')).toHaveText(t('keeping.refused'));
	expect(await stored(page)).toBe(before);
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await noteField(page).fill('Toujours là');
	await noteField(page).blur();
	await expect(page.getByText(t('log.noteSaved'))).toBeVisible();
	await page.reload({ waitUntil: 'networkidle' });
	await expect(noteField(page)).toHaveValue('Toujours là');
	await expect(page.getByText(t('tracker.keptInvalid'))).toBeHidden();
});

test('while storage holds a value the site keeps untouched, a note or an import is never called saved or merged', async ({
	page,
	context,
}) => {
	await seedStorage(context, { [KEY]: 'not json' });
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await expect(page.getByText(t('tracker.keptInvalid'))).toBeVisible();
	await noteField(page).fill('Seulement en mémoire');
	await noteField(page).blur();
	await expect(page.locator('[data-note-state]')).toHaveText(t('log.notSaved'));
	await page.goto(progressPage, { waitUntil: 'networkidle' });
	await importText(page, JSON.stringify(withKept(0)));
	await page.getByRole('button', { name: t('progress.importConfirm') }).click();
	await expect(page.locator('[data-import-result]')).toHaveText(t('keeping.mergedUnsaved'));
	expect(await stored(page)).toBe('not json');
});

test('progress too large for a link the other device could read offers the file; a link too long for a QR code offers no QR code', async ({
	page,
	context,
}) => {
	// The most kept ids a link carries, and one more, measured with the site's own encoder.
	let fits = 0;
	while (encode(withKept(fits + 1), ids)) fits++;
	const url = (count: number) => `http://127.0.0.1${E2E_BASE}${progressPage}${encode(withKept(count), ids)}`;
	let noQr = 0;
	while (url(noQr).length < 3000) noQr++;
	expect(noQr).toBeLessThan(fits);
	expect((encode(withKept(fits), ids) ?? '').length).toBeLessThanOrEqual(MAX_FRAGMENT);

	await seedStorage(context, { [KEY]: JSON.stringify(withKept(fits + 1)) });
	await page.goto(progressPage, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: t('handoff.make') }).click();
	const tooLong = page.locator('[data-handoff-too-long]');
	await expect(tooLong).toHaveText(new RegExp(t('handoff.tooLong').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	await expect(page.getByLabel(t('handoff.link'))).toBeHidden();
	const download = page.waitForEvent('download');
	await tooLong.getByRole('button', { name: t('logHandoff.download') }).click();
	expect(
		JSON.parse(
			await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString()),
		),
	).toMatchObject({ roadmap });

	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
		KEY,
		JSON.stringify(withKept(noQr)),
	] as const);
	await page.reload({ waitUntil: 'networkidle' });
	await page.getByRole('button', { name: t('handoff.make') }).click();
	await expect(page.getByLabel(t('handoff.link'))).toHaveValue(/#p=/);
	await expect(page.getByRole('button', { name: t('handoff.qr') })).toBeHidden();
	await expect(page.locator('[data-handoff-qr-box]')).toHaveText(t('handoff.qrTooLong'));
	await expect(tooLong).toBeHidden();
});

test('a signed link naming "constructor" is refused whole and writes nothing onto Object', async ({ page }) => {
	const rest = `${Math.floor(Date.now() / 1000).toString(36)}.${'A'.repeat(Math.ceil((ids.length * 2) / 3))}..constructor~rAA`;
	const fragment = `${PREFIX}2.${checksum(`${roadmap}\n${ids.join(',')}\n${rest}`)
		.padStart(7, '0')
		.slice(-5)}.${rest}`;
	await page.goto(`${progressPage}${fragment}`);
	await expect(page.locator('[data-landing-message]')).toHaveText(t('handoff.bad'));
	expect(await page.evaluate(() => Object.getOwnPropertyNames(Object).includes('read'))).toBe(false);
});

test('a note typed while its module cannot load stays in its field, and the page says it could not load', async ({
	page,
}) => {
	await page.route(/\/_astro\/notes\.[\w-]+\.js$/, (route) => route.abort());
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await noteField(page).fill('Écrit pendant la panne');
	const notice = page.locator('[data-live]');
	await expect(notice).toHaveText(t('tracker.loadFailed'));
	await expect(notice).toBeVisible();
	await expect(noteField(page)).toHaveValue('Écrit pendant la panne');
});

test('a note and a link typed before any script has run, the page then left, are back in their fields on return and saved once the editor takes over', async ({
	page,
}) => {
	// Every script held back, as on a slow phone: the learner types and leaves before any has run.
	await page.route(/\.js$/, () => {});
	await page.goto(stepPage, { waitUntil: 'domcontentloaded' });
	await noteField(page).fill('Tapé avant les scripts.');
	await builtField(page).fill('https://example.org/mon-projet');
	await page.goto(progressPage, { waitUntil: 'domcontentloaded' });
	await page.unrouteAll({ behavior: 'ignoreErrors' });
	expect(await stored(page)).toBeNull();
	// Back on the step: the fields show what was typed, and the editor takes over without waiting for a focus.
	await page.goto(stepPage, { waitUntil: 'networkidle' });
	await expect(noteField(page)).toHaveValue('Tapé avant les scripts.');
	await expect(builtField(page)).toHaveValue('https://example.org/mon-projet');
	await expect(
		page.getByText(t('log.count', { count: 'Tapé avant les scripts.'.length, max: NOTE_MAX })),
	).toBeVisible();
	await expect
		.poll(async () => JSON.parse((await stored(page)) ?? '{}').items?.[first.id]?.note?.text)
		.toBe('Tapé avant les scripts.');
	await expect
		.poll(async () => JSON.parse((await stored(page)) ?? '{}').items?.[first.id]?.built?.url)
		.toBe('https://example.org/mon-projet');
	// Taken over: the draft is gone, and what is typed from now on is the editor's to save.
	expect(await stored(page, DRAFT)).toBeNull();
	await noteField(page).fill('Tapé avant les scripts. Et après.');
	expect(await stored(page, DRAFT)).toBeNull();
	await page.reload({ waitUntil: 'networkidle' });
	await expect(noteField(page)).toHaveValue('Tapé avant les scripts. Et après.');
});

test('a kept draft gives way to a note the record holds from later; "start again" erases the drafts too', async ({
	page,
	context,
}) => {
	const later = new Date(Date.now() - 60_000).toISOString();
	const record: ProgressRecord = {
		version: CURRENT_VERSION,
		roadmap,
		items: { [first.id]: { read: { done: true, at }, note: { text: 'Écrit ailleurs, plus tard.', at: later } } },
	};
	const raw = JSON.stringify(record);
	await seedStorage(context, {
		[KEY]: raw,
		[`${KEY}:sum`]: checksum(raw),
		[DRAFT]: JSON.stringify({ note: 'Brouillon ancien.', built: '', at }),
	});
	// The record holds something: the editor loads at once and puts the record's later note in the field.
	await page.goto(stepPage, { waitUntil: 'networkidle' });
	await expect(noteField(page)).toHaveValue('Écrit ailleurs, plus tard.');
	await expect.poll(() => stored(page, DRAFT)).toBeNull();
	expect(JSON.parse((await stored(page)) ?? '{}').items[first.id].note.text).toBe('Écrit ailleurs, plus tard.');
	// A draft left from a page whose editor never arrived goes with a reset.
	await page.evaluate(
		(key) => localStorage.setItem(key, '{"note":"Encore un brouillon.","built":"","at":"2026-01-01T00:00:00.000Z"}'),
		DRAFT,
	);
	await page.goto(progressPage, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: t('progress.reset') }).click();
	await page.getByRole('button', { name: t('progress.resetYes') }).click();
	await expect(page.locator('[data-live]')).toHaveText(t('progress.resetDone'));
	expect(await stored(page, DRAFT)).toBeNull();
});

test('the copy kept by "start again" is offered for download, then for deletion', async ({ page, context }) => {
	await seedStorage(context, { [KEY]: 'not json' });
	await page.goto(progressPage, { waitUntil: 'networkidle' });
	const first = page.waitForEvent('download');
	await page.getByRole('button', { name: t('keeping.startAgain') }).click();
	await first;
	expect(await page.evaluate((key) => localStorage.getItem(`${key}:backup`), KEY)).toBe('not json');
	await page.reload({ waitUntil: 'networkidle' });
	const backup = page.locator('[data-backup]');
	await expect(backup).toContainText(t('keeping.backupHeld'));
	await expect(backup.getByRole('button', { name: t('keeping.backupDelete') })).toBeHidden();
	const download = page.waitForEvent('download');
	await backup.getByRole('button', { name: t('keeping.backupDownload') }).click();
	expect(
		await (
			await download
		)
			.createReadStream()
			.then((stream) => stream.toArray())
			.then((chunks) => Buffer.concat(chunks).toString()),
	).toBe('not json');
	await backup.getByRole('button', { name: t('keeping.backupDelete') }).click();
	await expect(backup).toBeHidden();
	await expect(page.locator('[data-live]')).toHaveText(t('keeping.backupDeleted'));
	expect(await page.evaluate((key) => localStorage.getItem(`${key}:backup`), KEY)).toBeNull();
});

test('after a reset, an import or a hand-off link made before it says it would bring back what was erased', async ({
	page,
}) => {
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await readBox(page).check();
	await expectSaved(page, readBox(page));
	await page.goto(progressPage, { waitUntil: 'networkidle' });
	const exported = await page.evaluate((key) => localStorage.getItem(key), KEY);
	await page.getByRole('button', { name: t('handoff.make') }).click();
	await expect(page.getByLabel(t('handoff.link'))).toHaveValue(/#p=/);
	const link = await page.getByLabel(t('handoff.link')).inputValue();
	await page.getByRole('button', { name: t('progress.reset') }).click();
	await page.getByRole('button', { name: t('progress.resetYes') }).click();
	await expect(page.locator('[data-live]')).toHaveText(t('progress.resetDone'));
	// The sentence up to its date, which the page writes in the learner's locale.
	const warning = t('progress.beforeReset', { date: '\u0000' }).split('\u0000')[0] as string;
	await importText(page, exported ?? '');
	await expect(page.locator('[data-import-result]')).toContainText(t('progress.importPreview', { count: 1 }));
	await expect(page.locator('[data-import-result]')).toContainText(warning);
	// Merging on purpose still restores it.
	await page.getByRole('button', { name: t('progress.importConfirm') }).click();
	await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').items?.[first.id]?.read?.done).toBe(true);
	await page.getByRole('button', { name: t('progress.reset') }).click();
	await page.getByRole('button', { name: t('progress.resetYes') }).click();
	await expect(page.locator('[data-live]')).toHaveText(t('progress.resetDone'));
	// Opened from elsewhere, as on the other device: a new document.
	await page.goto(`${SOURCE_EDITION}/`);
	await page.goto(link);
	await expect(page.locator('[data-landing-message]')).toContainText(t('handoff.landing'));
	await expect(page.locator('[data-landing-message]')).toContainText(warning);
});
