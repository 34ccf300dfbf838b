//! Calls of functions, methods and function values with their arguments, the built-in
//! functions, and `print`/`println`.


use crate::diag::Pos;
use crate::ir::{BinOp, Conv, Expr as E, FuncRef, Local, Stmt as S, ValType};
use crate::syntax::ast::{Expr, ExprKind, NodeId, UnaryOp};
use crate::types::check::{Builtin, ObjKind};
use crate::types::{Basic, Const, Type, TypeId};
use gowasm_meta::Kind;

use super::expr::has_call;
use super::vals::Vals;
use super::{bin, first_val, repr, strip, vals, FnLower};

/// Whether evaluating e calls a function or receives (conversions and built-ins included).
fn ast_has_call(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } | ExprKind::Unary(UnaryOp::Recv, _) => true,
        ExprKind::Paren(x) | ExprKind::Unary(_, x) | ExprKind::Star(x) | ExprKind::Selector(x, _) => ast_has_call(x),
        ExprKind::Binary { xy, .. } => xy.iter().any(ast_has_call),
        ExprKind::Index(x, idx) => ast_has_call(x) || idx.iter().any(ast_has_call),
        ExprKind::Slice { x, lo, hi, max } => ast_has_call(x) || [lo, hi, max].into_iter().flatten().any(|y| ast_has_call(y)),
        ExprKind::CompositeLit { elts, .. } => elts.iter().any(|el| ast_has_call(&el.value) || el.key.as_ref().is_some_and(ast_has_call)),
        _ => false,
    }
}

impl<'l, 'a> FnLower<'l, 'a> {
    pub(super) fn call(&mut self, e: &Expr, fun: &Expr, args: &[Expr]) -> E {
        let info = self.info();
        let of_type = |x: &Expr| info.exprs.get(&x.id).is_some_and(|i| i.is_type);
        let iface_expr = matches!(&strip(fun).kind, ExprKind::Selector(x, _) if of_type(x));
        if let Some(&(it, i)) = info.iface_methods.get(&strip(fun).id).filter(|_| !iface_expr) {
            return self.iface_call(e, fun, args, it, i);
        }
        if iface_expr || self.is_method_expr(fun) {
            return self.call_value(e, fun, args);
        }
        let obj = info.uses.get(&strip(fun).id).copied().filter(|o| info.obj(*o).kind == ObjKind::Func);
        let Some(obj) = obj else {
            return self.call_value(e, fun, args);
        };
        let Some(&f) = self.l.funcs.get(&obj) else {
            self.err(e.pos, "internal error: a call of a function that was not declared to the lowering");
            return E::I32(0);
        };
        let Type::Func(sig) = info.types.get(info.obj(obj).ty) else { return E::I32(0) };
        let mut av = Vec::new();
        // `x.m[T](...)`: a generic method's instance (`types/check/generic_method.rs`).
        let callee = match &strip(fun).kind {
            ExprKind::Index(x, _) => strip(x),
            _ => strip(fun),
        };
        if let (Some(&rt), ExprKind::Selector(x, _)) = (self.l.recv_types.get(&obj), &callee.kind) {
            let path = info.fields.get(&callee.id).map_or(&[][..], |p| p.as_slice());
            av.extend(self.receiver(x, path, rt, fun.pos));
        }
        av.extend(self.call_args(e, sig, args));
        // Imports take gc's ABI: uintptr as i32, bool as i32, string as (ptr, len).
        if let (FuncRef::Import(_), Some(d)) = (f, info.directives.get(&obj)) {
            let mut out = Vec::new();
            let mut it = av.into_iter();
            for (_, _, k) in &d.params {
                match k {
                    Kind::Uintptr => out.push(E::Conv(Conv::I32WrapI64, Box::new(it.next().unwrap_or(E::I64(0))))),
                    Kind::String => {
                        out.push(it.next().unwrap_or(E::I32(0)));
                        out.push(it.next().unwrap_or(E::I32(0)));
                    }
                    _ => out.push(it.next().unwrap_or(E::I32(0))),
                }
            }
            let call = E::Call(f, out);
            return match d.result.map(|r| r.1) {
                Some(Kind::Uintptr) => E::Conv(Conv::I64ExtendI32U, Box::new(call)),
                Some(Kind::Bool) => bin(BinOp::Ne, ValType::I32, call, E::I32(0)),
                _ => call,
            };
        }
        if let Some(x) = self.intrinsic(obj, &av) {
            return x;
        }
        self.test_site(obj, args, e.pos);
        self.site_call(f, av, e.pos)
    }

