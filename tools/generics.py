#!/usr/bin/env python3
"""The two strategies for generic instances, measured (BENCHMARKS.md, "Generics: instances
and GC shapes"): module sizes of programs with many instances built with `--generics mono`
(one body per list of type arguments) and `--generics shape` (instances of the same code
share one body), each program's output compared between the two, and the run time of a
generic Sum/Map/Filter pipeline against its hand-written int version
(tools/generics/sum_map_filter.go) on wasmtime, for both.

    pip install wasmtime
    cargo build --release -p gowasm
    python3 tools/generics.py [--rounds 100] [--repeat 7]
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

import wasmtime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
GOWASM = os.path.join(TARGET, "release", "gowasm")
MODES = ["mono", "shape"]
# Programs with many instances (command mode).
SIZES = [
    "tools/sizes/generic_list10.go",
    "tools/sizes/generic_omap.go",
    "tools/sizes/generic_slices_maps.go",
    "tools/sizes/slices_sort.go",
    "tools/sizes/json_roundtrip.go",
    "testdata/run/generic_shapes.go",
    "testdata/run/generics_funcs.go",
    "testdata/run/generics_types.go",
]
SPEED = "tools/generics/sum_map_filter.go"


def build(src, out, mode, command=True):
    cmd = [GOWASM, "build", src, "-o", out, "--generics", mode] + (["--command"] if command else [])
    t = time.perf_counter()
    subprocess.run(cmd, check=True)
    return time.perf_counter() - t


def run(src, mode):
    r = subprocess.run([GOWASM, "run", src, "--generics", mode], capture_output=True)
    return r.returncode, r.stdout + r.stderr


def sizes(tmp):
    print("| program | mono (bytes) | shape (bytes) | saved | build mono / shape (s, best of 3) | same output |")
    print("|---|---|---|---|---|---|")
    for src in SIZES:
        path = os.path.join(ROOT, src)
        size, secs = {}, {}
        for mode in MODES:
            out = os.path.join(tmp, mode + ".wasm")
            secs[mode] = min(build(path, out, mode) for _ in range(3))
            size[mode] = os.path.getsize(out)
        same = run(path, "mono") == run(path, "shape")
        saved = size["mono"] - size["shape"]
        print(f"| `{src}` | {size['mono']:,} | {size['shape']:,} | {saved:,} ({saved / size['mono']:.1%}) | {secs['mono']:.3f} / {secs['shape']:.3f} | {'yes' if same else 'NO'} |")


def speed(tmp, rounds, repeat):
    print()
    print(f"Sum(Filter(Map(xs, double), odd3)) over 100,000 ints, {rounds} rounds, best of {repeat} alternated calls (wasmtime):")
    print()
    print("| strategy | module (bytes) | generic (ms) | hand-written int (ms) | generic / hand-written |")
    print("|---|---|---|---|---|")
    for mode in MODES:
        out = os.path.join(tmp, "smf_" + mode + ".wasm")
        build(os.path.join(ROOT, SPEED), out, mode, command=False)
        eng = wasmtime.Engine()
        store = wasmtime.Store(eng)
        store.set_wasi(wasmtime.WasiConfig())
        linker = wasmtime.Linker(eng)
        linker.define_wasi()
        inst = linker.instantiate(store, wasmtime.Module.from_file(eng, out))
        ex = inst.exports(store)
        ex["_initialize"](store)
        best = {"generic": None, "handwritten": None}
        results = {}
        for _ in range(repeat):
            for name in best:
                t = time.perf_counter()
                results[name] = ex[name](store, rounds)
                d = time.perf_counter() - t
                best[name] = d if best[name] is None else min(best[name], d)
        if results["generic"] != results["handwritten"]:
            print(f"results differ: {results}", file=sys.stderr)
            sys.exit(1)
        g, h = best["generic"], best["handwritten"]
        print(f"| {mode} | {os.path.getsize(out):,} | {g * 1000:.1f} | {h * 1000:.1f} | {g / h:.3f} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=7)
    a = ap.parse_args()
    if not os.path.exists(GOWASM):
        print(f"{GOWASM} not found: cargo build --release -p gowasm", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        sizes(tmp)
        speed(tmp, a.rounds, a.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
