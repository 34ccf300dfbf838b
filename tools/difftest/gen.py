"""A seeded generator of well-typed, fully defined Go programs for differential testing.

`program(seed, features)` returns the text of one program: `main` calls a sequence of block
functions, each printing a marker line (`== bN kind`) and then every value it computes, so a
wrong value shows in the transcript. Blocks only use behaviour the Go spec or gc defines
identically on every run: no map iteration order, no races, no timing, no float-to-int
conversion of out-of-range values, no unspecified evaluation order (calls with side effects
never touch the variables read in the same statement). Runtime panics (division by a zero
variable, out-of-range indexes, negative shift counts, nil map writes) are recovered by the
block's deferred `show(recover())`.

Every kind of block is behind a feature switch (FEATURES); `exports` makes a reactor program
with `//go:wasmexport` functions and a calls list instead of a command.
"""
from __future__ import annotations

import random
from fractions import Fraction

# feature -> on by default (turning one on or off changes the programs of existing seeds, so
# the smoke set is blessed again)
FEATURES = {
    "ints": True,
    "floats": True,
    "shifts": True,
    "divzero": True,
    "conv": True,
    "consts": True,
    "evalorder": True,
    "strings": True,
    "slices": True,
    "slicecap": True,
    "maps": True,
    "structs": True,
    "closures": True,
    "methods": True,
    "ifaces": True,
    "defer": True,
    "goroutines": True,
    "labels": True,
    "fmt": True,
    "generics": True,
    "iterators": True,
    "complex": True,
}

INTS = {
    "int": (64, True), "int8": (8, True), "int16": (16, True), "int32": (32, True), "int64": (64, True),
    "uint": (64, False), "uint8": (8, False), "uint16": (16, False), "uint32": (32, False),
    "uint64": (64, False), "uintptr": (64, False),
}
FLOATS = ["float32", "float64"]


def int_range(t: str) -> tuple[int, int]:
    bits, signed = INTS[t]
    if signed:
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return 0, (1 << bits) - 1


class Body:
    """Lines of a function body with indentation."""

    def __init__(self, depth: int = 1):
        self.lines: list[str] = []
        self.depth = depth

    def add(self, s: str):
        self.lines.append("\t" * self.depth + s)

    def open(self, s: str):
        self.add(s + " {")
        self.depth += 1

    def close(self, s: str = "}"):
        self.depth -= 1
        self.add(s)


