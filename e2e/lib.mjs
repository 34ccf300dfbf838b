// Shared pieces of the browser tests: a static server for dist/, Debian's Chromium driven by
// playwright-core, screenshots, and the shared examples.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, '..');
export const dist = process.env.GOWASM_DIST ?? join(repo, 'dist');
export const shared = process.env.GOWASM_SHARED ?? join(repo, '..', 'shared');
export const screenshots = process.env.GOWASM_SCREENSHOTS ?? join(here, 'screenshots');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};

/** Serves `dist/` on a free loopback port. */
export async function serve(root = dist) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: build the site first (trunk build --release --offline)`);
  }
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? join(path, 'index.html') : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

export const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });
}

/** A fresh page; uncaught page errors are collected in `page.errors` so tests can assert none. */
export async function open(browser, url, { width = 1400, height = 900, clipboard = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  return page;
}

export async function screenshot(page, name) {
  await mkdir(screenshots, { recursive: true });
  const path = join(screenshots, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export function example(name, file = 'main.go') {
  return readFileSync(join(shared, 'examples', name, file), 'utf8');
}

/** Starts server and browser for one test file; returns a context with `page()` and `done()`. */
export async function setup() {
  const server = await serve();
  const browser = await launch();
  return {
    url: server.url,
    browser,
    page: (opts) => open(browser, server.url, opts),
    async done() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the program is compiled and instantiated. */
export async function ready(page) {
  await page.waitForSelector('.app[data-ready="true"]', { timeout: 20000 });
}

/** The console's lines of the given kinds (`data-kind`), as text. */
export function consoleLines(page, kinds = ['stdout', 'stderr', 'import', 'call', 'panic']) {
  return page.$$eval('[data-testid=console] .line', (els, kinds) => els.filter((e) => kinds.includes(e.dataset.kind)).map((e) => e.textContent), kinds);
}

/** Replaces the program in the editor and compiles it. */
export async function setCode(page, code) {
  await page.fill('[data-testid=editor]', code);
  await page.click('[data-testid=compile]');
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid=build-status]')?.textContent ?? '';
    return !s.includes('compiling') && !s.includes('edited');
  });
  await ready(page);
}

/** Picks an example from the menu and waits for its build. */
export async function loadExample(page, name) {
  await page.selectOption('[data-testid=examples]', name);
  await page.waitForFunction((n) => document.querySelector('[data-testid=examples]')?.value === n, name);
  await page.waitForFunction(() => !(document.querySelector('[data-testid=build-status]')?.textContent ?? '').includes('compiling'));
  await ready(page);
}

/** Unfolds the calls list, as a user does before typing into it. */
export async function openCallsList(page) {
  if (!(await page.$eval('[data-testid=calls]', (t) => t.closest('details')?.open ?? true))) {
    await page.click('details:has([data-testid=calls]) > summary');
  }
}

/** Clears the console, runs a calls list and waits until `calls` call lines or a panic/error show. */
export async function runCalls(page, text, { until } = {}) {
  await page.click('[data-testid=clear-console]');
  await openCallsList(page);
  await page.fill('[data-testid=calls]', text);
  await page.click('[data-testid=run-calls]');
  const n = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).length;
  await page.waitForFunction(
    ([n, until]) => {
      const lines = [...document.querySelectorAll('[data-testid=console] .line')];
      if (until) return lines.some((l) => l.textContent.includes(until));
      return lines.filter((l) => l.dataset.kind === 'call').length >= n || lines.some((l) => ['panic', 'error'].includes(l.dataset.kind));
    },
    [n, until],
    { timeout: 20000 },
  );
}

/** Asserts that each wanted line appears inside some line, in this order. */
export function containsInOrder(lines, wanted) {
  let at = 0;
  for (const w of wanted) {
    const i = lines.slice(at).findIndex((l) => l.includes(w));
    if (i < 0) throw new Error(`expected a line containing ${JSON.stringify(w)} after line ${at} in:\n${lines.join('\n')}`);
    at += i + 1;
  }
}

/** A gofmt-formatted program of `n` lines. */
export function longProgram(n) {
  const out = ['package main', '', 'import "fmt"', ''];
  for (let i = 0; out.length < n - 6; i++) {
    out.push(`// f${i} returns its argument plus ${i}.`, `func f${i}(x int) int {`, `\treturn x + ${i} // "é" \`raw\``, '}', '');
  }
  out.push('func main() {', '\tfmt.Println(f0(1), f1(2))', '}');
  while (out.length < n) out.push('');
  return out.join('\n');
}

/** The editor's whole text, as Ctrl+A, Ctrl+C copies it (the textarea holds only the lines
 *  around the view of a long text); needs the clipboard permissions. */
export async function copyAll(page) {
  await page.focus('[data-testid=editor]');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Ctrl+A, Ctrl+V of `text` (through the clipboard): ms from the key press until the page has
 *  handled the input and painted the next frame. */
export async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('[data-testid=editor]');
  await page.keyboard.press('Control+A');
  await page.evaluate(() => {
    const t = document.querySelector('[data-testid=editor]');
    window.pasted = new Promise((resolve) => {
      let t0;
      document.addEventListener('keydown', () => { t0 = performance.now(); }, { capture: true, once: true });
      t.addEventListener('input', () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)), { once: true });
    });
  });
  await page.keyboard.press('Control+V');
  return page.evaluate(() => window.pasted);
}
