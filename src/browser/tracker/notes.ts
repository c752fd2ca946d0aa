/**
 * A step's log editor: the note (saved while typing, after a pause, and on
 * leaving), the "what I built" link (checked as typed, saved when valid) and
 * the "updated since you ticked it" notices' dismiss button. Loaded by
 * tracker.ts on first use of [data-log], or at once when the record holds
 * something. Wired by data attributes inside [data-log="notes"][data-for]:
 *
 *   textarea[data-note], [data-note-count], [data-note-state]
 *   input[data-built], [data-built-problem]
 *   button[data-dismiss][data-of][data-mark][data-fp]   re-stamps that tick with the current fingerprint
 *
 */
import { builtProblem } from '../../shared/progress/log.ts';
import { cleanNote } from '../../shared/progress/text.ts';
import { decide } from '../../shared/progress/decide.ts';
import { draftKey } from '../../shared/progress/draft.ts';
import type { Kind } from '../../shared/progress/record.ts';
import { updateKeeping } from '../../shared/progress/keep.ts';
import { announce, change, state, onRender, place, show, stepIds } from './state.ts';
import './updates.ts';
import { remember, storageGet } from './helpers.ts';
import { t } from './words.ts';

/** What each problem of a link is called (builtProblem in log.ts). */
const problems = {
	hidden: 'log.builtHidden',
	notUrl: 'log.builtNotUrl',
	notHttps: 'log.builtNotHttps',
	long: 'log.builtLong',
} as const;

const root = document.querySelector<HTMLElement>('[data-log="notes"][data-for]') as HTMLElement;
const id = root.dataset.for as string;
const note = root.querySelector<HTMLTextAreaElement>('[data-note]') as HTMLTextAreaElement;
const built = root.querySelector<HTMLInputElement>('[data-built]') as HTMLInputElement;
const find = (name: string) => root.querySelector<HTMLElement>(`[data-${name}]`) as HTMLElement;

const count = () => (find('note-count').textContent = t('log.count', { count: note.value.length }));

/** Saves `field` of this step when it differs from what is held; says whether it was kept or refused. */
function save(field: 'note' | 'built', value: string, where: HTMLElement, saved: string) {
	const held = state.record.items[id]?.[field];
	if ((held && 'text' in held ? held.text : held && 'url' in held ? held.url : '') === value) return;
	// Through keep.ts, which refuses a change that would take the record past its limit (a tick cannot).
	show(
		updateKeeping(
			place,
			state,
			(record) => decide(record, id, field, (field === 'note' ? { text: value } : { url: value }) as never),
			stepIds(),
		),
	);
	// Outside `saved` mode the change lives in this page only: never called saved.
	const said = state.refused ? t('log.tooBig') : state.mode === 'saved' ? saved : t('log.notSaved');
	where.textContent = said;
	if (said !== saved) announce(said);
}

const saveNote = () => save('note', cleanNote(note.value), find('note-state'), t('log.noteSaved'));

/** Checks the link as typed; saves it once it is valid. Returns whether it is. */
function checkBuilt(store: boolean) {
	const problem = builtProblem(built.value);
	const where = find('built-problem');
	built.setAttribute('aria-invalid', String(!!problem));
	if (problem) where.textContent = t(problems[problem]);
	else if (store) save('built', built.value.trim(), where, t('log.builtSaved'));
	else where.textContent = '';
}

/** What the record holds for this step's note and link ('' for none). */
const held = () => ({
	note: state.record.items[id]?.note?.text ?? '',
	built: state.record.items[id]?.built?.url ?? '',
});

/**
 * Takes over from log-drafts.ts, which kept what was typed before this module
 * arrived (and put a kept draft back in the fields): from now on this module
 * saves. A field the record wrote after the draft was kept (another tab, an
 * import) gives way to the record. The draft goes once storage is saving
 * (outside `saved` mode it is all that outlives the page).
 */
root.toggleAttribute('data-owned', true);
const draft = draftKey(place.roadmap, place.base, id);
let draftAt = '';
try {
	const { at } = JSON.parse(storageGet(draft) ?? '{}') as { at?: unknown };
	if (typeof at === 'string') draftAt = at;
} catch {
	// A draft that does not parse holds no date: the fields keep what they show.
}
for (const [name, field] of [
	['note', note],
	['built', built],
] as const)
	if (draftAt && (state.record.items[id]?.[name]?.at ?? '') > draftAt) field.value = '';
if (state.mode === 'saved') remember(draft);

// What the record holds, unless the learner has already started typing.
const item = held();
if (!note.value) note.value = item.note;
if (!built.value) built.value = item.built;
count();

/** Each field's value as last filled from the record, and the record's value last seen: what tells typing from a change elsewhere. */
const filled = { ...item };
let seen = item;

/**
 * Shows a note or link changed elsewhere (another tab, an import) once the
 * tracker has shown the record, except in a field the learner is editing:
 * focused and changed since it was filled. What is typed is never replaced;
 * a value this page could not save (refused, not a link) stays too, since the
 * record did not change.
 */
onRender.push(() => {
	const now = held();
	for (const [name, field] of [
		['note', note],
		['built', built],
	] as const) {
		if (now[name] === seen[name] || (field === document.activeElement && field.value !== filled[name])) continue;
		filled[name] = now[name];
		if (field.value === now[name]) continue;
		field.value = now[name];
		if (name === 'built') checkBuilt(false);
	}
	seen = now;
	count();
});

let timer: ReturnType<typeof setTimeout> | undefined;
const typed = () => {
	count();
	clearTimeout(timer);
	timer = setTimeout(saveNote, 600);
};
note.addEventListener('input', typed);
// Typed while this module was loading, or kept from before: saved at once; a link the learner has already left, saved if valid.
if (note.value !== item.note) saveNote();
if (built.value !== item.built) checkBuilt(document.activeElement !== built);
const flush = () => {
	clearTimeout(timer);
	saveNote();
};
note.addEventListener('blur', flush);
built.addEventListener('input', () => checkBuilt(false));
built.addEventListener('change', () => checkBuilt(true));
// Leaving the page (or hiding it on a phone) saves what is typed.
window.addEventListener('pagehide', flush);
document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());

/**
 * Events inside [data-log] that the tracker hands over: the dismiss button of
 * an update notice, and the change that loaded this module (the link was left
 * before the listeners above existed).
 */
export function handle(event: Event) {
	if (event.type === 'change' && event.target === built) return checkBuilt(true);
	const button = (event.target as Element).closest<HTMLElement>('button[data-dismiss]');
	if (event.type !== 'click' || !button) return;
	const { of, mark, fp } = button.dataset as { of: string; mark: Kind; fp: string };
	void change((record) => decide(record, of, mark, { done: true, fp }));
	document.querySelector<HTMLElement>(`input[data-mark="${mark}"][data-for="${of}"]`)?.focus();
}
