/**
 * The learner's main journeys, written once against the driver interface
 * (driver.ts) and run in each engine of playwright.config.ts's engine
 * projects: Chromium through Playwright, Firefox ESR over WebDriver BiDi,
 * WebKitGTK through WebKitWebDriver. What a driver cannot do is said by the
 * test's annotation, and listed in the README's "Browsers".
 */
import { expect } from '@playwright/test';
import { CURRENT_VERSION, storageKey } from '../../src/shared/progress/record.ts';
import { LOG_SEGMENT, PROGRESS_SEGMENT } from '../../src/shared/url.ts';
import { editionOf, markCount, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';
import { E2E_BASE } from '../support/e2e-site.ts';
import type { Tab } from './driver.ts';
import { test } from './engine-test.ts';
import { click, find, stored, until, untilRunning, untilStored, untilText } from './page.ts';

const t = translatorOf(SOURCE_EDITION);
const steps = stepsOf(SOURCE_EDITION);
const [first, second, third] = steps as [(typeof steps)[number], (typeof steps)[number], (typeof steps)[number]];
const KEY = storageKey(editionOf(SOURCE_EDITION).roadmap, E2E_BASE);
const stepPath = (id: string) => `${SOURCE_EDITION}/${id}/`;
const overviewPath = `${SOURCE_EDITION}/`;
const progressPath = `${SOURCE_EDITION}/${PROGRESS_SEGMENT}/`;
const logPath = `${SOURCE_EDITION}/${LOG_SEGMENT}/`;
const readName = (step: typeof first) => t('tracker.read', { title: step.read.title });
const doName = (step: typeof first) => t('tracker.do', { title: step.do.title });

const checked = async (tab: Tab, name: string) =>
	tab.run(
		(selector) => (document.querySelector(selector) as HTMLInputElement).checked,
		await find(tab, 'checkbox', name),
	);

/** Opens a page and waits for its scripts, as a learner waits for the page to be ready before using its buttons. */
async function visit(tab: Tab, path: string) {
	await tab.go(path);
	await untilRunning(tab);
}

/** Ticks a box and waits until the tracker has saved it. */
async function tick(tab: Tab, step: typeof first, kind: 'read' | 'do') {
	await click(tab, 'checkbox', kind === 'read' ? readName(step) : doName(step));
	await untilStored(tab, KEY, ['items', step.id, kind, 'done'], true);
}

test('a first visit, a tick, and the tick survives a reload', async ({ engine }) => {
	const tab = await (await engine.freshProfile()).open();
	await visit(tab, stepPath(first.id));
	expect(await stored(tab, KEY)).toBeNull();
	await tick(tab, first, 'read');
	await tab.reload();
	await until(
		tab,
		(selector) => document.querySelector<HTMLInputElement>(selector)?.checked,
		await find(tab, 'checkbox', readName(first)),
		'the box ticked after the reload',
	);
	expect(await checked(tab, doName(first))).toBe(false);
	expect(JSON.parse((await stored(tab, KEY)) ?? '{}').version).toBe(CURRENT_VERSION);
});

test('the overview shows the progress and where to continue', async ({ engine }) => {
	const tab = await (await engine.freshProfile()).open();
	await visit(tab, stepPath(first.id));
	await tick(tab, first, 'read');
	await tick(tab, first, 'do');
	await visit(tab, stepPath(second.id));
	await tick(tab, second, 'do');
	await visit(tab, overviewPath);
	await until(
		tab,
		(max) =>
			document.querySelector(`progress[data-progress]`)?.getAttribute('value') === '3' &&
			document.querySelector('progress[data-progress]')?.getAttribute('max') === max,
		String(markCount()),
		'the progress bar at 3',
	);
	await untilText(tab, `[data-switch="status"][data-of="${first.id}"] > :not([hidden])`, t('tracker.status.done'));
	await untilText(tab, `[data-switch="status"][data-of="${second.id}"] > :not([hidden])`, t('tracker.status.doing'));
	const next = await find(tab, 'link', t('tracker.continue', { step: '' }).trim(), true);
	expect(await tab.run((selector) => document.querySelector(selector)?.getAttribute('href'), next)).toBe(
		`${E2E_BASE}${stepPath(second.id)}`,
	);
	await tab.click(next);
	await untilText(tab, 'h1', second.title);
});

test('a tick in one tab shows in the other', async ({ engine }) => {
	const profile = await engine.freshProfile();
	test.skip(!profile.secondTab, 'not verified: this driver has one tab');
	const one = await profile.open();
	await visit(one, stepPath(first.id));
	const two = await (profile.secondTab as () => Promise<Tab>)();
	await visit(two, stepPath(first.id));
	// WebKitGTK's WebDriver opens a new tab behind the current one: a page never shown starts its scripts a second after load (after-paint.ts).
	await untilRunning(two);
	await tick(one, first, 'read');
	await until(
		two,
		(selector) => document.querySelector<HTMLInputElement>(selector)?.checked,
		await find(two, 'checkbox', readName(first)),
		'the box ticked in the other tab',
	);
	await untilText(two, '[data-live]', t('tracker.synced'));
});

test('an unreadable stored value is kept untouched, and the tracker says so', async ({ engine }) => {
	const raw = '{"version":2,"items":{"python":';
	const tab = await (await engine.freshProfile()).open();
	await visit(tab, stepPath(first.id));
	await tab.run(({ key, value }) => localStorage.setItem(key, value), { key: KEY, value: raw });
	await tab.reload();
	await untilText(tab, '.notice', t('tracker.keptInvalid'));
	const box = await find(tab, 'checkbox', readName(first));
	await tab.click(box);
	await until(tab, (selector) => document.querySelector<HTMLInputElement>(selector)?.checked, box, 'the box ticked');
	expect(await stored(tab, KEY)).toBe(raw);
});

test('progress exported here and imported into a fresh profile comes back', async ({ engine }) => {
	const tab = await (await engine.freshProfile()).open();
	await visit(tab, stepPath(first.id));
	await tick(tab, first, 'read');
	await visit(tab, stepPath(third.id));
	await tick(tab, third, 'do');
	const before = JSON.parse((await stored(tab, KEY)) ?? '{}') as { items: unknown };
	await visit(tab, progressPath);
	// What the copy button writes, seen on its way to the clipboard (the engines cannot all read the clipboard back).
	await tab.run(() => {
		const clipboard = navigator.clipboard as Clipboard | undefined;
		const write = clipboard?.writeText.bind(clipboard);
		if (clipboard && write)
			clipboard.writeText = (text) => {
				(window as unknown as { copied?: string }).copied = text;
				return write(text);
			};
	}, null);
	await click(tab, 'button', t('progress.copy'));
	// Copied, or the copy refused and the export shown as text to copy by hand: the product's two ways out.
	const exported = await until(
		tab,
		() => {
			const field = document.querySelector<HTMLTextAreaElement>('[data-export-text]:not([hidden])');
			return field?.value || (window as unknown as { copied?: string }).copied;
		},
		null,
		'the exported text',
	);
	expect(JSON.parse(exported).items).toEqual(before.items);

	const fresh = await (await engine.freshProfile()).open();
	await visit(fresh, progressPath);
	expect(await stored(fresh, KEY)).toBeNull();
	await fresh.type(await find(fresh, 'field', t('progress.importText')), exported);
	await click(fresh, 'button', t('progress.importCheck'));
	await until(fresh, () => document.querySelectorAll('[data-import-preview] li').length === 2, null, 'the preview');
	await click(fresh, 'button', t('progress.importConfirm'));
	await untilText(fresh, '[data-import-result]', t('progress.imported', { count: 2 }));
	expect(JSON.parse((await stored(fresh, KEY)) ?? '{}').items).toEqual(before.items);
});

test('the hand-off link opened in a fresh profile previews, then merges', async ({ engine }) => {
	const tab = await (await engine.freshProfile()).open();
	await visit(tab, stepPath(first.id));
	await tick(tab, first, 'read');
	await tick(tab, first, 'do');
	await visit(tab, stepPath(third.id));
	await tick(tab, third, 'read');
	await visit(tab, overviewPath);
	await click(tab, 'link', t('handoff.heading'));
	await until(tab, (path) => location.pathname.endsWith(path), progressPath, 'the progress page');
	await untilRunning(tab);
	await click(tab, 'button', t('handoff.make'));
	const field = await find(tab, 'field', t('handoff.link'));
	const link = await until(
		tab,
		(selector) => {
			const value = document.querySelector<HTMLInputElement>(selector)?.value ?? '';
			return value.includes('#p=') ? value : '';
		},
		field,
		'the hand-off link',
	);

	const phone = await (await engine.freshProfile()).open();
	await visit(phone, link);
	await untilText(phone, '[data-landing-message]', t('handoff.landing'));
	expect(await phone.run(() => document.querySelectorAll('[data-landing-preview] li').length, null)).toBe(3);
	expect(await stored(phone, KEY)).toBeNull();
	await click(phone, 'button', t('handoff.confirm'));
	await untilText(phone, '[data-landing-message]', t('handoff.done', { count: 3 }));
	await untilStored(phone, KEY, ['items', third.id, 'read', 'done'], true);
	await visit(phone, stepPath(first.id));
	await until(
		phone,
		(selector) => document.querySelector<HTMLInputElement>(selector)?.checked,
		await find(phone, 'checkbox', doName(first)),
		'the box ticked after the hand-off',
	);
});

test('a note typed on a step page is there when the learner comes back, and in Mon carnet', async ({ engine }) => {
	const note = 'Installé Python et VS Code — suite demain.';
	const tab = await (await engine.freshProfile()).open();
	await visit(tab, stepPath(first.id));
	await tab.type(await find(tab, 'field', t('log.notes')), note);
	await untilStored(tab, KEY, ['items', first.id, 'note', 'text'], note);
	await visit(tab, overviewPath);
	await visit(tab, stepPath(first.id));
	await until(
		tab,
		({ selector, note }) => document.querySelector<HTMLTextAreaElement>(selector)?.value === note,
		{ selector: await find(tab, 'field', t('log.notes')), note },
		'the note',
	);
	// Mon carnet, hidden from the head while its script fills it (log-filling.ts), then shown with the note.
	await visit(tab, logPath);
	await until(
		tab,
		({ id, note }) => {
			const carnet = document.querySelector('[data-log="carnet"]');
			return (
				!!carnet &&
				!document.documentElement.classList.contains('log-filling') &&
				getComputedStyle(carnet).visibility === 'visible' &&
				carnet.querySelector(`[data-log-step="${id}"] [data-log-note]`)?.textContent === note
			);
		},
		{ id: first.id, note },
		'Mon carnet shown, with the note',
	);
});

test('without JavaScript, a step page reads and says the tracker needs it @no-js', async ({ engine }) => {
	const tab = await (engine.noScriptTab as () => Promise<Tab>)();
	await tab.go(stepPath(first.id));
	await untilText(tab, 'h1', first.title);
	await untilText(tab, 'main', t('tracker.needsJs'));
	expect(
		await tab.run(
			() =>
				[...document.querySelectorAll('input[type=checkbox]')].filter((box) => box.getClientRects().length > 0).length,
			null,
		),
	).toBe(0);
});

test('no Content-Security-Policy violation while the pages are used', async ({ engine }) => {
	const tab = await (await engine.freshProfile()).open();
	const violations = () => tab.run(() => (window as unknown as { violations?: string[] }).violations, null);
	await visit(tab, overviewPath);
	expect(await violations()).toEqual([]);
	await visit(tab, stepPath(first.id));
	await tick(tab, first, 'read');
	await tab.type(await find(tab, 'field', t('log.notes')), 'Une note');
	await untilStored(tab, KEY, ['items', first.id, 'note', 'text'], 'Une note');
	expect(await violations()).toEqual([]);
	await visit(tab, progressPath);
	await click(tab, 'button', t('handoff.make'));
	await click(tab, 'button', t('handoff.qr'));
	await until(tab, () => !!document.querySelector('[data-handoff-qr-box] > *'), null, 'the QR code');
	expect(await violations()).toEqual([]);
});

test('offline, after one visit, another step opens and a tick is saved @offline', async ({ engine }) => {
	const profile = await engine.freshProfile();
	const tab = await profile.open();
	await visit(tab, stepPath(first.id));
	await tab.run(async () => void (await navigator.serviceWorker.ready), null);
	await (profile.offline as (on: boolean) => Promise<void>)(true);
	await visit(tab, stepPath(second.id));
	await untilText(tab, 'h1', second.title);
	await tick(tab, second, 'read');
	await (profile.offline as (on: boolean) => Promise<void>)(false);
});
