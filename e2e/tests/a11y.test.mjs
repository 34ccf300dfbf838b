// Accessibility: an axe-core audit of the page (light and dark theme) finds no serious or
// critical violation, and the main controls work from the keyboard alone.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { setup, ready, screenshot, open } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

async function audit(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a11y: no serious or critical axe violations', async () => {
  for (const theme of ['light', 'dark']) {
    const page = await env.page();
    await page.emulateMedia({ colorScheme: theme });
    await ready(page);
    assert.deepEqual(await audit(page), [], `${theme} theme`);
    await screenshot(page, `a11y-${theme}`);
    assert.deepEqual(page.errors, []);
  }
});

test('a11y: the lesson view has no serious or critical axe violations', async () => {
  for (const theme of ['light', 'dark']) {
    // A new page at the lesson's address (in an open page, a new fragment does not reload it).
    const page = await open(env.browser, `${env.url}#lesson=scalars`);
    await page.emulateMedia({ colorScheme: theme });
    await page.waitForSelector('[data-testid=lesson]');
    await ready(page);
    await page.click('[data-testid=lesson-hint-next]');
    await page.click('[data-testid=lesson-check]');
    await page.waitForFunction(() => document.querySelector('[data-testid=lesson-status]')?.dataset.state === 'fail', null, { timeout: 30000 });
    assert.deepEqual(await audit(page), [], `${theme} theme`);
    await screenshot(page, `a11y-lesson-${theme}`);
    assert.deepEqual(page.errors, []);
  }
});

test('a11y: Tab reaches Compile, Enter compiles', async () => {
  const page = await env.page();
  await ready(page);
  const before = await page.$$eval('[data-testid=console] [data-kind=info]', (ls) => ls.filter((l) => l.textContent.startsWith('Compiled')).length);
  await page.evaluate(() => document.activeElement?.blur());
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.dataset.testid === 'compile');
  }
  assert.ok(reached, 'Tab reaches the Compile button');
  const focused = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(focused, 'none', 'the focused button shows a focus ring');
  await screenshot(page, 'a11y-keyboard-focus');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => [...document.querySelectorAll('[data-testid=console] [data-kind=info]')].filter((l) => l.textContent.startsWith('Compiled')).length > n, before);
  await ready(page);
  assert.deepEqual(page.errors, []);
});
