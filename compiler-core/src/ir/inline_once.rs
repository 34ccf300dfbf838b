//! Inlining of functions called from one place. A function called once, directly (never
//! through the table, nor by codegen or the host), from a statement (`f(...)`, `x = f(...)`,
//! `return f(...)`, `if f(...) {`) costs its own header, signature and argument passing; spliced into its
//! caller as a block it costs none of them. pdqsort's helpers are each called once.
//!
//! The callee's parameters and locals become the caller's, its labels are renumbered past
//! the caller's, and each `return` sets the result locals and leaves the block. Its locals
//! that may be read before written are zeroed first (a Wasm local starts zeroed only once
//! per call). Left alone: functions with shadow-stack frames or roots, step-budget ticks, the
//! resumable transform's goroutine frames, and callers with frames; `Line` statements of the
//! callee go (the caller's line stays the one its goroutine dump shows).

use super::{max_label, visit_exprs, zero, Expr as E, Func, FuncRef, Label, Local, Module, Reloc, Stmt as S};

/// Locals a caller may reach by splicing: well under the 50,000 that engines accept in one
/// function (`codegen/locals.rs`).
const MAX_LOCALS: usize = 10_000;

/// Splices each function called once into its caller; marks the callers changed.
pub fn inline_once(m: &mut Module) -> Vec<bool> {
    let n = m.funcs.len();
    let mut changed = vec![false; n];
    let (calls, mut callers, direct_only) = uses(m);
    let frames = |f: &Func| m.gsp_global.is_some_and(|g| reads_global(&f.body, g)) || !plain(&f.body);
    let mut skip: Vec<bool> = m.funcs.iter().map(frames).collect();
    for f in 0..n {
        if calls[f] != 1 || !direct_only[f] || skip[f] || returns_in_seq(&m.funcs[f].body) {
            continue;
        }
        let [g] = callers[f][..] else { continue };
        let g = g as usize;
        let size = |h: &Func| h.params.len() + h.locals.len();
        if g == f || skip[g] || size(&m.funcs[g]) + size(&m.funcs[f]) + m.funcs[f].results.len() > MAX_LOCALS {
            continue;
        }
        let callee = m.funcs[f].clone();
        let caller = &mut m.funcs[g];
        if !splice(caller, f as u32, &callee) {
            continue;
        }
        changed[g] = true;
        // Its calls are the caller's now; it is left unreachable.
        for c in callers.iter_mut() {
            if let Some(x) = c.iter_mut().find(|x| **x == f as u32) {
                *x = g as u32;
            }
        }
        let dead = &mut m.funcs[f];
        dead.body = vec![S::Unreachable];
        dead.locals.clear();
        skip[f] = true;
    }
    changed
}

/// Replaces the one call of `f` in `caller` by `callee`'s body; false when the call is not
/// a statement of a form it takes.
fn splice(caller: &mut Func, f: u32, callee: &Func) -> bool {
    let base = (caller.params.len() + caller.locals.len()) as Local;
    let off = max_label(&caller.body) + 1;
    let exit = off + max_label(&callee.body) + 1;
    let mut done = false;
    let mut results: Vec<Local> = Vec::new();
    let mut new_locals: Vec<_> = callee.params.iter().chain(&callee.locals).copied().collect();
    for t in &callee.results {
        results.push(base + new_locals.len() as Local);
        new_locals.push(*t);
    }
    let mut at = |ss: &mut Vec<S>, in_loop: bool| -> bool {
        let Some(i) = ss.iter().position(|s| call_stmt(s, f).is_some()) else { return false };
        let args = call_stmt(&ss[i], f).map(|a| a.to_vec()).unwrap_or_default();
        let mut block: Vec<S> = args.into_iter().enumerate().map(|(p, a)| S::Set(base + p as Local, a)).collect();
        let np = callee.params.len();
        if in_loop {
            let mut assigned = vec![false; np + callee.locals.len()];
            assigned[..np].iter_mut().for_each(|a| *a = true);
            let mut zeroed = vec![false; assigned.len()];
            first_reads(&callee.body, &mut assigned, &mut zeroed);
            for (l, _) in zeroed.iter().enumerate().filter(|(_, z)| **z) {
                block.push(S::Set(base + l as Local, zero(callee.locals[l - np])));
            }
        }
        let mut body = callee.body.clone();
        let last_return = matches!(body.last(), Some(S::Return(_)));
        rewrite(&mut body, base, off, exit, &results);
        if last_return {
            // The final `br` to the block's own end is not needed.
            if let Some(S::Br(l)) = body.last() {
                if *l == exit {
                    body.pop();
                }
            }
        } else if !callee.results.is_empty() {
            body.push(S::Unreachable);
        }
        block.extend(body);
        let mut out = vec![S::Block(exit, block)];
        match &ss[i] {
            S::Set(l, _) => out.push(S::Set(*l, E::Local(results[0]))),
            S::SetMulti(ls, _) => out.extend(ls.iter().zip(&results).map(|(l, r)| S::Set(*l, E::Local(*r)))),
            S::Return(_) => out.push(S::Return(results.iter().map(|r| E::Local(*r)).collect())),
            S::If(_, a, b) => out.push(S::If(E::Local(results[0]), a.clone(), b.clone())),
            _ => {}
        }
        ss.splice(i..=i, out);
        true
    };
    find(&mut caller.body, false, &mut at, &mut done);
    if done {
        caller.locals.extend(new_locals);
    }
    done
}

