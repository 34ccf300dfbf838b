//! Package initialization (built from the parts lowered code needs), the exported functions
//! (gc's `go:wasmexport` ABI, the scheduler's entry), and the whole-module passes after them:
//! blocking analysis, constant runtime switches, unwinding, the resumable transform,
//! simplification and inlining.


use crate::Mode;
use crate::ir::{BinOp, Conv, Expr as E, Func, FuncRef, Local, Stmt as S, ValType};
use crate::syntax::ast::Decl;
use crate::types::check::{InitStep, ObjId};
use crate::types::directive::DirectiveKind;
use gowasm_meta::Kind;

use super::{bin, conc, conc_mem, k_vals, FnLower, Lowerer};

/// Package initialization, built piece by piece (`Lowerer::build_init`).
#[derive(Default)]
struct InitParts {
    parts: Vec<InitPart>,
    locals: Vec<ValType>,
}

struct InitPart {
    /// The globals the part sets (a lazy part is built when one of them is read).
    globals: Vec<u32>,
    lazy: bool,
    kind: PartKind,
    body: Option<Vec<S>>,
}

#[derive(Clone, Copy)]
enum PartKind {
    /// The heap cell of a boxed variable.
    Cell(ObjId),
    /// A variable declaration's spec: package, file, decl, spec.
    Var(usize, usize, usize, usize),
    /// An init function.
    Call(FuncRef),
}

impl<'a> Lowerer<'a> {
    /// Whether `path` is one of the standard packages of `STDLIB` (lazily initialized).
    fn is_std(&self, path: &str) -> bool {
        crate::STDLIB.iter().any(|(p, _, _)| *p == path)
    }

    /// Builds package initialization into function `idx`: every part that is not lazy, and
    /// the lazy ones whose globals lowered code reads, until no new part is needed (a part's
    /// initializer may read other globals). Lowers and builds what is reached on the way.
    fn build_init(&mut self, idx: usize, init: &mut InitParts) -> FuncRef {
        loop {
            let read = if init.parts.iter().any(|p| p.lazy && p.body.is_none()) { self.globals_read() } else { Default::default() };
            let mut changed = false;
            for i in 0..init.parts.len() {
                let p = &init.parts[i];
                if p.body.is_some() || p.lazy && !p.globals.iter().any(|g| read.contains(g)) {
                    continue;
                }
                let kind = p.kind;
                let mut fl = FnLower::new_init(self, std::mem::take(&mut init.locals));
                match kind {
                    PartKind::Cell(o) => {
                        let (t, pos) = (fl.info().obj(o).ty, fl.info().obj(o).pos);
                        let cell = fl.alloc(t, None, pos);
                        let g = init.parts[i].globals[0];
                        fl.set_global(g, E::Local(cell));
                    }
                    PartKind::Var(pkg, file, decl, spec) => {
                        if let Some(Decl::Var(specs)) = fl.info().packages[pkg].files[file].decls.get(decl) {
                            fl.global_var_init(&specs[spec].clone());
                        }
                    }
                    PartKind::Call(f) => fl.emit(S::Drop(E::Call(f, vec![]), 0)),
                }
                let (l, b) = fl.finish();
                init.locals = l;
                init.parts[i].body = Some(b);
                changed = true;
            }
            if changed {
                // Boxed cells first, then the parts in initialization order.
                let body = init.parts.iter().filter_map(|p| p.body.clone()).flatten().collect();
                self.m.funcs[idx].body = body;
                self.m.funcs[idx].locals = init.locals.clone();
                if let Some(s) = self.scanned.get_mut(idx) {
                    *s = false;
                }
            }
            self.build_reached(&[]);
            if !changed {
                return FuncRef::Func(idx as u32);
            }
        }
    }

