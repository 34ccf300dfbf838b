"""The batch oracle: many generated programs built by gc as one package, run one per process.

Compiling dominates a program's check on gc's side, and gc compiles a package at a time. Here
a batch is one `package main` in one directory:

- each of the generator's helpers (gen.HELPERS, texts that are the same in every program)
  once, in a file of its own;
- each program in a file of its own, `p<seed>.go`, with the helpers taken out and every other
  package-level name given the program's prefix (rename/main.go: `qz<seed>_name`, or
  `Qz<seed>_Name` for an exported one, so what fmt and method sets see stays as it was;
  `main` becomes `qz<seed>_main`);
- `main.go`, which runs the program its first argument names.

Commands are built for the machine itself (GOOS=linux) and each program runs in a process of
its own with GOMAXPROCS=1, so output, exit codes, panics, deadlocks and package-level state
stay per program. Export programs are built for wasip1 with -buildmode=c-shared (their exports
renamed `qz<seed>_name`) and each runs in a fresh wasmtime instance. Package initializers of
the other programs do run; a program whose own initializers could show (an init function, a
package-level variable initialized by a call other than errors.New) is built alone.

What batching changes in a transcript is undone: the prefixes (in type names that panics, %T
and %v print) are removed, and so is the `[signal ...]` line that a nil dereference on the
machine adds to an uncaught panic. `python3 tools/difftest oracle COUNT SEED` compares these
transcripts with the single-program oracle's (wasip1 under wasmtime), program by program.

gc's build cache would grow with every batch; the batches use a private cache, hard-linked
from a primed one that holds the standard library, and every batch's own entries are deleted
after it.
"""
from __future__ import annotations

import fcntl
import os
import platform
import re
import shutil
import subprocess
import tempfile
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gcref  # noqa: E402  (tools/gcref.py)
from difftest import gen  # noqa: E402

MODULE = "m"
PREFIX = re.compile(r"\b[Qq]z\d+_")
SIGNAL = re.compile(r"^\[signal [^\n]*\]\n", re.M)
ARCH = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(platform.machine().lower(), "amd64")
NATIVEENV = dict(gcref.GOENV, GOOS="linux", GOARCH=ARCH)
# Compiled without DWARF (less compile and link time). Optimizations stay on: they show, as
# the capacity that append gives a slice whose first backing array gc put on the stack.
NATIVE_FLAGS = ["-gcflags=-dwarf=false", "-ldflags=-s -w"]
IMPORTABLE = ("errors", "fmt", "maps", "slices", "strings")

# What the generator imports (gen.Gen.assemble), plus `os` for the dispatcher: the primed
# cache holds these, compiled for wasip1 in both build modes and for the machine.
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
    def prefix(self) -> str:
        return f"qz{self.seed}_"

    def batchable(self) -> bool:
        """No code of its own runs at package initialization (no init function, no
        package-level variable initialized by a call other than errors.New), so it can share
        a package: every program's initializers run in every process."""
        if re.search(r"^func init\(", self.src, re.M):
            return False
        return all(m.group(1).startswith("errors.New(") for m in re.finditer(r"^var \w+(?: [^=\n]+)? = (.*)$", self.src, re.M))

    def split(self) -> tuple[str, list[str]]:
        """The program without the helpers it uses (its imports cut to what is left), and
        those helpers."""
        s, used = self.src, []
        for h in gen.HELPERS:
            if h in s:
                s = s.replace(h, "", 1)
                used.append(h)
        return with_imports(s), used


def with_imports(src: str) -> str:
    """src with its import block rewritten to the packages it uses."""
    body = re.sub(r"^import \((?:\n[^)]*)\)\n", "", src, count=1, flags=re.M)
    return re.sub(r"^(package \w+\n)", lambda m: m.group(1) + imports_of(body), body, count=1, flags=re.M)


def imports_of(text: str) -> str:
    used = [p for p in IMPORTABLE if re.search(r"\b" + p + r"\.", text)]
    return "\nimport (\n" + "".join(f'\t"{p}"\n' for p in used) + ")\n" if used else ""


