/**
 * The maintainer's side of the weekly link check: for each edition, the
 * issue .github/workflows/links.yml keeps open (one per edition, updated,
 * never one per week) while a resource of it is dead or changed, in the
 * edition's words (its ui.json), or the comment that closes it once all is
 * well. Per step and resource: the address's state, what changed, the archived
 * copy, and a suggested edit of the step's frontmatter.
 *
 *   npm run --silent issue:links -- <folder>
 *
 * writes `<folder>/<edition>.md` (the issue's body, or the closing comment)
 * and prints one line per edition, `<edition>\t<open|close>\t<title>`, for the
 * workflow to pass to `gh`. It reads content/link-health.json as committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { contentDir, SOURCE_EDITION } from '../src/build/editions.ts';
import { createTranslator, formatDate, type Translate } from '../src/shared/i18n.ts';
import { archiveOf, LINK_HEALTH_FILE, type LinkRole, readLinkHealth, resourceLinks } from '../src/build/link-health.ts';
import { KINDS } from '../src/shared/progress/record.ts';
import { readEditions, shownStepFiles } from '../src/build/content-reader.ts';
import { editionSchema } from '../src/shared/schemas/edition.ts';
import type { LinkHealth, LinkRecord } from '../src/shared/schemas/link-health.ts';
import type { Resource } from '../src/shared/schemas/resource.ts';
import { stepSchema } from '../src/shared/schemas/step.ts';
import type { UiStrings } from '../src/shared/schemas/ui.ts';

export interface EditionIssue {
	edition: string;
	/** Open (or keep open) while a link is dead or changed; close otherwise. */
	action: 'open' | 'close';
	title: string;
	/** The issue's body when open, the closing comment otherwise. */
	body: string;
}

/** A hidden line naming the edition, so a reader of the issue's source knows what writes it. */
export const marker = (edition: string) => `<!-- link-health:${edition}, written by scripts/link-issue.ts -->`;

const roleKey = {
	url: 'linkIssue.role.url',
	archive: 'linkIssue.role.archive',
	replacement: 'linkIssue.role.replacement',
} as const;

/** The HTTP status, or why no answer came. */
const answerOf = (record: LinkRecord) => (record.status ? `HTTP ${record.status}` : (record.error ?? '—'));

/** What a record says, in the edition's words. */
function stateLine(record: LinkRecord, t: Translate, day: (text: string) => string): string {
	if (record.state === 'dead')
		return t('linkIssue.dead', { since: day(record.since), answer: answerOf(record), runs: record.failures });
	if (record.state === 'unsure') return t('linkIssue.unsure', { since: day(record.since), answer: answerOf(record) });
	const changes = (record.changes ?? []).map((change) =>
		change === 'home'
			? t('linkIssue.change.home', { url: record.finalUrl ?? '' })
			: change === 'title'
				? t('linkIssue.change.title', { title: record.title ?? '' })
				: t('linkIssue.change.text'),
	);
	return t('linkIssue.changed', { since: day(record.since), changes: changes.join(' · ') });
}

/**
 * The frontmatter edit that would help: for the resource's own link, its
 * archived copy pinned (the capture the checker reached) and a current
 * equivalent to fill in; for a dead archive, the Wayback Machine's latest copy;
 * for a dead equivalent, another one. Undefined when the frontmatter has both already.
 */
export function suggestedEdit(
	kind: string,
	resource: Resource,
	role: LinkRole,
	articleDate: Date,
	health: LinkHealth['links'],
): string | undefined {
	const blank = { title: '…', url: 'https://…', lang: resource.replacement?.lang ?? resource.lang };
	const fields: Record<string, unknown> = {};
	if (role === 'url') {
		const archive = archiveOf(resource, articleDate);
		const capture = health[archive]?.state === 'ok' ? health[archive]?.finalUrl : undefined;
		if (!resource.archive && capture) fields.archive = capture;
		if (!resource.replacement) fields.replacement = blank;
	}
	if (role === 'archive') fields.archive = `https://web.archive.org/web/${resource.url}`;
	if (role === 'replacement') fields.replacement = blank;
	return Object.keys(fields).length > 0 ? stringify({ [kind]: fields }) : undefined;
}

