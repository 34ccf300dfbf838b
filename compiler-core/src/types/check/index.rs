//! Index and slice expressions.

use crate::syntax::ast::Expr;
use crate::types::{Basic, Const, Type, TypeId};
use crate::types::constant::Misfit;
use super::{Checker, Mode, Operand};
use super::exprstring::expr_string;

impl Checker {
    /// Checks an index operand; `length` bounds constant indices.
    fn index_value(&mut self, i: &Expr, length: Option<u64>) -> bool {
        let mut o = self.expr(i, None);
        self.single_value(&mut o, i);
        if o.mode == Mode::Invalid {
            return false;
        }
        let b = self.t().basic_of(o.ty);
        let is_int = b.map(|b| b.is_integer()).unwrap_or(false) || (o.val.as_ref().and_then(|v| v.as_int()).is_some() && b.map(|b| b.is_untyped()).unwrap_or(false));
        if !is_int {
            let msg = if o.mode == Mode::Const && b.is_some_and(|b| b.is_untyped() && b.is_numeric()) {
                // An untyped number converts to int first, as in types2.
                let int = self.basic(Basic::Int);
                self.misfit_message(i, &o, Misfit::Truncated, int)
            } else {
                format!("invalid argument: index {} must be integer", self.operand_string(i, &o))
            };
            self.error(i.pos, msg);
            return false;
        }
        if self.t().is_untyped(o.ty) {
            let int = self.basic(Basic::Int);
            self.assign_op(&mut o, int, i, "index");
        }
        if let Some(v) = o.val.as_ref().and_then(|v| v.as_int()) {
            let s = expr_string(i);
            if v < 0 {
                let ts = self.ty_str(o.ty);
                self.error(i.pos, format!("invalid argument: index {s} (constant of type {ts}) must not be negative"));
                return false;
            }
            if let Some(n) = length {
                if v as u64 >= n {
                    self.error(i.pos, format!("invalid argument: index {s} out of bounds [0:{n}]"));
                    return false;
                }
            }
        }
        true
    }

    pub(super) fn index_expr(&mut self, e: &Expr, x: &Expr, idx: &[Expr], multi: bool, hint: Option<TypeId>) -> Operand {
        if let Some(op) = hint.and_then(|h| self.infer_value(e, h)) {
            return op;
        }
        if let Some(op) = self.generic_index(e, x, idx) {
            return op;
        }
        let inv = Operand::invalid(e.id);
        let xo = self.expr(x, None);
        if xo.mode == Mode::Invalid || idx.len() != 1 {
            for i in idx {
                self.expr(i, None);
            }
            if xo.mode != Mode::Invalid {
                let s = expr_string(x);
                self.error(e.pos, format!("invalid operation: cannot index {s} with {} indices", idx.len()));
            }
            return inv;
        }
        let (elem, mode, length) = match self.t().under_type(xo.ty).clone() {
            Type::Basic(b) if b.is_string() => {
                let n = match &xo.val {
                    Some(Const::String(s)) => Some(crate::types::constant::string_bytes(s).len() as u64),
                    _ => None,
                };
                if self.t().is_untyped(xo.ty) {
                    let st = self.basic(Basic::String);
                    self.set_type(x, st, xo.val.clone());
                }
                (self.basic(Basic::Byte), Mode::Value, n)
            }
            Type::Array(n, el) => (el, if xo.mode == Mode::Var { Mode::Var } else { Mode::Value }, Some(n)),
            Type::Pointer(p) => match self.t().under_type(p).clone() {
                Type::Array(n, el) => (el, Mode::Var, Some(n)),
                _ => {
                    let s = self.operand_string(x, &xo);
                    self.error(e.pos, format!("invalid operation: cannot index {s}"));
                    return inv;
                }
            },
            Type::Slice(el) => (el, Mode::Var, None),
            Type::Map(kt, vt) => {
                let mut o = self.expr(&idx[0], Some(kt));
                self.single_value(&mut o, &idx[0]);
                self.assign_op(&mut o, kt, &idx[0], "map index");
                // Comma-ok: the lowering sees the two-variable context (tuple_types gives elem, bool).
                let mode = if multi { Mode::CommaOk } else { Mode::Value };
                return Operand { mode, ty: vt, val: None, id: e.id };
            }
            _ => {
                let s = self.operand_string(x, &xo);
                self.error(e.pos, format!("invalid operation: cannot index {s}"));
                return inv;
            }
        };
        if !self.index_value(&idx[0], length) {
            return Operand { mode, ty: elem, val: None, id: e.id };
        }
        Operand { mode, ty: elem, val: None, id: e.id }
    }

    pub(super) fn slice_expr(&mut self, e: &Expr, x: &Expr, lo: Option<&Expr>, hi: Option<&Expr>, max: Option<&Expr>) -> Operand {
        let inv = Operand::invalid(e.id);
        let xo = self.expr(x, None);
        if xo.mode == Mode::Invalid {
            return inv;
        }
        let (result, length) = match self.t().under_type(xo.ty).clone() {
            Type::Basic(b) if b.is_string() => {
                if max.is_some() {
                    let s = self.operand_string(x, &xo);
                    self.error(e.pos, format!("invalid operation: 3-index slice of string {s}"));
                    return inv;
                }
                let n = match &xo.val {
                    Some(Const::String(s)) => Some(crate::types::constant::string_bytes(s).len() as u64),
                    _ => None,
                };
                let t = if self.t().is_untyped(xo.ty) {
                    let st = self.basic(Basic::String);
                    self.set_type(x, st, xo.val.clone());
                    st
                } else {
                    xo.ty
                };
                (t, n)
            }
            Type::Array(n, el) => {
                if xo.mode != Mode::Var {
                    let s = expr_string(x);
                    self.error(e.pos, format!("invalid operation: {s} (slice of unaddressable value)"));
                    return inv;
                }
                (self.info.types.intern(Type::Slice(el)), Some(n))
            }
            Type::Pointer(p) => match self.t().under_type(p).clone() {
                Type::Array(n, el) => (self.info.types.intern(Type::Slice(el)), Some(n)),
                _ => {
                    let s = self.operand_string(x, &xo);
                    self.error(e.pos, format!("cannot slice {s}"));
                    return inv;
                }
            },
            Type::Slice(_) => (xo.ty, None),
            _ => {
                let s = self.operand_string(x, &xo);
                self.error(e.pos, format!("cannot slice {s}"));
                return inv;
            }
        };
        let mut consts = Vec::new();
        for i in [lo, hi, max].into_iter().flatten() {
            let n = length.map(|n| n + 1);
            if self.index_value(i, n) {
                if let Some(v) = self.info.const_value(i).and_then(|v| v.as_int()) {
                    consts.push(v);
                }
            }
        }
        for w in consts.windows(2) {
            if w[0] > w[1] {
                self.error(e.pos, format!("invalid slice indices: {} < {}", w[1], w[0]));
                break;
            }
        }
        Operand { mode: Mode::Value, ty: result, val: None, id: e.id }
    }
}
