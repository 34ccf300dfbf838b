//! Expressions: constants, identifiers, conversions, and Go's arithmetic, shifts and
//! comparisons, with the wrapping of small integers and gc's runtime checks.


use crate::diag::Pos;
use crate::ir::{zero, BinOp, Conv, Expr as E, Local, Stmt as S, UnOp, ValType};
use crate::syntax::ast::{BinaryOp, Expr, ExprKind, UnaryOp};
use crate::types::check::ObjKind;
use crate::types::{constant, Basic, Const, Type, TypeId};
use num_traits::ToPrimitive;

use super::vals::Vals;
use super::{bin, first_val, is_aggregate, qualified, strip, val_count, vals, FnLower};

/// [`Const::as_f64`], without big-number arithmetic when numerator and denominator are
/// exact in an f64: IEEE division then rounds the quotient just as `as_f64` does.
fn const_f64(c: &Const) -> f64 {
    const EXACT: u64 = 1 << 53;
    let small = |n: &num_bigint::BigInt| n.to_i64().filter(|n| n.unsigned_abs() <= EXACT);
    match c {
        Const::Int(v) => small(v).map_or_else(|| c.as_f64(), |n| n as f64),
        Const::Float(r) => match (small(r.numer()), small(r.denom())) {
            (Some(n), Some(d)) if d > 0 => n as f64 / d as f64,
            _ => c.as_f64(),
        },
        _ => c.as_f64(),
    }
}

/// Brings an integer result back into its Go type's range (small types live in i32).
fn normalize(x: E, b: Basic) -> E {
    match b.canonical() {
        Basic::Int8 => E::Un(UnOp::Extend8S, ValType::I32, Box::new(x)),
        Basic::Int16 => E::Un(UnOp::Extend16S, ValType::I32, Box::new(x)),
        Basic::Uint8 | Basic::Bool => bin(BinOp::And, ValType::I32, x, E::I32(0xff)),
        Basic::Uint16 => bin(BinOp::And, ValType::I32, x, E::I32(0xffff)),
        _ => x,
    }
}

/// A composite literal (or &T{...}): a new value nobody else refers to.
pub(super) fn is_fresh(e: &Expr) -> bool {
    matches!(&strip(e).kind, ExprKind::CompositeLit { .. })
}

/// Whether evaluating e calls a function (which could print or change what e's siblings read).
pub(super) fn has_call(e: &E) -> bool {
    match e {
        E::Call(..) | E::CallIndirect { .. } => true,
        E::Seq(ss, x) => ss.iter().any(|s| s.exprs().any(has_call) || s.bodies().next().is_some()) || has_call(x),
        _ => e.children().any(has_call),
    }
}

impl<'l, 'a> FnLower<'l, 'a> {
    pub(super) fn expr1(&mut self, e: &Expr) -> E {
        self.expr(e).into_iter().next().unwrap_or(E::I32(0))
    }

    /// The values of a multi-valued expression, one list per Go value.
    pub(super) fn split_multi(&mut self, e: &Expr) -> Vec<Vals> {
        let info = self.info();
        let t = info.expr_type(e);
        let vs = self.multi(e, t);
        let mut values = Vec::new();
        if self.is_comma_ok(e) {
            // The element's values, then ok.
            let mut vs = vs;
            let ok = vs.pop().unwrap_or(E::I32(0));
            return vec![vs, vals![ok]];
        }
        let mut i = 0;
        if let Type::Tuple(ts) = info.types.get(t) {
            for tt in ts {
                let n = vals(info, *tt).len();
                values.push(vs[i..i + n].iter().cloned().collect());
                i += n;
            }
        }
        values
    }

    /// A receive, type assertion or map index, which give `ok` beside the value when
    /// assigned to two variables.
    pub(super) fn is_comma_ok(&self, e: &Expr) -> bool {
        matches!(&strip(e).kind, ExprKind::Unary(UnaryOp::Recv, _) | ExprKind::TypeAssert { .. }) || matches!(&strip(e).kind, ExprKind::Index(x, _) if self.is_map(x))
    }

