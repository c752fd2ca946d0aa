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
 * written the box's message. The step's boxes are the page's only ones: all
 * ticked means the step is done.
 */
export const wayOnScript = (): string =>
	`(()=>{const w=document.currentScript.previousElementSibling;addEventListener("change",e=>{const b=e.target;if(!b.matches("input[data-mark]")||!b.checked||document.querySelector("input[data-mark]:not(:checked)"))return;w.scrollIntoView({block:"nearest"});for(const l of document.querySelectorAll("[data-live]"))l.textContent+=" "+w.dataset.wayOn})})()`;
