"""The go:wasmexport / go:wasmimport type matrix, decided by real gc.

Every type of `TYPES` (basic types, named ones, pointers to each, structs with and without
structs.HostLayout, arrays, strings, slices, maps, funcs, channels, interfaces, a type
parameter) in every position (export or import, parameter or result) becomes one small
program; gc (Go 1.27, GOOS=wasip1 GOARCH=wasm) builds it, and its verdict (`ok`, or its
diagnostics) is written to testdata/directives/matrix.txt together with the programs'
template. cli/tests/directive_matrix.rs builds the same programs with ours and compares.

  python3 tools/directive_matrix.py          # check: print the cases where gc differs
  python3 tools/directive_matrix.py --bless  # rewrite the file from gc's verdicts
"""
from __future__ import annotations

import os
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gcref  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "testdata", "directives", "matrix.txt")

PRELUDE = """package main

import (
	"structs"
	"unsafe"
)

type MyBool bool
type MyInt32 int32
type MyUint64 uint64
type MyFloat32 float32
type MyString string
type MyPtr unsafe.Pointer
type Plain struct{ A, B int32 }
type Host struct {
	_ structs.HostLayout
	A   int32
	B   float64
}
type HostNested struct {
	_ structs.HostLayout
	H Host
	P *int32
}
type HostBad struct {
	_ structs.HostLayout
	S string
}
type Empty struct{}
type Shape interface{ Area() float64 }

var _ unsafe.Pointer
var _ structs.HostLayout

func main() {}
"""

# One function per program, {T} replaced by the type.
POSITIONS = {
    "export param": "//go:wasmexport f\nfunc f(x {T}) {}\n",
    "export result": "//go:wasmexport f\nfunc f() (r {T}) { return }\n",
    "import param": "//go:wasmimport m f\nfunc f(x {T})\n",
    "import result": "//go:wasmimport m f\nfunc f() {T}\n",
}

BASIC = ["bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64",
         "uintptr", "float32", "float64", "complex64", "complex128", "string", "unsafe.Pointer", "byte", "rune"]
NAMED = ["MyBool", "MyInt32", "MyUint64", "MyFloat32", "MyString", "MyPtr"]
TYPES = (BASIC + NAMED + ["*" + t for t in BASIC + NAMED]
         + ["Plain", "*Plain", "Host", "*Host", "*HostNested", "*HostBad", "Empty", "*Empty",
            "[4]int32", "*[4]int32", "*[4]Host", "*[2]Plain", "*[0]int64", "[]int32", "[]byte",
            "map[int32]int32", "func()", "chan int32", "any", "Shape", "error", "*any", "**int32",
            "struct{}", "*struct{}", "*struct{ A int32 }", "[0]int32"])


