/**
 * A step page and the progress page at 375 px, one box ticked, in Debian's
 * Firefox ESR and WebKitGTK, for the README's "Browsers" section:
 * docs/screenshots/engine-<engine>-<page>-375.png (Chromium's are
 * scripts/screenshots.ts's).
 *
 *   npm run screenshots:engines        (builds first)
 *
 * WebKitGTK's MiniBrowser window is never narrower than its toolbar (447 px);
 * in full-screen mode it has none, so it runs full screen on an X screen 375
 * px wide (xvfb-run), its window set to that size: the viewport is the phone's
 * (checked before each picture).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { By } from 'selenium-webdriver';
import { launch } from '../tests/engines/drivers/firefox.ts';
import { session, startDriver, stop } from '../tests/engines/drivers/webkit.ts';
import { readEditions } from '../src/build/content-reader.ts';
import { serveLocally } from './serve-pages.ts';

const WIDTH = 375;
const HEIGHT = 812;
// The source edition (first in menu order) and its first step.
const [edition] = readEditions('content');
if (!edition?.steps[0]) throw new Error('content/ holds no edition with a step');
const pages = { step: `${edition.id}/${edition.steps[0].id}/`, progress: `${edition.id}/progress/` };

const served = await serveLocally([{ dir: 'dist', base: '/' }]);
const origin = `${served.origin}/`;
await mkdir('docs/screenshots', { recursive: true });

/** What every engine does: tick the step's first box, wait until it is saved, then a picture of each page. */
interface Shooter {
	go(path: string): Promise<void>;
	/** The page's width against the viewport's: more means the learner scrolls sideways. */
	widths(): Promise<[number, number]>;
	tickFirst(): Promise<void>;
	saved(): Promise<boolean>;
	shot(): Promise<Buffer>;
}

async function shoot(engine: string, shooter: Shooter) {
	await shooter.go(pages.step);
	await shooter.tickFirst();
	for (let tries = 0; tries < 50 && !(await shooter.saved()); tries++) await new Promise((r) => setTimeout(r, 100));
	for (const [name, path] of Object.entries(pages)) {
		await shooter.go(path);
		await new Promise((resolve) => setTimeout(resolve, 1500));
		const [page, viewport] = await shooter.widths();
		if (page > viewport) throw new Error(`${engine}: ${path} is ${page} px wide in a ${viewport} px viewport`);
		const file = `docs/screenshots/engine-${engine}-${name}-${WIDTH}.png`;
		await writeFile(file, await shooter.shot());
		console.log(file);
	}
}

// Once the tracker has run, the box is checked and the record is in storage.
const isSaved = () => Object.keys(localStorage).some((key) => key.startsWith('roadmap-progress:'));
const widths = (): [number, number] => [document.documentElement.scrollWidth, document.documentElement.clientWidth];

const firefox = await launch();
try {
	const page = await firefox.newPage();
	await page.setViewport({ width: WIDTH, height: HEIGHT });
	await shoot('firefox', {
		go: async (path) => void (await page.goto(origin + path, { waitUntil: 'load' })),
		tickFirst: async () => {
			await page.waitForFunction(() => document.querySelector('template[data-after-paint]') === null);
			await page.click('input[data-mark]');
		},
		widths: () => page.evaluate(widths),
		saved: () => page.evaluate(isSaved),
		shot: async () => Buffer.from(await page.screenshot()),
	});
} finally {
	await firefox.close();
}

const { url, child } = await startDriver(`${WIDTH}x${HEIGHT}x24`);
try {
	const webkit = await session(url, ['--full-screen']);
	try {
		// The window starts at 1,024 px; sized to the screen, it is as narrow as a full-screen window without a toolbar gets.
		await webkit.manage().window().setRect({ x: 0, y: 0, width: WIDTH, height: HEIGHT });
		await shoot('webkit', {
			go: (path) => webkit.get(origin + path),
			tickFirst: async () => {
				await webkit.wait(
					async () => webkit.executeScript<boolean>("return !document.querySelector('template[data-after-paint]')"),
					10_000,
				);
				await webkit.findElement(By.css('input[data-mark]')).click();
			},
			widths: () => webkit.executeScript<[number, number]>(`return (${widths.toString()})()`),
			saved: () => webkit.executeScript<boolean>(`return (${isSaved.toString()})()`),
			shot: async () => {
				// Full screen takes effect once a page shows; a window that kept its toolbar would be wider.
				const width = await webkit.executeScript<number>('return innerWidth');
				if (width !== WIDTH) throw new Error(`WebKit's viewport is ${width} px wide, not ${WIDTH}`);
				return Buffer.from(await webkit.takeScreenshot(), 'base64');
			},
		});
	} finally {
		await stop(webkit, child);
	}
} finally {
	served.server.close();
}
