//! The built-ins of complex numbers, after types2: `complex(r, i)` (both arguments of one
//! float type, the result the matching complex type) and `real(z)`, `imag(z)` (the float
//! type matching z's); constant when their arguments are. Untyped constants take the other
//! argument's type (`complex(x, 1)`), become untyped floats (`complex(1, 2)`) or untyped
//! complex constants (`real(3)`).

use num_traits::Zero;

use crate::syntax::ast::Expr;
use crate::types::{Basic, Const, TypeId};
use crate::types::info::Builtin;
use super::{Checker, Mode, Operand};
use super::exprstring::expr_string;

impl Checker {
    pub(super) fn complex_builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr]) -> Operand {
        let inv = Operand::invalid(e.id);
        let want = if b == Builtin::Complex { 2 } else { 1 };
        if args.len() != want {
            for a in args {
                self.expr(a, None);
            }
            let what = if args.len() < want { "not enough" } else { "too many" };
            self.error(e.pos, format!("invalid operation: {what} arguments for {} (expected {want}, found {})", expr_string(e), args.len()));
            return inv;
        }
        if b == Builtin::Complex {
            self.complex_call(e, &args[0], &args[1])
        } else {
            self.real_imag(e, b, &args[0])
        }
    }

    fn complex_call(&mut self, e: &Expr, xe: &Expr, ye: &Expr) -> Operand {
        let inv = Operand::invalid(e.id);
        let mut x = self.expr(xe, None);
        let mut y = self.expr(ye, None);
        self.single_value(&mut x, xe);
        self.single_value(&mut y, ye);
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            return inv;
        }
        let (xu, yu) = (self.t().is_untyped(x.ty), self.t().is_untyped(y.ty));
        match (xu, yu) {
            (true, false) => self.assign_op(&mut x, y.ty, xe, "argument to complex"),
            (false, true) => self.assign_op(&mut y, x.ty, ye, "argument to complex"),
            (true, true) if x.mode == Mode::Const && y.mode == Mode::Const => {
                // Numeric constants without an imaginary part count as untyped floats.
                let float = self.basic(Basic::UntypedFloat);
                for o in [&mut x, &mut y] {
                    let real = o.val.as_ref().and_then(|v| v.parts()).is_some_and(|(_, im)| im.is_zero());
                    if real && self.t().basic_of(o.ty).is_some_and(|b| b.is_numeric()) {
                        o.ty = float;
                    }
                }
            }
            (true, true) => {
                let f64t = self.basic(Basic::Float64);
                self.assign_op(&mut x, f64t, xe, "argument to complex");
                self.assign_op(&mut y, f64t, ye, "argument to complex");
            }
            (false, false) => {}
        }
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            return inv;
        }
        if !self.t().identical(x.ty, y.ty) {
            self.error(xe.pos, format!("invalid operation: {} (mismatched types {} and {})", expr_string(e), self.ty_str(x.ty), self.ty_str(y.ty)));
            return inv;
        }
        let res = match self.t().basic_of(x.ty).map(|b| b.canonical()) {
            Some(Basic::Float32) => Basic::Complex64,
            Some(Basic::Float64) => Basic::Complex128,
            Some(Basic::UntypedFloat) => Basic::UntypedComplex,
            _ => {
                self.error(xe.pos, format!("invalid argument: arguments have type {}, expected floating-point", self.ty_str(x.ty)));
                return inv;
            }
        };
        let ty = self.basic(res);
        match (&x.val, &y.val) {
            (Some(re), Some(im)) => {
                let part = |v: &Const| v.parts().map(|(r, _)| r).unwrap_or_default();
                Operand { mode: Mode::Const, ty, val: Some(Const::complex(part(re), part(im))), id: e.id }
            }
            _ => Operand { mode: Mode::Value, ty, val: None, id: e.id },
        }
    }

    fn real_imag(&mut self, e: &Expr, b: Builtin, xe: &Expr) -> Operand {
        let inv = Operand::invalid(e.id);
        let mut x = self.expr(xe, None);
        self.single_value(&mut x, xe);
        if x.mode == Mode::Invalid {
            return inv;
        }
        if self.t().is_untyped(x.ty) {
            if x.mode == Mode::Const {
                // An untyped numeric constant is also an untyped complex constant.
                if self.t().basic_of(x.ty).is_some_and(|b| b.is_numeric()) {
                    x.ty = self.basic(Basic::UntypedComplex);
                }
            } else {
                let c128 = self.basic(Basic::Complex128);
                self.assign_op(&mut x, c128, xe, format!("argument to {}", b.name()));
                if x.mode == Mode::Invalid {
                    return inv;
                }
            }
        }
        let res = match self.t().basic_of(x.ty).map(|b| b.canonical()) {
            Some(Basic::Complex64) => Basic::Float32,
            Some(Basic::Complex128) => Basic::Float64,
            Some(Basic::UntypedComplex) => Basic::UntypedFloat,
            _ => {
                self.error(xe.pos, format!("invalid argument: argument has type {}, expected complex type", self.ty_str(x.ty)));
                return inv;
            }
        };
        let ty: TypeId = self.basic(res);
        match x.val.as_ref().and_then(|v| v.parts()) {
            Some((re, im)) => Operand { mode: Mode::Const, ty, val: Some(Const::Float(if b == Builtin::Real { re } else { im })), id: e.id },
            None => Operand { mode: Mode::Value, ty, val: None, id: e.id },
        }
    }
}
