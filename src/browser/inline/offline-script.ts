/**
 * Keeping the site on this device, from the browser's side: an inline script
 * (hashed into the policy like the theme's) that asks the browser, at a box's
 * first tick, to keep the site's storage (`navigator.storage.persist()`; the
 * progress page says whether it agreed), and registers the worker at `<base>sw.js` once
 * the page has loaded. When a new version is ready (told by the new worker,
 * src/browser/worker/service-worker.ts, or found waiting at registration), it loads the
 * notice's code, `<base>update-notice.js` (src/browser/worker/update-notice.ts), which shows
 * UpdateNotice.astro and handles its buttons.
 *
 * Inline rather than in the tracker's module because the tracker starts after
 * the first paint (after-paint.ts), when the page's `load` may be past, and
 * because every byte there counts against the 2 KB every page loads; this
 * costs each page under 0.3 KB of HTML (tests/unit/offline-script.test.ts). Without service workers it only asks to persist.
 */
export function offlineScript(base: string): string {
	const at = (file: string) => JSON.stringify(`${base}${file}`);
	return `(()=>{addEventListener("change",e=>e.target.matches?.("input[data-mark]")&&navigator.storage?.persist?.());const w=navigator.serviceWorker;if(!w)return;const show=()=>import(${at('update-notice.js')});w.onmessage=e=>e.data==="update"&&show();const go=()=>w.register(${at('sw.js')}).then(r=>r.waiting&&w.controller&&show(),()=>{});document.readyState==="complete"?go():addEventListener("load",go)})()`;
}
