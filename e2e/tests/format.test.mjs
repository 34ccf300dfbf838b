// Format (the button and Shift+Alt+F) gives gofmt's layout, Ctrl+Z brings the text back and
// the cursor stays by its token; a syntax error leaves the text alone and lists the errors.
// The worker formats: the editor's text changes when its answer comes.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, ready, setCode, screenshot, longProgram, copyAll } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

const editor = '[data-testid=editor]';
const messy = 'package main\nimport "fmt"\ntype point struct{x int\nlabel string}\nfunc main(){\np:=point{x:1,label:"a"}\n    fmt.Println( p.x+2*3,p.label )\n}\n';
const tidy =
  'package main\n\nimport "fmt"\n\ntype point struct {\n\tx     int\n\tlabel string\n}\n\nfunc main() {\n\tp := point{x: 1, label: "a"}\n\tfmt.Println(p.x+2*3, p.label)\n}\n';

const formatted = (page) => page.waitForFunction((t) => document.querySelector('[data-testid=editor]').value === t, tidy);

test('format: gofmt layout, undo, cursor, syntax errors', async () => {
  const page = await env.page();
  await ready(page);
  await setCode(page, messy);
  const at = messy.indexOf('fmt.Println');
  await page.$eval(editor, (t, at) => t.setSelectionRange(at, at), at);
  await page.click('[data-testid=format]');
  await formatted(page);
  assert.equal(await page.inputValue(editor), tidy);
  const sel = await page.$eval(editor, (t) => t.selectionStart);
  assert.equal(tidy.slice(sel, sel + 'fmt.Println'.length), 'fmt.Println', 'the cursor stays before the same token');

  await page.keyboard.press('Control+z');
  assert.equal(await page.inputValue(editor), messy, 'Ctrl+Z restores the text before formatting');

  await page.keyboard.press('Shift+Alt+KeyF');
  await formatted(page);
  assert.equal(await page.inputValue(editor), tidy, 'Shift+Alt+F formats too');
  await page.click('[data-testid=compile]');
  await ready(page);
  await screenshot(page, 'format');

  const broken = 'package main\n\nfunc main() {\n\tx := \n}\n';
  await page.fill(editor, broken);
  await page.click('[data-testid=format]');
  await page.waitForSelector('[data-testid=diagnostic]');
  assert.equal(await page.inputValue(editor), broken, 'a syntax error leaves the text alone');
  const diags = await page.$$eval('[data-testid=diagnostic]', (ls) => ls.map((l) => l.textContent.trim()));
  assert.match(diags[0], /^main\.go:\d+:\d+: syntax error/);
  await screenshot(page, 'format-syntax-error');
  assert.deepEqual(page.errors, []);
});

test('format: a 1,000-line file is formatted at once and Ctrl+Z brings it back', async () => {
  const page = await env.page();
  await ready(page);
  const messy = longProgram(1000).replace(/\treturn x \+ (\d+)/g, 'return x+$1');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
  await page.fill(editor, messy);
  await page.click('[data-testid=format]');
  // The textarea holds the lines around the view of a text this long: the whole is copied.
  await page.waitForFunction(() => !document.querySelector('[data-testid=editor]').value.includes('return x+'));
  const tidy = await copyAll(page);
  assert.ok(tidy.includes('\treturn x + 7 //') && !tidy.includes('return x+'), 'bodies indented, spaces as gofmt puts them');
  await page.keyboard.press('Control+z');
  assert.equal(await copyAll(page), messy, 'Ctrl+Z restores the text before formatting');
  assert.deepEqual(page.errors, []);
});
