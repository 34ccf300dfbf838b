//! The `LowerCache` (the prelude's function bodies lowered once per prelude and options,
//! shared by the compilations on it) and lowering one function's body: from the cache, or
//! into it when its lowering read nothing but the prelude, the options and what its tape
//! records (`tape.rs`).

use std::sync::Arc;

use crate::Mode;
use crate::fx::HashMap;
use crate::diag::Pos;
use crate::ir::{Body, Expr as E, Func, FuncRef, Global, Import, Module, Sig, Stmt as S, ValType};
use crate::syntax::ast::{Decl, NodeId};
use crate::types::TypeId;
use crate::types::check::ObjId;

use super::stmt::goto_labels;
use super::passes::Facts;
use super::tape::{data_of, DataKey, Step};
use super::{conc, defers, frozen, trace, FnLower, Lowerer, Stable};

/// The lowered bodies of the prelude's functions, shared by the compilations on one prelude:
/// such a body depends only on the prelude, the options and the answers its tape records,
/// unless its lowering changed the program's state otherwise (new functions, ...) or read it
/// in a way the tape does not record, which `Lowerer::lower_body` detects and then does not
/// cache. Its tape is replayed on reuse, so the module is byte-identical to one lowered from
/// scratch.
#[derive(Default)]
pub struct LowerCache {
    pub(super) lowered: std::sync::Mutex<HashMap<(CacheKey, u32), Arc<Cached>>>,
    /// The runtime functions after the whole-module passes (`frozen.rs`).
    pub(super) passed: frozen::Passes,
    /// Per option set, the facts of the last compilation: the likely ones (`Lowerer::lazy`).
    pub(super) facts: std::sync::Mutex<HashMap<CacheKey, Facts>>,
    /// Per prelude, the declarations of its functions and globals (`Lowerer::run`).
    declared: std::sync::Mutex<HashMap<u32, Arc<Declared>>>,
    /// Per prelude and literal of a variable of its packages, the bytes of its constant
    /// elements (`data.rs`' `const_elems`): the same in every compilation on it.
    pub(super) tables: std::sync::Mutex<HashMap<(u32, NodeId), Option<Arc<[u8]>>>>,
    /// Simplification's results by function index and round (`Lowerer::simplify`), for any
    /// prelude: it reads only the body and the numbers of parameters and locals.
    pub(super) simplified: std::sync::Mutex<Vec<Option<Simplified>>>,
}

/// A function before simplification (its body, numbers of parameters and locals) and its
/// body after, with whether that changed.
pub(super) struct Simplified {
    pub(super) before: (Body, usize, usize),
    pub(super) after: Body,
    pub(super) changed: bool,
}

/// What declaring a prelude's functions and package variables gives, the same in every
/// compilation on it that changed none of its objects: copied instead of declared again.
pub(super) struct Declared {
    funcs: Vec<Func>,
    imports: Vec<Import>,
    refs: HashMap<ObjId, FuncRef>,
    recv_types: HashMap<ObjId, TypeId>,
    func_pos: HashMap<u32, Pos>,
    stable: Stable,
    globals: Vec<Global>,
    global_ids: HashMap<ObjId, Vec<u32>>,
    global_slots: HashMap<u32, u32>,
    global_roots: u32,
    boxed_globals: HashMap<ObjId, u32>,
}

impl Declared {
    /// The functions declared so far: the prelude's.
    pub(super) fn funcs_of(l: &Lowerer) -> Declared {
        Declared {
            funcs: l.m.funcs.clone(),
            imports: l.m.imports.clone(),
            refs: l.funcs.clone(),
            recv_types: l.recv_types.clone(),
            func_pos: l.func_pos.clone(),
            stable: Stable { runtime: l.stable.runtime, funcs: l.stable.funcs, imports: l.stable.imports, globals: 0 },
            globals: Vec::new(),
            global_ids: HashMap::default(),
            global_slots: HashMap::default(),
            global_roots: 0,
            boxed_globals: HashMap::default(),
        }
    }

