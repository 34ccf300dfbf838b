#!/usr/bin/env python3
"""Hostile inputs of about 1 MB (the shapes of compiler-core/tests/hostile.rs, full size, and
generated difftest programs as one package): builds each with the release CLI and prints a
Markdown table of the wall and user CPU time of each run, and how the build ended.

    cargo build --release -p gowasm && python3 tools/hostile.py [--gowasm PATH] [--runs N]
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main_with(body: str, head: str = "") -> str:
    return f"package main\n\n{head}func main() {{\n{body}}}\n"


def shapes() -> list[tuple[str, str]]:
    """(what, source): each at most 1 MiB."""
    fmt = 'import "fmt"\n\n'
    return [
        ("100,000 `var x int` redeclarations", "package main\n\n" + "var x int\n" * 100_000 + "func main() {}\n"),
        ("80,000 unused locals", main_with("".join(f"\tv{i} := 1\n" for i in range(80_000)))),
        ("140,000 `undefined: x`", main_with("\tx = 1\n" * 140_000)),
        ("80,000 mismatched operands", main_with('\tvar a int\n\tvar b string\n' + "\t_ = a + b\n" * 80_000)),
        ("NUL and U+00FF characters", main_with("\x00\xff" * 300_000)),
        ("NUL and 0xff bytes (not UTF-8)", main_with("\x00\udcff" * 300_000)),
        ("`x := 1 + 1 + …` (262,000 terms)", main_with("\tx := 1" + " + 1" * 262_000 + "\n\tprintln(x)\n")),
        ("52,000 `} else if`", main_with("\tx := 0\n\tif x == 0 {\n" + "\t} else if x == 1 {\n" * 52_000 + "\t}\n")),
        ("500,000 `(` deep", main_with("\tx := " + "(" * 500_000 + "1" + ")" * 500_000 + "\n\tprintln(x)\n")),
        ("`[]int{1, 1, …}` (340,000)", "package main\n\nvar a = []int{" + "1, " * 340_000 + "}\n\nfunc main() { println(len(a)) }\n"),
        ("30,000 functions", "package main\n\n" + "".join(f"func f{i}() int {{ return {i} }}\n" for i in range(30_000)) + "func main() { println(f1()) }\n"),
        ("80,000 statements", main_with("\tx := 0\n" + "\tx = x*3 + 1\n" * 80_000 + "\tprintln(x)\n")),
        ("a `switch` of 35,000 cases", "package main\n\nfunc f(x int) int {\n\tswitch x {\n" + "".join(f"\tcase {i}:\n\t\treturn {i * 3}\n" for i in range(35_000)) + "\t}\n\treturn 0\n}\n\nfunc main() { println(f(7)) }\n"),
        ("`[]string{\"s0\", …}` of 100,000 strings", "package main\n\nvar s = []string{" + ", ".join(f'"s{i}"' for i in range(100_000)) + "}\n\nfunc main() { println(len(s)) }\n"),
        ("20,000 methods on one type", "package main\n\ntype T struct{ x int }\n\n" + "".join(f"func (t *T) M{i}() int {{ return t.x + {i} }}\n" for i in range(20_000)) + "\nfunc main() { t := &T{}; println(t.M1()) }\n"),
        ("45,000 `println(\"…\")`", main_with("".join(f'\tprintln("line {i}")\n' for i in range(45_000)))),
        ("39 functions of 1,000 `fmt.Println(x, \"s…\")`", "package main\n\n" + fmt + "".join(f"func f{f}(x int) {{\n" + "".join(f'\tfmt.Println(x, "s{f}_{i}")\n' for i in range(1000)) + "}\n" for f in range(39)) + main_with("".join(f"\tf{f}({f})\n" for f in range(39)))[len("package main\n\n"):]),
        ("one function of 40,000 such calls", "package main\n\n" + fmt + "func f(x int) {\n" + "".join(f'\tfmt.Println(x, "s{i}")\n' for i in range(40_000)) + "}\n\nfunc main() { f(1) }\n"),
    ]


def run(gowasm: str, files: list[str], out: str) -> tuple[float, float, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    start = time.monotonic()
    p = subprocess.run([gowasm, "build", "--command", *files, "-o", out], capture_output=True, text=True)
    wall = time.monotonic() - start
    user = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before
    lines = p.stderr.strip().splitlines()
    if p.returncode == 0:
        result = "a module"
    elif lines and lines[-1].endswith("too many errors"):
        result = f"{len(lines) - 1} diagnostics and `too many errors`"
    else:
        result = f"`{lines[0].split(': ', 1)[-1]}`" + (f" and {len(lines) - 1} more" if len(lines) > 1 else "") if lines else f"exit {p.returncode}"
    return wall, user, "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in result)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gowasm", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "gowasm"))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        inputs = []
        for i, (what, text) in enumerate(shapes()):
            path = os.path.join(tmp, f"h{i}.go")
            with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(text)
            size = os.path.getsize(path)
            assert size <= 1 << 20, (what, size)
            inputs.append((f"{what} ({size / 1000:.0f} KB)", [path]))
        pkg = os.path.join(tmp, "pkg")
        subprocess.run([sys.executable, os.path.join(ROOT, "tools", "difftest"), "package", pkg, "230", "1025500"], check=True, capture_output=True)
        files = sorted(os.path.join(pkg, f) for f in os.listdir(pkg) if f.endswith(".go"))
        size = sum(os.path.getsize(f) for f in files)
        inputs.append((f"184 difftest programs as one package ({size / 1000:.0f} KB)", files))
        print("| input | wall | user | result |\n|---|---|---|---|")
        for what, paths in inputs:
            runs = [run(args.gowasm, paths, os.path.join(tmp, "out.wasm")) for _ in range(args.runs)]
            wall = " / ".join(f"{w:.2f}" for w, _, _ in runs)
            user = " / ".join(f"{u:.2f}" for _, u, _ in runs)
            print(f"| {what} | {wall} s | {user} s | {runs[-1][2]} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
