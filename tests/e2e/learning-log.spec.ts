/**
 * The learning log in a real browser: notes and "what I built" on a step page,
 * "Je connais déjà" on the overview's bar and "Continuer", the "updated since
 * you ticked it" notice (here, and on a temporary build whose content changed
 * one resource), and "Mon carnet" with its Markdown download.
 */
import { seedStorage } from '../support/storage.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { violationsInSchemes } from '../support/axe.ts';
import { layoutShifts } from '../../scripts/layout-shift.ts';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { createTempProject, type TempProject } from '../../scripts/temp-project.ts';
import { stepFile } from '../../src/build/content-reader.ts';
import { fingerprint } from '../../src/shared/progress/fingerprint.ts';
import { quoteNote } from '../../src/shared/progress/log.ts';
import { MAX_RAW, NOTE_MAX } from '../../src/shared/progress/limits.ts';
import { CURRENT_VERSION, type ProgressRecord, storageKey } from '../../src/shared/progress/record.ts';
import { LOG_SEGMENT } from '../../src/shared/url.ts';
import { editionOf, editions, shownStep, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';
import { E2E_BASE } from '../support/e2e-site.ts';

const t = translatorOf(SOURCE_EDITION);
/** A page of an edition, relative to the base: `fr/log/`. */
const routeIn = (edition: string, segment: string) => `${edition}/${segment}/`;
const steps = stepsOf(SOURCE_EDITION);
const [first, second, third] = steps as [(typeof steps)[number], (typeof steps)[number], (typeof steps)[number]];
const { roadmap } = editionOf(SOURCE_EDITION);
const KEY = storageKey(roadmap, E2E_BASE);
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

const stored = async (page: Page, key = KEY): Promise<ProgressRecord> =>
	JSON.parse((await page.evaluate((name) => localStorage.getItem(name), key)) ?? '{}');
const noteField = (page: Page) => page.getByLabel(t('log.notes'), { exact: true });
const builtField = (page: Page) => page.getByLabel(t('log.built'));
const skipBox = (page: Page) => page.getByRole('checkbox', { name: t('log.skip') });
const readBox = (page: Page, title: string) => page.getByRole('checkbox', { name: t('tracker.read', { title }) });

/** Puts a record in storage before any page script runs, once per context. */
async function seed(context: BrowserContext, record: ProgressRecord, key = KEY) {
	await seedStorage(context, { [key]: JSON.stringify(record) });
}

const hostile = '# Pas un titre ] [lien](https://evil.example) <script>alert(1)</script> `code`\n\n- [x] fausse case';
const full: ProgressRecord = {
	version: CURRENT_VERSION,
	roadmap,
	items: {
		[first.id]: {
			read: { done: true, at: at(1), fp: fingerprint(first.read) },
			do: { done: true, at: at(2), fp: fingerprint(first.do) },
			note: { text: hostile, at: at(3) },
			built: { url: 'https://github.com/me/notebook', at: at(4) },
		},
		[second.id]: { skip: { done: true, at: at(5) } },
		[third.id]: {
			read: { done: true, at: at(6), fp: fingerprint(third.read) },
			note: { text: 'Deux lignes\net une autre', at: at(7) },
		},
	},
};

test('a note typed on a step page is saved as the learner types, counted, and still there after a reload', async ({
	page,
}) => {
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	const typed = 'Installé Python 3.12 et VS Code.';
	await noteField(page).fill(typed);
	await expect(page.getByText(t('log.count', { count: typed.length, max: NOTE_MAX }))).toBeVisible();
	// Saved after a pause in typing, without leaving the field.
	await expect
		.poll(async () => (await stored(page)).items?.[first.id]?.note?.text)
		.toBe('Installé Python 3.12 et VS Code.');
	await noteField(page).press('End');
	await page.keyboard.type(' Suite demain.');
	// Leaving the page saves what was typed last.
	await page.goto(`${SOURCE_EDITION}/${second.id}/`, { waitUntil: 'networkidle' });
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await expect(noteField(page)).toHaveValue('Installé Python 3.12 et VS Code. Suite demain.');
	await page.reload();
	await expect(noteField(page)).toHaveValue('Installé Python 3.12 et VS Code. Suite demain.');
	await expect(page.getByText(t('log.count', { count: `${typed} Suite demain.`.length, max: NOTE_MAX }))).toBeVisible();
	await expect(noteField(page)).toHaveAttribute('maxlength', String(NOTE_MAX));
});

test('the "what I built" link is checked as typed and kept only when it is an https URL', async ({ page }) => {
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await builtField(page).fill('github.com/me');
	await expect(page.getByText(t('log.builtNotUrl'))).toBeVisible();
	await expect(builtField(page)).toHaveAttribute('aria-invalid', 'true');
	await builtField(page).fill('http://github.com/me');
	await expect(page.getByText(t('log.builtNotHttps'))).toBeVisible();
	await builtField(page).press('Tab');
	expect((await stored(page)).items?.[first.id]?.built).toBeUndefined();
	await builtField(page).fill('https://github.com/me/notebook');
	await expect(page.getByText(t('log.builtNotHttps'))).toBeHidden();
	await builtField(page).press('Tab');
	await expect(page.getByText(t('log.builtSaved'))).toBeVisible();
	expect((await stored(page)).items?.[first.id]?.built?.url).toBe('https://github.com/me/notebook');
	await page.reload();
	await expect(builtField(page)).toHaveValue('https://github.com/me/notebook');
});

test('a note that would take the record past its limit is refused with a message, and nothing is cut', async ({
	page,
	context,
}) => {
	// Many kept notes from steps that left the content: near the limit, yet valid.
	const near: ProgressRecord = { version: CURRENT_VERSION, roadmap, items: {} };
	for (let index = 0; JSON.stringify(near).length < MAX_RAW - 2 * NOTE_MAX; index++)
		near.items[`old-${index}`] = { note: { text: 'x'.repeat(NOTE_MAX), at: at(1) } };
	// Topped up to a thousand characters under the limit: a long note no longer fits.
	near.items.pad = { note: { text: '', at: at(1) } };
	near.items.pad = { note: { text: 'x'.repeat(MAX_RAW - 1000 - JSON.stringify(near).length), at: at(1) } };
	expect(JSON.stringify(near).length).toBe(MAX_RAW - 1000);
	await seed(context, near);
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await noteField(page).fill('y'.repeat(NOTE_MAX));
	await noteField(page).press('Tab');
	await expect(page.locator('.step-log').getByText(t('log.tooBig'))).toBeVisible();
	expect((await stored(page)).items?.[first.id]).toBeUndefined();
	await expect(noteField(page)).toHaveValue('y'.repeat(NOTE_MAX));
});

test('a note goes out in the exported file and comes back through import into a fresh browser', async ({
	page,
	browser,
}) => {
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await readBox(page, first.read.title).check();
	await noteField(page).fill('Ma note à emporter');
	await noteField(page).press('Tab');
	// The editor loads on first focus: once it has, leaving the field saves the note.
	await expect(page.locator('[data-note-state]')).toHaveText(t('log.noteSaved'));
	await page.goto(`${SOURCE_EDITION}/progress/`, { waitUntil: 'networkidle' });
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: t('progress.download') }).click();
	const exported = readFileSync(await (await download).path(), 'utf8');
	expect(JSON.parse(exported).items[first.id].note.text).toBe('Ma note à emporter');

	const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL });
	const other = await fresh.newPage();
	await other.goto(`${SOURCE_EDITION}/progress/`, { waitUntil: 'networkidle' });
	await other
		.getByLabel(t('progress.importFile'))
		.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
	await other.getByRole('button', { name: t('progress.importConfirm') }).click();
	await other.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await expect(noteField(other)).toHaveValue('Ma note à emporter');
	await fresh.close();
});

