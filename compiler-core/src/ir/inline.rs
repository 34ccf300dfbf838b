//! Inlining of leaf functions whose body is one expression of their parameters (the
//! runtime's memory accessors such as `ld32(p, off)`): a call with simple arguments becomes
//! the expression itself, so `ld32(c, 4)` is one `i32.load offset=4`. Functions left without
//! calls disappear through dead-code elimination.

use super::{Expr as E, FuncRef, Module, Stmt as S};

enum Leaf {
    Value(E, bool),
    Store(super::Mem, E, E, bool),
}

/// Whether the body reads each parameter exactly once, in order: then any arguments may be
/// substituted (they are still evaluated once, in the same order).
fn linear(es: &[&E], nparams: usize) -> bool {
    let mut reads = Vec::new();
    for e in es {
        reads_of(e, &mut reads);
    }
    reads == (0..nparams as u32).collect::<Vec<_>>()
}

fn reads_of(e: &E, out: &mut Vec<u32>) {
    match e {
        E::Local(l) => out.push(*l),
        E::Un(_, _, x) | E::Conv(_, x) | E::Load(_, x) => reads_of(x, out),
        E::Bin(_, _, x, y) => {
            reads_of(x, out);
            reads_of(y, out);
        }
        _ => {}
    }
}

/// Inlines every call of a leaf function whose arguments are locals or constants.
pub fn inline_leaves(m: &mut Module) {
    let leaves: Vec<Option<Leaf>> = m.funcs.iter().map(leaf_of).collect();
    for f in &mut m.funcs {
        let body = std::mem::take(&mut f.body);
        f.body = body.into_iter().map(|s| stmt(s, &leaves)).collect();
    }
}

fn leaf_of(f: &super::Func) -> Option<Leaf> {
    if !f.locals.is_empty() {
        return None;
    }
    let body: Vec<&S> = f.body.iter().filter(|s| !matches!(s, S::Line(_))).collect();
    match body.as_slice() {
        [S::Return(es)] if es.len() == 1 && pure(&es[0]) => Some(Leaf::Value(es[0].clone(), linear(&[&es[0]], f.params.len()))),
        [S::Store(m, a, v)] if f.results.is_empty() && pure(a) && pure(v) => Some(Leaf::Store(*m, a.clone(), v.clone(), linear(&[a, v], f.params.len()))),
        _ => None,
    }
}

/// No calls, no side effects: safe to evaluate with parameters substituted.
fn pure(e: &E) -> bool {
    match e {
        E::I32(_) | E::I64(_) | E::F32(_) | E::F64(_) | E::Local(_) | E::Data(_) => true,
        E::Un(_, _, x) | E::Conv(_, x) | E::Load(_, x) => pure(x),
        E::Bin(_, _, x, y) => pure(x) && pure(y),
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
        E::Bin(o, t, x, y) => fold(E::Bin(*o, *t, Box::new(subst(x, args)), Box::new(subst(y, args)))),
        e => e.clone(),
    }
}

/// `x + 0` → `x`, so an inlined access at offset 0 needs no add.
fn fold(e: E) -> E {
    match e {
        E::Bin(super::BinOp::Add, _, x, y) if matches!(*y, E::I32(0)) => *x,
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

fn stmt(s: S, lv: &[Option<Leaf>]) -> S {
    match s {
        S::Drop(E::Call(f, args), 0) => {
            let args: Vec<E> = args.into_iter().map(|a| expr(a, lv)).collect();
            match target(&f, &args, lv) {
                Some(Leaf::Store(m, a, v, _)) => S::Store(*m, subst(a, &args), subst(v, &args)),
                _ => S::Drop(E::Call(f, args), 0),
            }
        }
        S::Set(l, e) => S::Set(l, expr(e, lv)),
        S::SetGlobal(g, e) => S::SetGlobal(g, expr(e, lv)),
        S::SetMulti(ls, e) => S::SetMulti(ls, expr(e, lv)),
        S::Store(m, a, v) => S::Store(m, expr(a, lv), expr(v, lv)),
        S::Drop(e, n) => S::Drop(expr(e, lv), n),
        S::If(c, a, b) => S::If(expr(c, lv), a.into_iter().map(|s| stmt(s, lv)).collect(), b.into_iter().map(|s| stmt(s, lv)).collect()),
        S::Block(l, b) => S::Block(l, b.into_iter().map(|s| stmt(s, lv)).collect()),
        S::Loop(l, b) => S::Loop(l, b.into_iter().map(|s| stmt(s, lv)).collect()),
        S::Return(es) => S::Return(es.into_iter().map(|e| expr(e, lv)).collect()),
        S::BrTable(ls, d, e) => S::BrTable(ls, d, expr(e, lv)),
        s => s,
    }
}

fn expr(e: E, lv: &[Option<Leaf>]) -> E {
    let bx = |x: Box<E>| Box::new(expr(*x, lv));
    match e {
        E::Call(f, args) => {
            let args: Vec<E> = args.into_iter().map(|a| expr(a, lv)).collect();
            match target(&f, &args, lv) {
                Some(Leaf::Value(v, _)) => subst(v, &args),
                _ => E::Call(f, args),
            }
        }
        E::Un(o, t, x) => E::Un(o, t, bx(x)),
        E::Conv(c, x) => E::Conv(c, bx(x)),
        E::Load(m, x) => E::Load(m, bx(x)),
        E::MemoryGrow(x) => E::MemoryGrow(bx(x)),
        E::Bin(o, t, x, y) => E::Bin(o, t, bx(x), bx(y)),
        E::Select(x, y, z) => E::Select(bx(x), bx(y), bx(z)),
        E::If(t, c, a, b) => E::If(t, bx(c), bx(a), bx(b)),
        E::Seq(ss, x) => E::Seq(ss.into_iter().map(|s| stmt(s, lv)).collect(), bx(x)),
        E::CallIndirect { params, results, callee, args } => {
            E::CallIndirect { params, results, callee: bx(callee), args: args.into_iter().map(|a| expr(a, lv)).collect() }
        }
        e => e,
    }
}
