// Fresh loads of the page with Chromium's trace recorded until the actor example is ready
// (no idle warm-up, as a first visit that stays busy): the shared part of page_trace.js and
// page_profile.js. `each(events, threads, ready, i)` gets each load's trace events, its
// threads' names by `pid/tid`, and the page's load → ready in ms.
const { chromium } = require('playwright-core');
const { mkdtempSync, readFileSync, rmSync } = require('fs');
const { join } = require('path');
const { tmpdir } = require('os');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function tracedLoads(url, loads, categories, each) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const dir = mkdtempSync(join(tmpdir(), 'page-trace-'));
  try {
    for (let i = 0; i < loads; i++) {
      const page = await (await browser.newContext()).newPage();
      await page.addInitScript(() => { window.requestIdleCallback = () => 0; });
      const path = join(dir, `${i}.json`);
      await browser.startTracing(page, { path, categories });
      await page.goto(url);
      await page.waitForSelector('.app[data-ready="true"]', { timeout: 60000, polling: 5 });
      const ready = await page.evaluate(() => document.documentElement.getAttribute('data-ready-ms'));
      await browser.stopTracing();
      await page.context().close();
      const trace = JSON.parse(readFileSync(path, 'utf8'));
      const events = trace.traceEvents || trace;
      const threads = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}/${e.tid}`, e.args.name]));
      each(events, threads, ready, i);
    }
  } finally {
    rmSync(dir, { recursive: true });
    await browser.close();
  }
}

module.exports = { tracedLoads };
