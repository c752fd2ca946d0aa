/**
 * The small interface the engine journeys (journeys.spec.ts) are written
 * against, so that one description runs in Chromium (Playwright), Firefox
 * (puppeteer-core over WebDriver BiDi) and WebKitGTK (classic WebDriver).
 * A driver says what it cannot do by leaving a capability out (`null`), and
 * the journey that needs it is reported as not verified for that engine.
 */

/** A function run in the page: self-contained (it is sent as text), its argument and result JSON. */
export type InPage<A, R> = (arg: A) => R | Promise<R>;

/** One tab of a browser profile. Paths are relative to the site's base (`fr/…`) or absolute URLs. */
export interface Tab {
	/** Opens a page and waits for its load event. */
	go(path: string): Promise<void>;
	reload(): Promise<void>;
	/** A real click on the element a CSS selector finds. */
	click(selector: string): Promise<void>;
	/** Types into a field (replacing what it holds), as a learner would. */
	type(selector: string, text: string): Promise<void>;
	/** Runs a function in the page and returns its result. */
	run<A, R>(fn: InPage<A, R>, arg: A): Promise<R>;
}

/** A browser profile: its own storage, service workers and caches. */
export interface Profile {
	open(): Promise<Tab>;
	/** A second tab on the same profile, or null where the driver has only one. */
	secondTab: (() => Promise<Tab>) | null;
	/** Cuts the profile off the network (and back), or null where the driver cannot. */
	offline: ((on: boolean) => Promise<void>) | null;
}

export interface Engine {
	/** What the README and the report call it: "Chromium 141", "Firefox 153.8.0esr"… */
	readonly version: string;
	/** A profile with nothing stored, as on another device. */
	freshProfile(): Promise<Profile>;
	/** A tab with JavaScript switched off, or null where the driver cannot switch it off. */
	noScriptTab: (() => Promise<Tab>) | null;
	/** Whether a listener added by an init script sees violations during the page's load (else only after it). */
	readonly listensFromStart: boolean;
	/** Closes what one test opened. */
	endTest(): Promise<void>;
	/** Closes the browser (once per worker). */
	quit(): Promise<void>;
}

/**
 * Listens for Content-Security-Policy violations in the page: run by an init
 * script before the page's own where the driver has them, else right after load.
 */
export function listenForViolations() {
	const seen = window as unknown as { violations?: string[] };
	if (seen.violations) return;
	seen.violations = [];
	document.addEventListener('securitypolicyviolation', (event) => {
		seen.violations?.push(`${event.violatedDirective} ${event.blockedURI}`);
	});
}