    /// With the globals declared so far: the prelude's.
    pub(super) fn with_globals(self, l: &Lowerer) -> Declared {
        Declared {
            globals: l.m.globals.clone(),
            global_ids: l.globals.clone(),
            global_slots: l.global_slots.clone(),
            global_roots: l.m.global_roots,
            boxed_globals: l.boxed_globals.clone(),
            stable: Stable { globals: l.stable.globals, ..self.stable },
            ..self
        }
    }

    pub(super) fn restore(&self, l: &mut Lowerer) {
        l.m.funcs.clone_from(&self.funcs);
        l.m.imports.clone_from(&self.imports);
        l.funcs.clone_from(&self.refs);
        l.recv_types.clone_from(&self.recv_types);
        l.func_pos.clone_from(&self.func_pos);
        l.stable = self.stable;
        l.m.globals.clone_from(&self.globals);
        l.globals.clone_from(&self.global_ids);
        l.global_slots.clone_from(&self.global_slots);
        l.m.global_roots = self.global_roots;
        l.boxed_globals.clone_from(&self.boxed_globals);
    }
}

impl LowerCache {
    pub(super) fn declared(&self, prelude: u32) -> Option<Arc<Declared>> {
        self.declared.lock().unwrap_or_else(|e| e.into_inner()).get(&prelude).cloned()
    }

    pub(super) fn save_declared(&self, prelude: u32, d: Declared) {
        self.declared.lock().unwrap_or_else(|e| e.into_inner()).insert(prelude, Arc::new(d));
    }
}

#[cfg(test)]
impl LowerCache {
    /// How many lowered bodies are kept.
    pub fn lowered_count(&self) -> usize {
        self.lowered.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// How many constant tables are kept.
    pub fn tables_count(&self) -> usize {
        self.tables.lock().unwrap_or_else(|e| e.into_inner()).values().filter(|t| t.is_some()).count()
    }
}

/// What a prelude function's lowering may read of the options and the program besides its
/// tape: the prelude (whose functions it numbers), the options, the program's flags.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct CacheKey {
    pub(super) prelude: u32,
    pub(super) mode: Mode,
    pub(super) schedule: gowasm_meta::Schedule,
    pub(super) trace: bool,
    pub(super) step_budget: Option<u64>,
    pub(super) uses_recover: bool,
    pub(super) uses_defer: bool,
    pub(super) uses_caller: bool,
    pub(super) uses_reflect_call: bool,
}

pub(super) struct Cached {
    pub(super) locals: Vec<ValType>,
    pub(super) body: Body,
    /// What the lowering read and asked for, in order (`tape.rs`).
    pub(super) steps: Vec<Step>,
    /// The data segments it asked for: (segment then, what it holds).
    pub(super) data: Vec<(u32, DataKey)>,
    /// The body's direct callees and the functions whose address it takes: what the
    /// call-graph analyses before any rewrite read of it.
    pub(super) callees: Vec<u32>,
    pub(super) addrs: Vec<u32>,
    /// The signatures of its indirect calls, without repeats: the trampolines it calls once
    /// they are redirected (`resumable::wrap_indirect`).
    pub(super) sigs: Vec<Sig>,
    /// What the searches for reached functions and read globals find in it.
    pub(super) refs: Vec<u32>,
    pub(super) globals: Vec<u32>,
    /// Folding constant ifs and dropping GC roots leave it as it is: the only rewrites of
    /// functions other than the callers of the runtime's constant functions before the passes.
    pub(super) plain: bool,
}

impl Cached {
    fn new(locals: Vec<ValType>, body: Body, steps: Vec<Step>, data: Vec<(u32, DataKey)>) -> Cached {
        // One walk for every summary, each in the order of the body.
        let (mut callees, mut addrs, mut refs, mut sigs) = (Vec::new(), Vec::new(), Vec::new(), Vec::<Sig>::new());
        let mut globals = std::collections::HashSet::new();
        crate::ir::visit_exprs(&body, &mut |e| match e {
            E::Call(FuncRef::Func(i), _) => {
                callees.push(*i);
                refs.push(*i);
            }
            E::FuncAddr(FuncRef::Func(i)) => {
                addrs.push(*i);
                refs.push(*i);
            }
            E::Global(g) => {
                globals.insert(*g);
            }
            E::CallIndirect { sig, .. } if !sigs.contains(&**sig) => sigs.push((**sig).clone()),
            _ => {}
        });
        let mut globals: Vec<u32> = globals.into_iter().collect();
        crate::sort::sort(&mut globals);
        let plain = !conc::has_const_ifs(&body) && !crate::ir::simplify::has_roots(&body);
        Cached { locals, body, steps, data, callees, addrs, sigs, refs, globals, plain }
    }
}