    /// A multi-valued call: results land in temporaries.
    pub(super) fn multi(&mut self, e: &Expr, t: TypeId) -> Vals {
        let info = self.info();
        let vts = vals(info, t);
        if let ExprKind::Unary(UnaryOp::Recv, x) = &strip(e).kind {
            return self.recv(e, x, true);
        }
        if let ExprKind::Index(x, idx) = &strip(e).kind {
            if self.is_map(x) {
                return self.map_index(e, x, &idx[0], true);
            }
        }
        if let ExprKind::TypeAssert { x, .. } = &strip(e).kind {
            return self.type_assert(strip(e), x, true);
        }
        let ExprKind::Call { fun, args, .. } = &strip(e).kind else { return self.expr(e) };
        let call = self.call(e, fun, args);
        let ls: Vec<Local> = vts.into_iter().map(|v| self.new_local(v)).collect();
        self.emit(S::SetMulti(ls.clone(), call));
        ls.into_iter().map(E::Local).collect()
    }

    pub(super) fn const_of(&mut self, c: &Const, t: TypeId) -> Vals {
        let info = self.info();
        let b = info.types.basic_of(t).unwrap_or(Basic::Int);
        let b = match b {
            Basic::UntypedBool => Basic::Bool,
            Basic::UntypedInt => Basic::Int,
            Basic::UntypedRune => Basic::Int32,
            Basic::UntypedFloat => Basic::Float64,
            Basic::UntypedString => Basic::String,
            b => b.canonical(),
        };
        if b.is_complex() {
            return self.complex_const(c, t);
        }
        match c {
            Const::Bool(v) => vals![E::I32(*v as i32)],
            Const::String(s) => {
                let bytes = constant::string_bytes(s);
                let n = bytes.len() as i32;
                if n == 0 {
                    return vals![E::I32(0), E::I32(0)];
                }
                let d = self.l.string_data(bytes);
                vals![E::Data(d), E::I32(n)]
            }
            _ => {
                if b.is_float() {
                    let f = const_f64(c);
                    if b == Basic::Float32 {
                        vals![E::F32((f as f32).to_bits())]
                    } else {
                        vals![E::F64(f.to_bits())]
                    }
                } else if b == Basic::Bool {
                    vals![E::I32(c.as_bool() as i32)]
                } else {
                    let v = match c {
                        Const::Int(v) => v.to_i128(),
                        c => c.as_int(),
                    }
                    .unwrap_or(0);
                    if b.bits() == 64 && b != Basic::UnsafePointer {
                        vals![E::I64(v as i64)]
                    } else {
                        vals![E::I32(v as i32)]
                    }
                }
            }
        }
    }

    pub(super) fn is_builtin_call(&self, e: &Expr) -> bool {
        if let ExprKind::Call { fun, .. } = &strip(e).kind {
            if let Some(obj) = self.info().uses.get(&strip(fun).id) {
                return matches!(self.info().obj(*obj).kind, ObjKind::Builtin(_));
            }
        }
        false
    }

    pub(super) fn is_conversion(&self, e: &Expr) -> bool {
        if let ExprKind::Call { fun, .. } = &strip(e).kind {
            return self.info().exprs.get(&fun.id).map(|i| i.is_type).unwrap_or(false);
        }
        false
    }

    /// Lowers an expression to its Wasm values (converted to an interface where the checker
    /// found an implicit conversion).
    pub(super) fn expr(&mut self, e: &Expr) -> Vals {
        if let Some(v) = self.preset.get(&e.id) {
            return v.clone();
        }
        let v = self.expr_value(e);
        if self.info().iface_conv.contains_key(&e.id) {
            let from = self.info().expr_type(e);
            return self.to_iface(from, v, e.pos);
        }
        v
    }

