// Offline after one visit: the service worker keeps the site, the worker keeps the standard
// packages it fetched; with the network off, a reload shows the page, which compiles and runs
// the actor example and the program that used a standard package before.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, ready, setCode, loadExample, runCalls, consoleLines, example, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

const program = `package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("offline"), strings.Repeat("!", 3))
}
`;

test('offline: after one visit the page loads, compiles and runs with no network', async () => {
  const page = await env.page();
  await ready(page);
  await setCode(page, program);
  await page.waitForSelector('[data-testid=console] .line[data-kind=exit]', { timeout: 30000 });
  // The service worker is installed once the page is idle.
  await page.waitForSelector('html[data-offline="ready"]', { timeout: 30000 });
  await page.context().setOffline(true);
  await page.reload();
  await ready(page);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the service worker served the page');
  await page.waitForSelector('[data-testid=console] .line[data-kind=exit]', { timeout: 30000 });
  assert.deepEqual(await consoleLines(page, ['stdout']), ['OFFLINE !!!'], 'the saved program compiles and runs offline');

  await loadExample(page, 'actor');
  await runCalls(page, example('actor', 'calls.txt'));
  const lines = await consoleLines(page, ['stdout', 'stderr', 'call']);
  assert.ok(lines.some((l) => l.includes('event')), lines.join('\n'));
  await screenshot(page, 'offline');
  await page.context().setOffline(false);
  assert.deepEqual(page.errors, []);
});