    /// The Wasm values of a call's arguments (a multi-value call spread, variadic ones packed).
    pub(super) fn call_args(&mut self, e: &Expr, sig: &crate::types::Signature, args: &[Expr]) -> Vec<E> {
        let info = self.info();
        let mut av = Vec::new();
        let ellipsis = matches!(&strip(e).kind, ExprKind::Call { ellipsis: Some(_), .. });
        if args.len() == 1 && (sig.params.len() > 1 || sig.variadic) && matches!(info.types.get(info.expr_type(&args[0])), Type::Tuple(ts) if ts.len() > 1) {
            return self.spread_args(&args[0], sig, e.pos).into_vec();
        }
        let hoisted = self.hoist_calls(args);
        if sig.variadic && !ellipsis {
            let n = sig.params.len() - 1;
            for a in &args[..n.min(args.len())] {
                av.extend(self.expr(a));
            }
            av.extend(self.pack_variadic(sig.params[n], &args[n.min(args.len())..], e.pos));
        } else {
            for a in args {
                av.extend(self.expr(a));
            }
        }
        for id in hoisted {
            self.preset.remove(&id);
        }
        av
    }

    /// As gc: when some arguments call functions and others do not, the ones with calls are
    /// evaluated first (left to right, into temporaries, which `expr` then returns), so
    /// `f(p.next, unlink(p))` and `fmt.Println(c.n, c.inc())` read the field after the call
    /// — and a pointer read from the heap is never held across a call that may collect it.
    fn hoist_calls(&mut self, args: &[Expr]) -> Vec<NodeId> {
        let info = self.info();
        if !(args.iter().any(ast_has_call) && args.iter().any(|a| !ast_has_call(a))) {
            return Vec::new();
        }
        let mut ids = Vec::new();
        for a in args.iter().filter(|a| ast_has_call(a)) {
            let t = info.iface_conv.get(&a.id).copied().unwrap_or_else(|| info.expr_type(a));
            let v = self.expr(a);
            let vs = v.into_iter().zip(repr(info, t)).map(|(x, (vt, p))| {
                let l = if p { self.root_local() } else { self.new_local(vt) };
                self.emit(S::Set(l, x));
                E::Local(l)
            });
            let vs = vs.collect();
            self.preset.insert(a.id, vs);
            ids.push(a.id);
        }
        ids
    }

    pub(super) fn rt(&mut self, name: &str, pos: Pos) -> FuncRef {
        match self.l.runtime_func(name) {
            Some(f) => f,
            None => {
                self.err(pos, format!("internal error: runtime.{name} missing"));
                FuncRef::Func(0)
            }
        }
    }