    pub(super) fn expr_value(&mut self, e: &Expr) -> Vals {
        let info = self.info();
        let t = info.expr_type(e);
        if let Some(c) = info.const_value(e) {
            return self.const_of(c, t);
        }
        if let Some(name) = qualified(info, e) {
            return self.ident_value(e, name, t);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(name) => self.ident_value(e, name, t),
            ExprKind::Call { fun, args, .. } => {
                if self.info().exprs.get(&fun.id).map(|i| i.is_type).unwrap_or(false) {
                    return self.conversion(t, &args[0]);
                }
                if let Some(&obj) = info.uses.get(&strip(fun).id) {
                    if let ObjKind::Builtin(b) = info.obj(obj).kind {
                        return self.builtin(e, b, args);
                    }
                }
                let n = val_count(info, t);
                if n == 1 {
                    vals![self.call(e, fun, args)]
                } else {
                    self.multi(e, t)
                }
            }
            ExprKind::Unary(UnaryOp::Addr, x) => match self.addr_of(x) {
                Some(a) => vals![a],
                None => {
                    self.err(e.pos, "internal error: the address of an operand that is not addressable");
                    vals![]
                }
            },
            ExprKind::Unary(UnaryOp::Recv, x) => self.recv(e, x, false),
            ExprKind::Unary(op, x) => {
                let xv = self.expr(x);
                let xt = info.expr_type(x);
                self.unary(*op, if t == crate::types::INVALID { xt } else { t }, xv)
            }
            ExprKind::Binary { op, op_pos, xy } => {
                let [x, y] = &**xy;
                let xt = info.iface_conv.get(&x.id).copied().unwrap_or(info.expr_type(x));
                match op {
                    BinaryOp::LogAnd | BinaryOp::LogOr => {
                        let a = self.expr1(x);
                        // A constant left side (`runtime.kindUsed(m) && ...`) decides alone
                        // or leaves the right side: what the other needs is not reached.
                        match (&a, *op == BinaryOp::LogAnd) {
                            (E::I32(0), true) | (E::I32(1), false) => return vals![a],
                            (E::I32(1), true) | (E::I32(0), false) => return self.expr(y),
                            _ => {}
                        }
                        let b = self.nested_value(y);
                        vals![if *op == BinaryOp::LogAnd {
                            E::If(ValType::I32, Box::new(a), Box::new(b), Box::new(E::I32(0)))
                        } else {
                            E::If(ValType::I32, Box::new(a), Box::new(E::I32(1)), Box::new(b))
                        }]
                    }
                    BinaryOp::Shl | BinaryOp::Shr => {
                        let a = self.expr1(x);
                        let yt = info.expr_type(y);
                        let b = self.expr1(y);
                        vals![self.shift(*op, t, a, yt, b, *op_pos)]
                    }
                    _ if op.is_comparison() => {
                        let a = self.expr(x);
                        let b = self.expr(y);
                        vals![self.compare(*op, xt, a, b)]
                    }
                    _ => {
                        let a = self.expr(x);
                        let b = self.expr(y);
                        self.arith(*op, t, a, b, *op_pos)
                    }
                }
            }
            ExprKind::Star(_) => {
                let addr = self.addr_of(e).unwrap_or(E::I32(0));
                self.load_at(t, addr)
            }
            ExprKind::Selector(x, _) => self.selector(e, x),
            ExprKind::Index(x, idx) => self.index(e, x, &idx[0]),
            ExprKind::Slice { x, lo, hi, max } => self.slice(e, x, lo.as_deref(), hi.as_deref(), max.as_deref()),
            ExprKind::CompositeLit { elts, .. } => self.composite(e, elts),
            ExprKind::FuncLit { ty, body } => self.closure(e, ty, body),
            ExprKind::TypeAssert { x, .. } => self.type_assert(e, x, false),
            _ => {
                self.err(e.pos, "internal error: an expression the checker accepts but the lowering does not know");
                vals![]
            }
        }
    }

