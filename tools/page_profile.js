// Where the page's and its worker's time goes until the actor example is ready, by function:
// V8's sampling profiler, recorded in Chromium's trace, summed over fresh loads (no idle
// warm-up). Prints, for the page's main thread and its compiling worker, the functions with
// the most samples, each sample counting the wall time to the next (a thread waiting for a
// core counts where it waits), per load; wasm functions by name when the site's wasm keeps
// its name section (`wasm-bindgen --keep-debug`, `wasm-opt -g`).
// usage: NODE_PATH=e2e/node_modules node tools/page_profile.js http://127.0.0.1:PORT/ [loads] [top]
// with dist/ served on PORT (`python3 -m http.server PORT --directory dist`).
const { tracedLoads } = require('./page_traced');

const CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-v8.cpu_profiler'];

/** Sampled time (µs) per function name on each of the page's threads, added to `totals`. */
function profile(events, threads, totals) {
  const nodes = new Map();
  // A profile's chunks come from the profiler's thread; its `Profile` event, from the thread
  // it samples.
  // Only the page's renderer, the one that runs its worker (the browser's own pages have
  // renderers too).
  const page = new Set([...threads].filter(([, name]) => name === 'DedicatedWorker thread').map(([key]) => key.split('/')[0]));
  const owner = new Map(events.filter((e) => e.name === 'Profile' && page.has(String(e.pid))).map((e) => [`${e.pid}/${e.id}`, threads.get(`${e.pid}/${e.tid}`) || `${e.pid}/${e.tid}`]));
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const thread = owner.get(`${e.pid}/${e.id}`);
    if (!thread) continue;
    const data = e.args.data || {};
    const cpu = data.cpuProfile || {};
    const key = `${e.pid}/${e.id}`;
    if (!nodes.has(key)) nodes.set(key, { thread, names: new Map() });
    const p = nodes.get(key);
    for (const n of cpu.nodes || []) {
      const f = n.callFrame || {};
      p.names.set(n.id, f.functionName || `(anonymous ${(f.url || '').split('/').pop()}:${f.lineNumber})`);
    }
    const samples = cpu.samples || [];
    const deltas = data.timeDeltas || [];
    for (let i = 0; i < samples.length; i++) {
      const name = p.names.get(samples[i]) || '?';
      const t = totals.get(p.thread) || new Map();
      totals.set(p.thread, t);
      // A sample's time is the gap to the next one.
      t.set(name, (t.get(name) || 0) + Math.max(0, deltas[i + 1] || 0));
    }
  }
}

(async () => {
  const url = process.argv[2];
  const loads = Number(process.argv[3] || 3);
  const top = Number(process.argv[4] || 40);
  const totals = new Map();
  await tracedLoads(url, loads, CATEGORIES, (events, threads, ready, i) => {
    profile(events, threads, totals);
    console.log(`load ${i + 1}: ready ${ready} ms`);
  });
  for (const [thread, t] of totals) {
    const all = [...t.values()].reduce((a, b) => a + b, 0);
    if (all < 5000 * loads) continue;
    console.log(`\n${thread}: ${(all / 1000 / loads).toFixed(1)} ms sampled per load`);
    for (const [name, us] of [...t].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${(us / 1000 / loads).toFixed(1).padStart(8)} ms  ${name}`);
    }
  }
})().catch((e) => { console.error(e); process.exit(1); });
