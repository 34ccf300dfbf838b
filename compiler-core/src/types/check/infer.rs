//! Type argument inference, as Go 1.21 does it: typed arguments unified with their
//! parameters' types, then constraint type inference (a type parameter whose constraint has
//! a core type unifies with it), then untyped constant arguments (of parameters that are a
//! bare type parameter) give their default type, the largest kind among them, then
//! constraint inference again. A generic function used as a value where a function type is
//! wanted (assigned, passed, returned, possibly partly instantiated) takes the missing type
//! arguments from that type (`infer_value`). Substitution (`subst`) replaces type
//! parameters in a type.

use super::generic::GenericSig;
use super::exprstring::expr_string;
use super::expr::strip_parens;
use super::{Checker, Mode, Operand};
use crate::diag::{pos_ref, Pos};
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::{Basic, Method, Signature, StructField, Term, Type, TypeId, TypeSet, INVALID};

/// Bound type arguments of one inference, by type parameter index.
struct Bindings<'a> {
    params: &'a [TypeId],
    args: Vec<Option<TypeId>>,
}

impl Bindings<'_> {
    fn index(&self, t: TypeId) -> Option<usize> {
        self.params.iter().position(|p| *p == t)
    }
}

/// The order of untyped constant kinds for a type parameter given several.
fn kind_rank(b: Basic) -> u8 {
    match b {
        Basic::UntypedInt => 1,
        Basic::UntypedRune => 2,
        Basic::UntypedFloat => 3,
        Basic::UntypedComplex => 4,
        _ => 0,
    }
}