    /// The value of a variable or function named by an identifier or a qualified identifier
    /// (`os.Args`).
    fn ident_value(&mut self, e: &Expr, name: &str, t: TypeId) -> Vals {
        let info = self.info();
        let Some(&obj) = info.uses.get(&e.id) else {
            if let Some(&obj) = info.defs.get(&e.pos) {
                if let Some(ls) = self.vars.get(&obj) {
                    return ls.iter().map(|l| E::Local(*l)).collect();
                }
            }
            self.err(e.pos, format!("cannot lower {name}"));
            return vals![];
        };
        let o = info.obj(obj);
        match o.kind {
            ObjKind::Nil => vals(info, t).into_iter().map(zero).collect(),
            ObjKind::Var => {
                if let Some(&g) = self.l.boxed_globals.get(&obj) {
                    self.load_at(t, E::Global(g))
                } else if let Some(&b) = self.boxed.get(&obj) {
                    self.load_at(t, E::Local(b))
                } else if let Some(ls) = self.vars.get(&obj) {
                    ls.iter().map(|l| E::Local(*l)).collect()
                } else if let Some(gs) = self.l.globals.get(&obj) {
                    gs.iter().map(|g| E::Global(*g)).collect()
                } else {
                    self.err(e.pos, format!("internal error: {name} has no local, cell or global"));
                    vals![]
                }
            }
            ObjKind::Func => self.func_value(obj, e.pos),
            _ => {
                self.err(e.pos, format!("cannot use {name} as a value here"));
                vals![]
            }
        }
    }

    /// Lowers `y` as a value whose side statements stay inside the value (for && and ||).
    pub(super) fn nested_value(&mut self, y: &Expr) -> E {
        let mut v = E::I32(0);
        let pre = self.nested(|f| v = f.expr1(y));
        if pre.is_empty() {
            v
        } else {
            E::Seq(pre, Box::new(v))
        }
    }

    #[inline(never)] // keeps its caller small for the browser (ARCHITECTURE.md)
    fn conversion(&mut self, to: TypeId, arg: &Expr) -> Vals {
        if self.info().types.is_interface(to) {
            let from = self.info().expr_type(arg);
            let v = self.expr(arg);
            return self.to_iface(from, v, arg.pos);
        }
        if let Some(v) = self.convert_data(to, arg) {
            return v;
        }
        let info = self.info();
        let from = info.expr_type(arg);
        let v = self.expr(arg);
        let (fb, tb) = (info.types.basic_of(from), info.types.basic_of(to));
        if tb.is_some_and(|b| b.is_complex()) {
            return self.complex_convert(from, to, v);
        }
        let Some(x) = v.first().cloned() else { return v };
        let (fv, tv) = (first_val(info, from).unwrap_or(ValType::I32), first_val(info, to).unwrap_or(ValType::I32));
        match (fb.map(|b| b.canonical()), tb.map(|b| b.canonical())) {
            (Some(f), Some(t)) if f.is_integer() && t.is_integer() => {
                let x = match (fv, tv) {
                    (ValType::I32, ValType::I64) => E::Conv(if f.is_unsigned() { Conv::I64ExtendI32U } else { Conv::I64ExtendI32S }, Box::new(x)),
                    (ValType::I64, ValType::I32) => E::Conv(Conv::I32WrapI64, Box::new(x)),
                    _ => x,
                };
                vals![normalize(x, t)]
            }
            (Some(f), Some(t)) if f.is_integer() && t.is_float() => {
                vals![E::Conv(Conv::Convert { to: tv, from: fv, signed: !f.is_unsigned() }, Box::new(x))]
            }
            (Some(f), Some(t)) if f.is_float() && t.is_integer() => {
                let wide = if t.bits() == 64 { ValType::I64 } else { ValType::I32 };
                let signed = !t.is_unsigned() || t.bits() < 32;
                let r = E::Conv(Conv::TruncSat { to: if t.bits() < 32 { ValType::I32 } else { wide }, from: fv, signed }, Box::new(x));
                vals![normalize(r, t)]
            }
            (Some(f), Some(t)) if f.is_float() && t.is_float() => match (fv, tv) {
                (ValType::F64, ValType::F32) => vals![E::Conv(Conv::F32DemoteF64, Box::new(x))],
                (ValType::F32, ValType::F64) => vals![E::Conv(Conv::F64PromoteF32, Box::new(x))],
                _ => vals![x],
            },
            (Some(Basic::UnsafePointer), Some(Basic::Uintptr)) => vals![E::Conv(Conv::I64ExtendI32U, Box::new(x))],
            (Some(Basic::Uintptr), Some(Basic::UnsafePointer)) => vals![E::Conv(Conv::I32WrapI64, Box::new(x))],
            (Some(f), Some(Basic::String)) if f.is_integer() => {
                self.err(arg.pos, "internal error: an integer to string conversion convert_data did not lower");
                vals![]
            }
            _ => v,
        }
    }

