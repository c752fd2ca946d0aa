import { chromium } from '@playwright/test';
import { browserLaunchOptions } from './browser.ts';
const b = await chromium.launch(browserLaunchOptions);
for (let i = 0; i < 3; i++) {
  const ctx = await b.newContext({ viewport: { width: 412, height: 823 } });
  const p = await ctx.newPage();
  await b.startTracing(p, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
  await p.goto('http://127.0.0.1:4430/roadmap/' + (process.argv[2] ?? ''), { waitUntil: 'load' });
  await p.waitForTimeout(3000);
  const buf = await b.stopTracing();
  const ev = JSON.parse(buf.toString()).traceEvents as any[];
  const main = ev.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0]?.processId;
  const fcp = ev.find((e) => e.name === 'firstContentfulPaint');
  const nav = ev.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)?.ts ?? fcp?.ts;
  // main renderer thread: the thread with ParseHTML
  const tid = ev.find((e) => e.name === 'ParseHTML')?.tid;
  const pid = ev.find((e) => e.name === 'ParseHTML')?.pid;
  const tasks = ev.filter((e) => e.pid === pid && e.tid === tid && e.name === 'RunTask' && e.dur > 4000);
  console.log('run', i, 'FCP at', fcp ? Math.round((fcp.ts - nav) / 1000) : '?');
  for (const t of tasks) {
    const kids = ev.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== 'RunTask' && e.dur > (t.dur > 12000 && t.dur < 25000 ? 200 : 1000));
    const agg: Record<string, number> = {};
    for (const k of kids) agg[(k.cat.includes('v8')?'':'') + k.name + (k.args?.data?.stackTrace?.[0]?.functionName ? ' st=' + k.args.data.stackTrace[0].functionName : '') + (k.args?.data?.url ? ' ' + String(k.args.data.url).replace(/.*\//, '') : '') + (k.args?.data?.functionName ? ' fn=' + k.args.data.functionName : '')] = Math.max(agg[k.name] ?? 0, Math.round(k.dur / 100) / 10);
    console.log('  task at', Math.round((t.ts - nav) / 1000), 'dur', Math.round(t.dur / 1000), JSON.stringify(Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 14)));
  }
  await ctx.close();
}
await b.close();
