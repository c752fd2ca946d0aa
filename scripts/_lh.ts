import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { browserLaunchOptions } from './browser.ts';
for (const path of (process.argv[2] ?? ',fr/').split(',')) for (let i = 0; i < Number(process.argv[3] ?? 2); i++) {
  const chrome = await chromeLauncher.launch({ chromePath: browserLaunchOptions.executablePath, chromeFlags: ['--headless=new', ...(browserLaunchOptions.args ?? [])] });
  const url = 'http://127.0.0.1:4430/roadmap/' + path;
  const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], blockedUrlPatterns: process.env.BLOCK ? process.env.BLOCK.split(' ') : [], precomputedLanternData: { additionalRttByOrigin: { 'http://127.0.0.1:4430': 0 }, serverResponseTimeByOrigin: { 'http://127.0.0.1:4430': 30 } } });
  const a = r!.lhr.audits;
  console.log('/' + path, 'perf', r!.lhr.categories.performance.score, 'TBT', a['total-blocking-time'].numericValue, 'LCP', Math.round(a['largest-contentful-paint'].numericValue), 'FCP', Math.round(a['first-contentful-paint'].numericValue));
  console.log('  long tasks:', JSON.stringify((a['long-tasks'].details as any)?.items?.map((t: any) => [t.url?.replace(/.*\//, ''), Math.round(t.startTime), Math.round(t.duration)])));
  console.log('  breakdown:', JSON.stringify((a['mainthread-work-breakdown'].details as any)?.items?.map((t: any) => [t.group, Math.round(t.duration)])));
  chrome.kill();
}