def unqualify(text: str) -> str:
    return PREFIX.sub("", text)


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
        for env, mode in ((gcref.WASMENV, []), (gcref.WASMENV, ["-buildmode=c-shared"]), (NATIVEENV, [])):
            b = subprocess.run([gcref.GO, "build", "-o", "x.out", *mode, "."], cwd=d, env=dict(env, GOCACHE=cache), capture_output=True, text=True)
            if b.returncode != 0:
                raise gcref.BuildError(f"priming gc's cache failed:\n{b.stderr}")
    finally:
        shutil.rmtree(d, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# building and running a batch


_renamer = None
_renamer_lock = threading.Lock()


def renamer(cache: GoCache) -> str:
    """The rename tool (rename/main.go), built once per run for the machine."""
    global _renamer
    with _renamer_lock:
        if _renamer is None:
            d = tempfile.mkdtemp(prefix="difftest-rename-")
            shutil.copy(os.path.join(os.path.dirname(os.path.abspath(__file__)), "rename", "main.go"), d)
            with open(os.path.join(d, "go.mod"), "w") as f:
                f.write("module rename\n\ngo 1.27\n")
            b = subprocess.run([gcref.GO, "build", "-o", "rename", "."], cwd=d, env=dict(NATIVEENV, GOCACHE=cache.dir), capture_output=True, text=True)
            if b.returncode != 0:
                raise gcref.BuildError(f"building the rename tool failed:\n{b.stderr}")
            _renamer = os.path.join(d, "rename")
    return _renamer


def dispatcher(progs: list[Program], c_shared: bool) -> str:
    if c_shared:
        return "package main\n\nfunc main() {}\n"
    cases = "".join(f'\tcase "{p.seed}":\n\t\t{p.prefix}main()\n' for p in progs)
    return f'package main\n\nimport "os"\n\nfunc main() {{\n\tswitch os.Args[1] {{\n{cases}\t}}\n}}\n'


FAILED_FILE = re.compile(r"^\./p(\d+)\.go:\d+:\d+: ", re.M)


def layout(d: str, progs: list[Program], c_shared: bool, tool: str) -> list[Program]:
    """Writes the batch's package into directory `d` (all but main.go): go.mod, each program
    renamed (`p<seed>.go`) and the helpers they use (`h<i>.go`); returns the programs the
    rename tool accepted."""
    with open(os.path.join(d, "go.mod"), "w") as f:
        f.write(f"module {MODULE}\n\ngo 1.27\n")
    helpers: list[str] = []
    triples = []
    for p in progs:
        own, used = p.split()
        with open(os.path.join(d, f"p{p.seed}.src"), "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(own)
        triples += [str(p.seed), f"p{p.seed}.src", f"p{p.seed}.go"]
        helpers += [h for h in used if h not in helpers]
    subprocess.run([tool, *triples], cwd=d, capture_output=True)
    live = []
    for p in progs:
        path = os.path.join(d, f"p{p.seed}.go")
        os.remove(os.path.join(d, f"p{p.seed}.src"))
        if not os.path.exists(path):
            continue
        if c_shared:
            with open(path, encoding="utf-8", errors="surrogateescape") as f:
                text = f.read()
            with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(re.sub(r"^//go:wasmexport (\w+)$", rf"//go:wasmexport {p.prefix}\1", text, flags=re.M))
        live.append(p)
    for i, h in enumerate(helpers):
        with open(os.path.join(d, f"h{i}.go"), "w", encoding="utf-8") as f:
            f.write("package main\n" + imports_of(h) + "\n" + h + "\n")
    return live


def package(d: str, progs: list[Program]) -> list[Program]:
    """The command programs `progs` as one package in directory `d`, as a batch lays them
    out, with main.go running the program its argument names; returns those it holds."""
    os.makedirs(d, exist_ok=True)
    cache = GoCache()
    try:
        live = layout(d, [p for p in progs if p.calls is None and p.batchable()], False, renamer(cache))
    finally:
        cache.close()
    with open(os.path.join(d, "main.go"), "w") as f:
        f.write(dispatcher(live, False))
    return live


def build(progs: list[Program], c_shared: bool, native: bool, cache: GoCache) -> tuple[bytes | str, list[Program], str]:
    """gc's module (or executable, in the returned directory) of the programs it accepts, and
    the programs it rejects (left out)."""
    d = tempfile.mkdtemp(prefix="difftest-batch-")
    try:
        live = layout(d, progs, c_shared, renamer(cache))
        rejected = [p for p in progs if p not in live]
        # without its collector gc compiles a quarter faster (about 1 GB for 250 programs)
        env = dict(gcref.WASMENV if not native else NATIVEENV, GOCACHE=cache.dir, GOGC="off")
        while live:
            with open(os.path.join(d, "main.go"), "w") as f:
                f.write(dispatcher(live, c_shared))
            out = "x.exe" if native else "x.wasm"
            cmd = [gcref.GO, "build", "-o", out] + (["-buildmode=c-shared"] if c_shared else []) + (NATIVE_FLAGS if native else []) + ["."]
            b = subprocess.run(cmd, cwd=d, env=env, capture_output=True, text=True)
            if b.returncode == 0:
                if native:
                    return os.path.join(d, out), rejected, d
                with open(os.path.join(d, out), "rb") as f:
                    return f.read(), rejected, d
            bad = set(int(s) for s in FAILED_FILE.findall(b.stderr))
            if not bad:
                raise gcref.BuildError(f"gc cannot build the batch:\n{b.stderr}")
            rejected += [p for p in live if p.seed in bad]
            live = [p for p in live if p.seed not in bad]
            for s in bad:
                os.remove(os.path.join(d, f"p{s}.go"))
        return b"", rejected, d
    except BaseException:
        shutil.rmtree(d, ignore_errors=True)
        raise
    finally:
        cache.trim()


def run_native(exe: str, prog: Program) -> str:
    env = dict(os.environ, GOMAXPROCS="1", GOTRACEBACK="single")
    try:
        p = subprocess.run([exe, str(prog.seed)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, timeout=gcref.RUN_SECONDS)
    except subprocess.TimeoutExpired:
        raise gcref.Timeout(f"{prog.seed} still running after {gcref.RUN_SECONDS} s")
    code = p.returncode if p.returncode >= 0 else 2
    text = SIGNAL.sub("", p.stdout.decode("utf-8", errors="surrogateescape"))
    return unqualify(gcref.normalize(text, code))


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
    return unqualify(gcref.run_exports_wasm(module, prog.src, path, prefix=prog.prefix, eng=engine()))


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


def transcripts(progs: list[Program], cache: GoCache, native: bool = True, also=None) -> dict[int, str | None]:
    """gc's normalized transcript per seed (None where gc rejects the program): commands
    built for the machine (or, without `native`, for wasip1), export programs for wasip1.
    `also(dir, programs, c_shared)` is called on each built batch's directory while it
    exists (ours compiles the same files)."""
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
            on_machine = native and not c_shared
            built, rejected, d = build(group, c_shared, on_machine, cache)
            try:
                for p in rejected:
                    # a program gc rejects, or one the batch cannot hold: built alone
                    out[p.seed] = alone(p)
                if not built:
                    continue
                t1 = time.time()
                module = built if on_machine else wasmtime.Module(engine(), built)
                t2 = time.time()
                for p in group:
                    if p.seed not in out:
                        try:
                            if on_machine:
                                out[p.seed] = run_native(module, p)
                            else:
                                out[p.seed] = run_exports(module, p, tmp) if c_shared else run_command(module, p)
                        except gcref.Timeout:
                            out[p.seed] = GC_TIMEOUT
                t3 = time.time()
                if also:
                    also(d, [p for p in group if p not in rejected], c_shared)
            finally:
                shutil.rmtree(d, ignore_errors=True)
            STATS["build"] += t1 - t0
            STATS["compile"] += t2 - t1
            STATS["run"] += t3 - t2
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out