class Gen:
    def __init__(self, seed: int, features: dict | None = None):
        self.r = random.Random(seed)
        self.seed = seed
        self.f = dict(FEATURES)
        if features:
            self.f.update(features)
        self.top: list[str] = []  # type declarations and helper functions
        self.helpers: set[str] = set()
        self.uses_fmt = False
        self.imports: set[str] = set()
        self.n = 0

    # -- small utilities --------------------------------------------------------------------

    def fresh(self, p: str) -> str:
        self.n += 1
        return f"{p}{self.n}"

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def helper(self, name: str, text: str):
        if name not in self.helpers:
            self.helpers.add(name)
            self.top.append(text)

    def int_lit(self, t: str) -> int:
        lo, hi = int_range(t)
        k = self.r.random()
        if k < 0.25:
            return self.r.choice([lo, hi, lo + 1, hi - 1, 0, 1, max(lo, -1)])
        if k < 0.6:
            return self.r.randint(max(lo, -20), min(hi, 20))
        return self.r.randint(lo, hi)

    def float_lit(self, t: str = "float64") -> str:
        big = ["1e300", "-1e200"] if t == "float64" else ["3e38", "1e-40"]
        return self.r.choice(["0.0", "1.0", "-1.5", "0.1", "0.25", "3.0", "1e10", "-2.5e-3", "123.456", "7.0"] + big)

    def num_types(self) -> list[str]:
        ts = []
        if self.f["ints"]:
            ts += list(INTS)
        if self.f["floats"]:
            ts += FLOATS
        return ts or ["int"]

    # -- numeric expressions ------------------------------------------------------------------
    # expr returns (code, is_constant); an operator never joins two constants (constant
    # arithmetic overflows at compile time), and divisors and shift operands are never
    # constants.

    def leaf(self, t: str, env: dict, allow_const=True) -> tuple[str, bool]:
        vs = [v for v, vt in env.items() if vt == t]
        if vs and (not allow_const or self.chance(0.7)):
            return self.r.choice(vs), False
        if not vs and not allow_const:
            return self.convert(t, env)
        if t in INTS:
            return f"{t}({self.int_lit(t)})", True
        return f"{t}({self.float_lit(t)})", True

    def convert(self, t: str, env: dict) -> tuple[str, bool]:
        """A non-constant value of type t converted from a variable of another type."""
        others = [(v, vt) for v, vt in env.items() if vt in INTS or vt in FLOATS]
        if not others:
            return f"{t}({self.int_lit(t) if t in INTS else self.float_lit(t)})", True
        v, vt = self.r.choice(others)
        if t in INTS and vt in FLOATS:
            self.helper("f2i", F2I)
            return f"{t}(f2i(float64({v})))", False
        return f"{t}({v})", False

    def expr(self, t: str, env: dict, depth: int) -> tuple[str, bool]:
        if depth <= 0 or self.chance(0.3):
            if self.f["conv"] and self.chance(0.2):
                return self.convert(t, env)
            return self.leaf(t, env)
        isint = t in INTS
        ops = ["+", "-", "*"] + (["&", "|", "^", "&^"] if isint else ["/"])
        k = self.r.random()
        if isint and self.f["shifts"] and k < 0.15:
            a, ac = self.expr(t, env, depth - 1)
            if ac:
                a = self.leaf(t, env, allow_const=False)[0]
            st = self.r.choice([x for x in INTS if x in env.values()] or ["uint"])
            s, sc = self.leaf(st, env)
            if sc:
                s = str(self.r.randint(0, 70))
            elif not INTS[st][1]:
                s = f"({s} % 70)"
            return f"({a} {self.r.choice(['<<', '>>'])} {s})", False
        if isint and self.f["divzero"] and k < 0.3:
            a, _ = self.expr(t, env, depth - 1)
            b, _ = self.leaf(t, env, allow_const=False)
            return f"({a} {self.r.choice(['/', '%'])} {b})", False
        if k < 0.38:
            a, ac = self.expr(t, env, depth - 1)
            if ac:
                return a, True
            return f"({self.r.choice(['-', '^'] if isint else ['-'])}{a})", False
        op = self.r.choice(ops)
        a, ac = self.expr(t, env, depth - 1)
        b, bc = self.expr(t, env, depth - 1)
        if ac and bc:
            b, _ = self.leaf(t, env, allow_const=False)
        if op == "/" and not isint:
            if bc:
                b, _ = self.leaf(t, env, allow_const=False)
        return f"({a} {op} {b})", False

    def bool_expr(self, env: dict) -> str:
        ts = sorted({t for t in env.values() if t in INTS or t in FLOATS})
        if not ts:
            return "true"
        t = self.r.choice(ts)
        a, ac = self.expr(t, env, 1)
        b, bc = self.expr(t, env, 1)
        if ac and bc:
            b = self.leaf(t, env, allow_const=False)[0]
        return f"{a} {self.r.choice(['<', '<=', '==', '!=', '>', '>='])} {b}"

    # -- blocks -------------------------------------------------------------------------------

    def declare_nums(self, b: Body, count: int) -> dict:
        env = {}
        for _ in range(count):
            t = self.r.choice(self.num_types())
            v = self.fresh("v")
            init = f"{t}({self.int_lit(t)})" if t in INTS else f"{t}({self.float_lit(t)})"
            b.add(f"var {v} {t} = {init}")
            env[v] = t
        b.add("println(" + ", ".join(env) + ")")
        return env

    def blk_arith(self, b: Body):
        env = self.declare_nums(b, self.r.randint(3, 6))
        names = list(env)
        for _ in range(self.r.randint(4, 10)):
            v = self.r.choice(names)
            t = env[v]
            k = self.r.random()
            if k < 0.15 and t in INTS:
                b.add(f"{v}{self.r.choice(['++', '--'])}")
            elif k < 0.35:
                ops = ["+=", "-=", "*="] + (["&=", "|=", "^=", "&^="] if t in INTS else [])
                e, _ = self.expr(t, env, 2)
                b.add(f"{v} {self.r.choice(ops)} {e}")
            elif k < 0.45:
                b.add(f"println({self.bool_expr(env)})")
                continue
            else:
                e, _ = self.expr(t, env, 3)
                b.add(f"{v} = {e}")
            b.add(f'println("{v}", {v})')

    def const_expr(self, depth: int) -> tuple[str, Fraction, bool]:
        """(code, exact value, is an untyped float constant)."""
        if depth == 0 or self.chance(0.3):
            if self.f["floats"] and self.chance(0.2):
                x = self.r.choice(["0.5", "2.5", "1e3", "0.125"])
                return x, Fraction(x), True
            x = self.r.randint(-300, 300)
            return str(x), Fraction(x), False
        a, av, af = self.const_expr(depth - 1)
        b, bv, bf = self.const_expr(depth - 1)
        fl = af or bf
        op = self.r.choice(["+", "-", "*", "/", "%", "<<"])
        if op == "<<" and not af:
            s = self.r.randint(0, 40)
            return f"({a} << {s})", av * (1 << s), False
        if op in "/%<<" and bv == 0 or (op in "%<<" and fl):
            op = "+"
        if op == "%":
            q = abs(av.numerator) // abs(bv.numerator)
            q = q if (av < 0) == (bv < 0) else -q
            return f"({a} % {b})", av - q * bv, False
        if op == "/":
            if fl:
                return f"({a} / {b})", av / bv, True
            q = abs(av.numerator) // abs(bv.numerator)
            return f"({a} / {b})", Fraction(q if (av < 0) == (bv < 0) else -q), False
        return f"({a} {op} {b})", {"+": av + bv, "-": av - bv, "*": av * bv}[op], fl

    def blk_consts(self, b: Body):
        for _ in range(self.r.randint(2, 5)):
            c = self.fresh("c")
            e, v, _ = self.const_expr(3)
            if v.denominator != 1:
                if not self.f["floats"]:
                    continue
                b.add(f"const {c} = {e}")
                b.add(f'println("{c}", {c})')
                continue
            fits = [t for t in INTS if t != "uintptr" and int_range(t)[0] <= v <= int_range(t)[1]]
            if not fits:
                continue
            t = self.r.choice(fits)
            b.add(f"const {c} {t} = {e}")
            b.add(f'println("{c}", {c}, {c} == {t}({c}))')

    def blk_evalorder(self, b: Body):
        self.helper("tick", TICK)
        n = self.r.randint(2, 5)
        a = self.fresh("a")
        b.add(f"var {a} [{n}]int")
        x, y = self.fresh("x"), self.fresh("y")
        b.add(f"{x}, {y} := {self.r.randint(-9, 9)}, {self.r.randint(-9, 9)}")
        for _ in range(self.r.randint(3, 7)):
            i, j = self.r.randrange(n), self.r.randrange(n)
            k = self.r.randrange(7)
            if k == 0:
                b.add(f'{a}[tick("i", {i})], {x} = tick("f", {self.r.randint(-9, 9)}), tick("g", {self.r.randint(-9, 9)})')
            elif k == 1:
                b.add(f'{x} = tick("p", {self.r.randint(1, 9)}) + tick("q", {self.r.randint(1, 9)})*tick("r", {self.r.randint(1, 9)}) - {y}')
            elif k == 2:
                b.add(f"{x}, {y} = {y}, {x}")
            elif k == 3:
                b.add(f"{a}[{i}], {a}[{j}] = {a}[{j}]+1, {a}[{i}]-1")
            elif k == 4:
                b.add(f'{a}[tick("k", {i})] += tick("v", {self.r.randint(1, 9)})')
            elif k == 5:
                b.add(f"{x}, {a}[{x} & {n - 1 if n & (n - 1) == 0 else 1}] = {i}, {y}")
            else:
                self.helper("sum3", SUM3)
                b.add(f'{y} = sum3(tick("a", {i}), tick("b", {j}), tick("c", {k}))')
            b.add(f'println({x}, {y}, {a}[0], {a}[{n - 1}], seq)')

    def str_lit(self, valid: bool = True) -> str:
        """A string literal; with valid=False possibly not UTF-8 (print it with pstr)."""
        bad = [] if valid else ['"a\\xffb"', '"\\xe2\\x82"', '"\\xc0\\xafz"']
        return self.r.choice(['"hello"', '""', '"héllo, 世界"', '"Go🙂!"', '"abc"', '"x\\x00y"', '"ÿ"'] + bad)

    def blk_strings(self, b: Body):
        s, t = self.fresh("s"), self.fresh("s")
        b.add(f"{s} := {self.str_lit(False)}")
        b.add(f"{t} := {self.str_lit(False)} + {s}")
        i = self.fresh("i")
        b.add(f"{i} := {self.r.randint(0, 6)}")
        b.add(f"println({i})")
        self.helper("pstr", PSTR)
        b.add(f"println(len({s}), len({t}), {s} < {t}, {s} == {t})")
        b.add(f'pstr("{t}", {s}+{t})')
        for _ in range(self.r.randint(3, 7)):
            k = self.r.randrange(9)
            if k == 0:
                b.open(f"for j, r := range {t}")
                b.add("println(j, r, string(r))")
                b.close()
            elif k == 1:
                bs = self.fresh("bs")
                b.add(f"{bs} := []byte({t})")
                b.open(f"if len({bs}) > 0")
                b.add(f"{bs}[0] ^= 0x20")
                b.close()
                b.add(f"println(len({bs}))")
                b.add(f'pstr("{bs}", string({bs}))')
            elif k == 2:
                rs = self.fresh("rs")
                b.add(f"{rs} := []rune({t})")
                b.add(f"println(len({rs}))")
                b.add(f'pstr("{rs}", string({rs}))')
                b.open(f"for j := range {rs}")
                b.add(f"println({rs}[j])")
                b.close()
            elif k == 3:
                b.add(f"println({t}[{i}])")
                b.add(f'pstr("{t}", {t}[{i}:] + "|" + {t}[:{i}])')
            elif k == 4:
                r = self.r.choice(["65", "0x4e16", "-1", "0xD800", "0x10FFFF", "0x110000", "233"])
                rv = self.fresh("r")
                b.add(f"{rv} := rune({r})")
                b.add(f"println(string({rv}), len(string({rv})))")
            elif k == 5:
                b.add(f"{s} += string(rune({i} + 'a'))")
                b.add(f'pstr("{s}", {s})')
            elif k == 6:
                b.open(f"for j := 0; j < len({t}); j++")
                b.add(f"println({t}[j])")
                b.close()
            elif k == 7:
                b.add(f"{i} = ({i} + {self.r.randint(1, 5)}) % 9")
                b.add(f"println({i})")
            else:
                b.add(f"println(string({t}[{i}]), []byte({s}) != nil)")

    def blk_slices(self, b: Body):
        a = self.fresh("sl")
        n, c = self.r.randint(0, 4), self.r.randint(4, 8)
        b.add(f"{a} := make([]int, {n}, {c})")
        b.open(f"for j := range {a}")
        b.add(f"{a}[j] = j*{self.r.randint(2, 9)} + 1")
        b.close()
        i, j = self.fresh("i"), self.fresh("j")
        b.add(f"{i}, {j} := {self.r.randint(0, 3)}, {self.r.randint(2, 6)}")
        b.add(f"println({i}, {j})")
        self.helper("dump", DUMP)
        capf = "true" if self.f["slicecap"] else "false"
        b.add(f'dump("{a}", {a}, {capf})')
        for _ in range(self.r.randint(3, 8)):
            k = self.r.randrange(9)
            if k == 0:
                b.add(f"{a} = append({a}, {self.r.randint(-50, 50)})")
                b.add(f'dump("{a}", {a}, {capf})')
            elif k == 1:
                s2 = self.fresh("al")
                b.add(f"{s2} := {a}[{i}:{j}]")
                b.add(f"{s2} = append({s2}, {self.r.randint(100, 200)})")
                b.add(f'dump("{s2}", {s2}, {capf})')
                b.add(f'dump("{a}", {a}, {capf})')
            elif k == 2:
                s2 = self.fresh("fs")
                b.add(f"{s2} := {a}[{i}:{j}:{j}]")
                b.add(f"{s2} = append({s2}, {self.r.randint(300, 400)})")
                b.add(f"{s2}[0] = -1")
                b.add(f'dump("{s2}", {s2}, {capf})')
                b.add(f'dump("{a}", {a}, {capf})')
            elif k == 3:
                b.add(f"println(copy({a}[{i}:], {a}))")
                b.add(f'dump("{a}", {a}, {capf})')
            elif k == 4:
                d = self.fresh("d")
                b.add(f"var {d} []int")
                b.add(f"{d} = append({d}, {a}...)")
                b.add(f"println(copy({d}, []int{{7, 8}}), {d} == nil)")
                b.add(f'dump("{d}", {d}, false)')
            elif k == 5:
                b.add(f"println({a}[{i}], len({a}[{j}:]))")
            elif k == 6:
                b.add(f"{i}, {j} = {j}, {i}")
                b.add(f"println({i}, {j})")
            elif k == 7:
                arr = self.fresh("arr")
                b.add(f"{arr} := [4]int{{{', '.join(str(self.r.randint(-9, 9)) for _ in range(4))}}}")
                b.add(f"{arr}c := {arr}")
                b.add(f"{arr}c[{self.r.randrange(4)}] = 42")
                b.add(f"{arr}s := {arr}[1:3]")
                b.add(f"{arr}s[0] = 99")
                b.add(f"println({arr}[1], {arr}c[1], {arr} == {arr}c, len({arr}s), cap({arr}s))")
            else:
                ss = self.fresh("ss")
                b.add(f"{ss} := [][]string{{{{\"a\"}}, {{\"b\", \"c\"}}, nil}}")
                b.add(f"{ss}[2] = append({ss}[2], {ss}[1]...)")
                b.add(f"{ss}[1][0] = \"z\"")
                b.add(f"println(len({ss}[2]), {ss}[2][0], {ss}[1][0], {ss}[0][0])")

    def blk_maps(self, b: Body):
        m = self.fresh("m")
        kt = self.r.choice(["int", "string"])
        self.helper("sortints", SORTINTS)
        self.helper("sortstrs", SORTSTRS)
        b.add(f"{m} := map[{kt}]int{{}}")

        def key():
            return str(self.r.randint(-5, 5)) if kt == "int" else f'"k{self.r.randint(0, 6)}"'

        for _ in range(self.r.randint(3, 10)):
            k = self.r.randrange(7)
            if k <= 1:
                b.add(f"{m}[{key()}] = {self.r.randint(-99, 99)}")
            elif k == 2:
                b.add(f"delete({m}, {key()})")
            elif k == 3:
                b.add(f"{m}[{key()}]++")
            elif k == 4:
                v = self.fresh("v")
                b.add(f"{v}, ok := {m}[{key()}]")
                b.add(f"println({v}, ok, len({m}))")
            elif k == 5 and self.f["fmt"]:
                self.uses_fmt = True
                b.add(f"fmt.Println({m})")
            else:
                b.add(f"println(len({m}))")
        ks = self.fresh("ks")
        b.add(f"var {ks} []{kt}")
        b.open(f"for k := range {m}")
        b.add(f"{ks} = append({ks}, k)")
        b.close()
        b.add(f"{'sortints' if kt == 'int' else 'sortstrs'}({ks})")
        b.open(f"for _, k := range {ks}")
        b.add(f"println(k, {m}[k])")
        b.close()
        if self.chance(0.3):
            nm = self.fresh("nm")
            b.add(f"var {nm} map[{kt}]int")
            b.add(f"println({nm}[{key()}], len({nm}))")
            b.add(f"{nm}[{key()}] = 1")

    def struct_type(self) -> tuple[str, list[tuple[str, str]]]:
        name = self.fresh("S")
        fields = [(f"F{i}", self.r.choice(["int", "int8", "uint16", "string", "float64", "bool", "[2]int"])) for i in range(self.r.randint(1, 4))]
        self.top.append(f"type {name} struct {{\n" + "".join(f"\t{f} {t}\n" for f, t in fields) + "}")
        return name, fields

    def field_val(self, t: str) -> str:
        if t in INTS:
            return f"{self.int_lit(t)}"
        return {"string": self.str_lit(), "float64": self.float_lit(), "bool": self.r.choice(["true", "false"]), "[2]int": f"[2]int{{{self.r.randint(-9, 9)}, {self.r.randint(-9, 9)}}}"}[t]

    def blk_structs(self, b: Body):
        name, fields = self.struct_type()
        s = self.fresh("st")
        b.add(f"{s} := {name}{{" + ", ".join(f"{f}: {self.field_val(t)}" for f, t in fields) + "}")

        def show(v):
            parts = []
            for f, t in fields:
                parts.append(f"{v}.{f}[0], {v}.{f}[1]" if t == "[2]int" else f"{v}.{f}")
            b.add(f'println("{v}", ' + ", ".join(parts) + ")")

        show(s)
        c = self.fresh("cp")
        b.add(f"{c} := {s}")
        p = self.fresh("p")
        b.add(f"{p} := &{s}")
        for _ in range(self.r.randint(2, 6)):
            f, t = self.r.choice(fields)
            tgt = self.r.choice([c, f"{p}", s])
            if t == "[2]int":
                b.add(f"{tgt}.{f}[{self.r.randrange(2)}] = {self.r.randint(-9, 9)}")
            else:
                b.add(f"{tgt}.{f} = {self.field_val(t)}")
            b.add(f"println({s} == {c}, {p}.{fields[0][0]} == {c}.{fields[0][0]})")
        show(s)
        show(c)
        arr = self.fresh("sa")
        b.add(f"{arr} := [2]{name}{{{s}, {c}}}")
        b.add(f"{arr}2 := {arr}")
        b.add(f"{arr}2[0] = {name}{{}}")
        b.add(f"println({arr}[0] == {s}, {arr}2[0] == {arr}[0], {arr}2[1] == {c})")
        q = self.fresh("q")
        b.add(f"{q} := new({name})")
        b.add(f"*{q} = {c}")
        b.add(f"{q}.{fields[0][0]} = {p}.{fields[0][0]}")
        show(q)
        if self.f["fmt"]:
            self.uses_fmt = True
            b.add(f'fmt.Printf("%v %+v\\n", {s}, {c})')

    def blk_closures(self, b: Body):
        fs = self.fresh("fs")
        k = self.r.randint(1, 9)
        b.add(f"var {fs} []func() int")
        b.open(f"for i := 0; i < {self.r.randint(1, 5)}; i++")
        b.add(f"{fs} = append({fs}, func() int {{ return i * {k} }})")
        b.close()
        b.open(f"for _, v := range []int{{{', '.join(str(self.r.randint(-9, 9)) for _ in range(self.r.randint(1, 4)))}}}")
        b.add(f"{fs} = append({fs}, func() int {{ v++; return v }})")
        b.close()
        b.open(f"for _, f := range {fs}")
        b.add("println(f(), f())")
        b.close()
        cnt = self.fresh("cnt")
        b.add(f"{cnt} := 0")
        inc = self.fresh("inc")
        b.add(f"{inc} := func(d int) int {{ {cnt} += d; return {cnt} }}")
        for _ in range(self.r.randint(1, 4)):
            b.add(f"println({inc}({self.r.randint(-5, 5)}), {cnt})")
        fib = self.fresh("fib")
        b.add(f"var {fib} func(int) int")
        b.add(f"{fib} = func(n int) int {{ if n < 2 {{ return n }}; return {fib}(n-1) + {fib}(n-2) }}")
        b.add(f"println({fib}({self.r.randint(0, 15)}))")
        mk = self.fresh("mk")
        b.add(f"{mk} := func(base int) func() int {{ x := base; return func() int {{ x *= 2; return x }} }}")
        b.add(f"g1, g2 := {mk}({self.r.randint(1, 5)}), {mk}({self.r.randint(-5, -1)})")
        b.add("println(g1(), g1(), g2(), g1())")

    def iface_types(self) -> list[str]:
        if "ifaces" in self.helpers:
            return ["Circle", "Rect", "Named"]
        self.helpers.add("ifaces")
        self.top.append(IFACES)
        return ["Circle", "Rect", "Named"]

    def blk_methods(self, b: Body):
        self.iface_types()
        c = self.fresh("ct")
        b.add(f"{c} := Counter{{n: {self.r.randint(-5, 5)}}}")
        b.add(f"{c}.Inc()")
        b.add(f"f := {c}.Get")
        b.add(f"{c}.Inc()")
        b.add(f"g := (*Counter).Inc")
        b.add(f"g(&{c})")
        b.add(f"h := Counter.Get")
        b.add(f"println(f(), {c}.Get(), h({c}), {c}.Add({self.r.randint(1, 9)}).Get(), {c}.n)")
        e = self.fresh("e")
        b.add(f"{e} := Outer{{Counter: Counter{{n: {self.r.randint(0, 9)}}}, tag: {self.str_lit()}}}")
        b.add(f"{e}.Inc()")
        b.add(f"println({e}.Get(), {e}.n, {e}.tag)")

    def blk_ifaces(self, b: Body):
        self.iface_types()
        xs = self.fresh("xs")
        vals = []
        for _ in range(self.r.randint(2, 5)):
            vals.append(self.r.choice([f"Circle{{r: {self.r.randint(0, 9)}}}", f"&Rect{{w: {self.r.randint(0, 9)}, h: {self.r.randint(0, 9)}}}", f"Named({self.r.randint(-9, 9)})"]))
        b.add(f"{xs} := []Shape{{{', '.join(vals)}}}")
        b.open(f"for i, s := range {xs}")
        b.add("println(i, s.Area(), s.Name())")
        b.close()
        anys = self.fresh("an")
        avals = [self.r.choice(["1", '"s"', "2.5", "int8(-3)", "uint(7)", "nil", "Circle{r: 2}", "&Rect{w: 1, h: 2}", "[]int{1}", "true", "Named(4)", "errors.New(\"boom\")"]) for _ in range(self.r.randint(3, 7))]
        if any("errors." in v for v in avals):
            self.helpers.add("import errors")
        b.add(f"{anys} := []any{{{', '.join(avals)}}}")
        b.open(f"for i, a := range {anys}")
        b.open("switch v := a.(type)")
        b.add("case nil:")
        b.add('\tprintln(i, "nil")')
        b.add("case int, int8:")
        b.add('\tprintln(i, "int-ish", v != nil)')
        b.add("case string:")
        b.add('\tprintln(i, "string", v, len(v))')
        b.add("case float64:")
        b.add('\tprintln(i, "float", v*2)')
        b.add("case Shape:")
        b.add('\tprintln(i, "shape", v.Area())')
        b.add("case error:")
        b.add('\tprintln(i, "error", v.Error())')
        b.add("case []int:")
        b.add('\tprintln(i, "slice", len(v))')
        b.add("default:")
        b.add('\tprintln(i, "other")')
        b.close()
        b.add("s, ok := a.(Shape)")
        b.add("println(ok, s == nil)")
        b.close()
        i, j = self.r.randrange(len(avals)), self.r.randrange(len(avals))
        b.add(f"println({anys}[{i}] == {anys}[{j}])")
        if self.chance(0.3):
            b.add(f"println({anys}[{i}].(int))")

    def blk_defer(self, b: Body):
        self.helper("deferfns", DEFERFNS)
        for _ in range(self.r.randint(2, 5)):
            k = self.r.randrange(6)
            x = self.r.randint(-9, 9)
            if k == 0:
                b.add(f"println(named({x}))")
            elif k == 1:
                b.add(f"println(catch({x}))")
            elif k == 2:
                b.add(f"println(deepCatch({self.r.randint(0, 4)}, {x}))")
            elif k == 3:
                b.add(f"println(repanic({x}))")
            elif k == 4:
                b.open(f"for i := 0; i < {self.r.randint(1, 4)}; i++")
                b.add(f'defer println("deferred", i, {x})')
                b.close()
            else:
                v = self.fresh("dv")
                b.add(f"{v} := {x}")
                b.add(f'defer println("arg", {v})')
                b.add(f'defer func() {{ println("closure", {v}) }}()')
                b.add(f"{v} += 10")
        if self.chance(0.3):
            b.add(f"panic(MyErr{{{self.r.randint(0, 9)}}})")

    def blk_goroutines(self, b: Body):
        k = self.r.randrange(4)
        n = self.r.randint(1, 6)
        if k == 0:
            ch = self.fresh("ch")
            b.add(f"{ch} := make(chan int{', ' + str(self.r.randint(1, 3)) if self.chance(0.5) else ''})")
            b.open("go func()")
            b.open(f"for i := 0; i < {n}; i++")
            b.add(f"{ch} <- i * i")
            b.close()
            b.add(f"close({ch})")
            b.close("}()")
            b.open(f"for v := range {ch}")
            b.add("println(v)")
            b.close()
            b.add(f"v, ok := <-{ch}")
            b.add("println(v, ok)")
        elif k == 1:
            res, done = self.fresh("res"), self.fresh("done")
            b.add(f"{res} := make([]int, {n})")
            b.add(f"{done} := make(chan bool)")
            b.open(f"for i := range {n}")
            b.open("go func()")
            b.add(f"{res}[i] = i*i + {self.r.randint(0, 9)}")
            b.add(f"{done} <- true")
            b.close("}()")
            b.close()
            b.open(f"for range {n}")
            b.add(f"<-{done}")
            b.close()
            b.add(f"println(len({res}), {res}[0], {res}[{n - 1}])")
        elif k == 2:
            a, c = self.fresh("in"), self.fresh("out")
            b.add(f"{a}, {c} := make(chan int), make(chan int)")
            b.open("go func()")
            b.open(f"for v := range {a}")
            b.add(f"{c} <- v * {self.r.randint(2, 5)}")
            b.close()
            b.add(f"close({c})")
            b.close("}()")
            b.open("go func()")
            b.open(f"for i := 0; i < {n}; i++")
            b.add(f"{a} <- i")
            b.close()
            b.add(f"close({a})")
            b.close("}()")
            b.open(f"for v := range {c}")
            b.add("println(v)")
            b.close()
        else:
            a = self.fresh("sc")
            b.add(f"{a} := make(chan int, 1)")
            b.add(f"var nilc chan int")
            b.open(f"for i := 0; i < {n}; i++")
            b.open("select")
            b.add(f"case {a} <- i:")
            b.add('\tprintln("sent", i)')
            b.add("case v := <-nilc:")
            b.add('\tprintln("never", v)')
            b.add("default:")
            b.add(f'\tprintln("full", i, <-{a})')
            b.close()
            b.close()
            b.add(f"println(len({a}), cap({a}))")

    def blk_labels(self, b: Body):
        n, m = self.r.randint(1, 5), self.r.randint(1, 5)
        lo, li = self.fresh("L"), self.fresh("M")
        b.add(f"{lo}:")
        b.open(f"for i := 0; i < {n}; i++")
        b.add(f"{li}:")
        b.open(f"for j := 0; j < {m}; j++")
        b.open("switch")
        b.add(f"case (i+j)%{self.r.randint(2, 4)} == 0:")
        b.add(f"\tcontinue {lo}")
        b.add(f"case i*j > {self.r.randint(1, 8)}:")
        b.add(f"\tbreak {lo}")
        b.add(f"case j == {self.r.randint(0, 3)}:")
        b.add(f"\tcontinue {li}")
        b.add(f"case i == j:")
        b.add("\tfallthrough")
        b.add("case false:")
        b.add('\tprintln("ft", i, j)')
        b.add(f"\tbreak {li}")
        b.close()
        b.add("println(i, j)")
        b.close()
        b.close()
        k = self.fresh("k")
        g = self.fresh("G")
        b.add(f"{k} := {self.r.randint(0, 3)}")
        b.add(f"{g}:")
        b.add(f"println({k})")
        b.add(f"{k}++")
        b.open(f"if {k} < {self.r.randint(2, 7)}")
        b.add(f"goto {g}")
        b.close()

    def gen_elem(self) -> tuple[str, list[str]]:
        """An element type for generic code (a named one too) and a few values of it."""
        t = self.r.choice(["int", "int8", "uint16", "int64", "float64", "float32", "MyInt", "MyFloat"])
        if t in ("float64", "float32", "MyFloat"):
            vals = [self.r.choice(["0", "1.5", "-2.25", "3", "0.125", "-7", "1e3", "2.5e-2"]) for _ in range(self.r.randint(0, 6))]
        else:
            lo, hi = (-9, 9) if t not in ("uint16",) else (0, 20)
            vals = [str(self.r.randint(lo, hi)) for _ in range(self.r.randint(0, 6))]
        return t, vals

    def blk_generics(self, b: Body):
        self.helper("generics", GENERICS)
        t, vals = self.gen_elem()
        xs = self.fresh("xs")
        b.add(f"{xs} := []{t}{{{', '.join(vals)}}}")
        b.add(f"println(len({xs}), Sum({xs}))")
        for _ in range(self.r.randint(3, 7)):
            k = self.r.randrange(10)
            c = self.r.randint(-3, 5)
            if t == "uint16":
                c = abs(c)
            if k == 0:
                b.add(f"{xs} = Map({xs}, func(x {t}) {t} {{ return x*{abs(c) + 1} + {t}({abs(c)}) }})")
                b.add(f"printAll({xs})")
            elif k == 1:
                b.add(f"{xs} = Filter({xs}, func(x {t}) bool {{ return x > {t}({c}) }})")
                b.add(f"printAll({xs})")
            elif k == 2:
                b.add(f"println(Reduce({xs}, {c}, func(a int, x {t}) int {{ return a*2 + int(x) }}))")
            elif k == 3:
                b.open(f"if m, ok := MaxOf({xs}); ok")
                b.add("println(m)")
                b.close()
            elif k == 4:
                st = self.fresh("st")
                b.add(f"var {st} Stack[{t}]")
                b.open(f"for _, x := range {xs}")
                b.add(f"{st}.Push(x)")
                b.close()
                b.open(f"for {st}.Len() > {self.r.randint(0, 2)}")
                b.add(f"println({st}.Pop())")
                b.close()
            elif k == 5:
                self.imports.add('"slices"')
                b.add(f"slices.Sort({xs})")
                b.add(f"println(slices.Index({xs}, {t}({c})), slices.Contains({xs}, {t}({c})))")
                b.add(f"printAll({xs})")
            elif k == 6:
                p = self.fresh("p")
                b.add(f"{p} := Pair[string, {t}]{{{self.str_lit()}, {t}({abs(c)})}}")
                b.add(f"println({p}.Swap().A, {p}.Swap().B, {p}.Key())")
            elif k == 7:
                b.add(f"println(Sum[{t}](nil), Sum({xs}[:len({xs})/2]))")
            elif k == 8:
                b.add(f"printAll(Map({xs}, func(x {t}) string {{ return Describe(x) }}))")
            else:
                self.imports.add('"slices"')
                b.add(f"{xs} = slices.Insert({xs}, len({xs})/2, {t}({abs(c)}))")
                b.add(f"slices.Reverse({xs})")
                b.add(f"printAll({xs})")

    def blk_iterators(self, b: Body):
        self.helper("iterators", ITERATORS)
        self.helper("generics", GENERICS)
        n = self.r.randint(0, 7)
        # A loop over an iterator whose body leaves in one of the ways Go allows.
        exit_kind = self.r.choice(["none", "break", "continue", "return", "label", "defer"])
        f = self.fresh("it")
        body = Body()
        body.add(f"func {f}() (out int) {{")
        body.depth += 1
        if exit_kind == "label":
            body.add("outer:")
        body.open(f"for i, v := range Count({n})")
        body.add("println(i, v)")
        if exit_kind == "defer":
            body.add('defer println("deferred", i)')
        inner = self.chance(0.5)
        if inner:
            body.open(f"for w := range Evens({self.r.randint(0, 6)})")
            body.open(f"if w > {self.r.randint(0, 4)}")
            body.add("break outer" if exit_kind == "label" else "break")
            body.close()
            body.add("out += w")
            body.close()
        lim = self.r.randint(0, 6)
        if exit_kind in ("break", "label") and not inner:
            body.open(f"if v > {lim}")
            body.add("break outer" if exit_kind == "label" else "break")
            body.close()
        elif exit_kind == "continue":
            body.open(f"if i%2 == {self.r.randint(0, 1)}")
            body.add("continue")
            body.close()
        elif exit_kind == "return":
            body.open(f"if i >= {lim}")
            body.add("return out + 1000")
            body.close()
        body.add("out += v")
        body.close()
        body.add("return out")
        body.depth -= 1
        body.add("}")
        self.top.append("\n".join(l[1:] for l in body.lines))
        b.add(f"println({f}())")
        t, vals = self.gen_elem()
        b.add(f"printAll(Collect(Values([]{t}{{{', '.join(vals)}}})))")
        if self.chance(0.5):
            self.imports.add('"slices"')
            self.imports.add('"maps"')
            m = self.fresh("m")
            keys = self.r.sample(range(10), self.r.randint(0, 5))
            b.add(f"{m} := map[int]string{{{', '.join(f'{k}: {self.str_lit()}' for k in keys)}}}")
            b.open(f"for _, k := range slices.Sorted(maps.Keys({m}))")
            b.add(f"println(k, {m}[k])")
            b.close()

    def blk_complex(self, b: Body):
        t = self.r.choice(["complex128", "complex64"])
        parts = ["0", "1", "-1", "2.5", "-0.5", "3", "1e3", "0.1"]
        zs = [self.fresh("z") for _ in range(3)]
        for z in zs:
            b.add(f"{z} := {t}(complex({self.r.choice(parts)}, {self.r.choice(parts)}))")
        b.add(f"println({', '.join(zs)})")
        for _ in range(self.r.randint(3, 6)):
            x, y = self.r.choice(zs), self.r.choice(zs)
            op = self.r.choice(["+", "-", "*", "/"])
            k = self.r.randrange(5)
            if k == 0:
                b.add(f"println({x} {op} {y})")
            elif k == 1:
                b.add(f"println(real({x} {op} {y}), imag({x}))")
            elif k == 2:
                b.add(f"println({x} == {y}, {x} != -{y})")
            elif k == 3:
                b.add(f"{x} = {x}*{x} - {y}")
                b.add(f"println({x})")
            else:
                self.uses_fmt = True
                b.add(f'fmt.Println({x}, {x} {op} {y})')
                b.add(f'fmt.Printf("%.3f %v %T\\n", {x}, {y}, {y})')

    # -- programs -----------------------------------------------------------------------------

    def blocks(self) -> list[str]:
        kinds = []
        if self.f["ints"] or self.f["floats"]:
            kinds += ["arith"] * 3
        for k in ["consts", "evalorder", "strings", "slices", "maps", "structs", "closures", "methods", "ifaces", "defer", "goroutines", "labels", "generics", "iterators", "complex"]:
            if self.f[k]:
                kinds.append(k)
        return kinds

    def program(self, nblocks: int | None = None) -> str:
        kinds = self.blocks()
        calls = []
        for i in range(nblocks or self.r.randint(6, 14)):
            kind = self.r.choice(kinds)
            b = Body()
            name = f"b{i}"
            b.add(f'println("== {name} {kind}")')
            b.add(f'defer func() {{ show("{name}", recover()) }}()')
            getattr(self, "blk_" + kind)(b)
            self.top.append(f"func {name}() {{\n" + "\n".join(b.lines) + "\n}")
            calls.append(f"\t{name}()")
        self.helper("show", SHOW)
        return self.assemble(["func main() {"] + calls + ["}"])

    def assemble(self, tail: list[str]) -> str:
        imports = []
        if "import errors" in self.helpers or "deferfns" in self.helpers or "ifaces" in self.helpers:
            imports.append('"errors"')
        if self.uses_fmt:
            imports.append('"fmt"')
        imports += sorted(self.imports)
        head = [f"// difftest seed {self.seed}", "package main", ""]
        if imports:
            head += ["import ("] + [f"\t{i}" for i in imports] + [")", ""]
        return "\n".join(head) + "\n" + "\n\n".join(self.top) + "\n\n" + "\n".join(tail) + "\n"

    # -- export programs ------------------------------------------------------------------------

    def export_program(self) -> tuple[str, str]:
        """A reactor: global state, exported functions over scalars, and a calls list."""
        kinds = ["int32", "int64", "uint32", "uint64", "float32", "float64", "bool"]
        self.top.append("var state int64\n\nvar hist []int64")
        exports = []
        for i in range(self.r.randint(2, 5)):
            name = f"ex{i}"
            params = [(f"p{j}", self.r.choice(kinds)) for j in range(self.r.randint(0, 3))]
            res = self.r.choice(kinds + [None])
            b = Body()
            env = {p: t for p, t in params if t != "bool"}
            b.add(f'println("{name}", state, len(hist))')
            for p, t in params:
                if t == "bool":
                    b.open(f"if {p}")
                    b.add("state++")
                    b.close()
                elif t.startswith("float"):
                    self.helper("f2i", F2I)
                    b.add(f"state += f2i(float64({p}))")
                else:
                    b.add(f"state = state*{self.r.randint(2, 7)} + int64({p})")
            b.add("hist = append(hist, state)")
            if self.chance(0.3) and env:
                v, t = self.r.choice(list(env.items()))
                if t in INTS:
                    b.add(f"println({self.expr(t, env, 2)[0]})")
            if res == "bool":
                b.add("return state%2 == 0")
            elif res is not None:
                b.add(f"return {res}(state)")
            sig = ", ".join(f"{p} {t}" for p, t in params)
            self.top.append(f"//go:wasmexport {name}\nfunc {name}({sig}) {res or ''} {{\n" + "\n".join(b.lines) + "\n}")
            exports.append((name, params))
        if self.chance(0.5):
            self.top.append('//go:wasmexport boom\nfunc boom(d int32) int32 {\n\tprintln("boom", d)\n\treturn int32(state) / d\n}')
            exports.append(("boom", [("d", "int32")]))
        calls = []
        for _ in range(self.r.randint(3, 10)):
            name, params = self.r.choice(exports)
            args = []
            for _, t in params:
                if t == "bool":
                    args.append(self.r.choice(["true", "false"]))
                elif t.startswith("float"):
                    args.append(self.r.choice(["0", "1.5", "-2.25", "1e6"]))
                elif t.startswith("u"):
                    args.append(str(self.r.choice([0, 1, 7, 4294967295 if t == "uint32" else 18446744073709551615])))
                else:
                    args.append(str(self.r.choice([0, -1, 3, 2147483647 if t == "int32" else 9223372036854775807])))
            calls.append(" ".join([name] + args))
        return self.assemble(["func main() {}"]), "\n".join(calls) + "\n"


