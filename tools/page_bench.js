// Measures the built playground in headless Chromium and prints a table: page load until the
// actor example is compiled and instantiated, and compile times of examples in the page.
// usage: node tools/page_bench.js http://127.0.0.1:PORT/
const { chromium } = require('playwright-core');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const url = process.argv[2];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const page = await (await browser.newContext()).newPage();
    await page.goto(url);
    await page.waitForSelector('.app[data-ready="true"]', { timeout: 30000 });
    loads.push(Number(await page.evaluate(() => document.documentElement.getAttribute('data-ready-ms'))));
    await page.context().close();
  }
  console.log(`| measure | median | min |\n|---|---|---|`);
  console.log(`| load → actor compiled and instantiated (ms) | ${median(loads)} | ${Math.min(...loads)} |`);
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.waitForSelector('.app[data-ready="true"]');
  for (const ex of ['actor', 'hello', 'abi', 'compute']) {
    await page.selectOption('[data-testid=examples]', ex);
    await page.waitForSelector('.app[data-ready="true"]');
    const times = [];
    for (let i = 0; i < 15; i++) {
      await page.click('[data-testid=compile]');
      await page.waitForTimeout(30);
      await page.waitForSelector('.app[data-ready="true"]');
      times.push(parseFloat(await page.textContent('[data-testid=build-status]')));
    }
    console.log(`| compile ${ex} in the page (ms) | ${median(times)} | ${Math.min(...times)} |`);
  }
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
