import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { launchOptions } from '../browser.ts';
import { strippedMirror, waitForQuietCpu } from '../floor.ts';
import { serveLocally } from '../serve-pages.ts';

const { server, origin } = await serveLocally([{ dir: 'dist', base: '/roadmap/' }]);
const mirror = await strippedMirror(origin);
const paths = process.argv.slice(2);
for (const path of paths) {
	for (const [label, url] of [['page', `${origin}/roadmap/${path}`], ['stripped', mirror.url(`${origin}/roadmap/${path}`)]]) {
		for (let i = 0; i < 2; i++) {
			await waitForQuietCpu(30);
			const chrome = await chromeLauncher.launch({ chromePath: launchOptions.executablePath ?? chromium.executablePath(), chromeFlags: ['--headless=new', ...(launchOptions.args ?? [])] });
			const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
			chrome.kill();
			const a = r!.lhr.audits;
			const bd = (a['mainthread-work-breakdown']?.details as any)?.items?.map((x: any) => `${x.group}:${Math.round(x.duration)}`).join(' ');
			const lcpEl = (a['largest-contentful-paint-element']?.details as any)?.items?.[0]?.items?.[0]?.node?.snippet;
			console.log(path, label, 'LCP', Math.round(a['largest-contentful-paint']!.numericValue!), 'FCP', Math.round(a['first-contentful-paint']!.numericValue!), bd, (lcpEl ?? '').slice(0, 80));
		}
	}
}
mirror.close();
server.close();
