// Standard packages compiled from Go's own tree (bytes, bufio, math/rand/v2, encoding/binary,
// time, text/template) on the page:
// the programs of testdata/run print gc's output for them (their .out files).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, ready, setCode, consoleLines, repo, screenshot } from '../lib.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env.done());

for (const name of ['std_bytes', 'std_bufio_scanner', 'std_math_rand_v2', 'std_encoding_binary', 'std_time_format', 'std_text_template']) {
  test(`${name}: gc's output on the page`, async () => {
    const dir = join(repo, 'testdata', 'run');
    const code = readFileSync(join(dir, `${name}.go`), 'utf8');
    const want = readFileSync(join(dir, `${name}.out`), 'utf8').trimEnd().split('\n').map((l) => l.trimEnd());
    const page = await env.page();
    await ready(page);
    await setCode(page, code);
    try {
      await page.waitForSelector('[data-testid=console] .line[data-kind=exit]', { timeout: 30000 });
    } finally {
      if (name === 'std_time_format') await screenshot(page, 'std-time-format');
    }
    const got = (await consoleLines(page, ['stdout', 'stderr', 'panic', 'exit'])).map((l) => l.trimEnd());
    assert.deepEqual(got, [...want, 'Program exited.']);
    assert.deepEqual(page.errors, []);
  });
}
