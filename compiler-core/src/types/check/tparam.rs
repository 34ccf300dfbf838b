//! Generic bodies checked over their type parameters. Instances (`generic.rs`) check a body
//! with concrete type arguments; gc also checks it once with the type parameters themselves,
//! and an operation that some type of a parameter's type set does not allow is an error there
//! even if the function is never instantiated. This pass does that for package main's generic
//! functions: each body, parsed again, is checked with its type parameter names bound to the
//! `Type::Param`s, and the rules of this file (operators allowed by every type of the set,
//! the common underlying type for range and send, nil, methods of the constraint) report in
//! gc's words. Every other check stays the instances' (they see the concrete types): here
//! its diagnostics are dropped (`Checker::error`), and a function with a type parameter error
//! gets no instance bodies checked, since gc reports nothing of them either.

use std::sync::Arc;

use super::exprstring::expr_string;
use super::generic::func_of;
use super::{Checker, Mode, Operand};
use crate::diag::Pos;
use crate::syntax::ast::{BinaryOp, Decl, Expr};
use crate::types::info::{DeclRef, ObjId, ObjKind};
use crate::types::{Basic, ChanDirKey, Signature, Type, TypeId, INVALID};

/// The types of a type parameter's type set as its constraint's terms give them.
pub(super) enum Terms {
    Some(Vec<TypeId>),
    /// No terms: every type (with the constraint's methods).
    All,
    /// A set these rules do not follow (its errors are the instances').
    Unknown,
}

impl Checker {
    pub(super) fn is_param(&self, t: TypeId) -> bool {
        matches!(self.t().get(t), Type::Param(_))
    }

    /// A type parameter's constraint, when `t` is a type parameter whose declaration is known.
    pub(super) fn param_constraint(&self, t: TypeId) -> Option<TypeId> {
        self.generics.constraint_of.get(&t).copied()
    }

    /// The types of the terms of a type parameter's constraint (nested constraints
    /// flattened).
    pub(super) fn param_terms(&self, t: TypeId) -> Terms {
        let Some(c) = self.param_constraint(t) else { return Terms::Unknown };
        let mut out = Vec::new();
        match self.flatten_terms(c, &mut out, 0) {
            Some(true) => Terms::Some(out),
            Some(false) => Terms::All,
            None => Terms::Unknown,
        }
    }

    /// Adds the term types of constraint `c` to `out`: `Some(false)` when it has no terms,
    /// `None` when a term is one this file does not follow (a type parameter, an interface).
    fn flatten_terms(&self, c: TypeId, out: &mut Vec<TypeId>, depth: u32) -> Option<bool> {
        if depth > 8 {
            return None;
        }
        match self.t().under_type(c) {
            Type::Interface(_) => Some(false),
            Type::Constraint(ts) => match &ts.terms {
                None => Some(false),
                Some(list) => {
                    for term in list {
                        match self.t().under_type(term.ty) {
                            Type::Constraint(_) => {
                                if self.flatten_terms(term.ty, out, depth + 1)? {
                                    continue;
                                }
                                return None;
                            }
                            Type::Interface(_) | Type::Param(_) | Type::Invalid => return None,
                            _ => out.push(term.ty),
                        }
                    }
                    Some(true)
                }
            },
            _ => None,
        }
    }

    /// A diagnostic of this file's rules: kept also inside a body checked over its type
    /// parameters.
    fn tparam_error(&mut self, pos: Pos, msg: String) {
        self.generics.tparam_errors += 1;
        self.diags.error(pos, msg);
    }

    /// types2's commonUnder: the underlying type all types of `t`'s type set share (channels:
    /// the same element type, the most restricted direction), or why there is none. `cond`
    /// is asked first about each term's type and underlying type (`None` for a set without
    /// terms).
    fn common_under(&self, t: TypeId, cond: &dyn Fn(&Self, Option<(TypeId, TypeId)>) -> Option<String>) -> Result<TypeId, String> {
        let terms = match self.param_terms(t) {
            Terms::Some(list) => list,
            Terms::All => return Err(cond(self, None).unwrap_or_else(|| "no specific type".into())),
            Terms::Unknown => return Err(String::new()),
        };
        let mut common: Option<(TypeId, TypeId)> = None;
        for term in terms {
            let u = self.t().under(term);
            if let Some(why) = cond(self, Some((term, u))) {
                return Err(why);
            }
            let Some((ct, cu)) = common else {
                common = Some((term, u));
                continue;
            };
            if let (Type::Chan(d1, e1), Type::Chan(d2, e2)) = (self.t().get(cu), self.t().get(u)) {
                if !self.t().identical(*e1, *e2) {
                    return Err(format!("channels {} and {} have different element types", self.ty_str(ct), self.ty_str(term)));
                }
                match (d1, d2) {
                    _ if d1 == d2 => {}
                    (ChanDirKey::Both, _) => common = Some((term, u)),
                    (_, ChanDirKey::Both) => {}
                    _ => return Err(format!("channels {} and {} have conflicting directions", self.ty_str(ct), self.ty_str(term))),
                }
                continue;
            }
            if !self.t().identical(cu, u) {
                return Err(format!("{} and {} have different underlying types", self.ty_str(ct), self.ty_str(term)));
            }
        }
        common.map(|(_, u)| u).ok_or_else(|| "no specific type".into())
    }

