"""Ours on a batch: the directory gc built (batch.py), compiled once by the release CLI's
batch runner (cli/examples/difftest_batch.rs) and run once per program on the native engine
(wasmi), each run in a fresh instance; every W-th module (of CHUNK programs) also runs on
wasmtime (Winch). A program whose file ours rejects leaves the batch (and is then checked
alone, where the rejection shows as a mismatch); a batch that crashes or hangs the runner is
checked program by program."""
from __future__ import annotations

import glob
import os
import re
import subprocess
import sys

from . import batch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import gcref  # noqa: E402

# Seconds for a module's compile and runs together.
BATCH_SECONDS = 300
DIAG_FILE = re.compile(r"^p(\d+)\.go:\d+:\d+: ", re.M)


def runner() -> str:
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "target"))
    exe = os.path.join(target, "release", "examples", "difftest_batch")
    if not os.path.exists(exe):
        sys.exit(f"difftest: {exe} missing: cargo build --release -p gowasm --example difftest_batch")
    return exe


def parse(out: bytes) -> list[tuple[int, str]]:
    """The runner's records: (exit code, stdout and stderr as text) per run."""
    runs, i = [], 0
    while i < len(out):
        nl = out.index(b"\n", i)
        code, n = (int(x) for x in out[i:nl].split())
        runs.append((code, out[nl + 1 : nl + 1 + n].decode("utf-8", errors="surrogateescape")))
        i = nl + 1 + n
    return runs


# Programs per module of ours: the native engine translates the whole module for every run,
# so a run costs in proportion to the module; a few programs per module keep it small.
CHUNK = 20


def run_batch(d: str, progs: list[batch.Program], c_shared: bool, wasmtime_every: int) -> dict:
    """seed -> (status, transcript, wasmtime status or None, wasmtime transcript) for the
    programs of the batch in `d` that ours compiled and ran; the others are left out."""
    out = {}
    for i in range(0, len(progs), CHUNK):
        out.update(run_chunk(d, progs[i : i + CHUNK], c_shared, wasmtime_every))
    return out


def run_chunk(d: str, progs: list[batch.Program], c_shared: bool, wasmtime_every: int) -> dict:
    live = list(progs)
    wasm = os.path.join(d, "ours.wasm")
    # every W-th module also runs on wasmtime, all its programs (one compile per module)
    checked = bool(wasmtime_every) and (progs[0].seed // CHUNK) % wasmtime_every == 0
    main = os.path.join(d, "ours_main.go")
    helpers = sorted(glob.glob(os.path.join(d, "h*.go")))
    while live:
        with open(main, "w", encoding="utf-8") as f:
            f.write(batch.dispatcher(live, c_shared))
        files = [main, *helpers, *(os.path.join(d, f"p{p.seed}.go") for p in live)]
        if c_shared:
            runs = []
            for p in live:
                path = os.path.join(d, f"{p.seed}.calls")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(prefixed_calls(p))
                runs.append(path)
        else:
            runs = [str(p.seed) for p in live]
        cmd = [runner(), "reactor" if c_shared else "command", wasm, *(os.path.basename(f) for f in files), "--", *runs]
        try:
            r = subprocess.run(cmd, cwd=d, capture_output=True, timeout=BATCH_SECONDS)
        except subprocess.TimeoutExpired:
            return {}
        if r.returncode == 1:
            bad = {int(s) for s in DIAG_FILE.findall(r.stderr.decode("utf-8", errors="replace"))}
            if not bad:
                return {}
            live = [p for p in live if p.seed not in bad]
            continue
        if r.returncode != 0:
            return {}
        got = parse(r.stdout)
        if len(got) != len(live):
            return {}
        with open(wasm, "rb") as f:
            module_bytes = f.read()
        module = None
        out = {}
        for p, (code, text) in zip(live, got):
            st, t = "ok", batch.unqualify(gcref.normalize(text, code))
            if code not in (0, 1, 2) or "panicked at" in text:
                st = "crash"
            st2 = t2 = None
            if st == "ok" and checked:
                import wasmtime

                if module is None:
                    module = wasmtime.Module(batch.engine(), module_bytes)
                st2, t2 = on_wasmtime(module, p, c_shared, d)
            out[p.seed] = (st, t, st2, t2)
        return out
    return {}


def prefixed_calls(p: batch.Program) -> str:
    return "".join((p.prefix + line if line.strip() and not line.lstrip().startswith("#") else line) + "\n" for line in p.calls.splitlines())


def on_wasmtime(module, p: batch.Program, c_shared: bool, d: str) -> tuple[str, str]:
    try:
        if c_shared:
            return "ok", batch.unqualify(gcref.run_exports_wasm(module, p.src, _plain_calls(p, d), prefix=p.prefix, eng=batch.engine()))
        return "ok", batch.run_command(module, p)
    except gcref.Timeout:
        return "timeout", ""
    except Exception as e:  # an invalid module or an engine error
        return "crash", f"{type(e).__name__}: {e}"


def _plain_calls(p: batch.Program, d: str) -> str:
    path = os.path.join(d, f"{p.seed}.plain.calls")
    with open(path, "w", encoding="utf-8") as f:
        f.write(p.calls)
    return path