/// Applies `at` to the statement lists of `ss`, nested ones included, until it succeeds.
fn find(ss: &mut Vec<S>, in_loop: bool, at: &mut impl FnMut(&mut Vec<S>, bool) -> bool, done: &mut bool) {
    if *done {
        return;
    }
    if at(ss, in_loop) {
        *done = true;
        return;
    }
    for s in ss.iter_mut() {
        let l = in_loop || matches!(s, S::Loop(..));
        s.each_body_mut(|b| find(b, l, at, done));
        if *done {
            return;
        }
    }
}

/// The arguments of a statement that calls `f` in a form `splice` takes.
fn call_stmt(s: &S, f: u32) -> Option<&[E]> {
    let call = match s {
        S::Drop(e, _) | S::Set(_, e) | S::SetMulti(_, e) => e,
        S::Return(es) if es.len() == 1 => &es[0],
        S::If(c, ..) => c,
        _ => return None,
    };
    match call {
        E::Call(FuncRef::Func(g), args) if *g == f => Some(args),
        _ => None,
    }
}

/// Renumbers locals and labels of an inlined body; a `return` sets the results and leaves.
fn rewrite(ss: &mut Vec<S>, base: Local, off: Label, exit: Label, results: &[Local]) {
    let mut i = 0;
    while i < ss.len() {
        let s = &mut ss[i];
        s.each_expr_mut(|e| expr(e, base, off));
        match s {
            S::Set(l, _) => *l += base,
            S::SetMulti(ls, _) => ls.iter_mut().for_each(|l| *l += base),
            S::Block(l, _) | S::Loop(l, _) | S::Br(l) => *l += off,
            S::BrTable(ls, d, _) => {
                ls.iter_mut().for_each(|l| *l += off);
                *d += off;
            }
            _ => {}
        }
        s.each_body_mut(|b| rewrite(b, base, off, exit, results));
        match s {
            S::Return(es) => {
                let es = std::mem::take(es);
                let mut out: Vec<S> = if es.len() == results.len() {
                    results.iter().zip(es).map(|(r, e)| S::Set(*r, e)).collect()
                } else {
                    es.into_iter().map(|e| S::SetMulti(results.to_vec(), e)).collect()
                };
                out.push(S::Br(exit));
                let n = out.len();
                ss.splice(i..=i, out);
                i += n;
            }
            S::Line(_) => {
                ss.remove(i);
            }
            _ => i += 1,
        }
    }
}

fn expr(e: &mut E, base: Local, off: Label) {
    match e {
        E::Local(l) => *l += base,
        E::Seq(ss, _) => rewrite_seq(ss, base, off),
        _ => {}
    }
    e.each_child_mut(|x| expr(x, base, off));
}

/// A statement list inside an expression: renumbered (it holds no `return`).
fn rewrite_seq(ss: &mut Vec<S>, base: Local, off: Label) {
    rewrite(ss, base, off, 0, &[]);
}

/// Marks in `zeroed` the locals that may be read before they are written, walking in
/// evaluation order; `assigned` holds those written on every path so far.
fn first_reads(ss: &[S], assigned: &mut Vec<bool>, zeroed: &mut Vec<bool>) {
    for s in ss {
        s.each_expr(|e| reads(e, assigned, zeroed));
        match s {
            S::Set(l, _) => set(assigned, *l),
            S::SetMulti(ls, _) => ls.iter().for_each(|l| set(assigned, *l)),
            // A nested list may not run (or may leave early): what it writes counts inside it.
            S::If(_, a, b) => {
                for list in [a, b] {
                    first_reads(list, &mut assigned.clone(), zeroed);
                }
            }
            S::Block(_, b) | S::Loop(_, b) => first_reads(b, &mut assigned.clone(), zeroed),
            _ => {}
        }
    }
}

