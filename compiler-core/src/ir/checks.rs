//! Redundant guards removed. A guard is an `if` whose arm only leaves (a bounds or nil
//! check's trap, a loop's exit); past it, its condition is known false. A later guard whose
//! condition is known false can never fire and goes: `data[j], data[j-1] = data[j-1],
//! data[j]` after `data[j] < data[j-1]` checks each index once, and a pointer is checked for
//! nil once until it changes.
//!
//! Conditions are compared over locals: a local written with a pure value (a copy, `j - 1`,
//! a zero-extended length) stands for that value, so the lowering's temporaries compare
//! equal to what they copy. A write to a local forgets what mentioned it; a nested body
//! keeps the facts from before it whose locals it does not write, and what it learns stays
//! inside it. Facts also come from a guard whose condition is a short-circuit `&&`: past a
//! loop's `for j > a && less(data[j], data[j-1])` exit, both operands held, and the checks
//! inside the second ran.

use super::simplify::invert;
use super::{Expr as E, Local, Stmt as S, UnOp};

/// Canonical values larger than this are not tracked (they would only grow along chains).
const MAX_NODES: usize = 24;

/// Values and facts kept at once, the oldest forgotten first: keeps the pass linear in
/// functions of many statements.
const MAX_KEPT: usize = 64;

/// Removes the guards of `body` that can never fire; whether it removed any.
pub fn dedupe(body: &mut Vec<S>) -> bool {
    let mut changed = false;
    list(body, &mut State::default(), &mut changed);
    changed
}

#[derive(Clone, Default)]
struct State {
    /// Locals holding a known value, in canonical form.
    defs: Vec<(Local, E)>,
    /// Canonical conditions and their known truth.
    facts: Vec<(E, bool)>,
}

impl State {
    fn canon(&self, e: &E) -> Option<E> {
        let c = self.canon_rec(e, &mut MAX_NODES.clone())?;
        (nodes(&c) <= MAX_NODES).then_some(c)
    }

    /// `budget`: the operators left to visit, so deep expressions stop early.
    fn canon_rec(&self, e: &E, budget: &mut usize) -> Option<E> {
        *budget = budget.checked_sub(1)?;
        Some(match e {
            E::I32(_) | E::I64(_) => e.clone(),
            E::Local(l) => self.defs.iter().rev().find(|(d, _)| d == l).map_or(E::Local(*l), |(_, v)| v.clone()),
            E::Un(op, t, x) => E::Un(*op, *t, Box::new(self.canon_rec(x, budget)?)),
            E::Bin(op, t, x, y) => E::Bin(*op, *t, Box::new(self.canon_rec(x, budget)?), Box::new(self.canon_rec(y, budget)?)),
            E::Conv(c, x) => E::Conv(*c, Box::new(self.canon_rec(x, budget)?)),
            _ => return None,
        })
    }

    fn known(&self, k: &E) -> Option<bool> {
        self.facts.iter().find(|(c, _)| c == k).map(|(_, t)| *t)
    }

    /// Forgets what mentions `l` (it is written).
    fn kill(&mut self, l: Local) {
        self.defs.retain(|(d, v)| *d != l && !mentions(v, l));
        self.facts.retain(|(c, _)| !mentions(c, l));
    }

    fn set(&mut self, l: Local, e: &E) {
        let v = self.canon(e);
        self.kill(l);
        if let Some(v) = v.filter(|v| !mentions(v, l)) {
            if self.defs.len() == MAX_KEPT {
                self.defs.remove(0);
            }
            self.defs.push((l, v));
        }
    }

    /// Records that `c` evaluated to `truth` (nonzero for true).
    fn learn(&mut self, c: &E, truth: bool) {
        match (c, truth) {
            (E::Un(UnOp::Eqz, _, x), _) => return self.learn(x, !truth),
            // `a && b` held: so did a, and b's statements ran.
            (E::If(_, a, b, z), true) if matches!(**z, E::I32(0)) => {
                self.learn(a, true);
                if let E::Seq(ss, v) = &**b {
                    list(&mut ss.clone(), self, &mut false);
                    self.learn(v, true);
                } else {
                    self.learn(b, true);
                }
                return;
            }
            _ => {}
        }
        if let Some(k) = self.canon(c) {
            if let E::Bin(op, t, x, y) = &k {
                if let Some(inv) = invert(*op) {
                    self.facts.push((E::Bin(inv, *t, x.clone(), y.clone()), !truth));
                }
            }
            self.facts.push((k, truth));
            if self.facts.len() > MAX_KEPT {
                self.facts.drain(..self.facts.len() - MAX_KEPT);
            }
        }
    }
}

