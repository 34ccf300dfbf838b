//! The lowering's caches, kept per prelude (`lib.rs`): the prelude's functions (the runtime's
//! and the standard packages') lowered by earlier compilations (`LowerCache`), and the
//! runtime's functions after the whole-module passes (simplification, the resumable
//! transform, inlining), which this file keeps. A warm compilation takes them from there
//! instead of lowering them (and running the passes over the runtime's) again, which was most
//! of the work of compiling a small program with goroutines, and much of compiling one that
//! imports encoding/json (hundreds of standard functions).
//!
//! Invariant: a module is byte-identical whether its prelude functions came from the caches
//! or not (`lib.rs`' tests `reused_runtime_functions_leave_modules_unchanged`,
//! `reused_standard_functions_leave_modules_unchanged` and
//! `every_program_compiles_the_same_after_the_others`; the `module_hashes` example compares
//! every module before and after a change); a wrong prediction costs only speed.
//!
//! **Lowered bodies** (`LowerCache`), keyed by prelude, by function and by what lowering
//! reads of the options and the program's flags (mode, schedule, trace, step budget,
//! `uses_recover`, `uses_defer`, `uses_caller`, `uses_reflect_call`). The prelude's
//! functions, imports and globals are declared first, so their indices are the same in every
//! compilation on it (unless the program changed one of its objects, a package variable whose
//! address it takes: then only the runtime's are). A body is cached only when its lowering
//! provably depended on nothing else: no change to the lowering state besides what its tape
//! records (`tape.rs`: strings, type descriptors, method ids, and the answers to whether a
//! type is dynamic), no other read of program-driven state (`kind_used` and pruned type
//! switch clauses set `reads_program`), and references only to the prelude's own functions,
//! imports and globals and to its own data. On reuse the tape is checked (the same answers
//! now) and replayed (so data segments, method ids and dynamic types come out as in a fresh
//! lowering) and the body's `Data` indices renumbered. A cached body also carries what the
//! call-graph analyses read of it (callees, taken addresses, all referenced functions,
//! globals read) and whether folding constant ifs and dropping GC roots would change it
//! (`plain`). The whole-module rewrites after
//! lowering (constant `recoverEnabled`, `scheduled`, ... and the manual-allocator redirects)
//! visit only the functions that may call their target (`Lowerer::calls`, recorded while
//! scanning for reached functions).
//!
//! **Bodies after the passes** (here), keyed by options, by `Lowerer::facts` (the decisions
//! `finish_module` takes before the passes: constant `recoverEnabled`/`scheduled`, no
//! deferred calls, the manual allocator, no timers, whether the transform runs, whether
//! panics unwind) and by function. For the runtime's functions: the whole-module rewrites
//! before the passes leave them alone. The standard packages' functions may get unwinding
//! checks, trampolines and static objects, as the program's functions do; their entries are
//! checked otherwise (`frozen_std.rs`). The passes read of a runtime function its
//! body as the earlier passes left it, which such keys fix when its lowered body came from
//! the `LowerCache`; and of the functions it calls, transitively, their bodies and whether
//! each may block. So an entry is kept only for a function whose callees, transitively, are
//! such runtime functions too, with their blocking bits and lowered bodies, and reused only
//! while those callees have the same lowered bodies again (the same `Cached` entries) and
//! may block exactly as they did (`may_block` runs with the reused functions' stored callees,
//! then entries whose closure blocks otherwise are dropped). A runtime function that calls,
//! transitively, one lowered otherwise per program (`printpanicval`, whose lowering reads
//! the kinds the program uses) is kept with a watch instead, as a standard function is. A
//! reused function skips simplification, the transform (its frame info segment is still
//! added in its place, so data is numbered as before) and inlining into it; for the rounds
//! of inlining into others it shows the body that round saw, when it was a leaf.
//!
//! **Lazy bodies** (`Lowerer::lazy`): a cached body that the passes of an earlier
//! compilation with the same options and the facts of the last one will likely replace is
//! not even copied from the cache. The searches for reached functions, read globals and
//! reachability use its summary, and it is copied only when a rewrite touches it (a caller
//! of a constant runtime function), when the unwinding instrumentation reads every body, or
//! when no entry replaces it after all.

