//! The standard packages' functions after the whole-module passes, kept as the runtime's are
//! (`frozen.rs`, whose entries and bookkeeping they share) but checked otherwise: what the
//! passes read of the program is compared, function by function, with what it was when the
//! entry was stored ([`Watch`]), with no walk of callees' callees.
//!
//! A standard function's body before the passes is its lowered body (the `Cached` entry)
//! rewritten by the decisions the facts record, and by three that depend on the program:
//! unwinding checks after its calls of functions that may unwind and its indirect calls of
//! signatures that may, trampolines for its indirect calls of signatures that may block
//! (bodies calling them are not kept: the trampolines' indices are the program's, and such
//! bodies fail `stable_refs`), and static objects for its allocations (`statics.rs`: a
//! function with candidates is not kept). The passes
//! then read of it that body and whether it may block, and of its direct callees whether
//! each may block and, in each round of inlining, the bodies of those that are leaves; the
//! transform also reads whether it is on a cycle of blocking functions. Those known before
//! the passes are checked before them (the bits, against the entry); those known only during
//! them (the leaves, the cycle) are checked then, and a difference makes the compilation
//! start over with the entries that failed dropped and no standard function reused
//! (`lower`): a wrong prediction costs only speed. Programs that call `runtime.Caller` keep
//! no standard function (`callsite.rs` keeps call sites by what reaches it).
//!
//! The functions whose entries will likely replace them (`likely_reused`: under the last
//! compilation's facts, a watch that holds) get no unwinding checks: those would be
//! replaced too. What reads their bodies with checks, the static objects' escape analysis,
//! has them added then (`unwind_left`); one that is not replaced after all starts the
//! compilation over.

use std::sync::Arc;

use crate::fx::HashMap;
use crate::ir::callgraph;
use crate::ir::{Body, FuncRef};

use super::cache::Cached;
use super::Lowerer;

/// What the passes before the cache of bodies after them told of the standard functions.
#[derive(Default)]
pub(super) struct Inputs {
    /// The signatures whose indirect calls go through trampolines.
    pub(super) wrapped: Vec<callgraph::Sig>,
    /// Which functions may unwind and the signatures of table functions that may
    /// (`unwind::instrument`; empty without unwinding).
    pub(super) unwind: (Vec<bool>, Vec<callgraph::Sig>),
    /// Functions whose body after the passes is not kept (static objects).
    pub(super) unkept: Vec<bool>,
    /// Entries that proved wrong during the passes: the compilation starts over.
    pub(super) failed: Vec<u32>,
    /// Starting over: no standard function's entry is reused.
    pub(super) no_reuse: bool,
    /// The functions left without unwinding checks, each with its body then: their entries
    /// must replace them (`unwind_left`).
    pub(super) left: Vec<(u32, Body)>,
}

impl Inputs {
    pub(super) fn unkept(&mut self, f: usize) {
        if self.unkept.len() <= f {
            self.unkept.resize(f + 1, false);
        }
        self.unkept[f] = true;
    }
}

/// What the passes read of the program for a standard function's entry.
pub(super) struct Watch {
    cached: Arc<Cached>,
    /// Per signature k of its indirect calls (`Cached::sigs`): bit 2k such a call may unwind,
    /// bit 2k + 1 it goes through a trampoline.
    sigs: u64,
    blocks: bool,
    /// On a cycle of blocking functions.
    cyclic: bool,
    /// Its lowered body's direct callees and the allocator's redirects, with whether each
    /// may unwind and whether it may block.
    callees: Vec<(u32, bool, bool)>,
    /// Per round of inlining: which of its direct callees were leaves, with their bodies.
    leaves: [Vec<(u32, Body)>; 2],
}

/// The leaves among `callees` now (`leaf`), with their bodies.
fn leaves_now(funcs: &[crate::ir::Func], leaf: &[bool], callees: &[u32]) -> Vec<(u32, Body)> {
    let mut out: Vec<(u32, Body)> = Vec::new();
    for &g in callees {
        if leaf[g as usize] && !out.iter().any(|(h, _)| *h == g) {
            out.push((g, funcs[g as usize].body.clone()));
        }
    }
    out
}

/// Whether `callees`' leaves now (`leaf`) are `then`'s.
fn same_leaves(funcs: &[crate::ir::Func], leaf: &[bool], callees: &[u32], then: &[(u32, Body)]) -> bool {
    let mut n = 0;
    for (i, &g) in callees.iter().enumerate() {
        if !leaf[g as usize] || callees[..i].contains(&g) {
            continue;
        }
        n += 1;
        if !then.iter().any(|(h, b)| *h == g && *b == funcs[g as usize].body) {
            return false;
        }
    }
    n == then.len()
}