    fn unary(&mut self, op: UnaryOp, t: TypeId, x: Vals) -> Vals {
        let info = self.info();
        let b = info.types.basic_of(t).unwrap_or(Basic::Int).canonical();
        let vt = first_val(info, t).unwrap_or(ValType::I32);
        if b.is_complex() {
            return if op == UnaryOp::Neg { self.complex_neg(t, x) } else { x };
        }
        let x = x.into_iter().next().unwrap_or(E::I32(0));
        match op {
            UnaryOp::Plus => vals![x],
            UnaryOp::Not => vals![E::Un(UnOp::Eqz, ValType::I32, Box::new(x))],
            UnaryOp::Neg if b.is_float() => vals![E::Un(UnOp::Neg, vt, Box::new(x))],
            UnaryOp::Neg => vals![normalize(bin(BinOp::Sub, vt, zero(vt), x), b)],
            UnaryOp::Xor => {
                let ones = if vt == ValType::I64 { E::I64(-1) } else { E::I32(-1) };
                vals![normalize(bin(BinOp::Xor, vt, x, ones), b)]
            }
            _ => vals![x],
        }
    }

    pub(super) fn arith(&mut self, op: BinaryOp, t: TypeId, a: Vals, b: Vals, pos: Pos) -> Vals {
        let info = self.info();
        let bt = info.types.basic_of(t).unwrap_or(Basic::Int).canonical();
        let vt = first_val(info, t).unwrap_or(ValType::I32);
        if bt.is_string() {
            let f = self.rt("concatstring2", pos);
            let mut args = a;
            args.extend(b);
            let (p, n) = (self.new_local(ValType::I32), self.new_local(ValType::I32));
            self.emit(S::SetMulti(vec![p, n], E::Call(f, args.into_vec())));
            return vals![E::Local(p), E::Local(n)];
        }
        if bt.is_complex() {
            return self.complex_arith(op, t, a, b, pos);
        }
        let (x, y) = (a.into_iter().next().unwrap_or(E::I32(0)), b.into_iter().next().unwrap_or(E::I32(0)));
        if bt.is_float() {
            let o = match op {
                BinaryOp::Add => BinOp::Add,
                BinaryOp::Sub => BinOp::Sub,
                BinaryOp::Mul => BinOp::Mul,
                _ => BinOp::DivS,
            };
            return vals![bin(o, vt, x, y)];
        }
        let unsigned = bt.is_unsigned();
        let r = match op {
            BinaryOp::Add => bin(BinOp::Add, vt, x, y),
            BinaryOp::Sub => bin(BinOp::Sub, vt, x, y),
            BinaryOp::Mul => bin(BinOp::Mul, vt, x, y),
            BinaryOp::And => bin(BinOp::And, vt, x, y),
            BinaryOp::Or => bin(BinOp::Or, vt, x, y),
            BinaryOp::Xor => bin(BinOp::Xor, vt, x, y),
            BinaryOp::AndNot => {
                let ones = if vt == ValType::I64 { E::I64(-1) } else { E::I32(-1) };
                bin(BinOp::And, vt, x, bin(BinOp::Xor, vt, y, ones))
            }
            BinaryOp::Div | BinaryOp::Rem => {
                let is_div = op == BinaryOp::Div;
                let o = |signed: bool| match (is_div, signed) {
                    (true, true) => BinOp::DivS,
                    (true, false) => BinOp::DivU,
                    (false, true) => BinOp::RemS,
                    (false, false) => BinOp::RemU,
                };
                // A constant divisor needs neither the zero check nor the MinInt / -1 case
                // (unless it is -1), so such code pulls in no panic runtime.
                let konst = match y {
                    E::I32(c) => Some(c as i64),
                    E::I64(c) => Some(c),
                    _ => None,
                };
                match konst {
                    Some(c) if c != 0 && (unsigned || c != -1) => bin(o(!unsigned), vt, x, y),
                    _ => {
                        let yl = self.temp(y, vt);
                        let site = self.l.site(&self.name.clone(), pos);
                        let f = self.rt("panicdivide", pos);
                        self.emit(S::If(E::Un(UnOp::Eqz, vt, Box::new(E::Local(yl))), vec![S::Drop(E::Call(f, site), 0), S::Unreachable], vec![]));
                        if unsigned {
                            bin(o(false), vt, x, E::Local(yl))
                        } else {
                            // MinInt / -1 overflows in Wasm (a trap); Go wraps: x / -1 = -x, x % -1 = 0.
                            let xl = self.temp(x, vt);
                            let minus1 = if vt == ValType::I64 { E::I64(-1) } else { E::I32(-1) };
                            let is_m1 = bin(BinOp::Eq, vt, E::Local(yl), minus1);
                            let normal = bin(o(true), vt, E::Local(xl), E::Local(yl));
                            let special = if is_div { bin(BinOp::Sub, vt, zero(vt), E::Local(xl)) } else { zero(vt) };
                            E::If(vt, Box::new(is_m1), Box::new(special), Box::new(normal))
                        }
                    }
                }
            }
            _ => x,
        };
        vals![normalize(r, bt)]
    }

