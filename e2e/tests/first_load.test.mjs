// What the first load fetches: the page's program, which the worker that compiles runs too
// (its wasm fetched once), nothing else. The
// standard library arrives per package: the first program importing `bytes` fetches the
// bundles of bytes and of what it imports (content-hashed names under std/), and a second
// compile fetches nothing more. The worker that formats and prints WAT loads on first use.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, ready, setCode, consoleLines, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

/** A page without the idle warm-up (which loads fmt's packages and the service worker once
 *  the page is idle), and the paths it requests. */
async function quietPage() {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  const requested = [];
  context.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.addInitScript(() => { window.requestIdleCallback = () => 0; });
  await page.goto(env.url);
  await ready(page);
  return { page, requested };
}

test('first load: the page and the compiling worker, one wasm; Format and WAT load their worker on first use', async () => {
  const { page, requested } = await quietPage();
  // Trunk names its files by a content hash printed without leading zeros: up to 16 digits.
  const first = requested.filter((p) => p.match(/\.(wasm|js)$/)).map((p) => p.replace(/^\//, '').replace(/-[0-9a-f]{1,16}(?=(_bg)?\.(wasm|js)$)/, ''));
  assert.deepEqual([...new Set(first)].sort(), ['gowasm-app.js', 'gowasm-app_bg.wasm', 'gowasm-worker.js']);
  assert.equal(first.filter((p) => p.endsWith('.wasm')).length, 1, `one wasm, fetched once for the page and its worker: ${first}`);
  await page.fill('[data-testid=editor]', 'package main\nfunc main(){println( 1 )}\n');
  await page.click('[data-testid=format]');
  await page.waitForFunction(() => document.querySelector('[data-testid=editor]').value === 'package main\n\nfunc main() { println(1) }\n');
  assert.ok(requested.some((p) => p.endsWith('gowasm-tools_bg.wasm')), 'Format started the tools worker');
  await page.click('[data-testid=compile]');
  await ready(page);
  await page.click('[data-testid=wat-box] > summary');
  await page.waitForFunction(() => document.querySelector('[data-testid=wat]').textContent.startsWith('(module'));
  await screenshot(page, 'first-load-tools');
  assert.deepEqual(page.errors, []);
});

const program = `package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello, ")
	b.WriteString("bundles")
	fmt.Println(b.String(), bytes.Count(b.Bytes(), []byte("l")))
}
`;

test('std: packages are fetched when a program first imports them, once', async () => {
  const { page, requested } = await quietPage();
  const std = () => requested.filter((p) => p.includes('/std/')).map((p) => p.replace(/^.*\/std\//, ''));
  const fetched = std();
  assert.deepEqual(fetched, [], 'the actor example imports nothing: no package is fetched at load');
  await setCode(page, program);
  await page.waitForSelector('[data-testid=console] .line[data-kind=exit]', { timeout: 30000 });
  assert.deepEqual(await consoleLines(page, ['stdout']), ['hello, bundles 3']);
  fetched.push(...std());
  const names = fetched.map((f) => f.replace(/\.[0-9a-f]{8}\.txt$/, ''));
  assert.ok(names.includes('bytes'), `bytes was fetched: ${names}`);
  for (const f of fetched) assert.match(f, /^[a-z0-9.]+\.[0-9a-f]{8}\.txt$/, 'named by package and content hash');
  const n = fetched.length;
  await page.click('[data-testid=compile]');
  await ready(page);
  assert.equal(std().length, n, 'a second compile fetches nothing');
  await screenshot(page, 'std-fetch');
  assert.deepEqual(page.errors, []);
});