def program(seed: int, features: dict | None = None) -> str:
    return Gen(seed, features).program()


def export_program(seed: int, features: dict | None = None) -> tuple[str, str]:
    return Gen(seed, features).export_program()


F2I = """// f2i converts only values in int64's range (the others are implementation-specific).
func f2i(x float64) int64 {
	if x != x || x > 9e18 || x < -9e18 {
		return -1
	}
	return int64(x)
}"""

TICK = """var seq int

func tick(tag string, v int) int {
	seq++
	println("tick", tag, v, seq)
	return v
}"""

PSTR = """// pstr prints s with each byte that is not part of valid UTF-8 as <xx>.
func pstr(tag string, s string) {
	print(tag, " ", len(s), " ")
	for i, r := range s {
		if r == 0xFFFD && (len(s)-i < 3 || s[i:i+3] != "\\uFFFD") {
			print("<", s[i], ">")
			continue
		}
		print(string(r))
	}
	println()
}"""

SUM3 = """func sum3(a, b, c int) int { return a*100 + b*10 + c }"""

SHOW = """func show(tag string, r any) {
	switch v := r.(type) {
	case nil:
		println(tag, "done")
	case error:
		println(tag, "recovered error", v.Error())
	case string:
		println(tag, "recovered string", v)
	case int:
		println(tag, "recovered int", v)
	default:
		println(tag, "recovered other")
	}
}"""

