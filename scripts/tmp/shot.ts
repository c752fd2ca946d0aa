import { chromium } from '@playwright/test';
import { launchOptions } from '../browser.ts';
import { serveLocally } from '../serve-pages.ts';
const { server, origin } = await serveLocally([{ dir: 'dist', base: '/roadmap/' }]);
const browser = await chromium.launch(launchOptions);
for (const [path, width] of process.argv.slice(2).map((a) => a.split('@'))) {
	const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
	await page.goto(`${origin}/roadmap/${path}`, { waitUntil: 'networkidle' });
	await page.screenshot({ path: `/tmp/shot-${path.replace(/\//g, '_')}-${width}.png` });
	await page.close();
}
await browser.close();
server.close();
