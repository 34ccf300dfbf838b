//! Reachability: lowering the Go functions that lowered code and method tables refer to,
//! transitively, and the caller relation the whole-module passes read.


use crate::ir::FuncRef;

use super::{conc, Lowerer};
use super::cache::{func_refs, read_globals};

impl<'a> Lowerer<'a> {
    /// Lowers every Go function that lowered code, method tables (or `roots`) refer to,
    /// transitively; whether it lowered any.
    fn lower_reached(&mut self, roots: &[Option<FuncRef>]) -> bool {
        let mut work: Vec<u32> = roots.iter().flatten().filter_map(|f| match f {
            FuncRef::Func(i) => Some(*i),
            FuncRef::Import(_) => None,
        }).collect();
        work.extend(self.m.table_funcs());
        let mut lowered = false;
        loop {
            self.scanned.resize(self.m.funcs.len(), false);
            for (idx, i) in std::mem::take(&mut self.relower) {
                self.pending[idx] = Some(i);
                self.scanned[idx] = false;
                work.push(idx as u32);
            }
            // In index order, as a search of every function would meet them.
            let mut next = std::mem::take(&mut self.rescan);
            next.retain(|&i| (i as usize) < self.scan_end);
            crate::sort::sort(&mut next);
            next.dedup();
            next.extend(self.scan_end as u32..self.m.funcs.len() as u32);
            self.scan_end = self.m.funcs.len();
            // (A body still its cached one is known by its summary; natively the others may
            // be read first, on the module's threads.)
            #[cfg(not(target_arch = "wasm32"))]
            let mut refs = {
                let funcs = &self.m.funcs;
                let read = || next.iter().map(|&i| i as usize).filter(|&i| self.to_scan(i) && self.unchanged(i).is_none()).collect();
                crate::par::ahead(self.m.threads, read, |i| {
                    let mut out = Vec::new();
                    func_refs(&funcs[i].body, &mut out);
                    out
                })
            };
            for i in next {
                let i = i as usize;
                if self.to_scan(i) {
                    self.scanned[i] = true;
                    let from = work.len();
                    match self.unchanged(i) {
                        Some(c) => work.extend_from_slice(&c.refs),
                        #[cfg(not(target_arch = "wasm32"))]
                        None if refs.is_some() => work.extend(refs.as_mut().and_then(Iterator::next).unwrap_or_default()),
                        None => func_refs(&self.m.funcs[i].body, &mut work),
                    }
                    self.calls.extend(work[from..].iter().map(|&f| (f, i as u32)));
                }
            }
            if work.is_empty() && self.relower.is_empty() {
                break;
            }
            for i in std::mem::take(&mut work) {
                lowered |= self.lower_body(i as usize);
            }
        }
        lowered
    }

    /// `i` is not scanned yet, nor waiting to be lowered.
    fn to_scan(&self, i: usize) -> bool {
        !self.scanned[i] && self.pending.get(i).is_none_or(Option::is_none)
    }

    /// Lowers what is reached (`lower_reached`) and builds the method tables it needs, which
    /// may reach more functions, until nothing new is reached.
    pub(super) fn build_reached(&mut self, roots: &[Option<FuncRef>]) {
        let mut more = self.lower_reached(roots);
        loop {
            self.build_descs();
            if !more && self.relower.is_empty() {
                return;
            }
            more = self.lower_reached(&[]);
        }
    }

    /// The globals that lowered functions read.
    pub(super) fn globals_read(&self) -> std::collections::HashSet<u32> {
        let mut out = std::collections::HashSet::new();
        let scanned = |i: usize| self.scanned.get(i) == Some(&true);
        // (Natively the bodies not known by their summary may be read first, on the module's
        // threads.)
        #[cfg(not(target_arch = "wasm32"))]
        let mut found = {
            let funcs = &self.m.funcs;
            let read = || (0..funcs.len()).filter(|&i| scanned(i) && self.unchanged(i).is_none()).collect();
            crate::par::ahead(self.m.threads, read, |i| {
                let mut globals = std::collections::HashSet::new();
                read_globals(&funcs[i].body, &mut globals);
                globals
            })
        };
        for i in 0..self.m.funcs.len() {
            if scanned(i) {
                match self.unchanged(i) {
                    Some(c) => out.extend(c.globals.iter().copied()),
                    #[cfg(not(target_arch = "wasm32"))]
                    None if found.is_some() => out.extend(found.as_mut().and_then(Iterator::next).unwrap_or_default()),
                    None => read_globals(&self.m.funcs[i].body, &mut out),
                }
            }
        }
        out
    }

    /// The functions that may call `f`, about to be rewritten: their bodies copied first.
    pub(super) fn edited_callers(&mut self, f: FuncRef) -> Vec<u32> {
        let callers = self.callers(f);
        for &c in &callers {
            self.materialize(c as usize);
            self.refold(c as usize);
        }
        callers
    }

    /// Folds constant ifs (`conc::fold_const_ifs`) where there may be some: in every
    /// function the first time, then in those lowered or rewritten since (folding again
    /// changes nothing). Lazy bodies have none (`Cached::plain`).
    pub(super) fn fold_ifs(&mut self) {
        let all = self.folded.is_empty();
        self.folded.resize(self.m.funcs.len(), false);
        // (A body still its cached one has none when the cache found it plain.)
        let look = |l: &Self, f: usize| (all || !l.folded[f]) && !l.unchanged(f).is_some_and(|c| c.plain);
        // (Natively the bodies may be read first, on the module's threads.)
        #[cfg(not(target_arch = "wasm32"))]
        let has = {
            let funcs = &self.m.funcs;
            crate::par::flags(funcs.len(), self.m.threads, |f| look(self, f), |f| conc::has_const_ifs(&funcs[f].body))
        };
        for f in 0..self.m.funcs.len() {
            #[cfg(not(target_arch = "wasm32"))]
            let known = has.as_ref().map(|has| has[f]);
            #[cfg(target_arch = "wasm32")]
            let known = None;
            if !known.unwrap_or_else(|| look(self, f) && conc::has_const_ifs(&self.m.funcs[f].body)) {
                continue;
            }
            conc::fold_const_ifs(&mut self.m.funcs[f].body);
            self.folded[f] = true;
        }
    }

    /// Function `idx` may hold constant ifs again.
    pub(super) fn refold(&mut self, idx: usize) {
        if let Some(done) = self.folded.get_mut(idx) {
            *done = false;
        }
    }

    /// The functions that may call `f`.
    pub(super) fn callers(&self, f: FuncRef) -> Vec<u32> {
        let FuncRef::Func(f) = f else { return Vec::new() };
        let mut out: Vec<u32> = self.calls.iter().filter(|(callee, _)| *callee == f).map(|(_, caller)| *caller).collect();
        crate::sort::sort(&mut out);
        out.dedup();
        out
    }

    pub(super) fn reached(&self, f: Option<FuncRef>) -> bool {
        matches!(f, Some(FuncRef::Func(i)) if self.scanned.get(i as usize) == Some(&true))
    }
}
