import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'] });
const [,, path, name, width, scheme, js] = process.argv;
const ctx = await b.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme || 'light', javaScriptEnabled: js !== 'nojs' });
const p = await ctx.newPage();
await p.goto('http://127.0.0.1:4411/' + path);
if (process.env.CLICK) { for (const sel of process.env.CLICK.split(',')) await p.click(sel); }
await p.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
await b.close();
