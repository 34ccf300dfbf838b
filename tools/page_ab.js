// A/B of two (or more) builds of the playground on one machine, whose load skews single runs:
// page loads alternate between the sites (ABBA order), each in a fresh context without the
// idle warm-up (as tools/page_bench.js's even loads), and per site it prints the medians of
// load → actor ready (`data-ready-ms`), first contentful paint, the compile at load the page
// notes, and the CPU time of the page's main thread and of its whole process until ready,
// then every load's ready time.
// usage: NODE_PATH=e2e/node_modules node tools/page_ab.js LOADS http://127.0.0.1:PORT_A/ http://127.0.0.1:PORT_B/
// with each build's dist/ served on its port (`python3 -m http.server PORT --directory DIR`).
const { chromium } = require('playwright-core');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** One fresh load of `url`: its measures. */
async function load(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => { window.requestIdleCallback = () => 0; });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  const before = await metrics();
  await page.goto(url);
  await page.waitForSelector('.app[data-ready="true"]', { timeout: 60000, polling: 5 });
  const after = await metrics();
  const r = await page.evaluate(() => ({
    ready: Number(document.documentElement.getAttribute('data-ready-ms')),
    fcp: Math.round((performance.getEntriesByName('first-contentful-paint')[0] || { startTime: NaN }).startTime),
    note: [...document.querySelectorAll('[data-testid=console] [data-kind=info]')].map((l) => l.textContent).find((t) => /^Compiled .* in [\d.]+ ms/.test(t)),
  }));
  await context.close();
  return {
    ready: r.ready,
    fcp: r.fcp,
    compile: parseFloat(r.note.match(/in ([\d.]+) ms/)[1]),
    main: Math.round((after.ThreadTime - before.ThreadTime) * 1000),
    all: Math.round((after.ProcessTime - before.ProcessTime) * 1000),
  };
}

(async () => {
  const loads = Number(process.argv[2]);
  const urls = process.argv.slice(3);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const runs = urls.map(() => []);
  for (let i = 0; i < loads; i++) {
    for (let k = 0; k < urls.length; k++) {
      const j = i % 2 ? urls.length - 1 - k : k;
      runs[j].push(await load(browser, urls[j]));
    }
  }
  console.log('| site | ready | first paint | compile at load | main thread CPU | process CPU | ready, each load |\n|---|---|---|---|---|---|---|');
  urls.forEach((url, j) => {
    const m = (key) => median(runs[j].map((r) => r[key]));
    console.log(`| ${url} | ${m('ready')} | ${m('fcp')} | ${m('compile')} | ${m('main')} | ${m('all')} | ${runs[j].map((r) => r.ready).join(' ')} |`);
  });
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
