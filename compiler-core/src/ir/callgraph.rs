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
    for (i, f) in m.funcs.iter().enumerate() {
        let caller = i as u32;
        match known(i) {
            Some(k) => {
                edges.extend(k.callees.iter().map(|&c| (c, caller)));
                if table.is_some() {
                    indirect.extend(k.sigs.iter().map(|s| (sig_ids.intern(s), caller)));
                    addrs.extend(k.addrs.iter().map(|&a| a as usize));
                }
            }
            None => visit_exprs(&f.body, &mut |e| match e {
                E::Call(FuncRef::Func(c), _) => edges.push((*c, caller)),
                E::CallIndirect { sig, .. } if table.is_some() => indirect.push((sig_ids.intern(sig), caller)),
                E::FuncAddr(FuncRef::Func(a)) if table.is_some() => addrs.push(*a as usize),
                _ => {}
            }),
        }
    }
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
        let sig = (m.funcs[i].params.clone(), m.funcs[i].results.clone());
        if !sigs.contains(&sig) {
            sigs.push(sig);
        }
    }
    (found, sigs)
}
