//! Dead-code elimination: what the exports reach (`Live::compute`; the design is in
//! `mod.rs`' header), the nil checks left out with it (`nonnil.rs`), and the functions not
//! emitted because they have nothing to do or only forward to another.

use crate::fx::{HashMap, HashSet};
use crate::ir::{Expr, FuncRef, Label, Module, Reloc, Stmt, ValType};

use super::{memo, nonnil};

/// What the exports reach.
pub(super) struct Live {
    /// The allocator is reachable: emit GC root maintenance.
    pub(super) heap: bool,
    /// Functions whose address is taken, in table order.
    pub(super) table: Vec<FuncRef>,
    /// Signatures of indirect calls.
    pub(super) indirect: Vec<(Vec<ValType>, Vec<ValType>)>,
    pub(super) funcs: Vec<bool>,
    pub(super) imports: Vec<bool>,
    pub(super) globals: Vec<bool>,
    pub(super) data: Vec<bool>,
    /// Labels some `br` or `br_table` targets, function after function; a function's are
    /// `target_labels[targets[i].0..targets[i].1]` (blocks and loops of other labels are
    /// emitted as their bodies alone).
    pub(super) target_labels: Vec<Label>,
    pub(super) targets: Vec<(u32, u32)>,
    /// By function, the parameters whose nil checks are left out (`nonnil.rs`); empty when
    /// none has such checks.
    pub(super) nonnil: Vec<u64>,
    /// Functions not emitted, each the function it forwards to (`Live::forward`).
    pub(super) same: Vec<(u32, u32)>,
    /// By function, the parameters left out of its signature and its calls, of functions only
    /// direct calls reach: those it never writes and reads only as arguments left out, where
    /// every live call passes a local or a constant (a slice's capacity that `slices`' sorting
    /// functions pass down and never read). Empty when none is.
    pub(super) dropped: Vec<u64>,
}

