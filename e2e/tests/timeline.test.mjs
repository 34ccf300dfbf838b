// The Timeline tab: the actor example's calls traced, one lane per goroutine, the main events
// in order, hover details and the editor's line, SVG/JSON exports, and seed vs go side by side
// with the first different result marked. Screenshots in light and dark.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setup, ready, setCode, openCallsList, containsInOrder, screenshot, screenshots } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

const main = '[data-testid=timeline][data-side=main]';

/** Each event of a timeline as "kind g: full description". */
function events(page, root) {
  return page.$$eval(`${root} [data-testid=timeline-event]`, (els) => els.map((e) => `${e.dataset.kind} ${e.dataset.g}: ${e.querySelector('title').textContent}`));
}

async function shot(page, selector, name) {
  await page.locator(selector).screenshot({ path: join(screenshots, `${name}.png`) });
}

/** The module size from the last "Compiled" note, and whether it says traced (read on the
 * Console tab; `back` returns to the Timeline tab). */
async function lastBuild(page, back = false) {
  await page.click('[data-testid=tab-console]');
  const notes = await page.$$eval('[data-testid=console] .line.info', (ls) => ls.map((l) => l.textContent).filter((t) => t.startsWith('Compiled')));
  const m = notes.at(-1).match(/: (\d+) bytes, schedule \w+(, traced)?/);
  if (back) await page.click('[data-testid=tab-timeline]');
  return { bytes: Number(m[1]), traced: Boolean(m[2]) };
}