    pub(super) fn init_and_exports(&mut self) {
        // Package initialization: heap cells of boxed variables, then variables in
        // dependency order, then init functions.
        // A standard package's variable is initialized only if some lowered code reads it:
        // their initializers have no other effect, so importing strconv or io costs nothing
        // until ErrRange or EOF is used. Each piece of the body is built once, on demand.
        let mut init = InitParts::default();
        let mut boxed: Vec<(ObjId, u32)> = self.boxed_globals.iter().map(|(o, g)| (*o, *g)).collect();
        boxed.sort();
        for (o, g) in boxed {
            init.parts.push(InitPart { globals: vec![g], lazy: self.is_std(self.info.obj(o).pkg.as_str()), kind: PartKind::Cell(o), body: None });
        }
        for step in &self.info.init_order {
            match step {
                InitStep::Var { pkg, file, decl, spec } => {
                    let Some(Decl::Var(specs)) = self.info.packages[*pkg].files[*file].decls.get(*decl) else { continue };
                    let globals = specs[*spec].names.iter().filter_map(|n| self.info.defs.get(&n.pos)).flat_map(|o| {
                        self.boxed_globals.get(o).map(|g| vec![*g]).or_else(|| self.globals.get(o).cloned()).unwrap_or_default()
                    });
                    let globals = globals.collect();
                    let lazy = self.is_std(&self.info.packages[*pkg].path);
                    init.parts.push(InitPart { globals, lazy, kind: PartKind::Var(*pkg, *file, *decl, *spec), body: None });
                }
                InitStep::InitFunc(id) => {
                    if let Some(f) = self.funcs.get(id) {
                        init.parts.push(InitPart { globals: vec![], lazy: false, kind: PartKind::Call(*f), body: None });
                    }
                }
            }
        }
        let init_idx = self.m.funcs.len() as u32;
        self.m.funcs.push(Func { file: String::new(), name: "runtime.init".into(), params: vec![], results: vec![], locals: vec![], body: vec![] });
        let init = self.build_init(init_idx as usize, &mut init);
        self.trace_hooks();
        // Functions that may block run as goroutines under the scheduler.
        // Nothing blocks unless gopark was reached (these analyses walk every function).
        // Runtime functions are not rewritten until after these: their cached call graph is.
        let cached = self.cached.clone();
        let known = |i: usize| cached.get(i).and_then(Option::as_ref).map(|c| (c.callees.as_slice(), c.addrs.as_slice()));
        if let Some(g) = self.runtime_func("gopark").filter(|g| self.reached(Some(*g))) {
            crate::ir::resumable::wrap_indirect(&mut self.m, g, &known);
        }
        let blocking = match self.runtime_func("gopark") {
            Some(g) if self.reached(Some(g)) => crate::ir::resumable::may_block(&self.m, g, &|i| known(i).map(|k| k.0)),
            _ => vec![false; self.m.funcs.len()],
        };
        let blocks = |f: FuncRef| matches!(f, FuncRef::Func(i) if blocking[i as usize]);
        if blocks(init) {
            self.diags.error(0, "blocking operations during package initialization are not supported yet");
        }
        let sched = self.uses_goroutines || blocking.iter().enumerate().any(|(i, b)| *b && self.m.funcs[i].name.starts_with("main."));
        let budget = self.budget_reset();
        match self.opts.mode {
            Mode::Reactor => {
                let mut b = budget.clone();
                b.push(S::StackInit);
                b.push(S::Drop(E::Call(init, vec![]), 0));
                b.push(S::StackInit);
                let idx = self.m.funcs.len() as u32;
                self.m.funcs.push(Func { file: String::new(), name: "_initialize".into(), params: vec![], results: vec![], locals: vec![], body: b });
                self.m.exports.push(("_initialize".into(), FuncRef::Func(idx)));
            }
            Mode::Command => {
                let main = self.info.packages.iter().find(|p| p.path == "main").and_then(|p| p.scope.get("main")).and_then(|id| self.funcs.get(id)).copied();
                let mut b = budget.clone();
                b.push(S::StackInit);
                b.push(S::Drop(E::Call(init, vec![]), 0));
                b.push(S::StackInit);
                let mut locals = vec![];
                if let Some(main) = main {
                    if sched {
                        // main runs as a goroutine; the program ends when it returns.
                        locals.push(ValType::I32);
                        let g = 0;
                        b.extend(self.start_goroutine(main, &[], &[], g, vec![]));
                        b.push(S::Drop(E::Call(self.runtime_func("runMain").unwrap_or(main), vec![E::Local(g)]), 0));
                    } else {
                        b.push(S::Drop(E::Call(main, vec![]), 0));
                    }
                }
                let idx = self.m.funcs.len() as u32;
                self.m.funcs.push(Func { file: String::new(), name: "_start".into(), params: vec![], results: vec![], locals, body: b });
                self.m.exports.push(("_start".into(), FuncRef::Func(idx)));
            }
        }
        // One export per //go:wasmexport, adapting gc's ABI to our Go values.
        let mut exports: Vec<(ObjId, String)> = self
            .info
            .directives
            .iter()
            .filter_map(|(id, d)| match &d.kind {
                DirectiveKind::Export(name) => Some((*id, name.clone())),
                _ => None,
            })
            .collect();
        exports.sort_by_key(|(id, _)| self.info.obj(*id).pos);
        for (id, name) in exports {
            let Some(target) = self.funcs.get(&id).copied() else { continue };
            let d = &self.info.directives[&id];
            let mut params = Vec::new();
            let mut args = Vec::new();
            for (_, _, k) in &d.params {
                for v in k_vals(*k) {
                    let l = params.len() as u32;
                    params.push(v);
                    args.push(match k {
                        Kind::Bool => bin(BinOp::Ne, ValType::I32, E::Local(l), E::I32(0)),
                        Kind::Uintptr => E::Conv(Conv::I64ExtendI32U, Box::new(E::Local(l))),
                        _ => E::Local(l),
                    });
                }
            }
            let results: Vec<ValType> = d.result.iter().flat_map(|(_, k)| k_vals(*k)).collect();
            let result_kind = d.result.map(|r| r.1);
            let mut b = budget.clone();
            // Temporaries the call leaves on the shadow stack die when it returns to the host.
            let fp = params.len() as u32;
            let mut locals = vec![ValType::I32];
            b.push(S::Frame { fp, size: 0 });
            let call = if sched {
                let begin = self.runtime_func("exportBegin");
                let end = self.runtime_func("exportEnd");
                let (Some(begin), Some(end)) = (begin, end) else { continue };
                b.push(S::Drop(E::Call(begin, vec![]), 0));
                let go_results: Vec<ValType> = self.m.funcs.get(match target {
                    FuncRef::Func(i) => i as usize,
                    FuncRef::Import(_) => usize::MAX,
                }).map(|f| f.results.clone()).unwrap_or_default();
                let r = go_results.first().map(|v| {
                    let l = (params.len() + locals.len()) as u32;
                    locals.push(*v);
                    l
                });
                if blocks(target) {
                    // The call's own goroutine, run first; results come back in its arguments.
                    let g = (params.len() + locals.len()) as u32;
                    locals.push(ValType::I32);
                    let go_params: Vec<ValType> = args.iter().map(|_| ValType::I32).collect();
                    let go_params = match target {
                        FuncRef::Func(i) => self.m.funcs[i as usize].params.clone(),
                        FuncRef::Import(_) => go_params,
                    };
                    b.extend(self.start_goroutine(target, &go_params, &go_results, g, args.clone()));
                    if let Some(f) = self.runtime_func("runExport") {
                        b.push(S::Drop(E::Call(f, vec![E::Local(g)]), 0));
                    }
                    if let (Some(r), Some(vt)) = (r, go_results.first()) {
                        let gargs = self.runtime_func("gargs").unwrap_or(begin);
                        let addr = bin(BinOp::Add, ValType::I32, E::Call(gargs, vec![E::Local(g)]), E::I32(8 * go_params.len() as i32));
                        b.push(S::Set(r, E::Load(conc_mem(*vt), Box::new(addr))));
                    }
                    if let Some(f) = self.runtime_func("freeg") {
                        b.push(S::Drop(E::Call(f, vec![E::Local(g)]), 0));
                    }
                } else {
                    let c = E::Call(target, args.clone());
                    match r {
                        Some(r) => b.push(S::Set(r, c)),
                        None => b.push(S::Drop(c, 0)),
                    }
                }
                b.push(S::Drop(E::Call(end, vec![]), 0));
                r.map(E::Local)
            } else {
                let c = E::Call(target, args);
                if result_kind.is_none() {
                    b.push(S::Drop(c, 0));
                    None
                } else {
                    Some(c)
                }
            };
            let call = match (result_kind, call) {
                (Some(Kind::Uintptr), Some(c)) => Some(E::Conv(Conv::I32WrapI64, Box::new(c))),
                (_, c) => c,
            };
            match call {
                Some(c) => {
                    let ls: Vec<Local> = results.iter().enumerate().map(|(i, _)| (params.len() + locals.len() + i) as u32).collect();
                    locals.extend(results.iter().copied());
                    b.push(S::SetMulti(ls.clone(), c));
                    b.push(S::StackInit);
                    b.push(S::Return(ls.into_iter().map(E::Local).collect()));
                }
                // No temporaries (nor bytes the host placed with malloc) outlive the call.
                None => b.push(S::StackInit),
            }
            let idx = self.m.funcs.len() as u32;
            self.m.funcs.push(Func { file: String::new(), name: format!("export {name}"), params, results, locals, body: b });
            self.m.exports.push((name, FuncRef::Func(idx)));
        }
        // `malloc(size i32) i32`: where hosts place string arguments (TinyGo's convention;
        // another name when the program exports a malloc itself, `crate::alloc_export`).
        // The bytes stay GC roots until the end of the next export call.
        let takes_strings = self.info.directives.values().any(|d| matches!(d.kind, DirectiveKind::Export(_)) && d.params.iter().any(|(_, _, k)| *k == Kind::String));
        if self.opts.mode == Mode::Reactor && takes_strings {
            if let Some(m) = self.runtime_func("mallocgc") {
                let body = vec![S::Return(vec![E::Call(m, vec![E::Local(0), E::I32(1)])])];
                let idx = self.m.funcs.len() as u32;
                self.m.funcs.push(Func { file: String::new(), name: "export malloc".into(), params: vec![ValType::I32], results: vec![ValType::I32], locals: vec![], body });
                self.m.exports.push((crate::alloc_export(self.info), FuncRef::Func(idx)));
            }
        }
        // Codegen calls the budget's and the stack's runtime functions without IR calls.
        let stack_overflow = if self.reached(self.m.malloc) || self.reached(self.runtime_func("gopark")) { self.m.stack_overflow } else { None };
        self.build_reached(&[self.m.budget_exceeded, stack_overflow]);
        // Panics unwind when the program recovers or a deferred call may block.
        let unwinds = self.info.uses_recover || self.thunks.iter().any(|&t| blocking.get(t as usize) == Some(&true));
        if let Some(f) = self.runtime_func("recoverEnabled").filter(|f| self.reached(Some(*f))) {
            self.facts |= 1 | (unwinds as u32) << 1;
            let callers = self.edited_callers(f);
            conc::replace_calls(&mut self.m, &callers, f, E::I32(unwinds as i32));
            self.fold_ifs();
        }
        if let Some(f) = self.runtime_func("scheduled").filter(|f| self.reached(Some(*f))) {
            let sched = self.reached(self.runtime_func("execute"));
            self.facts |= 1 << 2 | (sched as u32) << 3;
            let callers = self.edited_callers(f);
            conc::replace_calls(&mut self.m, &callers, f, E::I32(sched as i32));
            self.fold_ifs();
        }
        let sites = std::mem::take(&mut self.unwind_sites);
        let freedefer = self.runtime_func("freedefer");
        match (self.runtime_func("gopanic"), self.runtime_global("unwinding")) {
            (Some(gp), Some(ug)) if unwinds && self.reached(Some(gp)) => {
                // Its call-graph analysis reads every body.
                (0..self.lazy.len()).for_each(|i| self.materialize(i));
                crate::ir::unwind::instrument(&mut self.m, &sites, &self.thunks, gp, freedefer, ug)
            }
            _ => crate::ir::unwind::strip(&mut self.m, &sites),
        }
        // Without defer statements a panic has no deferred calls to run first.
        if let (Some(pd), Some(nd)) = (self.runtime_func("panicdefers"), self.runtime_func("newdefer")) {
            if self.reached(Some(pd)) && !(self.reached(Some(nd)) && conc::reachable_from_exports(&self.m, nd, &|i| self.lazy_refs(i))) {
                self.facts |= 1 << 4;
                let callers = self.edited_callers(pd);
                conc::replace_calls(&mut self.m, &callers, pd, E::I32(0));
            }
        }
        // Without collectable objects (mallocgc unreachable once the constant ifs left above
        // are folded) only manual ones exist (goroutines, channels): they come from a simple
        // power-of-two allocator, without page heap or collector.
        self.fold_ifs();
        if let Some(malloc) = self.runtime_func("mallocgc") {
            // (What was not reached has no callers: the whole-module passes skip it.)
            if !(self.reached(Some(malloc)) && conc::reachable_from_exports(&self.m, malloc, &|i| self.lazy_refs(i))) {
                self.facts |= 1 << 5;
                let mut bump = Vec::new();
                for (from, to) in [("mallocManual", "mallocBump"), ("freeManual", "freeBump")] {
                    if let (Some(f), Some(t)) = (self.runtime_func(from).filter(|f| self.reached(Some(*f))), self.runtime_func(to)) {
                        let callers = self.edited_callers(f);
                        conc::redirect_calls(&mut self.m, &callers, f, t);
                        if let FuncRef::Func(t) = t {
                            self.calls.extend(callers.iter().map(|&c| (t, c)));
                        }
                        bump.push(Some(t));
                    }
                }
                if let Some(f) = self.runtime_func("heapUsed").filter(|f| self.reached(Some(*f))) {
                    let callers = self.edited_callers(f);
                    conc::replace_calls(&mut self.m, &callers, f, E::I32(0));
                }
                for f in &mut self.m.funcs {
                    crate::ir::simplify::drop_roots(&mut f.body);
                }
                self.build_reached(&bump);
            }
        }
        // Without time.Sleep the scheduler needs no timers (nor the clock imports).
        if let (Some(poll), Some(sleep)) = (self.runtime_func("timersPoll"), self.runtime_func("TimeSleep")) {
            if self.reached(Some(poll)) && !(self.reached(Some(sleep)) && conc::reachable_from_main(&self.m, sleep, &|i| self.lazy_refs(i))) {
                self.facts |= 1 << 6;
                let callers = self.edited_callers(poll);
                conc::replace_calls(&mut self.m, &callers, poll, E::I32(0));
            }
        }
        self.fold_ifs();
        // Blocking functions become resumable.
        let rt = match (
            self.runtime_func("gopark"),
            self.runtime_global("gstate"),
            self.runtime_global("gsp"),
            self.runtime_global("stackLimit"),
            self.runtime_func("stackOverflow"),
        ) {
            // Without gopark reached nothing blocks: no transform (nor its call-graph analysis).
            (Some(gopark), Some(gstate), Some(gsp), Some(stack_limit), Some(stack_overflow)) if self.reached(Some(gopark)) => {
                Some(crate::ir::resumable::Runtime { gopark, gstate, gsp, stack_limit, stack_overflow })
            }
            _ => None,
        };
        self.facts |= (rt.is_some() as u32) << 7;
        // Runtime functions whose passes an earlier compilation did are left out of them and
        // take their bodies from then (`frozen.rs`). Each simplification after the first
        // covers only the functions changed since the one before.
        let mut fz = self.frozen();
        let mut dirty: Vec<bool> = (0..self.m.funcs.len()).map(|i| !fz.reused(i)).collect();
        if let Some(rt) = &rt {
            // Temporaries simplified away first are not saved in frames.
            dirty = crate::ir::simplify::changed(&mut self.m, &dirty);
            let blocking = crate::ir::resumable::may_block(&self.m, rt.gopark, &|i| fz.callees_of(i));
            let dropped = fz.check_blocking(&blocking);
            if dropped.contains(&true) {
                (0..dropped.len()).filter(|&i| dropped[i]).for_each(|i| self.materialize(i));
                let changed = crate::ir::simplify::changed(&mut self.m, &dropped);
                dirty.iter_mut().zip(changed).for_each(|(d, c)| *d |= c);
            }
            self.note_callees(&mut fz);
            let (rewritten, infos) = crate::ir::resumable::transform(&mut self.m, rt, &blocking, &|i| fz.done(i));
            fz.set_infos(infos);
            dirty.iter_mut().zip(rewritten).for_each(|(d, r)| *d |= r);
        }
        let mut dirty = crate::ir::simplify::changed(&mut self.m, &dirty);
        if rt.is_none() {
            self.note_callees(&mut fz);
        }
        // Twice: leaves made of leaves (`bufslot` of `ldp`) are leaves once those are inlined.
        self.leaves_round(&mut fz, 0);
        crate::ir::inline::inline_leaves(&mut self.m, &mut dirty, &self.calls);
        self.leaves_round(&mut fz, 1);
        crate::ir::inline::inline_leaves(&mut self.m, &mut dirty, &self.calls);
        crate::ir::simplify::changed(&mut self.m, &dirty);
        self.finish_frozen(fz);
    }

