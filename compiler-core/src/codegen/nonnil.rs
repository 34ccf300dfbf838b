//! Nil checks of parameters that every caller passes a non-nil pointer, left out: `&swaps`
//! passed down slices' pivot selection, the receiver of `random.Next()` on a local value.
//! The guard pass (`ir/checks.rs`) sees one function at a time; here the module's live
//! callers are known.
//!
//! A body's walk (`Summary`, memoized with it) gives the parameters it never writes, its nil
//! checks of those (each with what its failing arm refers to, kept apart from the body's own
//! references), and for each direct call which arguments are known non-nil: a data address,
//! a constant other than zero, a local whose every write is one of these and one of whose
//! writes dominates the call (an earlier statement of the same or an enclosing list), or one
//! of the caller's parameters it never writes, which holds if that parameter does. Dead-code
//! elimination (`Live::compute`) then finds, over the live functions, the parameters every
//! call passes non-nil (a greatest fixpoint: all, then less until the calls agree), for
//! functions that only direct calls reach (not in the table, not exported, not called by
//! code codegen makes, not resumable); the checks of the others count as the body's own
//! references once the live functions are known, which may make more functions live, so it
//! goes on until no check is added. An encoded body records the parameters whose checks it
//! left out, and is reused only where they are the same (`memo.rs`).

use crate::ir::{Expr, FuncRef, Local, Stmt, UnOp, ValType};

use super::memo::Bodies;

/// A nil check of parameter `param` (never written): `if p == 0 { panicnil(site, line);
/// unreachable }` as the lowering writes it, with no unwinding check; its failing arm.
pub fn param_site(s: &Stmt, panic_nil: Option<FuncRef>, params: u64) -> Option<(Local, &[Stmt])> {
    let Stmt::If(Expr::Un(UnOp::Eqz, ValType::I32, p), arm, els) = s else { return None };
    let Expr::Local(l) = **p else { return None };
    if l >= 64 || params >> l & 1 == 0 || !els.is_empty() {
        return None;
    }
    let [Stmt::Drop(Expr::Call(f, _), 0), Stmt::Unreachable] = arm.as_slice() else { return None };
    (Some(*f) == panic_nil).then_some((l, arm.as_slice()))
}

/// A nil check of a parameter, with what its failing arm refers to.
pub struct Site {
    pub param: Local,
    pub calls: Vec<FuncRef>,
    pub data: Vec<u32>,
    pub globals: Vec<u32>,
}

/// A direct call's arguments: those known non-nil (bits), those a local or a constant (bits:
/// left out where the callee ignores them, `Live::dropped`), and those that pass one of the
/// caller's parameters it never writes, `Summary::pairs[lo..hi]` as (argument, parameter).
pub struct CallArgs {
    pub callee: u32,
    pub known: u64,
    pub plain: u64,
    pub lo: u32,
    pub hi: u32,
}

/// The parameters of a body with `n` parameters that it never writes (as bits), its direct
/// calls' arguments (calls without arguments left out), their pairs, and the parameters it
/// neither writes nor reads other than as a direct call's argument (`Live::dropped`).
pub fn scan(body: &[Stmt], n: usize) -> (u64, Vec<CallArgs>, Vec<(u8, u8)>, u64) {
    let mut cx = Cx::default();
    cx.list(body, 0);
    let mask = if n >= 64 { u64::MAX } else { (1u64 << n) - 1 };
    let unwritten = mask & !cx.any;
    let mut pairs = Vec::new();
    let mut pending = cx.pending.iter().peekable();
    for (c, call) in cx.calls.iter_mut().enumerate() {
        call.lo = pairs.len() as u32;
        while let Some((_, a, l, dom)) = pending.next_if(|p| p.0 == c as u32) {
            if unwritten & bit(*l) != 0 {
                pairs.push((*a, *l as u8));
            } else if *dom && cx.bad & bit(*l) == 0 {
                call.known |= bit(u32::from(*a));
            }
        }
        call.hi = pairs.len() as u32;
    }
    (unwritten, cx.calls, pairs, unwritten & !cx.read)
}

/// A value that is never zero.
fn nonzero(e: &Expr) -> bool {
    match e {
        Expr::Data(_) => true,
        Expr::I32(c) => *c != 0,
        Expr::Seq(_, v) => nonzero(v),
        _ => false,
    }
}

