import { strictObject, text } from './fields';
import type { ResourceKind } from './resource';

/**
 * Every word the interface shows, as flat dotted keys. The source edition's
 * `content/<edition>/ui.json` must define them all; other editions may leave
 * keys out, which then fall back to the source edition (the build warns).
 * `{name}` marks a value filled in by the page.
 */
const uiShape = {
	/** Skip link, first thing a keyboard user reaches. */
	'site.skipToContent': text('a string'),
	/** Label of the header's link to the edition overview. */
	'nav.overview': text('a string'),
	/** Accessible name of the previous/next navigation. */
	'nav.steps': text('a string'),
	/** Link from a step back to the overview. */
	'nav.backToOverview': text('a string'),
	/** Label above the link to the previous step. */
	'nav.previous': text('a string'),
	/** Label above the link to the next step. */
	'nav.next': text('a string'),
	/** A step's number, e.g. "Étape {number}". */
	'step.number': text('a string'),
	/** The page title of a step, e.g. "Étape {number} : {title}". */
	'step.pageTitle': text('a string'),
	/** Heading of the thing to read. */
	'step.read': text('a string'),
	/** Heading of the thing to do. */
	'step.do': text('a string'),
	/** Where a resource link goes, e.g. "sur {domain}". */
	'resource.domain': text('a string'),
	/** Estimated time, e.g. "environ {minutes} min". */
	'resource.minutes': text('a string'),
	/** Kind labels shown on resource cards, one per resource kind. */
	'resource.kind.article': text('a string'),
	'resource.kind.tutorial': text('a string'),
	'resource.kind.course': text('a string'),
	'resource.kind.dataset': text('a string'),
	'resource.kind.community': text('a string'),
	'resource.kind.tool': text('a string'),
	'resource.kind.video': text('a string'),
	'resource.kind.book': text('a string'),
	/** Heading of the list of steps on the overview. */
	'overview.steps': text('a string'),
	/** Sentence crediting the original: {title}, {author}, {publisher}, {date}. */
	'overview.translationOf': text('a string'),
	/** Footer credit: {author}, {publisher}. */
	'footer.credit': text('a string'),
	/** Footer link to the original article. */
	'footer.original': text('a string'),
	/** Title of the 404 page. */
	'notFound.title': text('a string'),
	/** Sentence on the 404 page. */
	'notFound.body': text('a string'),
	/** Title of the page at the root, which sends readers to an edition. */
	'home.title': text('a string'),
	/** Sentence on the root page, above the list of editions. */
	'home.choose': text('a string'),
} satisfies Record<string, unknown> & Record<`resource.kind.${ResourceKind}`, unknown>;

/** The UI strings of one edition: any subset of the keys, no unknown key. */
export const uiSchema = strictObject(uiShape, 'a UI strings file', 'the keys listed in src/schemas/ui.ts').partial();

export type UiKey = keyof typeof uiShape;
export type UiStrings = Record<UiKey, string>;
export const uiKeys = Object.keys(uiShape) as UiKey[];
