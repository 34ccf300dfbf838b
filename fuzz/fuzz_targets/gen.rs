//! `gen`: the fuzzer's bytes drive a generator of Go programs (types, functions, methods,
//! generics, iterators, closures, goroutines, every statement form), mostly well typed, so
//! runs reach lowering and codegen rather than stopping in the parser. `compile` must never
//! panic and every module it emits must validate. Every byte is a choice; when the bytes run
//! out every choice is the first one, which is always the simplest (a leaf, an empty list).
#![no_main]

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};

use compiler_core::{compile, Generics, Mode, Options, Schedule, SourceFile};
use libfuzzer_sys::fuzz_target;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    Int,
    Int8,
    Uint8,
    Int32,
    Uint32,
    Int64,
    Uint64,
    Float32,
    Float64,
    Str,
    Bool,
    Ints,
    Strs,
    Map,
    S,
    PS,
    Chan,
    Any,
    Func,
}

use Ty::{Any, Bool, Chan, Float32, Float64, Func, Int, Int32, Int64, Int8, Ints, Map, Str, Strs, Uint32, Uint64, Uint8, PS, S};

const ALL: [Ty; 19] = [Int, Int8, Uint8, Int32, Uint32, Int64, Uint64, Float32, Float64, Str, Bool, Ints, Strs, Map, S, PS, Chan, Any, Func];
const NUMERIC: [Ty; 9] = [Int, Int8, Uint8, Int32, Uint32, Int64, Uint64, Float32, Float64];
/// The types an exported function may take and return.
const SCALAR: [Ty; 7] = [Int32, Uint32, Int64, Uint64, Float32, Float64, Bool];

impl Ty {
    fn go(self) -> &'static str {
        match self {
            Int => "int",
            Int8 => "int8",
            Uint8 => "uint8",
            Int32 => "int32",
            Uint32 => "uint32",
            Int64 => "int64",
            Uint64 => "uint64",
            Float32 => "float32",
            Float64 => "float64",
            Str => "string",
            Bool => "bool",
            Ints => "[]int",
            Strs => "[]string",
            Map => "map[string]int",
            S => "S",
            PS => "*S",
            Chan => "chan int",
            Any => "any",
            Func => "func(int) int",
        }
    }
    fn is_int(self) -> bool {
        matches!(self, Int | Int8 | Uint8 | Int32 | Uint32 | Int64 | Uint64)
    }
    fn is_num(self) -> bool {
        self.is_int() || matches!(self, Float32 | Float64)
    }
    fn ordered(self) -> bool {
        self.is_num() || self == Str
    }
    fn comparable(self) -> bool {
        !matches!(self, Ints | Strs | Map | Func)
    }
    /// The package-level variable of this type every program declares.
    fn global(self) -> &'static str {
        match self {
            Int => "gint",
            Int8 => "gint8",
            Uint8 => "guint8",
            Int32 => "gint32",
            Uint32 => "guint32",
            Int64 => "gint64",
            Uint64 => "guint64",
            Float32 => "gfloat32",
            Float64 => "gfloat64",
            Str => "gstring",
            Bool => "gbool",
            Ints => "gints",
            Strs => "gstrs",
            Map => "gmap",
            S => "gS",
            PS => "gPS",
            Chan => "gch",
            Any => "gany",
            Func => "gfn",
        }
    }
}

/// The fuzzer's bytes as a stream of choices.
struct Bytes<'a> {
    data: &'a [u8],
    at: usize,
}

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }
    fn pick(&mut self, n: usize) -> usize {
        usize::from(self.byte()) % n.max(1)
    }
    fn chance(&mut self, per256: u8) -> bool {
        self.at < self.data.len() && self.byte() < per256
    }
    fn exhausted(&self) -> bool {
        self.at >= self.data.len()
    }
}

struct Sig {
    name: String,
    params: Vec<Ty>,
    result: Option<Ty>,
    export: bool,
}

struct Gen<'a> {
    b: Bytes<'a>,
    out: String,
    /// Variables in scope, innermost last.
    vars: Vec<(String, Ty)>,
    funcs: Vec<Sig>,
    n: usize,
    uses_fmt: bool,
    /// Nesting of loops (break/continue allowed) and their labels.
    loops: Vec<Option<String>>,
    indent: usize,
}