test('a file whose only news is a note, a link and a skip says so line by line, and confirming brings them in', async ({
	page,
	browser,
}) => {
	// No box ticked: only the log differs from a fresh browser.
	await page.goto(`${SOURCE_EDITION}/${second.id}/`, { waitUntil: 'networkidle' });
	await noteField(page).fill('Rien coché, juste une note');
	await builtField(page).fill('https://kaggle.com/me/notebook');
	await builtField(page).press('Tab');
	// The editor loads on first focus: once it has, both are saved.
	await expect(page.locator('[data-note-state]')).toHaveText(t('log.noteSaved'));
	await expect(page.locator('[data-built-problem]')).toHaveText(t('log.builtSaved'));
	await page.goto(`${SOURCE_EDITION}/${third.id}/`, { waitUntil: 'networkidle' });
	await skipBox(page).check();
	await page.goto(`${SOURCE_EDITION}/progress/`, { waitUntil: 'networkidle' });
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: t('progress.download') }).click();
	const exported = readFileSync(await (await download).path(), 'utf8');
	expect(JSON.parse(exported).items[second.id]).not.toHaveProperty('read');

	const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL });
	const other = await fresh.newPage();
	await other.goto(`${SOURCE_EDITION}/progress/`, { waitUntil: 'networkidle' });
	await other
		.getByLabel(t('progress.importFile'))
		.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
	await expect(other.locator('[data-import-result]')).toHaveText(t('progress.importPreview', { count: 3 }));
	const name = (step: typeof first) => t('step.pageTitle', { number: step.order, title: step.title });
	await expect(other.locator('[data-import-preview] li')).toHaveText([
		t('logImport.note', { step: name(second) }),
		t('logImport.built', { step: name(second) }),
		t('logImport.skipped', { step: name(third) }),
	]);
	await other.getByRole('button', { name: t('progress.importConfirm') }).click();
	await expect(other.locator('[data-import-result]')).toHaveText(t('progress.imported', { count: 3 }));
	await other.goto(`${SOURCE_EDITION}/${second.id}/`, { waitUntil: 'networkidle' });
	await expect(noteField(other)).toHaveValue('Rien coché, juste une note');
	await expect(builtField(other)).toHaveValue('https://kaggle.com/me/notebook');
	await other.goto(`${SOURCE_EDITION}/${third.id}/`, { waitUntil: 'networkidle' });
	await expect(skipBox(other)).toBeChecked();
	await fresh.close();
});

