//! Binary operators: arithmetic with constant folding, comparisons, shifts, and the
//! conversion of untyped operands to their partner's type.

use crate::diag::Pos;
use crate::syntax::ast::{BinaryOp, Expr, ExprKind};
use crate::types::{Basic, Const, Type, TypeId};
use crate::types::constant::Misfit;
use super::{Checker, Mode, Operand};
use super::expr::strip_parens;
use super::exprstring::expr_string;

impl Checker {
    /// Checks a comparison's operands, converting an untyped side to the other's type.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn comparison_operands(&mut self, y: &mut Operand, ye: &Expr, xt: TypeId, xe: &Expr, op: BinaryOp, pos: Pos, is_case: bool) -> bool {
        let _ = (xe, op, pos);
        if y.mode == Mode::Invalid {
            return false;
        }
        // A value compared with an interface operand is converted to the interface.
        if self.t().is_interface(xt) && !self.t().is_interface(y.ty) && self.t().basic_of(y.ty) != Some(Basic::UntypedNil) {
            let d = self.default_type(y.ty);
            if self.assignable(d, xt) {
                if self.t().is_untyped(y.ty) {
                    let v = y.val.clone().and_then(|v| self.t().basic_of(d).and_then(|b| v.convert(b).ok()));
                    self.set_type(ye, d, v);
                }
                self.note_iface_conv(ye, d, xt);
                y.ty = xt;
                y.val = None;
                return true;
            }
        }
        if self.t().is_untyped(y.ty) && !self.t().is_untyped(xt) {
            let ctx = if is_case { "switch case" } else { "comparison" };
            let _ = ctx;
            if !self.assignable(y.ty, xt) || y.val.as_ref().map(|v| self.t().basic_of(xt).map(|b| v.convert(b).is_err()).unwrap_or(false)).unwrap_or(false) {
                let s = self.operand_string(ye, y);
                let misfit = y.val.as_ref().zip(self.t().basic_of(xt)).and_then(|(v, b)| v.convert(b).err());
                if is_case && y.mode == Mode::Const && !self.assignable(y.ty, xt) {
                    self.error(ye.pos, format!("cannot convert {s} to type {}", self.ty_str(xt)));
                } else if let (true, Some(m @ (Misfit::Truncated | Misfit::Overflows))) = (is_case, misfit) {
                    let msg = self.misfit_message(ye, y, m, xt);
                    self.error(ye.pos, msg);
                } else if is_case {
                    self.error(ye.pos, format!("invalid case {} in switch on {} (mismatched types {} and {})", expr_string(ye), expr_string(xe), self.ty_str(y.ty), self.ty_str(xt)));
                } else {
                    self.error(ye.pos, format!("cannot use {s} as {} value in comparison", self.ty_str(xt)));
                }
                y.mode = Mode::Invalid;
                return false;
            }
            let v = y.val.clone().and_then(|v| self.t().basic_of(xt).and_then(|b| v.convert(b).ok()));
            self.set_type(ye, xt, v.clone());
            y.ty = xt;
            y.val = v;
            return true;
        }
        if !self.t().identical(y.ty, xt) && !self.t().is_untyped(xt) && !self.t().is_untyped(y.ty) {
            if is_case {
                self.error(ye.pos, format!("invalid case {} in switch on {} (mismatched types {} and {})", expr_string(ye), expr_string(xe), self.ty_str(y.ty), self.ty_str(xt)));
                y.mode = Mode::Invalid;
                return false;
            }
        }
        true
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn binary_ops(&mut self, mut l: Operand, mut r: Operand, x: &Expr, y: &Expr, op: BinaryOp, op_pos: Pos, whole: Option<&Expr>) -> Operand {
        let id = whole.map(|w| w.id).unwrap_or(x.id);
        let inv = Operand::invalid(id);
        self.single_value(&mut l, x);
        self.single_value(&mut r, y);
        if l.mode == Mode::Invalid || r.mode == Mode::Invalid {
            return inv;
        }
        for (o, ex) in [(&l, x), (&r, y)] {
            if o.mode == Mode::Type {
                let s = expr_string(ex);
                self.error(ex.pos, format!("{s} (type) is not an expression"));
                return inv;
            }
        }
        let whole_str = || match whole {
            Some(w) => expr_string(w),
            None => format!("{} {} {}", expr_string(x), op.as_str(), expr_string(y)),
        };
        let err_pos = whole.map(|w| w.pos).unwrap_or(x.pos);
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(l, r, x, y, op, whole, err_pos);
        }
        if self.is_param(l.ty) || self.is_param(r.ty) {
            return self.binary_param(l, r, x, y, op, err_pos, &whole_str, id);
        }
        // Bring untyped operands to a common type.
        let (lu, ru) = (self.t().is_untyped(l.ty), self.t().is_untyped(r.ty));
        if lu && !ru {
            if !self.convert_untyped(&mut l, x, r.ty, op, &whole_str, err_pos, &r, y) {
                return inv;
            }
        } else if ru && !lu {
            if !self.convert_untyped(&mut r, y, l.ty, op, &whole_str, err_pos, &l, x) {
                return inv;
            }
        } else if lu && ru {
            // Both untyped: the "larger" kind wins (int < rune < float).
            let (lb, rb) = (self.t().basic_of(l.ty).unwrap_or(Basic::UntypedInt), self.t().basic_of(r.ty).unwrap_or(Basic::UntypedInt));
            let rank = |b: Basic| match b {
                Basic::UntypedInt => 1,
                Basic::UntypedRune => 2,
                Basic::UntypedFloat => 3,
                Basic::UntypedComplex => 4,
                _ => 0,
            };
            if rank(lb) > 0 && rank(rb) > 0 {
                let t = if rank(lb) >= rank(rb) { l.ty } else { r.ty };
                l.ty = t;
                r.ty = t;
            } else if lb != rb {
                // untyped nil and an untyped constant too: `0.5 != nil` is mismatched
                let (ls, rs) = (self.ty_str(l.ty), self.ty_str(r.ty));
                self.error(err_pos, format!("invalid operation: {} (mismatched types {ls} and {rs})", whole_str()));
                return inv;
            }
        }
        if op.is_comparison() {
            return self.comparison(l, r, x, y, op, whole, err_pos, &whole_str);
        }
        if !self.t().identical(l.ty, r.ty) {
            let (ls, rs) = (self.ty_str(l.ty), self.ty_str(r.ty));
            self.error(err_pos, format!("invalid operation: {} (mismatched types {ls} and {rs})", whole_str()));
            return inv;
        }
        let b = self.t().basic_of(l.ty);
        let ok = match (op, b) {
            (BinaryOp::LogAnd | BinaryOp::LogOr, Some(b)) => b.is_boolean(),
            (BinaryOp::Add, Some(b)) => b.is_numeric() || b.is_string(),
            (BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div, Some(b)) => b.is_numeric(),
            (BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot, Some(b)) => b.is_integer(),
            _ => false,
        };
        if !ok {
            let s = self.operand_string(x, &l);
            let what = match (op, b) {
                (BinaryOp::LogAnd | BinaryOp::LogOr, _) => format!("operator {} not defined on {s}", op.as_str()),
                _ => format!("operator {} not defined on {s}", op.as_str()),
            };
            self.error(err_pos, format!("invalid operation: {what}"));
            return inv;
        }
        let b = b.unwrap_or(Basic::UntypedInt);
        if matches!(op, BinaryOp::Div | BinaryOp::Rem) {
            if let Some(v) = &r.val {
                let zero = match v {
                    Const::Small(_) | Const::Int(_) | Const::Float(_) | Const::Complex(_) => v.is_zero(),
                    _ => false,
                };
                if zero && (b.is_integer() || l.mode == Mode::Const) {
                    self.error(y.pos, "invalid operation: division by zero");
                    return inv;
                }
            }
        }
        if let (Some(lv), Some(rv)) = (&l.val, &r.val) {
            let int_div = b.is_integer();
            let Some(res) = lv.binary(op, rv, int_div) else {
                self.error(op_pos, format!("constant {}overflow", op_name(op)));
                return inv;
            };
            let res = if b.is_untyped() {
                res
            } else {
                match res.convert(b) {
                    Ok(v) => v,
                    Err(_) => {
                        let msg = self.const_overflow(&whole_str(), &res, l.ty);
                        self.error(err_pos, msg);
                        return inv;
                    }
                }
            };
            let res = match (b, &res) {
                (Basic::UntypedRune | Basic::UntypedInt, Const::Float(_)) => res,
                _ => res,
            };
            let ty = if matches!(res, Const::Float(_)) && b.is_integer() && b.is_untyped() { self.basic(Basic::UntypedFloat) } else { l.ty };
            return Operand { mode: Mode::Const, ty, val: Some(res), id };
        }
        Operand { mode: Mode::Value, ty: l.ty, val: None, id }
    }

    #[allow(clippy::too_many_arguments)]
    /// types2's message for a typed constant operation that overflows its type:
    /// `x * 4 (constant 4294967296 of type int32) overflows int32`.
    fn const_overflow(&self, expr: &str, v: &Const, t: TypeId) -> String {
        let (vs, ts) = (v.display(), self.ty_str(t));
        let val = if vs == expr { String::new() } else { format!(" {vs}") };
        let kind = match (self.t().get(t), self.t().basic_of(t)) {
            (Type::Named(_), Some(b)) => format!("{} ", b.name()),
            _ => String::new(),
        };
        // types2 names the underlying type in "overflows".
        let under = self.ty_str(self.t().under(t));
        format!("{expr} (constant{val} of {kind}type {ts}) overflows {under}")
    }

    /// types2's invalidConversion for an untyped constant that does not fit `target`:
    /// `1000 (untyped int constant) overflows int8`, `1.5 (untyped float constant) truncated
    /// to int`, naming the target's underlying type.
    pub(super) fn misfit_message(&self, e: &Expr, o: &Operand, m: Misfit, target: TypeId) -> String {
        let s = self.operand_string(e, o);
        let t = self.ty_str(self.t().under(target));
        match self.gc_misfit(o.ty, target, m) {
            Misfit::Truncated => format!("{s} truncated to {t}"),
            _ => format!("{s} overflows {t}"),
        }
    }

    /// How types2 names a numeric constant's misfit: by the types alone, "truncated" from a
    /// non-integer type to an integer type, else "overflows".
    pub(super) fn gc_misfit(&self, from: TypeId, to: TypeId, m: Misfit) -> Misfit {
        match (self.t().basic_of(from), self.t().basic_of(to)) {
            (Some(f), Some(t)) if m != Misfit::Mismatch && f.is_numeric() && t.is_numeric() => {
                if !f.is_integer() && t.is_integer() {
                    Misfit::Truncated
                } else {
                    Misfit::Overflows
                }
            }
            _ => m,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn convert_untyped(&mut self, o: &mut Operand, e: &Expr, target: TypeId, op: BinaryOp, whole: &dyn Fn() -> String, err_pos: Pos, other: &Operand, other_e: &Expr) -> bool {
        let _ = (other, other_e);
        let tb = self.t().basic_of(target);
        let ob = self.t().basic_of(o.ty).unwrap_or(Basic::UntypedInt);
        if ob == Basic::UntypedNil {
            if op.is_comparison() && self.assignable(o.ty, target) {
                self.set_type(e, target, None);
                o.ty = target;
                return true;
            }
            self.error(err_pos, format!("invalid operation: {} (mismatched types {} and untyped nil)", whole(), self.ty_str(target)));
            return false;
        }
        let compatible = match tb {
            Some(tb) => match ob {
                Basic::UntypedBool => tb.is_boolean(),
                Basic::UntypedString => tb.is_string(),
                _ => tb.is_numeric(),
            },
            None => self.t().is_interface(target) && op.is_comparison(),
        };
        if compatible && tb.is_none() {
            // An untyped constant compared with an interface: its default type, converted.
            let d = self.default_type(o.ty);
            let v = o.val.clone().and_then(|v| self.t().basic_of(d).and_then(|b| v.convert(b).ok()));
            self.set_type(e, d, v);
            self.note_iface_conv(e, d, target);
            o.ty = target;
            return true;
        }
        if !compatible {
            let (l, r) = if std::ptr::eq(e, other_e) { (o.ty, target) } else { (o.ty, target) };
            let (ls, rs) = (self.ty_str(l), self.ty_str(r));
            let first_is_o = e.pos < other_e.pos;
            let (a, b) = if first_is_o { (ls, rs) } else { (rs, ls) };
            self.error(err_pos, format!("invalid operation: {} (mismatched types {a} and {b})", whole()));
            return false;
        }
        if let (Some(v), Some(tb)) = (&o.val, tb) {
            match v.convert(tb) {
                Ok(v2) => o.val = Some(v2),
                Err(m) => {
                    let msg = self.misfit_message(e, o, m, target);
                    self.error(e.pos, msg);
                    return false;
                }
            }
        }
        let v = o.val.clone();
        self.set_type(e, target, v);
        o.ty = target;
        true
    }

    #[allow(clippy::too_many_arguments)]
    #[inline(never)] // keeps its caller small for the browser (ARCHITECTURE.md)
    fn comparison(&mut self, l: Operand, r: Operand, x: &Expr, y: &Expr, op: BinaryOp, whole: Option<&Expr>, err_pos: Pos, whole_str: &dyn Fn() -> String) -> Operand {
        let id = whole.map(|w| w.id).unwrap_or(x.id);
        let inv = Operand::invalid(id);
        let (mut l, mut r) = (l, r);
        // An interface compared with a value of a type that implements it: the value is
        // converted to the interface.
        for right in [true, false] {
            let (a, b, be) = if right { (&l, &mut r, y) } else { (&r, &mut l, x) };
            if self.t().is_interface(a.ty) && !self.t().identical(a.ty, b.ty) && !self.t().is_untyped(b.ty) && self.assignable(b.ty, a.ty) {
                let (from, to) = (b.ty, a.ty);
                b.ty = to;
                self.note_iface_conv(be, from, to);
            }
        }
        // Either operand assignable to the other's type (chan T and <-chan T, a named type
        // and its literal type).
        let mutual = self.assignable(l.ty, r.ty) || self.assignable(r.ty, l.ty);
        if !self.t().identical(l.ty, r.ty) && !(self.t().is_untyped(l.ty) && self.t().is_untyped(r.ty)) && !mutual {
            let (ls, rs) = (self.ty_str(l.ty), self.ty_str(r.ty));
            self.error(err_pos, format!("invalid operation: {} (mismatched types {ls} and {rs})", whole_str()));
            return inv;
        }
        let b = self.t().basic_of(l.ty);
        let ordered = matches!(op, BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge);
        let ok = match b {
            Some(b) if ordered => b.is_integer() || b.is_float() || b.is_string(),
            Some(b) => b != Basic::UntypedNil || !self.t().is_untyped(r.ty),
            None => {
                let nil = |e: &Expr| matches!(&strip_parens(e).kind, ExprKind::Ident(n) if n == "nil");
                let what = match self.t().under_type(l.ty) {
                    Type::Slice(_) => Some("slice"),
                    Type::Map(..) => Some("map"),
                    Type::Func(_) => Some("func"),
                    _ => None,
                };
                if let (Some(w), false) = (what, nil(x) || nil(y)) {
                    if !ordered {
                        self.error(err_pos, format!("invalid operation: {} ({w} can only be compared to nil)", whole_str()));
                        return inv;
                    }
                }
                !ordered && (what.is_some() || self.comparable(l.ty))
            }
        };
        if !ok {
            let s = self.operand_string(x, &l);
            if b == Some(Basic::UntypedNil) {
                self.error(err_pos, format!("invalid operation: {} (operator {} not defined on nil)", whole_str(), op.as_str()));
            } else {
                let _ = s;
                self.error(err_pos, format!("invalid operation: {} (operator {} not defined on {})", whole_str(), op.as_str(), self.kind_word(l.ty)));
            }
            return inv;
        }
        let ub = self.basic(Basic::UntypedBool);
        if let (Some(lv), Some(rv)) = (&l.val, &r.val) {
            if let Some(res) = lv.binary(op, rv, false) {
                return Operand { mode: Mode::Const, ty: ub, val: Some(res), id };
            }
        }
        // Untyped operands of a non-constant comparison get their default type.
        for (o, ex) in [(&l, x), (&r, y)] {
            if self.t().is_untyped(o.ty) {
                let d = self.default_type(o.ty);
                let v = o.val.clone().and_then(|v| self.t().basic_of(d).and_then(|b| v.convert(b).ok()));
                self.set_type(ex, d, v);
            }
        }
        Operand { mode: Mode::Value, ty: ub, val: None, id }
    }

    /// types2's kindString: what an operator is not defined on.
    fn kind_word(&self, t: TypeId) -> String {
        match self.t().under_type(t) {
            Type::Struct(_) => "struct".into(),
            Type::Slice(_) => "slice".into(),
            Type::Map(..) => "map".into(),
            Type::Func(_) => "func".into(),
            Type::Array(..) => "array".into(),
            Type::Basic(b) if b.is_boolean() => "bool".into(),
            Type::Basic(b) if b.is_complex() => self.ty_str(t),
            _ => "operand".into(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn shift(&mut self, mut l: Operand, r: Operand, x: &Expr, y: &Expr, op: BinaryOp, whole: Option<&Expr>, err_pos: Pos) -> Operand {
        let id = whole.map(|w| w.id).unwrap_or(x.id);
        let inv = Operand::invalid(id);
        let whole_str = || whole.map(expr_string).unwrap_or_default();
        // The count must be an integer (or an untyped constant representable as uint).
        let rb = self.t().basic_of(r.ty);
        if let Some(v) = &r.val {
            match v.as_int() {
                Some(n) if n < 0 => {
                    self.error(y.pos, format!("invalid operation: negative shift count {}", self.operand_string(y, &r)));
                    return inv;
                }
                Some(_) => {
                    if self.t().is_untyped(r.ty) {
                        let u = self.basic(Basic::Uint);
                        self.set_type(y, u, v.convert(Basic::Uint).ok());
                    }
                }
                None => {
                    // An untyped number converts to uint first, as in types2.
                    let msg = if self.t().basic_of(r.ty).is_some_and(|b| b.is_untyped() && b.is_numeric()) {
                        let u = self.basic(Basic::Uint);
                        self.misfit_message(y, &r, Misfit::Truncated, u)
                    } else {
                        format!("invalid shift count {}", self.operand_string(y, &r))
                    };
                    self.error(y.pos, msg);
                    return inv;
                }
            }
        } else if !rb.map(|b| b.is_integer()).unwrap_or(false) {
            self.error(y.pos, format!("invalid operation: shift count {} must be integer", self.operand_string(y, &r)));
            return inv;
        }
        let lb = self.t().basic_of(l.ty);
        if let (Some(lv), true) = (&l.val, lb.map(|b| b.is_untyped()).unwrap_or(false)) {
            // An untyped constant left operand must be integral.
            if lv.as_int().is_none() {
                self.error(x.pos, format!("invalid operation: shifted operand {} must be integer", self.operand_string(x, &l)));
                return inv;
            }
            if !matches!(lv, Const::Small(_) | Const::Int(_)) {
                l.val = lv.to_int();
                l.ty = self.basic(Basic::UntypedInt);
            }
        } else if !lb.map(|b| b.is_integer()).unwrap_or(false) {
            self.error(err_pos, format!("invalid operation: shifted operand {} must be integer", self.operand_string(x, &l)));
            return inv;
        }
        if let (Some(lv), Some(rv)) = (&l.val, &r.val) {
            let n = rv.as_int().unwrap_or(0);
            let Some(res) = lv.shift(op == BinaryOp::Shl, n.min(u64::MAX as i128) as u64) else {
                self.error(err_pos, format!("constant shift overflow in {}", whole_str()));
                return inv;
            };
            let b = self.t().basic_of(l.ty).unwrap_or(Basic::UntypedInt);
            if !b.is_untyped() && res.convert(b).is_err() {
                let msg = self.const_overflow(&whole_str(), &res, l.ty);
                self.error(err_pos, msg);
                return inv;
            }
            return Operand { mode: Mode::Const, ty: l.ty, val: Some(res), id };
        }
        if let Some(v) = &r.val {
            if let (Some(n), Some(b)) = (v.as_int(), lb) {
                let _ = (n, b);
            }
        }
        // Non-constant shift of an untyped constant: the operand takes its type from context
        // (set later by set_type); alone it becomes int.
        if self.t().is_untyped(l.ty) {
            return Operand { mode: Mode::Value, ty: l.ty, val: None, id };
        }
        Operand { mode: Mode::Value, ty: l.ty, val: None, id }
    }
}

/// types2's opName: how an overflowing constant operation is named.
fn op_name(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Add => "addition ",
        BinaryOp::Sub => "subtraction ",
        BinaryOp::Xor => "bitwise XOR ",
        BinaryOp::Mul => "multiplication ",
        _ => "",
    }
}
