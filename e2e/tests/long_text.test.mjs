// A 5,000-line program in the editor: pasted well under a second, the textarea holding only
// the lines around the view; scrolled to the end, typed there, undone, copied whole, and
// selected past the textarea's lines.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, open, ready, screenshot, longProgram, paste, copyAll } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

test('a 5,000-line program: paste, scroll to the end, type, undo, copy', async () => {
  const page = await open(env.browser, env.url, { clipboard: true });
  await ready(page);
  const code = longProgram(5000);
  const ms = await paste(page, code);
  console.log(`5,000-line paste answered in ${ms.toFixed(1)} ms`);
  assert.ok(ms < 1000, `${ms} ms`);
  const shown = await page.$eval('[data-testid=editor]', (t) => t.value.split('\n').length);
  assert.ok(shown < 1000, `the textarea holds ${shown} lines`);
  assert.equal(await copyAll(page), code);

  // Scrolled to the end, the last lines are coloured and a click there puts the cursor on
  // the line under it.
  await page.$eval('.editor', (e) => { e.scrollTop = e.scrollHeight; });
  await page.waitForFunction(() => [...document.querySelectorAll('.code pre .tk-id')].some((s) => s.textContent === 'Println'));
  const at = await page.evaluate(() => {
    const pre = document.querySelector('.code pre');
    const ln = [...pre.querySelectorAll('.tk-id')].find((s) => s.textContent === 'Println').getBoundingClientRect();
    return { x: ln.right + 30, y: ln.top + ln.height / 2 };
  });
  await page.mouse.click(at.x, at.y);
  await page.keyboard.press('End');
  await page.keyboard.type(' // typed');
  await page.keyboard.press('Enter');
  await page.keyboard.type('x := 1');
  const lines = code.split('\n');
  const at4998 = lines.findIndex((l) => l.includes('Println'));
  const typed = [...lines.slice(0, at4998), `${lines[at4998]} // typed`, '\tx := 1', ...lines.slice(at4998 + 1)].join('\n');
  await page.waitForFunction(() => [...document.querySelectorAll('.code pre .tk-com')].some((s) => s.textContent.includes('// typed')));
  await screenshot(page, 'long-text-end');
  assert.equal(await copyAll(page), typed);

  // Undo takes the typing back (the page's undo, one step per pause in typing).
  await page.keyboard.press('Escape');
  for (let i = 0; i < 5 && (await copyAll(page)) !== code; i++) {
    await page.keyboard.press('Control+Z');
  }
  assert.equal(await copyAll(page), code);
  // Ctrl+Home and Ctrl+End reach the text's edges.
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('// top\n');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('// end');
  assert.equal(await copyAll(page), `// top\n${code}// end`);
  // A selection grown past the textarea's lines takes the whole text in: it copies whole.
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 250; i++) await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+C');
  const selected = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(selected, `${`// top\n${code}`.split('\n').slice(0, 250).join('\n')}\n`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
