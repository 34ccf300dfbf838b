// Programs with main, as pasted from go.dev/play: built as WASI commands and run by Compile,
// with standard input, os.Args and the exit status; a program with both main and exports
// switches between reactor and command.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, ready, setCode, runCalls, consoleLines, screenshot, repo } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

const hello = `package main

import "fmt"

func main() {
	fmt.Println("Hello, 世界")
}
`;

/** Waits for the run's last line, `Program exited...`. */
async function exited(page) {
  await page.waitForSelector('[data-testid=console] .line[data-kind=exit]', { timeout: 20000 });
}

test('go.dev/play hello world runs on Compile and on Ctrl+Enter', async () => {
  const page = await env.page();
  await ready(page);
  await setCode(page, hello);
  await exited(page);
  assert.deepEqual(await consoleLines(page, ['stdout', 'stderr', 'panic', 'exit']), ['Hello, 世界', 'Program exited.']);
  assert.equal(await page.locator('[data-testid=mode]').count(), 0, 'no exports: nothing to choose');
  assert.equal(await page.locator('[data-testid=call]').count(), 0, 'no call form for a command');
  await screenshot(page, 'main-hello');
  await page.click('[data-testid=clear-console]');
  await page.focus('[data-testid=editor]');
  await page.keyboard.press('Control+Enter');
  await exited(page);
  assert.deepEqual(await consoleLines(page, ['stdout', 'exit']), ['Hello, 世界', 'Program exited.']);
  assert.deepEqual(page.errors, []);
});

test('a program reads the stdin box and sees os.Args', async () => {
  // The program, its input and gc's output for them (see app/testdata/stdin).
  const dir = join(repo, 'app', 'testdata', 'stdin');
  const code = readFileSync(join(dir, 'main.go'), 'utf8');
  const input = readFileSync(join(dir, 'input.txt'), 'utf8');
  const want = readFileSync(join(dir, 'expect.txt'), 'utf8').trimEnd().split('\n');
  const page = await env.page();
  await ready(page);
  await setCode(page, code);
  await exited(page);
  await page.fill('[data-testid=stdin]', input);
  await page.click('[data-testid=clear-console]');
  await page.click('[data-testid=run-again]');
  await exited(page);
  assert.deepEqual(await consoleLines(page, ['stdout', 'stderr', 'panic', 'exit']), [...want, 'Program exited.']);
  await screenshot(page, 'main-stdin');
  assert.deepEqual(page.errors, []);
});

const both = `package main

import "fmt"

//go:wasmexport add
func add(a, b int32) int32 { return a + b }

func main() {
	fmt.Println("main ran:", add(2, 3))
}
`;

test('a program with main and exports switches between reactor and command', async () => {
  const page = await env.page();
  await ready(page);
  await setCode(page, both);
  assert.equal(await page.inputValue('[data-testid=mode]'), 'reactor');
  await runCalls(page, 'add 2 40');
  assert.deepEqual(await consoleLines(page), ['=> add(2, 40) = 42'], 'a reactor: main does not run');
  await screenshot(page, 'main-both-reactor');

  await page.click('[data-testid=clear-console]');
  await page.selectOption('[data-testid=mode]', 'command');
  await exited(page);
  assert.deepEqual(await consoleLines(page, ['stdout', 'exit']), ['main ran: 5', 'Program exited.']);
  assert.equal(await page.getAttribute('[data-testid=mode]', 'data-built'), 'command');
  assert.equal(await page.locator('[data-testid=call]').count(), 0);
  await screenshot(page, 'main-both-command');

  // The mode travels in the share link.
  await page.click('[data-testid=share]');
  const url = await page.inputValue('[data-testid=share-url]');
  assert.match(url, /[#&]mode=command(&|$)/);
  const context = await env.browser.newContext();
  const again = await context.newPage();
  again.errors = [];
  again.on('pageerror', (e) => again.errors.push(String(e)));
  await again.goto(url);
  await ready(again);
  await exited(again);
  assert.equal(await again.inputValue('[data-testid=mode]'), 'command');
  assert.deepEqual(await consoleLines(again, ['stdout', 'exit']), ['main ran: 5', 'Program exited.']);
  assert.deepEqual([...page.errors, ...again.errors], []);
});

test('os.Exit, panics and the step budget end main with their status', async () => {
  const page = await env.page();
  await ready(page);
  await setCode(page, `package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("bye")
	os.Exit(3)
}
`);
  await exited(page);
  assert.deepEqual(await consoleLines(page, ['stdout', 'stderr', 'panic', 'exit']), ['bye', 'Program exited: status 3.']);
  await screenshot(page, 'main-exit-3');

  await page.click('[data-testid=clear-console]');
  await setCode(page, `package main

func main() {
	a := []int{1, 2, 3}
	i := 5
	a[i] = 0
}
`);
  await exited(page);
  const lines = await consoleLines(page, ['stdout', 'stderr', 'panic', 'exit']);
  assert.equal(lines[0], 'panic: runtime error: index out of range [5] with length 3');
  assert.equal(lines.at(-1), 'Program exited: status 2.');

  // A new budget rebuilds and reruns the program; then the runaway one.
  await page.click('[data-testid=clear-console]');
  await page.fill('[data-testid=step-budget]', '1000000');
  await page.locator('[data-testid=step-budget]').press('Tab');
  await exited(page);
  await page.click('[data-testid=clear-console]');
  await setCode(page, `package main

func main() {
	n := 0
	for {
		n++
	}
}
`);
  await exited(page);
  assert.deepEqual(await consoleLines(page, ['stdout', 'stderr', 'panic', 'exit']), ['fatal error: step budget exceeded', 'Program exited: status 2.']);
  await screenshot(page, 'main-step-budget');
  assert.deepEqual(page.errors, []);
});