DUMP = """func dump(name string, s []int, withCap bool) {
	println(name, len(s), s == nil)
	if withCap {
		println("cap", cap(s))
	}
	for i, v := range s {
		println(" ", i, v)
	}
}"""

SORTINTS = """func sortints(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}"""

SORTSTRS = """func sortstrs(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}"""

IFACES = """type Shape interface {
	Area() int
	Name() string
}

type Circle struct{ r int }

func (c Circle) Area() int     { return 3 * c.r * c.r }
func (c Circle) Name() string  { return "circle" }

type Rect struct{ w, h int }

func (r *Rect) Area() int    { return r.w * r.h }
func (r *Rect) Name() string { return "rect" }

type Named int

func (n Named) Area() int    { return int(n) * 2 }
func (n Named) Name() string { return "named" }

type Counter struct{ n int }

func (c *Counter) Inc()             { c.n++ }
func (c Counter) Get() int          { return c.n }
func (c Counter) Add(d int) Counter { c.n += d; return c }

type Outer struct {
	Counter
	tag string
}

var errSentinel = errors.New("sentinel")"""

DEFERFNS = """type MyErr struct{ code int }

func (e MyErr) Error() string { return "myerr " + string(rune('0'+e.code%10)) }

func named(x int) (r int) {
	defer func() { r = r*2 + 1 }()
	r = x
	return r + 1
}

func thrower(x int) int {
	defer println("thrower defer", x)
	if x%3 == 0 {
		panic(MyErr{x})
	}
	if x%3 == 1 {
		var a []int
		return a[x&7]
	}
	panic(x)
}

func catch(x int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				res = "error: " + v.Error()
			case int:
				res = "int: " + string(rune('a'+(v%26+26)%26))
			}
		}
	}()
	thrower(x)
	return "none"
}

func deepCatch(depth, x int) int {
	defer func() { println("unwind", depth, recover() != nil) }()
	if depth == 0 {
		return thrower(x)
	}
	return deepCatch(depth-1, x) + 1
}

func repanic(x int) (s string) {
	defer func() {
		r := recover()
		e, _ := r.(error)
		s = "outer " + e.Error()
	}()
	defer func() {
		r := recover()
		println("inner", r != nil)
		panic(errors.New("again"))
	}()
	return catch(x) + string(rune('0'+thrower(x)))
}"""

