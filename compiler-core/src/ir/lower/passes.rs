//! The whole-module passes, in the order [`Lowerer::finish_module`] runs them once every
//! function the user's code reaches is lowered: trampolines and the may-block analysis, the
//! entry points, the runtime's constant switches (each followed by folding the constant ifs
//! it leaves), unwinding, the bump allocator, then the resumable transform, simplification and
//! inlining, and last the sharing of generic instances' bodies (`shapes.rs`). Switching a
//! runtime constant records a [`Facts`] field: runtime functions after the passes are kept
//! per facts (`frozen.rs`).

use crate::ir::{Expr as E, FuncRef};

use super::cache::Simplified;
use super::frozen::Frozen;
use super::{conc, Lowerer};

/// The decisions of the passes that change runtime functions before the resumable transform:
/// with the options, the key of the runtime functions' state after the passes.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub(super) struct Facts {
    /// `runtime.recoverEnabled` was reached and became this constant.
    recover_enabled: Option<bool>,
    /// `runtime.scheduled` was reached and became this constant.
    scheduled: Option<bool>,
    /// `runtime.panicdefers` became false: no deferred call is ever pending.
    no_defers: bool,
    /// mallocgc is unreachable: manual objects come from the bump allocator.
    pub(super) bump_alloc: bool,
    /// `runtime.timersPoll` became false: nothing sleeps.
    no_timers: bool,
    /// gopark was reached: the resumable transform runs.
    resumable: bool,
    /// Calls that may reach gopanic got unwinding checks.
    unwound: bool,
}

impl Facts {
    /// Whether the decisions taken before unwinding are those of `now`.
    pub(super) fn agree(&self, now: &Facts) -> bool {
        (self.recover_enabled, self.scheduled, self.unwound) == (now.recover_enabled, now.scheduled, now.unwound)
    }
}

