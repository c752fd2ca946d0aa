/**
 * The learner's main journeys, written once against the driver interface
 * (driver.ts) and run in each engine of playwright.config.ts's engine
 * projects: Chromium through Playwright, Firefox ESR over WebDriver BiDi,
 * WebKitGTK through WebKitWebDriver. What a driver cannot do is said by the
 * test's annotation, and listed in the README's "Browsers".
 */
import { expect } from '@playwright/test';
import { CURRENT_VERSION, storageKey } from '../../src/shared/progress/record.ts';
import { PROGRESS_SEGMENT } from '../../src/shared/url.ts';
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
const readName = (step: typeof first) => t('tracker.read', { title: step.read.title });
const doName = (step: typeof first) => t('tracker.do', { title: step.do.title });

const checked = async (tab: Tab, name: string) =>
	tab.run(
		(selector) => (document.querySelector(selector) as HTMLInputElement).checked,
		await find(tab, 'checkbox', name),
	);

/** Ticks a box and waits until the tracker has saved it. */
async function tick(tab: Tab, step: typeof first, kind: 'read' | 'do') {
	await click(tab, 'checkbox', kind === 'read' ? readName(step) : doName(step));
	await untilStored(tab, KEY, ['items', step.id, kind, 'done'], true);
}

test('a first visit, a tick, and the tick survives a reload', async ({ engine }) => {
	const tab = await (await engine.freshProfile()).open();
	await tab.go(stepPath(first.id));
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
	await tab.go(stepPath(first.id));
	await tick(tab, first, 'read');
	await tick(tab, first, 'do');
	await tab.go(stepPath(second.id));
	await tick(tab, second, 'do');
	await tab.go(overviewPath);
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
	await one.go(stepPath(first.id));
	const two = await (profile.secondTab as () => Promise<Tab>)();
	await two.go(stepPath(first.id));
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