impl Live {
    pub(super) fn compute(m: &Module, bodies: &mut memo::Bodies) -> Live {
        let mut l = Live {
            heap: false,
            table: Vec::new(),
            indirect: Vec::new(),
            funcs: vec![false; m.funcs.len()],
            imports: vec![false; m.imports.len()],
            globals: vec![false; m.globals.len()],
            data: vec![false; m.data.len()],
            target_labels: Vec::new(),
            targets: vec![(0, 0); m.funcs.len()],
            nonnil: Vec::new(),
            same: Vec::new(),
            dropped: Vec::new(),
        };
        // Lists reused from function to function.
        let (mut addrs, mut data) = (Vec::new(), Vec::new());
        // What is in `l.table` already, by function, then by import (a search of the table
        // per address would be quadratic).
        let mut tabled = vec![false; m.funcs.len() + m.imports.len()];
        let nf = m.funcs.len();
        let first = |tabled: &mut Vec<bool>, f: FuncRef| {
            let at = match f {
                FuncRef::Func(i) => i as usize,
                FuncRef::Import(i) => nf + i as usize,
            };
            tabled.get_mut(at).is_none_or(|t| !std::mem::replace(t, true))
        };
        let mut work: Vec<FuncRef> = m.exports.iter().map(|(_, f)| *f).collect();
        // A method table's entry (its id precedes the function word) waits for its id.
        let mut table = vec![false; m.data.len()];
        for &t in &m.method_tables {
            if let Some(x) = table.get_mut(t as usize) {
                *x = true;
            }
        }
        // Relocations by segment, in their order: segment d's are `relocs[start[d]..start[d + 1]]`.
        let mut start = vec![0u32; m.data.len() + 1];
        for (seg, _, _) in &m.relocs {
            if let Some(n) = start.get_mut(*seg as usize + 1) {
                *n += 1;
            }
        }
        for i in 1..start.len() {
            start[i] += start[i - 1];
        }
        let mut fill = start.clone();
        let mut relocs = vec![(None, Reloc::Data(0)); m.relocs.len()];
        for (seg, off, r) in &m.relocs {
            let Some(at) = fill.get_mut(*seg as usize).filter(|_| (*seg as usize) < m.data.len()) else { continue };
            let id = table[*seg as usize].then(|| {
                let at = *off as usize - 4;
                u32::from_le_bytes(m.data[*seg as usize][at..at + 4].try_into().unwrap_or_default())
            });
            relocs[*at as usize] = (id, *r);
            *at += 1;
        }
        // Method ids called: Error and String (the runtime's printers, reflect's Call), and
        // those of dynamic calls in live functions. Entries of other ids are never called
        // (the runtime only tests for them), so their functions need not be live.
        let mut called: HashSet<u32> = [0, 1].into_iter().collect();
        let mut waiting: HashMap<u32, Vec<FuncRef>> = HashMap::default();
        // Live functions with nil checks of parameters, and the parameters whose checks
        // count as references already (`nonnil.rs`).
        let (mut sited, mut applied) = (Vec::new(), Vec::new());
        loop {
            while let Some(d) = data.pop() {
                if std::mem::replace(&mut l.data[d as usize], true) {
                    continue;
                }
                for &(id, r) in &relocs[start[d as usize] as usize..start[d as usize + 1] as usize] {
                    match r {
                        Reloc::Data(x) => data.push(x),
                        Reloc::Func(f) if id.is_some_and(|id| !called.contains(&id)) => {
                            waiting.entry(id.unwrap_or_default()).or_default().push(f);
                        }
                        Reloc::Func(f) => {
                            if first(&mut tabled, f) {
                                l.table.push(f);
                                work.push(f);
                            }
                        }
                    }
                }
            }
            let Some(f) = work.pop() else {
                let malloc_live = matches!(m.malloc, Some(FuncRef::Func(i)) if l.funcs[i as usize]);
                if malloc_live && !l.heap {
                    l.heap = true;
                    if let Some(g) = m.sp_global {
                        l.globals[g as usize] = true;
                    }
                    work.extend(m.stack_overflow);
                    continue;
                }
                if sited.is_empty() {
                    break;
                }
                // The checks of parameters some live call may pass nil to are references.
                l.nonnil = l.nonnil_params(m, bodies, &tabled);
                applied.resize(nf, 0u64);
                let mut more = false;
                for &i in &sited {
                    let i = i as usize;
                    let Some(sum) = bodies.get(i) else { continue };
                    for site in sum.sites.iter().filter(|s| (l.nonnil[i] | applied[i]) >> s.param & 1 == 0) {
                        work.extend_from_slice(&site.calls);
                        data.extend_from_slice(&site.data);
                        site.globals.iter().for_each(|g| l.globals[*g as usize] = true);
                        more = true;
                    }
                    applied[i] |= !l.nonnil[i];
                }
                if !more {
                    break;
                }
                continue;
            };
            match f {
                FuncRef::Import(i) => {
                    if let Some(x) = l.imports.get_mut(i as usize) {
                        *x = true;
                    }
                }
                FuncRef::Func(i) => {
                    let Some(seen) = l.funcs.get_mut(i as usize) else { continue };
                    if *seen {
                        continue;
                    }
                    *seen = true;
                    let v = bodies.sum(m, i as usize);
                    let lo = l.target_labels.len() as u32;
                    l.target_labels.extend_from_slice(&v.targets);
                    l.targets[i as usize] = (lo, l.target_labels.len() as u32);
                    work.extend_from_slice(&v.calls);
                    addrs.extend_from_slice(&v.addrs);
                    for &id in &v.ids {
                        if called.insert(id) {
                            addrs.extend(waiting.remove(&id).into_iter().flatten());
                        }
                    }
                    for a in addrs.drain(..) {
                        if first(&mut tabled, a) {
                            l.table.push(a);
                            work.push(a);
                        }
                    }
                    for sig in &v.indirect {
                        if !l.indirect.contains(sig) {
                            l.indirect.push(sig.clone());
                        }
                    }
                    for &g in &v.globals {
                        l.globals[g as usize] = true;
                    }
                    data.extend_from_slice(&v.data);
                    if !v.sites.is_empty() {
                        sited.push(i);
                    }
                    if v.tick {
                        if let Some(g) = m.budget_global {
                            l.globals[g as usize] = true;
                        }
                        if let Some(f) = m.budget_exceeded {
                            work.push(f);
                        }
                    }
                }
            }
        }
        // A function left with nothing to do (it only wrote dead globals) is not emitted,
        // nor are its calls (`Cx::stmt`).
        for i in 0..nf {
            if l.funcs[i] && !tabled[i] && empty(m, i, |g| l.globals[g as usize]) && !m.exports.iter().any(|(_, f)| *f == FuncRef::Func(i as u32)) {
                l.funcs[i] = false;
            }
        }
        // A function that only passes its parameters to another of its signature is that
        // function (`print(s)`'s `printstring`, `_start` calling `main.main`); not one that
        // another is for.
        let forwards: Vec<(u32, u32)> = (0..nf).filter(|&i| l.funcs[i]).filter_map(|i| Some((i as u32, l.forward(m, i)?))).collect();
        for &(f, g) in &forwards {
            if forwards.binary_search_by_key(&g, |x| x.0).is_err() {
                l.funcs[f as usize] = false;
                l.same.push((f, g));
            }
        }
        l.dropped = l.unused_params(m, bodies, &tabled);
        l
    }