/// A copy of a cached body with its data segments renumbered (`moved`: old, new).
pub(super) fn copy_moved(body: &Body, moved: &[(u32, u32)]) -> Body {
    let mut body = body.clone();
    if !moved.is_empty() {
        body.iter_mut().for_each(|s| move_data(s, moved));
    }
    body
}

/// Renumbers the data segments of a cached body (`moved`: old, new).
fn move_data(s: &mut S, moved: &[(u32, u32)]) {
    fn expr(e: &mut E, moved: &[(u32, u32)]) {
        match e {
            E::Data(d) => {
                if let Some((_, new)) = moved.iter().find(|(old, _)| old == d) {
                    *d = *new;
                }
            }
            E::Seq(ss, _) => ss.iter_mut().for_each(|s| move_data(s, moved)),
            _ => {}
        }
        e.children_mut().for_each(|c| expr(c, moved));
    }
    s.exprs_mut().for_each(|e| expr(e, moved));
    s.bodies_mut().for_each(|b| move_data(b, moved));
}

/// The module functions that statements call or take the address of.
pub(super) fn func_refs(ss: &[S], out: &mut Vec<u32>) {
    crate::ir::visit_exprs(ss, &mut |e| {
        if let E::Call(FuncRef::Func(i), _) | E::FuncAddr(FuncRef::Func(i)) = e {
            out.push(*i);
        }
    });
}

/// Adds the globals statements read to `out`.
pub(super) fn read_globals(ss: &[S], out: &mut std::collections::HashSet<u32>) {
    crate::ir::visit_exprs(ss, &mut |e| {
        if let E::Global(g) = e {
            out.insert(*g);
        }
    });
}

impl<'a> Lowerer<'a> {
    /// Lowers the body of module function `idx` if it is a Go function not lowered yet;
    /// whether it did.
    pub(super) fn lower_body(&mut self, idx: usize) -> bool {
        let Some(i) = self.pending.get_mut(idx).and_then(Option::take) else {
            return false;
        };
        self.rescan.push(idx as u32);
        self.prunes.retain(|p| p.func.0 != idx);
        let f = &self.info.funcs[i];
        let Some(Decl::Func(fd)) = self.decl(f) else {
            return false;
        };
        let Some(body) = &fd.body else { return false };
        // The prelude's functions come from the cache, or go into it when their lowering
        // depended on nothing but the prelude, the options and the answers on its tape
        // (unless nothing is kept: `Options::once`).
        let cacheable = !self.opts.once && (idx as u32) < self.stable.funcs;
        if cacheable && self.from_cache(idx) {
            return true;
        }
        let before = cacheable.then(|| (self.state(), self.m.data.len()));
        self.tape = before.as_ref().map(|_| Vec::new());
        self.reads_program = false;
        self.lowering = Some((idx, i));
        let mut fl = FnLower::new(self, idx as u32, fd);
        fl.goto_labels = goto_labels(&body.stmts);
        fl.prologue(fd);
        if defers::has_defer(&body.stmts) {
            fl.start_defers();
        }
        fl.block(&body.stmts);
        let (locals, mut body) = fl.finish();
        self.lowering = None;
        // Without tracing, the runtime's trace hooks go (the user's code cannot name them).
        if !self.opts.trace && self.info.obj(f.obj).pkg != "main" {
            trace::remove_calls(&mut body, &self.hooks);
        }
        // Shared with the cache's entry, if it gets one.
        let body = Body::from(body);
        let tape = self.tape.take();
        if let (Some((state, segments)), Some(steps)) = (before, tape) {
            let data = data_of(&steps);
            let new_data = data.iter().filter(|(d, _)| *d as usize >= segments).count();
            if !self.reads_program && self.state() == state && self.m.data.len() - segments == new_data && self.stable_refs(&body, &data) {
                let cached = Arc::new(Cached::new(locals.clone(), body.clone(), steps, data));
                self.cache.lowered.lock().unwrap_or_else(|e| e.into_inner()).insert((self.cache_key, idx as u32), cached.clone());
                self.set_cached(idx, cached);
            }
        }
        self.m.funcs[idx].locals = locals;
        self.m.funcs[idx].body = body;
        self.refold(idx);
        true
    }

