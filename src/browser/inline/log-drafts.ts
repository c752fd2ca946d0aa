/**
 * What is typed in a step's note or link before the editor's code has arrived
 * is kept: the editor (src/browser/tracker/notes.ts) loads on first use, and
 * a learner on a slow connection can type, and leave the page, before it has
 * (nothing else then saves the text: the tracker's replay of early `change`
 * events, after-paint.ts, only helps once that code arrives). This script, in
 * the step page's head and hashed into its policy, writes the two fields to
 * storage at every keystroke, beside the record (`draftKey`, record.ts),
 * until the editor marks the log `data-owned`; and when the page is parsed
 * again (DOMContentLoaded, before the first paint of a page this size) it puts
 * a kept draft back in the empty fields, so the learner finds the text where
 * it was, and marks the log `data-eager` so that the tracker loads the editor
 * at once (tracker.ts, `start`): it counts the text, saves it into the record,
 * or gives way to a field the record holds from later, and removes the draft.
 * No MutationObserver (when-parsed.ts): with one, the step page's LCP against
 * its stripped copy rose (median 757 against 738 ms without the script, runs
 * up to 842 ms), and the gate's ratio missed once (1.13).
 *
 * Inline rather than tracker code: it must run before any bundled script, and
 * the tracker has no bytes to spare under its 2 KB budget; a step page has.
 */
import { draftKey } from '../../shared/progress/draft.ts';

export const LOG = '[data-log="notes"][data-for]';

export function logDraftsScript(roadmap: string, base: string): string {
	const prefix = JSON.stringify(draftKey(roadmap, base, ''));
	const log = JSON.stringify(LOG);
	return `(()=>{const g=()=>document.querySelector(${log}),v=(b,n)=>b.querySelector("[data-"+n+"]");addEventListener("input",e=>{const b=g();if(!b||b.hasAttribute("data-owned")||!b.contains(e.target))return;try{localStorage.setItem(${prefix}+b.dataset.for,JSON.stringify({note:v(b,"note").value,built:v(b,"built").value,at:new Date().toISOString()}))}catch{}});addEventListener("DOMContentLoaded",()=>{const b=g();let d;try{d=b&&JSON.parse(localStorage.getItem(${prefix}+b.dataset.for))}catch{}if(d)for(const n of["note","built"]){const f=v(b,n);if(f&&!f.value&&d[n])f.value=d[n],b.dataset.eager=""}})})()`;
}
