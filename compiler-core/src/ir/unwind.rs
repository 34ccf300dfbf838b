//! Panics, deferred calls and recover; here, the unwinding after a panic.
//!
//! A defer statement makes a record (runtime/defer.go: a thunk's table index, then the
//! evaluated function value, receiver and arguments) pushed on the goroutine's chain
//! (`deferHead`, saved in the g by the scheduler); a function with defers remembers the head
//! at entry and, at every return, sets its (named) results, runs its records LIFO, then
//! returns the named results, which deferred closures may have changed
//! (`ir/lower/defers.rs`). Panics take one of two forms, chosen after the may-block analysis
//! (the runtime's `recoverEnabled`, replaced by a constant):
//!
//! - *direct*, when nothing can recover and no deferred call may block: `gopanic` runs all
//!   of the goroutine's records, prints gc's chain (`panic: first [recovered]` /
//!   `\tpanic: second`) and exits, at no cost in the compiled code (when no defer statement is
//!   reachable, `panicdefers` becomes a constant and panic paths get none of this);
//! - *unwinding*, when the program calls recover or a deferred call may block. wasmi has no
//!   exception handling, so unwinding is explicit: `gopanic` records the panic and returns
//!   with `runtime.unwinding` set, and [`instrument`] follows every call that may reach
//!   gopanic (a call-graph analysis; indirect calls by signature) with a check that leaves
//!   the function, returning zeros (through one return, [`share_exit`]), in every
//!   non-runtime function (method-value, method-expression and interface wrappers included).
//!
//! Checks follow calls in every expression: calls inside an expression are hoisted into
//! locals (earlier operands first, so the order of evaluation is kept), each followed by
//! its check, so `f(g(), h())` never calls h once g has panicked. Only calls that may reach
//! gopanic get one; other programs get none, and their functions' handlers are removed
//! ([`strip`]).
//!
//! A function with defers has a handler after its body (`unwind_handler`) that runs its
//! records for the panic (`deferstart`/`deferdone`). A deferred call thus runs in the frame
//! that deferred it, so one that blocks simply makes that function and its callers
//! resumable, and the goroutine suspends mid-panic like anywhere else. One that recovers ends
//! the panic (and the panics it aborted: a deferred call that panicked during another
//! panic's run); the function runs its other records and returns its named results. With no
//! record left in the goroutine the program dies (`fatalpanic`). The goroutine's panics
//! (`panicChain`) are saved in its g (`gPanic`).
//!
//! recover works only in the function a thunk called directly, for the panic running that
//! thunk's record: thunks set `deferTarget`/`deferRec`, the callee keeps the record at
//! entry, and func-value and method-value wrappers pass `deferTarget` on to the function
//! they call. Runtime errors capture their printed message into an error value
//! (`runtimeError`), so they recover like gc's `runtime.Error`. Left-side operands that call
//! functions are evaluated before the right side (`m[k()] = v()`), so a panic in v leaves m
//! unchanged.

use super::callgraph::{self, Sig};
use super::{zero, Expr as E, Func, FuncRef, Label, Local, Module, Stmt as S, ValType};

/// A function with defer statements: its body is `Block(label, ...)` then its handler.
#[derive(Clone, Debug)]
pub struct Site {
    pub func: u32,
    pub label: Label,
    /// Locals the handler returns after a recovery (named results): a call that panics
    /// must not overwrite them.
    pub protect: Vec<Local>,
}

/// Functions that get no checks: the runtime (written to return after raising a panic),
/// goroutine entries and export wrappers (a panic never unwinds past the goroutine's last
/// function with deferred calls).
fn unchecked(name: &str) -> bool {
    name.starts_with("runtime.") || name.starts_with("export ") || name == "_start" || name == "_initialize"
}

/// Without unwinding: the handlers go, leaving the bodies as they were.
pub fn strip(m: &mut Module, sites: &[Site]) {
    for s in sites {
        let body = &mut m.funcs[s.func as usize].body;
        if let Some(i) = body.iter().position(|x| matches!(x, S::Block(l, _) if *l == s.label)) {
            let S::Block(_, inner) = body.remove(i) else {
                continue;
            };
            body.truncate(i);
            body.extend(inner);
        }
    }
}

