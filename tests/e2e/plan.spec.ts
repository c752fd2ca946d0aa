/**
 * "Mon plan" (issue #23) in a real browser: a pace gives dated steps; the
 * calendar file parses with one event per step left, its links under the
 * base; a tick moves the plan; the plan survives a reload and travels in the
 * exported file; the overview says where a returning learner stands; "revoir"
 * puts a done step back in the plan and in Mon carnet, which lists the weeks
 * of activity; and all of it by keyboard alone.
 */
import { readFileSync } from 'node:fs';
import { type Download, expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import { addDays, localDate } from '../../src/shared/plan/calendar-date.ts';
import { estimateHours } from '../../src/shared/plan/estimate.ts';
import { type Plan, schedule, whereYouStand } from '../../src/shared/plan/schedule.ts';
import { checksum } from '../../src/shared/progress/checksum.ts';
import { activeWeeks } from '../../src/shared/progress/log.ts';
import { CURRENT_VERSION, type ProgressRecord, storageKey } from '../../src/shared/progress/record.ts';
import { editionOf, shownStep, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';
import { axeViolations } from '../support/axe.ts';
import { E2E_BASE } from '../support/e2e-site.ts';
import { expectNoShift } from '../support/layout-shift.ts';
import { seedStorage } from '../support/storage.ts';

const t = translatorOf(SOURCE_EDITION);
const steps = stepsOf(SOURCE_EDITION);
const [first] = steps as [(typeof steps)[number]];
const { roadmap, lang } = editionOf(SOURCE_EDITION);
const KEY = storageKey(roadmap, E2E_BASE);
const PROGRESS = `${SOURCE_EDITION}/progress/`;
const label = (step: (typeof steps)[number]) =>
	t('step.pageTitle', { number: step.order, title: shownStep(SOURCE_EDITION, step).title });

/** The plan the site should show, from the content's estimates, as schedule.ts computes it. */
const expectedPlan = (pace: number, options: { start?: string; done?: string[]; revisit?: string[] } = {}): Plan =>
	schedule({
		steps: steps.map((step) => ({ id: step.id, title: label(step), hours: estimateHours(step) })),
		pace,
		today: localDate(new Date()),
		...options,
	});

const paceField = (page: Page) => page.getByLabel(t('plan.pace'));
const planned = (page: Page) => page.locator('[data-plan-steps] > li');

/** Sets the pace (and start) on the progress page and waits until it is saved. */
async function choosePace(page: Page, pace: number, start?: string) {
	await paceField(page).fill(String(pace));
	if (start) await page.getByLabel(t('plan.start')).fill(start);
	await page.getByRole('button', { name: t('plan.make') }).click();
	await expect(page.locator('[data-live]')).toHaveText(t('plan.saved'));
}

/** The events of a downloaded calendar file, as a calendar app reads them. */
async function eventsOf(download: Promise<Download>) {
	const text = readFileSync(await (await download).path(), 'utf8');
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar.getAllSubcomponents('vevent').map((event) => ({
		uid: String(event.getFirstPropertyValue('uid')),
		summary: String(event.getFirstPropertyValue('summary')),
		url: String(event.getFirstPropertyValue('url')),
		start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
		description: String(event.getFirstPropertyValue('description')),
	}));
}

const downloadCalendar = (page: Page) => {
	const download = page.waitForEvent('download');
	return page
		.getByRole('button', { name: t('plan.calendar') })
		.click()
		.then(() => eventsOf(download));
};

/** A calendar date as the browser writes it in the edition's language (the page's own words for dates). */
const dateIn = (page: Page, date: string) =>
	page.evaluate(
		([day, language]) =>
			new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
				new Date(`${day}T00:00:00Z`),
			),
		[date, lang] as const,
	);

test(
	'five hours a week give every step its dates, and the calendar file holds one event per step, linked under the base',
	{ tag: '@variant' },
	async ({ page, baseURL }) => {
		await page.goto(PROGRESS, { waitUntil: 'networkidle' });
		await expect(page.locator('[data-plan-none]')).toHaveText(t('plan.none'));
		await choosePace(page, 5);
		const plan = expectedPlan(5);
		await expect(planned(page)).toHaveCount(steps.length);
		for (const [index, step] of steps.entries()) await expect(planned(page).nth(index)).toContainText(label(step));
		await expect(page.locator('[data-plan-finish]')).toHaveText(
			t('plan.finish', { date: await dateIn(page, plan.finish as string) }),
		);

		const events = await downloadCalendar(page);
		expect(events).toHaveLength(steps.length);
		for (const [index, event] of events.entries()) {
			const step = plan.steps[index];
			expect(event.summary).toBe(step?.title);
			expect(event.start).toBe(step?.start);
			expect(event.url).toBe(new URL(`${SOURCE_EDITION}/${step?.id}/`, baseURL).href);
			expect(event.url.startsWith(new URL(E2E_BASE, baseURL).href)).toBe(true);
			expect(event.description).toContain(steps[index]?.read.url);
			expect(event.description).toContain(steps[index]?.do.url);
		}
		expect(new Set(events.map((event) => event.uid)).size).toBe(steps.length);
		expect(await axeViolations(page, {}, '#plan')).toEqual([]);
	},
);

test('ticking a step takes it out of the plan: the next one moves up, and the calendar has one event fewer', async ({
	page,
}) => {
	await page.goto(PROGRESS, { waitUntil: 'networkidle' });
	await choosePace(page, 5);
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await page.getByRole('checkbox', { name: t('tracker.read', { title: first.read.title }) }).check();
	await page.getByRole('checkbox', { name: t('tracker.do', { title: first.do.title }) }).check();
	await page.goto(PROGRESS, { waitUntil: 'networkidle' });

	const plan = expectedPlan(5, { done: [first.id] });
	await expect(planned(page)).toHaveCount(steps.length - 1);
	await expect(planned(page).first()).toContainText(label(steps[1] as (typeof steps)[number]));
	await expect(page.locator('[data-plan-out] li')).toHaveText([t('plan.outDone', { step: label(first) })]);
	const events = await downloadCalendar(page);
	expect(events.map((event) => event.start)).toEqual(plan.steps.map((step) => step.start));
});

test('the plan survives a reload and travels in the exported file to another browser', async ({ page, browser }) => {
	const start = addDays(localDate(new Date()), 14);
	await page.goto(PROGRESS, { waitUntil: 'networkidle' });
	await choosePace(page, 8, start);
	await page.reload({ waitUntil: 'networkidle' });
	await expect(paceField(page)).toHaveValue('8');
	await expect(page.getByLabel(t('plan.start'))).toHaveValue(start);
	await expect(planned(page)).toHaveCount(steps.length);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: t('progress.download') }).click();
	const exported = readFileSync(await (await download).path(), 'utf8');
	expect(JSON.parse(exported).plan).toMatchObject({ pace: 8, start });

	const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL });
	const other = await fresh.newPage();
	await other.goto(PROGRESS, { waitUntil: 'networkidle' });
	await other
		.getByLabel(t('progress.importFile'))
		.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
	await expect(other.locator('[data-import-preview]')).toContainText(t('logImport.plan'));
	await other.getByRole('button', { name: t('progress.importConfirm') }).click();
	await expect(paceField(other)).toHaveValue('8');
	const first = expectedPlan(8, { start }).steps[0];
	await expect(planned(other).first()).toContainText(label(steps[0] as (typeof steps)[number]));
	expect((await downloadCalendar(other))[0]?.start).toBe(first?.start);
	await fresh.close();
});