test('a note and link written in another tab show in the open step page and Mon carnet, never over what is being typed', async ({
	context,
}) => {
	const [here, there, log] = [await context.newPage(), await context.newPage(), await context.newPage()];
	// A learner with progress: each page's log code has loaded with it.
	await here.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await readBox(here, first.read.title).check();
	await there.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await log.goto(routeIn(SOURCE_EDITION, LOG_SEGMENT), { waitUntil: 'networkidle' });
	const logNote = log.locator(`[data-log-step="${first.id}"] [data-log-note]`);
	await expect(logNote).toHaveText(t('log.noNote'));

	await noteField(there).fill('Écrit dans l’autre onglet');
	await builtField(there).fill('https://github.com/me/other-tab');
	await builtField(there).press('Tab');
	await expect(noteField(here)).toHaveValue('Écrit dans l’autre onglet');
	await expect(
		here.getByText(t('log.count', { count: 'Écrit dans l’autre onglet'.length, max: NOTE_MAX })),
	).toBeVisible();
	await expect(builtField(here)).toHaveValue('https://github.com/me/other-tab');
	await expect(logNote).toHaveText('Écrit dans l’autre onglet');
	await expect(
		log.locator(`[data-log-step="${first.id}"]`).getByRole('link', { name: 'https://github.com/me/other-tab' }),
	).toBeVisible();

	// Typing here while the other tab writes again: what is typed stays.
	await noteField(here).press('End');
	await here.keyboard.type(', complété ici');
	// Saved after a pause, the field still focused; then the other tab writes over it.
	await expect
		.poll(async () => (await stored(here)).items?.[first.id]?.note?.text)
		.toBe('Écrit dans l’autre onglet, complété ici');
	await noteField(there).fill('Réécrit là-bas');
	await noteField(there).press('Tab');
	await expect(logNote).toHaveText('Réécrit là-bas');
	await expect(noteField(here)).toBeFocused();
	await expect(noteField(here)).toHaveValue('Écrit dans l’autre onglet, complété ici');
	// The link field, not being edited, follows an erased link.
	await builtField(there).fill('');
	await builtField(there).press('Tab');
	await expect(builtField(here)).toHaveValue('');
	await expect(noteField(here)).toHaveValue('Écrit dans l’autre onglet, complété ici');
	await expect(log.locator(`[data-log-step="${first.id}"] [data-log-built]`)).toBeHidden();
});

