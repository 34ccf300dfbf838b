// Measures the built playground in headless Chromium and prints a table: page load until the
// actor example is compiled and instantiated (wall time, and the CPU time the page used, which
// a loaded machine skews much less), the compile made at load (the first of the page:
// it includes the one-time prelude, the runtime parsed and checked), warm compiles of examples
// (the compile button, prelude ready), and the first compile of a program importing fmt (its
// own prelude, and its standard packages' bundles fetched) right after load and after the page
// has warmed it in idle time, and of a program importing bytes after that; a program
// importing encoding/json, first and warm; then the
// worker's part: pasting a 2,000-line program (until the page has handled the edit and painted
// the next frame), Format of a 1,000-line file and Stop ending an infinite loop in main (until
// the console says so); then the editor's Go support on the actor example (`ideRows`):
// keystroke → diagnostics, hover and completion, each a worker round trip.
// usage: node tools/page_bench.js http://127.0.0.1:PORT/
const { chromium } = require('playwright-core');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LOADS = Number(process.env.PAGE_BENCH_LOADS || 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (what, xs) => console.log(`| ${what} | ${median(xs)} | ${Math.min(...xs)} | ${xs.length} |`);
const FMT = 'package main\n\nimport "fmt"\n\n//go:wasmexport hi\nfunc hi(n int32) { fmt.Println("hi", n) }\n\nfunc main() {}\n';

/** The compile time the page noted in its console for the last compile. */
async function noted(page) {
  const notes = await page.$$eval('[data-testid=console] [data-kind=info]', (ls) => ls.map((l) => l.textContent));
  const last = notes.reverse().find((t) => /^Compiled .* in [\d.]+ ms/.test(t));
  return parseFloat(last.match(/in ([\d.]+) ms/)[1]);
}

/** CPU time the page's renderer has used (ms): its main thread, and all its threads. Unlike
 *  wall time it hardly depends on what else the machine runs. */
async function cpuMs(cdp) {
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  return { main: m.ThreadTime * 1000, all: m.ProcessTime * 1000 };
}

/** Compiles `code` (the first program importing its packages): the compile time the page
 *  notes, and the wall time from the click until the module is ready, which includes
 *  fetching the standard packages' bundles the worker has not loaded yet. */
async function compileFirst(page, code) {
  await page.fill('[data-testid=editor]', code);
  // Until a new "Compiled" line: the earlier ones say the same.
  const compiled = (n) => [...document.querySelectorAll('[data-testid=console] [data-kind=info]')].filter((l) => /Compiled .* in [\d.]+ ms: \d+ bytes/.test(l.textContent)).length > n;
  let before = 0;
  while (await page.evaluate(compiled, before)) before++;
  const t0 = await page.evaluate(() => performance.now());
  await page.click('[data-testid=compile]');
  await page.waitForFunction(compiled, before, { timeout: 60000, polling: 5 });
  const wall = await page.evaluate((t0) => performance.now() - t0, t0);
  return { compile: await noted(page), wall: Math.round(wall * 10) / 10 };
}

const BYTES = 'package main\n\nimport "bytes"\n\nfunc main() { println(bytes.Count([]byte("hello"), []byte("l"))) }\n';

const SPIN = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("spinning")\n\tfor {\n\t}\n}\n';

/** Starts an endless main, clicks Stop; ms until the console says the program stopped. */
async function stopSpin(page) {
  await page.fill('[data-testid=editor]', SPIN);
  await page.click('[data-testid=compile]');
  await page.waitForSelector('[data-testid=console] .line[data-kind=stdout]:text("spinning")', { timeout: 60000 });
  await page.waitForTimeout(200);
  return page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    const stopped = () => [...document.querySelectorAll('[data-testid=console] .line[data-kind=exit]')].some((l) => l.textContent === 'Program stopped.');
    const obs = new MutationObserver(() => {
      if (stopped()) {
        obs.disconnect();
        resolve(performance.now() - t0);
      }
    });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    document.querySelector('[data-testid=stop]').click();
  }));
}

/** The editor's Go support on the actor example, each from the keystroke until the page
 *  shows the answer: the diagnostics after typing a character that makes or mends an
 *  error (checked in the worker, then drawn), a hover (Ctrl+I) and a completion list
 *  (Ctrl+Space), each a round trip to the worker. */
