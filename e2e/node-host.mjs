// Runs a gowasm reactor module under Node's own WASI (node:wasi), to show that our modules
// need no host of ours: `node node-host.mjs module.wasm plan.json out.txt`.
// plan.json: {"calls": [{"name": "add", "args": [{"i32": "2"}, {"str": [104, 105]}]}]}.
// The guest's stdout and stderr and one marker line per finished call go, in order, to
// out.txt: "\u0001ok <type>:<value> ..." (floats as IEEE bits), "\u0001exit N", "\u0001trap MSG".
import { readFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { WASI } from 'node:wasi';

const [modulePath, planPath, outPath] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planPath, 'utf8'));
const out = openSync(outPath, 'w');
const mark = (line) => writeSync(out, `\u0001${line}\n`);

const wasi = new WASI({ version: 'preview1', args: ['main.wasm'], env: {}, stdout: out, stderr: out });
class Exit { constructor(code) { this.code = code; } }
const module = new WebAssembly.Module(readFileSync(modulePath));
let memory;
const text = (ptr, len) => Buffer.from(memory.buffer, ptr, len).toString('utf8');
const host = {
  log_string: (ptr, len) => writeSync(out, text(ptr, len) + '\n'),
  log_i32: (v) => writeSync(out, `${v}\n`),
  log_i64: (v) => writeSync(out, `${v}\n`),
  log_f64: (v) => writeSync(out, `${v}\n`),
};
// proc_exit unwinds to the host as an exception; Node's own would end the process.
const imports = { wasi_snapshot_preview1: { ...wasi.wasiImport, proc_exit: (code) => { throw new Exit(code); } }, host };
for (const imp of WebAssembly.Module.imports(module)) {
  imports[imp.module] ??= {};
  imports[imp.module][imp.name] ??= (...args) => {
    writeSync(out, `stub: ${imp.module}.${imp.name}(${args.join(', ')})\n`);
    return 0;
  };
}
const instance = new WebAssembly.Instance(module, imports);
// The allocator for string arguments: the export the gowasm section names ("A\tname").
const meta = WebAssembly.Module.customSections(module, 'gowasm').map((b) => new TextDecoder().decode(b))[0] ?? '';
const alloc = meta.split('\n').find((l) => l.startsWith('A\t'))?.slice(2) ?? 'malloc';
memory = instance.exports.memory;

function bits(type, v) {
  const view = new DataView(new ArrayBuffer(8));
  if (type === 'f32') { view.setFloat32(0, v, true); return String(view.getUint32(0, true)); }
  view.setFloat64(0, v, true);
  return view.getBigUint64(0, true).toString();
}

function arg(a) {
  if ('i32' in a) return [Number(BigInt.asIntN(32, BigInt(a.i32)))];
  if ('i64' in a) return [BigInt.asIntN(64, BigInt(a.i64))];
  if ('f32' in a) { const v = new DataView(new ArrayBuffer(4)); v.setUint32(0, Number(a.f32), true); return [v.getFloat32(0, true)]; }
  if ('f64' in a) { const v = new DataView(new ArrayBuffer(8)); v.setBigUint64(0, BigInt(a.f64), true); return [v.getFloat64(0, true)]; }
  if (a.str.length === 0) return [0, 0];
  const ptr = instance.exports[alloc](a.str.length);
  new Uint8Array(memory.buffer, ptr, a.str.length).set(a.str);
  return [ptr, a.str.length];
}

function guard(f) {
  try {
    f();
    return true;
  } catch (e) {
    if (e instanceof Exit) mark(`exit ${e.code}`);
    else if (e instanceof WebAssembly.RuntimeError) mark(`trap ${e.message}`);
    else mark(`trap ${String(e?.message ?? e)}`);
    return false;
  }
}

if (guard(() => wasi.initialize(instance))) {
  for (const call of plan.calls) {
    const f = instance.exports[call.name];
    const ok = guard(() => {
      const r = f(...call.args.flatMap(arg));
      const type = call.result;
      mark(type ? `ok ${type}:${type.startsWith('f') ? bits(type, r) : BigInt(r).toString()}` : 'ok');
    });
    if (!ok) break;
  }
}
closeSync(out);