fn bit(l: Local) -> u64 {
    1u64.checked_shl(l).unwrap_or(0)
}

#[derive(Default)]
struct Cx {
    /// The locals (below 64) the body writes, those it may write with a value that could be
    /// zero, and those it reads other than as a direct call's argument.
    any: u64,
    bad: u64,
    read: u64,
    calls: Vec<CallArgs>,
    /// Arguments that are locals: (call, argument, local, a write of it dominates the call).
    pending: Vec<(u32, u8, Local, bool)>,
}

impl Cx {
    /// `dom`: the locals written non-nil by a statement that dominates this list.
    fn list(&mut self, ss: &[Stmt], mut dom: u64) -> u64 {
        for s in ss {
            s.exprs().for_each(|e| self.expr(e, dom));
            match s {
                Stmt::If(_, a, b) => {
                    self.list(a, dom);
                    self.list(b, dom);
                }
                Stmt::Block(_, b) | Stmt::Loop(_, b) => {
                    self.list(b, dom);
                }
                Stmt::Set(l, e) => {
                    self.any |= bit(*l);
                    if nonzero(e) {
                        dom |= bit(*l);
                    } else {
                        self.bad |= bit(*l);
                        dom &= !bit(*l);
                    }
                }
                Stmt::SetMulti(ls, _) => ls.iter().for_each(|l| {
                    self.any |= bit(*l);
                    self.bad |= bit(*l);
                    dom &= !bit(*l);
                }),
                Stmt::Frame { fp, .. } => {
                    self.any |= bit(*fp);
                    self.bad |= bit(*fp);
                    dom &= !bit(*fp);
                }
                Stmt::FrameReset { fp, .. } | Stmt::FramePop(fp) => self.read |= bit(*fp),
                Stmt::Root { fp, value, .. } => self.read |= bit(*fp) | bit(*value),
                _ => {}
            }
        }
        dom
    }

    fn expr(&mut self, e: &Expr, dom: u64) {
        match e {
            Expr::Local(l) => self.read |= bit(*l),
            Expr::Seq(ss, v) => {
                let dom = self.list(ss, dom);
                self.expr(v, dom);
                return;
            }
            Expr::Call(FuncRef::Func(f), args) if !args.is_empty() => {
                let (c, mut known, mut plain) = (self.calls.len() as u32, 0, 0);
                for (i, a) in args.iter().enumerate().take(64) {
                    if matches!(a, Expr::Local(_) | Expr::I32(_) | Expr::I64(_) | Expr::F32(_) | Expr::F64(_) | Expr::Data(_)) {
                        plain |= bit(i as u32);
                    }
                    match a {
                        Expr::Local(l) if *l < 64 => self.pending.push((c, i as u8, *l, dom & bit(*l) != 0)),
                        a if nonzero(a) => known |= bit(i as u32),
                        _ => {}
                    }
                }
                self.calls.push(CallArgs { callee: *f, known, plain, lo: 0, hi: 0 });
                // A local passed whole is in `pairs`, not among the reads.
                for (i, a) in args.iter().enumerate() {
                    if i >= 64 || !matches!(a, Expr::Local(_)) {
                        self.expr(a, dom);
                    }
                }
                return;
            }
            _ => {}
        }
        e.children().for_each(|c| self.expr(c, dom));
    }
}

/// Narrows `nn` (by function, the parameters still thought non-nil) until every call of the
/// `live` functions agrees with it.
pub(super) fn narrow(nn: &mut [u64], live: &[bool], bodies: &Bodies) {
    loop {
        let mut changed = false;
        for (g, _) in live.iter().enumerate().filter(|(_, l)| **l) {
            let Some(sum) = bodies.get(g) else { continue };
            for c in &sum.args {
                let Some(&have) = nn.get(c.callee as usize) else { continue };
                if have == 0 {
                    continue;
                }
                let mut known = c.known;
                for &(a, q) in &sum.pairs[c.lo as usize..c.hi as usize] {
                    if nn[g] >> q & 1 != 0 {
                        known |= 1 << a;
                    }
                }
                if have & !known != 0 {
                    nn[c.callee as usize] = have & known;
                    changed = true;
                }
            }
        }
        if !changed {
            return;
        }
    }
}
