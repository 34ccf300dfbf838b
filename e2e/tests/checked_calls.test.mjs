// A calls-list line may name the result it expects (`add 2 3 => 5`): a call whose result
// differs is marked as a mismatch, and a summary counts the checked calls.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, ready, setCode, consoleLines, runCalls, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

const program = `package main

//go:wasmexport add
func add(a, b int32) int32 { return a + b }

//go:wasmexport half
func half(x float64) float64 { return x / 2 }

func main() {}
`;

test('checked calls are marked and counted', async () => {
  const page = await env.page();
  await ready(page);
  await setCode(page, program);
  await runCalls(page, 'add 2 3 => 5\nadd 2 2 => 5\nhalf 3 => 1.5\nadd 1 1', { until: 'checked calls:' });
  assert.deepEqual(await consoleLines(page, ['call', 'mismatch']), [
    '=> add(2, 3) = 5',
    '=> add(2, 2) = 4, want 5',
    '=> half(3) = 1.5',
    '=> add(1, 1) = 2',
    'checked calls: 2 passed, 1 failed',
  ]);
  const marked = await page.$$eval('[data-testid=console] .line[data-kind=mismatch]', (els) => els.map((e) => e.textContent));
  assert.deepEqual(marked, ['=> add(2, 2) = 4, want 5', 'checked calls: 2 passed, 1 failed']);
  await screenshot(page, 'checked-calls');
  await runCalls(page, 'add 2 3 => 5', { until: 'checked calls:' });
  assert.deepEqual(await consoleLines(page, ['info', 'mismatch']).then((ls) => ls.filter((l) => l.startsWith('checked'))), ['checked calls: 1 passed, 0 failed']);
  assert.deepEqual(page.errors, []);
});
