/**
 * Route data, computed once for the whole build: every page reads what it
 * needs from here and holds no logic of its own.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { contentDir, editionOfId, SOURCE_EDITION } from './editions.ts';
import { typesetEdition, typesetStep } from '../shared/french-typography.ts';
import { createTranslator, formatDate, type Translate } from '../shared/i18n.ts';
import { resourceHealth } from './link-health.ts';
import { KINDS, type Kind } from '../shared/progress/record.ts';
import { fingerprint } from '../shared/progress/fingerprint.ts';
import { resolveSteps, withNeighbours } from './step-order.ts';
import { changeNotice } from './translation-notice.ts';
import { type EditionStatus, type FileKind, fileStatusOf, translationReport } from './translation-report.ts';
import { menuOrder, readEditions } from './content-reader.ts';
import { routes } from '../shared/url.ts';
import type { UiStrings } from '../shared/schemas/ui.ts';

type StepEntry = CollectionEntry<'steps'>;
type EditionEntry = CollectionEntry<'editions'>;

/** A link to a step, as navigation shows it. */
export interface StepLink {
	id: string;
	number: number;
	title: string;
	href: string;
}

/** What a resource's card says of its link, from content/link-health.json, its days written as the edition writes dates. */
export type CardHealth = { state: 'dead'; since: string; archived?: string } | { state: 'changed'; since: string };

export interface StepPage extends StepLink {
	entry: StepEntry;
	/** This edition has not translated the step: the page shows the source. */
	fallback: boolean;
	/** The source of this translation changed since it was translated: what the notice says (translation-notice.ts). */
	outdated: string | undefined;
	/** The same step in the source edition. */
	sourceHref: string;
	/** Its resources' fingerprints (log.ts), from the source edition so every edition's ticks agree. */
	fingerprints: { read: string; do: string };
	/** Its resources' link health, for those the last checks found dead or changed; none when all is well or nothing was checked. */
	health: Partial<Record<Kind, CardHealth>>;
	previous: StepLink | undefined;
	next: StepLink | undefined;
}

export interface EditionPage {
	/** The folder name, also the URL segment: `fr`, `en`, `pt-br`. */
	id: string;
	entry: EditionEntry;
	data: EditionEntry['data'];
	href: string;
	/** The source of this edition's overview changed since it was translated: what the notice says. */
	outdated: string | undefined;
	t: Translate;
	steps: StepPage[];
}

/** The props of a component drawn for one edition's page. */
export interface EditionProps {
	edition: EditionPage;
}

/** The props of a component drawn for one step of an edition. */
export interface StepProps extends EditionProps {
	step: StepPage;
}

export interface Roadmap {
	source: EditionPage;
	editions: EditionPage[];
	/** What each edition has translated, as the translation status page shows it. */
	translations: EditionStatus[];
}

/** A page as it exists in one edition, for the language menu and hreflang links. */
export interface Version {
	edition: EditionPage;
	href: string;
	/** False when the edition shows this page from the source, untranslated. */
	translated: boolean;
}

/** Which page of an edition: the same kind of page is offered in every edition. */
export type PageKind = { kind: 'overview' } | { kind: 'progress' } | { kind: 'log' } | { kind: 'step'; id: string };

const fingerprintsOf = ({ data }: StepEntry) => ({ read: fingerprint(data.read), do: fingerprint(data.do) });