impl Lowerer<'_> {
    /// Builds package initialization and the entry points, then runs the whole-module passes.
    pub(super) fn finish_module(&mut self) {
        let init = self.package_init();
        self.trace_hooks();
        let blocking = self.may_block();
        let sched = self.needs_scheduler(init, &blocking);
        self.entry_points(init, sched, &blocking);
        self.codegen_callees();
        self.keep_call_sites();
        // Panics unwind when the program recovers or a deferred call may block.
        let unwinds = self.info.uses_recover || self.thunks.iter().any(|&t| blocking.get(t as usize) == Some(&true));
        self.set_recover_enabled(unwinds);
        self.set_scheduled();
        self.unwinding(unwinds);
        self.drop_panic_defers();
        // mallocgc may be unreachable once the constant ifs left so far are folded.
        self.fold_ifs();
        self.static_allocs(&blocking);
        self.bump_allocator();
        self.drop_timers();
        self.fold_ifs();
        self.resumable_simplify_inline();
        if self.opts.generics == crate::Generics::Shape {
            self.share_instances();
        }
    }

    /// Which functions may block (run as goroutines under the scheduler), after giving calls
    /// through the table that may block a trampoline. Nothing blocks unless gopark was
    /// reached (these analyses walk every function). Prelude functions are not rewritten
    /// until after these (but for the trampolines, which their indirect calls' signatures
    /// tell): their cached call graph stands for their bodies.
    fn may_block(&mut self) -> Vec<bool> {
        let cached = self.cached.clone();
        let known = |i: usize| cached.get(i).and_then(Option::as_ref).map(|c| crate::ir::resumable::Known { callees: &c.callees, addrs: &c.addrs, sigs: &c.sigs });
        match self.runtime_func("gopark").filter(|g| self.reached(Some(*g))) {
            Some(g) => {
                let before = self.m.funcs.len();
                let blocking = crate::ir::resumable::wrap_indirect(&mut self.m, g, &known);
                // The functions it added are the trampolines, one per signature wrapped.
                self.std_inputs.wrapped = self.m.funcs[before..].iter().map(|t| (t.params[..t.params.len() - 1].to_vec(), t.results.to_vec())).collect();
                blocking
            }
            None => vec![false; self.m.funcs.len()],
        }
    }

    /// Whether exports and main run under the scheduler: the program starts goroutines, or
    /// package initialization or some function of package main may block.
    fn needs_scheduler(&mut self, init: FuncRef, blocking: &[bool]) -> bool {
        let blocks = |f: FuncRef| matches!(f, FuncRef::Func(i) if blocking[i as usize]);
        self.uses_goroutines || blocks(init) || blocking.iter().enumerate().any(|(i, b)| *b && self.m.funcs[i].name.starts_with("main."))
    }

    /// Codegen calls the budget's and the stack's runtime functions without IR calls.
    fn codegen_callees(&mut self) {
        let stack_overflow = if self.reached(self.m.malloc) || self.reached(self.runtime_func("gopark")) { self.m.stack_overflow } else { None };
        self.build_reached(&[self.m.budget_exceeded, stack_overflow]);
    }

    /// `recoverEnabled()` becomes the constant `unwinds`.
    fn set_recover_enabled(&mut self, unwinds: bool) {
        if let Some(f) = self.runtime_func("recoverEnabled").filter(|f| self.reached(Some(*f))) {
            self.facts.recover_enabled = Some(unwinds);
            let callers = self.edited_callers(f);
            conc::replace_calls(&mut self.m, &callers, f, E::I32(unwinds as i32));
            self.fold_ifs();
        }
    }

    /// `scheduled()` becomes a constant: whether the scheduler's `execute` was reached.
    fn set_scheduled(&mut self) {
        if let Some(f) = self.runtime_func("scheduled").filter(|f| self.reached(Some(*f))) {
            let sched = self.reached(self.runtime_func("execute"));
            self.facts.scheduled = Some(sched);
            let callers = self.edited_callers(f);
            conc::replace_calls(&mut self.m, &callers, f, E::I32(sched as i32));
            self.fold_ifs();
        }
    }

    /// Calls that may reach gopanic get unwinding checks (`ir/unwind.rs`) when panics unwind;
    /// otherwise the defer handlers go.
    fn unwinding(&mut self, unwinds: bool) {
        let freedefer = self.runtime_func("freedefer");
        match (self.runtime_func("gopanic"), self.runtime_global("unwinding")) {
            (Some(gp), Some(ug)) if unwinds && self.reached(Some(gp)) => {
                // Its call-graph analysis reads every body.
                (0..self.lazy.len()).for_each(|i| self.materialize(i));
                self.facts.unwound = true;
                // (A body that is still its cached one is known by its summary.)
                let known = |i: usize| self.unchanged(i).map(|c| crate::ir::callgraph::Known { callees: &c.callees, addrs: &c.addrs, sigs: &c.sigs });
                self.std_inputs.unwind = crate::ir::unwind::may_unwind(&self.m, gp, &known);
                // Standard functions an entry after the passes will likely replace keep their
                // bodies until something reads them (`frozen_std.rs`).
                let left = self.likely_reused();
                crate::ir::unwind::instrument(&mut self.m, &self.unwind_sites, &self.thunks, &self.std_inputs.unwind, freedefer, ug, &|i| !left[i]);
                self.std_inputs.left = (0..left.len()).filter(|&i| left[i]).map(|i| (i as u32, self.m.funcs[i].body.clone())).collect();
            }
            _ => crate::ir::unwind::strip(&mut self.m, &std::mem::take(&mut self.unwind_sites)),
        }
    }

    /// Gives the standard functions left uninstrumented (`unwinding`) among `need` their
    /// checks, as they would have had them then: when their bodies are still those of then
    /// and no constant `if` that folding would have removed comes out; otherwise the
    /// compilation starts over without reuse.
    pub(super) fn unwind_left(&mut self, need: &[bool]) {
        let (Some(ug), freedefer) = (self.runtime_global("unwinding"), self.runtime_func("freedefer")) else {
            return;
        };
        let left = std::mem::take(&mut self.std_inputs.left);
        let (now, keep): (Vec<_>, Vec<_>) = left.into_iter().partition(|(g, _)| need.get(*g as usize) == Some(&true));
        self.std_inputs.left = keep;
        if now.is_empty() {
            return;
        }
        let changed = |m: &crate::ir::Module, (g, then): &(u32, crate::ir::Body)| m.funcs[*g as usize].body.addr() != then.addr();
        self.std_inputs.failed.extend(now.iter().filter(|x| changed(&self.m, x)).map(|x| x.0));
        crate::ir::unwind::instrument(&mut self.m, &self.unwind_sites, &self.thunks, &self.std_inputs.unwind, freedefer, ug, &|i| now.iter().any(|(g, _)| *g as usize == i));
        self.std_inputs.failed.extend(now.iter().filter(|(g, _)| conc::has_const_ifs(&self.m.funcs[*g as usize].body)).map(|x| x.0));
    }

    /// Without defer statements a panic has no deferred calls to run first.
    fn drop_panic_defers(&mut self) {
        if let (Some(pd), Some(nd)) = (self.runtime_func("panicdefers"), self.runtime_func("newdefer")) {
            if self.reached(Some(pd)) && !(self.reached(Some(nd)) && conc::reachable_from_exports(&self.m, nd, &|i| self.lazy_refs(i))) {
                self.facts.no_defers = true;
                let callers = self.edited_callers(pd);
                conc::replace_calls(&mut self.m, &callers, pd, E::I32(0));
            }
        }
    }

    /// Without collectable objects only manual ones exist (goroutines, channels): they come
    /// from a simple power-of-two allocator, without page heap or collector.
    fn bump_allocator(&mut self) {
        if let Some(malloc) = self.runtime_func("mallocgc") {
            // (What was not reached has no callers: the whole-module passes skip it.)
            if !(self.reached(Some(malloc)) && conc::reachable_from_exports(&self.m, malloc, &|i| self.lazy_refs(i))) {
                self.facts.bump_alloc = true;
                let mut bump = Vec::new();
                for (from, to) in [("mallocManual", "mallocBump"), ("freeManual", "freeBump")] {
                    if let (Some(f), Some(t)) = (self.runtime_func(from).filter(|f| self.reached(Some(*f))), self.runtime_func(to)) {
                        let callers = self.edited_callers(f);
                        conc::redirect_calls(&mut self.m, &callers, f, t);
                        if let FuncRef::Func(t) = t {
                            self.calls.extend(callers.iter().map(|&c| (t, c)));
                        }
                        bump.push(Some(t));
                    }
                }
                if let Some(f) = self.runtime_func("heapUsed").filter(|f| self.reached(Some(*f))) {
                    let callers = self.edited_callers(f);
                    conc::replace_calls(&mut self.m, &callers, f, E::I32(0));
                }
                // An empty body has none, nor one still its cached one when its entry is plain:
                // they stay shared, as does any other without any.
                for i in 0..self.m.funcs.len() {
                    if !self.m.funcs[i].body.is_empty() && !self.unchanged(i).is_some_and(|c| c.plain) && crate::ir::simplify::has_roots(&self.m.funcs[i].body) {
                        crate::ir::simplify::drop_roots(&mut self.m.funcs[i].body);
                    }
                }
                self.build_reached(&bump);
            }
        }
    }

    /// Without sleeping (time.Sleep, timers: runtime.SleepUntil) the scheduler needs no
    /// timers (nor the clock imports).
    fn drop_timers(&mut self) {
        if let (Some(poll), Some(sleep)) = (self.runtime_func("timersPoll"), self.runtime_func("SleepUntil")) {
            if self.reached(Some(poll)) && !(self.reached(Some(sleep)) && conc::reachable_from_main(&self.m, sleep, &|i| self.lazy_refs(i))) {
                self.facts.no_timers = true;
                let callers = self.edited_callers(poll);
                conc::replace_calls(&mut self.m, &callers, poll, E::I32(0));
            }
        }
    }

    /// `simplify::changed` on the functions marked in `which`, in round `round` (of 5) of
    /// the passes, each taken from the same round of an earlier compilation where the
    /// function was equal (a warm compilation of the same program, or of an edit, meets most
    /// of its functions again). Functions whose final bodies `fz` stores are left out: a
    /// later compilation reuses those whole. A one-shot compilation keeps nothing: a kept
    /// body would also be copied by the next pass that changes it.
    fn simplify(&mut self, which: &[bool], fz: &Frozen, round: usize) -> Vec<bool> {
        if self.opts.once {
            return crate::ir::simplify::changed(&mut self.m, which);
        }
        let slot = |i: usize| 5 * i + round;
        let mut memo = self.cache.simplified.lock().unwrap_or_else(|e| e.into_inner());
        let len = memo.len().max(slot(self.m.funcs.len()));
        memo.resize_with(len, || None);
        let mut todo = which.to_vec();
        let (mut hits, mut new) = (Vec::new(), Vec::new());
        for (i, f) in self.m.funcs.iter_mut().enumerate().filter(|(i, f)| which[*i] && !f.body.is_empty() && !fz.stored(*i)) {
            let before = (f.body.clone(), f.params.len(), f.locals.len());
            match &memo[slot(i)] {
                Some(s) if s.before == before => {
                    f.body = s.after.clone();
                    todo[i] = false;
                    hits.push((i, s.changed));
                }
                _ => new.push((i, before)),
            }
        }
        drop(memo);
        let mut changed = crate::ir::simplify::changed(&mut self.m, &todo);
        hits.into_iter().for_each(|(i, c)| changed[i] = c);
        let mut memo = self.cache.simplified.lock().unwrap_or_else(|e| e.into_inner());
        for (i, before) in new {
            memo[slot(i)] = Some(Simplified { before, after: self.m.funcs[i].body.clone(), changed: changed[i] });
        }
        changed
    }

    /// Blocking functions become resumable; then simplification and inlining of leaves.
    fn resumable_simplify_inline(&mut self) {
        let rt = match (
            self.runtime_func("gopark"),
            self.runtime_global("gstate"),
            self.runtime_global("gsp"),
            self.runtime_global("stackLimit"),
            self.runtime_func("stackOverflow"),
        ) {
            // Without gopark reached nothing blocks: no transform (nor its call-graph analysis).
            (Some(gopark), Some(gstate), Some(gsp), Some(stack_limit), Some(stack_overflow)) if self.reached(Some(gopark)) => {
                Some(crate::ir::resumable::Runtime { gopark, gstate, gsp, stack_limit, stack_overflow })
            }
            _ => None,
        };
        self.facts.resumable = rt.is_some();
        // Runtime functions whose passes an earlier compilation did are left out of them and
        // take their bodies from then (`frozen.rs`). Each simplification after the first
        // covers only the functions changed since the one before.
        let mut fz = self.frozen();
        let mut dirty: Vec<bool> = (0..self.m.funcs.len()).map(|i| !fz.reused(i)).collect();
        if let Some(rt) = &rt {
            // Temporaries simplified away first are not saved in frames.
            dirty = self.simplify(&dirty, &fz, 0);
            // (A body still its cached one is known by its summary.)
            let blocking = crate::ir::resumable::may_block(&self.m, rt.gopark, &|i| fz.callees_of(i).or_else(|| self.unchanged(i).map(|c| c.callees.as_slice())));
            let dropped = fz.check_blocking(&blocking);
            if dropped.contains(&true) {
                (0..dropped.len()).filter(|&i| dropped[i]).for_each(|i| self.materialize(i));
                let changed = self.simplify(&dropped, &fz, 1);
                dirty.iter_mut().zip(changed).for_each(|(d, c)| *d |= c);
            }
            self.note_callees(&mut fz);
            let (rewritten, infos, cyclic) = crate::ir::resumable::transform(&mut self.m, rt, &blocking, &dropped, &|i| fz.done(i));
            fz.set_transform(infos, cyclic);
            dirty.iter_mut().zip(rewritten).for_each(|(d, r)| *d |= r);
        }
        let mut dirty = self.simplify(&dirty, &fz, 2);
        if rt.is_none() {
            self.note_callees(&mut fz);
        }
        // Twice: leaves made of leaves (`bufslot` of `ldp`) are leaves once those are inlined.
        self.leaves_round(&mut fz, 0);
        let mut inlined = vec![false; dirty.len()];
        crate::ir::inline::inline_leaves(&mut self.m, &mut inlined, &self.calls);
        // What the inlined leaves let simplification fold may be a leaf now: `cmp.Less[int]`,
        // once `isNaN`'s `x != x` is false.
        let folded = self.simplify(&inlined, &fz, 3);
        dirty.iter_mut().zip(inlined.iter().zip(folded)).for_each(|(d, (i, f))| *d |= *i || f);
        self.leaves_round(&mut fz, 1);
        crate::ir::inline::inline_leaves(&mut self.m, &mut dirty, &self.calls);
        self.simplify(&dirty, &fz, 4);
        self.finish_frozen(fz);
    }
}