impl Gen<'_> {
    fn fresh(&mut self, p: &str) -> String {
        self.n += 1;
        format!("{p}{}", self.n)
    }

    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push('\t');
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn var_of(&mut self, t: Ty) -> Option<String> {
        let vs: Vec<&String> = self.vars.iter().filter(|(_, vt)| *vt == t).map(|(n, _)| n).collect();
        if vs.is_empty() {
            return None;
        }
        let i = self.b.pick(vs.len());
        Some(vs[i].clone())
    }

    fn any_type(&mut self) -> Ty {
        ALL[self.b.pick(ALL.len())]
    }

    fn num_type(&mut self) -> Ty {
        NUMERIC[self.b.pick(NUMERIC.len())]
    }

    fn literal(&mut self, t: Ty) -> String {
        match t {
            Int | Int64 | Int32 | Int8 => ["0", "1", "-1", "7", "-100", "127"][self.b.pick(6)].to_string(),
            Uint8 | Uint32 | Uint64 => ["0", "1", "255", "3"][self.b.pick(4)].to_string(),
            Float32 | Float64 => ["0.5", "1", "-2.25", "1e10", "0"][self.b.pick(5)].to_string(),
            Str => ["\"\"", "\"go\"", "\"héllo\"", "\"\\xff\\x00\"", "`raw`"][self.b.pick(5)].to_string(),
            Bool => ["false", "true"][self.b.pick(2)].to_string(),
            _ => self.zero(t),
        }
    }

    fn zero(&self, t: Ty) -> String {
        match t {
            Str => "\"\"".into(),
            Bool => "false".into(),
            Ints | Strs | Map | PS | Chan | Any | Func => "nil".into(),
            S => "S{}".into(),
            _ => "0".into(),
        }
    }

    /// A numeric operand that is never a constant, so no operator folds constants into an
    /// overflow or a division by zero.
    fn num_var(&mut self, t: Ty, depth: u32) -> String {
        match self.var_of(t) {
            Some(v) if self.b.pick(2) == 0 || depth == 0 => v,
            _ => t.global().to_string(),
        }
    }

    fn expr(&mut self, t: Ty, depth: u32) -> String {
        if depth == 0 || self.b.exhausted() {
            return self.leaf(t);
        }
        let d = depth - 1;
        if t.is_num() {
            return match self.b.pick(10) {
                0 => self.leaf(t),
                1 | 2 => {
                    let ops: &[&str] = if t.is_int() { &["+", "-", "*", "&", "|", "^", "&^"] } else { &["+", "-", "*"] };
                    let op = ops[self.b.pick(ops.len())];
                    let l = self.num_var(t, d);
                    let r = self.expr(t, d);
                    format!("({l} {op} {r})")
                }
                3 => {
                    let l = self.num_var(t, d);
                    let r = self.num_var(t, d);
                    if t.is_int() {
                        let op = ["/", "%"][self.b.pick(2)];
                        format!("({l} {op} ({r} | 1))")
                    } else {
                        format!("({l} / {r})")
                    }
                }
                4 => {
                    let from = self.num_type();
                    let e = self.num_var(from, d);
                    format!("{}({e})", t.go())
                }
                5 if t.is_int() => {
                    let l = self.num_var(t, d);
                    let r = self.num_var(Uint8, d);
                    let op = ["<<", ">>"][self.b.pick(2)];
                    format!("({l} {op} ({r} & 15))")
                }
                6 if t == Int => {
                    let (k, what) = match self.b.pick(3) {
                        0 => (Str, "len"),
                        1 => (Ints, "len"),
                        _ => (Ints, "cap"),
                    };
                    let e = self.expr(k, d);
                    format!("{what}({e})")
                }
                6 => format!("-{}", self.num_var(t, d)),
                7 => {
                    let f = ["min", "max"][self.b.pick(2)];
                    let l = self.num_var(t, d);
                    let r = self.expr(t, d);
                    format!("{f}({l}, {r})")
                }
                8 if t == Int => match self.b.pick(5) {
                    0 => format!("({}).a", self.expr(S, d)),
                    1 => format!("({}).Get()", self.expr(S, d)),
                    2 => {
                        let m = self.expr(Map, d);
                        let k = self.expr(Str, d);
                        format!("{m}[{k}]")
                    }
                    3 => {
                        let xs = self.expr(Ints, d);
                        let i = self.num_var(Int, d);
                        format!("{xs}[{i}&3]")
                    }
                    _ => {
                        let f = self.expr(Func, d);
                        let a = self.expr(Int, d);
                        format!("({f})({a})")
                    }
                },
                8 => format!("Id({})", self.expr(t, d)),
                _ => self.call(t, d).unwrap_or_else(|| self.leaf(t)),
            };
        }
        match t {
            Str => match self.b.pick(8) {
                0 => self.leaf(t),
                1 => format!("({} + {})", self.expr(Str, d), self.expr(Str, d)),
                2 => format!("string(rune({}))", self.num_var(Int32, d)),
                3 => {
                    self.uses_fmt = true;
                    let k = self.any_type();
                    format!("fmt.Sprint({})", self.expr(k, d))
                }
                4 => format!("({}).b", self.expr(S, d)),
                5 => {
                    let s = self.expr(Str, d);
                    let i = self.num_var(Int, d);
                    format!("{s}[min({i}&3, len({s})):]")
                }
                6 => format!("Id({})", self.expr(Str, d)),
                _ => self.call(t, d).unwrap_or_else(|| self.leaf(t)),
            },
            Bool => match self.b.pick(6) {
                0 => self.leaf(t),
                1 => {
                    let k = loop {
                        let k = self.any_type();
                        if k.comparable() {
                            break k;
                        }
                    };
                    let op = ["==", "!="][self.b.pick(2)];
                    format!("({} {op} {})", self.expr(k, d), self.expr(k, d))
                }
                2 => {
                    let k = loop {
                        let k = self.any_type();
                        if k.ordered() {
                            break k;
                        }
                    };
                    let op = ["<", "<=", ">", ">="][self.b.pick(4)];
                    let l = if k.is_num() { self.num_var(k, d) } else { self.expr(k, d) };
                    format!("({l} {op} {})", self.expr(k, d))
                }
                3 => format!("!{}", self.expr(Bool, d)),
                4 => {
                    let op = ["&&", "||"][self.b.pick(2)];
                    format!("({} {op} {})", self.expr(Bool, d), self.expr(Bool, d))
                }
                _ => self.call(t, d).unwrap_or_else(|| self.leaf(t)),
            },
            Ints => match self.b.pick(6) {
                0 => self.leaf(t),
                1 => format!("[]int{{{}, {}}}", self.expr(Int, d), self.expr(Int, d)),
                2 => format!("append({}, {})", self.expr(Ints, d), self.expr(Int, d)),
                3 => {
                    let xs = self.expr(Ints, d);
                    format!("{xs}[:len({xs})/2]")
                }
                4 => format!("make([]int, {}&7)", self.num_var(Int, d)),
                _ => format!("Map({}, {})", self.expr(Ints, d), self.expr(Func, d)),
            },
            Strs => match self.b.pick(3) {
                0 => self.leaf(t),
                1 => format!("[]string{{{}}}", self.expr(Str, d)),
                _ => format!("append({}, {})", self.expr(Strs, d), self.expr(Str, d)),
            },
            Map => match self.b.pick(3) {
                0 => self.leaf(t),
                1 => format!("map[string]int{{{}: {}}}", self.expr(Str, d), self.expr(Int, d)),
                _ => "make(map[string]int)".into(),
            },
            S => match self.b.pick(3) {
                0 => self.leaf(t),
                1 => format!("S{{a: {}, b: {}}}", self.expr(Int, d), self.expr(Str, d)),
                _ => format!("*{}", self.expr(PS, d)),
            },
            PS => match self.b.pick(3) {
                0 => self.leaf(t),
                1 => format!("&S{{a: {}}}", self.expr(Int, d)),
                _ => format!("new(S)"),
            },
            Chan => match self.b.pick(2) {
                0 => self.leaf(t),
                _ => format!("make(chan int, {})", self.b.pick(3)),
            },
            Any => match self.b.pick(3) {
                0 => self.leaf(t),
                1 => {
                    let k = self.any_type();
                    format!("any({})", self.expr(k, d))
                }
                _ => format!("any(I({}))", self.expr(S, d)),
            },
            Func => match self.b.pick(3) {
                0 => self.leaf(t),
                1 => {
                    let body = self.expr(Int, d);
                    // the parameter shadows nothing the body uses: it is named apart
                    format!("func(x int) int {{ return x + {body} }}")
                }
                _ => format!("({}).Scale", self.expr(S, d)),
            },
            _ => self.leaf(t),
        }
    }

    fn leaf(&mut self, t: Ty) -> String {
        if let Some(v) = self.var_of(t) {
            if self.b.pick(4) != 0 {
                return v;
            }
        }
        match t {
            Ints | Strs | Map | S | PS | Chan | Func | Any => t.global().to_string(),
            _ if t.is_num() && self.b.pick(2) == 0 => t.global().to_string(),
            _ => {
                let l = self.literal(t);
                if t.is_num() {
                    format!("{}({l})", t.go())
                } else {
                    l
                }
            }
        }
    }

    fn call(&mut self, t: Ty, d: u32) -> Option<String> {
        let cands: Vec<usize> = (0..self.funcs.len()).filter(|&i| self.funcs[i].result == Some(t)).collect();
        if cands.is_empty() {
            return None;
        }
        let i = cands[self.b.pick(cands.len())];
        let params = self.funcs[i].params.clone();
        let args: Vec<String> = params.iter().map(|&p| self.expr(p, d)).collect();
        Some(format!("{}({})", self.funcs[i].name, args.join(", ")))
    }

    /// Declares a local and (mostly) marks it used, as gc requires.
    fn declare(&mut self, t: Ty) {
        let name = self.fresh("v");
        let e = self.expr(t, 3);
        if self.b.pick(2) == 0 && !matches!(t, Any) {
            self.line(&format!("var {name} {} = {e}", t.go()));
        } else if t.is_num() && !e.starts_with(t.go()) {
            self.line(&format!("{name} := {}({e})", t.go()));
        } else {
            self.line(&format!("var {name} {} = {e}", t.go()));
        }
        if !self.b.chance(8) {
            self.line(&format!("_ = {name}"));
        }
        self.vars.push((name, t));
    }

    fn block(&mut self, depth: u32, open: &str, scoped: &[(String, Ty)]) {
        self.line(&format!("{open} {{"));
        self.indent += 1;
        let mark = self.vars.len();
        for (n, t) in scoped {
            self.vars.push((n.clone(), *t));
            if n != "_" {
                self.line(&format!("_ = {n}"));
            }
        }
        self.indent -= 1;
        self.body(depth, 5);
        self.vars.truncate(mark);
        self.line("}");
    }

    fn stmt(&mut self, depth: u32) {
        let d = depth.saturating_sub(1);
        let kinds = if depth == 0 { 6 } else { 22 };
        match self.b.pick(kinds) {
            0 => {
                let t = self.any_type();
                self.declare(t);
            }
            1 => {
                let t = self.any_type();
                if let Some(v) = self.var_of(t) {
                    let e = self.expr(t, 3);
                    self.line(&format!("{v} = {e}"));
                }
            }
            2 => {
                let t = self.num_type();
                if let Some(v) = self.var_of(t) {
                    let op = if t.is_int() { ["+=", "-=", "*=", "|=", "^=", "<<="][self.b.pick(6)] } else { ["+=", "-=", "*="][self.b.pick(3)] };
                    let e = if op == "<<=" { format!("({} & 7)", self.num_var(Uint8, 2)) } else { self.expr(t, 2) };
                    self.line(&format!("{v} {op} {e}"));
                } else {
                    self.line(&format!("{}++", t.global()));
                }
            }
            3 => {
                let k = self.any_type();
                let e = self.expr(k, 3);
                if self.b.pick(2) == 0 {
                    self.uses_fmt = true;
                    self.line(&format!("fmt.Println({e})"));
                } else if !matches!(k, Ints | Strs | Map | S | Func) {
                    self.line(&format!("println({e})"));
                } else {
                    let n = self.expr(Int, 2);
                    self.line(&format!("println(len(gints), {n})"));
                }
            }
            4 => {
                let e = self.expr(Int, 2);
                self.line(&format!("gS.Add({e})"));
            }
            5 => {
                if let Some(l) = self.loops.last().cloned() {
                    let kw = ["break", "continue"][self.b.pick(2)];
                    match l {
                        Some(label) if self.b.pick(2) == 0 => self.line(&format!("{kw} {label}")),
                        _ => self.line(kw),
                    }
                } else {
                    let e = self.expr(Chan, 1);
                    self.line(&format!("_ = len({e})"));
                }
            }
            6 => {
                let c = self.expr(Bool, 3);
                self.line(&format!("if {c} {{"));
                self.body(d, 5);
                if self.b.pick(2) == 0 {
                    self.line("} else {");
                    self.body(d, 4);
                }
                self.line("}");
            }
            7 => {
                let i = self.fresh("i");
                let n = self.b.pick(5);
                self.loop_block(d, &format!("for {i} := 0; {i} < {n}; {i}++"), &[(i, Int)]);
            }
            8 => {
                let (i, v) = (self.fresh("i"), self.fresh("x"));
                match self.b.pick(5) {
                    0 => {
                        let e = self.expr(Ints, 2);
                        self.loop_block(d, &format!("for {i}, {v} := range {e}"), &[(i, Int), (v, Int)]);
                    }
                    1 => {
                        let e = self.expr(Str, 2);
                        self.loop_block(d, &format!("for {i}, {v} := range {e}"), &[(i, Int), (v, Int32)]);
                    }
                    2 => {
                        let e = self.expr(Map, 2);
                        self.loop_block(d, &format!("for {i}, {v} := range {e}"), &[(i, Str), (v, Int)]);
                    }
                    3 => {
                        let e = self.num_var(Int, 1);
                        self.loop_block(d, &format!("for {i} := range {e} & 7"), &[(i, Int)]);
                    }
                    _ => {
                        let e = self.num_var(Int, 1);
                        self.loop_block(d, &format!("for {v} := range Seq({e} & 7)"), &[(v, Int)]);
                    }
                }
            }
            9 => {
                let t = self.num_type();
                let e = self.num_var(t, 2);
                self.line(&format!("switch {e} {{"));
                let mut seen = Vec::new();
                for _ in 0..self.b.pick(4) {
                    let l = self.literal(t);
                    if seen.contains(&l) {
                        continue;
                    }
                    seen.push(l.clone());
                    self.case_body(d, &format!("case {l}:"));
                }
                if self.b.pick(2) == 0 {
                    self.case_body(d, "default:");
                }
                self.line("}");
            }
            10 => {
                let e = self.expr(Any, 2);
                let v = self.fresh("y");
                self.line(&format!("switch {v} := {e}.(type) {{"));
                let mut seen = Vec::new();
                for _ in 0..self.b.pick(4) {
                    let k = self.any_type();
                    if seen.contains(&k) {
                        continue;
                    }
                    seen.push(k);
                    self.line(&format!("case {}:", k.go()));
                    self.indent += 1;
                    let mark = self.vars.len();
                    self.vars.push((v.clone(), k));
                    self.line(&format!("_ = {v}"));
                    for _ in 0..self.b.pick(3) {
                        self.stmt(d);
                    }
                    self.vars.truncate(mark);
                    self.indent -= 1;
                }
                self.line("default:");
                self.line(&format!("\t_ = {v}"));
                self.line("}");
            }
            11 => {
                let e = self.expr(Int, 2);
                match self.b.pick(3) {
                    0 => self.line(&format!("defer println({e})")),
                    1 => self.line("defer func() { _ = recover() }()"),
                    _ => self.line(&format!("defer func() {{ gint += {e} }}()")),
                }
            }
            12 => {
                let c = self.expr(Chan, 2);
                let e = self.expr(Int, 2);
                self.line(&format!("go func(c chan int) {{ c <- {e} }}({c})"));
            }
            13 => {
                let c = self.expr(Chan, 1);
                let v = self.fresh("r");
                self.line("select {");
                self.line(&format!("case {v} := <-{c}:"));
                self.line(&format!("\t_ = {v}"));
                if self.b.pick(2) == 0 {
                    let c2 = self.expr(Chan, 1);
                    let e = self.expr(Int, 1);
                    self.line(&format!("case {c2} <- {e}:"));
                }
                self.line("default:");
                self.line("}");
            }
            14 => {
                let label = self.fresh("L");
                self.line(&format!("{label}:"));
                let i = self.fresh("i");
                self.line(&format!("for {i} := range 3 {{"));
                self.line(&format!("\tif {i} == 1 {{ continue {label} }}"));
                self.loops.push(Some(label));
                self.body(d, 4);
                self.loops.pop();
                self.line("}");
            }
            15 => {
                let (x, ok) = (self.fresh("x"), self.fresh("ok"));
                let m = self.expr(Map, 2);
                let k = self.expr(Str, 2);
                self.block(d, &format!("if {x}, {ok} := {m}[{k}]; {ok}"), &[(x, Int)]);
            }
            16 => {
                if let Some(call) = self.call_stmt(d) {
                    self.line(&call);
                }
            }
            17 => {
                let e = self.expr(Any, 2);
                let (v, ok) = (self.fresh("z"), self.fresh("ok"));
                let k = self.any_type();
                self.block(d, &format!("if {v}, {ok} := {e}.({}); {ok}", k.go()), &[(v, k)]);
            }
            18 => {
                let xs = self.var_of(Ints).unwrap_or_else(|| Ints.global().into());
                let i = self.num_var(Int, 1);
                let e = self.expr(Int, 2);
                self.line(&format!("{xs}[{i}&1] = {e}"));
            }
            19 => {
                let m = self.var_of(Map).unwrap_or_else(|| Map.global().into());
                let k = self.expr(Str, 2);
                let e = self.expr(Int, 2);
                match self.b.pick(3) {
                    0 => self.line(&format!("delete({m}, {k})")),
                    _ => self.line(&format!("{m}[{k}] = {e}")),
                }
            }
            20 => {
                let v = self.fresh("c");
                let body = self.expr(Int, 2);
                self.line(&format!("{v} := func() int {{"));
                self.indent += 1;
                // break and continue do not cross a function literal
                let saved = std::mem::take(&mut self.loops);
                let mark = self.vars.len();
                for _ in 0..self.b.pick(3) {
                    self.stmt(d);
                }
                self.vars.truncate(mark);
                self.loops = saved;
                self.line(&format!("return {body}"));
                self.indent -= 1;
                self.line("}");
                self.line(&format!("gint += {v}()"));
            }
            _ => {
                let e = self.expr(Int, 2);
                let s = match self.b.pick(3) {
                    0 => format!("gints = append(gints, {e})"),
                    1 => format!("copy(gints, {})", self.expr(Ints, 2)),
                    _ => format!("if {e} > 1000 {{ panic({}) }}", self.expr(Str, 1)),
                };
                self.line(&s);
            }
        }
    }

    /// Statements one level deeper, in their own scope.
    fn body(&mut self, d: u32, max: usize) {
        self.indent += 1;
        let mark = self.vars.len();
        for _ in 0..self.b.pick(max) {
            self.stmt(d);
        }
        self.vars.truncate(mark);
        self.indent -= 1;
    }

    fn case_body(&mut self, d: u32, head: &str) {
        self.line(head);
        self.body(d, 3);
    }

    fn loop_block(&mut self, d: u32, head: &str, scoped: &[(String, Ty)]) {
        self.loops.push(None);
        self.block(d, head, scoped);
        self.loops.pop();
    }

    fn call_stmt(&mut self, d: u32) -> Option<String> {
        if self.funcs.is_empty() {
            return None;
        }
        let i = self.b.pick(self.funcs.len());
        let params = self.funcs[i].params.clone();
        let args: Vec<String> = params.iter().map(|&p| self.expr(p, d.min(2))).collect();
        let call = format!("{}({})", self.funcs[i].name, args.join(", "));
        Some(match (self.funcs[i].result, self.b.pick(3)) {
            (Some(_), 0) => format!("_ = {call}"),
            (_, 1) => format!("defer {call}"),
            (_, 2) => format!("go {call}"),
            _ => call,
        })
    }

    fn program(&mut self) -> String {
        // Globals of every type: operands that are never constants.
        let mut head = String::from("package main\n\n");
        let mut decls = String::new();
        for t in ALL {
            let name = t.global();
            let init = match t {
                Ints => "[]int{1, 2, 3}".to_string(),
                Strs => "[]string{\"a\"}".to_string(),
                Map => "map[string]int{\"go\": 1}".to_string(),
                PS => "&S{a: 1}".to_string(),
                Chan => "make(chan int, 4)".to_string(),
                Func => "func(x int) int { return x * 2 }".to_string(),
                _ => self.zero(t),
            };
            let _ = writeln!(decls, "var {name} {} = {init}", t.go());
        }
        decls.push_str(LIB);
        // Signatures first: bodies call any function.
        for i in 0..self.b.pick(5) {
            let export = self.b.chance(40);
            let pool: &[Ty] = if export { &SCALAR } else { &ALL };
            let params = (0..self.b.pick(4)).map(|_| pool[self.b.pick(pool.len())]).collect();
            let result = if self.b.pick(3) == 0 { None } else { Some(pool[self.b.pick(pool.len())]) };
            self.funcs.push(Sig { name: format!("f{i}"), params, result, export });
        }
        let mut bodies = String::new();
        for i in 0..self.funcs.len() {
            let (name, params, result, export) = {
                let s = &self.funcs[i];
                (s.name.clone(), s.params.clone(), s.result, s.export)
            };
            self.out.clear();
            self.vars.clear();
            let ps: Vec<String> = params.iter().enumerate().map(|(j, t)| format!("p{j} {}", t.go())).collect();
            for (j, t) in params.iter().enumerate() {
                self.vars.push((format!("p{j}"), *t));
            }
            if export {
                let _ = writeln!(self.out, "//go:wasmexport {name}");
            }
            let res = result.map(|t| format!(" {}", t.go())).unwrap_or_default();
            let _ = writeln!(self.out, "func {name}({}){res} {{", ps.join(", "));
            self.indent = 1;
            for _ in 0..self.b.pick(6) {
                self.stmt(3);
            }
            if let Some(t) = result {
                let e = self.expr(t, 3);
                self.line(&format!("return {e}"));
            }
            self.indent = 0;
            self.out.push_str("}\n\n");
            bodies.push_str(&self.out);
        }
        self.out.clear();
        self.vars.clear();
        self.out.push_str("func main() {\n");
        self.indent = 1;
        for _ in 0..self.b.pick(12) {
            self.stmt(4);
        }
        self.indent = 0;
        self.out.push_str("}\n");
        if self.uses_fmt {
            head.push_str("import \"fmt\"\n\n");
        }
        head + &decls + &bodies + &self.out
    }
}