test('timeline of the actor example: lanes, order, details, exports, seed vs go', async () => {
  const page = await env.page({ width: 1500, height: 950 });
  await ready(page);
  const plain = await lastBuild(page);
  assert.equal(plain.traced, false, 'tracing is off by default');

  await page.click('[data-testid=tab-timeline]');
  await page.waitForSelector('[data-testid=timeline-off]');
  await page.click('[data-testid=trace-calls]');
  await page.waitForFunction((sel) => document.querySelectorAll(`${sel} [data-testid=timeline-event][data-kind=return]`).length === 8, main, { timeout: 20000 });
  const traced = await lastBuild(page, true);
  assert.equal(traced.traced, true);
  assert.ok(traced.bytes > plain.bytes, `traced ${traced.bytes} > plain ${plain.bytes}`);
  console.log(`actor module: ${plain.bytes} bytes without tracing, ${traced.bytes} with`);

  // One lane for the host and one per goroutine, named by its Go function.
  const lanes = await page.$$eval(`${main} [data-testid=timeline-lane]`, (ls) => ls.map((l) => [l.dataset.g, l.dataset.name]));
  assert.deepEqual(lanes, [['host', 'host'], ['0', 'g0'], ['1', 'g1 main.start.func1'], ['2', 'g2 main.processA'], ['3', 'g3 main.processA'], ['4', 'g4 main.processA']]);

  // The main events, in order (seed: each process_a lets the actor run before returning).
  const evs = await events(page, main);
  containsInOrder(evs, [
    'call host: host calls hello_world()',
    'output 0: g0 stderr: Hello world!',
    'return host: hello_world returns',
    'call host: host calls start()',
    'create 1: g1 main.start.func1 created by g0, runs main.start.func1 (main.go:11)',
    'park 1: g1 main.start.func1 parks [chan receive] (main.go:12)',
    'return host: start returns',
    'call host: host calls process_a(5)',
    'create 2: g2 main.processA created for the call',
    'ready 1: g1 main.start.func1 woken by g2',
    'exit 2: g2 main.processA finishes',
    'output 1: g1 main.start.func1 stderr: event 5 total 5',
    'return host: process_a returns',
    'return host: get_total returns 5',
    'call host: host calls process_a(7)',
    'output 1: g1 main.start.func1 stderr: event 7 total 12',
    'return host: get_total returns 12',
    'call host: host calls process_a(9)',
    'return host: get_total returns 21',
  ]);
  const arrows = await page.$$eval(`${main} .tl-arrow`, (a) => a.length);
  assert.equal(arrows, 7, "an arrow per creation (4) and per wake-up (3)");

  // Hover shows details; click marks the source line in the editor.
  const park = page.locator(`${main} [data-testid=timeline-event][data-kind=park]`).first();
  await park.hover();
  await page.waitForFunction(() => document.querySelector('[data-testid=timeline-details]').textContent.includes('parks [chan receive]'));
  assert.match(await page.textContent('[data-testid=timeline-details]'), /call #2 start · event 4 of 5 · g1 main\.start\.func1 parks \[chan receive\] · main\.go:12/);
  await park.click();
  await page.waitForSelector('[data-testid=marked-line][data-line="12"]');
  assert.equal(await page.textContent('.gutter .ln.mark'), '12');
  await screenshot(page, 'timeline');
  await shot(page, 'section.card.output', 'timeline-panel');

  // Collapsing a call hides its events; opening it again shows them.
  const count = async () => page.$$eval(`${main} [data-testid=timeline-event]`, (e) => e.length);
  const all = await count();
  await page.click(`${main} [data-testid=timeline-call][data-group="1"] .tl-ghead`);
  await page.waitForFunction(([sel, n]) => document.querySelectorAll(`${sel} [data-testid=timeline-event]`).length < n, [main, all]);
  await page.click(`${main} [data-testid=timeline-call][data-group="1"] .tl-ghead`);
  await page.waitForFunction(([sel, n]) => document.querySelectorAll(`${sel} [data-testid=timeline-event]`).length === n, [main, all]);

  // Exports.
  const [svgDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-svg]')]);
  const svg = await readFile(await svgDl.path(), 'utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.ok(svg.includes('<style>') && svg.includes('data-kind="park"'), 'a standalone, styled SVG');
  const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-json]')]);
  const json = JSON.parse(await readFile(await jsonDl.path(), 'utf8'));
  assert.equal(json.schedule, 'seed');
  assert.deepEqual(json.calls.map((c) => c.call), ['hello_world', 'start', 'process_a 5', 'get_total', 'process_a 7', 'get_total', 'process_a 9', 'get_total']);
  assert.equal(json.calls[5].outcome, 'get_total() = 12');
  assert.equal(json.goroutines['1'], 'main.start.func1');

  // Side by side: seed and go, first different result marked on both.
  await page.click('[data-testid=compare]');
  const sbs = '[data-testid=side-by-side]';
  await page.waitForFunction((s) => document.querySelectorAll(`${s} [data-testid=timeline-diverge]`).length === 2, sbs, { timeout: 20000 });
  const summary = await page.textContent(`${sbs} [data-testid=diverge-summary]`);
  assert.match(summary, /call #6 get_total — seed: get_total\(\) = 12, go: get_total\(\) = 5/);
  const sides = await page.$$eval(`${sbs} [data-testid=timeline]`, (ts) => ts.map((t) => t.dataset.side));
  assert.deepEqual(sides, ['seed', 'go']);
  // Each mark sits on get_total's return in call 6, and the rows of both sides line up.
  const marked = await page.$$eval(`${sbs} [data-testid=timeline-diverge]`, (ds) => ds.map((d) => {
    const r = d.querySelector('rect').getBoundingClientRect();
    const ev = d.nextElementSibling;
    return { y: Math.round(r.top), i: ev.dataset.i, text: ev.querySelector('title').textContent };
  }));
  assert.deepEqual(marked.map((m) => m.text), ['get_total returns 12', 'get_total returns 5']);
  assert.deepEqual(marked.map((m) => m.i.split(':').slice(1).join(':')), ['6:1', '6:1']);
  assert.equal(marked[0].y, marked[1].y, 'the diverging call is on the same row on both sides');
  const goEvents = await events(page, `${sbs} [data-testid=timeline][data-side=go]`);
  containsInOrder(goEvents, ['call host: host calls start()', 'return host: start returns', 'park 2: g2 main.processA parks [chan send]', 'run 1: g1 main.start.func1 runs']);
  await page.locator(sbs).scrollIntoViewIfNeeded();
  await shot(page, sbs, 'timeline-side-by-side');
  await screenshot(page, 'timeline-compare-page');

  // Dark theme.
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'section.card.output', 'timeline-panel-dark');
  await shot(page, sbs, 'timeline-side-by-side-dark');
  const bg = await page.$eval(`${main} .tl-ghead`, (r) => getComputedStyle(r).fill);
  assert.notEqual(bg, 'rgb(238, 240, 248)', 'the drawing follows the dark theme');

  // Tracing off again: the module loses its tracing code.
  await page.uncheck('[data-testid=trace]');
  await page.waitForSelector('[data-testid=timeline-off]');
  assert.equal((await lastBuild(page)).bytes, plain.bytes);
  assert.deepEqual(page.errors, []);
});

// 12 calls of 2,000 goroutines each (~140,000 events): old calls collapsed, long calls cut at
// 400 rows (plus their return) until asked for more, so the page stays responsive.
test('thousands of events stay readable', async () => {
  const page = await env.page({ width: 1500, height: 950 });
  await ready(page);
  await setCode(page, `package main

var ch = make(chan int32, 16)

//go:wasmexport spawn
func spawn(n int32) int32 {
	for i := int32(0); i < n; i++ {
		go worker(i)
	}
	s := int32(0)
	for i := int32(0); i < n; i++ {
		s += <-ch
	}
	return s
}

func worker(v int32) { ch <- v }

func main() {}
`);
  await openCallsList(page);
  await page.fill('[data-testid=calls]', Array(12).fill('spawn 2000').join('\n'));
  await page.click('[data-testid=tab-timeline]');
  const t0 = Date.now();
  await page.click('[data-testid=trace-calls]');
  await page.waitForFunction(() => /· 12 calls/.test(document.querySelector('.tl-legend .tl-meta')?.textContent ?? ''), null, { timeout: 60000 });
  const meta = await page.textContent('.tl-legend .tl-meta');
  console.log(`12 × spawn(2000): ${meta}, traced and drawn in ${Date.now() - t0} ms`);
  const events = Number(meta.match(/^(\d+) events/)[1]);
  assert.ok(events > 100000, meta);
  const calls = await page.$$eval(`${main} [data-testid=timeline-call]`, (cs) => cs.map((c) => c.getAttribute('aria-expanded')));
  assert.deepEqual(calls, [false, false, ...Array(10).fill(true)].map(String), 'the newest ten calls open');
  const drawn = await page.$$eval(`${main} [data-testid=timeline-event]`, (e) => e.length);
  assert.equal(drawn, 10 * 401, 'each open call: 400 rows and its return');
  const returns = await page.$$eval(`${main} [data-testid=timeline-event][data-kind=return]`, (rs) => rs.map((r) => r.querySelector('title').textContent));
  assert.deepEqual(returns, Array(10).fill('spawn returns 1999000'));
  assert.ok((await page.$$eval(`${main} [data-testid=timeline-lane]`, (l) => l.length)) <= 50, 'lanes are capped');
  await page.click(`${main} [data-more] >> nth=0`);
  await page.waitForFunction((sel) => document.querySelectorAll(`${sel} [data-testid=timeline-event]`).length === 10 * 401 + 1000, main);
  await page.locator(`${main} [data-testid=timeline-event] >> nth=3`).hover();
  await page.waitForFunction(() => document.querySelector('[data-testid=timeline-details]').textContent.includes('created by'));
  await shot(page, 'section.card.output', 'timeline-thousands');
  assert.deepEqual(page.errors, []);
});
