// Programs compile and run in a Web Worker: a program that never ends leaves the page
// responsive and Stop ends it, output streams while a program runs, and pasting a long
// program answers at once.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, open, ready, setCode, consoleLines, screenshot, longProgram, paste, copyAll } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

const spin = `package main

import "fmt"

func main() {
	fmt.Println("spinning")
	n := 0
	for {
		n++
	}
}
`;

// About a second of arithmetic between its two lines (longer on a slow machine).
const slow = `package main

import "fmt"

func main() {
	fmt.Println("first")
	x := uint32(1)
	for i := 0; i < 1500000000; i++ {
		x = x*1664525 + 1013904223
	}
	fmt.Println("last", x > 0)
}
`;

/** Types `code` into the editor and compiles it without waiting for the run to end. */
async function start(page, code) {
  await page.fill('[data-testid=editor]', code);
  await page.click('[data-testid=compile]');
}

/** The time (ms) from clicking `selector` in the page until `done()` holds, checked on each
 *  DOM change. */
function timeClick(page, selector, done) {
  return page.evaluate(
    ([selector, done]) =>
      new Promise((resolve) => {
        const check = new Function(`return (${done})()`);
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          if (check()) {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        });
        obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        document.querySelector(selector).click();
      }),
    [selector, done.toString()],
  );
}

test('Stop ends an infinite loop in main at once; the page answers while it runs', async () => {
  const page = await env.page();
  await ready(page);
  // No step budget: only Stop can end the loop.
  await page.fill('[data-testid=step-budget]', '');
  await start(page, spin);
  await page.waitForSelector('[data-testid=console] .line[data-kind=stdout]:text("spinning")');
  await page.waitForSelector('[data-testid=stop]:not([disabled])');
  await page.waitForTimeout(300);
  // The loop runs in the worker: a click on the page is answered in a frame or two.
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  const answered = await timeClick(page, '[data-testid=theme]', () => document.documentElement.dataset.theme !== 'system');
  console.log(`a click answered in ${answered.toFixed(1)} ms while main loops`);
  assert.ok(answered < 500, `${answered} ms`);
  assert.notEqual(await page.evaluate(() => document.documentElement.dataset.theme), theme);
  const stopped = await timeClick(page, '[data-testid=stop]', () => [...document.querySelectorAll('[data-testid=console] .line[data-kind=exit]')].some((l) => l.textContent === 'Program stopped.'));
  console.log(`Stop answered in ${stopped.toFixed(1)} ms`);
  assert.ok(stopped < 100, `${stopped} ms`);
  assert.ok(await page.isDisabled('[data-testid=stop]'), 'nothing runs any more');
  await screenshot(page, 'stop-infinite-loop');
  assert.deepEqual(await consoleLines(page, ['stdout', 'exit']), ['spinning', 'Program stopped.']);
  // A fresh worker compiles and runs the next program.
  await page.click('[data-testid=clear-console]');
  await setCode(page, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("after the stop")\n}\n');
  await page.waitForSelector('[data-testid=console] .line[data-kind=exit]');
  assert.deepEqual(await consoleLines(page, ['stdout', 'exit']), ['after the stop', 'Program exited.']);
  assert.deepEqual(page.errors, []);
});

test('Stop ends a runaway export call; Reset makes a new instance', async () => {
  const page = await env.page();
  await ready(page);
  await page.fill('[data-testid=step-budget]', '');
  await setCode(page, 'package main\n\n//go:wasmexport spin\nfunc spin() {\n\tfor {\n\t}\n}\n\n//go:wasmexport answer\nfunc answer() int32 { return 42 }\n\nfunc main() {}\n');
  await page.click('[data-testid=clear-console]');
  await page.selectOption('[data-testid=call-export]', 'spin');
  await page.click('[data-testid=call]');
  await page.waitForSelector('[data-testid=stop]:not([disabled])');
  await page.click('[data-testid=stop]');
  await page.waitForSelector('[data-testid=console] .line[data-kind=exit]:text("Program stopped.")');
  await page.click('[data-testid=reset]');
  await ready(page);
  await page.selectOption('[data-testid=call-export]', 'answer');
  await page.click('[data-testid=call]');
  await page.waitForSelector('[data-testid=console] .line[data-kind=call]');
  assert.deepEqual(await consoleLines(page, ['call', 'exit']), ['Program stopped.', '=> answer() = 42']);
  assert.deepEqual(page.errors, []);
});

