"""Differential runs: each generated program under real gc and under ours, compared.

gc builds it for GOOS=wasip1 GOARCH=wasm and wasmtime runs it (tools/gcref.py); ours is the
release `gowasm` CLI (`gowasm run`, on wasmi) and the same source built by `gowasm build` and
run under wasmtime, so both the compiler and the engines are compared. A mismatch is reduced
(blocks, then statements, while gc still compiles it and it still differs the same way) and
saved as a golden: testdata/run/difftest_<what>_<seed>.go (or exports/ with its .calls) with
gc's transcript next to it.
"""
from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from . import batch, gen, ours

TOOLS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(TOOLS)
sys.path.insert(0, TOOLS)
import gcref  # noqa: E402  (tools/gcref.py: gc's build, wasmtime runner, normalization)

TIMEOUT = 60


def gowasm() -> str:
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target"))
    exe = os.path.join(target, "release", "gowasm")
    if not os.path.exists(exe):
        sys.exit(f"difftest: {exe} missing: cargo build --release -p gowasm")
    return exe


class Case:
    """One program (and a calls list for an export program) in its own directory."""

    def __init__(self, src: str, calls: str | None, seed: int):
        self.src, self.calls, self.seed = src, calls, seed
        self.dir = tempfile.mkdtemp(prefix="difftest-")
        self.path = os.path.join(self.dir, "main.go")
        with open(self.path, "w", encoding="utf-8") as f:
            f.write(src)
        if calls is not None:
            self.calls_path = os.path.join(self.dir, "main.calls")
            with open(self.calls_path, "w", encoding="utf-8") as f:
                f.write(calls)

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    # -- the oracle ------------------------------------------------------------------------------

    def gc(self) -> str | None:
        """gc's normalized transcript, or None when gc rejects the program."""
        try:
            if self.calls is None:
                return gcref.run_prog(self.path)
            return gcref.run_exports(self.path, self.calls_path)
        except gcref.BuildError:
            return None
        except gcref.Timeout:
            return batch.GC_TIMEOUT

    # -- ours ------------------------------------------------------------------------------------

    def ours_wasmi(self) -> tuple[str, str]:
        """(status, transcript): status is ok, reject (compile errors), crash or timeout."""
        cmd = [gowasm(), "run", self.path]
        if self.calls is not None:
            cmd += ["--schedule", "go", "--calls", self.calls_path]
        try:
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return "timeout", ""
        text = p.stdout.decode("utf-8", errors="surrogateescape")
        if p.returncode == 1 and not self._ran(text):
            return "reject", text
        if p.returncode not in (0, 1, 2) or "panicked at" in text:
            return "crash", text
        return "ok", gcref.normalize(text, p.returncode)

    @staticmethod
    def _ran(text: str) -> bool:
        return not re.search(r"^main\.go:\d+:\d+: ", text, re.M)

    def ours_wasmtime(self) -> tuple[str, str]:
        wasm = os.path.join(self.dir, "ours.wasm")
        cmd = [gowasm(), "build", self.path, "-o", wasm]
        if self.calls is None:
            cmd.append("--command")
        else:
            cmd += ["--schedule", "go"]
        p = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT)
        if p.returncode != 0:
            return "reject", p.stderr.decode("utf-8", errors="replace")
        with open(wasm, "rb") as f:
            module = f.read()
        try:
            if self.calls is None:
                return "ok", run_command_module(module)
            return "ok", gcref.run_exports_wasm(module, self.src, self.calls_path)
        except Exception as e:  # an invalid module or an engine error
            return "crash", f"{type(e).__name__}: {e}"


def run_command_module(module: bytes) -> str:
    g = gcref.Guest(module)
    st, v = g.call("_start", [])
    code = v if st == "exit" else 0
    text = g.text()
    g.close()
    return gcref.normalize(text, code)


class Verdict:
    def __init__(self, what: str, gc: str | None, ours: str = "", detail: str = ""):
        self.what, self.gc, self.ours, self.detail = what, gc, ours, detail

    @property
    def mismatch(self) -> bool:
        return self.what not in ("ok", "gc-rejects", "gc-timeout")


def block_of(text: str, upto: int) -> str:
    """The kind of the block whose output contains character `upto` (from its marker line)."""
    kind = "main"
    for m in re.finditer(r"^== b\d+ (\w+)$", text, re.M):
        if m.start() > upto:
            break
        kind = m.group(1)
    return kind


def first_diff(a: str, b: str) -> int:
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            return i
    return n


UNKNOWN = object()


