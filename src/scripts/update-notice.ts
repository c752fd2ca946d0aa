/**
 * Shows the notice that a new version of the site is ready (markup and words
 * in src/components/UpdateNotice.astro). Loaded by tracker.ts only when there
 * is one; showing it is all that importing this module does. Nothing reloads
 * by itself: "reload" lets the waiting worker take over, then reloads this tab
 * only (other tabs keep what they show); "later" hides the notice. Progress
 * lives in localStorage, so a reload loses no tick.
 */
const worker = navigator.serviceWorker;
const notice = document.querySelector<HTMLElement>('[data-update]');

async function reload() {
	const waiting = (await worker.getRegistration())?.waiting;
	// Another tab may already have let the new version in; a page the worker does not control reloads at once.
	if (waiting && worker.controller) worker.addEventListener('controllerchange', () => location.reload());
	else location.reload();
	waiting?.postMessage('skipWaiting');
}

if (notice) {
	notice.hidden = false;
	notice.addEventListener('click', (event) => {
		const action = (event.target as Element).closest<HTMLElement>('[data-update-action]')?.dataset.updateAction;
		if (action === 'later') notice.hidden = true;
		if (action === 'reload') void reload();
	});
}

// A module, imported for its effect by tracker.ts.
export {};