# Directive lines of every shape, well-formed or not, and placements gc rejects: each is a
# case of its own, "form N" (its text has no {T}).
FORMS = [
    "//go:wasmexport\nfunc f() {}\n",
    "//go:wasmexport a b\nfunc f() {}\n",
    "//go:wasmimport\nfunc f()\n",
    "//go:wasmimport m\nfunc f()\n",
    "//go:wasmimport m f g\nfunc f()\n",
    "//go:wasmimport m f\nfunc f() {}\n",
    "//go:wasmexport f\nfunc f()\n",
    "//go:wasmexport m\nfunc (Plain) M() {}\n",
    "//go:wasmexport m\nfunc (*Host) M() {}\n",
    "//go:wasmimport m f\nfunc (Plain) M()\n",
    "//go:wasmexport v\nvar v int32\n",
    "//go:wasmexport T\ntype T int32\n",
    "//go:wasmexport f\nfunc f[T any](x int32) {}\n",
    "//go:wasmimport m f\nfunc f[T any](x int32)\n",
    "//go:wasmexport f\n//go:wasmexport g\nfunc f() {}\n",
    "//go:wasmexport f\n//go:wasmimport m f\nfunc f()\n",
    "//go:wasmexport f\nfunc f(xs ...int32) {}\n",
    "//go:wasmexport f\nfunc f() (int32, int32) { return 0, 0 }\n",
    "//go:wasmimport m f\nfunc f() (int32, int32)\n",
    "//go:wasmexport f\nfunc f(a, b, c, d, e, g, h, i, j, k, l, m, n, o, p, q, r int64) {}\n",
    "//go:wasmexport f\nfunc f(a, b, c, d, e, g, h, i, j, k, l, m, n, o, p, q int64) {}\n",
    "//go:wasmexport main\nfunc f() {}\n",
    "//go:wasmexport _start\nfunc f() {}\n",
    "//go:wasmexport memory\nfunc f() {}\n",
    "//go:wasmexport f\nfunc init() {}\n",
    '//go:wasmexport "q"\nfunc f() {}\n',
    "//go:wasmexport f\n\nfunc f() {}\n",
    "// go:wasmexport f\nfunc f() {}\n",
    "//go:wasmexport héllo\nfunc f() {}\n",
    "//go:wasmexport a.b\nfunc f() {}\n",
    "//go:wasmimport m.n f.g\nfunc f()\n",
    "//go:wasmexport f\nfunc f() {}\n\n//go:wasmexport f\nfunc g() {}\n",
    "//go:wasmimport m f\nfunc f()\n\n//go:wasmimport m f\nfunc g()\n",
    "//go:wasmexport f\nfunc f() {}\n\n//go:wasmimport m f\nfunc g()\n",
    "func g() {\n\t//go:wasmexport f\n\tx := 1\n\t_ = x\n}\n",
    "//go:wasmexport f\nfunc f(x int32, _ float64, int64) {}\n",
    "//go:wasmimport m f\nfunc f(x, y int32) (z int32)\n",
]
TEMPLATES = dict(POSITIONS, **{f"form {i}": text for i, text in enumerate(FORMS)})


def program(position: str, t: str) -> str:
    return PRELUDE + "\n" + TEMPLATES[position].replace("{T}", t)


# gc builds the program, but its module does not validate (an export named like the
# module's own, `memory` or `_start`): ours must report a diagnostic instead.
INVALID = "gc's module does not validate"


def module_valid(prog: str) -> bool:
    import wasmtime

    try:
        wasmtime.Module.validate(wasmtime.Engine(), gcref.build(prog, c_shared=True))
        return True
    except Exception:
        return False


def verdict(position: str, t: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".go", delete=False) as f:
        f.write(program(position, t))
    try:
        code, diags = gcref.gc_diagnostics(f.name)
        if code == 0 and not module_valid(f.name):
            return INVALID
    finally:
        os.unlink(f.name)
    if code == 0:
        return "ok"
    if not diags:
        return "error without a position"
    return " | ".join(f"{ln}:{col}: {msg}" for ln, col, msg in diags)


def render(verdicts: dict) -> str:
    out = ["# go:wasmexport / go:wasmimport types in every position, as gc 1.27.3 decides them",
           "# (written by tools/directive_matrix.py --bless; checked by cli/tests/directive_matrix.rs).",
           "# Each case is the prelude, then its position's (or form's) text with {T} replaced.", "-- prelude --"]
    out += PRELUDE.rstrip("\n").split("\n")
    for pos, text in TEMPLATES.items():
        out.append(f"-- {pos} --")
        out += text.rstrip("\n").split("\n")
    out.append("-- cases --")
    for (pos, t), v in verdicts.items():
        out.append(f"{pos} | {t} | {v}")
    return "\n".join(out) + "\n"


def main() -> int:
    bless = "--bless" in sys.argv
    cases = [(p, t) for p in POSITIONS for t in TYPES] + [(f"form {i}", "-") for i in range(len(FORMS))]
    with ThreadPoolExecutor(max_workers=2) as ex:
        results = list(ex.map(lambda c: verdict(*c), cases))
    verdicts = dict(zip(cases, results))
    text = render(verdicts)
    if bless:
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{len(cases)} cases written to {OUT}")
        return 0
    old = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
    if old != text:
        print(f"{OUT} differs from gc's verdicts; rerun with --bless")
        return 1
    print(f"{len(cases)} cases agree with gc")
    return 0


if __name__ == "__main__":
    sys.exit(main())
