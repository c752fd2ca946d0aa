/**
 * An inline script, as text, for the page's head that runs `body` on the
 * element `selector` finds, as soon as the parser has gone past it (it has a
 * next sibling), before the browser paints it: a MutationObserver's callbacks
 * run at the end of each piece of parsing, before any paint. In `body`, `b` is
 * the element. Once only.
 *
 * Why not a script right after the element, which would run at that moment
 * too: the parser stops before a script in the body to paint what it has
 * (Chromium did, on the overview and the root), and lays out the rest of the
 * page in a second, long task after the first paint, which Lighthouse counts
 * as blocking time (the root scored 97). From the head, the body is parsed in
 * one piece and laid out once.
 */
export function whenParsed(selector: string, body: string): string {
	return `(()=>{const go=()=>{const b=document.querySelector(${JSON.stringify(selector)});if(!b||!b.nextSibling)return;${body};return 1},o=new MutationObserver(()=>go()&&o.disconnect());o.observe(document,{childList:true,subtree:true})})()`;
}
