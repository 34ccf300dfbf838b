//! One function's lowering (`FnLower`): its setup, locals and labels, the prologue that
//! binds parameters and results, and finishing: the shadow-stack frame of GC roots.


use crate::diag::Pos;
use crate::fx::{FxNew, HashMap};
use crate::ir::{Expr as E, FuncRef, Label, Local, Stmt as S, ValType};
use crate::syntax::ast::{Field, FuncDecl};
use crate::types::{Info, Type, TypeId};

use super::vals::Locals;
use super::{is_aggregate, ptr_flags, repr, repr_single, FnLower, Lowerer};

/// Whether a body calls a lowered function (which may allocate). Searched from the end:
/// calls are common in a function's last statements (`return f(x)`).
fn has_calls(ss: &[S]) -> bool {
    fn e(x: &E) -> bool {
        match x {
            E::Call(FuncRef::Func(_), _) => true,
            E::Call(_, a) => a.iter().any(e),
            E::Seq(ss, x) => has_calls(ss) || e(x),
            E::Un(_, _, x) | E::Conv(_, x) | E::Load(_, x) | E::MemoryGrow(x) => e(x),
            E::Bin(_, _, ab) => ab.iter().any(e),
            E::Select(a, b, c) | E::If(_, a, b, c) => e(a) || e(b) || e(c),
            _ => false,
        }
    }
    ss.iter().rev().any(|s| match s {
        S::Set(_, x) | S::SetGlobal(_, x) | S::SetMulti(_, x) | S::Drop(x, _) | S::PushRoot(x) => e(x),
        S::Store(_, a, b) => e(a) || e(b),
        S::If(c, a, b) => e(c) || has_calls(a) || has_calls(b),
        S::Block(_, b) | S::Loop(_, b) => has_calls(b),
        S::Return(xs) => xs.iter().any(e),
        S::MemCopy(abc) | S::MemFill(abc) => abc.iter().any(e),
        _ => false,
    })
}

fn strip_resets(ss: Vec<S>) -> Vec<S> {
    ss.into_iter()
        .filter(|s| !matches!(s, S::FrameReset { .. }))
        .map(|s| match s {
            S::If(c, a, b) => S::If(c, strip_resets(a), strip_resets(b)),
            S::Block(l, b) => S::Block(l, strip_resets(b)),
            S::Loop(l, b) => S::Loop(l, strip_resets(b)),
            s => s,
        })
        .collect()
}

impl<'l, 'a> FnLower<'l, 'a> {
    pub(super) fn new(l: &'l mut Lowerer<'a>, idx: u32, fd: &FuncDecl) -> FnLower<'l, 'a> {
        let f = &l.m.funcs[idx as usize];
        let (name, params, results) = (f.name.to_string(), f.params.to_vec(), f.results.to_vec());
        let info = l.info;
        let go_results: Vec<TypeId> = fd.ty.results.iter().flat_map(|r| std::iter::repeat_n(info.expr_type(&r.ty), r.names.len().max(1))).collect();
        let result_ptrs = go_results.iter().flat_map(|t| ptr_flags(info, *t)).collect();
        let nparams = params.len() as u32;
        let mut fl = FnLower::blank(l, name, nparams, params, results, result_ptrs, Some(idx));
        fl.go_results = go_results;
        fl
    }

    pub(super) fn new_init(l: &'l mut Lowerer<'a>, locals: Vec<ValType>) -> FnLower<'l, 'a> {
        FnLower::blank(l, "main.init".into(), 0, locals, vec![], vec![], None)
    }

    /// A function's lowering state before its body: `locals` starts with the `nparams`
    /// parameters.
    fn blank(
        l: &'l mut Lowerer<'a>,
        name: String,
        nparams: u32,
        locals: Vec<ValType>,
        results: Vec<ValType>,
        result_ptrs: Vec<bool>,
        self_idx: Option<u32>,
    ) -> FnLower<'l, 'a> {
        FnLower {
            slots: HashMap::new(),
            boxed: HashMap::new(),
            result_ptrs,
            go_results: Vec::new(),
            runtime: name.starts_with("runtime."),
            l,
            name,
            nparams,
            locals,
            // Room for a typical function's variables: the map does not regrow as they come.
            vars: HashMap::with_capacity_and_hasher(8, Default::default()),
            out: vec![Vec::new()],
            spare: Vec::new(),
            loops: Vec::new(),
            next_label: 0,
            results,
            named_results: Vec::new(),
            fallthrough: None,
            lit_count: 0,
            line: 0,
            line_hint: (0, 0),
            param_base: 0,
            boxed_results: Vec::new(),
            result_slots: Vec::new(),
            dbase: None,
            preset: HashMap::new(),
            goto_labels: Default::default(),
            goto_targets: HashMap::new(),
            self_idx,
            recover_direct: None,
            range_body: None,
            range_count: 0,
            site_depth: None,
        }
    }

