//! Complex numbers. A `complex128` is two Wasm `f64` values (real, imaginary) and a
//! `complex64` two `f32`s, like a string's two words: variables, parameters, results and
//! globals hold both, and in memory they are gc's layout, two floats side by side (16 bytes,
//! aligned 8; 8 bytes, aligned 4). Arithmetic is gc's: + and - part by part in the type's
//! precision, * in float64 then narrowed (as gc's SSA does for complex64), / by the
//! runtime's `complex128div` (gc's, at the end of `runtime/print.go`: Smith's algorithm with
//! C99's infinity and NaN corrections; complex64 widened first), == on both parts (so NaN
//! parts are never equal and -0 equals +0). Map keys are two float parts (hashed and
//! compared as float keys, passed by value as their bits, stored again on assignment as gc
//! does); channels carry them in a cell; interfaces box them like any non-pointer
//! value, and the runtime's code for their kinds (equality, hashing, panic values, fmt)
//! sits under `kindUsed`, so programs without complex numbers carry none of it.

use crate::diag::Pos;
use crate::ir::{BinOp, Conv, Expr as E, Mem, Stmt as S, UnOp, ValType};
use crate::syntax::ast::{BinaryOp, Expr};
use crate::types::check::Builtin;
use crate::types::{Basic, Const, Info, TypeId};

use super::vals::Vals;
use super::{bin, first_val, FnLower};

/// A complex type's parts: their Wasm type, memory access and size; `None` for other types.
pub(super) fn complex_part(info: &Info, t: TypeId) -> Option<(ValType, Mem, u32)> {
    match info.types.basic_of(t)? {
        Basic::Complex64 => Some((ValType::F32, Mem::F32, 4)),
        Basic::Complex128 | Basic::UntypedComplex => Some((ValType::F64, Mem::F64, 8)),
        _ => None,
    }
}

fn float_const(f: f64, vt: ValType) -> E {
    if vt == ValType::F32 {
        E::F32((f as f32).to_bits())
    } else {
        E::F64(f.to_bits())
    }
}

fn widen(x: E, vt: ValType) -> E {
    if vt == ValType::F32 {
        E::Conv(Conv::F64PromoteF32, Box::new(x))
    } else {
        x
    }
}

fn narrow(x: E, vt: ValType) -> E {
    if vt == ValType::F32 {
        E::Conv(Conv::F32DemoteF64, Box::new(x))
    } else {
        x
    }
}

impl FnLower<'_, '_> {
    /// A complex constant of complex type t.
    pub(super) fn complex_const(&mut self, c: &Const, t: TypeId) -> Vals {
        let vt = complex_part(self.info(), t).map_or(ValType::F64, |p| p.0);
        let (re, im) = c.parts().unwrap_or_default();
        vals![float_const(Const::Float(re).as_f64(), vt), float_const(Const::Float(im).as_f64(), vt)]
    }

    /// Both parts in locals (each is read more than once, or after the other operand).
    fn complex_temps(&mut self, v: Vals, vt: ValType) -> (E, E) {
        let mut it = v.into_iter();
        let re = self.temp(it.next().unwrap_or(E::F64(0)), vt);
        let im = self.temp(it.next().unwrap_or(E::F64(0)), vt);
        (E::Local(re), E::Local(im))
    }

    /// `a op b` on complex values of type t.
    pub(super) fn complex_arith(&mut self, op: BinaryOp, t: TypeId, a: Vals, b: Vals, pos: Pos) -> Vals {
        let vt = complex_part(self.info(), t).map_or(ValType::F64, |p| p.0);
        let (ar, ai) = self.complex_temps(a, vt);
        let (br, bi) = self.complex_temps(b, vt);
        match op {
            BinaryOp::Add => vals![bin(BinOp::Add, vt, ar, br), bin(BinOp::Add, vt, ai, bi)],
            BinaryOp::Sub => vals![bin(BinOp::Sub, vt, ar, br), bin(BinOp::Sub, vt, ai, bi)],
            BinaryOp::Mul => {
                let f = ValType::F64;
                let (ar, ai, br, bi) = (widen(ar, vt), widen(ai, vt), widen(br, vt), widen(bi, vt));
                let re = bin(BinOp::Sub, f, bin(BinOp::Mul, f, ar.clone(), br.clone()), bin(BinOp::Mul, f, ai.clone(), bi.clone()));
                let im = bin(BinOp::Add, f, bin(BinOp::Mul, f, ar, bi), bin(BinOp::Mul, f, ai, br));
                vals![narrow(re, vt), narrow(im, vt)]
            }
            _ => {
                let f = self.rt("complex128div", pos);
                let (re, im) = (self.new_local(ValType::F64), self.new_local(ValType::F64));
                let args = vec![widen(ar, vt), widen(ai, vt), widen(br, vt), widen(bi, vt)];
                self.emit(S::SetMulti(vec![re, im], E::Call(f, args)));
                vals![narrow(E::Local(re), vt), narrow(E::Local(im), vt)]
            }
        }
    }

    /// `a == b` on complex values of type t: both parts equal.
    pub(super) fn complex_eq(&mut self, t: TypeId, a: Vals, b: Vals) -> E {
        let vt = complex_part(self.info(), t).map_or(ValType::F64, |p| p.0);
        let (ar, ai) = self.complex_temps(a, vt);
        let (br, bi) = self.complex_temps(b, vt);
        bin(BinOp::And, ValType::I32, bin(BinOp::Eq, vt, ar, br), bin(BinOp::Eq, vt, ai, bi))
    }

    /// `-z`.
    pub(super) fn complex_neg(&mut self, t: TypeId, x: Vals) -> Vals {
        let vt = complex_part(self.info(), t).map_or(ValType::F64, |p| p.0);
        x.into_iter().map(|p| E::Un(UnOp::Neg, vt, Box::new(p))).collect()
    }

    /// A conversion between complex types: each part promoted or demoted.
    pub(super) fn complex_convert(&mut self, from: TypeId, to: TypeId, v: Vals) -> Vals {
        let info = self.info();
        let (fv, tv) = (complex_part(info, from).map_or(ValType::F64, |p| p.0), complex_part(info, to).map_or(ValType::F64, |p| p.0));
        match (fv, tv) {
            (ValType::F64, ValType::F32) => v.into_iter().map(|p| E::Conv(Conv::F32DemoteF64, Box::new(p))).collect(),
            (ValType::F32, ValType::F64) => v.into_iter().map(|p| E::Conv(Conv::F64PromoteF32, Box::new(p))).collect(),
            _ => v,
        }
    }

    /// `complex(r, i)`, `real(z)` and `imag(z)` with non-constant arguments.
    pub(super) fn complex_builtin(&mut self, b: Builtin, args: &[Expr]) -> Vals {
        let t = self.info().expr_type(&args[0]);
        if b == Builtin::Complex {
            let vt = first_val(self.info(), t).unwrap_or(ValType::F64);
            let re = self.expr1(&args[0]);
            let re = self.temp(re, vt);
            let im = self.expr1(&args[1]);
            return vals![E::Local(re), im];
        }
        let vt = complex_part(self.info(), t).map_or(ValType::F64, |p| p.0);
        let v = self.expr(&args[0]);
        let (re, im) = self.complex_temps(v, vt);
        vals![if b == Builtin::Real { re } else { im }]
    }
}
