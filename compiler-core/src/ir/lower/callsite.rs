//! Call sites for `runtime.Caller`: gc walks its stack for them, our runtime keeps no such
//! stack. In a program where some package calls `runtime.Caller` (`Info::uses_caller`), a
//! direct call from a non-runtime function first runs `runtime.setCallSite(depth, site,
//! callee)`: it stores the call's site (the panic-site record, `Lowerer::site`: function,
//! file, line) in slot `depth`, the calling function's depth as read on entry
//! (`runtime.callSiteDepth`), and sets the depth of the callee to one more. Slots are never
//! popped: a function always writes at its own entry depth, so returns, panics and recovers
//! leave nothing to undo. The site is stored after the call's arguments are evaluated (their
//! own calls record theirs first). After lowering, `keep_call_sites` keeps only the records
//! of calls whose callee may reach `runtime.Caller`, and the entry reads of functions left
//! with none. Calls through interfaces and func values record nothing: `Caller` sees the
//! nearest direct call above them. Goroutines share the slots.

use crate::diag::Pos;
use crate::ir::callgraph::callers;
use crate::ir::{Expr as E, FuncRef, Stmt as S};

use super::{FnLower, Lowerer};

impl<'l, 'a> FnLower<'l, 'a> {
    /// The call of `f` with arguments `av` at `pos`, recording its site when the program
    /// calls `runtime.Caller`.
    pub(super) fn site_call(&mut self, f: FuncRef, mut av: Vec<E>, pos: Pos) -> E {
        let (FuncRef::Func(callee), false, true) = (f, self.runtime, self.info().uses_caller) else { return E::Call(f, av) };
        let Some(set) = self.l.runtime_func("setCallSite") else { return E::Call(f, av) };
        let depth = match self.site_depth {
            Some(d) => d,
            None => {
                let d = self.new_local(crate::ir::ValType::I32);
                *self.site_depth.insert(d)
            }
        };
        let name = self.name.clone();
        let mut args = vec![E::Local(depth)];
        args.extend(self.l.site(&name, pos));
        args.push(E::I32(callee as i32));
        let mark = S::Drop(E::Call(set, args), 0);
        let callee = &self.l.m.funcs[callee as usize];
        let (last_type, results) = (callee.params.last().copied(), callee.results.len());
        match (av.pop(), last_type) {
            // After the last argument's value: the arguments' own calls come first.
            (Some(last), Some(t)) => {
                let tmp = self.new_local(t);
                av.push(E::Seq(vec![S::Set(tmp, last), mark], Box::new(E::Local(tmp))));
                E::Call(f, av)
            }
            (None, _) if results == 1 => E::Seq(vec![mark], Box::new(E::Call(f, av))),
            (last, _) => {
                av.extend(last);
                self.emit(mark);
                E::Call(f, av)
            }
        }
    }

    /// The entry statement reading the call-site depth, when a call recorded its site.
    pub(super) fn site_depth_entry(&mut self) -> Option<S> {
        let depth = self.site_depth?;
        let read = self.l.runtime_func("callSiteDepth")?;
        Some(S::Set(depth, E::Call(read, Vec::new())))
    }
}

impl Lowerer<'_> {
    /// Drops the site records of calls that cannot reach `runtime.Caller`, and the depth read
    /// of functions left without records.
    pub(super) fn keep_call_sites(&mut self) {
        let (Some(set), Some(read)) = (self.runtime_func("setCallSite"), self.runtime_func("callSiteDepth")) else { return };
        if !self.info.uses_caller || !self.reached(Some(set)) {
            return;
        }
        let mut seeds = vec![false; self.m.funcs.len()];
        if let Some(FuncRef::Func(c)) = self.runtime_func("Caller").filter(|c| self.reached(Some(*c))) {
            seeds[c as usize] = true;
        }
        let (reach, _) = callers(&self.m, seeds, &|_| None, None);
        for f in self.m.funcs.iter_mut().filter(|f| !f.name.starts_with("runtime.")) {
            if strip(&mut f.body, set, &reach) == 0 {
                f.body.retain(|s| !matches!(s, S::Set(_, E::Call(r, _)) if *r == read));
            }
        }
    }
}

/// Removes the records of calls whose callee is not in `keep`; returns how many are left.
fn strip(ss: &mut Vec<S>, set: FuncRef, keep: &[bool]) -> usize {
    let is_mark = |s: &S| matches!(s, S::Drop(E::Call(f, _), _) if *f == set);
    let kept = |s: &S| match s {
        S::Drop(E::Call(_, a), _) => matches!(a.last(), Some(E::I32(c)) if keep.get(*c as usize) == Some(&true)),
        _ => false,
    };
    ss.retain(|s| !is_mark(s) || kept(s));
    let mut left = ss.iter().filter(|s| is_mark(s)).count();
    for s in ss.iter_mut() {
        s.each_body_mut(|b| left += strip(b, set, keep));
        s.each_expr_mut(|e| left += strip_expr(e, set, keep));
    }
    left
}

fn strip_expr(e: &mut E, set: FuncRef, keep: &[bool]) -> usize {
    let mut left = 0;
    if let E::Seq(ss, _) = e {
        left += strip(ss, set, keep);
    }
    e.each_child_mut(|c| left += strip_expr(c, set, keep));
    left
}
