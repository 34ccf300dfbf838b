// A program using encoding/json (compiled from Go's own source, over our reflect) compiles
// and runs in the page: its standard packages are fetched on first import, and the output
// is gc's.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, ready, setCode, consoleLines, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

const program = `package main

import (
	"encoding/json"
	"fmt"
)

type Order struct {
	ID    int      \`json:"id"\`
	Items []string \`json:"items"\`
	Note  string   \`json:"note,omitempty"\`
}

func main() {
	b, err := json.Marshal(Order{ID: 7, Items: []string{"tea", "cake"}})
	fmt.Println(string(b), err)
	var o Order
	err = json.Unmarshal([]byte(\`{"id": 8, "items": ["jam"], "note": "to go"}\`), &o)
	fmt.Printf("%+v %v\\n", o, err)
	err = json.Unmarshal([]byte(\`{"id": "x"}\`), &o)
	fmt.Println(err)
}
`;

test('a program using encoding/json compiles and runs in the page', async () => {
  const page = await env.page();
  await ready(page);
  await setCode(page, program);
  await page.waitForSelector('[data-testid=console] .line[data-kind=exit]', { timeout: 60000 });
  const lines = await consoleLines(page, ['stdout', 'stderr', 'exit']);
  // gc's output (Go 1.27.3, wasip1).
  assert.deepEqual(lines, [
    '{"id":7,"items":["tea","cake"]} <nil>',
    '{ID:8 Items:[jam] Note:to go} <nil>',
    'json: cannot unmarshal string into Go struct field Order.id of type int',
    'Program exited.',
  ]);
  await screenshot(page, 'json');
  assert.deepEqual(page.errors, []);
});
