// A string argument typed in the page reaches an export through the module's malloc.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, ready, setCode, consoleLines, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

const program = `package main

//go:wasmexport greet
func greet(name string) int32 {
	println("hello,", name)
	return int32(len(name))
}

func main() {}
`;

test('a string argument reaches an export', async () => {
  const page = await env.page();
  await ready(page);
  await setCode(page, program);
  await page.selectOption('[data-testid=call-export]', 'greet');
  await page.fill('[data-testid=arg-0]', 'Ada Lovelace');
  await page.click('[data-testid=clear-console]');
  await page.click('[data-testid=call]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=console] .line')].some((l) => l.dataset.kind === 'call'));
  assert.deepEqual(await consoleLines(page), ['hello, Ada Lovelace', '=> greet("Ada Lovelace") = 12']);
  await screenshot(page, 'string-argument');
  assert.deepEqual(page.errors, []);
});