    /// The function `i` only calls, passing its parameters in order and returning what it
    /// returns, when that function has its signature; calls of functions left with nothing
    /// to do aside.
    fn forward(&self, m: &Module, i: usize) -> Option<u32> {
        let f = &m.funcs[i];
        let same = |g: u32, args: &[Expr]| {
            let t = &m.funcs[g as usize];
            let own = args.len() == f.params.len() && args.iter().enumerate().all(|(n, a)| matches!(a, Expr::Local(l) if *l as usize == n));
            (g as usize != i && own && t.params == f.params && t.results == f.results).then_some(g)
        };
        let mut to = None;
        for s in f.body.iter() {
            match s {
                Stmt::Line(_) => {}
                Stmt::StackInit if !self.heap => {}
                Stmt::Return(es) if es.is_empty() && f.results.is_empty() => {}
                Stmt::Drop(Expr::Call(FuncRef::Func(e), args), 0) if args.is_empty() && !self.funcs[*e as usize] && empty(m, *e as usize, |g| self.globals[g as usize]) => {}
                Stmt::Drop(Expr::Call(FuncRef::Func(g), args), 0) if to.is_none() => to = Some(same(*g, args)?),
                Stmt::Return(es) if to.is_none() => match es.as_slice() {
                    [Expr::Call(FuncRef::Func(g), args)] => to = Some(same(*g, args)?),
                    _ => return None,
                },
                _ => return None,
            }
        }
        to
    }
}

impl Live {
    /// By function, the parameters that every live call passes non-nil, of the functions
    /// only such calls reach.
    fn nonnil_params(&self, m: &Module, bodies: &memo::Bodies, tabled: &[bool]) -> Vec<u64> {
        let mut nn = vec![0u64; m.funcs.len()];
        for (i, n) in nn.iter_mut().enumerate() {
            if self.funcs[i] && !tabled[i] {
                if let Some(sum) = bodies.get(i).filter(|s| !s.resumable) {
                    *n = sum.unwritten;
                }
            }
        }
        outside(m, &mut nn);
        nonnil::narrow(&mut nn, &self.funcs, bodies);
        nn
    }

    /// [`Live::dropped`]; a function that another is for keeps its signature.
    fn unused_params(&self, m: &Module, bodies: &memo::Bodies, tabled: &[bool]) -> Vec<u64> {
        let mut d = vec![0u64; m.funcs.len()];
        let mut any = false;
        for (i, n) in d.iter_mut().enumerate() {
            if self.funcs[i] && !tabled[i] {
                if let Some(sum) = bodies.get(i).filter(|s| !s.resumable) {
                    *n = sum.unused;
                    any |= *n != 0;
                }
            }
        }
        if !any {
            return Vec::new();
        }
        outside(m, &mut d);
        for &(_, g) in &self.same {
            d[g as usize] = 0;
        }
        for (g, _) in self.funcs.iter().enumerate().filter(|(_, l)| **l) {
            for c in bodies.get(g).iter().flat_map(|s| &s.args) {
                if let Some(n) = d.get_mut(c.callee as usize) {
                    *n &= c.plain;
                }
            }
        }
        // A parameter passed on is left out where the callee leaves it out: the greatest
        // fixpoint, as for nil checks.
        loop {
            let mut changed = false;
            for g in 0..d.len() {
                let Some(sum) = bodies.get(g).filter(|_| d[g] != 0) else { continue };
                for c in &sum.args {
                    let callee = d.get(c.callee as usize).copied().unwrap_or(0);
                    for &(a, q) in &sum.pairs[c.lo as usize..c.hi as usize] {
                        if d[g] >> q & 1 != 0 && callee >> a & 1 == 0 {
                            d[g] &= !(1 << q);
                            changed = true;
                        }
                    }
                }
            }
            if !changed {
                return d;
            }
        }
    }
}

