/**
 * The engine journeys in WebKitGTK's MiniBrowser, driven by Debian's
 * WebKitWebDriver (classic WebDriver, through selenium-webdriver). The
 * MiniBrowser has no headless mode here, so the driver runs under xvfb-run
 * when there is no display. One session per worker: starting one takes
 * seconds, so a fresh profile is the same session with the origin's storage,
 * service workers and caches wiped (journeys use one profile after the other).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { type Engine, type InPage, listenForViolations, type Profile, type Tab } from '../driver.ts';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = ['webkit2gtk-4.1', 'webkit2gtk-4.0']
	.flatMap((api) => [`/usr/lib/x86_64-linux-gnu/${api}/MiniBrowser`, `/usr/lib/aarch64-linux-gnu/${api}/MiniBrowser`])
	.find((path) => existsSync(path));

const freePort = () =>
	new Promise<number>((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});

/**
 * WebKitWebDriver on a free port: on the display there is, else under xvfb-run;
 * with `screen` ("375x812x24"), always on an X server of that size of its own
 * (scripts/engine-screenshots.ts).
 */
export async function startDriver(screen?: string): Promise<{ url: string; child: ChildProcess }> {
	const port = await freePort();
	const command = screen
		? ['xvfb-run', '-a', '-s', `-screen 0 ${screen}`, WEBKIT_DRIVER]
		: process.env.DISPLAY
			? [WEBKIT_DRIVER]
			: ['xvfb-run', '-a', WEBKIT_DRIVER];
	const [program = WEBKIT_DRIVER, ...args] = command;
	const child = spawn(program, [...args, `--port=${port}`], { stdio: 'ignore', detached: true });
	const url = `http://127.0.0.1:${port}`;
	for (let tries = 0; tries < 100; tries++) {
		if (
			await fetch(`${url}/status`).then(
				(response) => response.ok,
				() => false,
			)
		)
			return { url, child };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${WEBKIT_DRIVER} did not answer on port ${port} within 10 s`);
}

export const session = (url: string, args: string[] = []) =>
	new Builder()
		.usingServer(url)
		.withCapabilities({
			browserName: 'MiniBrowser',
			'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...args] },
		})
		.build();

export async function stop(driver: WebDriver, child: ChildProcess) {
	await driver.quit();
	// xvfb-run and its X server go with the driver: they share its process group.
	if (child.pid) process.kill(-child.pid);
}

function tab(driver: WebDriver, handle: string, base: string): Tab {
	const here = async () => void (await driver.switchTo().window(handle));
	const run = async <A, R>(fn: InPage<A, R>, arg: A): Promise<R> => {
		await here();
		// Classic WebDriver has no init scripts: the violation listener starts with the journey's first look at the page.
		return driver.executeScript(
			`(${listenForViolations.toString()})(); return (${fn.toString()}).call(null, arguments[0]);`,
			arg,
		);
	};
	return {
		go: async (path) => {
			await here();
			const url = new URL(path, base).href;
			// WebKitWebDriver may answer a navigation in a tab just opened with an error and no message (a fork's
			// whole suite, 2026-12-04), as it does a script run there (page.ts): once more, a moment later.
			await driver.get(url).catch(async (error: Error) => {
				if (error.message) throw error;
				await new Promise((resolve) => setTimeout(resolve, 500));
				await driver.get(url);
			});
		},
		reload: async () => {
			await here();
			await driver.navigate().refresh();
		},
		click: async (selector) => {
			await here();
			await driver.findElement(By.css(selector)).click();
		},
		type: async (selector, text) => {
			await here();
			const field = await driver.findElement(By.css(selector));
			await field.clear();
			await field.sendKeys(text);
		},
		run,
	};
}

/** Forgets everything the origin stored, as a fresh profile would have it. */
async function wipe() {
	localStorage.clear();
	sessionStorage.clear();
	// The page registers the worker at its load, its install (a first visit's downloads) maybe still under way: wait
	// for it (at most 15 s), or it comes back after the wipe and installs while the next journey runs (a page's scripts
	// then did not start within 10 s: twice with a 5 s wait, once under the whole suite's load, 2026-12-04).
	await Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 15_000))]);
	for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
	for (const name of await caches.keys()) await caches.delete(name);
}

export async function launchWebKit(base: string): Promise<Engine> {
	const { url, child } = await startDriver();
	const driver = await session(url);
	const first = await driver.getWindowHandle();
	const capabilities = await driver.getCapabilities();
	// WebKitWebDriver holds one session: the page without JavaScript gets a driver of its own.
	let noScript: { driver: WebDriver; child: ChildProcess } | undefined;
	return {
		version: `WebKitGTK ${String(capabilities.get('browserVersion'))}`,
		listensFromStart: false,
		async freshProfile(): Promise<Profile> {
			for (const handle of await driver.getAllWindowHandles())
				if (handle !== first)
					await driver
						.switchTo()
						.window(handle)
						.then(() => driver.close());
			const start = tab(driver, first, base);
			await start.go('');
			await start.run(wipe, null);
			let opened = false;
			return {
				open: async () => {
					if (!opened) return ((opened = true), start);
					await driver.switchTo().newWindow('tab');
					return tab(driver, await driver.getWindowHandle(), base);
				},
				secondTab: async () => {
					await driver.switchTo().newWindow('tab');
					return tab(driver, await driver.getWindowHandle(), base);
				},
				// Classic WebDriver has no network conditions.
				offline: null,
			};
		},
		async noScriptTab() {
			if (!noScript) {
				const other = await startDriver();
				noScript = { driver: await session(other.url, ['--enable-javascript=false']), child: other.child };
			}
			return tab(noScript.driver, await noScript.driver.getWindowHandle(), base);
		},
		async endTest() {
			if (noScript) await stop(noScript.driver, noScript.child);
			noScript = undefined;
		},
		quit: () => stop(driver, child),
	};
}
