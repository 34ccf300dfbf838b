//! Inlining of leaf functions whose body is one expression of their parameters (the
//! runtime's memory accessors such as `ld32(p, off)`): a call with simple arguments becomes
//! the expression itself, so `ld32(c, 4)` is one `i32.load offset=4`. Functions left without
//! calls disappear through dead-code elimination.

use super::{Expr as E, FuncRef, Module, Stmt as S};

enum Leaf {
    Value(E, bool),
    Store(super::Mem, E, E, bool),
}

/// Calls `read` with each local `e` reads, in order.
fn reads_of(e: &E, read: &mut impl FnMut(u32)) {
    match e {
        E::Local(l) => read(*l),
        E::Un(_, _, x) | E::Conv(_, x) | E::Load(_, x) => reads_of(x, read),
        E::Bin(_, _, xy) => xy.iter().for_each(|x| reads_of(x, read)),
        _ => {}
    }
}

/// Inlines every call of a leaf function whose arguments are locals or constants, marking
/// the functions it changed in `changed`. `calls` (callee, caller) holds every direct call
/// of the module, and maybe more: only the callers of leaves are searched.
pub fn inline_leaves(m: &mut Module, changed: &mut [bool], calls: &[(u32, u32)]) {
    let leaves: Vec<Option<Leaf>> = m.funcs.iter().map(leaf_of).collect();
    let mut search = vec![false; m.funcs.len()];
    for &(callee, caller) in calls {
        if let (Some(Some(_)), Some(s)) = (leaves.get(callee as usize), search.get_mut(caller as usize)) {
            *s = true;
        }
    }
    // A leaf calls nothing, nor does an empty body: their bodies stay shared.
    let calls_leaf = search.iter().zip(&leaves).map(|(s, l)| *s && l.is_none());
    for ((f, c), _) in m.funcs.iter_mut().zip(changed).zip(calls_leaf).filter(|((f, _), s)| *s && !f.body.is_empty()) {
        let mut n = 0;
        f.body.iter_mut().for_each(|s| stmt(s, &leaves, &mut n));
        *c |= n > 0;
    }
}

/// Whether calls of `f` are inlined (as it is now).
pub fn is_leaf(f: &super::Func) -> bool {
    leaf_stmt(f).is_some()
}

fn leaf_of(f: &super::Func) -> Option<Leaf> {
    match leaf_stmt(f)? {
        (S::Return(es), linear) => Some(Leaf::Value(es[0].clone(), linear)),
        (S::Store(m, a, v), linear) => Some(Leaf::Store(*m, a.clone(), v.clone(), linear)),
        _ => None,
    }
}

/// A leaf's statement, and whether it reads each parameter exactly once, in order: then any
/// arguments may be substituted (they are still evaluated once, in the same order). A leaf
/// reads only its parameters (temporaries the simplification forwarded may be left
/// declared, unread).
fn leaf_stmt(f: &super::Func) -> Option<(&S, bool)> {
    // One statement besides line markers: found without collecting the body.
    let mut body = f.body.iter().filter(|s| !matches!(s, S::Line(_)));
    let (Some(only), None) = (body.next(), body.next()) else {
        return None;
    };
    let (first, second) = match only {
        S::Return(es) if es.len() == 1 && pure(&es[0]) => (&es[0], None),
        S::Store(_, a, v) if f.results.is_empty() && pure(a) && pure(v) => (a, Some(v)),
        _ => return None,
    };
    let n = f.params.len();
    let (mut params, mut next, mut linear) = (true, 0usize, true);
    std::iter::once(first).chain(second).for_each(|e| {
        reads_of(e, &mut |l| {
            params &= (l as usize) < n;
            linear &= l as usize == next;
            next += 1;
        })
    });
    params.then_some((only, linear && next == n))
}

/// No calls, no side effects: safe to evaluate with parameters substituted.
fn pure(e: &E) -> bool {
    match e {
        E::I32(_) | E::I64(_) | E::F32(_) | E::F64(_) | E::Local(_) | E::Data(_) | E::HeapBase => true,
        E::Un(_, _, x) | E::Conv(_, x) | E::Load(_, x) => pure(x),
        E::Bin(_, _, xy) => xy.iter().all(pure),
        _ => false,
    }
}

fn simple(e: &E) -> bool {
    matches!(e, E::I32(_) | E::I64(_) | E::F32(_) | E::F64(_) | E::Local(_) | E::Data(_) | E::Global(_))
}

fn subst(e: &E, args: &[E]) -> E {
    match e {
        E::Local(l) => args.get(*l as usize).cloned().unwrap_or(E::I32(0)),
        E::Un(o, t, x) => E::Un(*o, *t, Box::new(subst(x, args))),
        E::Conv(c, x) => E::Conv(*c, Box::new(subst(x, args))),
        E::Load(m, x) => E::Load(*m, Box::new(subst(x, args))),
        E::Bin(o, t, xy) => fold(E::bin(*o, *t, subst(&xy[0], args), subst(&xy[1], args))),
        e => e.clone(),
    }
}

/// `x + 0` → `x`, so an inlined access at offset 0 needs no add.
fn fold(e: E) -> E {
    match e {
        E::Bin(super::BinOp::Add, _, xy) if matches!(xy[1], E::I32(0)) => {
            let [x, _] = *xy;
            x
        }
        e => e,
    }
}

fn target<'a>(f: &FuncRef, args: &[E], leaves: &'a [Option<Leaf>]) -> Option<&'a Leaf> {
    let FuncRef::Func(i) = f else { return None };
    let leaf = leaves.get(*i as usize)?.as_ref()?;
    let any_args = match leaf {
        Leaf::Value(_, l) | Leaf::Store(_, _, _, l) => *l,
    };
    (any_args || args.iter().all(simple)).then_some(leaf)
}

/// In place: rebuilding every statement and box of the module cost more than the inlining.
/// `n` counts the calls inlined.
fn stmt(s: &mut S, lv: &[Option<Leaf>], n: &mut u32) {
    match s {
        S::Drop(E::Call(f, args), 0) => {
            args.iter_mut().for_each(|a| expr(a, lv, n));
            if let Some(Leaf::Store(m, a, v, _)) = target(f, args, lv) {
                *s = S::Store(*m, subst(a, args), subst(v, args));
                *n += 1;
            }
        }
        s => {
            s.each_expr_mut(|e| expr(e, lv, n));
            s.each_body_mut(|b| b.iter_mut().for_each(|s| stmt(s, lv, n)));
        }
    }
}

fn expr(e: &mut E, lv: &[Option<Leaf>], n: &mut u32) {
    if let E::Seq(ss, _) = e {
        ss.iter_mut().for_each(|s| stmt(s, lv, n));
    }
    e.each_child_mut(|x| expr(x, lv, n));
    if let E::Call(f, args) = e {
        if let Some(Leaf::Value(v, _)) = target(f, args, lv) {
            *e = subst(v, args);
            *n += 1;
        }
    }
}
