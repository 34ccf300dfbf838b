// A share link restores program and settings (schedule, calls, trace, import constants) in a
// fresh page; a damaged one shows a message.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, ready, setCode, openCallsList, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

const program = `package main

//go:wasmimport env scale
func scale(x int32) int32

//go:wasmexport triple
func triple(x int64) int64 { return 3 * x }

//go:wasmexport scaled
func scaled(x int32) int32 { return 3 * scale(x) }

func main() {}
`;

test('share link round trip', async () => {
  const page = await env.page();
  await ready(page);
  await page.selectOption('[data-testid=schedule]', 'go');
  await setCode(page, program);
  await openCallsList(page);
  await page.fill('[data-testid=calls]', 'triple 14\nscaled 1');
  const constant = '[data-testid=import-constant][data-name="env.scale"]';
  await page.fill(constant, '7');
  await page.press(constant, 'Tab');
  await ready(page);
  await page.click('[data-testid=tab-timeline]');
  await page.check('[data-testid=trace]');
  await ready(page);
  await page.click('[data-testid=share]');
  const url = await page.inputValue('[data-testid=share-url]');
  assert.match(url, /#.*code=/);

  const context = await env.browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(url);
  await ready(fresh);
  assert.equal(await fresh.inputValue('[data-testid=editor]'), program);
  assert.equal(await fresh.inputValue('[data-testid=schedule]'), 'go');
  assert.equal(await fresh.inputValue('[data-testid=calls]'), 'triple 14\nscaled 1');
  await fresh.waitForSelector('[data-testid=export-row][data-name=triple]');
  assert.equal(await fresh.inputValue(constant), '7');
  await fresh.click('[data-testid=tab-timeline]');
  assert.ok(await fresh.isChecked('[data-testid=trace]'), 'the trace setting travels in the link');
  // The bound constant and the traced build are live: the calls run with them.
  await fresh.click('[data-testid=trace-calls]');
  await fresh.waitForSelector('[data-testid=timeline-call]');
  await fresh.click('[data-testid=tab-console]');
  await fresh.waitForFunction(() => [...document.querySelectorAll('[data-testid=console] .line')].some((l) => l.textContent.includes('scaled(1) = 21')));
  await screenshot(fresh, 'share-restored');
  await context.close();
});

test('a garbled share link shows a message', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.url}#code=%%%not-base64!!&schedule=go`);
  const notice = await page.waitForSelector('[data-testid=notice]');
  assert.match(await notice.textContent(), /damaged|invalid|cannot/i);
  await ready(page);
  await screenshot(page, 'share-garbled');
  assert.deepEqual(errors, []);
  await context.close();
});
