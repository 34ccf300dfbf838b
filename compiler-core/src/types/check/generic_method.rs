//! Generic methods (Go 1.27: `func (r *Rand) N[Int intType](n Int) Int`) of types that are
//! not generic themselves. Such a method belongs to no method set (no interface can name
//! it): a call `x.N(args)` infers its type arguments and instantiates it as a generic
//! function is instantiated (`generic.rs`); the instance keeps the receiver, so it is
//! lowered and called as a method of `x`.

use crate::syntax::ast::{Expr, ExprKind, FuncDecl};
use crate::types::info::{ObjId, ObjKind};
use crate::types::Type;
use super::expr::strip_parens;
use super::Checker;

impl Checker {
    /// Records the generic method `id`, declared by `f`, with its receiver's base type.
    pub(super) fn declare_generic_method(&mut self, id: ObjId, f: &FuncDecl) {
        let Some(recv) = &f.recv else { return };
        let rt = self.type_expr(&recv.ty);
        let base = match self.t().get(rt) {
            Type::Pointer(b) => *b,
            _ => rt,
        };
        if let Type::Named(n) = self.t().get(base) {
            let n = *n;
            let list = self.generics.methods_of.entry(n).or_default();
            if list.iter().any(|(m, _)| *m == f.name.name) || self.info.types.named[n as usize].methods.iter().any(|(m, _)| *m == f.name.name) {
                let tn = self.info.types.named[n as usize].name.clone();
                self.error(f.name.pos, format!("method {tn}.{} already declared", f.name.name));
            } else {
                list.push((f.name.name.to_string(), id));
            }
        }
    }

    /// The generic method a call's operand `x.N` selects, if any; checks `x`.
    pub(super) fn generic_method_ref(&mut self, e: &Expr) -> Option<ObjId> {
        let e = strip_parens(e);
        let ExprKind::Selector(x, sel) = &e.kind else { return None };
        if !self.generics.methods_of.values().flatten().any(|(m, _)| *m == sel.name) {
            return None;
        }
        if let ExprKind::Ident(name) = &strip_parens(x).kind {
            if self.lookup(name).is_some_and(|o| matches!(self.info.objects[o as usize].kind, ObjKind::PkgName(_) | ObjKind::TypeName)) {
                return None;
            }
        }
        let xo = self.expr(x, None);
        let base = match self.t().get(xo.ty) {
            Type::Pointer(b) => *b,
            _ => xo.ty,
        };
        let Type::Named(n) = self.t().get(base) else { return None };
        let id = self.generics.methods_of.get(n)?.iter().find(|(m, _)| *m == sel.name)?.1;
        self.info.uses.insert(e.id, id);
        Some(id)
    }
}