async function build(): Promise<Roadmap> {
	const [editionsAsWritten, stepsAsWritten, uiEntries, [linkHealth]] = await Promise.all([
		getCollection('editions'),
		getCollection('steps'),
		getCollection('ui'),
		getCollection('linkHealth'),
	]);
	const linkRecords = linkHealth?.data.links ?? {};
	// Frontmatter prose gets its language's typography here, once, as MDX text does in the Markdown processor.
	const editionEntries = editionsAsWritten.map((entry) => ({ ...entry, data: typesetEdition(entry.data) }));
	const langOf = new Map(editionEntries.map((entry) => [entry.id, entry.data.lang]));
	const stepEntries = stepsAsWritten.map((entry) => ({
		...entry,
		data: typesetStep(entry.data, langOf.get(editionOfId(entry.id))),
	}));
	const strings = new Map(uiEntries.map((entry) => [entry.id, entry.data]));
	// The content loader has checked that the source's strings are complete.
	const fallback = strings.get(SOURCE_EDITION) as UiStrings;
	const stepsOf = (edition: string) =>
		stepEntries
			.filter((entry) => editionOfId(entry.id) === edition)
			.map((entry) => ({ id: entry.data.id, order: entry.data.order, entry }));
	const sourceSteps = stepsOf(SOURCE_EDITION);
	// Fingerprints are taken from the source's resources as written, not as typeset: a change of typography is no change of the resource.
	const fingerprints = new Map(
		stepsAsWritten
			.filter((entry) => editionOfId(entry.id) === SOURCE_EDITION)
			.map((entry) => [entry.data.id, fingerprintsOf(entry)]),
	);
	const sourceLang = langOf.get(SOURCE_EDITION);
	// Out of date or not: the same report as the translation status page and `npm run i18n:status`.
	const report = translationReport(readEditions(contentDir), SOURCE_EDITION);

	// In menu order (content-reader.ts): the source first.
	const editions = menuOrder(
		editionEntries.map((entry): EditionPage => {
			const edition = entry.id;
			const status = report.find((candidate) => candidate.id === edition);
			const { lang, original } = entry.data;
			const healthOf = (step: StepEntry): StepPage['health'] => {
				const health: StepPage['health'] = {};
				for (const kind of KINDS) {
					const found = resourceHealth(step.data[kind], original.date, linkRecords);
					if (found?.state === 'changed') health[kind] = { state: 'changed', since: formatDate(found.since, lang) };
					if (found?.state === 'dead')
						health[kind] = {
							state: 'dead',
							since: formatDate(found.since, lang),
							...(found.archived && { archived: formatDate(found.archived, lang) }),
						};
				}
				return health;
			};
			const t = createTranslator(strings.get(edition) ?? {}, fallback, entry.data.lang, sourceLang);
			const notice = (file: FileKind) =>
				changeNotice(fileStatusOf(status, file), t, entry.data.lang, sourceLang ?? entry.data.lang);
			const links = resolveSteps(sourceSteps, stepsOf(edition)).map(
				({ step: { id, order, entry: stepEntry }, fallback }) => ({
					link: { id, number: order, title: stepEntry.data.title, href: routes.step(edition, id) },
					entry: stepEntry,
					fallback,
					outdated: notice({ kind: 'step', id }),
				}),
			);
			return {
				id: edition,
				entry,
				data: entry.data,
				href: routes.edition(edition),
				outdated: notice({ kind: 'overview' }),
				t,
				steps: withNeighbours(links).map(({ item, previous, next }) => ({
					...item.link,
					entry: item.entry,
					fallback: item.fallback,
					outdated: item.outdated,
					sourceHref: routes.step(SOURCE_EDITION, item.link.id),
					fingerprints: fingerprints.get(item.link.id) ?? fingerprintsOf(item.entry),
					health: healthOf(item.entry),
					previous: previous?.link,
					next: next?.link,
				})),
			};
		}),
	);

	return { source: editions[0] as EditionPage, editions, translations: report };
}

let roadmap: Promise<Roadmap> | undefined;

/** The roadmap, built on first use and shared by every page of the build. */
export function loadRoadmap(): Promise<Roadmap> {
	roadmap ??= build();
	return roadmap;
}

/**
 * The edition a page under `[edition]/` belongs to, for components that only
 * see the route; the root, which serves the source's overview, has the source's.
 */
export async function editionFromRoute(params: Record<string, string | undefined>): Promise<EditionPage> {
	const { editions, source } = await loadRoadmap();
	const edition = params.edition === undefined ? source : editions.find((candidate) => candidate.id === params.edition);
	if (!edition)
		throw new Error(`No edition "${params.edition}": this component belongs on a page under src/pages/[edition]/`);
	return edition;
}

/** The page `page` in every edition, in menu order. */
export function versionsOf({ editions }: Roadmap, page: PageKind): Version[] {
	return editions.map((edition) => {
		if (page.kind === 'overview') return { edition, href: edition.href, translated: true };
		if (page.kind === 'progress') return { edition, href: routes.progress(edition.id), translated: true };
		if (page.kind === 'log') return { edition, href: routes.log(edition.id), translated: true };
		const step = edition.steps.find((candidate) => candidate.id === page.id);
		return { edition, href: routes.step(edition.id, page.id), translated: !step?.fallback };
	});
}

/** `getStaticPaths` of the pages every edition has once: overview, progress. */
export async function editionPaths() {
	const { editions } = await loadRoadmap();
	return editions.map((edition) => ({ params: { edition: edition.id }, props: { edition } }));
}