async function ideRows(browser, url, longProgram) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.selectOption('[data-testid=examples]', 'actor');
  await page.waitForSelector('.app[data-ready="true"]', { timeout: 60000 });
  const code = await page.inputValue('[data-testid=editor]');
  const at = (s, d = 0) => code.indexOf(s) + d;
  const cursor = (n) => page.$eval('[data-testid=editor]', (t, n) => { t.focus(); t.setSelectionRange(n, n); }, n);
  const shown = {
    errors: () => document.querySelectorAll('[data-testid=diagnostic]').length > 0,
    'no errors': () => document.querySelectorAll('[data-testid=diagnostic]').length === 0,
    hover: () => !!document.querySelector('[data-testid=hover]'),
    completion: () => !!document.querySelector('[data-testid=completion]'),
  };
  /** ms from just before `press()` until the page shows `what`, polled at each frame: an
   *  upper bound (it includes the driver's round trips to the page). */
  const timed = async (what, press) => {
    const t0 = await page.evaluate(() => performance.now());
    await press();
    await page.waitForFunction(shown[what], null, { polling: 'raf', timeout: 30000 });
    return (await page.evaluate(() => performance.now())) - t0;
  };
  const round = (ms) => Math.round(ms * 10) / 10;
  const diags = [], hovers = [], completions = [];
  for (let i = 0; i < 10; i++) {
    await cursor(at('eventsch <- v', 'eventsch <- v'.length));
    diags.push(round(await timed('errors', () => page.keyboard.type('x'))));
    diags.push(round(await timed('no errors', () => page.keyboard.press('Backspace'))));
  }
  for (let i = 0; i < 10; i++) {
    await cursor(at('total += ev', 2));
    hovers.push(round(await timed('hover', () => page.keyboard.press('Control+i'))));
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=hover]', { state: 'detached' });
  }
  for (let i = 0; i < 10; i++) {
    await cursor(at('total += ev', 3));
    completions.push(round(await timed('completion', () => page.keyboard.press('Control+Space'))));
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=completion]', { state: 'detached' });
  }
  // The same on a 2,000-line program: the page stays responsive, the worker checks it all.
  const long = longProgram(2000);
  await page.fill('[data-testid=editor]', long);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=diagnostic]').length === 0);
  const longDiags = [];
  // The textarea of a text this long holds only the lines around the view: Ctrl+End brings
  // main's lines into it, and the caret goes after `f0(1)` by an offset of what it holds.
  await page.focus('[data-testid=editor]');
  await page.keyboard.press('Control+End');
  const end = await page.$eval('[data-testid=editor]', (t) => t.value.lastIndexOf('f0(1)') + 'f0(1)'.length);
  for (let i = 0; i < 5; i++) {
    await cursor(end);
    longDiags.push(round(await timed('errors', () => page.keyboard.type('x'))));
    longDiags.push(round(await timed('no errors', () => page.keyboard.press('Backspace'))));
  }
  row('keystroke → updated diagnostics (actor, checked in the worker)', diags);
  row('keystroke → updated diagnostics (a 2,000-line program)', longDiags);
  row('hover (Ctrl+I) → shown, a worker round trip', hovers);
  row('completion (Ctrl+Space) → list shown, a worker round trip', completions);
  await page.context().close();
}

/** Format of a 1,000-line file: ms from the Format click until the formatted text is in the
 *  editor (its `input` event), `runs` times, after one format that starts the tools worker. */
