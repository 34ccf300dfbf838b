//! Trace hooks (runtime/trace.go, which documents the events): kept and completed when
//! tracing, deleted otherwise, so a module compiled without `trace` carries no tracing code
//! at all.
//!
//! Without the option, each lowered body loses its calls of a hook ([`remove_calls`], as it
//! is lowered, not by a later search of every function), and dead-code elimination then
//! drops the hooks, `runtime.tracePos` and the `gowasm.trace` import. With it, the compiler
//! completes what only it knows: `traceGo` after each goroutine is made (its Go name and
//! the go statement's position), `tracePos` before each statement of package main, and a
//! `traceImportCall` before each statement of package main that calls a user import.
//!
//! Invariant: the runtime calls hooks only as statements with side-effect-free arguments,
//! never from code that may block, so deleting them changes nothing else.


use crate::diag::Pos;
use crate::ir::{Expr as E, FuncRef, Local, Stmt as S};

use super::Lowerer;

/// The runtime's hooks; each is called only as a statement with side-effect-free arguments.
const HOOKS: &[&str] = &[
    "traceGo",
    "traceParked",
    "traceReadied",
    "traceRunning",
    "traceExited",
    "traceWrite",
    "tracePanicked",
    "traceFatalError",
    "traceImportCall",
];

/// Imports served by the host for the runtime itself, not calls the user wrote.
const RUNTIME_MODULES: &[&str] = &["wasi_snapshot_preview1", "gowasm"];

impl Lowerer<'_> {
    /// `traceGo(g, name, at, entry)` after a goroutine is made, when tracing: `at` is the go
    /// statement (`None`: an export call or main, created at the function itself).
    pub(super) fn trace_go(&mut self, g: Local, target: FuncRef, at: Option<Pos>) -> Vec<S> {
        let Some(hook) = self.runtime_func("traceGo").filter(|_| self.opts.trace) else { return vec![] };
        let FuncRef::Func(i) = target else { return vec![] };
        // A go statement of a func value: its function is known only when it runs.
        let name = match &self.m.funcs[i as usize].name {
            n if n.starts_with("runtime.goentry") => "func value".to_string(),
            n => n.to_string(),
        };
        let entry = self.func_pos.get(&i).map_or(0, |p| self.trace_code(*p));
        let at = at.map_or(0, |p| self.trace_code(p));
        let n = name.len() as i32;
        let data = self.string_data(name.into_bytes());
        vec![S::Drop(E::Call(hook, vec![E::Local(g), E::Data(data), E::I32(n), E::I32(at), E::I32(entry)]), 0)]
    }

    /// A trace position: file index << 20 | line.
    pub(super) fn trace_code(&self, pos: Pos) -> i32 {
        ((self.map.file_index(pos) as i32) << 20) | (self.map.locate(pos).1 as i32 & 0xfffff)
    }

    /// The runtime's trace hooks: lowering without tracing leaves out their calls.
    pub(super) fn hooks(&self) -> Vec<FuncRef> {
        HOOKS.iter().filter_map(|h| self.runtime_func(h)).collect()
    }

    /// With tracing, reports each call of a user import.
    pub(super) fn trace_hooks(&mut self) {
        if !self.opts.trace {
            return;
        }
        let Some(hook) = self.runtime_func("traceImportCall") else { return };
        let user: Vec<bool> = self.m.imports.iter().map(|i| !RUNTIME_MODULES.contains(&i.module.as_str())).collect();
        for f in &mut self.m.funcs {
            if f.name.starts_with("main.") {
                f.body = before_import_calls(std::mem::take(&mut f.body).into_vec(), &user, hook).into();
            }
        }
    }
}

/// Deletes the statements that call one of `hooks` (for their effect only).
pub(super) fn remove_calls(body: &mut Vec<S>, hooks: &[FuncRef]) {
    body.retain(|s| !matches!(s, S::Drop(E::Call(f, _), _) if hooks.contains(f)));
    for s in body.iter_mut() {
        s.each_body_mut(|b| remove_calls(b, hooks));
    }
}

fn before_import_calls(body: Vec<S>, user: &[bool], hook: FuncRef) -> Vec<S> {
    let mut out = Vec::with_capacity(body.len());
    for mut s in body {
        if s.exprs().any(|e| calls_user_import(e, user)) {
            out.push(S::Drop(E::Call(hook, vec![]), 0));
        }
        match &mut s {
            S::If(_, a, b) => {
                *a = before_import_calls(std::mem::take(a), user, hook);
                *b = before_import_calls(std::mem::take(b), user, hook);
            }
            S::Block(_, b) | S::Loop(_, b) => *b = before_import_calls(std::mem::take(b), user, hook),
            _ => {}
        }
        out.push(s);
    }
    out
}

fn calls_user_import(e: &E, user: &[bool]) -> bool {
    if let E::Call(FuncRef::Import(i), _) = e {
        if user.get(*i as usize).copied().unwrap_or(false) {
            return true;
        }
    }
    if let E::Seq(ss, x) = e {
        return ss.iter().any(|s| s.exprs().any(|e| calls_user_import(e, user))) || calls_user_import(x, user);
    }
    e.children().any(|x| calls_user_import(x, user))
}
