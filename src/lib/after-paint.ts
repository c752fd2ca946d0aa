/**
 * Bundled scripts wait for the first paint: the build wraps each one in
 * `<template data-after-paint>` (astro.config.mjs), which the browser neither
 * fetches nor runs, and this inline script (in every page's <head>, hashed
 * into the policy) puts the template's content in place once the page has
 * painted; the copied script is not parser-inserted, so it runs. Without
 * JavaScript nothing changes: the scripts never ran anyway.
 */
export const afterPaintScript = `addEventListener("DOMContentLoaded",()=>requestAnimationFrame(()=>setTimeout(()=>{for(const t of document.querySelectorAll("template[data-after-paint]"))t.replaceWith(t.content.cloneNode(true))})))`;
