// The editor knows Go, from the checker in the page's worker: hover, go to definition (F12,
// Ctrl+click), completion (after `.`, Ctrl+Space; arrows, Enter, Escape), signature help and
// diagnostics as typed, with no compile. The popups pass an axe audit.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { setup, ready, setCode, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

const editor = '[data-testid=editor]';
const code = `package main

import (
	"fmt"
	"strings"
)

// Greeting says hello to name.
func Greeting(name string, loud bool) string {
	if loud {
		return strings.ToUpper("hello, " + name)
	}
	return "hello, " + name
}

type Box struct {
	Label string
	Count int
}

func main() {
	b := Box{Label: "x", Count: 2}
	fmt.Println(Greeting(b.Label, true), b.Count)
}
`;

/** Puts the cursor at UTF-16 offset `at` of the editor. */
async function cursorAt(page, at) {
  await page.$eval(editor, (t, at) => {
    t.focus();
    t.setSelectionRange(at, at);
  }, at);
}

/** The page coordinates of the middle of the character at offset `at` of `code`. */
async function pointAt(page, at) {
  return page.$eval(editor, (t, [code, at]) => {
    const r = t.getBoundingClientRect();
    const cw = document.querySelector('.code .measure').getBoundingClientRect().width / 10;
    const before = code.slice(0, at);
    const line = before.split('\n').length - 1;
    let col = 0;
    for (const ch of before.slice(before.lastIndexOf('\n') + 1)) col = ch === '\t' ? (Math.floor(col / 4) + 1) * 4 : col + 1;
    return { x: r.left + 14 + (col + 0.5) * cw, y: r.top + 10 + line * 20 + 10 };
  }, [code, at]);
}

async function start() {
  const page = await env.page();
  await ready(page);
  await setCode(page, code);
  return page;
}

test('ide: hover shows the declaration and its doc comment', async () => {
  const page = await start();
  const use = code.indexOf('Greeting(b.Label');
  const { x, y } = await pointAt(page, use + 2);
  await page.mouse.move(x, y);
  await page.waitForSelector('[data-testid=hover]');
  const text = await page.textContent('[data-testid=hover]');
  assert.ok(text.includes('func Greeting(name string, loud bool) string'), text);
  assert.ok(text.includes('Greeting says hello to name.'), text);
  await screenshot(page, 'ide-hover');
  // From the keyboard: Ctrl+I describes the name at the cursor (a field here).
  await page.mouse.move(5, 5);
  await cursorAt(page, code.indexOf('Count)') + 1);
  await page.keyboard.press('Control+i');
  await page.waitForFunction(() => document.querySelector('[data-testid=hover]')?.textContent.includes('field Count int'));
  // A standard package's name: its doc comment comes from the package's docs, fetched once
  // (the embedded sources have none).
  await page.keyboard.press('Escape');
  await cursorAt(page, code.indexOf('Println') + 2);
  await page.keyboard.press('Control+i');
  await page.waitForFunction(() => document.querySelector('[data-testid=hover]')?.textContent.includes('func fmt.Println'));
  const doc = await page.textContent('[data-testid=hover]');
  assert.ok(doc.includes('Println formats using the default formats for its operands'), doc);
  await screenshot(page, 'ide-hover-std-doc');
  assert.deepEqual(page.errors, []);
});

test('ide: go to definition with F12 and Ctrl+click', async () => {
  const page = await start();
  await cursorAt(page, code.indexOf('Greeting(b.Label') + 3);
  await page.keyboard.press('F12');
  const decl = code.indexOf('Greeting(name');
  await page.waitForFunction((at) => document.querySelector('[data-testid=editor]').selectionStart === at, decl);
  await screenshot(page, 'ide-definition');
  const field = code.indexOf('b.Label,') + 2;
  const { x, y } = await pointAt(page, field + 1);
  await page.keyboard.down('Control');
  await page.mouse.click(x, y);
  await page.keyboard.up('Control');
  const fieldDecl = code.indexOf('Label string');
  await page.waitForFunction((at) => document.querySelector('[data-testid=editor]').selectionStart === at, fieldDecl);
  assert.deepEqual(page.errors, []);
});

test('ide: completion after a dot and with Ctrl+Space, chosen with the keys', async () => {
  const page = await start();
  const end = code.indexOf('b.Count)\n}') + 'b.Count)'.length;
  await cursorAt(page, end);
  await page.keyboard.press('Enter');
  await page.keyboard.type('b.');
  await page.waitForSelector('[data-testid=completion]');
  const items = await page.$$eval('[data-testid=completion-item] .label', (ls) => ls.map((l) => l.textContent));
  assert.deepEqual(items, ['Count', 'Label']);
  await screenshot(page, 'ide-completion');
  const { violations } = await new AxeBuilder({ page }).include('.code').analyze();
  assert.deepEqual(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), [], 'the list passes axe');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=completion]', { state: 'detached' });
  assert.ok((await page.inputValue(editor)).includes('\tb.Label\n}'), 'Enter inserts the selected item');
  // Ctrl+Space completes names in scope; typing narrows the list; Escape closes it.
  await page.keyboard.press('Enter');
  await page.keyboard.type('str');
  await page.keyboard.press('Control+Space');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=completion-item] .label')].some((l) => l.textContent === 'strings'));
  await page.keyboard.type('ings.Has');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=completion-item] .label')].map((l) => l.textContent).join() === 'HasPrefix,HasSuffix');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=completion]', { state: 'detached' });
  assert.deepEqual(page.errors, []);
});

test('ide: signature help marks the current argument', async () => {
  const page = await start();
  const end = code.indexOf('b.Count)\n}') + 'b.Count)'.length;
  await cursorAt(page, end);
  await page.keyboard.press('Enter');
  await page.keyboard.type('_ = Greeting(');
  await page.waitForSelector('[data-testid=signature-help]');
  assert.equal(await page.textContent('[data-testid=active-param]'), 'name string');
  await page.keyboard.type('"a", ');
  await page.waitForFunction(() => document.querySelector('[data-testid=active-param]')?.textContent === 'loud bool');
  assert.ok((await page.textContent('[data-testid=signature-help]')).includes('Greeting(name string, loud bool) string'));
  await screenshot(page, 'ide-signature');
  // Diagnostics as typed: the unfinished call is reported with no compile.
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=diagnostic]')].some((d) => d.textContent.includes('syntax error')));
  await page.keyboard.type('false)');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=diagnostic]').length === 0);
  assert.deepEqual(page.errors, []);
});

test('ide: diagnostics as typed, the last good module kept', async () => {
  const page = await start();
  const end = code.indexOf('b.Count)\n}') + 'b.Count)'.length;
  await cursorAt(page, end);
  await page.keyboard.press('Enter');
  await page.keyboard.type('x := b.Size');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=diagnostic]')].some((d) => d.textContent.includes('b.Size undefined (type Box has no field or method Size)')));
  await screenshot(page, 'ide-diagnostics');
  // The module of the last compile still runs.
  const hellos = () => page.$$eval('[data-testid=console] [data-kind=stdout]', (ls) => ls.filter((l) => l.textContent === 'HELLO, X 2').length);
  const n = await hellos();
  assert.ok(n >= 1);
  await page.click('[data-testid=run-again]');
  await page.waitForFunction((n) => [...document.querySelectorAll('[data-testid=console] [data-kind=stdout]')].filter((l) => l.textContent === 'HELLO, X 2').length > n, n);
  assert.deepEqual(page.errors, []);
});