    /// `range x` for x of a type parameter's type: the key and value types of the common
    /// underlying type.
    pub(super) fn range_param(&mut self, x: &Expr, op: &Operand) -> (TypeId, TypeId) {
        let send_only = |c: &Self, tu: Option<(TypeId, TypeId)>| match tu {
            Some((t, u)) if matches!(c.t().get(u), Type::Chan(ChanDirKey::Send, _)) => Some(format!("receive from send-only channel {}", c.ty_str(t))),
            _ => None,
        };
        match self.common_under(op.ty, &send_only) {
            Err(cause) if cause.is_empty() => (INVALID, INVALID),
            Err(cause) => {
                let s = self.operand_string(x, op);
                self.tparam_error(x.pos, format!("cannot range over {s}: {cause}"));
                (INVALID, INVALID)
            }
            Ok(u) => match self.t().get(u).clone() {
                Type::Chan(_, el) => (el, INVALID),
                Type::Basic(b) if b.is_integer() => (op.ty, INVALID),
                _ => self.range_data(x, u).unwrap_or((INVALID, INVALID)),
            },
        }
    }

    /// `ch <- v` for ch of a type parameter's type.
    pub(super) fn send_param(&mut self, ch: &Expr, co: &Operand, value: &Expr) {
        let sendable = |c: &Self, tu: Option<(TypeId, TypeId)>| match tu {
            None => Some("no specific channel type".to_string()),
            Some((_, u)) => match c.t().get(u) {
                Type::Chan(ChanDirKey::Recv, _) => Some(format!("receive-only channel {}", c.ty_str(u))),
                Type::Chan(..) => None,
                _ => Some(format!("non-channel {}", c.ty_str(u))),
            },
        };
        match self.common_under(co.ty, &sendable) {
            Err(cause) if cause.is_empty() => {
                self.expr(value, None);
            }
            Err(cause) => {
                self.expr(value, None);
                let s = self.operand_string(ch, co);
                self.tparam_error(ch.pos, format!("invalid operation: cannot send to {s}: {cause}"));
            }
            Ok(u) => {
                let Type::Chan(_, el) = self.t().get(u).clone() else { return };
                let mut vo = self.expr(value, Some(el));
                self.assign_op(&mut vo, el, value, "send");
            }
        }
    }

    /// A binary operation with an operand of a type parameter's type: allowed when every
    /// type of the set allows it.
    #[allow(clippy::too_many_arguments)]
    #[inline(never)] // keeps its caller small for the browser (ARCHITECTURE.md)
    pub(super) fn binary_param(&mut self, mut l: Operand, mut r: Operand, x: &Expr, y: &Expr, op: BinaryOp, err_pos: Pos, whole: &dyn Fn() -> String, id: crate::syntax::ast::NodeId) -> Operand {
        let inv = Operand::invalid(id);
        // An untyped constant operand takes the type parameter's type when every type of the
        // set can hold it (its checks are the instances').
        let (lt, rt) = (l.ty, r.ty);
        for (a, b) in [(&mut l, rt), (&mut r, lt)] {
            if self.t().is_untyped(a.ty) && self.is_param(b) {
                let fits = matches!(self.param_terms(b), Terms::Some(ts) if {
                    ts.iter().all(|t| match (self.t().basic_of(a.ty), self.t().basic_of(self.t().under(*t))) {
                        (Some(Basic::UntypedBool), Some(tb)) => tb.is_boolean(),
                        (Some(Basic::UntypedString), Some(tb)) => tb.is_string(),
                        (Some(Basic::UntypedNil), _) => false,
                        (Some(_), Some(tb)) => tb.is_numeric(),
                        _ => false,
                    })
                });
                if !fits {
                    return inv;
                }
                a.ty = b;
                a.mode = Mode::Value;
            }
        }
        if !self.t().identical(l.ty, r.ty) {
            return inv;
        }
        let terms = match self.param_terms(l.ty) {
            Terms::Some(list) => list,
            Terms::All => Vec::new(),
            Terms::Unknown => return inv,
        };
        let basics: Option<Vec<Basic>> = terms.iter().map(|t| self.t().basic_of(self.t().under(*t))).collect();
        let all = |f: &dyn Fn(Basic) -> bool| !terms.is_empty() && basics.as_ref().is_some_and(|bs| bs.iter().all(|b| f(*b)));
        let ub = self.basic(Basic::UntypedBool);
        if op.is_comparison() {
            if matches!(op, BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge) && !all(&|b| b.is_integer() || b.is_float() || b.is_string()) {
                let t = self.ty_str(l.ty);
                self.tparam_error(err_pos, format!("invalid operation: {} (type parameter {t} cannot use operator {})", whole(), op.as_str()));
                return inv;
            }
            return Operand { mode: Mode::Value, ty: ub, val: None, id };
        }
        let ok = match op {
            BinaryOp::LogAnd | BinaryOp::LogOr => all(&|b| b.is_boolean()),
            BinaryOp::Add => all(&|b| b.is_numeric() || b.is_string()),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => all(&|b| b.is_numeric()),
            _ => all(&|b| b.is_integer()),
        };
        if !ok {
            let s = self.operand_string(x, &l);
            let _ = y;
            self.tparam_error(err_pos, format!("invalid operation: operator {} not defined on {s}", op.as_str()));
            return inv;
        }
        Operand { mode: Mode::Value, ty: l.ty, val: None, id }
    }

