//! unsafe.Slice, unsafe.SliceData and unsafe.Offsetof (the other functions of package
//! unsafe are checked with the built-ins).

use crate::syntax::ast::{Expr, ExprKind};
use crate::types::{Basic, Const, Type};
use crate::types::constant::Misfit;
use crate::types::info::Builtin;
use super::{Checker, Mode, Operand};
use super::expr::strip_parens;
use super::exprstring::expr_string;

impl Checker {
    /// `unsafe.Slice(ptr, len)`, `unsafe.SliceData(s)` and `unsafe.Offsetof(x.f)`.
    pub(super) fn unsafe_call(&mut self, e: &Expr, b: Builtin, args: &[Expr]) -> Operand {
        let inv = Operand::invalid(e.id);
        let want = if b == Builtin::Slice { 2 } else { 1 };
        if args.len() != want {
            for a in args {
                self.expr(a, None);
            }
            let few = if args.len() < want { "not enough" } else { "too many" };
            self.error(e.pos, format!("invalid operation: {few} arguments for {} (expected {want}, found {})", expr_string(e), args.len()));
            return inv;
        }
        match b {
            Builtin::Slice => {
                let p = self.expr(&args[0], None);
                let n = self.expr(&args[1], None);
                if p.mode == Mode::Invalid || n.mode == Mode::Invalid {
                    return inv;
                }
                let Type::Pointer(elem) = self.t().under_type(p.ty).clone() else {
                    let s = self.operand_string(&args[0], &p);
                    self.error(args[0].pos, format!("invalid argument: {s} is not a pointer"));
                    return inv;
                };
                if !self.unsafe_len(&args[1], n, "unsafe.Slice") {
                    return inv;
                }
                let ty = self.info.types.intern(Type::Slice(elem));
                Operand { mode: Mode::Value, ty, val: None, id: e.id }
            }
            Builtin::SliceData => {
                let s = self.expr(&args[0], None);
                if s.mode == Mode::Invalid {
                    return inv;
                }
                let Type::Slice(elem) = self.t().under_type(s.ty).clone() else {
                    let d = self.operand_string(&args[0], &s);
                    self.error(args[0].pos, format!("invalid argument: {d} is not a slice"));
                    return inv;
                };
                let ty = self.info.types.intern(Type::Pointer(elem));
                Operand { mode: Mode::Value, ty, val: None, id: e.id }
            }
            _ => self.offsetof(e, &args[0]),
        }
    }

    /// The length argument of unsafe.Slice and unsafe.String: an integer (untyped constants
    /// become int).
    fn unsafe_len(&mut self, a: &Expr, mut n: Operand, ctx: &str) -> bool {
        if self.t().is_untyped(n.ty) {
            let int = self.basic(Basic::Int);
            let s = self.operand_string(a, &n);
            match n.val.as_ref().map(|v| v.convert(Basic::Int)) {
                Some(Ok(_)) => {}
                Some(Err(Misfit::Truncated)) => {
                    self.error(a.pos, format!("{s} truncated to int"));
                    return false;
                }
                Some(Err(Misfit::Overflows)) => {
                    self.error(a.pos, format!("{s} overflows int"));
                    return false;
                }
                _ => {
                    self.error(a.pos, format!("cannot convert {s} to type int"));
                    return false;
                }
            }
            self.assign_op(&mut n, int, a, &format!("argument to {ctx}"));
            return n.mode != Mode::Invalid;
        }
        if !self.t().basic_of(n.ty).is_some_and(|b| b.is_integer()) {
            let s = self.operand_string(a, &n);
            self.error(a.pos, format!("invalid argument: length {s} must be integer"));
            return false;
        }
        true
    }

    /// `unsafe.Offsetof(x.f)`: the constant offset of field f in the struct x denotes,
    /// following the embedded fields a promoted f is reached through (not through pointers).
    fn offsetof(&mut self, e: &Expr, arg: &Expr) -> Operand {
        let inv = Operand::invalid(e.id);
        let sel = strip_parens(arg);
        let ExprKind::Selector(x, name) = &sel.kind else {
            self.expr(arg, None);
            self.error(arg.pos, format!("invalid argument: {} is not a selector expression", expr_string(arg)));
            return inv;
        };
        let o = self.expr(arg, None);
        if o.mode == Mode::Invalid {
            return inv;
        }
        let Some(path) = self.info.fields.get(&sel.id).cloned().filter(|_| !self.info.uses.contains_key(&sel.id) && !self.info.iface_methods.contains_key(&sel.id)) else {
            self.error(arg.pos, format!("invalid argument: {} is a method value", expr_string(arg)));
            return inv;
        };
        let xt = self.info.expr_type(x);
        let mut t = match self.t().under_type(xt) {
            Type::Pointer(b) => *b,
            _ => xt,
        };
        let mut off = 0u64;
        for (k, &i) in path.iter().enumerate() {
            if k > 0 {
                if let Type::Pointer(b) = self.t().under_type(t) {
                    let _ = b;
                    let xs = self.ty_str(xt);
                    self.error(arg.pos, format!("invalid argument: field {} is embedded via a pointer in {xs}", name.name));
                    return inv;
                }
            }
            off += crate::layout::field_offset(&self.info.types, t, i);
            let Type::Struct(fields) = self.t().under_type(t).clone() else { return inv };
            t = fields[i].ty;
        }
        let uintptr = self.basic(Basic::Uintptr);
        Operand { mode: Mode::Const, ty: uintptr, val: Some(Const::int(off as i128)), id: e.id }
    }
}