GENERICS = """type MyInt int

type MyFloat float64

type Number interface {
	~int | ~int8 | ~uint16 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, a A, f func(A, T) A) A {
	for _, x := range xs {
		a = f(a, x)
	}
	return a
}

func MaxOf[T Number](xs []T) (T, bool) {
	if len(xs) == 0 {
		var zero T
		return zero, false
	}
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m, true
}

func printAll[T any](xs []T) {
	print(len(xs), ":")
	for _, x := range xs {
		switch v := any(x).(type) {
		case string:
			print(" ", v)
		case float32:
			print(" ", v)
		case float64:
			print(" ", v)
		case MyFloat:
			print(" ", float64(v))
		case MyInt:
			print(" ", int(v))
		case int, int8, uint16, int64:
			print(" ", Describe(v))
		}
	}
	println()
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int" + itoa(int64(v))
	case int8:
		return "int8" + itoa(int64(v))
	case uint16:
		return "uint16" + itoa(int64(v))
	case int64:
		return "int64" + itoa(v)
	case MyInt:
		return "MyInt" + itoa(int64(v))
	}
	return "other"
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Pair[A comparable, B any] struct {
	A A
	B B
}

func (p Pair[A, B]) Swap() Pair[string, A] { return Pair[string, A]{"swapped", p.A} }

func (p Pair[A, B]) Key() A { return p.A }"""

ITERATORS = """func Count(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i, i*i) {
				return
			}
		}
	}
}

func Evens(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func Values[T any](xs []T) func(func(T) bool) {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func Collect[T any](seq func(func(T) bool)) []T {
	var out []T
	for x := range seq {
		out = append(out, x)
	}
	return out
}"""

# The fixed texts `Gen.helper` and `Gen.iface_types` add: the same in every program, so a
# batch of programs (batch.py) declares each once.
HELPERS = (F2I, TICK, PSTR, SUM3, SHOW, DUMP, SORTINTS, SORTSTRS, IFACES, DEFERFNS, GENERICS, ITERATORS)
