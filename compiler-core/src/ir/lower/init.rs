//! Package initialization (built from the parts lowered code needs) and the module's entry
//! points: `_initialize` or `_start`, the exports (gc's `go:wasmexport` ABI), and `malloc`.

use crate::Mode;
use crate::ir::{BinOp, Conv, Expr as E, Func, FuncRef, Local, Stmt as S, ValType};
use crate::syntax::ast::Decl;
use crate::types::check::{InitStep, ObjId};
use crate::types::directive::DirectiveKind;
use gowasm_meta::Kind;

use super::{bin, conc_mem, k_vals, FnLower, Lowerer};

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
    /// Whether `path` is one of the standard packages (`stdpkg`: lazily initialized).
    fn is_std(&self, path: &str) -> bool {
        crate::stdpkg::PACKAGES.iter().any(|p| p.path == path)
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
                        let info = fl.info();
                        if let Some(Decl::Var(specs)) = info.packages[pkg].files[file].decls.get(decl) {
                            let objs: Vec<ObjId> = specs[spec].names.iter().filter_map(|n| info.defs.get(&n.pos).copied()).collect();
                            fl.l.prelude_var = !objs.is_empty() && objs.iter().all(|&o| (o as usize) < fl.l.prelude.objects);
                            fl.global_var_init(&specs[spec]);
                            fl.l.prelude_var = false;
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
                let body: Vec<_> = init.parts.iter().filter_map(|p| p.body.clone()).flatten().collect();
                self.m.funcs[idx].body = body.into();
                self.m.funcs[idx].locals = init.locals.clone();
                if let Some(s) = self.scanned.get_mut(idx) {
                    *s = false;
                    self.rescan.push(idx as u32);
                }
            }
            self.build_reached(&[]);
            if !changed {
                return FuncRef::Func(idx as u32);
            }
        }
    }

    /// Package initialization (`runtime.init`): heap cells of boxed variables, then variables
    /// in dependency order, then init functions.
    pub(super) fn package_init(&mut self) -> FuncRef {
        // A standard package's variable is initialized only if some lowered code reads it:
        // their initializers have no other effect, so importing strconv or io costs nothing
        // until ErrRange or EOF is used. Each piece of the body is built once, on demand.
        let mut init = InitParts::default();
        let mut boxed: Vec<(ObjId, u32)> = self.boxed_globals.iter().map(|(o, g)| (*o, *g)).collect();
        crate::sort::sort(&mut boxed);
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
        self.m.funcs.push(Func { file: Default::default(), name: "runtime.init".into(), params: vec![].into(), results: vec![].into(), locals: vec![], body: Default::default() });
        self.build_init(init_idx as usize, &mut init)
    }

    /// The entry points: `_initialize` (reactor) or `_start` (command), one export per
    /// `//go:wasmexport` adapting gc's ABI to our Go values, and `malloc` for string
    /// arguments. Under the scheduler (`sched`) they enter through it; a call that may block
    /// (`blocking`) runs as a goroutine of its own.
    pub(super) fn entry_points(&mut self, init: FuncRef, sched: bool, blocking: &[bool]) {
        let blocks = |f: FuncRef| matches!(f, FuncRef::Func(i) if blocking[i as usize]);
        let budget = self.budget_reset();
        // Package initialization that may block runs as a goroutine, until it returns.
        let run_init = |l: &mut Self, b: &mut Vec<S>, locals: &mut Vec<ValType>| match l.runtime_func("runInit").filter(|_| blocks(init)) {
            Some(run) => {
                let g = locals.len() as u32;
                locals.push(ValType::I32);
                b.extend(l.start_goroutine(init, &[], &[], g, vec![]));
                b.push(S::Drop(E::Call(run, vec![E::Local(g)]), 0));
            }
            None => b.push(S::Drop(E::Call(init, vec![]), 0)),
        };
        match self.opts.mode {
            Mode::Reactor => {
                let mut b = budget.clone();
                let mut locals = vec![];
                b.push(S::StackInit);
                run_init(self, &mut b, &mut locals);
                b.push(S::StackInit);
                let idx = self.m.funcs.len() as u32;
                self.m.funcs.push(Func { file: Default::default(), name: "_initialize".into(), params: vec![].into(), results: vec![].into(), locals, body: b.into() });
                self.m.exports.push(("_initialize".into(), FuncRef::Func(idx)));
            }
            Mode::Command => {
                let main = self.main_func();
                let mut b = budget.clone();
                let mut locals = vec![];
                b.push(S::StackInit);
                run_init(self, &mut b, &mut locals);
                b.push(S::StackInit);
                if let Some(main) = main {
                    if sched {
                        // main runs as a goroutine; the program ends when it returns.
                        let g = locals.len() as u32;
                        locals.push(ValType::I32);
                        b.extend(self.start_goroutine(main, &[], &[], g, vec![]));
                        b.push(S::Drop(E::Call(self.runtime_func("runMain").unwrap_or(main), vec![E::Local(g)]), 0));
                    } else {
                        b.push(S::Drop(E::Call(main, vec![]), 0));
                    }
                }
                let idx = self.m.funcs.len() as u32;
                self.m.funcs.push(Func { file: Default::default(), name: "_start".into(), params: vec![].into(), results: vec![].into(), locals, body: b.into() });
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
        crate::sort::sort_by_key(&mut exports, |(id, _)| self.info.obj(*id).pos);
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
                }).map(|f| f.results.to_vec()).unwrap_or_default();
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
                        FuncRef::Func(i) => self.m.funcs[i as usize].params.to_vec(),
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
            self.m.funcs.push(Func { file: Default::default(), name: format!("export {name}").into(), params: params.into(), results: results.into(), locals, body: b.into() });
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
                self.m.funcs.push(Func { file: Default::default(), name: "export malloc".into(), params: vec![ValType::I32].into(), results: vec![ValType::I32].into(), locals: vec![], body: body.into() });
                self.m.exports.push((crate::alloc_export(self.info), FuncRef::Func(idx)));
            }
        }
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