test('"Je connais déjà" takes a step out of the bar and "Continuer", and the overview says so in words', async ({
	page,
}) => {
	await page.goto(`${SOURCE_EDITION}/`, { waitUntil: 'networkidle' });
	const bar = page.getByRole('progressbar');
	await expect(bar).toHaveAttribute('max', String(steps.length * 2));
	const continueLink = (step: typeof first) =>
		page.getByRole('link', {
			name: t('tracker.continue', { step: t('step.pageTitle', { number: step.order, title: step.title }) }),
		});
	await expect(continueLink(first)).toBeVisible();

	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await skipBox(page).check();
	await page.goto(`${SOURCE_EDITION}/`, { waitUntil: 'networkidle' });
	await expect(bar).toHaveAttribute('max', String((steps.length - 1) * 2));
	await expect(continueLink(second)).toBeVisible();
	await expect(continueLink(first)).toBeHidden();
	await expect(page.getByText(t('log.skipped', { skipped: 1 }))).toBeVisible();
	await expect(
		page.locator(`.step-list li[data-step="${first.id}"]`).getByText(t('log.status.skipped'), { exact: true }),
	).toBeVisible();

	// Unskipped, it counts again.
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await skipBox(page).uncheck();
	await page.goto(`${SOURCE_EDITION}/`, { waitUntil: 'networkidle' });
	await expect(bar).toHaveAttribute('max', String(steps.length * 2));
	await expect(page.getByText(t('log.skipped', { skipped: 1 }))).toBeHidden();
});

test('a tick whose resource changed since shows a notice until the learner ticks again or dismisses it', async ({
	page,
	context,
}) => {
	const stale = (kind: 'read' | 'do') => ({
		done: true,
		at: at(1),
		fp: `${'0'.repeat(8)}${fingerprint(first[kind]).slice(8)}`,
	});
	await seed(context, {
		version: CURRENT_VERSION,
		roadmap,
		items: { [first.id]: { read: stale('read'), do: stale('do') } },
	});
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	const readNotice = page.locator('.resource-read').getByText(t('log.updated.url'));
	const doNotice = page.locator('.resource-do').getByText(t('log.updated.url'));
	await expect(readNotice).toBeVisible();
	await expect(doNotice).toBeVisible();
	await page.goto(`${SOURCE_EDITION}/`, { waitUntil: 'networkidle' });
	await expect(
		page.locator(`.step-list li[data-step="${first.id}"]`).getByText(t('log.updatedOn', { resource: t('step.read') })),
	).toBeVisible();
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });

	// Ticking again stores the current fingerprint.
	await readBox(page, first.read.title).uncheck();
	await readBox(page, first.read.title).check();
	await expect(readNotice).toBeHidden();
	expect((await stored(page)).items?.[first.id]?.read?.fp).toBe(fingerprint(first.read));

	// Dismissing keeps the tick and re-stamps it; focus goes back to the box.
	await page
		.locator('.resource-do')
		.getByRole('button', { name: t('log.dismiss') })
		.click();
	await expect(doNotice).toBeHidden();
	await expect(page.getByRole('checkbox', { name: t('tracker.do', { title: first.do.title }) })).toBeFocused();
	await page.reload();
	await expect(doNotice).toBeHidden();
	expect((await stored(page)).items?.[first.id]?.do).toMatchObject({ done: true, fp: fingerprint(first.do) });
});

test(
	'Mon carnet shows every step from the record, and its Markdown download says the same',
	{ tag: '@variant' },
	async ({ page, context }) => {
		await seed(context, full);
		await page.goto(routeIn(SOURCE_EDITION, LOG_SEGMENT));
		const section = (step: typeof first) => page.locator(`[data-log-step="${step.id}"]`);
		await expect(section(first).locator('[data-log-note]')).toHaveText(hostile, { useInnerText: false });
		await expect(section(first).getByRole('link', { name: 'https://github.com/me/notebook' })).toHaveAttribute(
			'href',
			'https://github.com/me/notebook',
		);
		await expect(section(second).getByText(t('log.status.skipped'), { exact: true })).toBeVisible();
		await expect(section(third).locator('[data-log-note]')).toHaveText('Deux lignes\net une autre', {
			useInnerText: false,
		});
		// The note is text, never HTML.
		expect(await page.locator('[data-log-note] script, [data-log-note] a').count()).toBe(0);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: t('log.download') }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('README.md');
		const markdown = readFileSync(await file.path(), 'utf8');
		for (const step of steps) {
			const title = shownStep(SOURCE_EDITION, step).title;
			const block = markdown.split(/^## /m).find((part) => part.includes(title)) as string;
			expect(block, step.id).toBeTruthy();
			// The status and each date the page shows are in the step's block.
			expect(block).toContain(
				(await section(step).locator('[data-switch="status"] > :not([hidden])').textContent())?.trim(),
			);
			for (const date of await section(step).locator('[data-log-at]').allTextContents())
				if (date) expect(block).toContain(date);
			const note = full.items[step.id]?.note?.text;
			if (note) expect(block).toContain(quoteNote(note));
			else expect(block).not.toContain('\n> ');
		}
		expect(markdown).toContain('[https://github.com/me/notebook](<https://github.com/me/notebook>)');
		expect(markdown.match(/^- \[x\] /gm)).toHaveLength(await page.locator('[data-log-at]:not(:empty)').count());
	},
);