    pub(super) fn shift(&mut self, op: BinaryOp, t: TypeId, x: E, yt: TypeId, y: E, pos: Pos) -> E {
        let info = self.info();
        let bt = info.types.basic_of(t).unwrap_or(Basic::Int).canonical();
        let vt = first_val(info, t).unwrap_or(ValType::I32);
        let ybt = info.types.basic_of(yt).unwrap_or(Basic::Uint).canonical();
        let yvt = first_val(info, yt).unwrap_or(ValType::I64);
        let width = bt.bits() as i64;
        // A constant count below the width needs neither the clamp nor the range select.
        let count = match y {
            E::I64(c) => Some(c),
            E::I32(c) => Some(i64::from(c)),
            _ => None,
        };
        // So does a count masked below the width (`x << (n & 31)`), kept as it is.
        if let E::Bin(BinOp::And, _, xk) = &y {
            if matches!(xk[1], E::I64(c) if (0..width).contains(&c)) || matches!(xk[1], E::I32(c) if (0..width).contains(&i64::from(c))) {
                let k = match (yvt, vt) {
                    (ValType::I64, ValType::I32) => E::Conv(Conv::I32WrapI64, Box::new(y)),
                    (ValType::I32, ValType::I64) => E::Conv(Conv::I64ExtendI32U, Box::new(y)),
                    _ => y,
                };
                let o = match op {
                    BinaryOp::Shl => BinOp::Shl,
                    _ if bt.is_unsigned() => BinOp::ShrU,
                    _ => BinOp::ShrS,
                };
                return normalize(bin(o, vt, x, k), bt);
            }
        }
        if let Some(c) = count {
            if (0..width).contains(&c) {
                let k = if vt == ValType::I64 { E::I64(c) } else { E::I32(c as i32) };
                let o = match op {
                    BinaryOp::Shl => BinOp::Shl,
                    _ if bt.is_unsigned() => BinOp::ShrU,
                    _ => BinOp::ShrS,
                };
                return normalize(bin(o, vt, x, k), bt);
            }
        }
        let yl = self.temp(y, yvt);
        if !ybt.is_unsigned() && info.types.basic_of(yt).map(|b| !b.is_untyped()).unwrap_or(true) {
            let site = self.l.site(&self.name.clone(), pos);
            let f = self.rt("panicshift", pos);
            let neg = bin(BinOp::LtS, yvt, E::Local(yl), zero(yvt));
            self.emit(S::If(neg, vec![S::Drop(E::Call(f, site), 0), S::Unreachable], vec![]));
        }
        let lim = |v: i64| if yvt == ValType::I64 { E::I64(v) } else { E::I32(v as i32) };
        let in_range = bin(BinOp::LtU, yvt, E::Local(yl), lim(width));
        // The count in the operand's width, clamped so Wasm's modulo never applies.
        let clamp = |c: E| -> E {
            let c = E::Select(Box::new(E::Local(yl)), Box::new(c), Box::new(in_range.clone()));
            match (yvt, vt) {
                (ValType::I64, ValType::I32) => E::Conv(Conv::I32WrapI64, Box::new(c)),
                (ValType::I32, ValType::I64) => E::Conv(Conv::I64ExtendI32U, Box::new(c)),
                _ => c,
            }
        };
        let r = match op {
            BinaryOp::Shl => {
                let s = bin(BinOp::Shl, vt, x, clamp(lim(0)));
                E::Select(Box::new(s), Box::new(zero(vt)), Box::new(in_range.clone()))
            }
            _ if bt.is_unsigned() => {
                let s = bin(BinOp::ShrU, vt, x, clamp(lim(0)));
                E::Select(Box::new(s), Box::new(zero(vt)), Box::new(in_range.clone()))
            }
            _ => bin(BinOp::ShrS, vt, x, clamp(lim(width - 1))),
        };
        normalize(r, bt)
    }