def judge(case: Case, engines: bool = True, want=UNKNOWN) -> Verdict:
    """Compares ours with gc's transcript (`want`, computed here unless given: a batch's)."""
    if want is UNKNOWN:
        want = case.gc()
    if want is None:
        return Verdict("gc-rejects", None)
    if want == batch.GC_TIMEOUT:
        return Verdict("gc-timeout", None)
    st, got = case.ours_wasmi()
    if st != "ok":
        return Verdict(st, want, got)
    if got != want:
        at = first_diff(want, got)
        return Verdict(block_of(want, at), want, got)
    if engines:
        st, got2 = case.ours_wasmtime()
        if st != "ok" or got2 != got:
            return Verdict("engines", want, got, got2)
    return Verdict("ok", want, got)


# ---------------------------------------------------------------------------------------------
# reduction


def top_chunks(src: str) -> list[str]:
    """The program split at blank lines between top-level declarations (the generator's
    layout): header, imports, then one chunk per type, var or func."""
    return src.split("\n\n")


def used_names(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_]\w*", text))


def prune(src: str) -> str:
    """Drops top-level functions, types and vars nothing left refers to (a type's own
    methods do not count as uses and go with it), then imports nothing uses."""
    chunks = top_chunks(src)
    decl = re.compile(r"^(?://.*\n)*(?:func|type|var)\s+(\w+)")
    method = re.compile(r"^func \(\w+ \*?(\w+)\)")

    def receiver(c):
        m = method.match(c)
        return m.group(1) if m else None

    changed = True
    while changed:
        changed = False
        for i, c in enumerate(chunks):
            m = decl.match(c)
            if not m or m.group(1) == "main" or "//go:wasmexport" in c:
                continue
            name = m.group(1)
            others = "\n\n".join(o for j, o in enumerate(chunks) if j != i and receiver(o) != name)
            if not re.search(r"\b" + re.escape(name) + r"\b", others):
                chunks = [o for j, o in enumerate(chunks) if j != i and receiver(o) != name]
                changed = True
                break
    out = "\n\n".join(chunks)
    for pkg in ("errors", "fmt"):
        if not re.search(r"\b" + pkg + r"\.", out):
            out = out.replace(f'\n\t"{pkg}"', "")
    return out.replace("import (\n)\n\n", "")


def units(lines: list[str]) -> list[tuple[int, int]]:
    """Statement spans [start, end) of a function body: a line, or a line opening a brace
    block through its closing line."""
    spans = []
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if line.endswith("{"):
            depth, j = 0, i
            while j < len(lines):
                s = lines[j].rstrip()
                depth += s.count("{") - s.count("}")
                j += 1
                if depth <= 0:
                    break
            spans.append((i, j))
            i = j
        else:
            spans.append((i, i + 1))
            i += 1
    return spans