test('the output of a slow program streams: its first line shows before it ends', async () => {
  const page = await env.page();
  await ready(page);
  await page.fill('[data-testid=step-budget]', '');
  await page.click('[data-testid=clear-console]');
  await start(page, slow);
  await page.waitForSelector('[data-testid=console] .line[data-kind=stdout]:text("first")', { timeout: 20000 });
  const early = await consoleLines(page, ['stdout', 'exit']);
  await screenshot(page, 'streamed-output');
  assert.deepEqual(early, ['first'], 'the program still runs');
  assert.ok(await page.isEnabled('[data-testid=stop]'));
  await page.waitForSelector('[data-testid=console] .line[data-kind=exit]', { timeout: 60000 });
  assert.deepEqual(await consoleLines(page, ['stdout', 'exit']), ['first', 'last true', 'Program exited.']);
  assert.deepEqual(page.errors, []);
});

test('pasting a 2,000-line program answers at once', async () => {
  const page = await open(env.browser, env.url, { clipboard: true });
  await ready(page);
  const code = longProgram(2000);
  assert.equal(code.split('\n').length, 2000);
  const times = [];
  for (let i = 0; i < 3; i++) {
    times.push(await paste(page, i % 2 === 0 ? code : code.replace('returns its argument', 'gives back its argument')));
  }
  times.sort((a, b) => a - b);
  console.log(`2,000-line paste answered in ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
  // The target is 100 ms (BENCHMARKS.md); on a loaded machine, well under the seconds the
  // browser's own line-by-line insertion takes.
  assert.ok(times[1] <= 1000, `median ${times[1]} ms`);
  assert.equal(await copyAll(page), code);
  // The visible lines are coloured; scrolled to the end, so are the last ones.
  assert.equal(await page.textContent('.code pre .tk-kw'), 'package');
  await page.$eval('.editor', (e) => { e.scrollTop = e.scrollHeight; });
  await page.waitForFunction(() => [...document.querySelectorAll('.code pre .tk-id')].some((s) => s.textContent === 'Println'));
  await screenshot(page, 'paste-2000-lines');
  // The textarea scrolls with the editor: a click on a line in view puts the cursor there
  // (line 1,001 is drawn 20,010 px down: 10 px of padding, 20 px a line).
  const at = await page.$eval('.editor', (e) => {
    e.scrollTop = 20000;
    const r = e.getBoundingClientRect();
    return { x: r.left + 200, y: r.top + e.clientTop + 20 };
  });
  await page.waitForTimeout(100);
  await page.mouse.click(at.x, at.y);
  await page.keyboard.type('@');
  const line = (await copyAll(page)).split('\n').findIndex((l) => l.includes('@')) + 1;
  assert.equal(line, 1001, 'the click put the cursor on the line under it');
  // A short paste over all of it is the browser's own insertion: it replaces the selection.
  await paste(page, 'package main\n\nfunc main() {}\n');
  assert.equal(await page.$eval('[data-testid=editor]', (t) => t.value), 'package main\n\nfunc main() {}\n');
  // Playwright's fill types the text in as one insertion: as fast.
  const t0 = Date.now();
  await page.fill('[data-testid=editor]', code);
  assert.ok(Date.now() - t0 < 1000, `fill took ${Date.now() - t0} ms`);
  // The page took the text: it compiles and runs.
  await page.click('[data-testid=clear-console]');
  await page.click('[data-testid=compile]');
  await page.waitForSelector('[data-testid=console] .line[data-kind=exit]', { timeout: 30000 });
  assert.deepEqual(await consoleLines(page, ['stdout']), ['1 3']);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
