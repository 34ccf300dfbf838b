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


def program(position: str, t: str) -> str:
    return PRELUDE + "\n" + POSITIONS[position].replace("{T}", t)


def verdict(position: str, t: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".go", delete=False) as f:
        f.write(program(position, t))
    try:
        code, diags = gcref.gc_diagnostics(f.name)
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
           "# Each case is the prelude, then the position's function with {T} replaced.", "-- prelude --"]
    out += PRELUDE.rstrip("\n").split("\n")
    for pos, text in POSITIONS.items():
        out.append(f"-- {pos} --")
        out += text.rstrip("\n").split("\n")
    out.append("-- cases --")
    for (pos, t), v in verdicts.items():
        out.append(f"{pos} | {t} | {v}")
    return "\n".join(out) + "\n"


def main() -> int:
    bless = "--bless" in sys.argv
    cases = [(p, t) for p in POSITIONS for t in TYPES]
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