fn list(ss: &mut Vec<S>, st: &mut State, changed: &mut bool) {
    let mut i = 0;
    while i < ss.len() {
        match &mut ss[i] {
            S::If(c, a, b) if b.is_empty() && leaves(a) => {
                if !has_seq(c) && st.canon(c).is_some_and(|k| st.known(&k) == Some(false)) {
                    ss.remove(i);
                    *changed = true;
                    continue;
                }
                expr(c, st, changed);
                list(a, &mut st.clone(), changed);
                let c = c.clone();
                st.learn(&c, false);
            }
            S::Set(l, e) => {
                expr(e, st, changed);
                let l = *l;
                let e = e.clone();
                st.set(l, &e);
            }
            S::Loop(_, body) => {
                assigned(body, &mut |l| st.kill(l));
                list(body, &mut st.clone(), changed);
            }
            S::Block(_, body) => {
                list(body, &mut st.clone(), changed);
                assigned(body, &mut |l| st.kill(l));
            }
            S::If(c, a, b) => {
                expr(c, st, changed);
                let c = c.clone();
                let mut sa = st.clone();
                sa.learn(&c, true);
                list(a, &mut sa, changed);
                let mut sb = st.clone();
                sb.learn(&c, false);
                list(b, &mut sb, changed);
                assigned(a, &mut |l| st.kill(l));
                assigned(b, &mut |l| st.kill(l));
            }
            s => {
                s.each_expr_mut(|e| expr(e, st, changed));
                match s {
                    S::SetMulti(ls, _) => ls.iter().for_each(|l| st.kill(*l)),
                    S::Frame { fp, .. } => st.kill(*fp),
                    _ => {}
                }
            }
        }
        i += 1;
    }
}

/// The statement lists inside an expression, in evaluation order.
fn expr(e: &mut E, st: &mut State, changed: &mut bool) {
    if !has_seq(e) {
        return;
    }
    match e {
        E::Seq(ss, v) => {
            list(ss, st, changed);
            expr(v, st, changed);
        }
        E::If(_, c, a, b) => {
            expr(c, st, changed);
            let c = (**c).clone();
            for (arm, truth) in [(a, true), (b, false)] {
                let mut sa = st.clone();
                sa.learn(&c, truth);
                expr(arm, &mut sa, changed);
                assigned_expr(arm, &mut |l| st.kill(l));
            }
        }
        e => e.each_child_mut(|x| expr(x, st, changed)),
    }
}

/// An arm that never falls through.
fn leaves(a: &[S]) -> bool {
    matches!(a.last(), Some(S::Br(_) | S::BrTable(..) | S::Return(_) | S::Unreachable))
}

fn has_seq(e: &E) -> bool {
    matches!(e, E::Seq(..)) || e.children().any(has_seq)
}

fn mentions(e: &E, l: Local) -> bool {
    matches!(e, E::Local(x) if *x == l) || e.children().any(|c| mentions(c, l))
}

fn nodes(e: &E) -> usize {
    1 + e.children().map(nodes).sum::<usize>()
}

/// Calls `f` on every local written in `ss`.
fn assigned(ss: &[S], f: &mut dyn FnMut(Local)) {
    for s in ss {
        match s {
            S::Set(l, _) => f(*l),
            S::SetMulti(ls, _) => ls.iter().for_each(|l| f(*l)),
            S::Frame { fp, .. } => f(*fp),
            _ => {}
        }
        s.each_expr(|e| assigned_expr(e, f));
        s.bodies().for_each(|b| assigned(std::slice::from_ref(b), f));
    }
}

fn assigned_expr(e: &E, f: &mut dyn FnMut(Local)) {
    if let E::Seq(ss, _) = e {
        assigned(ss, f);
    }
    e.each_child(|x| assigned_expr(x, f));
}