/** Every edition's issue, from the content in `dir` and the records in `health`. */
export function editionIssues(dir: string, health: LinkHealth): EditionIssue[] {
	const editions = readEditions(dir);
	const source = editions.find((edition) => edition.id === SOURCE_EDITION);
	const sourceStrings = (source?.ui?.strings ?? {}) as UiStrings;
	const sourceLang = source?.overview ? editionSchema.parse(source.overview.data).lang : undefined;
	const stepOf = (file: (typeof editions)[number]['steps'][number]) => ({
		id: file.id,
		order: file.order,
		file: file.file.replace(/^.*?content\//, 'content/'),
		data: stepSchema.parse(file.data),
	});
	const days = Object.values(health.links)
		.map((record) => record.checked)
		.sort();
	const checkedOn = days.at(-1);

	return editions.flatMap((edition): EditionIssue[] => {
		if (!edition.overview) return [];
		const { lang, original } = editionSchema.parse(edition.overview.data);
		const t = createTranslator(edition.ui?.strings ?? {}, sourceStrings, lang, sourceLang);
		const day = (text: string) => formatDate(new Date(text), lang);
		const date = checkedOn ? day(checkedOn) : '';
		const problems: string[] = [];
		const watching: string[] = [];
		for (const step of shownStepFiles(editions, edition.id).map(({ step: file }) => stepOf(file))) {
			const found: string[] = [];
			for (const kind of KINDS) {
				const resource = step.data[kind];
				const lines: string[] = [];
				const edits: string[] = [];
				for (const link of resourceLinks(resource, original.date)) {
					const record = health.links[link.url];
					if (!record || record.state === 'ok') continue;
					const line = `**${t(roleKey[link.role])}** ${link.url} — ${stateLine(record, t, day)}`;
					if (record.state === 'unsure') {
						watching.push(`- ${line}`);
						continue;
					}
					lines.push(`- ${line}`);
					if (record.state === 'changed')
						lines.push(`  - ${t('linkIssue.accept', { command: `\`npm run check:links -- --accept ${link.url}\`` })}`);
					const edit = suggestedEdit(kind, resource, link.role, original.date, health.links);
					if (edit && !edits.includes(edit)) edits.push(edit);
				}
				if (lines.length === 0) continue;
				found.push(
					`#### ${t('print.item', { kind: t(kind === 'read' ? 'step.read' : 'step.do'), title: resource.title, url: resource.url })}`,
					'',
					...lines,
					`- ${t('linkIssue.archive', { url: archiveOf(resource, original.date) })}`,
					'',
					...edits.flatMap((edit) => [
						t('linkIssue.suggest', { file: `\`${step.file}\`` }),
						'',
						'```yaml',
						edit.trimEnd(),
						'```',
						'',
					]),
				);
			}
			if (found.length > 0)
				problems.push(`### ${t('step.pageTitle', { number: step.order, title: step.data.title })}`, '', ...found);
		}
		const title = t('linkIssue.title');
		if (problems.length === 0)
			return [{ edition: edition.id, action: 'close', title, body: t('linkIssue.closed', { date }) }];
		const body = [
			marker(edition.id),
			t('linkIssue.intro', { date }),
			'',
			...problems,
			...(watching.length > 0 ? [`### ${t('linkIssue.watching')}`, '', ...watching, ''] : []),
		];
		return [{ edition: edition.id, action: 'open', title, body: `${body.join('\n').trimEnd()}\n` }];
	});
}

if (import.meta.main) {
	const folder = process.argv[2];
	if (!folder) throw new Error('usage: npm run --silent issue:links -- <folder for the issue bodies>');
	mkdirSync(folder, { recursive: true });
	for (const issue of editionIssues(contentDir, readLinkHealth(join(contentDir, LINK_HEALTH_FILE)))) {
		writeFileSync(join(folder, `${issue.edition}.md`), issue.body);
		console.log([issue.edition, issue.action, issue.title].join('\t'));
	}
}