fn set(assigned: &mut [bool], l: Local) {
    if let Some(a) = assigned.get_mut(l as usize) {
        *a = true;
    }
}

fn reads(e: &E, assigned: &mut Vec<bool>, zeroed: &mut Vec<bool>) {
    match e {
        E::Local(l) => {
            if assigned.get(*l as usize) == Some(&false) {
                zeroed[*l as usize] = true;
            }
        }
        E::Seq(ss, v) => {
            first_reads(ss, assigned, zeroed);
            reads(v, assigned, zeroed);
        }
        E::If(_, c, a, b) => {
            reads(c, assigned, zeroed);
            for x in [a, b] {
                let mut inner = assigned.clone();
                reads(x, &mut inner, zeroed);
            }
        }
        e => e.each_child(|x| reads(x, assigned, zeroed)),
    }
}

/// No shadow-stack frames, roots or ticks.
fn plain(ss: &[S]) -> bool {
    let mut ok = true;
    for s in ss {
        match s {
            S::Frame { .. } | S::FrameReset { .. } | S::FramePop(_) | S::Root { .. } | S::GlobalRoot { .. } | S::PushRoot(_) | S::StackInit | S::Tick => return false,
            _ => {}
        }
        s.each_expr(|e| ok = ok && plain_expr(e));
        ok = ok && s.bodies().all(|b| plain(std::slice::from_ref(b)));
    }
    ok
}

fn plain_expr(e: &E) -> bool {
    let own = if let E::Seq(ss, _) = e { plain(ss) } else { true };
    own && e.children().all(plain_expr)
}

fn reads_global(ss: &[S], g: u32) -> bool {
    let mut found = false;
    super::visit_exprs(ss, &mut |e| found = found || matches!(e, E::Global(x) if *x == g));
    fn sets(ss: &[S], g: u32) -> bool {
        ss.iter().any(|s| matches!(s, S::SetGlobal(x, _) if *x == g) || s.bodies().any(|b| sets(std::slice::from_ref(b), g)))
    }
    found || sets(ss, g)
}

/// Whether a `return` sits inside an expression's statements (a block cannot be left from
/// there the same way).
fn returns_in_seq(ss: &[S]) -> bool {
    let mut found = false;
    super::visit_exprs(ss, &mut |e| {
        if let E::Seq(inner, _) = e {
            found = found || has_return(inner);
        }
    });
    found
}

fn has_return(ss: &[S]) -> bool {
    ss.iter().any(|s| matches!(s, S::Return(_)) || s.bodies().any(|b| has_return(std::slice::from_ref(b))))
}

/// For each function: how many direct calls it has, which functions make them, and whether
/// those are its only uses (no table entry, export, or call by codegen).
fn uses(m: &Module) -> (Vec<usize>, Vec<Vec<u32>>, Vec<bool>) {
    let n = m.funcs.len();
    let mut calls = vec![0usize; n];
    let mut callers: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut direct_only = vec![true; n];
    let other = |f: &FuncRef, direct_only: &mut Vec<bool>| {
        if let FuncRef::Func(i) = f {
            direct_only[*i as usize] = false;
        }
    };
    for (g, func) in m.funcs.iter().enumerate() {
        visit_exprs(&func.body, &mut |e| match e {
            E::Call(FuncRef::Func(f), _) => {
                calls[*f as usize] += 1;
                if callers[*f as usize].last() != Some(&(g as u32)) {
                    callers[*f as usize].push(g as u32);
                }
            }
            E::FuncAddr(f) => other(f, &mut direct_only),
            _ => {}
        });
    }
    for (_, _, r) in &m.relocs {
        if let Reloc::Func(f) = r {
            other(f, &mut direct_only);
        }
    }
    let c = &m.checks;
    let special = [m.budget_exceeded, m.malloc, m.stack_overflow, m.dyn_method, c.panic_index, c.panic_slice, c.panic_nil];
    for f in m.exports.iter().map(|(_, f)| Some(*f)).chain(special) {
        if let Some(f) = f {
            other(&f, &mut direct_only);
        }
    }
    for &f in &m.closures {
        direct_only[f as usize] = false;
    }
    (calls, callers, direct_only)
}