    /// Sets function `idx`'s body from the cache, when lowering it now would give the same
    /// (its tape replays), making its requests in the same order as its lowering did; whether
    /// it was cached. A body the passes of an earlier compilation are likely to give is left
    /// in the cache (`lazy`).
    fn from_cache(&mut self, idx: usize) -> bool {
        let Some(c) = self.cache.lowered.lock().unwrap_or_else(|e| e.into_inner()).get(&(self.cache_key, idx as u32)).cloned() else {
            return false;
        };
        if !self.replays(&c.steps) {
            return false;
        }
        self.replay(&c.steps);
        let likely = c.plain && idx < self.stable.runtime as usize && self.predicted.is_some_and(|facts| self.cache.passed.lock().unwrap_or_else(|e| e.into_inner()).contains_key(&(self.cache_key, facts, idx as u32)));
        self.set_cached(idx, c);
        if likely {
            if self.lazy.len() <= idx {
                self.lazy.resize(idx + 1, false);
            }
            self.lazy[idx] = true;
        } else {
            self.materialize_at(idx);
        }
        true
    }

    /// Copies a lazy body from the cache, with its data segments numbered as now.
    pub(super) fn materialize(&mut self, idx: usize) {
        if self.lazy.get(idx) == Some(&true) {
            self.lazy[idx] = false;
            self.materialize_at(idx);
        }
    }

    fn materialize_at(&mut self, idx: usize) {
        let Some(Some(c)) = self.cached.get(idx).cloned() else {
            return;
        };
        let body = copy_moved(&c.body, &self.renumbered(&c.data));
        self.m.funcs[idx].locals = c.locals.clone();
        self.m.funcs[idx].body = body.into();
        self.refold(idx);
    }

    /// What a lazy function refers to (its body is not in the module yet).
    pub(super) fn lazy_refs(&self, idx: usize) -> Option<&[u32]> {
        self.lazy_entry(idx).map(|c| c.refs.as_slice())
    }

    /// The entry of a lazy function.
    pub(super) fn lazy_entry(&self, idx: usize) -> Option<&Cached> {
        if self.lazy.get(idx) == Some(&true) {
            self.cached.get(idx)?.as_deref()
        } else {
            None
        }
    }

    /// The entry of a function whose body is its cached one (lazy, or shared with it): what
    /// it refers to without a walk.
    pub(super) fn unchanged(&self, idx: usize) -> Option<&Cached> {
        let c = self.cached.get(idx)?.as_deref()?;
        (self.lazy.get(idx) == Some(&true) || self.m.funcs[idx].body.addr() == c.body.addr()).then_some(c)
    }

    fn set_cached(&mut self, idx: usize, c: Arc<Cached>) {
        if self.cached.len() <= idx {
            self.cached.resize(idx + 1, None);
        }
        self.cached[idx] = Some(c);
    }

    /// Whether function `idx`'s body is the cached one.
    pub(super) fn is_cached(&self, idx: usize) -> bool {
        matches!(self.cached.get(idx), Some(Some(_)))
    }