async function formatLong(page, runs) {
  const { longProgram } = await import('../e2e/lib.mjs');
  // Unformatted: bodies not indented, spacing gofmt changes.
  const messy = longProgram(1000).replace(/\treturn x \+ (\d+)/g, 'return x+$1').replace(/func (f\d+)\(x int\) int \{/g, 'func $1(x  int)int{');
  const times = [];
  for (let i = 0; i <= runs; i++) {
    await page.fill('[data-testid=editor]', messy);
    const ms = await page.evaluate(() => new Promise((resolve) => {
      const t = document.querySelector('[data-testid=editor]');
      const before = t.value;
      const on = () => {
        if (t.value !== before) {
          t.removeEventListener('input', on);
          resolve(performance.now() - t0);
        }
      };
      t.addEventListener('input', on);
      const t0 = performance.now();
      document.querySelector('[data-testid=format]').click();
    }));
    if (i > 0) times.push(Math.round(ms * 10) / 10);
  }
  return times;
}

const JSON_PROGRAM = 'package main\n\nimport (\n\t"encoding/json"\n\t"fmt"\n)\n\ntype Order struct {\n\tID    int      `json:"id"`\n\tItems []string `json:"items"`\n}\n\n//go:wasmexport roundtrip\nfunc roundtrip() {\n\tb, err := json.Marshal(Order{ID: 7, Items: []string{"tea", "cake"}})\n\tfmt.Println(string(b), err)\n\tvar o Order\n\tfmt.Println(json.Unmarshal(b, &o), o)\n}\n\nfunc main() {}\n';

/** A program importing encoding/json (a reactor: its run does not replace the console's
 *  compile line) in fresh pages, after the idle warm-up (fmt's
 *  prelude): its first compile (json's package set's prelude built), the wall time from the
 *  click (json's bundles fetched first), and compiling it again, edited (warm). */
async function jsonRows(browser, url, loads) {
  const first = [], firstWall = [], warm = [];
  for (let i = 0; i < loads; i++) {
    const page = await (await browser.newContext()).newPage();
    await page.goto(url);
    await page.waitForSelector('.app[data-ready="true"]', { timeout: 60000, polling: 5 });
    await page.waitForFunction(() => document.documentElement.dataset.warm === 'done', null, { timeout: 60000 });
    const r = await compileFirst(page, JSON_PROGRAM);
    first.push(r.compile);
    firstWall.push(r.wall);
    // Edited each time (another number), as a user compiles: the same packages, a new program.
    for (let j = 0; j < 3; j++) warm.push((await compileFirst(page, JSON_PROGRAM.replace('ID: 7', `ID: ${8 + j}`))).compile);
    await page.context().close();
  }
  row('first encoding/json program after the idle warm-up (json\'s prelude)', first);
  row('  the same, click → module ready (fetching json\'s bundles first)', firstWall);
  row('encoding/json program, warm (edited and compiled again)', warm);
}

(async () => {
  // The browser tests' helpers (an ES module).
  const { longProgram, paste } = await import('../e2e/lib.mjs');
  const url = process.argv[2];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  const loads = [], mainCpu = [], allCpu = [], first = [], fmtCold = [], fmtColdWall = [], fmtWarm = [], bytesWall = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await (await browser.newContext()).newPage();
    // Every other load runs without the page's idle warm-up (its idle callback never fires),
    // to time a first fmt program with a cold prelude.
    if (i % 2 === 0) await page.addInitScript(() => { window.requestIdleCallback = () => 0; });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await cpuMs(cdp);
    await page.goto(url);
    await page.waitForSelector('.app[data-ready="true"]', { timeout: 60000, polling: 5 });
    const after = await cpuMs(cdp);
    mainCpu.push(Math.round(after.main - before.main));
    allCpu.push(Math.round(after.all - before.all));
    loads.push(Number(await page.evaluate(() => document.documentElement.getAttribute('data-ready-ms'))));
    first.push(await noted(page));
    if (i % 2 === 0) {
      const r = await compileFirst(page, FMT);
      fmtCold.push(r.compile);
      fmtColdWall.push(r.wall);
    } else {
      // The page warms fmt's prelude when it is idle after load; give it that moment.
      await page.waitForFunction(() => document.documentElement.dataset.warm === 'done', null, { timeout: 60000 });
      fmtWarm.push((await compileFirst(page, FMT)).compile);
      bytesWall.push((await compileFirst(page, BYTES)).wall);
    }
    await page.context().close();
  }
  console.log('| measure (ms) | median | min | runs |\n|---|---|---|---|');
  row('load → actor compiled and instantiated', loads);
  row('  CPU time of the page\'s main thread until then', mainCpu);
  row('  CPU time of the page\'s process (all threads: wasm compilation, GC) until then', allCpu);
  row('compile at load (actor, first compile: includes the prelude)', first);
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
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
    row(`compile ${ex}, warm (compile button)`, times);
  }
  row('first fmt program, without the idle warm-up (cold fmt prelude)', fmtCold);
  row('  the same, click → module ready (fetching fmt\'s bundles first)', fmtColdWall);
  row('first bytes program after the warm-up, click → module ready (fetching bytes)', bytesWall);
  row('first fmt program after the idle warm-up', fmtWarm);
  await jsonRows(browser, url, Math.max(3, Math.ceil(LOADS / 2)));
  const code = longProgram(2000);
  const pastes = [];
  for (let i = 0; i < 9; i++) pastes.push(Math.round(await paste(page, i % 2 ? code : code.replace('returns', 'gives')) * 10) / 10);
  row('paste of a 2,000-line program, until the next frame', pastes);
  row('Format of a 1,000-line file, click → formatted text in the editor', await formatLong(page, 9));
  await page.fill('[data-testid=step-budget]', '');
  const stops = [];
  for (let i = 0; i < 5; i++) stops.push(Math.round(await stopSpin(page) * 10) / 10);
  row('Stop of an endless main, until the console says so', stops);
  await ideRows(browser, url, longProgram);
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
