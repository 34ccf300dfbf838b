//! The call-graph fixpoint of the whole-module passes: the functions that may reach given
//! ones through calls. The resumable transform asks which functions may reach gopark (may
//! block), unwinding which may reach gopanic (may unwind).

use super::{visit_exprs, Expr as E, FuncRef, Module, ValType};
use crate::fx::HashMap;

/// A function signature: parameter and result types.
pub type Sig = (Vec<ValType>, Vec<ValType>);

/// Indirect calls' signatures numbered in the order first met, so that the analyses compare
/// numbers instead of type lists.
#[derive(Default)]
pub struct SigIds {
    list: Vec<super::Sig>,
    ids: HashMap<super::Sig, u32>,
}

impl SigIds {
    pub fn intern(&mut self, sig: &super::Sig) -> u32 {
        if let Some(&id) = self.ids.get(sig) {
            return id;
        }
        let id = self.list.len() as u32;
        self.list.push(sig.clone());
        self.ids.insert(sig.clone(), id);
        id
    }

    /// The number of the signature `params -> results`, if met.
    pub fn find(&self, params: &[ValType], results: &[ValType]) -> Option<u32> {
        self.list.iter().position(|s| s.params == params && s.results == results).map(|i| i as u32)
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }
}

/// What a function's body calls, known without walking it.
pub struct Known<'a> {
    /// Its direct callees.
    pub callees: &'a [u32],
    /// The functions whose address it takes.
    pub addrs: &'a [u32],
    /// The signatures of its indirect calls.
    pub sigs: &'a [super::Sig],
}

/// What a function's body calls, read from it.
#[derive(Default)]
struct Read {
    callees: Vec<u32>,
    addrs: Vec<u32>,
    sigs: Vec<super::Sig>,
}

impl Read {
    /// Adds what function `i`'s body calls (the signatures of its indirect calls if `sigs`).
    fn read(&mut self, m: &Module, i: usize, sigs: bool) {
        visit_exprs(&m.funcs[i].body, &mut |e| match e {
            E::Call(FuncRef::Func(c), _) => self.callees.push(*c),
            E::FuncAddr(FuncRef::Func(a)) => self.addrs.push(*a),
            E::CallIndirect { sig, .. } if sigs => self.sigs.push((**sig).clone()),
            _ => {}
        });
    }

    fn known(&self) -> Known<'_> {
        Known { callees: &self.callees, addrs: &self.addrs, sigs: &self.sigs }
    }
}

/// Calls `f(i, calls)` for each function `i` in order: `known(i)`, or else its direct
/// callees, the functions whose address it takes and (where `sigs(i)`) its indirect calls'
/// signatures, each list in the body's order. The bodies are read on the module's threads
/// (`par.rs`), or one at a time into one buffer on one thread.
pub fn each_calls<'a>(m: &Module, known: &dyn Fn(usize) -> Option<Known<'a>>, sigs: &(dyn Fn(usize) -> bool + Sync), mut f: impl FnMut(usize, Known)) {
    // (wasm32 has no threads: the page's compiler carries one path.)
    if m.threads <= 1 || cfg!(target_arch = "wasm32") {
        let mut r = Read::default();
        for i in 0..m.funcs.len() {
            match known(i) {
                Some(k) => f(i, k),
                None => {
                    (r.callees.clear(), r.addrs.clear(), r.sigs.clear());
                    r.read(m, i, sigs(i));
                    f(i, r.known());
                }
            }
        }
        return;
    }
    let known: Vec<Option<Known>> = (0..m.funcs.len()).map(known).collect();
    let which: Vec<usize> = (0..known.len()).filter(|&i| known[i].is_none()).collect();
    let read = crate::par::map(which.len(), m.threads, || (), |_, k| {
        let mut r = Read::default();
        r.read(m, which[k], sigs(which[k]));
        r
    });
    let mut read = read.iter();
    for (i, k) in known.into_iter().enumerate() {
        if let Some(k) = k.or_else(|| read.next().map(Read::known)) {
            f(i, k);
        }
    }
}

/// The functions that may call one of `seeds`, transitively (`seeds` included). Without
/// `table`, only direct calls count. With `table` (the table functions besides those whose
/// address some body takes, which the same walk of the bodies finds), an indirect call may
/// also reach every table function of its signature; the second result is then the
/// signatures of the table functions found, in table order (by index), without repeats.
/// What function `i` calls is `known(i)` when it gives it, else read from its body.
pub fn callers<'a>(m: &Module, seeds: Vec<bool>, known: &dyn Fn(usize) -> Option<Known<'a>>, table: Option<&[usize]>) -> (Vec<bool>, Vec<Sig>) {
    let mut found = seeds;
    // Direct calls as (callee, caller), indirect ones as (signature, caller) with the
    // signatures interned, and the functions whose address is taken, from one walk of the
    // module.
    let mut edges = Vec::new();
    let mut indirect: Vec<(u32, u32)> = Vec::new();
    let mut sig_ids = SigIds::default();
    let mut addrs: Vec<usize> = table.unwrap_or_default().to_vec();
    each_calls(m, known, &|_| table.is_some(), |i, k| {
        let caller = i as u32;
        edges.extend(k.callees.iter().map(|&c| (c, caller)));
        if table.is_some() {
            indirect.extend(k.sigs.iter().map(|s| (sig_ids.intern(s), caller)));
            addrs.extend(k.addrs.iter().map(|&a| a as usize));
        }
    });
    crate::sort::sort(&mut addrs);
    addrs.dedup();
    // Callers grouped by callee in linear time (counting, not sorting):
    // those of f are `by_callee[start[f]..start[f + 1]]`.
    let n = m.funcs.len();
    let mut start = vec![0u32; n + 1];
    edges.retain(|&(c, _)| (c as usize) < n);
    for &(c, _) in &edges {
        start[c as usize + 1] += 1;
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut by_callee = vec![0u32; edges.len()];
    for &(c, caller) in &edges {
        by_callee[fill[c as usize] as usize] = caller;
        fill[c as usize] += 1;
    }
    let mut in_table = vec![false; m.funcs.len()];
    addrs.iter().for_each(|&t| in_table[t] = true);
    // The signatures of indirect calls that may reach a table function found.
    let mut reached = vec![false; sig_ids.len()];
    let mut work: Vec<u32> = (0..m.funcs.len() as u32).filter(|&i| found[i as usize]).collect();
    let join = |caller: u32, found: &mut Vec<bool>, work: &mut Vec<u32>| {
        if let Some(b) = found.get_mut(caller as usize).filter(|b| !**b) {
            *b = true;
            work.push(caller);
        }
    };
    while let Some(f) = work.pop() {
        for &caller in &by_callee[start[f as usize] as usize..start[f as usize + 1] as usize] {
            join(caller, &mut found, &mut work);
        }
        // A table function found: every indirect call of its signature may reach it.
        let func = &m.funcs[f as usize];
        if in_table[f as usize] {
            if let Some(id) = sig_ids.find(&func.params, &func.results) {
                if !std::mem::replace(&mut reached[id as usize], true) {
                    for &(_, caller) in indirect.iter().filter(|(s, _)| *s == id) {
                        join(caller, &mut found, &mut work);
                    }
                }
            }
        }
    }
    let mut sigs: Vec<Sig> = Vec::new();
    for &i in addrs.iter().filter(|&&i| found[i]) {
        let sig = (m.funcs[i].params.to_vec(), m.funcs[i].results.to_vec());
        if !sigs.contains(&sig) {
            sigs.push(sig);
        }
    }
    (found, sigs)
}