    /// What lowering a function may change besides string data, as sizes: equal before and
    /// after when the lowering depended only on the prelude. Every field of the lowering's
    /// state and of the module is named here, so a new one cannot be left out unnoticed: it
    /// is counted, or ignored for one of the reasons below.
    fn state(&self) -> [usize; 19] {
        let Lowerer {
            // Inputs, and the bookkeeping of the cache and of the passes.
            info: _,
            map: _,
            opts: _,
            cache: _,
            cache_key: _,
            prelude: _,
            stable: _,
            prelude_var: _,
            tape: _,
            reads_program: _,
            lowering: _,
            cached: _,
            lazy: _,
            predicted: _,
            facts: _,
            folded: _,
            std_inputs: _,
            // Reachability: which functions are lowered, not what one lowering did.
            pending: _,
            scanned: _,
            rescan: _,
            scan_end: _,
            calls: _,
            // Set before any body is lowered.
            recv_types: _,
            trace_pos: _,
            hooks: _,
            // Replayed from the tape (`tape.rs`): strings, descriptors (which make types
            // dynamic, give kinds, and have pruned functions lowered again), method ids.
            strings: _,
            site_records: _,
            descs: _,
            desc_queue: _,
            dynamic: _,
            kinds: _,
            relower: _,
            method_ids: _,
            // Pushed only where `reads_program` is set.
            prunes: _,
            m,
            diags,
            funcs,
            globals,
            global_slots,
            boxed_globals,
            go_count,
            uses_goroutines,
            unwind_sites,
            thunks,
            wrappers,
            iface_names,
            trampolines,
            method_funcs,
            func_pos,
        } = self;
        let Module {
            funcs: module_funcs,
            imports,
            globals: module_globals,
            relocs,
            closures,
            global_roots,
            // Replayed from the tape, as `strings` and `descs`.
            data: _,
            sites: _,
            // Set before any body is lowered, or after all are.
            exports: _,
            budget_global: _,
            budget_exceeded: _,
            malloc: _,
            sp_global: _,
            gsp_global: _,
            stack_overflow: _,
            checks: _,
            threads: _,
            // Set while building descriptors, which replays nothing.
            method_tables: _,
            dyn_method: _,
        } = m;
        [
            module_funcs.len(),
            imports.len(),
            module_globals.len(),
            relocs.len(),
            closures.len(),
            *global_roots as usize,
            funcs.len(),
            globals.len(),
            global_slots.len(),
            boxed_globals.len(),
            *go_count as usize,
            *uses_goroutines as usize,
            unwind_sites.len(),
            thunks.len(),
            wrappers.len(),
            iface_names.len() + trampolines.len(),
            method_funcs.len(),
            func_pos.len(),
            diags.len(),
        ]
    }

    /// Whether `body` refers only to the runtime's own functions, imports and globals, and to
    /// data segments of `data`: what is numbered the same in every compilation.
    pub(super) fn stable_refs(&self, body: &[S], data: &[(u32, DataKey)]) -> bool {
        self.stable_refs_with(body, &mut |d| data.iter().any(|(s, _)| *s == d))
    }

    /// Whether `body` refers only to the runtime's own functions, imports and globals, and to
    /// data segments `data` accepts.
    pub(super) fn stable_refs_with(&self, body: &[S], data: &mut dyn FnMut(u32) -> bool) -> bool {
        fn func(st: &Stable, f: &FuncRef) -> bool {
            match f {
                FuncRef::Func(i) => *i < st.funcs,
                FuncRef::Import(i) => *i < st.imports,
            }
        }
        fn expr(st: &Stable, data: &mut dyn FnMut(u32) -> bool, e: &E) -> bool {
            let ok = match e {
                E::Call(f, _) | E::FuncAddr(f) => func(st, f),
                E::Global(g) => *g < st.globals,
                E::Data(d) => data(*d),
                E::Seq(ss, _) => stmts(st, data, ss),
                _ => true,
            };
            ok && e.children().all(|c| expr(st, data, c))
        }
        fn stmts(st: &Stable, data: &mut dyn FnMut(u32) -> bool, ss: &[S]) -> bool {
            ss.iter().all(|s| {
                let ok = match s {
                    S::SetGlobal(g, _) => *g < st.globals,
                    S::GlobalRoot { .. } => false,
                    _ => true,
                };
                ok && s.exprs().all(|e| expr(st, data, e)) && s.bodies().all(|b| stmts(st, data, std::slice::from_ref(b)))
            })
        }
        stmts(&self.stable, data, body)
    }
}
