/**
 * The update notice's behaviour (UpdateNotice.astro), loaded by the offline
 * script (src/browser/inline/offline-script.ts) only once a new version is ready, so that
 * no page carries it before then. Compiled after the build, like the worker,
 * to `<base>update-notice.js` (src/build/integrations/offline-worker.ts): a fixed
 * address the inline script can name.
 *
 * "Reload" lets the waiting worker take over, then reloads this tab only
 * (another tab may already have let it in: then at once); "later" hides the
 * notice. Nothing ever reloads by itself.
 */
const notice = document.querySelector<HTMLElement>('[data-update]');
const workers = navigator.serviceWorker;
if (notice) {
	notice.hidden = false;
	notice.onclick = async (event) => {
		const action = (event.target as Element).closest<HTMLElement>('[data-update-action]')?.dataset.updateAction;
		if (action === 'later') notice.hidden = true;
		if (action !== 'reload') return;
		const waiting = (await workers.getRegistration())?.waiting;
		if (waiting && workers.controller) workers.addEventListener('controllerchange', () => location.reload());
		else location.reload();
		waiting?.postMessage('skipWaiting');
	};
}