    pub(super) fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr]) -> Vals {
        if let Some(v) = self.chan_builtin(e, b, args) {
            return v;
        }
        if matches!(b, Builtin::Len | Builtin::Clear | Builtin::Delete) {
            if let Some(v) = self.map_builtin(e, b, args) {
                return v;
            }
        }
        let info = self.info();
        match b {
            Builtin::Print | Builtin::Println => {
                self.print(e.pos, args, b == Builtin::Println);
                vals![]
            }
            Builtin::New | Builtin::Make | Builtin::Append | Builtin::Copy | Builtin::Cap | Builtin::Clear => {
                let ellipsis = matches!(&strip(e).kind, ExprKind::Call { ellipsis: Some(_), .. });
                self.builtin_data(e, b, args, ellipsis)
            }
            Builtin::Len => {
                let v = self.expr(&args[0]);
                let len = v.into_iter().nth(1).unwrap_or(E::I32(0));
                vals![E::Conv(Conv::I64ExtendI32U, Box::new(len))]
            }
            Builtin::StringData => {
                let v = self.expr(&args[0]);
                vals![v.into_iter().next().unwrap_or(E::I32(0))]
            }
            Builtin::String => self.unsafe_slice(e, args, true),
            Builtin::Slice => self.unsafe_slice(e, args, false),
            Builtin::SliceData => self.unsafe_slice_data(&args[0]),
            Builtin::Add => {
                let p = self.expr1(&args[0]);
                let n = self.expr1(&args[1]);
                let nt = info.expr_type(&args[1]);
                let n = self.to_i32(n, nt);
                vals![bin(BinOp::Add, ValType::I32, p, n)]
            }
            Builtin::Min | Builtin::Max if info.types.basic_of(info.expr_type(e)).is_some_and(|b| b.is_string()) => {
                // Strings: keep the running result in two locals, compared with cmpstring.
                let (p, n) = (self.new_local(ValType::I32), self.new_local(ValType::I32));
                let first = self.expr(&args[0]);
                self.emit(S::Set(p, first.first().cloned().unwrap_or(E::I32(0))));
                self.emit(S::Set(n, first.get(1).cloned().unwrap_or(E::I32(0))));
                let cmp = self.rt("cmpstring", e.pos);
                for a in &args[1..] {
                    let v = self.expr(a);
                    let (q, m) = (self.temp(v.first().cloned().unwrap_or(E::I32(0)), ValType::I32), self.temp(v.get(1).cloned().unwrap_or(E::I32(0)), ValType::I32));
                    let c = E::Call(cmp, vec![E::Local(q), E::Local(m), E::Local(p), E::Local(n)]);
                    let better = if b == Builtin::Min { bin(BinOp::LtS, ValType::I32, c, E::I32(0)) } else { bin(BinOp::GtS, ValType::I32, c, E::I32(0)) };
                    self.emit(S::If(better, vec![S::Set(p, E::Local(q)), S::Set(n, E::Local(m))], vec![]));
                }
                vals![E::Local(p), E::Local(n)]
            }
            Builtin::Min | Builtin::Max => {
                let t = info.expr_type(e);
                let vt = vals(info, t)[0];
                let bt = info.types.basic_of(t).unwrap_or(Basic::Int);
                let mut acc = self.expr1(&args[0]);
                for a in &args[1..] {
                    let v = self.expr1(a);
                    acc = if bt.is_float() {
                        bin(if b == Builtin::Min { BinOp::Min } else { BinOp::Max }, vt, acc, v)
                    } else {
                        let (x, y) = (self.temp(acc, vt), self.temp(v, vt));
                        let lt = if bt.is_unsigned() { BinOp::LtU } else { BinOp::LtS };
                        let cond = if b == Builtin::Min { bin(lt, vt, E::Local(y), E::Local(x)) } else { bin(lt, vt, E::Local(x), E::Local(y)) };
                        E::Select(Box::new(E::Local(y)), Box::new(E::Local(x)), Box::new(cond))
                    };
                }
                vals![acc]
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => self.complex_builtin(b, args),
            Builtin::Recover => self.recover_call(e.pos),
            Builtin::Panic if (info.uses_defer || info.uses_recover) && info.types.basic_of(info.expr_type(&args[0])) != Some(Basic::UntypedNil) => {
                // Deferred calls run before the message; a panic inside one prints the
                // pending ones first (runtime.gopanic). A program that recovers (in a
                // standard package too: encoding/json's errors are panics it recovers)
                // unwinds through them.
                let at = info.expr_type(&args[0]);
                // A deferred or go statement's panic saved its operand (in a thunk's record).
                let saved = self.preset.get(&args[0].id).cloned();
                let v = match saved {
                    Some(v) if info.iface_conv.contains_key(&args[0].id) => v,
                    v if matches!(info.types.under_type(at), Type::Interface(_)) => v.unwrap_or_else(|| self.expr_value(&args[0])),
                    v => {
                        let v = v.unwrap_or_else(|| self.expr_value(&args[0]));
                        self.panic_iface(at, v, e.pos)
                    }
                };
                let mut a: Vals = v.into_iter().collect();
                a.extend(self.l.site(&self.name.clone(), e.pos));
                let f = self.rt("gopanic", e.pos);
                self.emit(S::Drop(E::Call(f, a.into_vec()), 0));
                self.emit(S::Unreachable);
                vals![]
            }
            Builtin::Panic if matches!(info.types.basic_of(info.expr_type(&args[0])), None | Some(Basic::UntypedNil)) => {
                self.panic_value(e, &args[0]);
                vals![]
            }
            Builtin::Panic => {
                let at = info.expr_type(&args[0]);
                let v = self.expr(&args[0]);
                let site = self.l.site(&self.name.clone(), e.pos);
                self.print_value(e.pos, at, v, true);
                let f = self.rt("panicEnd", e.pos);
                self.emit(S::Drop(E::Call(f, site), 0));
                self.emit(S::Unreachable);
                vals![]
            }
            _ => {
                self.err(e.pos, format!("internal error: built-in {} reached the call lowering (the checker folds it or it is lowered apart)", b.name()));
                vals![]
            }
        }
    }

    /// Values of types vts (one expression may give several) evaluated into locals now.
    pub(super) fn temps(&mut self, vs: Vals, vts: &[ValType]) -> Vals {
        if vs.len() == vts.len() {
            return vs.into_iter().zip(vts).map(|(v, vt)| E::Local(self.temp(v, *vt))).collect();
        }
        let ls: Vec<Local> = vts.iter().map(|vt| self.new_local(*vt)).collect();
        if let Some(v) = vs.into_iter().next() {
            self.emit(S::SetMulti(ls.clone(), v));
        }
        ls.into_iter().map(E::Local).collect()
    }

    /// A new local holding `v` now, also when `v` is a local that may change later.
    pub(super) fn copy_local(&mut self, v: E, vt: ValType) -> Local {
        let l = self.new_local(vt);
        self.emit(S::Set(l, v));
        l
    }

    pub(super) fn temp(&mut self, v: E, vt: ValType) -> Local {
        if let E::Local(l) = v {
            return l;
        }
        let l = self.new_local(vt);
        self.emit(S::Set(l, v));
        l
    }

    fn to_i32(&self, v: E, t: TypeId) -> E {
        match first_val(self.info(), t) {
            Some(ValType::I64) => E::Conv(Conv::I32WrapI64, Box::new(v)),
            _ => v,
        }
    }

    /// print/println: adjacent constant pieces are merged into one string.
    fn print(&mut self, pos: Pos, args: &[Expr], ln: bool) {
        let info = self.info();
        // Structs and arrays have no print format: gc's backend rejects them (after type
        // checking, as here) at the call's `(` (right after the name), naming the operand's
        // type on a second line.
        let mut illegal = false;
        for a in args {
            let t = info.expr_type(a);
            let parts = match info.types.get(t) {
                Type::Tuple(ts) => ts.clone(),
                _ => vec![t],
            };
            for p in parts {
                if matches!(info.types.under_type(p), Type::Struct(_) | Type::Array(..)) {
                    let name = if ln { "println" } else { "print" };
                    self.err(pos + name.len() as Pos, format!("illegal types for operand: {name}\n\t{}", info.types.display(p)));
                    illegal = true;
                }
            }
        }
        if illegal {
            return;
        }
        let mut pending = String::new();
        if let [a] = args {
            let t = info.expr_type(a);
            if let Type::Tuple(ts) = info.types.get(t) {
                let vs = self.multi(a, t);
                let mut i = 0;
                for (k, tt) in ts.iter().enumerate() {
                    if ln && k > 0 {
                        self.print_const(pos, " ");
                    }
                    let n = vals(info, *tt).len();
                    self.print_value(pos, *tt, vs[i..i + n].iter().cloned().collect(), false);
                    i += n;
                }
                if ln {
                    self.print_const(pos, "\n");
                }
                return;
            }
        }
        // Every argument is evaluated before anything is printed, as in gc: when one has a
        // call, the values go to (rooted) locals first, those with calls first (so a nil
        // check of `p.x` comes after `f(&p)`).
        let hoisted = self.hoist_calls(args);
        let mut values: Vec<Option<Vals>> = args.iter().map(|a| match info.const_value(a) {
            Some(Const::String(_)) => None,
            _ => Some(self.expr(a)),
        }).collect();
        for id in hoisted {
            self.preset.remove(&id);
        }
        if values.iter().flatten().flatten().any(has_call) {
            // Those with calls first, as gc orders them (see `hoist_calls`).
            let mut order: Vec<usize> = (0..args.len()).collect();
            crate::sort::sort_by_key(&mut order, |&i| !values[i].iter().flatten().any(has_call));
            for i in order {
                let (a, v) = (&args[i], &mut values[i]);
                if let Some(v) = v {
                    let ls = self.var_locals(info.expr_type(a));
                    for (l, x) in ls.iter().zip(std::mem::take(v)) {
                        self.emit(S::Set(*l, x));
                    }
                    *v = ls.iter().map(|l| E::Local(*l)).collect();
                }
            }
        }
        for (i, (a, v)) in args.iter().zip(values).enumerate() {
            if ln && i > 0 {
                pending.push(' ');
            }
            let t = info.expr_type(a);
            let Some(v) = v else {
                if let Some(Const::String(s)) = info.const_value(a) {
                    pending.push_str(s);
                }
                continue;
            };
            if !pending.is_empty() {
                let s = std::mem::take(&mut pending);
                self.print_const(pos, &s);
            }
            self.print_value(pos, t, v, false);
        }
        if ln {
            pending.push('\n');
        }
        if !pending.is_empty() {
            self.print_const(pos, &pending);
        }
    }

    fn print_const(&mut self, pos: Pos, s: &str) {
        let v = self.const_of(&Const::String(s.to_string()), crate::types::INVALID);
        let t = self.l.info.types.under(crate::types::INVALID);
        let _ = t;
        let f = self.rt("printstring", pos);
        self.emit(S::Drop(E::Call(f, v.into_vec()), 0));
    }

    /// Prints one value as gc's print does; with `panic_prefix`, as `panic: v` (for panic()).
    fn print_value(&mut self, pos: Pos, t: TypeId, v: Vals, panic_prefix: bool) {
        let info = self.info();
        let b = info.types.basic_of(t);
        let named = info.types.is_named(t) && !matches!(info.types.get(t), Type::Basic(_));
        let is_string = matches!(b.map(|b| b.canonical()), Some(Basic::String | Basic::UntypedString));
        // gc's printpanicval: named types as `main.Code(-42)`, strings as `main.Str("s")`,
        // and a tab after each newline of a string.
        let close = if is_string { "\")" } else { ")" };
        if panic_prefix {
            let mut head = "panic: ".to_string();
            if named {
                match info.types.get(t) {
                    Type::Named(n) => {
                        let nt = &info.types.named[*n as usize];
                        head.push_str(&format!("{}.{}", nt.pkg, nt.name));
                    }
                    _ => head.push_str(&info.types.display(t)),
                }
                head.push_str(if is_string { "(\"" } else { "(" });
            }
            self.print_const(pos, &head);
        }
        let (fname, arg) = match b.map(|b| b.canonical()) {
            Some(Basic::Bool | Basic::UntypedBool) => ("printbool", v),
            Some(Basic::String | Basic::UntypedString) => (if panic_prefix { "printindented" } else { "printstring" }, v),
            Some(Basic::Float32) => ("printfloat32", v),
            Some(Basic::Float64 | Basic::UntypedFloat) => ("printfloat", v),
            Some(Basic::Complex64) => ("printcomplex64", v),
            Some(Basic::Complex128 | Basic::UntypedComplex) => ("printcomplex", v),
            Some(Basic::UnsafePointer) => ("printpointer", v),
            Some(bb) if bb.is_integer() => {
                let x = v.into_iter().next().unwrap_or(E::I64(0));
                let x = if bb.bits() < 64 {
                    E::Conv(if bb.is_unsigned() { Conv::I64ExtendI32U } else { Conv::I64ExtendI32S }, Box::new(x))
                } else {
                    x
                };
                (if bb.is_unsigned() { "printuint" } else { "printint" }, vals![x])
            }
            _ => match info.types.under_type(t) {
                // Maps, channels and funcs are one pointer, as gc prints them.
                Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => ("printpointer", v),
                Type::Slice(_) => ("printslice", v),
                Type::Interface(_) => ("printeface", v),
                _ => {
                    self.err(pos, format!("internal error: printing a value of type {} (print's operands are checked first)", info.types.display(t)));
                    return;
                }
            },
        };
        let f = self.rt(fname, pos);
        self.emit(S::Drop(E::Call(f, arg.into_vec()), 0));
        if panic_prefix && named {
            self.print_const(pos, close);
        }
    }
}
