// Lessons: the menu opens one, Check fails with the reason and passes once the code is fixed,
// hints come one by one, the read-only region refuses edits, a reload keeps the progress,
// and a workshop's own lesson opens from its address on the site.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setup, ready, screenshot, repo, dist, open } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

const solution = readFileSync(join(repo, 'lessons', 'scalars.solution.go'), 'utf8');

async function check(page, state) {
  await page.click('[data-testid=lesson-check]');
  await page.waitForFunction((s) => document.querySelector('[data-testid=lesson-status]')?.dataset.state === s, state, { timeout: 30000 });
  return page.textContent('[data-testid=lesson-status]');
}

test('a lesson from the menu: check, hints, read-only lines, fix, pass, reload', async () => {
  const page = await env.page();
  await ready(page);
  await page.selectOption('[data-testid=lessons]', 'scalars');
  await page.waitForSelector('[data-testid=lesson]');
  await ready(page);
  assert.match(await page.textContent('[data-testid=lesson-text]'), /Scalars and the ABI/);
  assert.match(await page.inputValue('[data-testid=editor]'), /return 0/);
  assert.equal(await page.getAttribute('[data-testid=lesson-status]', 'data-state'), 'idle');
  assert.match(await page.evaluate(() => location.hash), /^#lesson=scalars$/);
  await screenshot(page, 'lesson-open');

  assert.match(await check(page, 'fail'), /add 2 3 returned 0, want 5/);
  await screenshot(page, 'lesson-check-fail');

  assert.equal(await page.$$eval('[data-testid=lesson-hint]', (h) => h.length), 0);
  await page.click('[data-testid=lesson-hint-next]');
  assert.equal(await page.$$eval('[data-testid=lesson-hint]', (h) => h.length), 1);
  await page.click('[data-testid=lesson-hint-next]');
  assert.equal(await page.$$eval('[data-testid=lesson-hint]', (h) => h.length), 2);
  assert.equal(await page.$('[data-testid=lesson-hint-next]'), null, 'no hints left');
  assert.match(await page.textContent('[data-testid=lesson-hint]'), /int64\(a\) \* int64\(b\)/);
  await screenshot(page, 'lesson-hints');

  // Typing inside the read-only region changes nothing and says why.
  assert.deepEqual(await page.$$eval('[data-testid=readonly-region]', (r) => r.map((e) => e.dataset.lines)), ['18-22']);
  const before = await page.inputValue('[data-testid=editor]');
  await page.focus('[data-testid=editor]');
  await page.evaluate(() => {
    const t = document.querySelector('[data-testid=editor]');
    const at = t.value.indexOf('func main() {}') + 5;
    t.setSelectionRange(at, at);
  });
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  assert.equal(await page.inputValue('[data-testid=editor]'), before, 'the read-only line is unchanged');
  assert.match(await page.textContent('[data-testid=notice]'), /read-only/);
  await screenshot(page, 'lesson-readonly-refused');
  await page.click('[data-testid=notice] button');

  // Outside the region, typing works.
  await page.focus('[data-testid=editor]');
  await page.evaluate(() => {
    const t = document.querySelector('[data-testid=editor]');
    const at = t.value.indexOf('return 0');
    t.setSelectionRange(at + 7, at + 8);
  });
  await page.keyboard.type('1');
  assert.match(await page.inputValue('[data-testid=editor]'), /return 1/);

  await page.fill('[data-testid=editor]', solution);
  assert.match(await check(page, 'pass'), /All 6 checks passed/);
  await page.waitForSelector('[data-testid=lesson-passed]');
  await screenshot(page, 'lesson-check-pass');

  await page.reload();
  await page.waitForSelector('[data-testid=lesson-passed]');
  await ready(page);
  assert.equal(await page.inputValue('[data-testid=editor]'), solution, 'the code is kept');
  assert.equal(await page.$$eval('[data-testid=lesson-hint]', (h) => h.length), 2, 'so are the hints shown');
  assert.match(await page.$eval('[data-testid=lessons] option[value=scalars]', (o) => o.textContent), /✓$/);
  await screenshot(page, 'lesson-reload');
  assert.deepEqual(page.errors, []);
});

test('a workshop lesson from an address on the site', async () => {
  const dir = join(dist, 'workshop-e2e');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'intro.md'), [
    '---', 'title: Double it', '---', '', 'Make `double` return **twice** its argument.', '',
    '```go starter', 'package main', '', '//go:wasmexport double', 'func double(x int32) int32 { return x }', '', 'func main() {}', '```', '',
    '```check', 'double 21 => 42', '```', '',
  ].join('\n'));
  try {
    // A new page at that address (in an open page, a new fragment does not reload it).
    const page = await open(env.browser, `${env.url}#lesson-url=/workshop-e2e/intro.md`);
    await page.waitForSelector('[data-testid=lesson]');
    await ready(page);
    assert.match(await page.textContent('[data-testid=lesson-text]'), /Make double return twice its argument/);
    assert.equal(await page.$eval('[data-testid=lesson-text] strong', (e) => e.textContent), 'twice');
    assert.match(await check(page, 'fail'), /double 21 returned 21, want 42/);
    await page.fill('[data-testid=editor]', 'package main\n\n//go:wasmexport double\nfunc double(x int32) int32 { return 2 * x }\n\nfunc main() {}\n');
    assert.match(await check(page, 'pass'), /All 1 check passed/);
    await screenshot(page, 'lesson-url');

    const missing = await open(env.browser, `${env.url}#lesson-url=/workshop-e2e/none.md`);
    await missing.waitForSelector('[data-testid=notice]');
    assert.match(await missing.textContent('[data-testid=notice]'), /cannot be fetched: 404/);
    assert.deepEqual(page.errors, []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
