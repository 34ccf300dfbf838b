// Where a page load's CPU goes until the actor example is ready, from Chromium's trace (each
// event's thread CPU time, which a loaded machine skews much less than wall time): the
// worker's compile at load (its CPU, and how much of it is V8 compiling functions on their
// first call, lazily, with Liftoff), V8's background tier-up (TurboFan) and the page's main
// thread. Prints one line per load.
// usage: NODE_PATH=.tools/npm/node_modules node tools/page_trace.js http://127.0.0.1:PORT/ [loads]
// with dist/ served on PORT (`python3 -m http.server PORT --directory dist`); playwright-core
// and Chromium as tools/page_bench.sh installs them.
const { tracedLoads } = require('./page_traced');

const CATEGORIES = ['devtools.timeline', 'toplevel', 'v8', 'v8.execute', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed'];

/** CPU ms of the trace's events named `name` on threads named `thread` (any when null),
 *  counted within [from, to) when given, and how many there were. */
function cpu(events, threads, name, thread, from = -Infinity, to = Infinity) {
  const hits = events.filter((e) => e.ph === 'X' && e.name === name && e.ts >= from && e.ts < to && (thread === null || threads.get(`${e.pid}/${e.tid}`) === thread));
  return { ms: Math.round(hits.reduce((s, e) => s + (e.tdur || 0), 0) / 1000), n: hits.length };
}

(async () => {
  const url = process.argv[2];
  const loads = Number(process.argv[3] || 3);
  await tracedLoads(url, loads, CATEGORIES, (events, threads, ready, i) => {
    const worker = 'DedicatedWorker thread';
    // The worker's longest message task is its start: instantiating, then the compile at load.
    const start = events.filter((e) => e.ph === 'X' && e.name === 'HandlePostMessage' && threads.get(`${e.pid}/${e.tid}`) === worker).sort((a, b) => b.dur - a.dur)[0];
    const lazy = cpu(events, threads, 'wasm.CompileLazy', worker, start.ts, start.ts + start.dur);
    const turbofan = cpu(events, threads, 'wasm.TopTierCompilation', null);
    const main = cpu(events, threads, 'ThreadControllerImpl::RunTask', 'CrRendererMain');
    // When the page's wasm was compiled (from the page's first request) and how long after
    // that the worker began its start: the worker gets the module only from the page.
    const t0 = Math.min(...events.filter((e) => e.name === 'ResourceSendRequest').map((e) => e.ts));
    const compiled = events.find((e) => e.name === 'wasm.FinishAsyncCompile' && threads.get(`${e.pid}/${e.tid}`) === 'CrRendererMain');
    const at = compiled ? `wasm compiled at ${Math.round((compiled.ts - t0) / 1000)} ms, the worker's start ${Math.round((start.ts - compiled.ts) / 1000)} ms after; ` : '';
    console.log(`load ${i + 1}: ready ${ready} ms; ${at}the worker's start ${Math.round(start.dur / 1000)} ms wall, ${Math.round(start.tdur / 1000)} ms CPU, of which lazy compilation ${lazy.ms} ms (${lazy.n} functions); TurboFan ${turbofan.ms} ms CPU; the page's main thread ${main.ms} ms CPU`);
  });
})().catch((e) => { console.error(e); process.exit(1); });
