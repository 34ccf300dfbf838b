//! Nil checks of parameters that every caller passes non-nil. A function called only
//! directly (never through the table, nor by codegen or the host) whose every call passes a
//! pointer known non-zero there (a static object's address, a data address, a pointer
//! already checked, or a parameter of the same kind) cannot receive nil: its checks of that
//! parameter go. pdqsort's `(*xorshift).Next` is called on a static object's address, and
//! `order2`'s `swaps` is `&swaps` passed down three calls.
//!
//! The facts at each call come from the guard pass's walk (`checks.rs`), which knows what
//! its locals hold. Optimistic: the parameters in question are first assumed non-zero, then
//! dropped until every call of each remaining one passes a non-zero value under the
//! assumption.

use std::collections::HashMap;

use super::checks::{Arg, Guards};
use super::{visit_exprs, Expr as E, FuncRef, Local, Module, Reloc, Stmt as S, UnOp, ValType};

/// Rounds of the fixed point before giving up (each walks the callers of the functions in
/// question); parameters passed on join the question only in the first `GROW_ROUNDS`.
const MAX_ROUNDS: usize = 12;
const GROW_ROUNDS: usize = 4;

/// Removes the nil checks of parameters that cannot be nil.
pub fn drop_checks(m: &mut Module) {
    let n = m.funcs.len();
    let (calls, callers, direct_only) = uses(m);
    // Parameters in question: (function, parameter) → assumed non-zero.
    let mut assumed: HashMap<(u32, Local), bool> = HashMap::new();
    for (f, func) in m.funcs.iter().enumerate() {
        if direct_only[f] && calls[f] > 0 {
            checked_params(&func.body, func.params.len(), &mut |p| {
                if func.params[p as usize] == ValType::I32 {
                    assumed.insert((f as u32, p), true);
                }
            });
        }
    }
    if assumed.is_empty() {
        return;
    }
    let mut guards = Guards::default();
    let mut sites = Vec::new();
    let mut rounds = 0;
    loop {
        rounds += 1;
        if rounds > MAX_ROUNDS {
            return;
        }
        // Every call of each function in question, with its arguments' facts.
        let mut wanted = vec![false; n];
        assumed.iter().filter(|(_, v)| **v).for_each(|((f, _), _)| wanted[*f as usize] = true);
        let mut by_callee: HashMap<u32, Vec<Vec<Arg>>> = HashMap::new();
        let mut walk: Vec<u32> = assumed.iter().filter(|(_, v)| **v).flat_map(|((f, _), _)| callers[*f as usize].iter().copied()).collect();
        walk.sort_unstable();
        walk.dedup();
        let mut grown = false;
        let seeds = seeds_of(&assumed, n);
        for &g in &walk {
            let body = &mut m.funcs[g as usize].body;
            guards.dedupe_from(body, &seeds[g as usize], Some(&mut sites));
            for (f, args) in sites.drain(..) {
                if !wanted[f as usize] {
                    continue;
                }
                // A parameter passed on as another's: in question too.
                for (p, &(known, local)) in args.iter().enumerate() {
                    if known | !assumed.get(&(f, p as Local)).copied().unwrap_or(false) {
                        continue;
                    }
                    if let Some(q) = local {
                        let np = m.funcs[g as usize].params.len() as Local;
                        if rounds <= GROW_ROUNDS && q < np && direct_only[g as usize] && calls[g as usize] > 0 && m.funcs[g as usize].params[q as usize] == ValType::I32 && !assumed.contains_key(&(g, q)) {
                            assumed.insert((g, q), true);
                            grown = true;
                        }
                    }
                }
                by_callee.entry(f).or_default().push(args);
            }
        }
        if grown {
            continue;
        }
        let mut changed = false;
        for ((f, p), v) in assumed.iter_mut().filter(|(_, v)| **v) {
            let seen = by_callee.get(f).map_or(&[][..], |v| v.as_slice());
            let ok = seen.len() == calls[*f as usize] && seen.iter().all(|a| a.get(*p as usize).is_some_and(|x| x.0));
            if !ok {
                *v = false;
                changed = true;
            }
        }
        // (Dropped ones stay in the table, false: they are not assumed again.)
        if !changed {
            break;
        }
    }
    for (f, seeds) in seeds_of(&assumed, n).iter().enumerate().filter(|(_, s)| !s.is_empty()) {
        guards.dedupe_from(&mut m.funcs[f].body, seeds, None);
    }
}

/// The parameters assumed non-zero, by function (sorted).
fn seeds_of(assumed: &HashMap<(u32, Local), bool>, n: usize) -> Vec<Vec<Local>> {
    let mut s: Vec<Vec<Local>> = vec![Vec::new(); n];
    for ((f, p), _) in assumed.iter().filter(|(_, v)| **v) {
        s[*f as usize].push(*p);
    }
    s.iter_mut().for_each(|v| v.sort_unstable());
    s
}

/// Calls `f` on each parameter `p` a guard of `body` tests for zero (`eqz p`).
fn checked_params(body: &[S], np: usize, f: &mut impl FnMut(Local)) {
    for s in body {
        if let S::If(E::Un(UnOp::Eqz, ValType::I32, x), ..) = s {
            if let E::Local(p) = **x {
                if (p as usize) < np {
                    f(p);
                }
            }
        }
        s.bodies().for_each(|b| checked_params(std::slice::from_ref(b), np, f));
    }
}

/// For each function: how many direct calls it has, which functions make them, and whether
/// those are its only uses (no table entry, export, or call by codegen).
pub(super) fn uses(m: &Module) -> (Vec<usize>, Vec<Vec<u32>>, Vec<bool>) {
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
