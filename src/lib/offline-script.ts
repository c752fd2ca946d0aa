/**
 * Keeping the site on this device, from the browser's side: an inline script
 * (hashed into the policy like the theme's) that asks the browser, at a box's
 * first tick, to keep the site's storage (`navigator.storage.persist()`; the
 * progress page says whether it agreed), and registers the worker at `<base>sw.js` once
 * the page has loaded, and shows the update notice (UpdateNotice.astro) when
 * a new version is ready: told by the new worker (src/service-worker.ts), or
 * found waiting at registration. "Reload" lets the waiting worker take over,
 * then reloads this tab only (another tab may already have let it in: then at
 * once); "later" hides the notice. Nothing ever reloads by itself.
 *
 * Inline rather than in the tracker's module because the tracker starts after
 * the first paint (after-paint.ts), when the page's `load` may be past, and
 * because every byte there counts against the 2 KB every page loads; this
 * costs each page about 0.3 KB of HTML. Without service workers it only asks to persist.
 */
export function offlineScript(base: string): string {
	return `(()=>{addEventListener("change",e=>e.target.matches?.("input[data-mark]")&&navigator.storage?.persist?.());const w=navigator.serviceWorker;if(!w)return;const show=()=>{const n=document.querySelector("[data-update]");if(!n)return;n.hidden=false;n.onclick=e=>{const a=e.target.closest("[data-update-action]")?.dataset.updateAction;if(a==="later")n.hidden=true;if(a==="reload")w.getRegistration().then(r=>{const x=r&&r.waiting;if(x&&w.controller)w.addEventListener("controllerchange",()=>location.reload());else location.reload();x&&x.postMessage("skipWaiting")})}};w.onmessage=e=>e.data==="update"&&show();const go=()=>w.register(${JSON.stringify(`${base}sw.js`)}).then(r=>r.waiting&&w.controller&&show(),()=>{});document.readyState==="complete"?go():addEventListener("load",go)})()`;
}
