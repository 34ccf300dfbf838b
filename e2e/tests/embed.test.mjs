// The embed mode renders compactly and runs the hello example.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, ready, consoleLines, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

test('embed mode runs hello', async () => {
  const context = await env.browser.newContext({ viewport: { width: 720, height: 420 } });
  const page = await context.newPage();
  await page.goto(`${env.url}#embed&example=hello`);
  await page.waitForSelector('.app.embed');
  await ready(page);
  assert.equal(await page.$('[data-testid=exports]'), null, 'the embed has no inspector');
  await page.click('[data-testid=run]');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=console] .line')].some((l) => l.dataset.kind === 'call'));
  const lines = await consoleLines(page);
  assert.deepEqual(lines, ['Hello world!', '=> hello_world()']);
  assert.match(await page.getAttribute('[data-testid=open-playground]', 'href'), /code=/);
  await screenshot(page, 'embed-hello');
  await context.close();
});