    /// Statements that create a goroutine running `target(args)` into local `g` (not queued).
    fn start_goroutine(&mut self, target: FuncRef, params: &[ValType], results: &[ValType], g: Local, args: Vec<E>) -> Vec<S> {
        let entry = if params.is_empty() && results.is_empty() {
            Some(target)
        } else {
            self.go_count += 1;
            let name = format!("runtime.goentry{}", self.go_count);
            self.goroutine_entry(name, Some(target), params, results)
        };
        let (Some(entry), Some(newg), Some(gargs)) = (entry, self.runtime_func("newg"), self.runtime_func("gargs")) else {
            return vec![];
        };
        let size = 8 * (params.len() + results.len()) as i32;
        let mut b = vec![S::Set(g, E::Call(newg, vec![E::FuncAddr(entry), E::I32(size)]))];
        b.extend(self.trace_go(g, target, None));
        for (i, (a, vt)) in args.into_iter().zip(params).enumerate() {
            let addr = bin(BinOp::Add, ValType::I32, E::Call(gargs, vec![E::Local(g)]), E::I32(8 * i as i32));
            b.push(S::Store(conc_mem(*vt), addr, a));
        }
        b
    }

    fn budget_reset(&self) -> Vec<S> {
        match (self.m.budget_global, self.opts.step_budget) {
            (Some(g), Some(n)) => vec![S::SetGlobal(g, E::I64(n.min(i64::MAX as u64) as i64))],
            _ => vec![],
        }
    }
}
