// Directive errors show gc's diagnostics exactly, in the list and inline at their lines.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, ready, loadExample, example, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

test('directive-errors: gc diagnostics in the list and inline', async () => {
  const page = await env.page();
  await ready(page);
  await loadExample(page, 'directive-errors');
  await page.waitForSelector('[data-testid=diagnostic]');
  const want = example('directive-errors', 'expect.diagnostics.txt').trim().split('\n');
  const got = await page.$$eval('[data-testid=diagnostic]', (ls) => ls.map((l) => l.textContent.trim()));
  // gc's cut-off note after ten errors ends the list; the expected list leaves it out.
  assert.ok(got.at(-1).endsWith(': too many errors'), got.at(-1));
  assert.deepEqual(got.slice(0, -1), want);
  const marked = await page.$$eval('.gutter .ln.err', (ls) => ls.map((l) => Number(l.textContent.replace(/\D/g, ''))));
  const lines = [...new Set(want.map((w) => Number(w.split(':')[1])))];
  assert.deepEqual(marked.sort((a, b) => a - b), lines.sort((a, b) => a - b), 'each line with an error has a gutter marker');
  assert.ok((await page.$$('.hl .under')).length >= lines.length, 'errors are underlined in the code');
  await page.click('[data-testid=diagnostic] button');
  await screenshot(page, 'directive-errors');
  assert.deepEqual(page.errors, []);
});