test('the overview says where a returning learner with a plan stands, in words, and nothing without a plan', async ({
	page,
	context,
}) => {
	const now = new Date().toISOString();
	const start = addDays(localDate(new Date()), -10);
	const record: ProgressRecord = {
		version: CURRENT_VERSION,
		roadmap,
		items: { [first.id]: { read: { done: true, at: now } } },
		plan: { pace: 5, start, at: now },
	};
	// With its checksum, as the tracker writes it: the overview picks "coming back" before the first paint.
	const raw = JSON.stringify(record);
	await seedStorage(context, { [KEY]: raw, [`${KEY}:sum`]: checksum(raw) });
	await page.goto(`${SOURCE_EDITION}/`, { waitUntil: 'networkidle' });
	const standing = whereYouStand(expectedPlan(5, { start }), localDate(new Date()));
	const sentence = page.locator('[data-plan-standing]');
	await expect(sentence).toHaveText(
		t('plan.standing', { number: standing?.step.number ?? 0, date: await dateIn(page, standing?.until ?? '') }),
	);
	await expect(sentence).toBeVisible();
	// Its room is kept before the first paint: filling it moves nothing.
	await expectNoShift(page);

	// Removing the plan leaves the overview saying nothing of one.
	await page.goto(PROGRESS, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: t('plan.remove') }).click();
	await expect(page.locator('[data-plan-none]')).toBeVisible();
	await page.goto(`${SOURCE_EDITION}/`, { waitUntil: 'networkidle' });
	await expect(page.getByRole('heading', { name: t('overviewState.returning') })).toBeVisible();
	await expect(page.locator('[data-plan-standing]')).toBeHidden();
});