/// With unwinding: checks after every call that may reach `gopanic` (`unwound`: which
/// functions may, and the signatures of the table functions that may, [`may_unwind`]), in
/// every function `only` accepts that is not [`unchecked`] nor a thunk (a deferred call's
/// thunk returns right after its call anyway).
#[allow(clippy::too_many_arguments)]
pub fn instrument(m: &mut Module, sites: &[Site], thunks: &[u32], unwound: &(Vec<bool>, Vec<Sig>), freedefer: Option<FuncRef>, unwinding: u32, only: &dyn Fn(usize) -> bool) {
    let (may, sigs) = unwound;
    let mut skip = vec![false; m.funcs.len()];
    for &t in thunks {
        skip[t as usize] = true;
    }
    // A function's first site.
    let mut site_of: Vec<Option<&Site>> = vec![None; m.funcs.len()];
    for s in sites.iter().rev() {
        if let Some(x) = site_of.get_mut(s.func as usize) {
            *x = Some(s);
        }
    }
    // Each function with its locals and body taken out: a function's checks read only other
    // functions' results, so they are placed on `m.threads` workers.
    let mut jobs: Vec<(usize, Func)> = Vec::new();
    for i in 0..m.funcs.len() {
        if !(skip[i] || unchecked(&m.funcs[i].name)) && only(i) {
            jobs.push((i, m.funcs[i].take_code()));
        }
    }
    let shared = &*m;
    crate::par::each_mut(&mut jobs, m.threads, || (), |_, _, (i, f)| instrument_one(shared, *i, f, site_of[*i], may, sigs, freedefer, unwinding));
    for (i, f) in jobs {
        m.funcs[i].restore_code(f);
    }
}

/// Places function `i`'s checks (`own`: its locals and body, out of `m`).
#[allow(clippy::too_many_arguments)]
fn instrument_one(m: &Module, i: usize, own: &mut Func, site: Option<&Site>, may: &[bool], sigs: &[Sig], freedefer: Option<FuncRef>, unwinding: u32) {
    let mut body = std::mem::take(&mut own.body).into_vec();
    let results = own.results.clone();
    let check = match site {
        Some(s) => S::If(E::Global(unwinding), vec![S::Br(s.label)], vec![]),
        None => S::If(E::Global(unwinding), vec![S::Return(results.iter().map(|v| zero(*v)).collect())], vec![]),
    };
    let mut f = Flat { m, f: own, func: i, may, sigs, check, free: freedefer, protect: site.map(|s| s.protect.clone()).unwrap_or_default() };
    match site {
        Some(s) => {
            for x in body.iter_mut() {
                if let S::Block(l, inner) = x {
                    if *l == s.label {
                        let b = std::mem::take(inner);
                        *inner = f.stmts(b);
                    }
                }
            }
        }
        None => {
            body = f.stmts(body);
            // A check right before returning nothing is of no use.
            if results.is_empty() {
                drop_useless(&mut body, &f.check, true);
            }
            body = share_exit(body, &f.check, &results);
        }
    }
    f.f.body = body.into();
}

/// A function with several checks leaves through one `return` of zeros after its body,
/// each check a `br_if` out of the block around it (4 bytes, where a `return` of its own
/// takes 4 more plus the zeros).
fn share_exit(mut body: Vec<S>, check: &S, results: &[ValType]) -> Vec<S> {
    fn count(ss: &[S], check: &S) -> usize {
        ss.iter()
            .map(|s| match s {
                s if s == check => 1,
                S::If(_, a, b) => count(a, check) + count(b, check),
                S::Block(_, b) | S::Loop(_, b) => count(b, check),
                _ => 0,
            })
            .sum()
    }
    fn retarget(ss: &mut [S], check: &S, to: &S) {
        for s in ss {
            if s == check {
                *s = to.clone();
                continue;
            }
            s.each_body_mut(|b| retarget(b, check, to));
        }
    }
    if count(&body, check) < 2 {
        return body;
    }
    let S::If(cond, _, _) = check else {
        return body;
    };
    let label = super::max_label(&body) + 1;
    retarget(&mut body, check, &S::If(cond.clone(), vec![S::Br(label)], vec![]));
    let mut out = vec![S::Block(label, body)];
    if !results.is_empty() {
        out.push(S::Return(results.iter().map(|v| zero(*v)).collect()));
    }
    out
}

