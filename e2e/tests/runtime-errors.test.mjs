// A panic and a deadlock show gc's reports, and the page keeps working afterwards.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setup, ready, loadExample, runCalls, consoleLines, containsInOrder, example, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

for (const name of ['panic', 'deadlock']) {
  test(`${name}: gc's report, then the page still works`, async () => {
    const page = await env.page();
    await ready(page);
    await loadExample(page, name);
    await runCalls(page, example(name, 'calls.txt'));
    await page.waitForSelector('[data-testid=console] .line[data-kind=panic]');
    const lines = await consoleLines(page);
    containsInOrder(lines, example(name, 'expect.contains.txt').trim().split('\n'));
    await screenshot(page, name);
    // Still usable: a new instance, and an ordinary call goes through.
    await page.click('[data-testid=reset]');
    await ready(page);
    await loadExample(page, 'hello');
    await runCalls(page, 'hello_world');
    assert.deepEqual(await consoleLines(page), ['Hello world!', '=> hello_world()']);
    assert.deepEqual(page.errors, []);
  });
}
