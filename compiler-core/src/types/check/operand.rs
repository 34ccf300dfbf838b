//! Properties of operands and types: how an operand is described in messages, assignability
//! and comparability.

use crate::syntax::ast::{Expr, ExprKind, Field};
use crate::types::{Basic, ChanDirKey, INVALID, Type, TypeId};
use super::{Checker, Mode, Operand};
use super::expr::strip_parens;
use super::exprstring::expr_string;

/// One name per parameter, empty where a field has none.
fn param_names(fields: &[Field]) -> Vec<&str> {
    fields.iter().flat_map(|f| if f.names.is_empty() { vec![""] } else { f.names.iter().map(|n| n.name.as_str()).collect() }).collect()
}

impl Checker {
    /// `x (variable of type int)`, `300 (untyped int constant)`, `c (untyped int constant 3)`.
    pub(super) fn operand_string(&self, e: &Expr, op: &Operand) -> String {
        let s = expr_string(e);
        let mut ts = match &strip_parens(e).kind {
            // A literal's signature keeps its parameter names, and types2 prints them.
            ExprKind::FuncLit { ty, .. } => {
                self.info.types.display_named_func(op.ty, &param_names(&ty.params), &param_names(&ty.results))
            }
            _ => self.ty_str(op.ty),
        };
        if let Some(c) = self.param_constraint(op.ty) {
            ts = format!("{ts} constrained by {}", self.ty_str(c));
        }
        // types2's operand.String: `x (untyped int constant 5)`, `c (constant 7 of type T)`,
        // `v (variable of uint64 type ID)`.
        if self.t().basic_of(op.ty) == Some(Basic::UntypedNil) {
            return "nil".to_string();
        }
        let mode = match op.mode {
            Mode::Const => "constant",
            Mode::Var => "variable",
            _ => "value",
        };
        let val = match (&op.mode, &op.val) {
            (Mode::Const, Some(v)) if v.display() != s => format!(" {}", v.display()),
            _ => String::new(),
        };
        if self.t().is_untyped(op.ty) {
            return format!("{s} ({ts} {mode}{val})");
        }
        let kind = match self.t().get(op.ty) {
            Type::Named(_) => match self.t().under_type(op.ty) {
                Type::Basic(b) => format!("{} ", b.name()),
                Type::Pointer(_) => "pointer ".into(),
                Type::Slice(_) => "slice ".into(),
                Type::Array(..) => "array ".into(),
                Type::Map(..) => "map ".into(),
                Type::Chan(..) => "chan ".into(),
                Type::Struct(_) => "struct ".into(),
                Type::Func(_) => "func ".into(),
                Type::Interface(_) => "interface ".into(),
                _ => String::new(),
            },
            _ => String::new(),
        };
        format!("{s} ({mode}{val} of {kind}type {ts})")
    }

    pub(super) fn assignable(&self, from: TypeId, to: TypeId) -> bool {
        let t = self.t();
        if from == INVALID || to == INVALID || t.identical(from, to) {
            return true;
        }
        let (fu, tu) = (t.under(from), t.under(to));
        if let Type::Basic(b) = t.get(from) {
            if *b == Basic::UntypedNil {
                if self.is_param(to) {
                    return self.nil_fits_param(to);
                }
                return matches!(
                    t.get(tu),
                    Type::Pointer(_) | Type::Slice(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) | Type::Interface(_)
                ) || t.basic_of(to) == Some(Basic::UnsafePointer);
            }
            if b.is_untyped() {
                if let Type::Basic(tb) = t.get(tu) {
                    return match b {
                        Basic::UntypedBool => tb.is_boolean(),
                        Basic::UntypedString => tb.is_string(),
                        _ => tb.is_numeric(),
                    };
                }
                return matches!(t.get(tu), Type::Interface(m) if m.is_empty());
            }
        }
        if t.identical(fu, tu) && (!t.is_named(from) || !t.is_named(to)) && !matches!(t.get(fu), Type::Basic(_)) {
            return true;
        }
        if let Type::Interface(ms) = t.get(tu) {
            return ms.is_empty() || self.missing_method(from, to).is_none();
        }
        if let (Type::Chan(ChanDirKey::Both, e1), Type::Chan(_, e2)) = (t.get(fu), t.get(tu)) {
            return t.identical(*e1, *e2) && (!t.is_named(from) || !t.is_named(to));
        }
        false
    }

    /// Whether values of type t can be compared with ==.
    pub(super) fn comparable(&self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&self, t: TypeId, d: u32) -> bool {
        if d > 32 {
            return true;
        }
        match self.t().under_type(t) {
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
            Type::Struct(fs) => fs.iter().all(|f| self.comparable_depth(f.ty, d + 1)),
            Type::Array(_, e) => self.comparable_depth(*e, d + 1),
            _ => true,
        }
    }
}