fn drop_useless(ss: &mut Vec<S>, check: &S, at_end: bool) {
    let mut i = 0;
    while i < ss.len() {
        let next_returns = match ss.get(i + 1) {
            Some(S::Return(es)) => es.is_empty(),
            None => at_end,
            _ => false,
        };
        if &ss[i] == check && next_returns {
            ss.remove(i);
            continue;
        }
        match &mut ss[i] {
            S::If(_, a, b) => {
                drop_useless(a, check, false);
                drop_useless(b, check, false);
            }
            S::Block(_, b) | S::Loop(_, b) => drop_useless(b, check, false),
            _ => {}
        }
        i += 1;
    }
}

/// Which functions may return with a panic unwinding (what function `i` calls is `known(i)`
/// when it gives it): gopanic and what calls them, directly or through the table (an indirect call may unwind when some table function of
/// its signature may).
pub fn may_unwind<'a>(m: &Module, gopanic: FuncRef, known: &dyn Fn(usize) -> Option<callgraph::Known<'a>>) -> (Vec<bool>, Vec<Sig>) {
    // Table functions: those of method tables, and (found by `callers`' walk) those whose
    // address some body takes.
    let relocs: Vec<usize> = m.table_funcs().map(|i| i as usize).collect();
    let mut may = vec![false; m.funcs.len()];
    if let FuncRef::Func(g) = gopanic {
        may[g as usize] = true;
    }
    callgraph::callers(m, may, known, Some(&relocs))
}

struct Calls<'a> {
    may: &'a [bool],
    sigs: &'a [Sig],
}

impl Calls<'_> {
    fn call(&self, e: &E) -> bool {
        match e {
            E::Call(FuncRef::Func(i), _) => self.may[*i as usize],
            E::CallIndirect { sig, .. } => self.sigs.iter().any(|(p, r)| *p == sig.params && *r == sig.results),
            _ => false,
        }
    }

    fn expr(&self, e: &E) -> bool {
        let own = match e {
            E::Seq(ss, _) => ss.iter().any(|s| self.stmt(s)),
            e => self.call(e),
        };
        own || e.children().any(|x| self.expr(x))
    }

    fn stmt(&self, s: &S) -> bool {
        s.exprs().any(|e| self.expr(e)) || s.bodies().any(|b| self.stmt(b))
    }
}

/// Hoists the calls that may unwind out of one function's expressions, a check after each.
struct Flat<'a> {
    /// The module, but for this function's locals and body: those are `f`'s.
    m: &'a Module,
    f: &'a mut Func,
    func: usize,
    may: &'a [bool],
    sigs: &'a [Sig],
    check: S,
    /// `runtime.freedefer`.
    free: Option<FuncRef>,
    protect: Vec<Local>,
}

