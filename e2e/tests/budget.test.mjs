// A runaway loop is stopped by the step budget; the page stays usable.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, ready, setCode, runCalls, consoleLines, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

const spin = `package main

//go:wasmexport spin
func spin() int32 {
	n := int32(0)
	for {
		n++
	}
}

//go:wasmexport answer
func answer() int32 { return 42 }

func main() {}
`;

test('an infinite loop ends with "step budget exceeded"', async () => {
  const page = await env.page();
  await ready(page);
  await page.fill('[data-testid=step-budget]', '1000000');
  await setCode(page, spin);
  await runCalls(page, 'spin', { until: 'step budget exceeded' });
  await screenshot(page, 'step-budget');
  await page.click('[data-testid=reset]');
  await ready(page);
  await runCalls(page, 'answer');
  assert.deepEqual(await consoleLines(page), ['=> answer() = 42']);
  assert.deepEqual(page.errors, []);
});
