// Programs with tests and no main run their tests as go.dev/play does (go test -v, with
// benchmarks), ending with go test's `ok` or `FAIL` line as `gowasm test` prints it; a buffer
// in go.dev/play's txtar form holds several files and packages, shown as tabs; a share link
// carries every file.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, ready, setCode, consoleLines, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

async function exited(page) {
  await page.waitForSelector('[data-testid=console] .line[data-kind=exit]', { timeout: 60000 });
}

const tests = `package main

import (
	"fmt"
	"testing"
)

func Sum(xs ...int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}

func TestSum(t *testing.T) {
	if Sum(1, 2, 3) != 6 {
		t.Fatal("Sum(1, 2, 3) != 6")
	}
	t.Log("Sum works")
}

func TestWrong(t *testing.T) {
	t.Run("sub", func(t *testing.T) {
		t.Errorf("Sum() = %d, want 1", Sum())
	})
}

func ExampleSum() {
	fmt.Println(Sum(4, 5))
	// Output: 9
}

func BenchmarkSum(b *testing.B) {
	for b.Loop() {
		Sum(1, 2, 3, 4)
	}
}
`;

test('a program with tests and no main runs them as go test -v', async () => {
  const page = await env.page();
  await ready(page);
  await setCode(page, tests);
  await exited(page);
  const lines = await consoleLines(page, ['stdout', 'stderr', 'exit']);
  const text = lines.join('\n').replace(/\(\d+\.\d+s\)/g, '(0.00s)');
  for (const want of [
    '=== RUN   TestSum\n    prog_test.go:19: Sum works\n--- PASS: TestSum (0.00s)',
    '=== RUN   TestWrong\n=== RUN   TestWrong/sub\n    prog_test.go:24: Sum() = 0, want 1\n--- FAIL: TestWrong (0.00s)\n    --- FAIL: TestWrong/sub (0.00s)',
    '=== RUN   ExampleSum\n--- PASS: ExampleSum (0.00s)',
  ]) {
    assert.ok(text.includes(want), `console has:\n${want}\n--- console:\n${text}`);
  }
  assert.ok(!text.includes('BenchmarkSum'), 'benchmarks do not run after a failure, as in go test');
  assert.equal(lines.at(-2), 'FAIL');
  assert.match(lines.at(-1), /^FAIL\tplay\.ground\t\d+\.\d{3}s$/, 'go test\'s FAIL line ends the run');
  await screenshot(page, 'gotest-fail');

  // Fixed, the tests pass and the benchmark runs.
  await setCode(page, tests.replace('t.Errorf("Sum() = %d, want 1", Sum())', '_ = Sum()'));
  await exited(page);
  const passed = await consoleLines(page, ['stdout', 'stderr', 'exit']);
  assert.ok(passed.some((l) => /^BenchmarkSum\s+\t\s*\d+\t\s*[0-9.]+ ns\/op$/.test(l)), passed.join('\n'));
  assert.equal(passed.at(-2), 'PASS');
  assert.match(passed.at(-1), /^ok  \tplay\.ground\t\d+\.\d{3}s$/, 'go test\'s ok line ends the run');
  await screenshot(page, 'gotest-pass');
  assert.deepEqual(page.errors, []);
});

const twoPackages = `package main

import (
	"fmt"

	"example.com/hello/greet"
)

func main() {
	fmt.Println(greet.Hello("世界"))
}
-- go.mod --
module example.com/hello
-- greet/greet.go --
package greet

// Hello greets.
func Hello(name string) string {
	return "Hello, " + name + "!"
}
`;

test('a txtar buffer of two packages runs, errors name their files, and a share link keeps them', async () => {
  const page = await env.page();
  await ready(page);
  await setCode(page, twoPackages);
  await exited(page);
  assert.deepEqual(await consoleLines(page, ['stdout', 'stderr', 'exit']), ['Hello, 世界!', 'Program exited.']);
  await screenshot(page, 'txtar-two-packages');

  await page.click('[data-testid=share]');
  const url = await page.inputValue('[data-testid=share-url]');
  const context = await env.browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(url);
  await ready(fresh);
  // Every file comes back, each in its tab.
  const names = await fresh.$$eval('[data-testid=file-tab]', (ts) => ts.map((t) => t.dataset.name));
  assert.deepEqual(names, ['prog.go', 'go.mod', 'greet/greet.go']);
  const files = twoPackages.split(/^-- .* --\n/m);
  for (const [i, name] of names.entries()) {
    await fresh.click(`[data-testid=file-tab][data-name="${name}"]`);
    assert.equal(await fresh.inputValue('[data-testid=editor]'), files[i], name);
  }
  await context.close();

  await setCode(page, twoPackages.replace('"Hello, " + name', '"Hello, " + len(name)'));
  const diags = await page.locator('[data-testid=diagnostics]').textContent();
  assert.match(diags, /greet\/greet\.go:5:9: invalid operation: "Hello, " \+ len\(name\) \(mismatched types untyped string and int\)/);
  // The diagnostic opens its file's tab, the cursor at its place.
  await page.click('[data-testid=diagnostic] button');
  await page.waitForSelector('[data-testid=file-tab][data-name="greet/greet.go"][aria-selected=true]');
  const greet = await page.inputValue('[data-testid=editor]');
  assert.ok(greet.startsWith('package greet\n'), greet);
  const at = await page.$eval('[data-testid=editor]', (t) => t.selectionStart);
  assert.equal(greet.slice(at), greet.split('\n').slice(4).join('\n').slice(8), 'line 5, column 9');
  await screenshot(page, 'txtar-diagnostic');
  assert.deepEqual(page.errors, []);
});