test('"revoir" on a done step puts it back in the plan, and Mon carnet shows it with the weeks of activity', async ({
	page,
	context,
}) => {
	const now = new Date().toISOString();
	const record: ProgressRecord = {
		version: CURRENT_VERSION,
		roadmap,
		items: { [first.id]: { read: { done: true, at: now }, do: { done: true, at: now } } },
		plan: { pace: 5, start: localDate(new Date()), at: now },
	};
	await seedStorage(context, { [KEY]: JSON.stringify(record) });
	await page.goto(`${SOURCE_EDITION}/${first.id}/`, { waitUntil: 'networkidle' });
	await page.getByRole('checkbox', { name: t('log.revisit') }).check();
	await expect(page.locator('[data-live]')).toHaveText(t('tracker.ticked', { label: t('log.revisit') }));

	await page.goto(PROGRESS, { waitUntil: 'networkidle' });
	await expect(planned(page)).toHaveCount(steps.length);
	await expect(planned(page).first()).toContainText(t('plan.revisit'));

	await page.goto(`${SOURCE_EDITION}/log/`, { waitUntil: 'networkidle' });
	await expect(page.locator(`[data-log-step="${first.id}"] [data-log-revisit]`)).toBeVisible();
	const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}') as ProgressRecord;
	const weeks = activeWeeks(stored);
	const items = page.locator('[data-log-activity] li');
	await expect(items).toHaveCount(weeks.length);
	await expect(items.first()).toContainText(
		t('log.activityWeek', { date: await dateIn(page, weeks[0]?.monday ?? ''), count: 2 }),
	);
});

test('by keyboard alone: the pace, the start, the plan and the calendar file', async ({ page }) => {
	await page.goto(PROGRESS, { waitUntil: 'networkidle' });
	await paceField(page).focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('6');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel(t('plan.start'))).toBeFocused();
	// The date field's day, month and year are each a stop.
	const make = page.getByRole('button', { name: t('plan.make') });
	for (let tab = 0; tab < 4 && !(await make.evaluate((button) => button === document.activeElement)); tab++)
		await page.keyboard.press('Tab');
	await expect(make).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(planned(page)).toHaveCount(steps.length);
	const calendar = page.getByRole('button', { name: t('plan.calendar') });
	// Tab past the plan's step links to the calendar button.
	for (let tab = 0; tab < 20 && !(await calendar.evaluate((button) => button === document.activeElement)); tab++)
		await page.keyboard.press('Tab');
	await expect(calendar).toBeFocused();
	const download = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	expect(await eventsOf(download)).toHaveLength(expectedPlan(6).steps.length);
});

test('without JavaScript, the plan section says it needs it and shows no field', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
	const page = await context.newPage();
	await page.goto(PROGRESS);
	await expect(page.getByText(t('plan.needsJs'))).toBeVisible();
	await expect(paceField(page)).toBeHidden();
	await context.close();
});
