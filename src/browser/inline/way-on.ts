/**
 * On a step page, the tick that completes the step makes the way on obvious:
 * the line under the boxes (WayOn.astro) turns into the link on, is scrolled
 * into view if needed, and its `data-way-on` text is said after the box's own
 * message, in the tracker's polite live region.
 *
 * A small inline script rather than tracker code, which has no bytes to spare
 * under its 2 KB budget; hashed into the page's Content-Security-Policy like
 * the theme script (csp.ts). It listens on `window`, so it runs after the
 * tracker's `document` listener has saved the tick, shown the link and
 * written the box's message. The step's read and do boxes are the page's only
 * ones (its "I know this" box is not one: it does not complete a step): all
 * ticked means the step is done.
 */
import { KINDS } from '../../shared/progress/record.ts';

export function wayOnScript(): string {
	const boxes = JSON.stringify(KINDS.map((kind) => `input[data-mark="${kind}"]`).join(','));
	return `(()=>{const w=document.currentScript.previousElementSibling,k=${boxes};addEventListener("change",e=>{const b=e.target;if(!b.matches(k)||!b.checked||[...document.querySelectorAll(k)].some(x=>!x.checked))return;w.scrollIntoView({block:"nearest"});for(const l of document.querySelectorAll("[data-live]"))l.textContent+=" "+w.dataset.wayOn})})()`;
}
