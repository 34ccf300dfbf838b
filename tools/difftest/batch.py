"""The batch oracle: many generated programs built by gc into one module, run one per instance.

Building and compiling gc's module dominates a single program's check (gc links a 2 MB
runtime every time and wasmtime compiles it every time). Here each program becomes its own
package `dtpN` (N its seed) of one Go module with `main` renamed `DtMain`; the command module's
`main` runs the program named by its first argument, and the export programs go into a second,
c-shared module with their exports renamed `dtpN_<name>`. Each module is built once and
compiled once (wasmtime's baseline compiler, Winch: the module runs for milliseconds per
program, so compiling fast matters more than fast code), and every program runs in a fresh
store and instance, so output, exit codes, panics and deadlocks stay per program. Package
initializers of the other programs do run; the generator's only package-level variables
(`state`, `hist`, `seq`, `errSentinel`) have no side effects.

What batching changes in a transcript is undone: type names qualified by the program's
package (`dtpN.T` in panics, `%T` and `%v`) read `main.T` again. Goroutine traces, which
name packages and addresses, are cut by gcref.normalize as for a single program.

gc's build cache would grow by about half a megabyte per program; the batches use a private
cache, hard-linked from a primed one that holds the standard library, and every batch's own
entries are deleted after it.
"""
from __future__ import annotations

import fcntl
import os
import re
import shutil
import subprocess
import tempfile
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gcref  # noqa: E402  (tools/gcref.py)

PKG = "dtp"
QUALIFIED = re.compile(r"\b" + PKG + r"\d+\.")
MODULE = "m"

# What the generator imports (gen.Gen.assemble), plus `os` for the dispatcher: the primed
# cache holds these, compiled for wasip1 in both build modes.
PRIME = """package main

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
)

//go:wasmexport prime
func prime() {}

func main() {
	fmt.Println(errors.New("x"), os.Args, slices.Sorted(maps.Keys(map[int]int{})), strings.ToUpper("x"))
}
"""


class Program:
    """A generated program: its seed, source and calls list (None for a command)."""

    def __init__(self, seed: int, src: str, calls: str | None):
        self.seed, self.src, self.calls = seed, src, calls

    @property
    def pkg(self) -> str:
        return f"{PKG}{self.seed}"

    def batchable(self) -> bool:
        """No code of its own runs at package initialization (no init function, no
        package-level variable initialized by a call other than errors.New), so it can share
        a module: every program's initializers run in every instance."""
        if re.search(r"^func init\(", self.src, re.M):
            return False
        return all(m.group(1).startswith("errors.New(") for m in re.finditer(r"^var \w+(?: [^=\n]+)? = (.*)$", self.src, re.M))

    def as_package(self) -> str:
        s = self.src.replace("\npackage main\n", f"\npackage {self.pkg}\n", 1)
        if s.startswith("package main\n"):
            s = f"package {self.pkg}\n" + s[len("package main\n"):]
        s = re.sub(r"^func main\(\) \{", "func DtMain() {", s, count=1, flags=re.M)
        if self.calls is not None:
            s = re.sub(r"^//go:wasmexport (\w+)$", rf"//go:wasmexport {self.pkg}_\1", s, flags=re.M)
        return s


def unqualify(text: str) -> str:
    return QUALIFIED.sub("main.", text)


# ---------------------------------------------------------------------------------------------
# the engine


_engine = None
_engine_lock = threading.Lock()


def engine():
    """A wasmtime engine with the Winch baseline compiler (strategy 2 of the C API, which the
    Python binding does not name), or Cranelift without optimizations where Winch is missing."""
    global _engine
    import wasmtime
    from wasmtime import _ffi as ffi

    with _engine_lock:
        if _engine is None:
            cfg = gcref.interruptible(wasmtime.Config())
            ffi.wasmtime_config_strategy_set(cfg.ptr(), 2)
            eng = wasmtime.Engine(cfg)
            try:
                wasmtime.Module(eng, b"\0asm\1\0\0\0")
            except wasmtime.WasmtimeError:
                cfg = gcref.interruptible(wasmtime.Config())
                cfg.cranelift_opt_level = "none"
                eng = wasmtime.Engine(cfg)
            _engine = eng
    return gcref.ticking(_engine)


# ---------------------------------------------------------------------------------------------
# gc's build cache


def _files(root: str) -> set[str]:
    out = set()
    for d, _, files in os.walk(root):
        for f in files:
            out.add(os.path.relpath(os.path.join(d, f), root))
    return out


