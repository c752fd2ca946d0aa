/**
 * Route data, computed once for the whole build: every page reads what it
 * needs from here and holds no logic of its own.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { SOURCE_EDITION } from '../lib/editions';
import { createTranslator, type Translate } from '../lib/i18n';
import { resolveSteps, withNeighbours } from '../lib/roadmap';
import { routes } from '../lib/url';
import type { UiStrings } from '../schemas/ui';

type StepEntry = CollectionEntry<'steps'>;

/** A link to a step, as navigation shows it. */
export interface StepLink {
	id: string;
	number: number;
	title: string;
	href: string;
}

export interface StepPage extends StepLink {
	entry: StepEntry;
	/** True when this edition has not translated the step and shows the source. */
	fallback: boolean;
	previous: StepLink | undefined;
	next: StepLink | undefined;
}

export interface EditionPage {
	/** The folder name, also the URL segment: `fr`, `en`, `pt-br`. */
	id: string;
	entry: CollectionEntry<'editions'>;
	data: CollectionEntry<'editions'>['data'];
	href: string;
	t: Translate;
	steps: StepPage[];
}

export interface Roadmap {
	source: EditionPage;
	editions: EditionPage[];
}

const editionOf = (entry: { id: string }) => entry.id.split('/')[0] ?? '';

async function build(): Promise<Roadmap> {
	const [editionEntries, stepEntries, uiEntries] = await Promise.all([getCollection('editions'), getCollection('steps'), getCollection('ui')]);
	const strings = new Map(uiEntries.map((entry) => [entry.id, entry.data]));
	// The content loader has checked that the source's strings are complete.
	const fallback = strings.get(SOURCE_EDITION) as UiStrings;
	const stepsOf = (edition: string) =>
		stepEntries.filter((entry) => editionOf(entry) === edition).map((entry) => ({ id: entry.data.id, order: entry.data.order, entry }));
	const sourceSteps = stepsOf(SOURCE_EDITION);

	const editions = editionEntries
		.map((entry): EditionPage => {
			const edition = entry.id;
			const links = resolveSteps(sourceSteps, stepsOf(edition)).map(({ step: { id, order, entry }, fallback }) => ({
				link: { id, number: order, title: entry.data.title, href: routes.step(edition, id) },
				entry,
				fallback,
			}));
			return {
				id: edition,
				entry,
				data: entry.data,
				href: routes.edition(edition),
				t: createTranslator(strings.get(edition) ?? {}, fallback),
				steps: withNeighbours(links).map(({ item, previous, next }) => ({
					...item.link,
					entry: item.entry,
					fallback: item.fallback,
					previous: previous?.link,
					next: next?.link,
				})),
			};
		})
		// The source first, then the others by folder name: a stable order for menus.
		.sort((a, b) => Number(b.id === SOURCE_EDITION) - Number(a.id === SOURCE_EDITION) || a.id.localeCompare(b.id));

	const source = editions.find((edition) => edition.id === SOURCE_EDITION);
	if (!source) throw new Error(`content/${SOURCE_EDITION}/edition.mdx is missing: the source edition "${SOURCE_EDITION}" must exist`);
	return { source, editions };
}

let roadmap: Promise<Roadmap> | undefined;

/** The roadmap, built on first use and shared by every page of the build. */
export function loadRoadmap(): Promise<Roadmap> {
	roadmap ??= build();
	return roadmap;
}

/** The edition a page under `[edition]/` belongs to, for components that only see the route. */
export async function editionFromRoute(params: Record<string, string | undefined>): Promise<EditionPage> {
	const { editions } = await loadRoadmap();
	const edition = editions.find((candidate) => candidate.id === params.edition);
	if (!edition) throw new Error(`No edition "${params.edition}": this component belongs on a page under src/pages/[edition]/`);
	return edition;
}