test('Mon carnet hidden to be filled is shown by the tracker itself, even from a record it cannot show', async ({
	page,
	context,
}) => {
	// A record from a newer version: it has steps (so the log is hidden before the first paint), the tracker keeps it untouched.
	await seedStorage(context, { [KEY]: JSON.stringify({ ...full, version: CURRENT_VERSION + 1 }) });
	// The inline script's fallback timer never fires here: only the tracker can show the log.
	await page.addInitScript(() => {
		const later = window.setTimeout.bind(window);
		window.setTimeout = ((callback: () => void, delay?: number) =>
			(delay ?? 0) >= 3000 ? 0 : later(callback, delay)) as typeof window.setTimeout;
	});
	await page.goto(routeIn(SOURCE_EDITION, LOG_SEGMENT));
	await expect(page.locator('[data-log="carnet"]')).toHaveClass(/carnet/);
	await expect(page.locator('html')).not.toHaveClass(/log-filling/);
	await expect(page.getByRole('heading', { level: 1, name: t('log.title') })).toBeVisible();
	await expect(page.locator('[data-switch="storage"] > [data-when~="newer"]')).toBeVisible();
});

/** What the log looked like at one parse checkpoint: shown or not, and how many dates it held. */
interface Seen {
	visibility: string;
	dates: number;
}

test('Mon carnet with progress is hidden from the moment it is parsed until it is filled: never seen empty, nothing moves', async ({
	page,
	context,
}) => {
	await seed(context, full);
	// At the end of each piece of parsing (and before the parser runs a script), before any paint: is the log
	// shown yet, and with how many dates? A mark set by a script after the log came too late for the first of these.
	await page.addInitScript(() => {
		const seen: Seen[] = [];
		(window as unknown as { seen: Seen[] }).seen = seen;
		new MutationObserver(() => {
			const carnet = document.querySelector('[data-log="carnet"]');
			if (!carnet) return;
			const visibility = getComputedStyle(carnet).visibility;
			const dates = carnet.querySelectorAll('[data-log-at]:not(:empty)').length;
			const last = seen.at(-1);
			if (last?.visibility !== visibility || last.dates !== dates) seen.push({ visibility, dates });
		}).observe(document, { childList: true, subtree: true, attributes: true });
	});
	await page.goto(routeIn(SOURCE_EDITION, LOG_SEGMENT));
	await expect(page.locator('html')).not.toHaveClass(/log-filling/);
	const ticked = Object.values(full.items)
		.flatMap((item) => [item.read, item.do])
		.filter((box) => box?.done).length;
	await expect(page.locator('[data-log-at]:not(:empty)')).toHaveCount(ticked);
	const seen = await page.evaluate(() => (window as unknown as { seen: Seen[] }).seen);
	expect(seen[0]).toEqual({ visibility: 'hidden', dates: 0 });
	// Shown once, and filled by then.
	const shown = seen.filter(({ visibility }) => visibility === 'visible');
	expect(shown[0]?.dates).toBe(ticked);
	expect((await layoutShifts(page, 0)).moved).toEqual([]);
});

test('keyboard only: skip, write a note, add a link, reach the log', async ({ page }) => {
	await page.goto(`${SOURCE_EDITION}/${second.id}/`, { waitUntil: 'networkidle' });
	await skipBox(page).focus();
	await page.keyboard.press('Space');
	await expect(skipBox(page)).toBeChecked();
	// A skipped step offers "À revoir" next.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('checkbox', { name: t('log.revisit') })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(noteField(page)).toBeFocused();
	await page.keyboard.type('Au clavier.');
	await page.keyboard.press('Tab');
	await expect(builtField(page)).toBeFocused();
	await expect(page.locator('[data-note-state]')).toHaveText(t('log.noteSaved'));
	await page.keyboard.type('https://kaggle.com/me');
	await page.keyboard.press('Tab');
	await expect(page.locator('[data-built-problem]')).toHaveText(t('log.builtSaved'));
	await expect(page.getByRole('link', { name: t('log.open') })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/fr\/log\/$/);
	const section = page.locator(`[data-log-step="${second.id}"]`);
	await expect(section.locator('[data-log-note]')).toHaveText('Au clavier.');
	await expect(section.getByRole('link', { name: 'https://kaggle.com/me' })).toBeVisible();
	await page.getByRole('button', { name: t('log.download') }).focus();
	await expect(page.getByRole('button', { name: t('log.download') })).toBeFocused();
});