class GoCache:
    """A private GOCACHE: the primed standard library (hard links), and each batch's entries
    removed by trim()."""

    def __init__(self):
        base = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "gowasm-difftest", "gocache")
        os.makedirs(base, exist_ok=True)
        with open(base + ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            _prime(base)
            self.dir = tempfile.mkdtemp(prefix="difftest-gocache-")
            self.keep = _files(base)
            for rel in self.keep:
                dst = os.path.join(self.dir, rel)
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                os.link(os.path.join(base, rel), dst)

    def env(self) -> dict:
        return dict(gcref.WASMENV, GOCACHE=self.dir)

    def trim(self):
        for rel in _files(self.dir) - self.keep:
            try:
                os.remove(os.path.join(self.dir, rel))
            except OSError:
                pass

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def _prime(cache: str):
    d = tempfile.mkdtemp(prefix="difftest-prime-")
    try:
        with open(os.path.join(d, "go.mod"), "w") as f:
            f.write(f"module {MODULE}\n\ngo 1.27\n")
        with open(os.path.join(d, "main.go"), "w") as f:
            f.write(PRIME)
        env = dict(gcref.WASMENV, GOCACHE=cache)
        for mode in ([], ["-buildmode=c-shared"]):
            b = subprocess.run([gcref.GO, "build", "-o", "x.wasm", *mode, "."], cwd=d, env=env, capture_output=True, text=True)
            if b.returncode != 0:
                raise gcref.BuildError(f"priming gc's cache failed:\n{b.stderr}")
    finally:
        shutil.rmtree(d, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# building and running a batch


def dispatcher(progs: list[Program], c_shared: bool) -> str:
    if c_shared:
        imports = "".join(f'\t_ "{MODULE}/{p.pkg}"\n' for p in progs)
        return f"package main\n\nimport (\n{imports})\n\nfunc main() {{}}\n"
    imports = "".join(f'\t{p.pkg} "{MODULE}/{p.pkg}"\n' for p in progs)
    cases = "".join(f'\tcase "{p.seed}":\n\t\t{p.pkg}.DtMain()\n' for p in progs)
    return f'package main\n\nimport (\n\t"os"\n\n{imports})\n\nfunc main() {{\n\tswitch os.Args[1] {{\n{cases}\t}}\n}}\n'


FAILED_PKG = re.compile(r"^# " + MODULE + r"/(" + PKG + r"\d+)$", re.M)


def build(progs: list[Program], c_shared: bool, cache: GoCache) -> tuple[bytes, list[Program]]:
    """gc's module of the programs it accepts, and the programs it rejects (left out)."""
    d = tempfile.mkdtemp(prefix="difftest-batch-")
    rejected = []
    try:
        with open(os.path.join(d, "go.mod"), "w") as f:
            f.write(f"module {MODULE}\n\ngo 1.27\n")
        for p in progs:
            os.makedirs(os.path.join(d, p.pkg))
            with open(os.path.join(d, p.pkg, "main.go"), "w", encoding="utf-8") as f:
                f.write(p.as_package())
        live = list(progs)
        while True:
            with open(os.path.join(d, "main.go"), "w") as f:
                f.write(dispatcher(live, c_shared))
            cmd = [gcref.GO, "build", "-o", "x.wasm"] + (["-buildmode=c-shared"] if c_shared else []) + ["."]
            b = subprocess.run(cmd, cwd=d, env=cache.env(), capture_output=True, text=True)
            if b.returncode == 0:
                with open(os.path.join(d, "x.wasm"), "rb") as f:
                    return f.read(), rejected
            bad = set(FAILED_PKG.findall(b.stderr))
            if not bad:
                raise gcref.BuildError(f"gc cannot build the batch:\n{b.stderr}")
            rejected += [p for p in live if p.pkg in bad]
            live = [p for p in live if p.pkg not in bad]
            if not live:
                return b"", rejected
    finally:
        shutil.rmtree(d, ignore_errors=True)
        cache.trim()


def run_command(module, prog: Program) -> str:
    g = gcref.Guest(module, engine(), (str(prog.seed),))
    st, v = g.call("_start", [])
    code = v if st == "exit" else 0
    text = g.text()
    g.close()
    return unqualify(gcref.normalize(text, code))


def run_exports(module, prog: Program, tmp: str) -> str:
    path = os.path.join(tmp, f"{prog.seed}.calls")
    with open(path, "w", encoding="utf-8") as f:
        f.write(prog.calls)
    return unqualify(gcref.run_exports_wasm(module, prog.src, path, prefix=prog.pkg + "_", eng=engine()))


def alone(p: Program) -> str | None:
    """The single-program oracle (gcref's build and run)."""
    d = tempfile.mkdtemp(prefix="difftest-alone-")
    try:
        path = os.path.join(d, "main.go")
        with open(path, "w", encoding="utf-8") as f:
            f.write(p.src)
        if p.calls is None:
            return gcref.run_prog(path)
        with open(path[:-3] + ".calls", "w", encoding="utf-8") as f:
            f.write(p.calls)
        return gcref.run_exports(path, path[:-3] + ".calls")
    except gcref.BuildError:
        return None
    except gcref.Timeout:
        return GC_TIMEOUT
    finally:
        shutil.rmtree(d, ignore_errors=True)


# Seconds spent by gc's side, for the campaign's summary.
STATS = {"build": 0.0, "compile": 0.0, "run": 0.0}


# gc's transcript of a program that did not end within gcref.RUN_SECONDS.
GC_TIMEOUT = "\0gc-timeout"


def transcripts(progs: list[Program], cache: GoCache) -> dict[int, str | None]:
    """gc's normalized transcript per seed (None where gc rejects the program)."""
    import wasmtime

    out: dict[int, str | None] = {}
    for p in progs:
        if not p.batchable():
            out[p.seed] = alone(p)
    tmp = tempfile.mkdtemp(prefix="difftest-calls-")
    try:
        for c_shared in (False, True):
            group = [p for p in progs if (p.calls is not None) == c_shared and p.seed not in out]
            if not group:
                continue
            t0 = time.time()
            wasm, rejected = build(group, c_shared, cache)
            for p in rejected:
                out[p.seed] = None
            if not wasm:
                continue
            t1 = time.time()
            module = wasmtime.Module(engine(), wasm)
            t2 = time.time()
            for p in group:
                if p.seed not in out:
                    try:
                        out[p.seed] = run_exports(module, p, tmp) if c_shared else run_command(module, p)
                    except gcref.Timeout:
                        out[p.seed] = GC_TIMEOUT
            t3 = time.time()
            STATS["build"] += t1 - t0
            STATS["compile"] += t2 - t1
            STATS["run"] += t3 - t2
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out