    pub(super) fn finish(mut self) -> (Vec<ValType>, Vec<S>) {
        // Falling off the end of a function runs its deferred calls too.
        self.run_defers();
        let mut body = self.out.pop().unwrap_or_default();
        if !self.runtime && self.self_idx.is_some() {
            body = self.unwind_handler(body);
        }
        if self.info().uses_recover && !self.runtime {
            let entry = self.recover_entry();
            body.splice(0..0, entry);
        }
        if let Some(entry) = self.site_depth_entry() {
            body.insert(0, entry);
        }
        let body = self.instrument(body);
        (self.locals[self.nparams as usize..].to_vec(), body)
    }

    /// Adds the shadow-stack frame: pointer-holding locals are mirrored into root slots,
    /// temporaries are dropped at statement boundaries, and returned pointers are pushed for
    /// the caller. Functions without pointer locals or calls get no frame.
    pub(super) fn instrument(&mut self, body: Vec<S>) -> Vec<S> {
        // Runtime code has no resets to strip.
        if self.runtime {
            return body;
        }
        if self.slots.is_empty() && !has_calls(&body) {
            return strip_resets(body);
        }
        let fp = self.new_local(ValType::I32);
        let size = 4 * self.slots.len() as u32;
        // Sized for the whole body: it moves in once, without regrowing.
        let mut out = Vec::with_capacity(body.len() + self.nparams as usize + 8);
        out.push(S::Frame { fp, size });
        for p in 0..self.nparams {
            if let Some(&slot) = self.slots.get(&p) {
                out.push(S::Root { fp, slot, value: p });
            }
        }
        let body = self.rewrite(body, fp, size);
        out.extend(body);
        out.push(S::FramePop(fp));
        out
    }

    fn rewrite(&mut self, mut ss: Vec<S>, fp: Local, size: u32) -> Vec<S> {
        // Lists where no statement becomes several are rewritten in place.
        let grows = ss.iter().any(|s| match s {
            S::Return(_) => true,
            S::Set(l, _) => self.slots.contains_key(l),
            S::SetMulti(ls, _) => ls.iter().any(|l| self.slots.contains_key(l)),
            _ => false,
        });
        if !grows {
            for s in &mut ss {
                match s {
                    S::Set(_, e) | S::SetMulti(_, e) | S::Drop(e, _) | S::SetGlobal(_, e) => self.rewrite_expr(e, fp, size),
                    S::FrameReset { .. } => *s = S::FrameReset { fp, size },
                    S::If(c, a, b) => {
                        self.rewrite_expr(c, fp, size);
                        *a = self.rewrite(std::mem::take(a), fp, size);
                        *b = self.rewrite(std::mem::take(b), fp, size);
                    }
                    S::Block(_, b) | S::Loop(_, b) => *b = self.rewrite(std::mem::take(b), fp, size),
                    S::Store(_, a, v) => {
                        self.rewrite_expr(a, fp, size);
                        self.rewrite_expr(v, fp, size);
                    }
                    _ => {}
                }
            }
            return ss;
        }
        // Room for a return's temporaries, frame pop and pushed roots.
        let mut out = Vec::with_capacity(ss.len() + 4);
        for s in ss {
            match s {
                S::Set(l, mut e) => {
                    self.rewrite_expr(&mut e, fp, size);
                    out.push(S::Set(l, e));
                    if let Some(&slot) = self.slots.get(&l) {
                        out.push(S::Root { fp, slot, value: l });
                    }
                }
                S::SetMulti(ls, mut e) => {
                    self.rewrite_expr(&mut e, fp, size);
                    out.push(S::SetMulti(ls.clone(), e));
                    for l in ls {
                        if let Some(&slot) = self.slots.get(&l) {
                            out.push(S::Root { fp, slot, value: l });
                        }
                    }
                }
                S::FrameReset { .. } => out.push(S::FrameReset { fp, size }),
                S::Return(es) => {
                    let mut vs = Vec::new();
                    for (i, mut e) in es.into_iter().enumerate() {
                        self.rewrite_expr(&mut e, fp, size);
                        let vt = self.results.get(i).copied().unwrap_or(ValType::I32);
                        let t = self.new_local(vt);
                        out.push(S::Set(t, e));
                        vs.push(t);
                    }
                    out.push(S::FramePop(fp));
                    for (i, t) in vs.iter().enumerate() {
                        if self.result_ptrs.get(i).copied().unwrap_or(false) {
                            out.push(S::PushRoot(E::Local(*t)));
                        }
                    }
                    out.push(S::Return(vs.into_iter().map(E::Local).collect()));
                }
                S::If(mut c, a, b) => {
                    self.rewrite_expr(&mut c, fp, size);
                    let a = self.rewrite(a, fp, size);
                    let b = self.rewrite(b, fp, size);
                    out.push(S::If(c, a, b));
                }
                S::Block(l, b) => {
                    let b = self.rewrite(b, fp, size);
                    out.push(S::Block(l, b));
                }
                S::Loop(l, b) => {
                    let b = self.rewrite(b, fp, size);
                    out.push(S::Loop(l, b));
                }
                S::Drop(mut e, n) => {
                    self.rewrite_expr(&mut e, fp, size);
                    out.push(S::Drop(e, n));
                }
                S::Store(m, mut a, mut v) => {
                    self.rewrite_expr(&mut a, fp, size);
                    self.rewrite_expr(&mut v, fp, size);
                    out.push(S::Store(m, a, v));
                }
                S::SetGlobal(g, mut e) => {
                    self.rewrite_expr(&mut e, fp, size);
                    out.push(S::SetGlobal(g, e));
                }
                s => out.push(s),
            }
        }
        out
    }