use std::sync::Arc;

use crate::fx::HashMap;
use crate::ir::inline::is_leaf;
use crate::ir::resumable::{self, Done};
use crate::ir::{Body, ValType};

use super::cache::{copy_moved, CacheKey, Cached};
use super::frozen_std::{record_leaves, Watch};
use super::passes::Facts;
use super::tape::DataKey;
use super::Lowerer;

/// A prelude function after the passes.
pub(super) struct Passed {
    /// Its direct callees after the first simplification: what `may_block` and the transform
    /// read of it.
    callees: Vec<u32>,
    /// It and its callees, transitively, each with whether it may block and the lowered body
    /// it had (a body lowered again under other answers, `tape.rs`, is another entry).
    closure: Vec<(u32, bool, Arc<Cached>)>,
    /// Its frame info, when the transform rewrote it, and the data segment it had then.
    info: Option<(u32, Vec<u8>)>,
    /// The bodies the two rounds of inlining saw, when its calls were inlined.
    leaves: [Option<Body>; 2],
    locals: Vec<ValType>,
    body: Body,
    /// The data these bodies refer to: (segment then, what it holds).
    data: Vec<(u32, DataKey)>,
    /// For a standard function, or a runtime function that calls one lowered per program
    /// (whose `closure` is empty), what the passes read of the program (`frozen_std.rs`).
    watch: Option<Watch>,
}

/// Entries by options, facts and function.
pub(super) type Passes = std::sync::Mutex<HashMap<(CacheKey, Facts, u32), Arc<Passed>>>;

/// One compilation's use of the entries: those it reuses, and what the passes showed of the
/// functions it may store.
pub(super) struct Frozen {
    /// Per prelude function (per runtime function when no standard function is kept).
    reused: Vec<Option<Arc<Passed>>>,
    /// Per function: cached, without an entry that stands, so stored after the passes.
    store: Vec<bool>,
    /// How many functions the runtime package declares first.
    runtime: usize,
    /// Some function is to be stored: record the passes' states.
    record: bool,
    callees: Vec<Option<Vec<u32>>>,
    leaves: [Vec<Option<Body>>; 2],
    blocking: Vec<bool>,
    infos: Vec<(usize, u32)>,
    /// The transform's cycles of blocking functions.
    cyclic: Vec<bool>,
    /// Per inlining round, the leaves among the direct callees of the functions
    /// that may be stored.
    watch_leaves: [HashMap<u32, Vec<(u32, Body)>>; 2],
    /// Reused standard functions whose passes read otherwise now.
    failed: Vec<u32>,
}

impl Frozen {
    /// Whether function `i`'s passes are taken from an entry.
    pub(super) fn reused(&self, i: usize) -> bool {
        matches!(self.reused.get(i), Some(Some(_)))
    }

    /// Whether function `i`'s body after the passes is to be stored: a later compilation
    /// reuses it whole.
    pub(super) fn stored(&self, i: usize) -> bool {
        self.store.get(i) == Some(&true)
    }

    /// The direct callees of a reused function.
    pub(super) fn callees_of(&self, i: usize) -> Option<&[u32]> {
        self.reused.get(i)?.as_ref().map(|p| p.callees.as_slice())
    }

