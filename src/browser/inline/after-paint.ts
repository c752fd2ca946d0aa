/**
 * Bundled scripts wait for the first paint: the build wraps each one in
 * `<template data-after-paint>` (astro.config.mjs), which the browser neither
 * fetches nor runs, and this inline script (in every page's <head>, hashed
 * into the policy) puts the template's content in place once the page has
 * painted; the copied script is not parser-inserted, so it runs. Without
 * JavaScript nothing changes: the scripts never ran anyway.
 *
 * "Painted" is the browser's own paint timing entry, which arrives once the
 * paint is on screen: waiting for the next animation frame was not enough, a
 * script requested before the paint was presented counted in Lighthouse's
 * model of a slow phone as something the paint waited for (one round trip
 * more, in one run out of three; scripts/floor.ts). A browser without paint
 * timing, or a page that is never shown, starts them a second after `load`.
 *
 * What the learner changes before those scripts have run is not lost: a box
 * ticked, a file chosen for import, a note changed. Each `change` until then is
 * kept with the box's state at that moment, and once every script has run
 * (its `load` event) it is sent again, so the tracker saves it as if it had
 * been there; the box is first set back to what the learner chose, since the
 * tracker's first render shows what was stored. A script that fails to load
 * lets the others go on.
 *
 * Code loaded later fails in sight: an on-demand module that cannot load (a
 * new version removed it from the server, the connection dropped) leaves a
 * rejected promise nobody handles, and the page's live region then shows its
 * data-failed words as a notice, to the eye and to screen readers
 * (TrackerRegion.astro). Nothing is cleared: what was typed stays in its field.
 * Here rather than in the tracker, whose every byte counts against the 2 KB
 * every page loads: this costs the HTML about 100 bytes.
 */
export const afterPaintScript = `(()=>{let q=[],go=()=>{go=()=>{};let n=1;const done=()=>{if(--n)return;const l=q;q=null;for(const[t,c]of l){if(t.type==="checkbox")t.checked=c;t.dispatchEvent(new Event("change",{bubbles:true}))}};for(const t of document.querySelectorAll("template[data-after-paint]")){const f=t.content.cloneNode(true);for(const s of f.querySelectorAll("script"))n++,s.onload=s.onerror=done;t.replaceWith(f)}done()};addEventListener("change",e=>q&&q.push([e.target,e.target.checked]));addEventListener("unhandledrejection",()=>{const l=document.querySelector("[data-live][data-failed]");l&&(l.textContent=l.dataset.failed,l.className="notice")});addEventListener("load",()=>setTimeout(()=>go(),1e3));if(self.PerformanceObserver?.supportedEntryTypes?.includes("paint"))new PerformanceObserver(()=>setTimeout(()=>go())).observe({type:"paint",buffered:true})})()`;