test('no axe violation on a step page and Mon carnet with notes filled, in light and dark', async ({
	page,
	context,
}) => {
	// Four pages, two schemes: axe takes its time on a busy machine, like the other crawls.
	test.setTimeout(180_000);
	await seed(context, full);
	for (const path of [
		`${SOURCE_EDITION}/${first.id}/`,
		...editions().map((edition) => routeIn(edition, LOG_SEGMENT)),
		`${SOURCE_EDITION}/`,
	]) {
		await page.goto(path, { waitUntil: 'networkidle' });
		if (path.endsWith(`${first.id}/`)) await expect(noteField(page)).toHaveValue(hostile);
		expect(await violationsInSchemes(page, path)).toEqual([]);
	}
});

test('without JavaScript the fields are absent and the pages say why', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
	const page = await context.newPage();
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await expect(page.getByRole('textbox')).toHaveCount(0);
	await expect(page.getByText(t('log.needsJs'))).toBeVisible();
	await page.goto(routeIn(SOURCE_EDITION, LOG_SEGMENT));
	await expect(page.getByText(t('log.needsJs'))).toBeVisible();
	await expect(page.getByRole('button')).toHaveCount(0);
	// The steps and their resources are still listed.
	await expect(page.getByRole('link', { name: first.read.title })).toBeVisible();
	await context.close();
});

test.describe('after the content changes one resource', () => {
	const BASE = '/changed/';
	let project: TempProject;
	let site: Awaited<ReturnType<TempProject['buildAndServe']>> | undefined;
	let baseURL = '';

	test.beforeAll(async () => {
		test.setTimeout(240_000);
		project = await createTempProject();
		// The third step's thing to do moves to a new address; nothing else changes.
		const file = stepFile(project.file('content'), SOURCE_EDITION, third.id);
		const text = readFileSync(file, 'utf8');
		expect(text).toContain(`url: ${third.do.url}\n`);
		writeFileSync(file, text.replace(`url: ${third.do.url}\n`, `url: ${third.do.url}moved/\n`));
		site = await project.buildAndServe(BASE);
		baseURL = site.baseURL;
	});

	test.afterAll(async () => {
		site?.close();
		await project?.remove();
	});

	test('the "updated" notice shows on that step only, with what changed', async ({ browser }) => {
		const context = await browser.newContext();
		// Every box ticked on the site as it was.
		const ticked = Object.fromEntries(
			steps.map((step) => [
				step.id,
				{
					read: { done: true, at: at(1), fp: fingerprint(step.read) },
					do: { done: true, at: at(1), fp: fingerprint(step.do) },
				},
			]),
		);
		await seed(context, { version: CURRENT_VERSION, roadmap, items: ticked }, storageKey(roadmap, BASE));
		const page = await context.newPage();
		for (const step of steps) {
			await page.goto(`${baseURL}${SOURCE_EDITION}/${step.id}/`, { waitUntil: 'networkidle' });
			await expect(readBox(page, step.read.title)).toBeChecked();
			const notices = page.locator('.notice:visible', { hasText: t('log.updated.url') });
			await expect(notices).toHaveCount(step.id === third.id ? 1 : 0);
			if (step.id === third.id)
				await expect(page.locator('.resource-do .notice:visible')).toHaveText(
					new RegExp(t('log.updated.url').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
				);
		}
		await page.goto(`${baseURL}${SOURCE_EDITION}/`, { waitUntil: 'networkidle' });
		const flagged = page.getByText(t('log.updatedOn', { resource: t('step.do') })).filter({ visible: true });
		await expect(flagged).toHaveCount(1);
		await expect(
			page.locator(`.step-list li[data-step="${third.id}"]`).getByText(t('log.updatedOn', { resource: t('step.do') })),
		).toBeVisible();
		await context.close();
	});
});