/// The types and generic functions every program has.
const LIB: &str = r#"
type S struct {
	a int
	b string
}

func (s S) Get() int { return s.a }

func (s *S) Add(d int) { s.a += d }

func (s S) Scale(x int) int { return x * s.a }

type I interface{ Get() int }

func Id[T any](x T) T { return x }

func Map[T any](xs []T, f func(T) T) []T {
	out := make([]T, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

"#;

static RUNS: AtomicU64 = AtomicU64::new(0);
static CLEAN: AtomicU64 = AtomicU64::new(0);

fuzz_target!(|data: &[u8]| {
    // The first byte picks the options, the rest drives the generator.
    let Some((&flags, rest)) = data.split_first() else { return };
    let options = Options {
        mode: if flags & 1 == 0 { Mode::Reactor } else { Mode::Command },
        schedule: if flags & 2 == 0 { Schedule::Seed } else { Schedule::Go },
        step_budget: (flags & 4 != 0).then_some(1000),
        trace: flags & 8 != 0,
        names: flags & 16 != 0,
        generics: if flags & 32 == 0 { Generics::Shape } else { Generics::Mono },
        ..Options::default()
    };
    let mut g = Gen { b: Bytes { data: rest, at: 0 }, out: String::new(), vars: Vec::new(), funcs: Vec::new(), n: 0, uses_fmt: false, loops: Vec::new(), indent: 0 };
    let text = g.program();
    let out = compile(&[SourceFile { name: "main.go".into(), text: text.clone() }], &options);
    if let Some(module) = &out.module {
        if let Err(e) = wasmparser::Validator::new().validate_all(module) {
            panic!("invalid module: {e}\n{text}");
        }
    }
    // How many inputs get through the checker: printed at powers of two.
    let runs = RUNS.fetch_add(1, Ordering::Relaxed) + 1;
    let clean = CLEAN.fetch_add(u64::from(out.diagnostics.is_empty()), Ordering::Relaxed) + u64::from(out.diagnostics.is_empty());
    if runs.is_power_of_two() && runs >= 1024 {
        eprintln!("gen: {runs} programs, {clean} compiled without diagnostics ({}%)", clean * 100 / runs);
    }
    if std::env::var_os("GEN_SHOW").is_some() {
        eprintln!("{text}");
        for d in &out.diagnostics {
            eprintln!("{}:{}: {}", d.line, d.col, d.message);
        }
    }
});