    pub(super) fn compare(&mut self, op: BinaryOp, t: TypeId, a: Vals, b: Vals) -> E {
        let info = self.info();
        let bt = info.types.basic_of(t).map(|b| b.canonical());
        let vt = first_val(info, t).unwrap_or(ValType::I32);
        if matches!(op, BinaryOp::Eq | BinaryOp::Ne) && (is_aggregate(info, t) || info.types.is_interface(t) || bt.is_some_and(|b| b.is_string() || b.is_complex())) {
            let eq = self.equal(t, a, b);
            return if op == BinaryOp::Eq { eq } else { E::Un(UnOp::Eqz, ValType::I32, Box::new(eq)) };
        }
        if bt.map(|b| b.is_string()).unwrap_or(false) {
            let f = self.rt("cmpstring", 0);
            let mut args = a;
            args.extend(b);
            let c = E::Call(f, args.into_vec());
            let o = match op {
                BinaryOp::Eq => BinOp::Eq,
                BinaryOp::Ne => BinOp::Ne,
                BinaryOp::Lt => BinOp::LtS,
                BinaryOp::Le => BinOp::LeS,
                BinaryOp::Gt => BinOp::GtS,
                _ => BinOp::GeS,
            };
            return bin(o, ValType::I32, c, E::I32(0));
        }
        let unsigned = bt.map(|b| b.is_unsigned()).unwrap_or(true) && !bt.map(|b| b.is_float()).unwrap_or(false);
        let o = match (op, unsigned) {
            (BinaryOp::Eq, _) => BinOp::Eq,
            (BinaryOp::Ne, _) => BinOp::Ne,
            (BinaryOp::Lt, false) => BinOp::LtS,
            (BinaryOp::Lt, true) => BinOp::LtU,
            (BinaryOp::Le, false) => BinOp::LeS,
            (BinaryOp::Le, true) => BinOp::LeU,
            (BinaryOp::Gt, false) => BinOp::GtS,
            (BinaryOp::Gt, true) => BinOp::GtU,
            (BinaryOp::Ge, false) => BinOp::GeS,
            _ => BinOp::GeU,
        };
        let (x, y) = (a.into_iter().next().unwrap_or(E::I32(0)), b.into_iter().next().unwrap_or(E::I32(0)));
        bin(o, vt, x, y)
    }
}
