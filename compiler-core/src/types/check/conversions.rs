//! Conversions `T(x)` and which types convert to which.

use crate::syntax::ast::Expr;
use crate::types::{Basic, Const, Type, TypeId};
use crate::types::constant::Misfit;
use super::{Checker, Mode, Operand};

impl Checker {
    #[inline(never)] // keeps its caller small for the browser (ARCHITECTURE.md)
    pub(super) fn conversion(&mut self, e: &Expr, to: TypeId, args: &[Expr]) -> Operand {
        let inv = Operand::invalid(e.id);
        if args.len() != 1 {
            let ts = self.ty_str(to);
            if args.is_empty() {
                self.error(e.pos, format!("missing argument in conversion to {ts}"));
            } else {
                self.error(args[1].pos, format!("too many arguments in conversion to {ts}"));
            }
            return inv;
        }
        let a = &args[0];
        let mut o = self.expr(a, Some(to));
        self.single_value(&mut o, a);
        if o.mode == Mode::Invalid {
            return inv;
        }
        let tb = self.t().basic_of(to);
        if let (Some(v), Some(tb)) = (o.val.clone(), tb) {
            // Constant conversion.
            let fb = self.t().basic_of(o.ty).unwrap_or(Basic::UntypedInt);
            if tb.is_string() && fb.is_integer() {
                let n = v.as_int().unwrap_or(-1);
                let c = u32::try_from(n).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
                return Operand { mode: Mode::Const, ty: to, val: Some(Const::String(c.to_string())), id: e.id };
            }
            if (tb.is_numeric() && (fb.is_numeric())) || (tb.is_string() && fb.is_string()) || (tb.is_boolean() && fb.is_boolean()) {
                return match v.convert(tb) {
                    Ok(v) => Operand { mode: Mode::Const, ty: to, val: Some(v), id: e.id },
                    Err(Misfit::Truncated) => {
                        let s = self.operand_string(a, &o);
                        self.error(a.pos, format!("cannot convert {s} to type {}", self.ty_str(to)));
                        inv
                    }
                    // An integer constant to an integer type can only overflow: gc says it briefly.
                    Err(_) if fb.is_integer() && tb.is_integer() => {
                        self.error(a.pos, format!("constant {} overflows {}", v.display(), self.ty_str(to)));
                        inv
                    }
                    Err(_) => {
                        let s = self.operand_string(a, &o);
                        self.error(a.pos, format!("cannot convert {s} to type {}", self.ty_str(to)));
                        inv
                    }
                };
            }
        }
        if self.t().is_untyped(o.ty) {
            let fb = self.t().basic_of(o.ty).unwrap_or(Basic::UntypedInt);
            let d = self.default_type(o.ty);
            if o.mode == Mode::Const && !self.convertible(d, to) {
                let s = self.operand_string(a, &o);
                self.error(a.pos, format!("cannot convert {s} to type {}", self.ty_str(to)));
                return inv;
            }
            let target = match tb {
                Some(tb) if (tb.is_numeric() && fb.is_numeric()) || (tb.is_string() && fb.is_string()) || (tb.is_boolean() && fb.is_boolean()) => to,
                _ => self.default_type(o.ty),
            };
            if fb == Basic::UntypedNil {
                if self.assignable(o.ty, to) {
                    self.set_type(a, to, None);
                    return Operand { mode: Mode::Value, ty: to, val: None, id: e.id };
                }
                self.error(a.pos, format!("cannot convert nil to type {}", self.ty_str(to)));
                return inv;
            }
            let v = o.val.clone().and_then(|v| self.t().basic_of(target).and_then(|b| v.convert(b).ok()));
            self.set_type(a, target, v);
            o.ty = target;
        }
        if !self.convertible(o.ty, to) {
            let s = self.operand_string(a, &o);
            let why = if self.t().is_interface(to) { self.not_implements(o.ty, to).map(|w| format!(": {w}")).unwrap_or_default() } else { String::new() };
            self.error(a.pos, format!("cannot convert {s} to type {}{why}", self.ty_str(to)));
            return inv;
        }
        Operand { mode: Mode::Value, ty: to, val: None, id: e.id }
    }

    fn convertible(&self, from: TypeId, to: TypeId) -> bool {
        if self.assignable(from, to) || self.convertible_data(from, to) {
            return true;
        }
        let t = self.t();
        let (fu, tu) = (t.under(from), t.under(to));
        if t.identical_ignore_tags(fu, tu) {
            return true;
        }
        match (t.get(fu), t.get(tu)) {
            (Type::Pointer(a), Type::Pointer(b)) => t.identical_ignore_tags(t.under(*a), t.under(*b)),
            (Type::Basic(a), Type::Basic(b)) => {
                (a.is_numeric() && b.is_numeric() && a.is_complex() == b.is_complex())
                    || (b.is_string() && (a.is_integer() || a.is_string()))
                    || (*a == Basic::UnsafePointer && b.canonical() == Basic::Uintptr)
                    || (a.canonical() == Basic::Uintptr && *b == Basic::UnsafePointer)
            }
            (Type::Pointer(_), Type::Basic(Basic::UnsafePointer)) | (Type::Basic(Basic::UnsafePointer), Type::Pointer(_)) => true,
            _ => false,
        }
    }

    /// Conversions between strings and byte or rune slices, and from slices to arrays.
    fn convertible_data(&self, from: TypeId, to: TypeId) -> bool {
        let t = self.t();
        let bytes_or_runes = |s: TypeId| match t.under_type(s) {
            Type::Slice(e) => matches!(t.basic_of(*e).map(|b| b.canonical()), Some(Basic::Uint8 | Basic::Int32)),
            _ => false,
        };
        let is_str = |s: TypeId| t.basic_of(s).map(|b| b.is_string()).unwrap_or(false);
        if (is_str(from) && bytes_or_runes(to)) || (bytes_or_runes(from) && is_str(to)) {
            return true;
        }
        if let Type::Slice(e) = t.under_type(from) {
            match t.under_type(to) {
                Type::Array(_, e2) => return t.identical(*e, *e2),
                Type::Pointer(p) => {
                    if let Type::Array(_, e2) = t.under_type(*p) {
                        return t.identical(*e, *e2);
                    }
                }
                _ => {}
            }
        }
        false
    }
}