impl Checker {
    /// Infers the type arguments of a call of generic `gs` (signature `sig`) with arguments
    /// `ops`, after the `explicit` ones; reports gc's error and gives `None` when it cannot.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn infer(&mut self, gs: &GenericSig, sig: &Signature, fname: &str, explicit: Vec<TypeId>, ops: &[Operand], args: &[Expr], spread: bool, pos: Pos) -> Option<Vec<TypeId>> {
        let mut b = Bindings { params: &gs.params, args: vec![None; gs.params.len()] };
        // Type parameters not given explicitly: a parameter type without them takes its
        // argument by assignability once instantiated, as gc does (`Eq[any](x, y)`).
        let inferred = &gs.params[explicit.len().min(gs.params.len())..];
        for (i, t) in explicit.into_iter().enumerate() {
            b.args[i] = Some(t);
        }
        // The parameter type each argument is assigned to.
        let arg_types: Vec<(TypeId, bool)> = match ops {
            [o] if matches!(self.t().get(o.ty), Type::Tuple(_)) => match self.t().get(o.ty).clone() {
                Type::Tuple(ts) => ts.into_iter().map(|t| (t, false)).collect(),
                _ => vec![],
            },
            _ => ops.iter().map(|o| (o.ty, o.mode == Mode::Const || self.t().is_untyped(o.ty))).collect(),
        };
        let n = sig.params.len();
        // Typed arguments first.
        let mut untyped: Vec<(usize, usize)> = Vec::new();
        for (i, &(at, _)) in arg_types.iter().enumerate() {
            let mut pt = if sig.variadic && i + 1 >= n { sig.params[n - 1] } else if let Some(&p) = sig.params.get(i) { p } else { continue };
            // Arguments of a variadic parameter have its element type, unless spread (`xs...`).
            if sig.variadic && i + 1 >= n && !spread {
                if let Type::Slice(el) = self.t().get(pt) {
                    pt = *el;
                }
            }
            if !self.mentions(pt, inferred, 0) {
                continue;
            }
            if self.t().is_untyped(at) {
                if let Some(k) = b.index(pt) {
                    if self.t().basic_of(at) != Some(Basic::UntypedNil) {
                        untyped.push((k, i));
                    }
                }
                continue;
            }
            if !self.unify(pt, at, &mut b, 0) {
                let what = args.get(i).map(expr_string).unwrap_or_default();
                let pts = self.subst_bound(pt, &b);
                self.error(args.get(i).map_or(pos, |a| a.pos), format!("type {} of {what} does not match {}", self.ty_str(at), self.mismatch_text(pt, pts)));
                return None;
            }
        }
        self.core_inference(gs, &mut b);
        // Untyped constants: the largest kind among a parameter's arguments.
        for k in 0..b.args.len() {
            if b.args[k].is_some() {
                continue;
            }
            let kinds: Vec<Basic> = untyped.iter().filter(|(p, _)| *p == k).filter_map(|(_, i)| self.t().basic_of(arg_types[*i].0)).collect();
            let Some(best) = kinds.iter().copied().max_by_key(|b| kind_rank(*b)) else { continue };
            let t = self.basic(best);
            b.args[k] = Some(self.default_type(t));
        }
        self.core_inference(gs, &mut b);
        let mut out = Vec::new();
        for k in 0..b.args.len() {
            let t = b.args[k].map(|t| self.subst_bound(t, &b));
            match t {
                Some(t) if !self.mentions(t, &gs.params, 0) => out.push(t),
                _ => {
                    self.error(pos, format!("in call to {fname}, cannot infer {} (declared at {})", self.ty_str(gs.params[k]), pos_ref(gs.pos[k])));
                    return None;
                }
            }
        }
        Some(out)
    }

    /// A generic function `f`, `pkg.F` or `f[T1]` (type arguments missing) used as a value
    /// of function type `target`: Go 1.21's inference from the assignment context unifies
    /// its signature with `target`. `None` when `e` is none of these.
    pub(super) fn infer_value(&mut self, e: &Expr, target: TypeId) -> Option<Operand> {
        if !matches!(self.t().under_type(target), Type::Func(_)) {
            return None;
        }
        let inner = strip_parens(e);
        let (base, idx): (&Expr, &[Expr]) = match &inner.kind {
            ExprKind::Index(x, idx) => (x, idx),
            ExprKind::Ident(_) | ExprKind::Selector(..) => (inner, &[]),
            _ => return None,
        };
        let g = self.generic_func_ref(base)?;
        let gs = self.generic_sig(g)?;
        let inv = Operand::invalid(e.id);
        let explicit: Vec<TypeId> = idx.iter().map(|t| self.type_expr(t)).collect();
        if explicit.contains(&INVALID) {
            return Some(inv);
        }
        if explicit.len() >= gs.params.len() {
            // Nothing to infer: an instantiation, checked as one.
            return None;
        }
        let mut b = Bindings { params: &gs.params, args: vec![None; gs.params.len()] };
        for (i, t) in explicit.into_iter().enumerate() {
            b.args[i] = Some(t);
        }
        let want = self.t().under(target);
        if !self.unify(gs.sig, want, &mut b, 0) {
            let bound = self.subst_bound(gs.sig, &b);
            self.error(e.pos, format!("inferred type {} for {} does not match type {}", self.ty_str(bound), self.ty_str(gs.sig), self.ty_str(target)));
            return Some(inv);
        }
        self.core_inference(&gs, &mut b);
        let mut targs = Vec::new();
        for k in 0..b.args.len() {
            match b.args[k].map(|t| self.subst_bound(t, &b)) {
                Some(t) if !self.mentions(t, &gs.params, 0) => targs.push(t),
                _ => {
                    self.error(e.pos, format!("cannot infer {} (declared at {})", self.ty_str(gs.params[k]), pos_ref(gs.pos[k])));
                    return Some(inv);
                }
            }
        }
        let mut at: Vec<Pos> = idx.iter().map(|t| t.pos).collect();
        at.resize(targs.len(), e.pos);
        if !self.satisfied(&gs, &targs, at, e.pos) {
            return Some(inv);
        }
        let inst = self.instantiate_func(g, targs, e.pos)?;
        self.record_instance(e, inst);
        let ty = self.info.objects[inst as usize].ty;
        Some(Operand { mode: Mode::Value, ty, val: None, id: e.id })
    }

    /// `inferred type X for T` or `T` (a parameter type that is not a bare type parameter).
    fn mismatch_text(&self, pt: TypeId, bound: TypeId) -> String {
        if pt != bound {
            format!("inferred type {} for {}", self.ty_str(bound), self.ty_str(pt))
        } else {
            self.ty_str(pt)
        }
    }

    /// Constraint type inference until nothing changes.
    fn core_inference(&mut self, gs: &GenericSig, b: &mut Bindings) {
        for _ in 0..=b.args.len() {
            let mut changed = false;
            for k in 0..b.args.len() {
                let Some(core) = self.single_term(gs.constraints[k]) else { continue };
                match b.args[k] {
                    Some(t) => {
                        let before = b.args.clone();
                        let target = if core.tilde { self.t().under(t) } else { t };
                        self.unify(core.ty, target, b, 0);
                        changed |= before != b.args;
                    }
                    // The one type a constraint allows (no tilde) is the type argument.
                    None if !core.tilde => {
                        b.args[k] = Some(core.ty);
                        changed = true;
                    }
                    None => {}
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// The one term of a constraint's type set, if it has exactly one (its core type).
    fn single_term(&self, c: TypeId) -> Option<Term> {
        match self.t().under_type(c) {
            Type::Constraint(TypeSet { terms: Some(list), .. }) if list.len() == 1 => Some(list[0]),
            _ => None,
        }
    }

    /// Unifies parameter type `x` (over `b`'s type parameters) with argument type `y`,
    /// binding type parameters; false when they cannot match.
    fn unify(&mut self, x: TypeId, y: TypeId, b: &mut Bindings, depth: u32) -> bool {
        if depth > 32 {
            return false;
        }
        if let Some(k) = b.index(x) {
            return match b.args[k] {
                None => {
                    b.args[k] = Some(y);
                    true
                }
                Some(bound) if b.index(bound).is_none() && bound != x => {
                    if self.t().identical(bound, y) {
                        return true;
                    }
                    // Inexact: a defined type and a type literal of the same underlying
                    // type unify, and the defined type is kept.
                    if self.unify(bound, y, b, depth + 1) {
                        return true;
                    }
                    let t = self.t();
                    if t.identical(t.under(bound), t.under(y)) && t.is_named(bound) != t.is_named(y) {
                        if t.is_named(y) {
                            b.args[k] = Some(y);
                        }
                        return true;
                    }
                    false
                }
                Some(_) => true,
            };
        }
        if x == y {
            return true;
        }
        let t = self.t();
        match (t.get(x).clone(), t.get(y).clone()) {
            (Type::Pointer(a), Type::Pointer(c)) | (Type::Slice(a), Type::Slice(c)) => self.unify(a, c, b, depth + 1),
            (Type::Array(n, a), Type::Array(m, c)) => n == m && self.unify(a, c, b, depth + 1),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => self.unify(k1, k2, b, depth + 1) && self.unify(v1, v2, b, depth + 1),
            (Type::Chan(_, a), Type::Chan(_, c)) => self.unify(a, c, b, depth + 1),
            (Type::Func(s1), Type::Func(s2)) => {
                s1.variadic == s2.variadic
                    && s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.params.iter().zip(&s2.params).chain(s1.results.iter().zip(&s2.results)).all(|(p, q)| self.unify(*p, *q, b, depth + 1))
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len() && f1.iter().zip(&f2).all(|(p, q)| p.name == q.name && p.embedded == q.embedded && self.unify(p.ty, q.ty, b, depth + 1))
            }
            (Type::Tuple(a), Type::Tuple(c)) => a.len() == c.len() && a.iter().zip(&c).all(|(p, q)| self.unify(*p, *q, b, depth + 1)),
            (Type::Named(n1), Type::Named(n2)) => {
                let (o1, o2) = (t.named[n1 as usize].origin.clone(), t.named[n2 as usize].origin.clone());
                match (o1, o2) {
                    (Some((g1, a1)), Some((g2, a2))) if g1 == g2 && a1.len() == a2.len() => a1.iter().zip(&a2).all(|(p, q)| self.unify(*p, *q, b, depth + 1)),
                    _ => t.identical(x, y),
                }
            }
            // A type literal against a defined type: its underlying type.
            (_, Type::Named(_)) if !matches!(t.get(x), Type::Named(_) | Type::Param(_)) => {
                let u = t.under(y);
                self.unify(x, u, b, depth + 1)
            }
            // A generic defined type (`iter.Seq[T]`) against a type literal: inexact, by
            // its underlying type.
            (Type::Named(_), _) if !matches!(t.get(y), Type::Named(_) | Type::Param(_)) => {
                let u = t.under(x);
                self.unify(u, y, b, depth + 1)
            }
            _ => t.identical(x, y),
        }
    }

    /// `t` with the bound type parameters of `b` replaced.
    fn subst_bound(&mut self, t: TypeId, b: &Bindings) -> TypeId {
        let mut cur = t;
        // Bindings may mention other parameters (a core type's element): a few rounds.
        for _ in 0..=b.args.len() {
            let params: Vec<TypeId> = b.params.to_vec();
            let args: Vec<TypeId> = b.args.iter().zip(&params).map(|(a, p)| a.unwrap_or(*p)).collect();
            let next = self.subst(cur, &params, &args, 0);
            if next == cur {
                break;
            }
            cur = next;
        }
        cur
    }

    /// Whether `t` mentions one of `params`.
    pub(super) fn mentions(&self, t: TypeId, params: &[TypeId], depth: u32) -> bool {
        if depth > 32 {
            return false;
        }
        if params.contains(&t) {
            return true;
        }
        let m = |x: TypeId| self.mentions(x, params, depth + 1);
        match self.t().get(t) {
            Type::Pointer(x) | Type::Slice(x) | Type::Array(_, x) | Type::Chan(_, x) => m(*x),
            Type::Map(k, v) => m(*k) || m(*v),
            Type::Struct(fs) => fs.iter().any(|f| m(f.ty)),
            Type::Func(s) => s.params.iter().chain(&s.results).any(|x| m(*x)),
            Type::Interface(ms) => ms.iter().any(|x| m(x.sig)),
            Type::Tuple(ts) => ts.iter().any(|x| m(*x)),
            Type::Named(n) => self.t().named[*n as usize].origin.as_ref().is_some_and(|(_, a)| a.iter().any(|x| m(*x))),
            Type::Constraint(ts) => ts.methods.iter().any(|x| m(x.sig)) || ts.terms.iter().flatten().any(|x| m(x.ty)),
            _ => false,
        }
    }

    /// Whether some type in `ts` mentions a type parameter (of any declaration).
    pub(super) fn has_params_any(&self, ts: &[TypeId]) -> bool {
        ts.iter().any(|t| self.has_param(*t, 0))
    }

    fn has_param(&self, t: TypeId, depth: u32) -> bool {
        if depth > 32 {
            return false;
        }
        let m = |x: TypeId| self.has_param(x, depth + 1);
        match self.t().get(t) {
            Type::Param(_) => true,
            Type::Pointer(x) | Type::Slice(x) | Type::Array(_, x) | Type::Chan(_, x) => m(*x),
            Type::Map(k, v) => m(*k) || m(*v),
            Type::Struct(fs) => fs.iter().any(|f| m(f.ty)),
            Type::Func(s) => s.params.iter().chain(&s.results).any(|x| m(*x)),
            Type::Tuple(ts) => ts.iter().any(|x| m(*x)),
            Type::Named(n) => self.t().named[*n as usize].origin.as_ref().is_some_and(|(_, a)| a.iter().any(|x| m(*x))),
            _ => false,
        }
    }

    /// `t` with `params` replaced by `args` (instances of generic types made as needed).
    pub(super) fn subst(&mut self, t: TypeId, params: &[TypeId], args: &[TypeId], depth: u32) -> TypeId {
        if depth > 32 {
            return t;
        }
        if let Some(k) = params.iter().position(|p| *p == t) {
            return args[k];
        }
        if !self.mentions(t, params, 0) {
            return t;
        }
        let d = depth + 1;
        let ty = match self.t().get(t).clone() {
            Type::Pointer(x) => Type::Pointer(self.subst(x, params, args, d)),
            Type::Slice(x) => Type::Slice(self.subst(x, params, args, d)),
            Type::Array(n, x) => Type::Array(n, self.subst(x, params, args, d)),
            Type::Chan(dir, x) => Type::Chan(dir, self.subst(x, params, args, d)),
            Type::Map(k, v) => Type::Map(self.subst(k, params, args, d), self.subst(v, params, args, d)),
            Type::Struct(fs) => Type::Struct(fs.into_iter().map(|f| StructField { ty: self.subst(f.ty, params, args, d), ..f }).collect()),
            Type::Func(s) => Type::Func(Signature {
                params: s.params.iter().map(|x| self.subst(*x, params, args, d)).collect(),
                results: s.results.iter().map(|x| self.subst(*x, params, args, d)).collect(),
                variadic: s.variadic,
            }),
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(|x| self.subst(*x, params, args, d)).collect()),
            Type::Interface(ms) => Type::Interface(ms.into_iter().map(|m| Method { sig: self.subst(m.sig, params, args, d), ..m }).collect()),
            Type::Constraint(ts) => Type::Constraint(TypeSet {
                methods: ts.methods.into_iter().map(|m| Method { sig: self.subst(m.sig, params, args, d), ..m }).collect(),
                terms: ts.terms.map(|list| list.into_iter().map(|x| Term { tilde: x.tilde, ty: self.subst(x.ty, params, args, d) }).collect()),
                comparable: ts.comparable,
            }),
            Type::Named(n) => {
                let Some((g, a)) = self.t().named[n as usize].origin.clone() else { return t };
                let a: Vec<TypeId> = a.iter().map(|x| self.subst(*x, params, args, d)).collect();
                let pos = self.info.objects[g as usize].pos;
                return self.instantiate_type(g, a, pos);
            }
            _ => return t,
        };
        self.info.types.intern(ty)
    }

    /// Whether `targs` satisfy the constraints of `gs`; reports gc's error for the first
    /// that does not (at its explicit type argument, else at `pos`).
    pub(super) fn satisfied(&mut self, gs: &GenericSig, targs: &[TypeId], at: Vec<Pos>, pos: Pos) -> bool {
        for (k, &t) in targs.iter().enumerate() {
            let c = self.subst(gs.constraints[k], &gs.params, targs, 0);
            if let Some(why) = self.unsatisfied(t, c) {
                let p = at.get(k).copied().unwrap_or(pos);
                self.error(p, why);
                return false;
            }
        }
        true
    }
}
