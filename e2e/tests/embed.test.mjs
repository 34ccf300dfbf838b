// Embeds: the compact mode runs hello; embed=output shows only the output of a run made on
// load; theme= sets the theme; the embed posts its height, which the documented script line
// gives its iframe; the Embed dialog offers these and shows the snippet.
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

const ran = () => [...document.querySelectorAll('[data-testid=console] .line')].some((l) => l.dataset.kind === 'call');

test('embed=output runs on load and shows only the output, in the theme asked for', async () => {
  const context = await env.browser.newContext({ viewport: { width: 600, height: 300 } });
  const page = await context.newPage();
  await page.goto(`${env.url}#embed=output&theme=dark&example=hello`);
  await page.waitForSelector('.app.embed.output');
  await page.waitForFunction(ran);
  assert.deepEqual(await consoleLines(page), ['Hello world!', '=> hello_world()']);
  assert.equal(await page.$('[data-testid=editor]'), null, 'no editor');
  assert.equal(await page.$('[data-testid=run]'), null, 'no buttons');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(18, 20, 27)');
  await screenshot(page, 'embed-output-dark');
  // The embed's theme is not kept as the reader's choice.
  const full = await context.newPage();
  await full.goto(env.url);
  assert.notEqual(await full.getAttribute('html', 'data-theme'), 'dark');
  await context.close();
});

test('the Embed dialog gives the snippet; the embed posts its height to the page', async () => {
  const page = await env.page();
  await ready(page);
  await page.click('[data-testid=embed]');
  await page.waitForSelector('[data-testid=embed-dialog]');
  assert.match(await page.inputValue('[data-testid=embed-snippet]'), /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#embed&amp;code=/);
  await page.selectOption('[data-testid=embed-view]', 'output');
  await page.selectOption('[data-testid=embed-theme]', 'light');
  const snippet = await page.inputValue('[data-testid=embed-snippet]');
  assert.match(snippet, /#embed=output&amp;theme=light&amp;code=/);
  const script = await page.inputValue('[data-testid=embed-resize]');
  assert.match(script, /^<script>.*gowasm-embed-height.*<\/script>$/);
  await screenshot(page, 'embed-dialog');

  // A documentation page with the snippet and the script: the iframe takes the height of
  // the embed's content, which grows with its output.
  const doc = await env.browser.newPage();
  const src = `${env.url}#embed=output&example=actor`;
  await doc.setContent(`<h1>Docs</h1>${snippet.replace(/src="[^"]*"/, `src="${src}"`)}${script}`);
  const frame = await doc.waitForSelector('iframe');
  await doc.waitForFunction(() => document.querySelector('iframe').style.height !== '', null, { timeout: 30000 });
  const inner = await (await frame.contentFrame()).waitForFunction(() => {
    const lines = document.querySelectorAll('[data-testid=console] .line[data-kind=call]');
    return lines.length >= 8 && document.querySelector('.app').offsetHeight;
  }, null, { timeout: 30000 });
  const height = await inner.jsonValue();
  await doc.waitForFunction((h) => document.querySelector('iframe').style.height === `${h}px`, height);
  assert.ok(height > 200, `the actor's output is taller than the snippet's 160px: ${height}`);
  await screenshot(doc, 'embed-height');
  assert.deepEqual(page.errors, []);
});