    /// What the transform takes of a reused function.
    pub(super) fn done(&self, i: usize) -> Option<Done<'_>> {
        let p = self.reused.get(i)?.as_ref()?;
        Some(Done { callees: &p.callees, info: p.info.as_ref().map(|(_, b)| b.as_slice()) })
    }

    /// Drops the entries whose closure may block otherwise now (for a standard function:
    /// it or a callee it watches); the functions dropped.
    pub(super) fn check_blocking(&mut self, blocking: &[bool]) -> Vec<bool> {
        let mut dropped = vec![false; blocking.len()];
        for (i, r) in self.reused.iter_mut().enumerate() {
            let drop = match r.as_deref() {
                Some(Passed { watch: Some(w), .. }) => !w.blocks_as(i, blocking),
                Some(p) => p.closure.iter().any(|&(g, b, _)| blocking.get(g as usize) != Some(&b)),
                None => false,
            };
            if drop {
                *r = None;
                dropped[i] = true;
            }
        }
        self.blocking = blocking.to_vec();
        dropped
    }

    /// The transform's frame info segments and cycles; a reused standard function on a
    /// cycle otherwise than when stored fails.
    pub(super) fn set_transform(&mut self, infos: Vec<(usize, u32)>, cyclic: Vec<bool>) {
        self.infos = infos;
        for (f, r) in self.reused.iter().enumerate() {
            if let Some(Passed { watch: Some(w), .. }) = r.as_deref() {
                if !w.same_cycle(cyclic.get(f) == Some(&true)) {
                    self.failed.push(f as u32);
                }
            }
        }
        self.cyclic = cyclic;
    }
}