impl Live {
    /// Whether [`Live::dropped`] makes the module smaller: each argument left
    /// out saves 2 bytes or more, and the new signatures may cost more types than they
    /// save. `fixed`: the signatures the module declares other than its functions' and its
    /// indirect calls'.
    pub(super) fn drops_pay(&self, m: &Module, bodies: &memo::Bodies, fixed: &[(&[ValType], &[ValType])]) -> bool {
        if self.dropped.is_empty() {
            return false;
        }
        let mut saved = 0;
        for (g, _) in self.funcs.iter().enumerate().filter(|(_, l)| **l) {
            for c in bodies.get(g).iter().flat_map(|s| &s.args) {
                saved += 2 * self.dropped.get(c.callee as usize).map_or(0, |d| d.count_ones() as usize);
            }
        }
        // The signatures both type sections have, then those of the functions that change.
        let indirect = self.indirect.iter().map(|(p, r)| (&p[..], &r[..]));
        let live = m.funcs.iter().enumerate().filter(|(i, _)| self.funcs[*i]);
        let changed = |i: usize| self.dropped.get(i).is_some_and(|d| *d != 0);
        let common: HashSet<(&[ValType], &[ValType])> = fixed.iter().copied().chain(indirect).chain(live.clone().filter(|(i, _)| !changed(*i)).map(|(_, f)| (&f.params[..], &f.results[..]))).collect();
        let mut old: HashSet<(&[ValType], &[ValType])> = HashSet::default();
        let mut new: HashSet<(Vec<ValType>, &[ValType])> = HashSet::default();
        for (i, f) in live.filter(|(i, _)| changed(*i)) {
            let (p, r) = (kept(&f.params, self.dropped[i]), &f.results[..]);
            if !common.contains(&(&p[..], r)) {
                new.insert((p, r));
            }
            if !common.contains(&(&f.params[..], r)) {
                old.insert((&f.params[..], r));
            }
        }
        let uleb = |n: usize| if n < 128 { 1 } else { 2 };
        let size = |p: &[ValType], r: &[ValType]| 1 + uleb(p.len()) + p.len() + uleb(r.len()) + r.len();
        let (n_old, n_new) = (common.len() + old.len(), common.len() + new.len());
        let before = uleb(n_old) + old.iter().map(|(p, r)| size(p, r)).sum::<usize>();
        let after = uleb(n_new) + new.iter().map(|(p, r)| size(p, r)).sum::<usize>();
        // A type index of 128 or more takes 2 bytes in the function section.
        after <= before + saved && n_new <= 128
    }
}

/// `params` without those of `dropped` (bits).
pub(super) fn kept(params: &[ValType], dropped: u64) -> Vec<ValType> {
    params.iter().enumerate().filter(|(i, _)| *i >= 64 || dropped >> i & 1 == 0).map(|(_, t)| *t).collect()
}

/// Clears `by_func`'s entries of the functions called from outside, or by code codegen makes.
fn outside(m: &Module, by_func: &mut [u64]) {
    let c = &m.checks;
    let fixed = [c.panic_index, c.panic_slice, c.panic_nil, m.budget_exceeded, m.stack_overflow, m.malloc].into_iter().flatten();
    for f in m.exports.iter().map(|(_, f)| *f).chain(fixed) {
        if let FuncRef::Func(i) = f {
            if let Some(n) = by_func.get_mut(i as usize) {
                *n = 0;
            }
        }
    }
}

/// Whether function `i` takes and returns nothing and only writes constants to globals
/// that are not `live`.
pub(super) fn empty(m: &Module, i: usize, live: impl Fn(u32) -> bool) -> bool {
    let f = &m.funcs[i];
    f.params.is_empty()
        && f.results.is_empty()
        && f.body.iter().all(|s| matches!(s, Stmt::SetGlobal(g, Expr::I32(_) | Expr::I64(_) | Expr::F32(_) | Expr::F64(_)) if !live(*g)))
}