    fn rewrite_expr(&mut self, e: &mut E, fp: Local, size: u32) {
        // Statements inside expressions are never resets or returns: without root slots,
        // they stay as they are.
        if self.slots.is_empty() {
            return;
        }
        match e {
            E::Seq(ss, x) => {
                let body = std::mem::take(ss);
                *ss = self.rewrite(body, fp, size);
                self.rewrite_expr(x, fp, size);
            }
            E::Un(_, _, x) | E::Conv(_, x) | E::Load(_, x) | E::MemoryGrow(x) => self.rewrite_expr(x, fp, size),
            E::Bin(_, _, ab) => ab.iter_mut().for_each(|x| self.rewrite_expr(x, fp, size)),
            E::Call(_, args) => args.iter_mut().for_each(|a| self.rewrite_expr(a, fp, size)),
            E::CallIndirect { callee, args, .. } => {
                args.iter_mut().for_each(|a| self.rewrite_expr(a, fp, size));
                self.rewrite_expr(callee, fp, size);
            }
            E::Select(a, b, c) | E::If(_, a, b, c) => {
                self.rewrite_expr(a, fp, size);
                self.rewrite_expr(b, fp, size);
                self.rewrite_expr(c, fp, size);
            }
            _ => {}
        }
    }

    /// Locals for a Go variable of type t; pointer-holding ones get root slots.
    pub(super) fn var_locals(&mut self, t: TypeId) -> Locals {
        let info = self.info();
        if let Type::Tuple(_) = info.types.under_type(t) {
            return repr(info, t).into_iter().map(|(vt, p)| self.var_local(vt, p)).collect();
        }
        repr_single(info, t).iter().map(|&(vt, p)| self.var_local(vt, p)).collect()
    }

    fn var_local(&mut self, vt: ValType, ptr: bool) -> Local {
        let l = self.new_local(vt);
        if ptr && !self.runtime {
            let n = self.slots.len() as u32;
            self.slots.insert(l, n);
        }
        l
    }

    /// An i32 local that is a GC root (holds an address across statements).
    pub(super) fn root_local(&mut self) -> Local {
        let l = self.new_local(ValType::I32);
        if !self.runtime {
            let n = self.slots.len() as u32;
            self.slots.insert(l, n);
        }
        l
    }

