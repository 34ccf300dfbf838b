//! Constraints: interfaces with type terms (`~int | string`) or `comparable`, and whether a
//! type argument satisfies one, with gc's reasons.

use super::Checker;
use crate::syntax::ast::{BinaryOp, Expr, ExprKind, InterfaceElem, UnaryOp};
use crate::types::{Method, Term, Type, TypeId, TypeSet, INVALID};

impl Checker {
    /// A type parameter's constraint: an interface, or a type or union standing for the
    /// interface of those terms (`[T int | float64]`).
    pub(super) fn constraint_expr(&mut self, e: &Expr) -> TypeId {
        if let Some(terms) = self.union_terms(e) {
            let t = self.info.types.intern(Type::Constraint(TypeSet { methods: vec![], terms: Some(terms), comparable: false }));
            self.info.exprs.insert(e.id, crate::types::info::ExprInfo { ty: t, val: None, is_type: true });
            return t;
        }
        self.allow_constraint = true;
        let t = self.type_expr(e);
        if t == INVALID || matches!(self.t().under_type(t), Type::Interface(_) | Type::Constraint(_)) {
            return t;
        }
        self.info.types.intern(Type::Constraint(TypeSet { methods: vec![], terms: Some(vec![Term { tilde: false, ty: t }]), comparable: false }))
    }

    /// The terms of a union or tilde term (`~int | string`); `None` for a plain type.
    fn union_terms(&mut self, e: &Expr) -> Option<Vec<Term>> {
        match &e.kind {
            ExprKind::Binary { op: BinaryOp::Or, xy, .. } => {
                let [x, y] = &**xy;
                let mut list = self.union_terms(x).unwrap_or_else(|| vec![self.term(x)]);
                list.extend(self.union_terms(y).unwrap_or_else(|| vec![self.term(y)]));
                Some(list)
            }
            ExprKind::Unary(UnaryOp::Tilde, _) => Some(vec![self.term(e)]),
            ExprKind::Paren(x) => self.union_terms(x),
            _ => None,
        }
    }

    fn term(&mut self, e: &Expr) -> Term {
        match &e.kind {
            ExprKind::Unary(UnaryOp::Tilde, x) => {
                let ty = self.type_expr(x);
                if ty != INVALID && self.t().under(ty) != ty {
                    let s = self.ty_str(ty);
                    self.error(e.pos, format!("invalid use of ~ ({s} is not the underlying type of {s})"));
                }
                Term { tilde: true, ty }
            }
            _ => Term { tilde: false, ty: self.type_expr(e) },
        }
    }

    /// An interface literal: methods, embedded interfaces and type terms; a `Constraint`
    /// when it has terms or embeds `comparable`.
    pub(super) fn interface_type(&mut self, elems: &[InterfaceElem]) -> TypeId {
        let mut methods = Vec::new();
        let mut terms: Option<Vec<Term>> = None;
        let mut comparable = false;
        for el in elems {
            match el {
                InterfaceElem::Method { name, ty } => {
                    let sig = self.signature(ty);
                    methods.push(Method { name: name.name.to_string(), sig });
                }
                InterfaceElem::Embed(x) => {
                    let (ms, ts, cmp) = match self.union_terms(x) {
                        Some(list) => (vec![], Some(list), false),
                        None => {
                            self.allow_constraint = true;
                            let t = self.type_expr(x);
                            match self.t().under_type(t).clone() {
                                Type::Interface(ms) => (ms, None, false),
                                Type::Constraint(ts) => (ts.methods, ts.terms, ts.comparable),
                                _ if t == INVALID => continue,
                                _ => (vec![], Some(vec![Term { tilde: false, ty: t }]), false),
                            }
                        }
                    };
                    methods.extend(ms);
                    comparable |= cmp;
                    terms = match (terms, ts) {
                        (None, t) | (t, None) => t,
                        (Some(a), Some(b)) => Some(self.intersect(&a, &b)),
                    };
                }
            }
        }
        crate::sort::sort_by(&mut methods, |a, b| a.name.cmp(&b.name));
        methods.dedup_by(|a, b| a.name == b.name);
        if terms.is_none() && !comparable {
            return self.info.types.intern(Type::Interface(methods));
        }
        self.info.types.intern(Type::Constraint(TypeSet { methods, terms, comparable }))
    }

    /// The terms in both lists (an embedded constraint narrows the type set).
    fn intersect(&self, a: &[Term], b: &[Term]) -> Vec<Term> {
        let t = self.t();
        let mut out = Vec::new();
        for x in a {
            for y in b {
                let r = match (x.tilde, y.tilde) {
                    (true, true) if t.identical(x.ty, y.ty) => Some(*x),
                    (true, false) if t.identical(x.ty, t.under(y.ty)) => Some(*y),
                    (false, true) if t.identical(t.under(x.ty), y.ty) => Some(*x),
                    (false, false) if t.identical(x.ty, y.ty) => Some(*x),
                    _ => None,
                };
                out.extend(r);
            }
        }
        out
    }

    /// gc's error for a constraint interface used as a type, if `t` is one.
    pub(super) fn misused_constraint(&self, t: TypeId) -> Option<String> {
        let Type::Constraint(ts) = self.t().under_type(t) else { return None };
        let why = if ts.terms.is_some() { "interface contains type constraints" } else { "interface is (or embeds) comparable" };
        Some(format!("cannot use type {} outside a type constraint: {why}", self.ty_str(t)))
    }

    /// Why type argument `t` does not satisfy constraint `c` (gc's message), or `None`.
    pub(super) fn unsatisfied(&mut self, t: TypeId, c: TypeId) -> Option<String> {
        let head = |s: &Self, why: &str| {
            let base = format!("{} does not satisfy {}", s.ty_str(t), s.ty_str(c));
            if why.is_empty() {
                base
            } else {
                format!("{base} ({why})")
            }
        };
        let (methods, terms, comparable) = match self.t().under_type(c).clone() {
            Type::Interface(ms) => (ms, None, false),
            Type::Constraint(ts) => (ts.methods, ts.terms, ts.comparable),
            _ => return None,
        };
        if let Some(list) = &terms {
            let tt = self.t();
            let ok = list.iter().any(|x| if x.tilde { tt.identical(tt.under(t), x.ty) } else { tt.identical(t, x.ty) });
            if !ok {
                let set_ty = self.info.types.intern(Type::Constraint(TypeSet { methods: vec![], terms: terms.clone(), comparable: false }));
                let set = self.ty_str(set_ty);
                let tt = self.t();
                if let Some(x) = list.iter().find(|x| !x.tilde && tt.identical(tt.under(t), x.ty)) {
                    let why = format!("possibly missing ~ for {} in {set}", self.ty_str(x.ty));
                    return Some(head(self, &why));
                }
                let why = format!("{} missing in {set}", self.ty_str(t));
                return Some(head(self, &why));
            }
        }
        if !methods.is_empty() {
            let iface = self.info.types.intern(Type::Interface(methods));
            if let Some(why) = self.missing_method(t, iface) {
                let first = why.lines().next().unwrap_or("").to_string();
                return Some(head(self, &first));
            }
        }
        if comparable && !self.comparable(t) {
            return Some(head(self, ""));
        }
        None
    }
}