    /// `x.sel` for x of a type parameter's type: a method of its constraint (type
    /// parameters have no fields).
    pub(super) fn selector_param(&mut self, x: &Expr, xo: &Operand, sel: &crate::syntax::ast::Ident, id: crate::syntax::ast::NodeId) -> Operand {
        let methods = match self.param_constraint(xo.ty).map(|c| self.t().under_type(c).clone()) {
            Some(Type::Interface(ms)) => ms,
            Some(Type::Constraint(ts)) => ts.methods,
            _ => return Operand::invalid(id),
        };
        if let Some(m) = methods.iter().find(|m| m.name == sel.name.as_str()) {
            return Operand { mode: Mode::Value, ty: m.sig, val: None, id };
        }
        let msg = format!("{}.{} undefined (type {} has no field or method {})", expr_string(x), sel.name, self.ty_str(xo.ty), sel.name);
        self.tparam_error(sel.pos, msg);
        Operand::invalid(id)
    }

    /// `nil` where a value of type parameter type `t` is wanted: only if every type of its
    /// set has nil.
    pub(super) fn nil_fits_param(&self, t: TypeId) -> bool {
        match self.param_terms(t) {
            Terms::Some(ts) => !ts.is_empty() && ts.iter().all(|t| matches!(self.t().under_type(*t), Type::Pointer(_) | Type::Slice(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) | Type::Interface(_))),
            Terms::All => false,
            // Not this file's to decide: no error.
            Terms::Unknown => true,
        }
    }

    /// Reports `msg` about assigning `from` to `to`: one of this file's rules when `to` is a
    /// type parameter and `from` is nil.
    pub(super) fn assign_error(&mut self, pos: Pos, from: TypeId, to: TypeId, msg: String) {
        if self.is_param(to) && self.t().basic_of(from) == Some(Basic::UntypedNil) {
            self.tparam_error(pos, msg);
        } else {
            self.error(pos, msg);
        }
    }

    /// Checks each generic function of the current package once over its type parameters.
    pub(super) fn check_generic_bodies(&mut self) {
        let ids: Vec<ObjId> = (self.first_obj..self.info.objects.len() as ObjId)
            .filter(|&id| {
                let o = &self.info.objects[id as usize];
                o.pkg_index == self.cur_pkg && o.global && o.kind == ObjKind::Func && matches!(o.decl, DeclRef::Func(..)) && self.is_generic(id)
            })
            .collect();
        for id in ids {
            let Some(gs) = self.generic_sig(id) else { continue };
            let o = self.info.objects[id as usize].clone();
            let DeclRef::Func(fi, di) = o.decl else { continue };
            let files = Arc::clone(&self.info.packages[o.pkg_index].files);
            let Some(Decl::Func(f)) = files[fi].decls.get(di) else { continue };
            if f.body.is_none() {
                continue;
            }
            let Some(decl) = self.reparse(&files[fi], f) else { continue };
            let Some(fd) = func_of(&decl) else { continue };
            let body_obj = self.new_obj(&o.name, 0, ObjKind::Func, gs.sig);
            let names = super::generic::tparam_names(&fd.tparams);
            let bindings = self.bind(&names, &gs.params);
            let before = self.generics.tparam_errors;
            self.generics.in_generic_body = true;
            self.in_decl(o.pkg_index, fi, &bindings, |c| c.check_body(body_obj, fi, fd));
            self.generics.in_generic_body = false;
            if self.generics.tparam_errors > before {
                self.generics.failed.insert(id);
            }
        }
    }

    /// A call of generic `g` inside a body checked over its type parameters, with type
    /// arguments that are type parameters: the signature with them in place, no instance.
    pub(super) fn call_param_sig(&mut self, gsig: TypeId, params: &[TypeId], targs: &[TypeId]) -> Option<Signature> {
        let t = self.subst(gsig, params, targs, 0);
        match self.t().get(t) {
            Type::Func(s) => Some(s.clone()),
            _ => None,
        }
    }
}