impl Flat<'_> {
    fn calls(&self) -> Calls<'_> {
        Calls { may: self.may, sigs: self.sigs }
    }

    fn unwinds(&self, e: &E) -> bool {
        self.calls().expr(e)
    }

    fn stmt_unwinds(&self, s: &S) -> bool {
        self.calls().stmt(s)
    }

    /// The call itself (not its operands) may unwind.
    fn top(&self, e: &E) -> bool {
        self.calls().call(e)
    }

    fn new_local(&mut self, t: ValType) -> Local {
        self.f.new_local(t)
    }

    fn stmts(&mut self, ss: Vec<S>) -> Vec<S> {
        let mut out = Vec::with_capacity(ss.len());
        for s in ss {
            // A deferred call run at a return that panics: its record (already off the
            // chain) is freed before leaving for the handler.
            if let (S::Drop(E::Call(f, _), 0), Some(free)) = (&s, self.free) {
                if let (true, S::If(c, leave, _)) = (*f == free && out.last() == Some(&self.check), self.check.clone()) {
                    out.pop();
                    out.push(S::If(c, [vec![s.clone()], leave].concat(), vec![]));
                }
            }
            self.stmt(s, &mut out);
        }
        out
    }

    fn stmt(&mut self, s: S, out: &mut Vec<S>) {
        if !self.stmt_unwinds(&s) {
            out.push(s);
            return;
        }
        match s {
            S::Set(l, e) if self.top(&e) => {
                let e = self.call_operands(e, out);
                if self.protect.contains(&l) {
                    let t = self.new_local(self.result_types(&e)[0]);
                    out.push(S::Set(t, e));
                    out.push(self.check.clone());
                    out.push(S::Set(l, E::Local(t)));
                } else {
                    out.push(S::Set(l, e));
                    out.push(self.check.clone());
                }
            }
            S::SetMulti(ls, e) if self.top(&e) => {
                let e = self.call_operands(e, out);
                if ls.iter().any(|l| self.protect.contains(l)) {
                    let ts: Vec<Local> = self.result_types(&e).into_iter().map(|t| self.new_local(t)).collect();
                    out.push(S::SetMulti(ts.clone(), e));
                    out.push(self.check.clone());
                    for (l, t) in ls.into_iter().zip(ts) {
                        out.push(S::Set(l, E::Local(t)));
                    }
                } else {
                    out.push(S::SetMulti(ls, e));
                    out.push(self.check.clone());
                }
            }
            S::Drop(e, n) if self.top(&e) => {
                let e = self.call_operands(e, out);
                out.push(S::Drop(e, n));
                out.push(self.check.clone());
            }
            // Returning the call's results: nothing runs after it here.
            S::Return(mut es) if es.len() == 1 && self.top(&es[0]) => {
                let e = self.call_operands(es.remove(0), out);
                out.push(S::Return(vec![e]));
            }
            S::SetMulti(ls, E::Call(f, args)) => {
                let args = self.list(args, out);
                out.push(S::SetMulti(ls, E::Call(f, args)));
            }
            S::Drop(E::Call(f, args), n) => {
                let args = self.list(args, out);
                out.push(S::Drop(E::Call(f, args), n));
            }
            S::Set(l, e) => {
                let e = self.expr(e, out);
                out.push(S::Set(l, e));
            }
            S::SetGlobal(g, e) => {
                let e = self.expr(e, out);
                out.push(S::SetGlobal(g, e));
            }
            S::SetMulti(ls, e) => {
                let e = self.expr(e, out);
                out.push(S::SetMulti(ls, e));
            }
            S::Drop(e, n) => {
                let e = self.expr(e, out);
                out.push(S::Drop(e, n));
            }
            S::Store(m, a, v) => {
                let mut xs = self.list(vec![a, v], out);
                let v = xs.pop().unwrap_or(E::I32(0));
                let a = xs.pop().unwrap_or(E::I32(0));
                out.push(S::Store(m, a, v));
            }
            S::MemCopy(abc) => {
                let mut xs = self.list(Vec::from(abc as Box<[E]>), out);
                let (c, b, a) = (xs.pop().unwrap_or(E::I32(0)), xs.pop().unwrap_or(E::I32(0)), xs.pop().unwrap_or(E::I32(0)));
                out.push(S::mem_copy(a, b, c));
            }
            S::MemFill(abc) => {
                let mut xs = self.list(Vec::from(abc as Box<[E]>), out);
                let (c, b, a) = (xs.pop().unwrap_or(E::I32(0)), xs.pop().unwrap_or(E::I32(0)), xs.pop().unwrap_or(E::I32(0)));
                out.push(S::mem_fill(a, b, c));
            }
            S::If(c, a, b) => {
                let c = self.expr(c, out);
                let (a, b) = (self.stmts(a), self.stmts(b));
                out.push(S::If(c, a, b));
            }
            S::Block(l, b) => {
                let b = self.stmts(b);
                out.push(S::Block(l, b));
            }
            S::Loop(l, b) => {
                let b = self.stmts(b);
                out.push(S::Loop(l, b));
            }
            S::Return(es) => {
                let es = self.list(es, out);
                out.push(S::Return(es));
            }
            S::BrTable(ls, d, e) => {
                let e = self.expr(e, out);
                out.push(S::BrTable(ls, d, e));
            }
            S::GlobalRoot { slot, value } => {
                let value = self.expr(value, out);
                out.push(S::GlobalRoot { slot, value });
            }
            S::PushRoot(e) => {
                let e = self.expr(e, out);
                out.push(S::PushRoot(e));
            }
            s => out.push(s),
        }
    }

    /// A call whose own operands are flattened (the call stays where it is).
    fn call_operands(&mut self, e: E, out: &mut Vec<S>) -> E {
        match e {
            E::Call(f, args) => E::Call(f, self.list(args, out)),
            E::CallIndirect { sig, callee, args } => {
                let mut xs = args;
                xs.push(*callee);
                let mut xs = self.list(xs, out);
                let callee = xs.pop().unwrap_or(E::I32(0));
                E::CallIndirect { sig, callee: Box::new(callee), args: xs }
            }
            e => self.expr(e, out),
        }
    }

    /// Operands evaluated in order: those before the last one that may unwind go into
    /// locals first; calls that may unwind become locals set (and checked) before.
    fn list(&mut self, xs: Vec<E>, out: &mut Vec<S>) -> Vec<E> {
        let Some(last) = xs.iter().rposition(|x| self.unwinds(x)) else {
            return xs;
        };
        let mut res = Vec::with_capacity(xs.len());
        for (i, x) in xs.into_iter().enumerate() {
            if i > last {
                res.push(x);
                continue;
            }
            // A multi-value call (spread into the list).
            if self.arity(&x) != 1 {
                let unwinds = self.top(&x);
                let x = self.call_operands(x, out);
                let ts: Vec<Local> = self.result_types(&x).into_iter().map(|t| self.new_local(t)).collect();
                out.push(S::SetMulti(ts.clone(), x));
                if unwinds {
                    out.push(self.check.clone());
                }
                res.extend(ts.into_iter().map(E::Local));
                continue;
            }
            let x = self.expr(x, out);
            match x {
                E::I32(_) | E::I64(_) | E::F32(_) | E::F64(_) | E::Data(_) | E::FuncAddr(_) => res.push(x),
                x if i == last => res.push(x),
                x => {
                    let t = self.type_of(&x);
                    let l = self.new_local(t);
                    out.push(S::Set(l, x));
                    res.push(E::Local(l));
                }
            }
        }
        res
    }

    fn expr(&mut self, e: E, out: &mut Vec<S>) -> E {
        if !self.unwinds(&e) {
            return e;
        }
        match e {
            e if self.top(&e) => {
                let e = self.call_operands(e, out);
                let t = self.type_of(&e);
                let l = self.new_local(t);
                out.push(S::Set(l, e));
                out.push(self.check.clone());
                E::Local(l)
            }
            E::Call(f, args) => E::Call(f, self.list(args, out)),
            // Its operands may unwind though the call may not.
            e @ E::CallIndirect { .. } => self.call_operands(e, out),
            E::Un(op, t, x) => E::Un(op, t, Box::new(self.expr(*x, out))),
            E::Conv(c, x) => E::Conv(c, Box::new(self.expr(*x, out))),
            E::Load(m, x) => E::Load(m, Box::new(self.expr(*x, out))),
            E::MemoryGrow(x) => E::MemoryGrow(Box::new(self.expr(*x, out))),
            E::Bin(op, t, xy) => {
                let mut xs = self.list(Vec::from(xy as Box<[E]>), out);
                let y = xs.pop().unwrap_or(E::I32(0));
                let x = xs.pop().unwrap_or(E::I32(0));
                E::bin(op, t, x, y)
            }
            E::Select(x, y, z) => {
                let mut xs = self.list(vec![*x, *y, *z], out);
                let z = xs.pop().unwrap_or(E::I32(0));
                let y = xs.pop().unwrap_or(E::I32(0));
                let x = xs.pop().unwrap_or(E::I32(0));
                E::Select(Box::new(x), Box::new(y), Box::new(z))
            }
            E::If(t, c, a, b) => {
                let c = self.expr(*c, out);
                if !self.unwinds(&a) && !self.unwinds(&b) {
                    return E::If(t, Box::new(c), a, b);
                }
                let r = self.new_local(t);
                let a = self.stmts(vec![S::Set(r, *a)]);
                let b = self.stmts(vec![S::Set(r, *b)]);
                out.push(S::If(c, a, b));
                E::Local(r)
            }
            E::Seq(ss, x) => {
                for s in ss {
                    self.stmt(s, out);
                }
                self.expr(*x, out)
            }
            e => e,
        }
    }

    fn arity(&self, e: &E) -> usize {
        match e {
            E::Call(..) | E::CallIndirect { .. } => self.result_types(e).len(),
            E::Seq(_, x) => self.arity(x),
            _ => 1,
        }
    }

    fn result_types(&self, e: &E) -> Vec<ValType> {
        match e {
            E::Call(..) | E::CallIndirect { .. } => self.m.result_types(self.func, e),
            e => vec![self.type_of(e)],
        }
    }

    fn type_of(&self, e: &E) -> ValType {
        self.m.type_in(self.func, self.f, e)
    }
}
