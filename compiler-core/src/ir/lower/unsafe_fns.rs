//! unsafe.Slice, unsafe.String and unsafe.SliceData.

use crate::ir::{Conv, Expr as E, Stmt as S, ValType};
use crate::syntax::ast::Expr;
use crate::types::Type;

use super::vals::Vals;
use super::FnLower;

impl FnLower<'_, '_> {
    /// `unsafe.Slice(ptr, n)` (a slice of n elements at ptr) or `unsafe.String(ptr, n)`,
    /// after gc's checks: n not negative, and ptr not nil unless n is 0.
    pub(super) fn unsafe_slice(&mut self, e: &Expr, args: &[Expr], string: bool) -> Vals {
        let info = self.info();
        let size = match info.types.under_type(info.expr_type(e)) {
            Type::Slice(el) => self.size_of(*el),
            _ => 1,
        };
        let p = self.expr1(&args[0]);
        let n = self.expr1(&args[1]);
        let n = self.to_i64(n, info.expr_type(&args[1]));
        let (p, n) = (self.temp(p, ValType::I32), self.temp(n, ValType::I64));
        let check = self.rt("unsafeSliceCheck", e.pos);
        let mut a = vec![E::Local(p), E::Local(n), E::I32(size as i32), E::I32(string as i32)];
        a.extend(self.l.site(&self.name.clone(), e.pos));
        self.emit(S::Drop(E::Call(check, a), 0));
        let len = E::Conv(Conv::I32WrapI64, Box::new(E::Local(n)));
        if string {
            vals![E::Local(p), len]
        } else {
            vals![E::Local(p), len.clone(), len]
        }
    }

    /// `unsafe.SliceData(s)`: the slice's pointer (nil for a nil slice).
    pub(super) fn unsafe_slice_data(&mut self, arg: &Expr) -> Vals {
        let v = self.expr(arg);
        vals![v.into_iter().next().unwrap_or(E::I32(0))]
    }
}
