/**
 * What is typed in a step's note or link before the editor's code has arrived
 * is kept: the editor (src/browser/tracker/notes.ts) loads on first use, and
 * a learner on a slow connection can type, and leave the page, before it has
 * (nothing else then saves the text: the tracker's replay of early `change`
 * events, after-paint.ts, only helps once that code arrives). This script,
 * hashed into the step page's policy, writes the two fields to storage at
 * every keystroke, beside the record (`draftKey`, record.ts), until the editor
 * marks the log `data-owned`; and it puts a kept draft back in the empty
 * fields, so the learner finds the text where it was, and marks the log
 * `data-eager` so that the tracker loads the editor at once (tracker.ts,
 * `start`): it counts the text, saves it into the record, or gives way to a
 * field the record holds from later, and removes the draft.
 *
 * At the end of the body (BaseLayout's `end` slot), not in the head: the
 * parser has built the whole page when it runs, so it puts the draft back
 * at once, with no observer and no DOMContentLoaded, and holds up no part of
 * the page's layout. In the head, it cost the step page its first paint
 * against the stripped copy (LCP ratio 1.13 with a MutationObserver, 1.20
 * with DOMContentLoaded, in two gate runs of five; docs/benchmarks.md).
 *
 * Inline rather than tracker code: it must run before any bundled script, and
 * the tracker has no bytes to spare under its 2 KB budget; a step page has.
 */
import { draftKey } from '../../shared/progress/draft.ts';

export const LOG = '[data-log="notes"][data-for]';

export function logDraftsScript(roadmap: string, base: string): string {
	const prefix = JSON.stringify(draftKey(roadmap, base, ''));
	const log = JSON.stringify(LOG);
	return `(()=>{const b=document.querySelector(${log});if(!b)return;const k=${prefix}+b.dataset.for,v=n=>b.querySelector("[data-"+n+"]");let d;try{d=JSON.parse(localStorage.getItem(k))}catch{}if(d)for(const n of["note","built"]){const f=v(n);if(f&&!f.value&&d[n])f.value=d[n],b.dataset.eager=""}b.addEventListener("input",()=>{if(!b.hasAttribute("data-owned"))try{localStorage.setItem(k,JSON.stringify({note:v("note").value,built:v("built").value,at:new Date().toISOString()}))}catch{}})})()`;
}
