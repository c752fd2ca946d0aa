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
	/** Above a resource whose link the weekly check found dead, its archived copy linked first: {since}, {archived} (days). */
	'linkHealth.dead': text('a string'),
	/** The same when the archived copy's day is unknown: {since}. */
	'linkHealth.deadUndated': text('a string'),
	/** Before the dead original link, kept visible under the archived copy. */
	'linkHealth.original': text('a string'),
	/** Quiet note on a resource whose page answers but changed (a soft 404, a parked domain): {since}. */
	'linkHealth.changed': text('a string'),
	/** Title of the issue the weekly link check opens for this edition (one per edition, updated, never one per week). */
	'linkIssue.title': text('a string'),
	/** First sentence of that issue: {date} of the check. */
	'linkIssue.intro': text('a string'),
	/** Comment closing it once all is well: {date}. */
	'linkIssue.closed': text('a string'),
	/** Which address of a resource: its own link. */
	'linkIssue.role.url': text('a string'),
	/** Which address: its archived copy. */
	'linkIssue.role.archive': text('a string'),
	/** Which address: its current equivalent. */
	'linkIssue.role.replacement': text('a string'),
	/** A dead link: {since}, {answer} (status or error), {runs} (checks in a row). */
	'linkIssue.dead': text('a string'),
	/** A changed page: {since}, {changes} (the reasons below, joined). */
	'linkIssue.changed': text('a string'),
	/** A link without a verdict yet: {answer}, {since}. */
	'linkIssue.unsure': text('a string'),
	/** Reason: redirected to a home page, {url}. */
	'linkIssue.change.home': text('a string'),
	/** Reason: the page title, {title}, shares no word with the resource. */
	'linkIssue.change.title': text('a string'),
	/** Reason: the main text changed. */
	'linkIssue.change.text': text('a string'),
	/** The archived copy to compare with: {url}. */
	'linkIssue.archive': text('a string'),
	/** Before a suggested frontmatter edit: {file}. */
	'linkIssue.suggest': text('a string'),
	/** How to accept a changed page as it is: {command}. */
	'linkIssue.accept': text('a string'),
	/** Heading of the links without a verdict yet, not shown to learners. */
	'linkIssue.watching': text('a string'),
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
	/** Announced when a part of the page could not load (an update in another tab, a lost connection): what was typed stays in its field. */
	'tracker.loadFailed': text('a string'),
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
	/** Under an import or hand-off preview: the progress was reset here on {date}, and what it would bring back was decided before that. */
	'progress.beforeReset': text('a string'),
	/** "lu": the thing to read, in a change. */
	'progress.kind.read': text('a string'),
	/** "fait": the thing to do, in a change. */
	'progress.kind.do': text('a string'),
	/** "coché". */
	'progress.state.ticked': text('a string'),
	/** "décoché". */
	'progress.state.unticked': text('a string'),
	/** Notice: the value stored under this path's key belongs to another app or roadmap; kept untouched. */
	'keeping.keptForeign': text('a string'),
	/** Notice: the stored value is over the limits; kept untouched. */
	'keeping.keptLarge': text('a string'),
	/** Button: download the kept value, keep a copy, and save again. */
	'keeping.startAgain': text('a string'),
	/** Sentence next to that button. */
	'keeping.startAgainHint': text('a string'),
	/** Progress page: a copy of an unreadable value is still kept in this browser (from "start again"). */
	'keeping.backupHeld': text('a string'),
	/** Button: download that copy. */
	'keeping.backupDownload': text('a string'),
	/** Button, offered once the copy is downloaded: delete it from this browser. */
	'keeping.backupDelete': text('a string'),
	/** Said once the copy is deleted. */
	'keeping.backupDeleted': text('a string'),
	/** Announced once saving works again. */
	'keeping.startedAgain': text('a string'),
	/** Said when a change would take the record past its limits. */
	'keeping.refused': text('a string'),
	/** Said when an import or a hand-off was brought in while this browser is not saving progress: it holds for this visit only. */
	'keeping.mergedUnsaved': text('a string'),
	/** Import message: the file is another roadmap's progress; {name} is its identity. */
	'keeping.importForeign': text('a string'),
	/** Import message: the file comes from another app. */
	'keeping.importForeignApp': text('a string'),
	/** Import message: the file is over the limits. */
	'keeping.importLarge': text('a string'),
	/** Heading on the progress page for progress found under another path. */
	'keeping.elsewhereHeading': text('a string'),
	/** Button: preview the progress found at {path}. */
	'keeping.elsewhereCheck': text('a string'),
	/** Sentence next to export: a new domain is a new origin. */
	'keeping.domain': text('a string'),
	/** The browser agreed to keep this site's storage. */
	'keeping.persisted': text('a string'),
	/** The browser did not promise to keep storage. */
	'keeping.notPersisted': text('a string'),
	/** When a copy was last taken; {date} is filled in. */
	'keeping.lastCopy': text('a string'),
	/** No copy taken yet. */
	'keeping.noCopy': text('a string'),
	/** Quiet reminder on the overview after 7 days of ticks without a copy. */
	'keeping.reminder': text('a string'),
	/** Link in the reminder to the progress page. */
	'keeping.reminderLink': text('a string'),
	/** Button closing the reminder. */
	'keeping.dismiss': text('a string'),
	/** Heading and overview link: carry progress to another device. */
	'handoff.heading': text('a string'),
	/** What the hand-off link is. */
	'handoff.intro': text('a string'),
	/** Button: make the link. */
	'handoff.make': text('a string'),
	/** Label of the field holding the link. */
	'handoff.link': text('a string'),
	/** Button: copy the link. */
	'handoff.copy': text('a string'),
	/** Announced after copying the link. */
	'handoff.copied': text('a string'),
	/** Button: share the link (Web Share). */
	'handoff.share': text('a string'),
	/** Button: draw the QR code. */
	'handoff.qr': text('a string'),
	/** Accessible name of the QR code image. */
	'handoff.qrLabel': text('a string'),
	/** Shown when a page is opened with a progress link. */
	'handoff.landing': text('a string'),
	/** Button: merge the link's progress. */
	'handoff.confirm': text('a string'),
	/** Message for a truncated, altered, foreign or malformed link. */
	'handoff.bad': text('a string'),
	/** The link brings nothing new. */
	'handoff.nothing': text('a string'),
	/** After merging; {count} is filled in. */
	'handoff.done': text('a string'),
	/** When nothing is ticked yet. */
	'handoff.noTicks': text('a string'),
	/** Said instead of a link when the progress is too large for one: the file is offered. */
	'handoff.tooLong': text('a string'),
	/** In place of the QR code when the link is too long for one. */
	'handoff.qrTooLong': text('a string'),
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
	/** Above a starter's install command: what follows installs its packages in a virtual environment. */
	'starter.requires.install': text('a string'),
	/** Something of the system a starter needs: {need} ("Java 17 or later"). */
	'starter.requires.system': text('a string'),
	/** Before the Debian/Ubuntu command that installs that need. */
	'starter.requires.apt': text('a string'),
	/** Before a note the edition adds to the article's text (e.g. a tool that aged). */
	'addition.label': text('a string'),
	/** Overview, coming back: heading above the progress and the way on. */
	'overviewState.returning': text('a string'),
	/** Overview, finished: heading of the congratulation. */
	'overviewState.finished': text('a string'),
	/** Overview, finished: the congratulation, {count} steps. */
	'overviewState.congratulations': text('a string'),
	/** Overview, finished: heading above the article's conclusion. */
	'overviewState.conclusion': text('a string'),
	/** Overview, finished: heading above what to do next, from the last step. */
	'overviewState.next': text('a string'),
	/** Overview, finished: link to the last step, {step} its page title. */
	'overviewState.lastStep': text('a string'),
	/** Overview, finished: link to export the learner's progress. */
	'overviewState.export': text('a string'),
	/** Step page, under the boxes until both are ticked. */
	'overviewState.wayOnHint': text('a string'),
	/** Step page, once both boxes are ticked, before the link on. */
	'overviewState.stepDone': text('a string'),
	/** Step page, last step done: link to the overview's finished state. */
	'overviewState.seeFinished': text('a string'),
	/** Translation status: a file that still holds the source's words, as copied. */
	'status.untranslated': text('a string'),
	/** Translation status, UI strings cell: {translated} of {total} keys, then their {state}. */
	'status.uiCount': text('a string'),
	/** Translation status: the summary of the list of UI keys left out, {count} of them. */
	'status.missingKeys': text('a string'),
	// What changed in the source since a translation was marked, block by block (src/build/translation-blocks.ts).
	/** Translation status: a file marked before blocks were recorded, or never; marking it again says what changes next. */
	'status.unmarked': text('a string'),
	/** Translation status: heading of the list of what changed, per edition and file. */
	'status.changes': text('a string'),
	/** Translation status: under that heading when no translation has anything to do. */
	'status.changesNone': text('a string'),
	/** Translation status: how the diffs read (removed words struck through, added ones underlined). */
	'status.changesLegend': text('a string'),
	/** Translation status: when a file was last marked, {date}. */
	'status.markedOn': text('a string'),
	/** Translation status: a source block changed since marking, {block} its field, UI key or ¶ position. */
	'status.change.changed': text('a string'),
	/** Translation status: a source block added since marking, {block}. */
	'status.change.added': text('a string'),
	/** Translation status: a source block removed since marking, {block}. */
	'status.change.removed': text('a string'),
	/** Translation status: label of the source's word diff, old → new. */
	'status.sourceDiff': text('a string'),
	/** Translation status: label of the translated block beside it, as it reads now. */
	'status.translationNow': text('a string'),
	/** Translation status: no translated block goes with this one. */
	'status.noTranslation': text('a string'),
	/** Translation status: a file marked before blocks were recorded: what to do, {command}. */
	'status.markAgain': text('a string'),
	/** Translation status: summary of a step to translate, listing its {count} source blocks. */
	'status.toTranslate': text('a string'),
	/** Translation status: {count} more blocks than the page shows, all listed by {command}. */
	'status.more': text('a string'),
	/** On a translation whose source changed: {changes} (a list of parts), in the {language} source, since {date} of marking. */
	'translation.changed': text('a string'),
	/** A part of that list: one paragraph (or heading, or list item) of the text. */
	'translation.part.paragraph': text('a string'),
	/** A part of that list: {count} paragraphs, when the language says more than one. */
	'translation.part.paragraphs': text('a string'),
	/** A part of that list: the title. */
	'translation.part.title': text('a string'),
	/** A part of that list: the summary (a step's) or the description (the overview's). */
	'translation.part.summary': text('a string'),
	/** A part of that list: the thing to read (its title, note, address…). */
	'translation.part.read': text('a string'),
	/** A part of that list: the thing to do. */
	'translation.part.do': text('a string'),
	/** A part of that list: the first command. */
	'translation.part.starter': text('a string'),
	/** A part of that list: any other detail of the frontmatter. */
	'translation.part.other': text('a string'),
	/** Offline and install: the notice shown when a new version of the site is ready. */
	'offline.updateReady': text('a string'),
	/** Its button that reloads the page into the new version. */
	'offline.reload': text('a string'),
	/** Its button that hides it. */
	'offline.later': text('a string'),
	/** The progress page's sentence on installing the site (offline use, progress kept safer on iPhone). */
	'offline.install': text('a string'),
	/** Offline, a page never downloaded: the title of what the offline worker answers instead. */
	'offline.notSavedTitle': text('a string'),
	/** Its sentence: the page asked for was not saved on this device; it will be on the next visit online. */
	'offline.notSaved': text('a string'),
	/** Above the list of what this device has saved (each edition whose pages were downloaded). */
	'offline.savedHere': text('a string'),
	// The learning log: notes, "what I built", skips, updated resources, "Mon carnet".
	/** Header link to the learning log page. */
	'log.nav': text('a string'),
	/** Title of the learning log page. */
	'log.title': text('a string'),
	/** Description of the learning log page. */
	'log.description': text('a string'),
	/** Sentence under the log page's title. */
	'log.intro': text('a string'),
	/** Without JavaScript, why the log's fields are absent. */
	'log.needsJs': text('a string'),
	/** Button: download the log as README.md. */
	'log.download': text('a string'),
	/** Button: print the log. */
	'log.print': text('a string'),
	/** Announced once the Markdown file is downloaded. */
	'log.downloaded': text('a string'),
	/** Title of the Markdown file: {title} of the path. */
	'log.markdownTitle': text('a string'),
	/** Credit line of the Markdown file, before the article's link. */
	'log.credit': text('a string'),
	/** Markdown file: link to the site. */
	'log.siteLink': text('a string'),
	/** Markdown file: when it was made. */
	'log.madeOn': text('a string'),
	/** After a ticked box: when, {date}. */
	'log.on': text('a string'),
	/** Label of a step's notes, on the step page, the log and the Markdown. */
	'log.notes': text('a string'),
	/** Hint under the notes field. */
	'log.noteHint': text('a string'),
	/** Characters used in a note: {count} of {max}. */
	'log.count': text('a string'),
	/** Shown once a note is saved. */
	'log.noteSaved': text('a string'),
	/** A note or link refused because the record would pass its limit. */
	'log.tooBig': text('a string'),
	/** Under a note or link typed while this browser is not saving progress: kept on this page only. */
	'log.notSaved': text('a string'),
	/** Label of the link to what the learner made. */
	'log.built': text('a string'),
	/** Before that link, on the log and in the Markdown. */
	'log.builtShort': text('a string'),
	/** Hint under the link field. */
	'log.builtHint': text('a string'),
	/** The link typed is not a URL. */
	'log.builtNotUrl': text('a string'),
	/** The link typed is not https. */
	'log.builtNotHttps': text('a string'),
	/** "What I built" link problem: it holds invisible characters that change the direction of the text, so it would not read as it goes. */
	'log.builtHidden': text('a string'),
	/** The link typed is too long: {max}. */
	'log.builtLong': text('a string'),
	/** Shown once a link is saved. */
	'log.builtSaved': text('a string'),
	/** Checkbox: the learner skips the step. */
	'log.skip': text('a string'),
	/** A skipped step's status, in words. */
	'log.status.skipped': text('a string'),
	/** Beside the progress count: steps skipped, out of the count. */
	'log.skipped': text('a string'),
	/** A ticked resource whose URL changed since. */
	'log.updated.url': text('a string'),
	/** A ticked resource whose title changed since. */
	'log.updated.title': text('a string'),
	/** A ticked resource whose URL and title changed since. */
	'log.updated.both': text('a string'),
	/** On the overview: {resource} (to read, to do) changed since ticked. */
	'log.updatedOn': text('a string'),
	/** Button hiding an update notice. */
	'log.dismiss': text('a string'),
	/** Link from a step page to the log. */
	'log.open': text('a string'),
	/** On the log: a step without a note. */
	'log.noNote': text('a string'),
	// The learning log carried out of this tab: the import preview's lines for notes, links and skips; the hand-off's word on notes.
	/** Import preview: a note the import writes for {step}. */
	'logImport.note': text('a string'),
	/** Import preview: a note the import erases for {step}. */
	'logImport.noteErased': text('a string'),
	/** Import preview: a "what I built" link the import writes for {step}. */
	'logImport.built': text('a string'),
	/** Import preview: a "what I built" link the import removes for {step}. */
	'logImport.builtRemoved': text('a string'),
	/** Import preview: {step} the import marks as known already ("Je connais déjà"). */
	'logImport.skipped': text('a string'),
	/** Import preview: {step} the import brings back into the path (its skip undone). */
	'logImport.unskipped': text('a string'),
	/** In the hand-off section, when the record holds notes, links or a plan: the link does not carry them, the file does. */
	'logHandoff.notesStay': text('a string'),
	/** Button beside it: downloads the progress file, as the export does. */
	'logHandoff.download': text('a string'),
	// Mon plan (issue #23): the learner's pace, a dated plan per step, the calendar file, the overview's sentence.
	/** Heading of the plan's section on the progress page, and the link to it from the overview. */
	'plan.title': text('a string'),
	/** Sentence under that heading. */
	'plan.intro': text('a string'),
	/** Says where the estimates come from, after the addition label: {hours} of practice per step when the content gives none. */
	'plan.estimates': text('a string'),
	/** Without JavaScript, why the plan is absent. */
	'plan.needsJs': text('a string'),
	/** Label of the hours-a-week field. */
	'plan.pace': text('a string'),
	/** Hint under it: {max} hours at most. */
	'plan.paceHint': text('a string'),
	/** Label of the optional start date field. */
	'plan.start': text('a string'),
	/** Hint under it. */
	'plan.startHint': text('a string'),
	/** Button: save the pace and start and show the plan. */
	'plan.make': text('a string'),
	/** Shown when the hours a week are not a number in range: {max}. */
	'plan.badPace': text('a string'),
	/** Announced once the plan is saved and shown. */
	'plan.saved': text('a string'),
	/** Shown when storage is not saving: the plan is kept for this visit only. */
	'plan.notSaved': text('a string'),
	/** Heading of the dated plan. */
	'plan.heading': text('a string'),
	/** Before the learner has chosen a pace. */
	'plan.none': text('a string'),
	/** The plan's last day: {date}. */
	'plan.finish': text('a string'),
	/** When no step is left to plan. */
	'plan.allDone': text('a string'),
	/** Its estimate: {hours}. */
	'plan.hours': text('a string'),
	/** Beside a step planned again because the learner marked it to revisit. */
	'plan.revisit': text('a string'),
	/** Before the list of steps taken out of the plan. */
	'plan.out': text('a string'),
	/** A step taken out because it is done: {step}. */
	'plan.outDone': text('a string'),
	/** A step taken out because the learner knows it already: {step}. */
	'plan.outSkipped': text('a string'),
	/** Button: download the plan as an .ics file for the learner's calendar. */
	'plan.calendar': text('a string'),
	/** Under it: what the file does. */
	'plan.calendarHint': text('a string'),
	/** The calendar's name in the learner's calendar app: {title} of the path. */
	'plan.calendarName': text('a string'),
	/** In each event's description, above the link to the step page. */
	'plan.calendarPage': text('a string'),
	/** Announced once the calendar file is downloaded. */
	'plan.downloaded': text('a string'),
	/** Button: remove the plan. */
	'plan.remove': text('a string'),
	/** Announced once the plan is removed. */
	'plan.removed': text('a string'),
	/** Where the plan travels: in the file, not in the hand-off link. */
	'plan.stays': text('a string'),
	/** On the overview, for a learner with a plan: {number} of the step planned now and the last {date} planned for it. */
	'plan.standing': text('a string'),
	/** The same before the plan starts: {date} it starts. */
	'plan.standingLater': text('a string'),
	/** Checkbox on a done or skipped step: the learner means to come back to it ("revoir"). */
	'log.revisit': text('a string'),
	/** On the log, beside a step marked to revisit. */
	'log.revisitShown': text('a string'),
	/** Heading of the log's list of the weeks in which something was ticked. */
	'log.activity': text('a string'),
	/** One week of it: {date} its Monday, {count} boxes ticked that week. */
	'log.activityWeek': text('a string'),
	/** When nothing is ticked yet. */
	'log.activityNone': text('a string'),
	/** Import preview: {step} the import marks to revisit. */
	'logImport.revisit': text('a string'),
	/** Import preview: {step} no longer to revisit. */
	'logImport.unrevisit': text('a string'),
	/** Import preview: the plan the import brings (its pace and start). */
	'logImport.plan': text('a string'),
	/** Import preview: the import removes the plan. */
	'logImport.planRemoved': text('a string'),
	/** On the root (the source's overview), in each other edition's language: the link offered to readers whose browser prefers that language. */
	'suggest.switch': text('a string'),
} satisfies Record<string, unknown> & Record<`resource.kind.${ResourceKind}`, unknown>;

/**
 * The UI strings of one edition: any subset of the keys, no unknown key; in a
 * translation, `sourceHash` records the source ui.json it was translated from.
 */
export const uiSchema = strictObject(
	{ ...uiShape, sourceHash },
	'a UI strings file',
	'sourceHash and the keys listed in src/shared/schemas/ui.ts',
).partial();

export type UiKey = keyof typeof uiShape;
export type UiStrings = Record<UiKey, string>;
export const uiKeys = Object.keys(uiShape) as UiKey[];
