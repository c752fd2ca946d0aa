/**
 * The issue the weekly link check keeps per edition (scripts/link-issue.ts):
 * open while a resource is dead or changed, in the edition's words, listing
 * per step and resource the state, what changed, the archived copy and a
 * suggested frontmatter edit that the step schema accepts; a closing comment
 * when all is well; links without a verdict only watched.
 */
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { editionIssues, marker, suggestedEdit } from '../../scripts/link-issue.ts';
import { formatDate } from '../../src/shared/i18n.ts';
import { archiveOf } from '../../src/build/link-health.ts';
import type { LinkHealth } from '../../src/shared/schemas/link-health.ts';
import { resourceSchema } from '../../src/shared/schemas/resource.ts';
import { editionOf, editions, SOURCE_EDITION, stepsOf, translatorOf } from '../support/content.ts';

const steps = stepsOf(SOURCE_EDITION);
const [first, second, third] = steps;
if (!first || !second || !third) throw new Error('the path needs three steps');
const articleDate = editionOf(SOURCE_EDITION).original.date;
const archive = archiveOf(first.read, articleDate);
const capture = archive.replace(/\/web\/\d+\//, '/web/20181205093012/');
const since = '2026-11-04';
const checked = '2026-11-18';

const health: LinkHealth = {
	links: {
		[first.read.url]: { state: 'dead', since, checked, status: 404, failures: 3 },
		[archive]: { state: 'ok', since, checked, status: 200, finalUrl: capture, failures: 0 },
		[second.do.url]: {
			state: 'changed',
			since: checked,
			checked,
			status: 200,
			finalUrl: new URL('/', second.do.url).href,
			title: 'Domain for sale',
			changes: ['home', 'title'],
			failures: 0,
		},
		[third.read.url]: { state: 'unsure', since: checked, checked, status: 429, failures: 0 },
	},
};

const issues = editionIssues('content', health);

test('one issue per edition, never more', () => {
	expect(issues.map((issue) => issue.edition).sort()).toEqual([...editions()].sort());
});

describe.each(editions())('the %s edition', (edition) => {
	const t = translatorOf(edition);
	const { lang } = editionOf(edition);
	const issue = issues.find((candidate) => candidate.edition === edition);
	const shown = stepsOf(edition);
	const step = (id: string) => shown.find((candidate) => candidate.id === id) as (typeof shown)[number];

	test('is open, titled and introduced in its words', () => {
		expect(issue?.action).toBe('open');
		expect(issue?.title).toBe(t('linkIssue.title'));
		expect(issue?.body).toContain(marker(edition));
		expect(issue?.body).toContain(t('linkIssue.intro', { date: formatDate(new Date(checked), lang) }));
	});

	test('lists the dead link under its step and resource, with its archived copy and a suggested edit', () => {
		const body = issue?.body ?? '';
		const heading = `### ${t('step.pageTitle', { number: first.order, title: step(first.id).title })}`;
		expect(body).toContain(heading);
		expect(body).toContain(
			t('linkIssue.dead', { since: formatDate(new Date(since), lang), answer: 'HTTP 404', runs: 3 }),
		);
		expect(body).toContain(t('linkIssue.archive', { url: archive }));
		const yaml = /```yaml\n([\s\S]*?)```/.exec(body.slice(body.indexOf(heading)))?.[1] ?? '';
		const edit = parse(yaml) as { read: Record<string, unknown> };
		// The edit pins the capture the checker reached, and is valid frontmatter once merged.
		expect(edit.read.archive).toBe(capture);
		expect(
			resourceSchema.safeParse({
				...step(first.id).read,
				...edit.read,
				...(edit.read.replacement ? { replacement: { ...edit.read.replacement, url: 'https://example.org/' } } : {}),
			}).success,
		).toBe(true);
	});

	test('says what changed, and how to accept the page as it is', () => {
		const body = issue?.body ?? '';
		expect(body).toContain(t('linkIssue.change.home', { url: new URL('/', second.do.url).href }));
		expect(body).toContain(t('linkIssue.change.title', { title: 'Domain for sale' }));
		expect(body).toContain(`npm run check:links -- --accept ${second.do.url}`);
	});

	test('only watches a link without a verdict', () => {
		const body = issue?.body ?? '';
		const watching = body.slice(body.indexOf(t('linkIssue.watching')));
		expect(body.indexOf(t('linkIssue.watching'))).toBeGreaterThan(0);
		expect(watching).toContain(third.read.url);
		expect(body).not.toContain(`### ${t('step.pageTitle', { number: third.order, title: step(third.id).title })}`);
	});
});

test('all well (or never checked): every edition closes its issue, in its words', () => {
	const ok: LinkHealth = { links: { [first.read.url]: { state: 'ok', since, checked, status: 200, failures: 0 } } };
	for (const issue of editionIssues('content', ok)) {
		const t = translatorOf(issue.edition);
		expect(issue).toMatchObject({
			action: 'close',
			title: t('linkIssue.title'),
			body: t('linkIssue.closed', { date: formatDate(new Date(checked), editionOf(issue.edition).lang) }),
		});
	}
	expect(editionIssues('content', { links: {} }).every((issue) => issue.action === 'close')).toBe(true);
});

test('a dead archive or equivalent gets its own suggestion; nothing to add, no suggestion', () => {
	const withBoth = steps.map((step) => step.read).find((resource) => resource.replacement) ?? {
		...first.read,
		replacement: { title: 'x', url: 'https://example.org/', lang: 'en' },
	};
	expect(parse(suggestedEdit('read', first.read, 'archive', articleDate, {}) ?? '')).toEqual({
		read: { archive: `https://web.archive.org/web/${first.read.url}` },
	});
	expect(parse(suggestedEdit('read', withBoth, 'replacement', articleDate, {}) ?? '')).toMatchObject({
		read: { replacement: { url: 'https://…' } },
	});
	expect(suggestedEdit('read', { ...withBoth, archive: capture }, 'url', articleDate, {})).toBeUndefined();
});
