// The page opens on the proposal's actor example, compiles it, lists its exports, and the
// calls of calls.txt give gc's transcript under `go` and the proposal's under `seed`.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, ready, consoleLines, runCalls, example, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

test('actor example: exports, seed and go transcripts', async () => {
  const page = await env.page();
  await ready(page);
  assert.match(await page.inputValue('[data-testid=editor]'), /eventsch/, 'the page opens on the actor example');
  const rows = await page.$$eval('[data-testid=export-row]', (rs) => rs.map((r) => [r.dataset.name, r.textContent]));
  const byName = Object.fromEntries(rows);
  for (const [name, sig] of [['start', 'start()'], ['process_a', 'process_a(v int32)'], ['get_total', 'get_total() int32'], ['hello_world', 'hello_world()']]) {
    assert.ok(byName[name], `export ${name} is listed (rows: ${rows.map((r) => r[0]).join(', ')})`);
    assert.ok(byName[name].includes(sig), `${name} shows its Go signature ${sig}: ${byName[name]}`);
  }
  await screenshot(page, 'actor-loaded');
  // The WAT is printed when its box is opened, not with every compile.
  assert.equal(await page.textContent('[data-testid=wat]'), '', 'no WAT printed while the box is closed');
  await page.click('[data-testid=wat-box] > summary');
  await page.waitForFunction(() => document.querySelector('[data-testid=wat]').textContent.startsWith('(module'));
  assert.match(await page.textContent('[data-testid=wat]'), /\(export "process_a" \(func/);
  // No console line repeats its prefix ("error: error: ...").
  assert.deepEqual((await consoleLines(page, ['error', 'info', 'panic', 'stderr'])).filter((l) => /(\w+:)\s*\1/i.test(l)), []);

  const calls = example('actor', 'calls.txt');
  assert.equal(await page.inputValue('[data-testid=schedule]'), 'seed');
  await runCalls(page, calls);
  assert.equal((await consoleLines(page)).join('\n') + '\n', example('actor', 'expect.seed.txt'), 'seed transcript');
  await screenshot(page, 'actor-seed');

  await page.selectOption('[data-testid=schedule]', 'go');
  await ready(page);
  await runCalls(page, calls);
  assert.equal((await consoleLines(page)).join('\n') + '\n', example('actor', 'expect.go.txt'), 'go transcript');
  await screenshot(page, 'actor-go');
  assert.deepEqual(page.errors, []);
});
