// A program of several files is shown as tabs, one per file, as go.dev/play's txtar programs
// are files: add a file and a package, edit each in its tab, compile and run; a diagnostic in
// the second file opens its tab; rename and delete; the saved program keeps every file.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, ready, setCode, consoleLines, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

const editor = '[data-testid=editor]';
const tab = (name) => `[data-testid=file-tab][data-name="${name}"]`;
const tabNames = (page) => page.$$eval('[data-testid=file-tab]', (ts) => ts.map((t) => t.dataset.name));
const selected = (page) => page.$eval('[data-testid=file-tab][aria-selected=true]', (t) => t.dataset.name);

/** Clicks `button`, answering the prompt or confirm it opens with `answer`. */
async function dialog(page, button, answer) {
  page.once('dialog', (d) => d.accept(answer));
  await page.click(button);
}

const main = `package main

import (
	"fmt"

	"play.ground/util"
)

func main() {
	fmt.Println(util.Double(21))
}
`;

const util = `package util

// Double returns twice n.
func Double(n int) int {
	return 2 * n
}
`;

test('file tabs: add a package, edit in tabs, compile, run, a diagnostic opens its tab', async () => {
  const page = await env.page();
  await ready(page);
  await setCode(page, 'package main\n\nfunc main() {}\n');
  assert.deepEqual(await tabNames(page), [], 'a one-file program shows no tabs');

  await dialog(page, '[data-testid=add-file]', 'util/util.go');
  await page.waitForSelector(tab('util/util.go'));
  assert.deepEqual(await tabNames(page), ['prog.go', 'util/util.go']);
  assert.equal(await selected(page), 'util/util.go');
  assert.equal(await page.inputValue(editor), 'package util\n', 'a new Go file starts with its package clause');
  await page.fill(editor, util);

  await page.click(tab('prog.go'));
  assert.equal(await page.inputValue(editor), 'package main\n\nfunc main() {}\n');
  await setCode(page, main);
  assert.deepEqual((await consoleLines(page, ['stdout', 'stderr', 'exit'])).slice(-2), ['42', 'Program exited.']);
  await screenshot(page, 'file-tabs');

  // An error in the second file: its diagnostic names it and opens its tab at the line.
  await page.click(tab('util/util.go'));
  assert.equal(await page.inputValue(editor), util, 'each tab keeps its text');
  await page.fill(editor, util.replace('return 2 * n', 'return 2 * n + ""'));
  await page.click(tab('prog.go'));
  await page.click('[data-testid=compile]');
  await page.waitForSelector('[data-testid=diagnostic]');
  const diag = await page.textContent('[data-testid=diagnostic]');
  assert.match(diag, /^util\/util\.go:5:/, diag);
  assert.equal(await selected(page), 'prog.go');
  await page.click('[data-testid=diagnostic] button');
  await page.waitForSelector(`${tab('util/util.go')}[aria-selected=true]`);
  const text = await page.inputValue(editor);
  const at = await page.$eval(editor, (t) => t.selectionStart);
  assert.equal(text.slice(0, at).split('\n').length, 5, 'the cursor is on the diagnostic\'s line');
  assert.equal(await page.locator('.gutter .ln.err').count(), 1, 'the tab marks the error\'s line');
  await screenshot(page, 'file-tabs-diagnostic');

  // Rename, add go.mod and delete it; the buffer stays txtar and the program runs again.
  await page.fill(editor, util);
  await dialog(page, '[data-testid=rename-file]', 'util/double.go');
  await page.waitForSelector(tab('util/double.go'));
  await dialog(page, '[data-testid=add-file]', 'go.mod');
  await page.waitForSelector(tab('go.mod'));
  assert.equal(await page.inputValue(editor), 'module play.ground\n');
  await dialog(page, '[data-testid=delete-file]', undefined);
  await page.waitForFunction(() => !document.querySelector('[data-testid=file-tab][data-name="go.mod"]'));
  assert.deepEqual(await tabNames(page), ['prog.go', 'util/double.go']);
  await page.click('[data-testid=clear-console]');
  await page.click('[data-testid=compile]');
  await page.waitForSelector('[data-testid=console] .line[data-kind=exit]');
  assert.deepEqual(await consoleLines(page, ['stdout', 'stderr', 'exit']), ['42', 'Program exited.']);

  // The saved program keeps every file.
  await page.waitForTimeout(300);
  await page.reload();
  await ready(page);
  assert.deepEqual(await tabNames(page), ['prog.go', 'util/double.go']);
  await page.click(tab('util/double.go'));
  assert.equal(await page.inputValue(editor), util);
  assert.deepEqual(page.errors, []);
});

test('file tabs: each tab keeps its own undo across switches', async () => {
  const page = await env.page();
  await ready(page);
  await setCode(page, `${main}-- util/util.go --\n${util}`);
  assert.deepEqual(await tabNames(page), ['prog.go', 'util/util.go']);
  const end = (s) => page.$eval(editor, (t, s) => { t.focus(); const at = t.value.indexOf(s) + s.length; t.setSelectionRange(at, at); }, s);

  // Typed in the first tab, then in the second.
  await end('Double(21)');
  await page.keyboard.type(' + 1');
  await page.click(tab('util/util.go'));
  await end('2 * n');
  await page.keyboard.type(' * 10');
  assert.equal(await page.inputValue(editor), util.replace('2 * n', '2 * n * 10'));

  // Back in the first tab, Ctrl+Z undoes its own typing, with the cursor where it was.
  await page.click(tab('prog.go'));
  assert.equal(await page.inputValue(editor), main.replace('Double(21)', 'Double(21) + 1'));
  await page.focus(editor);
  await page.keyboard.press('Control+z');
  assert.equal(await page.inputValue(editor), main, 'the first tab\'s edit is undone');
  const at = await page.$eval(editor, (t) => t.selectionStart);
  assert.equal(at, main.indexOf('Double(21)') + 'Double(21)'.length);
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await page.inputValue(editor), main.replace('Double(21)', 'Double(21) + 1'), 'and redone');
  await page.keyboard.press('Control+z');

  // The second tab's history is still there after the switches.
  await page.click(tab('util/util.go'));
  await page.focus(editor);
  await page.keyboard.press('Control+z');
  assert.equal(await page.inputValue(editor), util, 'the second tab\'s edit is undone');
  await page.keyboard.press('Control+y');
  assert.equal(await page.inputValue(editor), util.replace('2 * n', '2 * n * 10'), 'Ctrl+Y redoes');
  await page.keyboard.press('Control+z');
  await screenshot(page, 'file-tabs-undo');

  // The page has the undone program: it runs as it was.
  await page.click('[data-testid=clear-console]');
  await page.click('[data-testid=compile]');
  await page.waitForSelector('[data-testid=console] .line[data-kind=exit]');
  assert.deepEqual(await consoleLines(page, ['stdout', 'stderr', 'exit']), ['42', 'Program exited.']);
  assert.deepEqual(page.errors, []);
});