    pub(super) fn info(&self) -> &'a Info {
        self.l.info
    }

    /// Whether to count steps here: user code only, so the runtime (which reports an
    /// exhausted budget) never recurses into the check.
    pub(super) fn ticks(&self) -> bool {
        self.l.m.budget_global.is_some() && !self.name.starts_with("runtime.")
    }

    pub(super) fn err(&mut self, pos: Pos, msg: impl Into<String>) {
        self.l.diags.error(pos, msg);
    }

    pub(super) fn set_global(&mut self, g: u32, v: E) {
        self.emit(S::SetGlobal(g, v));
        if let Some(&slot) = self.l.global_slots.get(&g) {
            self.emit(S::GlobalRoot { slot, value: E::Global(g) });
        }
    }

    pub(super) fn emit(&mut self, s: S) {
        if let Some(b) = self.out.last_mut() {
            b.push(s);
        }
    }

    pub(super) fn new_local(&mut self, t: ValType) -> Local {
        self.locals.push(t);
        (self.locals.len() - 1) as Local
    }

    pub(super) fn new_label(&mut self) -> Label {
        self.next_label += 1;
        self.next_label
    }

    /// Runs `f` collecting the statements it emits. They gather in a reused buffer and are
    /// moved to a list of their exact size: statement lists never grow one by one.
    pub(super) fn nested(&mut self, f: impl FnOnce(&mut Self)) -> Vec<S> {
        let buf = self.spare.pop().unwrap_or_default();
        self.out.push(buf);
        f(self);
        let Some(mut buf) = self.out.pop() else { return Vec::new() };
        let mut body = Vec::with_capacity(buf.len());
        body.append(&mut buf);
        self.spare.push(buf);
        body
    }

    pub(super) fn prologue(&mut self, fd: &FuncDecl) {
        let info = self.info();
        let mut next = self.param_base;
        let mut groups: Vec<(&Field, TypeId)> = Vec::new();
        if let Some(r) = &fd.recv {
            groups.push((r, info.expr_type(&r.ty)));
        }
        let n = fd.ty.params.len();
        for (i, p) in fd.ty.params.iter().enumerate() {
            let mut t = info.expr_type(&p.ty);
            // `xs ...T` is a []T parameter: its variable's type, or (unnamed) the declared
            // function's last parameter type (a function literal's name finds no function).
            if i + 1 == n && p.variadic {
                let named = p.names.first().and_then(|x| info.defs.get(&x.pos)).map(|o| info.obj(*o).ty);
                let declared = info.defs.get(&fd.name.pos).and_then(|o| match info.types.get(info.obj(*o).ty) {
                    Type::Func(sig) if sig.variadic => sig.params.last().copied(),
                    _ => None,
                });
                t = named.or(declared).unwrap_or(t);
            }
            groups.push((p, t));
        }
        for (field, t) in groups {
            let flags = ptr_flags(info, t);
            let count = flags.len() as u32;
            if field.names.is_empty() {
                next += count;
            }
            for n in &field.names {
                let ids: Vec<Local> = (next..next + count).collect();
                next += count;
                if !self.runtime {
                    for (l, p) in ids.iter().zip(&flags) {
                        if *p {
                            let k = self.slots.len() as u32;
                            self.slots.insert(*l, k);
                        }
                    }
                }
                if let Some(&obj) = info.defs.get(&n.pos) {
                    self.adopt_param(obj, t, ids, n.pos);
                }
            }
        }
        for r in &fd.ty.results {
            let t = info.expr_type(&r.ty);
            for n in &r.names {
                let ids: Vec<Local> = self.var_locals(t).to_vec();
                if is_aggregate(info, t) {
                    let cell = self.alloc(t, None, n.pos);
                    self.emit(S::Set(ids[0], E::Local(cell)));
                }
                self.named_results.extend(ids.iter().copied());
                if let Some(&obj) = info.defs.get(&n.pos) {
                    if info.obj(obj).escapes && !is_aggregate(info, t) && !self.runtime {
                        // Captured by a closure: the result lives in a cell, read at return.
                        let cell = self.root_local();
                        let c = self.alloc(t, None, n.pos);
                        self.emit(S::Set(cell, E::Local(c)));
                        self.boxed.insert(obj, cell);
                        self.boxed_results.push((ids.clone(), t, cell));
                        self.result_slots.push((ids, t, Some(cell)));
                    } else {
                        self.result_slots.push((ids.clone(), t, None));
                        self.vars.insert(obj, ids.into());
                    }
                }
            }
        }
        if self.ticks() {
            self.emit(S::Tick);
        }
    }
}