impl Lowerer<'_> {
    /// Standard function `f`'s indirect signatures' bits, when it may be kept.
    pub(super) fn std_sigs(&self, f: usize) -> Option<u64> {
        let c = self.cached.get(f)?.as_ref()?;
        if self.info.uses_caller || c.sigs.len() > 32 || self.std_inputs.unkept.get(f) == Some(&true) {
            return None;
        }
        let mut bits = 0u64;
        for (k, s) in c.sigs.iter().enumerate() {
            let is = |l: &[callgraph::Sig]| l.iter().any(|(p, r)| *p == s.params && *r == s.results);
            bits |= (is(&self.std_inputs.unwind.1) as u64) << (2 * k) | (is(&self.std_inputs.wrapped) as u64) << (2 * k + 1);
        }
        Some(bits)
    }

    fn unwinds(&self, g: u32) -> bool {
        self.std_inputs.unwind.0.get(g as usize) == Some(&true)
    }

    /// Whether an entry's watch holds before the passes: same lowered body, signatures'
    /// bits and callees that may unwind.
    pub(super) fn watch_holds(&self, f: usize, w: &Watch, sigs: u64) -> bool {
        matches!(self.cached.get(f), Some(Some(c)) if Arc::ptr_eq(c, &w.cached)) && w.sigs == sigs && w.callees.iter().all(|&(g, u, _)| self.unwinds(g) == u)
    }

    /// The callees whose bits an entry of `f` watches: its lowered body's, and the
    /// allocator's redirect targets.
    fn watched(&self, f: usize) -> Vec<u32> {
        let mut out: Vec<u32> = self.cached[f].as_ref().map_or_else(Vec::new, |c| c.callees.clone());
        if self.facts.bump_alloc {
            out.extend(["mallocBump", "freeBump"].iter().filter_map(|n| match self.runtime_func(n) {
                Some(FuncRef::Func(i)) => Some(i),
                _ => None,
            }));
        }
        crate::sort::sort(&mut out);
        out.dedup();
        out
    }

    /// The watch of a standard function stored now.
    pub(super) fn watch(&self, f: usize, blocking: &[bool], cyclic: &[bool], leaves: &[HashMap<u32, Vec<(u32, Body)>>; 2]) -> Option<Watch> {
        let sigs = self.std_sigs(f)?;
        let cached = self.cached[f].clone()?;
        let bit = |g: u32| blocking.get(g as usize) == Some(&true);
        let callees = self.watched(f).into_iter().map(|g| (g, self.unwinds(g), bit(g))).collect();
        let round = |k: usize| leaves[k].get(&(f as u32)).cloned().unwrap_or_default();
        Some(Watch { cached, sigs, blocks: bit(f as u32), cyclic: cyclic.get(f) == Some(&true), callees, leaves: [round(0), round(1)] })
    }
}

impl Watch {
    /// Whether it and the callees it watches block as they did.
    pub(super) fn blocks_as(&self, f: usize, blocking: &[bool]) -> bool {
        let bit = |g: u32| blocking.get(g as usize) == Some(&true);
        self.blocks == bit(f as u32) && self.callees.iter().all(|&(g, _, b)| bit(g) == b)
    }

    pub(super) fn same_cycle(&self, cyclic: bool) -> bool {
        self.cyclic == cyclic
    }

    /// Whether its direct callees (`callees`, after the first simplification) that are leaves
    /// in round `k` are those it saw.
    pub(super) fn same_leaves(&self, funcs: &[crate::ir::Func], leaf: &[bool], callees: &[u32], k: usize) -> bool {
        same_leaves(funcs, leaf, callees, &self.leaves[k])
    }
}

/// Per function to store, its direct callees that are leaves now, with their bodies.
pub(super) fn record_leaves(funcs: &[crate::ir::Func], leaf: &[bool], callees: &[Option<Vec<u32>>], store: &[bool]) -> HashMap<u32, Vec<(u32, Body)>> {
    let mut out = HashMap::default();
    for (f, cs) in callees.iter().enumerate() {
        if let (Some(cs), true) = (cs, store.get(f) == Some(&true)) {
            let l = leaves_now(funcs, leaf, cs);
            if !l.is_empty() {
                out.insert(f as u32, l);
            }
        }
    }
    out
}