class Reducer:
    def __init__(self, src: str, calls: str | None, seed: int, what: str, budget: int, log):
        self.src, self.calls, self.seed, self.what = src, calls, seed, what
        self.budget, self.log = budget, log
        self.tests = 0

    def interesting(self, src: str, calls: str | None = None) -> bool:
        if self.tests >= self.budget:
            return False
        self.tests += 1
        case = Case(src, self.calls if calls is None else calls, self.seed)
        try:
            if self.what in ("reject", "crash", "timeout"):
                st, _ = case.ours_wasmi()
                if st != self.what:
                    return False
                return case.gc() is not None
            v = judge(case, engines=self.what == "engines")
            return v.what == self.what
        finally:
            case.close()

    def run(self) -> str:
        src = self.src
        # 1. keep only the main calls (or the calls-list lines) still needed
        src = self.reduce_main(src)
        if self.calls is not None:
            self.calls = self.reduce_calls(src, self.calls)
        # 2. statements inside the remaining block functions
        for name in re.findall(r"^func (b\d+|ex\d+|boom)\(", src, re.M):
            src = self.reduce_func(src, name)
        return src

    def reduce_main(self, src: str) -> str:
        m = re.search(r"^func main\(\) \{\n((?:\tb\d+\(\)\n)*)\}", src, re.M)
        if not m:
            return src
        calls = m.group(1).splitlines()
        keep = self.ddmin(calls, lambda cs: prune(src[: m.start(1)] + "".join(c + "\n" for c in cs) + src[m.end(1):]))
        return prune(src[: m.start(1)] + "".join(c + "\n" for c in keep) + src[m.end(1):])

    def reduce_calls(self, src: str, calls: str) -> str:
        lines = calls.splitlines()
        keep = self.ddmin(lines, lambda ls: src, calls_of=lambda ls: "\n".join(ls) + "\n")
        return "\n".join(keep) + "\n"

    def reduce_func(self, src: str, name: str) -> str:
        m = re.search(r"^func " + re.escape(name) + r"\(.*\{\n((?:\t.*\n|\n)*?)\}$", src, re.M)
        if not m:
            return src
        lines = m.group(1).splitlines()
        # the marker line and the recovering defer stay
        fixed = [l for l in lines[:2] if l.startswith('\tprintln("== ') or l.startswith("\tdefer func() { show(")]
        rest = lines[len(fixed):]
        spans = units(rest)
        pieces = ["".join(l + "\n" for l in rest[a:b]) for a, b in spans]

        def build(ps):
            body = "".join(l + "\n" for l in fixed) + "".join(ps)
            return prune(src[: m.start(1)] + body + src[m.end(1):])

        keep = self.ddmin(pieces, build)
        return build(keep)

    def ddmin(self, items: list, build, calls_of=None) -> list:
        """Removes chunks of items (halves, then smaller) while the program stays interesting."""
        n = 2
        while len(items) >= 1 and self.tests < self.budget:
            size = max(1, len(items) // n)
            removed = False
            i = 0
            while i < len(items):
                cand = items[:i] + items[i + size:]
                if cand != items and self.interesting(build(cand), calls_of(cand) if calls_of else None):
                    items = cand
                    removed = True
                    self.log(f"  reduced to {len(items)} pieces ({self.tests} tests)")
                else:
                    i += size
            if size == 1 and not removed:
                break
            if not removed:
                n = min(len(items), n * 2)
        return items


# ---------------------------------------------------------------------------------------------
# saving goldens


def save(src: str, calls: str | None, seed: int, what: str, root: str) -> str:
    kind = "run" if calls is None else "exports"
    base = os.path.join(root, kind, f"difftest_{what}_{seed}")
    with open(base + ".go", "w", encoding="utf-8") as f:
        f.write(gcref.HEADER + "\n" + src)
    if calls is not None:
        with open(base + ".calls", "w", encoding="utf-8") as f:
            f.write(calls)
        out = gcref.run_exports(base + ".go", base + ".calls")
    else:
        out = gcref.run_prog(base + ".go")
    with open(base + ".out", "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(out)
    return base + ".go"


def make(seed: int, features: dict, exports_every: int) -> tuple[str, str | None]:
    """The program for a seed: every `exports_every`-th seed an export program."""
    if exports_every and seed % exports_every == exports_every - 1:
        return gen.export_program(seed, features)
    return gen.program(seed, features), None


def fnv64(data: bytes) -> str:
    """FNV-1a, 64 bits: the smoke set's transcript hash (cli/tests/difftest.rs computes it too)."""
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"


def campaign(count: int, seed0: int, features: dict, budget: int, root: str, exports_every: int, jobs: int, per_kind: int, record: str | None = None, batch_size: int = 250, wasmtime_every: int = 5) -> int:
    """Runs seeds seed0.. in batches (batch.py): gc builds a batch's programs as one package
    and ours compiles the same files once (ours.py); `jobs` batches are in flight at once.
    A program the batch cannot hold, or one whose batch run differs, is checked alone."""
    import concurrent.futures

    start = time.time()
    found = []
    mismatches = 0
    reduced: dict[str, int] = {}
    rejected = endless = batch_only = 0
    # one gc cache per batch in flight: a batch's trim must not meet another's build
    caches: list = []
    local = threading.local()

    def cache():
        if not hasattr(local, "cache"):
            local.cache = batch.GoCache()
            caches.append(local.cache)
        return local.cache

    print(f"gc: batches of {batch_size} programs, one package each (commands built for this machine, "
          f"exports for wasip1), a fresh process or instance per program; ours: the same package "
          f"compiled once, every program on wasmi, every {wasmtime_every}th module of {ours.CHUNK} programs also on wasmtime", flush=True)

    def program(seed) -> batch.Program:
        src, calls = make(seed, features, exports_every)
        return batch.Program(seed, src, calls)

    def one_batch(seeds):
        progs = [program(s) for s in seeds]
        mine: dict = {}

        def also(d, group, c_shared):
            mine.update(ours.run_batch(d, group, c_shared, wasmtime_every))

        try:
            wants = batch.transcripts(progs, cache(), also=also)
        except gcref.BuildError as e:
            # not a program's compile error: the single-program oracle decides
            print(f"seeds {seeds[0]}..{seeds[-1]}: batch build failed, built one by one\n{e}", flush=True)
            wants = {}
            for p in progs:
                case = Case(p.src, p.calls, p.seed)
                try:
                    wants[p.seed] = case.gc()
                finally:
                    case.close()
        rows = []
        for p in progs:
            if p.seed not in mine:
                # not in ours' batch: ours alone
                case = Case(p.src, p.calls, p.seed)
                try:
                    st, got = case.ours_wasmi()
                    st2 = got2 = None
                    if st == "ok" and wasmtime_every and p.seed % wasmtime_every == 0:
                        st2, got2 = case.ours_wasmtime()
                    mine[p.seed] = (st, got, st2, got2)
                finally:
                    case.close()
            rows.append((p, wants.get(p.seed), *mine[p.seed]))
        return rows

    def verdict(p, want, st, got, st2, got2) -> Verdict:
        if want is None:
            return Verdict("gc-rejects", None)
        if want == batch.GC_TIMEOUT:
            return Verdict("gc-timeout", None)
        if st != "ok":
            return Verdict(st, want, got)
        if got != want:
            return Verdict(block_of(want, first_diff(want, got)), want, got)
        if st2 is not None and (st2 != "ok" or got2 != got):
            return Verdict("engines", want, got, got2)
        return Verdict("ok", want, got)

    batches = [list(range(b, min(b + batch_size, seed0 + count))) for b in range(seed0, seed0 + count, batch_size)]
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs))
    futures = [pool.submit(one_batch, seeds) for seeds in batches[: max(1, jobs)]]
    for bi, seeds in enumerate(batches):
        if len(futures) < len(batches):
            futures.append(pool.submit(one_batch, batches[len(futures)]))
        for p, want, st, got, st2, got2 in futures[bi].result():
            seed, src, calls = p.seed, p.src, p.calls
            v = verdict(p, want, st, got, st2, got2)
            if v.mismatch:
                # a batch's difference counts once the program alone, on both sides, differs too
                case = Case(src, calls, seed)
                try:
                    v2 = judge(case, engines=v.what == "engines")
                finally:
                    case.close()
                if not v2.mismatch:
                    side = "gc's" if v2.gc != v.gc else "ours'" if v2.ours != v.ours else "the wasmtime"
                    print(f"seed {seed}: differs only in the batch ({v.what}; {side} batch transcript differs from its program alone)", flush=True)
                    batch_only += 1
                    continue
                v = v2
            if record and v.gc is not None:
                # seed, kind, hash of gc's transcript, verdict: smoke-set material
                with open(record, "a", encoding="utf-8") as f:
                    f.write(f"{seed} {'run' if calls is None else 'exports'} {fnv64(v.gc.encode('utf-8', 'surrogateescape'))} {v.what}\n")
            if v.what == "gc-rejects":
                rejected += 1
                print(f"seed {seed}: gc rejects the generated program (a generator bug)", flush=True)
                continue
            if v.what == "gc-timeout":
                endless += 1
                print(f"seed {seed}: gc's build ran over {gcref.RUN_SECONDS} s (a generator bug: programs must end)", flush=True)
                continue
            if not v.mismatch:
                continue
            mismatches += 1
            if v.what in reduced and reduced[v.what] >= per_kind:
                print(f"seed {seed}: mismatch in {v.what} (not reduced: {per_kind} of that kind already)", flush=True)
                continue
            if v.what not in reduced:
                # goldens saved by earlier runs count (also those moved to next/ until the bug
                # is fixed): a known bug is not reduced again
                kind = "run" if calls is None else "exports"
                reduced[v.what] = sum(len(glob.glob(os.path.join(root, d, kind, f"difftest_{v.what}_*.go"))) for d in ("", "next"))
                if reduced[v.what] >= per_kind:
                    print(f"seed {seed}: mismatch in {v.what} (not reduced: saved already)", flush=True)
                    continue
            reduced[v.what] += 1
            print(f"seed {seed}: mismatch in {v.what}; reducing", flush=True)
            r = Reducer(src, calls, seed, v.what, budget, lambda s: print(s, flush=True))
            small = r.run()
            path = save(small, r.calls, seed, v.what, root)
            found.append(path)
            print(f"seed {seed}: saved {os.path.relpath(path, REPO)}", flush=True)
        done = seeds[-1] - seed0 + 1
        took = time.time() - start
        print(f"[{done} programs, {mismatches} mismatches, {took:.0f} s, {60 * done / took:.0f} programs/minute]", flush=True)
    pool.shutdown()
    for c in caches:
        c.close()
    for p in found:
        print(os.path.relpath(p, REPO))
    if rejected:
        print(f"{rejected} generated programs rejected by gc")
    if batch_only:
        print(f"{batch_only} programs differed only in a batch (listed above)")
    if endless:
        print(f"{endless} generated programs still running under gc after {gcref.RUN_SECONDS} s")
    took = time.time() - start
    st = batch.STATS
    print(f"({took:.0f} s, {60 * count / took:.0f} programs/minute; gc's side: {st['build']:.0f} s building, "
          f"{st['compile']:.0f} s compiling in wasmtime, {st['run']:.0f} s running)")
    print(f"{count} programs, {mismatches} mismatches")
    return 1 if mismatches else 0
