//! Range over functions (Go 1.23 iterators): the iterator's shape, with gc's wording for
//! each way it can be wrong, and the loop body as a function of its own for capture
//! analysis (the lowering turns the body into the yield function, `ir/lower/rangefunc.rs`).

use crate::syntax::ast::Expr;
use crate::types::{Basic, INVALID, Type, TypeId};

use super::{Checker, Operand};

impl Checker {
    /// The iteration variables' types of `range x` where x is a func (invalid when the
    /// iterator has none, and after reporting why x cannot be ranged over: gc's
    /// `rangeKeyVal`).
    pub(super) fn range_func_kv(&mut self, x: &Expr, op: &Operand, key: Option<&Expr>, value: Option<&Expr>) -> (TypeId, TypeId) {
        let bad = |c: &mut Checker, cause: String| {
            let s = c.operand_string(x, op);
            c.error(x.pos, format!("cannot range over {s}: func must be func(yield func(...) bool): {cause}"));
            (INVALID, INVALID)
        };
        let Type::Func(sig) = self.t().under_type(op.ty).clone() else { return (INVALID, INVALID) };
        if sig.params.len() != 1 {
            return bad(self, "wrong argument count".into());
        }
        if !sig.results.is_empty() {
            return bad(self, "unexpected results".into());
        }
        let Type::Func(cb) = self.t().under_type(sig.params[0]).clone() else {
            return bad(self, "argument is not func".into());
        };
        let b = self.basic(Basic::Bool);
        if cb.params.len() > 2 {
            return bad(self, "yield func has too many parameters".into());
        }
        if cb.results.len() != 1 || cb.results[0] != b {
            let user_bool = cb.results.len() == 1 && self.t().basic_of(cb.results[0]) == Some(Basic::Bool);
            return bad(self, if user_bool { "yield func returns user-defined boolean, not bool" } else { "yield func does not return bool" }.into());
        }
        if cb.variadic {
            let s = self.operand_string(x, op);
            let y = self.ty_str(sig.params[0]);
            self.error(x.pos, format!("cannot range over {s}: yield func of type {y} cannot be variadic"));
            return (INVALID, INVALID);
        }
        let (kt, vt) = (cb.params.first().copied(), cb.params.get(1).copied());
        match (kt, vt, key, value) {
            (None, _, Some(k), _) => {
                let s = self.operand_string(x, op);
                self.error(k.pos, format!("range over {s} permits no iteration variables"));
            }
            (_, None, _, Some(v)) => {
                let s = self.operand_string(x, op);
                self.error(v.pos, format!("range over {s} permits only one iteration variable"));
            }
            _ => {}
        }
        (kt.unwrap_or(INVALID), vt.unwrap_or(INVALID))
    }

    /// Starts the body of a range over a func: the enclosing function's variables it uses
    /// are captured (recorded under the range expression `x`), those declared from the
    /// innermost scope on (the iteration variables') are its own.
    pub(super) fn open_range_body(&mut self, x: &Expr) {
        let base = self.scopes.depth().saturating_sub(1);
        self.lits.push((x.id, base, true));
    }
}
