import { sourceHash, strictObject, text } from './fields.ts';
import type { ResourceKind } from './resource.ts';

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
	/** The language of a resource unlike the edition's: "en {language}". */
	'resource.language': text('a string'),
	/** Link to the archived copy of a resource. */
	'resource.archive': text('a string'),
	/** Accessible name of that link: {title}. */
	'resource.archiveOf': text('a string'),
	/** Before a current equivalent added by the edition. */
	'resource.replacement': text('a string'),
	/** Heading of the first command of a step. */
	'starter.heading': text('a string'),
	/** Says the snippet is an addition to the original article. */
	'starter.addition': text('a string'),
	/** The copy button. */
	'starter.copy': text('a string'),
	/** Announced once the code is copied. */
	'starter.copied': text('a string'),
	/** Announced when copying fails and the code is selected instead. */
	'starter.copyFailed': text('a string'),
	/** Label of a Python snippet. */
	'starter.lang.python': text('a string'),
	/** Label of a shell snippet. */
	'starter.lang.bash': text('a string'),
	/** Heading of the checklist printed from the overview. */
	'print.checklist': text('a string'),
	/** One line of it: {kind} ("À lire"), {title}, {url}. */
	'print.item': text('a string'),
	/** Heading of the list of steps on the overview. */
	'overview.steps': text('a string'),
	/** Sentence crediting the original: {title}, {author}, {publisher}, {date}. */
	'overview.translationOf': text('a string'),
	/** Footer credit: {author}, {publisher}. */
	'footer.credit': text('a string'),
	/** Footer link to the original article. */
	'footer.original': text('a string'),
	/** Header link to the progress page. */
	'nav.progress': text('a string'),
	/** Checkbox label for the thing to read: {title}. */
	'tracker.read': text('a string'),
	/** Checkbox label for the thing to do: {title}. */
	'tracker.do': text('a string'),
	/** One sentence shown instead of the tracker when JavaScript is off. */
	'tracker.needsJs': text('a string'),
	/** Step status: neither box ticked. */
	'tracker.status.todo': text('a string'),
	/** Step status: one box ticked. */
	'tracker.status.doing': text('a string'),
	/** Step status: both boxes ticked. */
	'tracker.status.done': text('a string'),
	/** Accessible name of the progress bar. */
	'tracker.progress': text('a string'),
	/** Ticked boxes out of all: {done}, {total}. */
	'tracker.count': text('a string'),
	/** Link to the first step not done: {step} is "Étape 3 : title". */
	'tracker.continue': text('a string'),
	/** Shown instead of the continue link once every step is done. */
	'tracker.finished': text('a string'),
	/** Announced when a box is ticked: {label}. */
	'tracker.ticked': text('a string'),
	/** Announced when a box is unticked: {label}. */
	'tracker.unticked': text('a string'),
	/** Announced when another tab changed the progress. */
	'tracker.synced': text('a string'),
	/** Where progress lives. */
	'tracker.savedHere': text('a string'),
	/** When progress was last saved: {date}. */
	'tracker.lastSaved': text('a string'),
	/** Before anything is saved. */
	'tracker.neverSaved': text('a string'),
	/** Advice to export before clearing data or changing device. */
	'tracker.exportHint': text('a string'),
	/** Storage cannot be used: progress lasts for this visit only. */
	'tracker.unavailable': text('a string'),
	/** Stored progress cannot be read; it is kept untouched. */
	'tracker.keptInvalid': text('a string'),
	/** Stored progress comes from a newer version of the site; it is kept untouched. */
	'tracker.keptNewer': text('a string'),
	/** Page title of the progress page. */
	'progress.title': text('a string'),
	/** Description of the progress page. */
	'progress.description': text('a string'),
	/** Heading: export. */
	'progress.export': text('a string'),
	/** Button: download the progress as a JSON file. */
	'progress.download': text('a string'),
	/** Button: copy the progress as text. */
	'progress.copy': text('a string'),
	/** Announced after copying. */
	'progress.copied': text('a string'),
	/** Copying failed: the text is shown to copy by hand. */
	'progress.copyFailed': text('a string'),
	/** Label of the text area holding the exported progress. */
	'progress.exportText': text('a string'),
	/** Button: download the unreadable stored value as it is. */
	'progress.downloadRaw': text('a string'),
	/** Heading: import. */
	'progress.import': text('a string'),
	/** Label of the file picker. */
	'progress.importFile': text('a string'),
	/** Label of the text area to paste an export into. */
	'progress.importText': text('a string'),
	/** Button: check the file or text before importing. */
	'progress.importCheck': text('a string'),
	/** The import is not a progress export. */
	'progress.importInvalid': text('a string'),
	/** The import comes from a newer version of the site. */
	'progress.importNewer': text('a string'),
	/** The import changes nothing. */
	'progress.importNothing': text('a string'),
	/** Heading of the list of changes an import would make: {count}. */
	'progress.importPreview': text('a string'),
	/** One change: {step}, {kind} ("lu"/"fait"), {state} ("coché"/"décoché"). */
	'progress.change': text('a string'),
	/** Name of a step the site does not have: {id}. */
	'progress.unknownStep': text('a string'),
	/** Button: confirm the import. */
	'progress.importConfirm': text('a string'),
	/** Button: cancel an import or a reset. */
	'progress.cancel': text('a string'),
	/** Announced after an import: {count}. */
	'progress.imported': text('a string'),
	/** Heading and button: erase all progress. */
	'progress.reset': text('a string'),
	/** Question before erasing. */
	'progress.resetConfirm': text('a string'),
	/** Button: yes, erase. */
	'progress.resetYes': text('a string'),
	/** Announced after erasing. */
	'progress.resetDone': text('a string'),
	/** Button: undo the erase. */
	'progress.undo': text('a string'),
	/** Announced after undoing the erase. */
	'progress.undone': text('a string'),
	/** "lu": the thing to read, in a change. */
	'progress.kind.read': text('a string'),
	/** "fait": the thing to do, in a change. */
	'progress.kind.do': text('a string'),
	/** "coché". */
	'progress.state.ticked': text('a string'),
	/** "décoché". */
	'progress.state.unticked': text('a string'),
	/** Accessible name of the list of other editions of the page. */
	'nav.language': text('a string'),
	/** On a step this edition has not translated, shown from the source. */
	'translation.fallback': text('a string'),
	/** On a translation whose source changed since it was translated. */
	'translation.outdated': text('a string'),
	/** Link to the same page in the source edition. */
	'translation.original': text('a string'),
	/** Title of the translation status page. */
	'status.title': text('a string'),
	/** Description of the translation status page. */
	'status.description': text('a string'),
	/** Column: edition. */
	'status.edition': text('a string'),
	/** Column: steps. */
	'status.steps': text('a string'),
	/** Column: UI strings. */
	'status.ui': text('a string'),
	/** Column: overview text. */
	'status.overview': text('a string'),
	/** A file or string that is translated and up to date. */
	'status.translated': text('a string'),
	/** A translation whose source changed since. */
	'status.outdated': text('a string'),
	/** Not translated yet. */
	'status.missing': text('a string'),
	/** The source edition, which others translate. */
	'status.source': text('a string'),
	/** One line of the table: {name}, {state}. */
	'status.item': text('a string'),
	/** How to refresh the table: {command}. */
	'status.howTo': text('a string'),
	/** Label of the colour theme switch. */
	'theme.legend': text('a string'),
	/** Theme choice: light. */
	'theme.light': text('a string'),
	/** Theme choice: dark. */
	'theme.dark': text('a string'),
	/** Theme choice: follow the system. */
	'theme.system': text('a string'),
	/** Title of the 404 page. */
	'notFound.title': text('a string'),
	/** Sentence on the 404 page. */
	'notFound.body': text('a string'),
	/** On the root (the source's overview), in each other edition's language: the link offered to readers whose browser prefers that language. */
	'suggest.switch': text('a string'),
} satisfies Record<string, unknown> & Record<`resource.kind.${ResourceKind}`, unknown>;

/**
 * The UI strings of one edition: any subset of the keys, no unknown key; in a
 * translation, `sourceHash` records the source ui.json it was translated from.
 */
export const uiSchema = strictObject({ ...uiShape, sourceHash }, 'a UI strings file', 'sourceHash and the keys listed in src/schemas/ui.ts').partial();

export type UiKey = keyof typeof uiShape;
export type UiStrings = Record<UiKey, string>;
export const uiKeys = Object.keys(uiShape) as UiKey[];