impl Lowerer<'_> {
    /// The entries this compilation may reuse, before the passes: for each cached runtime
    /// function, an entry under the same options and facts whose closure has the same lowered
    /// bodies and whose data this compilation has. Their blocking is checked once it is known.
    /// Lazy bodies no entry replaces are copied from the cache now.
    #[inline(never)] // keeps its caller small for the browser (ARCHITECTURE.md)
    pub(super) fn frozen(&mut self) -> Frozen {
        self.cache.facts.lock().unwrap_or_else(|e| e.into_inner()).insert(self.cache_key, self.facts);
        let runtime = self.stable.runtime as usize;
        let std = !self.info.uses_caller && self.stable.funcs > self.stable.runtime;
        let n = if std { self.stable.funcs as usize } else { runtime };
        let det = |g: u32| self.is_cached(g as usize);
        let same = |g: u32, c: &Arc<Cached>| matches!(self.cached.get(g as usize), Some(Some(now)) if Arc::ptr_eq(now, c));
        let mut reused = vec![None; n];
        let mut store = vec![false; n];
        let map = self.cache.passed.lock().unwrap_or_else(|e| e.into_inner());
        for (f, (r, st)) in reused.iter_mut().zip(&mut store).enumerate() {
            if !det(f as u32) {
                continue;
            }
            let sigs = self.std_sigs(f);
            if f >= runtime && sigs.is_none() {
                continue;
            }
            let holds = |p: &Passed| match &p.watch {
                Some(w) => !self.std_inputs.no_reuse && sigs.is_some_and(|s| self.watch_holds(f, w, s)),
                None => p.closure.iter().all(|(g, _, c)| same(*g, c)),
            };
            let data = |p: &Passed| p.data.iter().all(|(_, k)| self.data_now(k).is_some());
            // An entry with a watch is replaced when the watch fails.
            match map.get(&(self.cache_key, self.facts, f as u32)) {
                Some(p) if holds(p) && data(p) => *r = Some(p.clone()),
                Some(p) if p.watch.is_none() => {}
                _ => *st = true,
            }
        }
        drop(map);
        for f in 0..self.lazy.len() {
            if !matches!(reused.get(f), Some(Some(_))) {
                self.materialize(f);
            }
        }
        let record = store.contains(&true);
        Frozen { reused, store, runtime, record, callees: vec![], leaves: [vec![], vec![]], blocking: vec![], infos: vec![], cyclic: vec![], watch_leaves: Default::default(), failed: vec![] }
    }

    /// The standard functions that an entry will likely replace after the passes, by what is
    /// known before unwinding: under the last compilation's facts, when those known so far
    /// are the same, an entry whose watch holds.
    pub(super) fn likely_reused(&self) -> Vec<bool> {
        let mut out = vec![false; self.m.funcs.len()];
        let Some(facts) = self.predicted.filter(|p| p.agree(&self.facts)) else {
            return out;
        };
        if self.std_inputs.no_reuse || self.info.uses_caller {
            return out;
        }
        let map = self.cache.passed.lock().unwrap_or_else(|e| e.into_inner());
        for f in self.stable.runtime as usize..self.stable.funcs as usize {
            if let (Some(sigs), Some(Passed { watch: Some(w), .. })) = (self.std_sigs(f), map.get(&(self.cache_key, facts, f as u32)).map(|p| &**p)) {
                out[f] = self.watch_holds(f, w, sigs);
            }
        }
        out
    }

    /// Records the direct callees of the functions that may be stored (after the first
    /// simplification).
    pub(super) fn note_callees(&self, fz: &mut Frozen) {
        if fz.record {
            fz.callees = fz.store.iter().enumerate().map(|(f, &st)| st.then(|| resumable::callees(&self.m.funcs[f].body))).collect();
        }
    }

    /// Before inlining round `k`: reused functions show the body that round saw (nothing, if
    /// it inlined none of their calls); the states of those that may be stored are recorded.
    pub(super) fn leaves_round(&mut self, fz: &mut Frozen, k: usize) {
        for f in 0..fz.reused.len() {
            if let Some(p) = &fz.reused[f] {
                let body = p.leaves[k].as_ref().map_or_else(Body::default, |b| copy_moved(b, &self.moved(p, &fz.infos, f)));
                self.m.funcs[f].locals.clear();
                self.m.funcs[f].body = body;
            }
        }
        // Which functions are leaves: all of them to record, else the watched callees.
        let leaf: Vec<bool> = if fz.record {
            self.m.funcs.iter().map(is_leaf).collect()
        } else {
            let mut leaf = vec![false; self.m.funcs.len()];
            for p in fz.reused.iter().flatten().filter(|p| p.watch.is_some()) {
                p.callees.iter().for_each(|&g| leaf[g as usize] = is_leaf(&self.m.funcs[g as usize]));
            }
            leaf
        };
        for (f, r) in fz.reused.iter().enumerate() {
            if let Some(p @ Passed { watch: Some(w), .. }) = r.as_deref() {
                if !w.same_leaves(&self.m.funcs, &leaf, &p.callees, k) {
                    fz.failed.push(f as u32);
                }
            }
        }
        if fz.record {
            fz.leaves[k] = fz.store.iter().enumerate().map(|(f, &st)| (st && leaf[f]).then(|| self.m.funcs[f].body.clone())).collect();
            fz.watch_leaves[k] = record_leaves(&self.m.funcs, &leaf, &fz.callees, &fz.store);
        }
    }

    /// After the passes: reused functions get their final bodies, and the functions that may
    /// be stored are.
    #[inline(never)] // keeps its caller small for the browser (ARCHITECTURE.md)
    pub(super) fn finish_frozen(&mut self, mut fz: Frozen) {
        // Those left without unwinding checks must be replaced.
        fz.failed.append(&mut self.std_inputs.failed);
        let unreplaced: Vec<u32> = self.std_inputs.left.iter().filter(|(g, _)| !fz.reused(*g as usize)).map(|x| x.0).collect();
        fz.failed.extend(unreplaced);
        for f in 0..fz.reused.len() {
            if let Some(p) = &fz.reused[f] {
                let body = copy_moved(&p.body, &self.moved(p, &fz.infos, f));
                self.m.funcs[f].locals = p.locals.clone();
                self.m.funcs[f].body = body;
            }
        }
        if !fz.failed.is_empty() {
            // The compilation starts over (`lower`), without these entries.
            let mut map = self.cache.passed.lock().unwrap_or_else(|e| e.into_inner());
            for &f in &fz.failed {
                map.remove(&(self.cache_key, self.facts, f));
            }
            self.std_inputs.failed = std::mem::take(&mut fz.failed);
            return;
        }
        if !fz.record {
            return;
        }
        let n = fz.runtime;
        let callees = |g: usize| fz.callees.get(g).and_then(Option::as_deref).or_else(|| fz.reused[g].as_ref().map(|p| p.callees.as_slice()));
        let descs: HashMap<u32, &String> = self.descs.iter().map(|(k, &d)| (d, k)).collect();
        let mut store = Vec::new();
        for f in (0..fz.store.len()).filter(|&f| fz.store[f]) {
            if f >= n {
                let cs = callees(f).unwrap_or_default().to_vec();
                let watch = self.watch(f, &fz.blocking, &fz.cyclic, &fz.watch_leaves);
                if watch.is_some() {
                    store.extend(self.passed(&fz, f, cs, Vec::new(), watch, &descs).map(|p| (f as u32, p)));
                }
                continue;
            }
            // It and its callees, transitively: all cached runtime functions.
            let mut seen = vec![false; n];
            let mut work = vec![f];
            let mut closure = Vec::new();
            let mut ok = true;
            while let Some(g) = work.pop() {
                if std::mem::replace(&mut seen[g], true) {
                    continue;
                }
                let (Some(cs), Some(Some(c))) = (callees(g), self.cached.get(g)) else {
                    ok = false;
                    break;
                };
                closure.push((g as u32, fz.blocking.get(g) == Some(&true), c.clone()));
                for &c in cs {
                    if c as usize >= n {
                        ok = false;
                    } else {
                        work.push(c as usize);
                    }
                }
            }
            // One that calls a function lowered otherwise per program is watched as a
            // standard function is.
            let watch = if ok { None } else { self.watch(f, &fz.blocking, &fz.cyclic, &fz.watch_leaves) };
            if ok || watch.is_some() {
                let cs = callees(f).unwrap_or_default().to_vec();
                let closure = if ok { closure } else { Vec::new() };
                store.extend(self.passed(&fz, f, cs, closure, watch, &descs).map(|p| (f as u32, p)));
            }
        }
        let mut map = self.cache.passed.lock().unwrap_or_else(|e| e.into_inner());
        for (f, p) in store {
            map.insert((self.cache_key, self.facts, f), Arc::new(p));
        }
    }

    /// Function `f`'s entry after the passes, when its bodies refer only to what is numbered
    /// the same in every compilation or renumbered on reuse.
    fn passed(&self, fz: &Frozen, f: usize, callees: Vec<u32>, closure: Vec<(u32, bool, Arc<Cached>)>, watch: Option<Watch>, descs: &HashMap<u32, &String>) -> Option<Passed> {
        let info = fz.infos.iter().find(|(g, _)| *g == f).map(|&(_, d)| (d, self.m.data[d as usize].clone()));
        let leaves = [fz.leaves[0].get(f).cloned().flatten(), fz.leaves[1].get(f).cloned().flatten()];
        let body = &self.m.funcs[f].body;
        // Their data (strings and descriptors this compilation numbers by what they hold, or
        // the frame info), found by the same walk.
        let mut segs = Vec::new();
        let mut found = |d: u32| {
            segs.push(d);
            true
        };
        if !leaves.iter().flatten().chain(std::iter::once(body)).all(|b| self.stable_refs_with(b, &mut found)) {
            return None;
        }
        crate::sort::sort(&mut segs);
        segs.dedup();
        let info_at = info.as_ref().map(|(d, _)| *d);
        let mut data = Vec::new();
        for d in segs.into_iter().filter(|&d| Some(d) != info_at) {
            match descs.get(&d) {
                Some(k) => data.push((d, DataKey::Desc((*k).clone()))),
                None if self.m.sites.binary_search(&d).is_ok() => data.push((d, DataKey::Site(self.m.data[d as usize].clone()))),
                None => data.push((d, DataKey::Str(self.m.data[d as usize].clone()))),
            }
        }
        if !data.iter().all(|(d, k)| self.data_now(k) == Some(*d)) {
            return None;
        }
        let f_ = &self.m.funcs[f];
        Some(Passed { callees, closure, info, leaves, locals: f_.locals.clone(), body: f_.body.clone(), data, watch })
    }

    /// How an entry's data segments are numbered now: (then, now) where they differ.
    fn moved(&self, p: &Passed, infos: &[(usize, u32)], f: usize) -> Vec<(u32, u32)> {
        let mut moved = self.renumbered(&p.data);
        if let (Some((d, _)), Some(&(_, now))) = (&p.info, infos.iter().find(|(g, _)| *g == f)) {
            if *d != now {
                moved.push((*d, now));
            }
        }
        moved
    }
}
