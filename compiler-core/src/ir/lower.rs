//! Lowering checked Go to the IR.

use std::sync::Arc;

use crate::fx::{FxNew, HashMap};

/// A [`Vals`] list: `vals![a, b]`.
macro_rules! vals {
    () => {
        Vals::new()
    };
    ($e:expr) => {
        Vals::One($e)
    };
    ($($e:expr),+ $(,)?) => {
        Vals::from([$($e),+])
    };
}

mod conc;
mod frozen;
mod iface;
mod trace;
mod vals;

#[path = "lower_data.rs"]
mod data;

#[path = "lower_map.rs"]
mod map;

#[path = "lower_func.rs"]
mod func;

#[path = "lower_defer.rs"]
mod defers;

use super::{BinOp, Conv, Expr as E, Func, FuncRef, Global, Import, Label, Local, Mem, Module, Reloc, Stmt as S, UnOp, ValType};
use crate::diag::{Diags, Pos, SourceMap};
use crate::syntax::ast::*;
use crate::types::check::{Builtin, InitStep, ObjId, ObjKind};
use crate::types::directive::DirectiveKind;
use crate::types::{constant, Basic, Const, Info, Type, TypeId};
use crate::{Mode, Options};
use gowasm_meta::Kind;
use num_traits::ToPrimitive;
use vals::{Locals, Vals};

/// Lowers the checked program. Constructs the checker accepted but lowering cannot handle
/// yet are reported to `diags`. `cache` holds runtime functions lowered by earlier
/// compilations on the same prelude (see [`LowerCache`]).
pub fn lower(info: &Info, map: &SourceMap, opts: &Options, cache: &LowerCache, diags: &mut Diags) -> Module {
    let cache_key = CacheKey { mode: opts.mode, schedule: opts.schedule, trace: opts.trace, step_budget: opts.step_budget, uses_recover: info.uses_recover, uses_defer: info.uses_defer };
    let mut l = Lowerer {
        info,
        map,
        opts,
        diags,
        cache,
        cache_key,
        stable: Stable::default(),
        tape: None,
        reads_program: false,
        m: Module::default(),
        funcs: HashMap::new(),
        globals: HashMap::new(),
        strings: HashMap::new(),
        global_slots: HashMap::new(),
        recv_types: HashMap::new(),
        boxed_globals: HashMap::new(),
        go_count: 0,
        uses_goroutines: false,
        unwind_sites: Vec::new(),
        thunks: Vec::new(),
        pending: Vec::new(),
        scanned: Vec::new(),
        calls: Vec::new(),
        wrappers: HashMap::new(),
        descs: HashMap::new(),
        desc_queue: Vec::new(),
        method_ids: HashMap::new(),
        iface_names: Vec::new(),
        method_funcs: HashMap::new(),
        trace_pos: None,
        func_pos: HashMap::new(),
        lowering: None,
        dynamic: Vec::new(),
        kinds: 0,
        prunes: Vec::new(),
        relower: Vec::new(),
        cached: Vec::new(),
        lazy: Vec::new(),
        predicted: cache.facts.lock().unwrap_or_else(|e| e.into_inner()).get(&cache_key).copied(),
        facts: 0,
        hooks: Vec::new(),
        folded: Vec::new(),
    };
    l.run();
    l.m
}

/// The lowered bodies of runtime functions, shared by the compilations on one prelude: a
/// runtime function's body depends only on the prelude and the options, unless its lowering
/// read or changed the program's state (type descriptors, method ids, new functions, ...),
/// which `Lowerer::lower_body` detects and then does not cache. Its string data segments
/// are replayed on reuse, so the module is byte-identical to one lowered from scratch.
#[derive(Default)]
pub struct LowerCache {
    lowered: std::sync::Mutex<HashMap<(CacheKey, u32), Arc<Cached>>>,
    /// The runtime functions after the whole-module passes (`frozen.rs`).
    passed: frozen::Passes,
    /// Per option set, the facts of the last compilation: the likely ones (`Lowerer::lazy`).
    facts: std::sync::Mutex<HashMap<CacheKey, u32>>,
}

/// What a runtime function's lowering may read of the options and the program.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct CacheKey {
    mode: Mode,
    schedule: gowasm_meta::Schedule,
    trace: bool,
    step_budget: Option<u64>,
    uses_recover: bool,
    uses_defer: bool,
}

struct Cached {
    locals: Vec<ValType>,
    body: Vec<S>,
    /// The strings the lowering asked for (`Lowerer::string_data`), in order, with the data
    /// segment each got then.
    strings: Vec<(u32, Vec<u8>)>,
    /// The body's direct callees and the functions whose address it takes: what the
    /// call-graph analyses before any rewrite read of it.
    callees: Vec<u32>,
    addrs: Vec<u32>,
    /// What the searches for reached functions and read globals find in it.
    refs: Vec<u32>,
    globals: Vec<u32>,
    /// Folding constant ifs and dropping GC roots leave it as it is: the only rewrites of
    /// functions other than the callers of the runtime's constant functions before the passes.
    plain: bool,
}

impl Cached {
    fn new(locals: Vec<ValType>, body: Vec<S>, strings: Vec<(u32, Vec<u8>)>) -> Cached {
        let (callees, addrs) = (super::resumable::callees(&body), addrs_of(&body));
        let mut refs = Vec::new();
        func_refs(&body, &mut refs);
        let mut globals = std::collections::HashSet::new();
        read_globals(&body, &mut globals);
        let mut globals: Vec<u32> = globals.into_iter().collect();
        globals.sort_unstable();
        let mut folded = body.clone();
        conc::fold_const_ifs(&mut folded);
        super::simplify::drop_roots(&mut folded);
        let plain = folded == body;
        Cached { locals, body, strings, callees, addrs, refs, globals, plain }
    }
}

/// How many functions, imports and globals the runtime package declares first: their indices
/// are the same in every compilation on a prelude.
#[derive(Default)]
struct Stable {
    funcs: u32,
    imports: u32,
    globals: u32,
}

struct Lowerer<'a> {
    info: &'a Info,
    map: &'a SourceMap,
    opts: &'a Options,
    diags: &'a mut Diags,
    cache: &'a LowerCache,
    cache_key: CacheKey,
    stable: Stable,
    /// While a cacheable function is lowered: the strings it asked for.
    tape: Option<Vec<(u32, Vec<u8>)>>,
    /// Set when lowering read state that depends on the user's program (`kind_used`,
    /// `method_id`): the function's body is then not cached.
    reads_program: bool,
    m: Module,
    funcs: HashMap<ObjId, FuncRef>,
    globals: HashMap<ObjId, Vec<u32>>,
    strings: HashMap<Vec<u8>, u32>,
    /// Root slot of each pointer-holding global.
    global_slots: HashMap<u32, u32>,
    /// Receiver type of each method.
    recv_types: HashMap<ObjId, TypeId>,
    /// Package variables in heap cells (structs, arrays, and variables whose address is
    /// taken): the global holding the cell's address.
    boxed_globals: HashMap<ObjId, u32>,
    /// Goroutine entry functions made so far (for their names).
    go_count: u32,
    /// A `go` statement was lowered: exports run under the scheduler.
    uses_goroutines: bool,
    /// Functions with defer statements, for the unwinding pass (`ir/unwind.rs`).
    unwind_sites: Vec<crate::ir::unwind::Site>,
    /// The thunks of defer statements: when one may block, panics unwind.
    thunks: Vec<u32>,
    /// Per module function: the Go function (index in `Info::funcs`) whose body is not
    /// lowered yet. Bodies are lowered when something reaches them (`lower_reached`).
    pending: Vec<Option<usize>>,
    /// Per module function: its body was searched for the functions it refers to.
    scanned: Vec<bool>,
    /// (callee, caller) for every reference found by those searches: a superset of the
    /// calls, as later rewrites only remove calls of the functions `callers` is asked for.
    calls: Vec<(u32, u32)>,
    /// Declared functions used as values: their wrapper taking a closure object.
    wrappers: HashMap<FuncRef, FuncRef>,
    /// Type descriptors by type key (see `iface.rs`), and those still to be built.
    descs: HashMap<String, u32>,
    desc_queue: Vec<(TypeId, u32)>,
    /// Ids of methods callable through interfaces, by name and signature.
    method_ids: HashMap<String, u32>,
    /// Method names of the program's interface types.
    iface_names: Vec<String>,
    /// Functions behind method values and method expressions.
    method_funcs: HashMap<iface::MethodFunc, FuncRef>,
    /// The runtime's `tracePos` global, when tracing: set before each statement of main.
    trace_pos: Option<u32>,
    /// Declaration of each function of the IR, for trace positions.
    func_pos: HashMap<u32, Pos>,
    /// The Go function whose body is being lowered (module index, `Info::funcs` index).
    lowering: Option<(usize, usize)>,
    /// Keys of the types converted to interfaces: the dynamic types of the program.
    dynamic: Vec<String>,
    /// Kinds of the types with descriptors (bit k for reflect's kind k).
    kinds: u32,
    /// Type switch clauses (and comma-ok assertions) left out because no value of their
    /// types is in an interface yet (`iface::Prune`).
    prunes: Vec<iface::Prune>,
    /// Functions to lower again: a type they left out got a descriptor.
    relower: Vec<(usize, usize)>,
    /// Per module function: the cache entry its body is (from the cache, or just stored).
    cached: Vec<Option<Arc<Cached>>>,
    /// Per module function: its body is still in the cache only, as one an earlier
    /// compilation's passes are expected to give (`frozen.rs`); `materialize` copies it.
    lazy: Vec<bool>,
    /// The facts the last compilation with these options had: the likely ones.
    predicted: Option<u32>,
    /// The decisions of `init_and_exports` that change runtime functions before the
    /// whole-module passes (bit per decision): part of the key of their state after them.
    facts: u32,
    /// The runtime's trace hooks, whose calls are left out without tracing.
    hooks: Vec<FuncRef>,
    /// Per module function: constant ifs folded since it was last lowered or rewritten.
    folded: Vec<bool>,
}

/// Wasm values of a Go type. Strings are (ptr, len), slices (ptr, len, cap), interfaces
/// (type, data); structs and arrays live in memory and are represented by their address.
fn vals(info: &Info, t: TypeId) -> Vec<ValType> {
    match info.types.under_type(t) {
        Type::Tuple(ts) => ts.iter().flat_map(|t| vals(info, *t)).collect(),
        _ => repr_single(info, t).iter().map(|r| r.0).collect(),
    }
}

/// Which of a type's Wasm values may hold heap pointers (GC roots).
fn ptr_flags(info: &Info, t: TypeId) -> Vec<bool> {
    repr(info, t).into_iter().map(|(_, p)| p).collect()
}

fn repr(info: &Info, t: TypeId) -> Vec<(ValType, bool)> {
    match info.types.under_type(t) {
        Type::Tuple(ts) => ts.iter().flat_map(|t| repr(info, *t)).collect(),
        _ => repr_single(info, t).to_vec(),
    }
}

/// [`repr`] of a type that is not a tuple, without allocating.
fn repr_single(info: &Info, t: TypeId) -> &'static [(ValType, bool)] {
    use ValType::*;
    match info.types.under_type(t) {
        Type::Basic(b) => match b.canonical() {
            Basic::Float32 => &[(F32, false)],
            Basic::Float64 | Basic::UntypedFloat => &[(F64, false)],
            Basic::String | Basic::UntypedString => &[(I32, true), (I32, false)],
            b if b.bits() == 64 && b.is_integer() => &[(I64, false)],
            Basic::UntypedInt | Basic::UntypedRune => &[(I64, false)],
            Basic::UnsafePointer | Basic::UntypedNil => &[(I32, true)],
            _ => &[(I32, false)],
        },
        Type::Tuple(_) => &[],
        Type::Slice(_) => &[(I32, true), (I32, false), (I32, false)],
        Type::Interface(_) => &[(I32, false), (I32, true)],
        _ => &[(I32, true)],
    }
}

/// `vals(info, t).first()`, without building the list.
fn first_val(info: &Info, t: TypeId) -> Option<ValType> {
    match info.types.under_type(t) {
        Type::Tuple(ts) => ts.iter().find_map(|t| first_val(info, *t)),
        _ => repr_single(info, t).first().map(|r| r.0),
    }
}

/// `vals(info, t).len()`, without building the list.
fn val_count(info: &Info, t: TypeId) -> usize {
    match info.types.under_type(t) {
        Type::Tuple(ts) => ts.iter().map(|t| val_count(info, *t)).sum(),
        _ => repr_single(info, t).len(),
    }
}

/// Structs and arrays: values that live in memory.
fn is_aggregate(info: &Info, t: TypeId) -> bool {
    matches!(info.types.under_type(t), Type::Struct(_) | Type::Array(..))
}

/// Whether values of type t contain no heap pointers (the collector need not scan them).
fn noscan(info: &Info, t: TypeId) -> bool {
    noscan_depth(info, t, 0)
}

fn noscan_depth(info: &Info, t: TypeId, d: u32) -> bool {
    if d > 32 {
        return false;
    }
    match info.types.under_type(t) {
        Type::Struct(fs) => fs.iter().all(|f| noscan_depth(info, f.ty, d + 1)),
        Type::Array(_, e) => noscan_depth(info, *e, d + 1),
        Type::Basic(b) => !matches!(b.canonical(), Basic::String | Basic::UnsafePointer),
        _ => false,
    }
}

/// The member's name when e is a qualified identifier (`os.Args`, `strings.ToUpper`): it is
/// lowered as an identifier (its object is in `uses` under e's id).
fn qualified<'e>(info: &Info, e: &'e Expr) -> Option<&'e str> {
    match &e.kind {
        ExprKind::Selector(x, sel) if matches!(&x.kind, ExprKind::Ident(_)) && info.uses.get(&x.id).is_some_and(|o| matches!(info.obj(*o).kind, ObjKind::PkgName(_))) => {
            Some(&sel.name)
        }
        _ => None,
    }
}

/// The zero value of a Wasm value type, as an expression.
pub(super) fn zero(v: ValType) -> E {
    match v {
        ValType::I32 => E::I32(0),
        ValType::I64 => E::I64(0),
        ValType::F32 => E::F32(0),
        ValType::F64 => E::F64(0),
    }
}

fn bin(op: BinOp, t: ValType, a: E, b: E) -> E {
    E::Bin(op, t, Box::new(a), Box::new(b))
}

impl<'a> Lowerer<'a> {
    fn run(&mut self) {
        // Declare every function first so calls can refer to them.
        let mut runtime_first = true;
        for f in &self.info.funcs {
            let obj = self.info.obj(f.obj);
            if runtime_first && obj.pkg != "runtime" {
                runtime_first = false;
                self.stable.funcs = self.m.funcs.len() as u32;
                self.stable.imports = self.m.imports.len() as u32;
            }
            let sig = match self.info.types.get(obj.ty) {
                Type::Func(s) => s.clone(),
                _ => continue,
            };
            if let Some(d) = self.info.directives.get(&f.obj) {
                if let DirectiveKind::Import { module, name } = &d.kind {
                    let params = d.params.iter().flat_map(|(_, _, k)| k_vals(*k)).collect();
                    let results = d.result.iter().flat_map(|(_, k)| k_vals(*k)).collect();
                    let idx = self.m.imports.len() as u32;
                    self.m.imports.push(Import { module: module.clone(), name: name.clone(), params, results });
                    self.funcs.insert(f.obj, FuncRef::Import(idx));
                    continue;
                }
            }
            let mut params: Vec<ValType> = Vec::new();
            // gc's names: `main.f`, `main.T.m`, `main.(*T).m`.
            let mut name = format!("{}.{}", obj.pkg, obj.name);
            if let Some(Decl::Func(fd)) = self.decl(f) {
                if let Some(r) = &fd.recv {
                    let rt = self.info.expr_type(&r.ty);
                    params.extend(vals(self.info, rt));
                    self.recv_types.insert(f.obj, rt);
                    let (ptr, base) = match &strip(&r.ty).kind {
                        ExprKind::Star(x) => (true, strip(x)),
                        _ => (false, strip(&r.ty)),
                    };
                    let base = match &base.kind {
                        ExprKind::Index(x, _) => strip(x),
                        _ => base,
                    };
                    if let ExprKind::Ident(id) = &base.kind {
                        let t = id;
                        name = if ptr { format!("{}.(*{t}).{}", obj.pkg, obj.name) } else { format!("{}.{t}.{}", obj.pkg, obj.name) };
                    }
                }
            }
            params.extend(sig.params.iter().flat_map(|t| vals(self.info, *t)));
            let results = sig.results.iter().flat_map(|t| vals(self.info, *t)).collect();
            let idx = self.m.funcs.len() as u32;
            let file = self.map.locate(obj.pos).0.to_string();
            self.m.funcs.push(Func { file, name, params, results, locals: vec![], body: vec![] });
            self.funcs.insert(f.obj, FuncRef::Func(idx));
            self.func_pos.insert(idx, obj.pos);
        }
        if runtime_first {
            self.stable.funcs = self.m.funcs.len() as u32;
            self.stable.imports = self.m.imports.len() as u32;
        }
        // Package-level variables become globals.
        let mut runtime_first = true;
        for (id, o) in self.info.objects.iter().enumerate() {
            if o.global && o.kind == ObjKind::Var && o.ty != crate::types::INVALID {
                if runtime_first && o.pkg != "runtime" {
                    runtime_first = false;
                    self.stable.globals = self.m.globals.len() as u32;
                }
                if o.pkg != "runtime" && (o.escapes || is_aggregate(self.info, o.ty)) {
                    let g = self.m.globals.len() as u32;
                    self.m.globals.push(Global { ty: ValType::I32 });
                    self.global_slots.insert(g, self.m.global_roots);
                    self.m.global_roots += 1;
                    self.boxed_globals.insert(id as ObjId, g);
                    continue;
                }
                let mut ids = Vec::new();
                for (v, p) in repr(self.info, o.ty) {
                    let g = self.m.globals.len() as u32;
                    ids.push(g);
                    self.m.globals.push(Global { ty: v });
                    if p && o.pkg != "runtime" {
                        self.global_slots.insert(g, self.m.global_roots);
                        self.m.global_roots += 1;
                    }
                }
                self.globals.insert(id as ObjId, ids);
            }
        }
        if runtime_first {
            self.stable.globals = self.m.globals.len() as u32;
        }
        if self.opts.step_budget.is_some() {
            self.m.budget_global = Some(self.m.globals.len() as u32);
            self.m.globals.push(Global { ty: ValType::I64 });
            self.m.budget_exceeded = self.runtime_func("budgetExceeded");
        }
        self.hooks = self.hooks();
        self.m.malloc = self.runtime_func("mallocgc");
        self.m.stack_overflow = self.runtime_func("stackOverflow");
        self.m.sp_global = self.runtime_global("sp");
        if self.opts.trace {
            self.trace_pos = self.runtime_global("tracePos");
        }
        // The user's functions are lowered now, the runtime's only when reached: a program
        // uses little of the runtime, and lowering all of it dominated small compilations.
        self.pending = vec![None; self.m.funcs.len()];
        for (i, f) in self.info.funcs.iter().enumerate() {
            if let Some(FuncRef::Func(idx)) = self.funcs.get(&f.obj).copied() {
                self.pending[idx as usize] = Some(i);
            }
        }
        for idx in 0..self.pending.len() {
            if let Some(i) = self.pending[idx] {
                if self.info.obj(self.info.funcs[i].obj).pkg == "main" {
                    self.lower_body(idx);
                }
            }
        }
        self.init_and_exports();
    }

    /// Lowers the body of module function `idx` if it is a Go function not lowered yet;
    /// whether it did.
    fn lower_body(&mut self, idx: usize) -> bool {
        let Some(i) = self.pending.get_mut(idx).and_then(Option::take) else { return false };
        self.prunes.retain(|p| p.func.0 != idx);
        let f = &self.info.funcs[i];
        let Some(Decl::Func(fd)) = self.decl(f) else { return false };
        let Some(body) = &fd.body else { return false };
        // Runtime functions come from the cache, or go into it when their lowering depended
        // on nothing but the prelude and the options.
        let cacheable = (idx as u32) < self.stable.funcs;
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
        let tape = self.tape.take();
        if let (Some((state, data)), Some(strings)) = (before, tape) {
            let new_strings = strings.iter().filter(|(d, _)| *d as usize >= data).count();
            if !self.reads_program && self.state() == state && self.m.data.len() - data == new_strings && self.stable_refs(&body, &strings) {
                let cached = Arc::new(Cached::new(locals.clone(), body.clone(), strings));
                self.cache.lowered.lock().unwrap_or_else(|e| e.into_inner()).insert((self.cache_key, idx as u32), cached.clone());
                self.set_cached(idx, cached);
            }
        }
        self.m.funcs[idx].locals = locals;
        self.m.funcs[idx].body = body;
        self.refold(idx);
        true
    }

    /// Sets function `idx`'s body from the cache, asking for its strings in the same order
    /// as its lowering did; whether it was cached. A body the passes of an earlier
    /// compilation are likely to give is left in the cache (`lazy`).
    fn from_cache(&mut self, idx: usize) -> bool {
        let Some(c) = self.cache.lowered.lock().unwrap_or_else(|e| e.into_inner()).get(&(self.cache_key, idx as u32)).cloned() else { return false };
        for (_, bytes) in &c.strings {
            self.string_data(bytes.clone());
        }
        let likely = c.plain && self.predicted.is_some_and(|facts| self.cache.passed.lock().unwrap_or_else(|e| e.into_inner()).contains_key(&(self.cache_key, facts, idx as u32)));
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
    fn materialize(&mut self, idx: usize) {
        if self.lazy.get(idx) == Some(&true) {
            self.lazy[idx] = false;
            self.materialize_at(idx);
        }
    }

    fn materialize_at(&mut self, idx: usize) {
        let Some(Some(c)) = self.cached.get(idx).cloned() else { return };
        let body = copy_moved(&c.body, &self.renumbered(&c.strings));
        self.m.funcs[idx].locals = c.locals.clone();
        self.m.funcs[idx].body = body;
        self.refold(idx);
    }

    /// How the data segments of `strings` (segment then, bytes) are numbered now: (then,
    /// now) where they differ.
    fn renumbered(&self, strings: &[(u32, Vec<u8>)]) -> Vec<(u32, u32)> {
        strings.iter().filter_map(|(d, b)| self.strings.get(b).filter(|now| *now != d).map(|now| (*d, *now))).collect()
    }

    /// What a lazy function refers to (its body is not in the module yet).
    fn lazy_refs(&self, idx: usize) -> Option<&[u32]> {
        self.lazy_entry(idx).map(|c| c.refs.as_slice())
    }

    /// The entry of a lazy function.
    fn lazy_entry(&self, idx: usize) -> Option<&Cached> {
        if self.lazy.get(idx) == Some(&true) {
            self.cached.get(idx)?.as_deref()
        } else {
            None
        }
    }

    fn set_cached(&mut self, idx: usize, c: Arc<Cached>) {
        if self.cached.len() <= idx {
            self.cached.resize(idx + 1, None);
        }
        self.cached[idx] = Some(c);
    }

    /// Whether function `idx`'s body is the cached one.
    fn is_cached(&self, idx: usize) -> bool {
        matches!(self.cached.get(idx), Some(Some(_)))
    }

    /// What lowering a function may change besides string data: equal before and after when
    /// the lowering depended only on the prelude.
    fn state(&self) -> [usize; 23] {
        [
            self.m.funcs.len(),
            self.m.imports.len(),
            self.m.globals.len(),
            self.m.relocs.len(),
            self.m.closures.len(),
            self.m.global_roots as usize,
            self.funcs.len(),
            self.globals.len(),
            self.global_slots.len(),
            self.boxed_globals.len(),
            self.go_count as usize,
            self.uses_goroutines as usize,
            self.unwind_sites.len(),
            self.thunks.len(),
            self.wrappers.len(),
            self.descs.len() + self.desc_queue.len(),
            self.method_ids.len() + self.iface_names.len(),
            self.method_funcs.len(),
            self.func_pos.len(),
            self.dynamic.len(),
            self.kinds as usize,
            self.prunes.len() + self.relower.len(),
            self.diags.len(),
        ]
    }

    /// Whether `body` refers only to the runtime's own functions, imports and globals, and to
    /// data segments of `strings`: what is numbered the same in every compilation.
    fn stable_refs(&self, body: &[S], strings: &[(u32, Vec<u8>)]) -> bool {
        fn func(st: &Stable, f: &FuncRef) -> bool {
            match f {
                FuncRef::Func(i) => *i < st.funcs,
                FuncRef::Import(i) => *i < st.imports,
            }
        }
        fn expr(st: &Stable, strings: &[(u32, Vec<u8>)], e: &E) -> bool {
            let ok = match e {
                E::Call(f, _) | E::FuncAddr(f) => func(st, f),
                E::Global(g) => *g < st.globals,
                E::Data(d) => strings.iter().any(|(s, _)| s == d),
                E::Seq(ss, _) => stmts(st, strings, ss),
                _ => true,
            };
            ok && e.children().all(|c| expr(st, strings, c))
        }
        fn stmts(st: &Stable, strings: &[(u32, Vec<u8>)], ss: &[S]) -> bool {
            ss.iter().all(|s| {
                let ok = match s {
                    S::SetGlobal(g, _) => *g < st.globals,
                    S::GlobalRoot { .. } => false,
                    _ => true,
                };
                ok && s.exprs().all(|e| expr(st, strings, e)) && s.bodies().all(|b| stmts(st, strings, std::slice::from_ref(b)))
            })
        }
        stmts(&self.stable, strings, body)
    }

    /// Lowers every Go function that lowered code, method tables (or `roots`) refer to,
    /// transitively; whether it lowered any.
    fn lower_reached(&mut self, roots: &[Option<FuncRef>]) -> bool {
        let mut work: Vec<u32> = roots.iter().flatten().filter_map(|f| match f {
            FuncRef::Func(i) => Some(*i),
            FuncRef::Import(_) => None,
        }).collect();
        work.extend(self.m.relocs.iter().filter_map(|(_, _, r)| match r {
            Reloc::Func(FuncRef::Func(i)) => Some(*i),
            _ => None,
        }));
        let mut lowered = false;
        loop {
            self.scanned.resize(self.m.funcs.len(), false);
            for (idx, i) in std::mem::take(&mut self.relower) {
                self.pending[idx] = Some(i);
                self.scanned[idx] = false;
                work.push(idx as u32);
            }
            for i in 0..self.m.funcs.len() {
                if !self.scanned[i] && self.pending.get(i).is_none_or(Option::is_none) {
                    self.scanned[i] = true;
                    let from = work.len();
                    match self.lazy_entry(i) {
                        Some(c) => work.extend_from_slice(&c.refs),
                        None => func_refs(&self.m.funcs[i].body, &mut work),
                    }
                    self.calls.extend(work[from..].iter().map(|&f| (f, i as u32)));
                }
            }
            if work.is_empty() && self.relower.is_empty() {
                break;
            }
            for i in std::mem::take(&mut work) {
                lowered |= self.lower_body(i as usize);
            }
        }
        lowered
    }

    /// Lowers what is reached (`lower_reached`) and builds the method tables it needs, which
    /// may reach more functions, until nothing new is reached.
    fn build_reached(&mut self, roots: &[Option<FuncRef>]) {
        let mut more = self.lower_reached(roots);
        loop {
            self.build_descs();
            if !more && self.relower.is_empty() {
                return;
            }
            more = self.lower_reached(&[]);
        }
    }

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

    /// The globals that lowered functions read.
    fn globals_read(&self) -> std::collections::HashSet<u32> {
        let mut out = std::collections::HashSet::new();
        for (i, f) in self.m.funcs.iter().enumerate() {
            if self.scanned.get(i) == Some(&true) {
                match self.lazy_entry(i) {
                    Some(c) => out.extend(c.globals.iter().copied()),
                    None => read_globals(&f.body, &mut out),
                }
            }
        }
        out
    }

    /// The functions that may call `f`, about to be rewritten: their bodies copied first.
    fn edited_callers(&mut self, f: FuncRef) -> Vec<u32> {
        let callers = self.callers(f);
        for &c in &callers {
            self.materialize(c as usize);
            self.refold(c as usize);
        }
        callers
    }

    /// Folds constant ifs (`conc::fold_const_ifs`) where there may be some: in every
    /// function the first time, then in those lowered or rewritten since (folding again
    /// changes nothing). Lazy bodies have none (`Cached::plain`).
    fn fold_ifs(&mut self) {
        let all = self.folded.is_empty();
        self.folded.resize(self.m.funcs.len(), false);
        for (f, done) in self.m.funcs.iter_mut().zip(self.folded.iter_mut()) {
            if all || !*done {
                conc::fold_const_ifs(&mut f.body);
                *done = true;
            }
        }
    }

    /// Function `idx` may hold constant ifs again.
    fn refold(&mut self, idx: usize) {
        if let Some(done) = self.folded.get_mut(idx) {
            *done = false;
        }
    }

    /// The functions that may call `f`.
    fn callers(&self, f: FuncRef) -> Vec<u32> {
        let FuncRef::Func(f) = f else { return Vec::new() };
        let mut out: Vec<u32> = self.calls.iter().filter(|(callee, _)| *callee == f).map(|(_, caller)| *caller).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    fn reached(&self, f: Option<FuncRef>) -> bool {
        matches!(f, Some(FuncRef::Func(i)) if self.scanned.get(i as usize) == Some(&true))
    }

    fn decl(&self, f: &crate::types::check::FuncRef) -> Option<&'a Decl> {
        self.info.packages.get(f.pkg)?.files.get(f.file)?.decls.get(f.decl)
    }

    fn runtime_func(&self, name: &str) -> Option<FuncRef> {
        let pkg = self.info.packages.iter().find(|p| p.path == "runtime")?;
        let id = pkg.scope.get(name)?;
        self.funcs.get(id).copied()
    }

    /// Data segment for a string's bytes (deduplicated).
    fn string_data(&mut self, bytes: Vec<u8>) -> u32 {
        let i = match self.strings.get(&bytes) {
            Some(&i) => i,
            None => {
                let i = self.m.data.len() as u32;
                self.m.data.push(bytes.clone());
                self.strings.insert(bytes.clone(), i);
                i
            }
        };
        if let Some(tape) = self.tape.as_mut().filter(|t| !t.iter().any(|(d, _)| *d == i)) {
            tape.push((i, bytes));
        }
        i
    }

    fn init_and_exports(&mut self) {
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
            super::resumable::wrap_indirect(&mut self.m, g, &known);
        }
        let blocking = match self.runtime_func("gopark") {
            Some(g) if self.reached(Some(g)) => super::resumable::may_block(&self.m, g, &|i| known(i).map(|k| k.0)),
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
        // `malloc(size i32) i32`: where hosts place string arguments (TinyGo's convention).
        // The bytes stay GC roots until the end of the next export call.
        let takes_strings = self.info.directives.values().any(|d| matches!(d.kind, DirectiveKind::Export(_)) && d.params.iter().any(|(_, _, k)| *k == Kind::String));
        if self.opts.mode == Mode::Reactor && takes_strings {
            if let Some(m) = self.runtime_func("mallocgc") {
                let body = vec![S::Return(vec![E::Call(m, vec![E::Local(0), E::I32(1)])])];
                let idx = self.m.funcs.len() as u32;
                self.m.funcs.push(Func { file: String::new(), name: "export malloc".into(), params: vec![ValType::I32], results: vec![ValType::I32], locals: vec![], body });
                self.m.exports.push(("malloc".into(), FuncRef::Func(idx)));
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
                    super::simplify::drop_roots(&mut f.body);
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
                Some(super::resumable::Runtime { gopark, gstate, gsp, stack_limit, stack_overflow })
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
            dirty = super::simplify::changed(&mut self.m, &dirty);
            let blocking = super::resumable::may_block(&self.m, rt.gopark, &|i| fz.callees_of(i));
            let dropped = fz.check_blocking(&blocking);
            if dropped.contains(&true) {
                (0..dropped.len()).filter(|&i| dropped[i]).for_each(|i| self.materialize(i));
                let changed = super::simplify::changed(&mut self.m, &dropped);
                dirty.iter_mut().zip(changed).for_each(|(d, c)| *d |= c);
            }
            self.note_callees(&mut fz);
            let (rewritten, infos) = super::resumable::transform(&mut self.m, rt, &blocking, &|i| fz.done(i));
            fz.set_infos(infos);
            dirty.iter_mut().zip(rewritten).for_each(|(d, r)| *d |= r);
        }
        let mut dirty = super::simplify::changed(&mut self.m, &dirty);
        if rt.is_none() {
            self.note_callees(&mut fz);
        }
        // Twice: leaves made of leaves (`bufslot` of `ldp`) are leaves once those are inlined.
        self.leaves_round(&mut fz, 0);
        super::inline::inline_leaves(&mut self.m, &mut dirty, &self.calls);
        self.leaves_round(&mut fz, 1);
        super::inline::inline_leaves(&mut self.m, &mut dirty, &self.calls);
        super::simplify::changed(&mut self.m, &dirty);
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

    fn runtime_global(&self, name: &str) -> Option<u32> {
        let pkg = self.info.packages.iter().find(|p| p.path == "runtime")?;
        let id = pkg.scope.get(name)?;
        self.globals.get(id).and_then(|g| g.first()).copied()
    }

    fn budget_reset(&self) -> Vec<S> {
        match (self.m.budget_global, self.opts.step_budget) {
            (Some(g), Some(n)) => vec![S::SetGlobal(g, E::I64(n.min(i64::MAX as u64) as i64))],
            _ => vec![],
        }
    }

    /// `main.div(...)\n\tmain.go:5` for a panic raised at `pos` inside `func_name`.
    fn site(&mut self, func_name: &str, pos: Pos) -> Vec<E> {
        let (file, line, _) = self.map.locate(pos);
        let text = format!("{func_name}(...)\n\t{file}:{line}");
        let n = text.len() as i32;
        vec![E::Data(self.string_data(text.into_bytes())), E::I32(n)]
    }
}

/// Whether evaluating e calls a function or receives (conversions and built-ins included).
fn ast_has_call(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } | ExprKind::Unary(UnaryOp::Recv, _) => true,
        ExprKind::Paren(x) | ExprKind::Unary(_, x) | ExprKind::Star(x) | ExprKind::Selector(x, _) => ast_has_call(x),
        ExprKind::Binary { xy, .. } => xy.iter().any(ast_has_call),
        ExprKind::Index(x, idx) => ast_has_call(x) || idx.iter().any(ast_has_call),
        ExprKind::Slice { x, lo, hi, max } => ast_has_call(x) || [lo, hi, max].into_iter().flatten().any(|y| ast_has_call(y)),
        ExprKind::CompositeLit { elts, .. } => elts.iter().any(|el| ast_has_call(&el.value) || el.key.as_ref().is_some_and(ast_has_call)),
        _ => false,
    }
}

/// A copy of a cached body with its data segments renumbered (`moved`: old, new).
fn copy_moved(body: &[S], moved: &[(u32, u32)]) -> Vec<S> {
    let mut body = body.to_vec();
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
fn func_refs(ss: &[S], out: &mut Vec<u32>) {
    super::visit_exprs(ss, &mut |e| {
        if let E::Call(FuncRef::Func(i), _) | E::FuncAddr(FuncRef::Func(i)) = e {
            out.push(*i);
        }
    });
}

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

/// Labels targeted by goto statements in a function body (not in its function literals).
fn goto_labels(stmts: &[Stmt]) -> std::collections::HashSet<String> {
    fn walk(ss: &[Stmt], out: &mut std::collections::HashSet<String>) {
        for s in ss {
            one(s, out);
        }
    }
    fn one(s: &Stmt, out: &mut std::collections::HashSet<String>) {
        match &s.kind {
            StmtKind::Branch { kind: BranchKind::Goto, label: Some(l) } => {
                out.insert(l.name.to_string());
            }
            StmtKind::Labeled { stmt, .. } => one(stmt, out),
            StmtKind::Block(b) | StmtKind::For { body: b, .. } | StmtKind::Range { body: b, .. } => walk(&b.stmts, out),
            StmtKind::If { then, els, .. } => {
                walk(&then.stmts, out);
                if let Some(e) = els {
                    one(e, out);
                }
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => clauses.iter().for_each(|c| walk(&c.body, out)),
            StmtKind::Select { clauses, .. } => clauses.iter().for_each(|c| walk(&c.body, out)),
            _ => {}
        }
    }
    let mut out = Default::default();
    walk(stmts, &mut out);
    out
}

fn conc_mem(vt: ValType) -> Mem {
    match vt {
        ValType::I32 => Mem::I32,
        ValType::I64 => Mem::I64,
        ValType::F32 => Mem::F32,
        ValType::F64 => Mem::F64,
    }
}

fn k_vals(k: Kind) -> Vec<ValType> {
    k.wasm_types()
        .iter()
        .map(|t| match t {
            gowasm_meta::WasmType::I32 => ValType::I32,
            gowasm_meta::WasmType::I64 => ValType::I64,
            gowasm_meta::WasmType::F32 => ValType::F32,
            gowasm_meta::WasmType::F64 => ValType::F64,
        })
        .collect()
}

struct LoopCtx {
    label: Option<String>,
    brk: Label,
    cont: Option<Label>,
}

/// Lowers one function body.
struct FnLower<'l, 'a> {
    l: &'l mut Lowerer<'a>,
    name: String,
    nparams: u32,
    locals: Vec<ValType>,
    vars: HashMap<ObjId, Locals>,
    out: Vec<Vec<S>>,
    /// Emptied statement buffers of finished `nested` calls, for reuse.
    spare: Vec<Vec<S>>,
    loops: Vec<LoopCtx>,
    next_label: Label,
    results: Vec<ValType>,
    named_results: Vec<Local>,
    /// A pending `fallthrough` target for switch lowering.
    fallthrough: Option<Label>,
    /// Root slot (in the function's shadow-stack frame) of each pointer-holding local.
    slots: HashMap<Local, u32>,
    /// Escaping variables of non-aggregate type: the local holding their heap cell.
    boxed: HashMap<ObjId, Local>,
    result_ptrs: Vec<bool>,
    /// Runtime code keeps no roots: it never holds a new object across an allocation.
    runtime: bool,
    /// Function literals lowered so far (for their names, `main.f.func1`).
    lit_count: u32,
    /// The last source line marked.
    line: u32,
    /// Where `SourceMap::line_near` found the last statement's line.
    line_hint: (usize, usize),
    /// Wasm parameters before the Go ones (a function literal's closure object).
    param_base: u32,
    /// Named results captured by closures: their locals, type and cell.
    boxed_results: Vec<(Vec<Local>, TypeId, Local)>,
    /// Every named result: its locals, type, and cell when captured.
    result_slots: Vec<(Vec<Local>, TypeId, Option<Local>)>,
    /// In a function with defer statements: the defer chain's head at entry.
    dbase: Option<Local>,
    /// Expressions already evaluated (a deferred built-in call's arguments, in its thunk).
    preset: HashMap<NodeId, Vals>,
    /// This function's index (for recover's check that a deferred call called it).
    self_idx: Option<u32>,
    /// In a function calling recover: whether a deferred call called it directly.
    recover_direct: Option<Local>,
    /// Labels that goto statements of this function target.
    goto_labels: std::collections::HashSet<String>,
    /// Goto targets in the statement lists being lowered: dispatch loop, state, index.
    goto_targets: HashMap<String, (Label, Local, i32)>,
}

impl<'l, 'a> FnLower<'l, 'a> {
    fn new(l: &'l mut Lowerer<'a>, idx: u32, fd: &FuncDecl) -> FnLower<'l, 'a> {
        let f = &l.m.funcs[idx as usize];
        let (name, params, results) = (f.name.clone(), f.params.clone(), f.results.clone());
        let info = l.info;
        let result_ptrs = fd.ty.results.iter().flat_map(|r| {
            let n = r.names.len().max(1);
            std::iter::repeat_n(ptr_flags(info, info.expr_type(&r.ty)), n).flatten()
        }).collect();
        let runtime = name.starts_with("runtime.");
        FnLower {
            slots: HashMap::new(),
            boxed: HashMap::new(),
            result_ptrs,
            runtime,
            l,
            name,
            nparams: params.len() as u32,
            locals: params,
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
            self_idx: Some(idx),
            recover_direct: None,
        }
    }

    fn new_init(l: &'l mut Lowerer<'a>, locals: Vec<ValType>) -> FnLower<'l, 'a> {
        FnLower {
            slots: HashMap::new(),
            boxed: HashMap::new(),
            result_ptrs: vec![],
            runtime: false,
            l,
            name: "main.init".into(),
            nparams: 0,
            locals,
            vars: HashMap::new(),
            out: vec![Vec::new()],
            spare: Vec::new(),
            loops: Vec::new(),
            next_label: 0,
            results: vec![],
            named_results: vec![],
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
            self_idx: None,
            recover_direct: None,
        }
    }

    fn finish(mut self) -> (Vec<ValType>, Vec<S>) {
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
        let body = self.instrument(body);
        (self.locals[self.nparams as usize..].to_vec(), body)
    }

    /// Adds the shadow-stack frame: pointer-holding locals are mirrored into root slots,
    /// temporaries are dropped at statement boundaries, and returned pointers are pushed for
    /// the caller. Functions without pointer locals or calls get no frame.
    fn instrument(&mut self, body: Vec<S>) -> Vec<S> {
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
            E::Bin(_, _, a, b) => {
                self.rewrite_expr(a, fp, size);
                self.rewrite_expr(b, fp, size);
            }
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
    fn var_locals(&mut self, t: TypeId) -> Locals {
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
    fn root_local(&mut self) -> Local {
        let l = self.new_local(ValType::I32);
        if !self.runtime {
            let n = self.slots.len() as u32;
            self.slots.insert(l, n);
        }
        l
    }

    fn info(&self) -> &'a Info {
        self.l.info
    }

    /// Whether to count steps here: user code only, so the runtime (which reports an
    /// exhausted budget) never recurses into the check.
    fn ticks(&self) -> bool {
        self.l.m.budget_global.is_some() && !self.name.starts_with("runtime.")
    }

    fn err(&mut self, pos: Pos, msg: impl Into<String>) {
        self.l.diags.error(pos, msg);
    }

    fn set_global(&mut self, g: u32, v: E) {
        self.emit(S::SetGlobal(g, v));
        if let Some(&slot) = self.l.global_slots.get(&g) {
            self.emit(S::GlobalRoot { slot, value: E::Global(g) });
        }
    }

    fn emit(&mut self, s: S) {
        if let Some(b) = self.out.last_mut() {
            b.push(s);
        }
    }

    fn new_local(&mut self, t: ValType) -> Local {
        self.locals.push(t);
        (self.locals.len() - 1) as Local
    }

    fn new_label(&mut self) -> Label {
        self.next_label += 1;
        self.next_label
    }

    /// Runs `f` collecting the statements it emits. They gather in a reused buffer and are
    /// moved to a list of their exact size: statement lists never grow one by one.
    fn nested(&mut self, f: impl FnOnce(&mut Self)) -> Vec<S> {
        let buf = self.spare.pop().unwrap_or_default();
        self.out.push(buf);
        f(self);
        let Some(mut buf) = self.out.pop() else { return Vec::new() };
        let mut body = Vec::with_capacity(buf.len());
        body.append(&mut buf);
        self.spare.push(buf);
        body
    }

    fn prologue(&mut self, fd: &FuncDecl) {
        let info = self.info();
        let mut next = self.param_base;
        let mut groups: Vec<(&Field, TypeId)> = Vec::new();
        if let Some(r) = &fd.recv {
            groups.push((r, info.expr_type(&r.ty)));
        }
        let n = fd.ty.params.len();
        for (i, p) in fd.ty.params.iter().enumerate() {
            let mut t = info.expr_type(&p.ty);
            // `xs ...T` is a []T parameter.
            if i + 1 == n {
                if let Some(Type::Func(sig)) = info.defs.get(&fd.name.pos).map(|o| info.types.get(info.obj(*o).ty)) {
                    if sig.variadic {
                        t = sig.params.last().copied().unwrap_or(t);
                    }
                }
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

    // ---- statements ----

    fn block(&mut self, stmts: &[Stmt]) {
        if stmts.iter().any(|s| matches!(&s.kind, StmtKind::Labeled { label, .. } if self.goto_labels.contains(label.name.as_str()))) {
            return self.goto_block(stmts);
        }
        for s in stmts {
            if !self.runtime {
                self.emit(S::FrameReset { fp: 0, size: 0 });
            }
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let line = self.l.map.line_near(s.pos, &mut self.line_hint);
        if line != self.line {
            self.line = line;
            self.emit(S::Line(line));
            if let Some(g) = self.l.trace_pos.filter(|_| self.name.starts_with("main.")) {
                let code = self.l.trace_code(s.pos);
                self.emit(S::SetGlobal(g, E::I32(code)));
            }
        }
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Send { ch, value } => self.send(s.pos, ch, value),
            StmtKind::Go(call) => self.go_stmt(s, call),
            StmtKind::Defer(call) => self.defer_stmt(s, call),
            StmtKind::Select { clauses, .. } => self.select(s, None, clauses),
            StmtKind::Decl(Decl::Var(specs)) => {
                for spec in specs {
                    self.local_var_spec(spec);
                }
            }
            StmtKind::Decl(_) => {}
            StmtKind::Labeled { label, stmt } => match &stmt.kind {
                StmtKind::For { .. } | StmtKind::Range { .. } | StmtKind::Switch { .. } => self.breakable(stmt, Some(label.name.to_string())),
                StmtKind::TypeSwitch { init, bind, x, clauses, .. } => self.type_switch(Some(label.name.to_string()), init.as_deref(), bind.as_ref(), x, clauses),
                StmtKind::Select { clauses, .. } => self.select(stmt, Some(label.name.to_string()), clauses),
                _ => self.stmt(stmt),
            },
            StmtKind::Expr(e) => {
                let t = self.info().expr_type(e);
                let is_call = matches!(strip(e).kind, ExprKind::Call { .. });
                if is_call && !self.is_builtin_call(e) && !self.is_conversion(e) {
                    if let ExprKind::Call { fun, args, .. } = &strip(e).kind {
                        let call = self.call(e, fun, args);
                        let n = val_count(self.info(), t);
                        let n = if t == crate::types::INVALID { 0 } else { n };
                        match call {
                            // A void intrinsic: its statements.
                            E::Seq(ss, _) if n == 0 => ss.into_iter().for_each(|s| self.emit(s)),
                            call => self.emit(S::Drop(call, n)),
                        }
                    }
                } else {
                    for v in self.expr(e) {
                        self.emit(S::Drop(v, 1));
                    }
                }
            }
            StmtKind::IncDec { x, inc } => {
                let t = self.info().expr_type(x);
                let one = self.const_of(&Const::int(1), t);
                let op = if *inc { BinaryOp::Add } else { BinaryOp::Sub };
                self.preset_lhs_operands(std::slice::from_ref(x));
                let cur = self.expr(x);
                let v = self.arith(op, t, cur, one, x.pos);
                self.store(x, v);
            }
            StmtKind::Assign { lhs, op, rhs, op_pos } => self.assign(lhs, *op, rhs, *op_pos),
            StmtKind::Return(results) => self.ret(results),
            StmtKind::Branch { kind, label } => {
                let target = match kind {
                    BranchKind::Break => self.find_loop(label.as_ref()).map(|l| l.brk),
                    BranchKind::Continue => self.loops.iter().rev().find(|l| l.cont.is_some() && (label.is_none() || l.label.as_deref() == label.as_ref().map(|x| x.name.as_str()))).and_then(|l| l.cont),
                    BranchKind::Fallthrough => self.fallthrough,
                    BranchKind::Goto => {
                        let target = label.as_ref().and_then(|l| self.goto_targets.get(l.name.as_str()).copied());
                        match target {
                            Some((head, state, i)) => {
                                self.emit(S::Set(state, E::I32(i)));
                                Some(head)
                            }
                            None => {
                                self.err(s.pos, "goto into a block is not allowed");
                                return;
                            }
                        }
                    }
                };
                match target {
                    Some(t) => self.emit(S::Br(t)),
                    None => self.err(s.pos, "this branch statement is not supported yet"),
                }
            }
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let c = self.expr1(cond);
                // A constant condition (`if recoverEnabled()`, `if debug`): the other branch
                // is not lowered, so what only it calls is not reached.
                let t = if c == E::I32(0) { Vec::new() } else { self.nested(|f| f.block(&then.stmts)) };
                let e = match els {
                    Some(e) if c != E::I32(1) => self.nested(|f| f.stmt(e)),
                    _ => Vec::new(),
                };
                self.emit(S::If(c, t, e));
            }
            StmtKind::For { .. } | StmtKind::Range { .. } | StmtKind::Switch { .. } => self.breakable(s, None),
            StmtKind::TypeSwitch { init, bind, x, clauses, .. } => self.type_switch(None, init.as_deref(), bind.as_ref(), x, clauses),
        }
    }

    /// A statement list with goto targets: a dispatch loop over its segments (each starts
    /// at a target label); `goto L` sets the state and restarts the dispatch, from any depth.
    fn goto_block(&mut self, stmts: &[Stmt]) {
        let state = self.new_local(ValType::I32);
        let head = self.new_label();
        let mut starts = vec![0usize];
        for (i, s) in stmts.iter().enumerate() {
            if let StmtKind::Labeled { label, .. } = &s.kind {
                if self.goto_labels.contains(label.name.as_str()) && i > 0 {
                    starts.push(i);
                }
                if self.goto_labels.contains(label.name.as_str()) {
                    let k = if i == 0 { 0 } else { starts.len() - 1 };
                    self.goto_targets.insert(label.name.to_string(), (head, state, k as i32));
                }
            }
        }
        self.emit(S::Set(state, E::I32(0)));
        let labels: Vec<Label> = starts.iter().map(|_| self.new_label()).collect();
        let mut inner = vec![S::BrTable(labels.clone(), labels[0], E::Local(state))];
        for (k, &start) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(stmts.len());
            let seg = self.nested(|f| {
                for s in &stmts[start..end] {
                    if !f.runtime {
                        f.emit(S::FrameReset { fp: 0, size: 0 });
                    }
                    f.stmt(s);
                }
            });
            let mut blk = vec![S::Block(labels[k], inner)];
            blk.extend(seg);
            inner = blk;
        }
        if self.ticks() {
            inner.insert(0, S::Tick);
        }
        self.emit(S::Loop(head, inner));
    }

    fn find_loop(&self, label: Option<&Ident>) -> Option<&LoopCtx> {
        match label {
            Some(l) => self.loops.iter().rev().find(|c| c.label.as_deref() == Some(l.name.as_str())),
            None => self.loops.last(),
        }
    }

    fn breakable(&mut self, s: &Stmt, label: Option<String>) {
        match &s.kind {
            StmtKind::For { init, cond, post, body } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let (brk, cont, head) = (self.new_label(), self.new_label(), self.new_label());
                self.loops.push(LoopCtx { label, brk, cont: Some(cont) });
                // The condition's side statements run at every iteration.
                let c = cond.as_ref().map(|c| self.nested_value(c));
                let inner = self.nested(|f| f.block(&body.stmts));
                self.loops.pop();
                // Go 1.22: each iteration has its own copy of the loop variables, which matters
                // once their address is taken (they live in heap cells): copy before `post`.
                let mut fresh = Vec::new();
                if let Some(Stmt { kind: StmtKind::Assign { lhs, op: AssignOp::Define, .. }, .. }) = init.as_deref() {
                    for l in lhs {
                        if let Some(&obj) = self.info().defs.get(&l.pos) {
                            if let Some(&cell) = self.boxed.get(&obj) {
                                fresh.push((obj, cell));
                            }
                        }
                    }
                }
                let renew = self.nested(|f| {
                    for (obj, cell) in fresh {
                        let (t, pos) = (f.info().obj(obj).ty, f.info().obj(obj).pos);
                        let size = f.size_of(t) as i32;
                        let n = f.alloc(t, None, pos);
                        f.emit(S::MemCopy(E::Local(n), E::Local(cell), E::I32(size)));
                        f.emit(S::Set(cell, E::Local(n)));
                    }
                });
                let post_s = match post {
                    Some(p) => self.nested(|f| f.stmt(p)),
                    None => Vec::new(),
                };
                let mut lp = Vec::with_capacity(renew.len() + post_s.len() + 4);
                if let Some(c) = c {
                    lp.push(S::If(E::Un(UnOp::Eqz, ValType::I32, Box::new(c)), vec![S::Br(brk)], vec![]));
                }
                lp.push(S::Block(cont, inner));
                lp.extend(renew);
                lp.extend(post_s);
                if self.ticks() {
                    lp.push(S::Tick);
                }
                lp.push(S::Br(head));
                self.emit(S::Block(brk, vec![S::Loop(head, lp)]));
            }
            StmtKind::Range { key, define, x, body, .. } if matches!(self.info().types.under_type(self.info().expr_type(x)), Type::Chan(..)) => {
                self.range_chan(label, key.as_ref(), *define, x, body);
            }
            StmtKind::Range { key, value, define, x, body } if self.is_map(x) => {
                self.range_map(key.as_ref(), value.as_ref(), *define, x, body, label);
            }
            StmtKind::Range { key, value, define, x, body } if !self.info().types.basic_of(self.info().expr_type(x)).map(|b| b.is_integer()).unwrap_or(false) => {
                self.range_data(key.as_ref(), value.as_ref(), *define, x, body, label);
            }
            StmtKind::Range { key, value: _, define, x, body } => {
                // Range over an integer.
                let t = self.info().expr_type(x);
                let vt = vals(self.info(), t)[0];
                let n = self.expr1(x);
                let limit = self.new_local(vt);
                self.emit(S::Set(limit, n));
                let i = self.new_local(vt);
                self.emit(S::Set(i, if vt == ValType::I64 { E::I64(0) } else { E::I32(0) }));
                let (brk, cont, head) = (self.new_label(), self.new_label(), self.new_label());
                self.loops.push(LoopCtx { label, brk, cont: Some(cont) });
                let bind = self.nested(|f| {
                    if let Some(k) = key {
                        if *define {
                            if let Some(&obj) = f.info().defs.get(&k.pos) {
                                f.declare_var(obj, t, Some(vals![E::Local(i)]), false, k.pos);
                            }
                        } else if !matches!(&k.kind, ExprKind::Ident(n) if n == "_") {
                            f.store(k, vals![E::Local(i)]);
                        }
                    }
                });
                let inner = self.nested(|f| f.block(&body.stmts));
                self.loops.pop();
                let mut lp = vec![S::If(bin(BinOp::GeS, vt, E::Local(i), E::Local(limit)), vec![S::Br(brk)], vec![])];
                lp.extend(bind);
                lp.push(S::Block(cont, inner));
                let one = if vt == ValType::I64 { E::I64(1) } else { E::I32(1) };
                lp.push(S::Set(i, bin(BinOp::Add, vt, E::Local(i), one)));
                if self.ticks() {
                    lp.push(S::Tick);
                }
                lp.push(S::Br(head));
                self.emit(S::Block(brk, vec![S::Loop(head, lp)]));
            }
            StmtKind::Switch { init, tag, clauses, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let tag_v = tag.as_ref().map(|t| {
                    let ty = self.info().expr_type(t);
                    let vs = self.expr(t);
                    let ls: Vec<Local> = vs.into_iter().zip(vals(self.info(), ty)).map(|(v, vt)| {
                        let l = self.new_local(vt);
                        self.emit(S::Set(l, v));
                        l
                    }).collect();
                    (ty, ls)
                });
                let brk = self.new_label();
                self.loops.push(LoopCtx { label, brk, cont: None });
                // Nested blocks: the dispatch sits innermost; each clause body follows the end
                // of its block, so falling off a body runs into the next one (fallthrough).
                let labels: Vec<Label> = clauses.iter().map(|_| self.new_label()).collect();
                let mut dispatch = Vec::new();
                let mut default_idx = None;
                // Clauses that cannot be chosen (every expression a constant false) and that no
                // fallthrough enters are not lowered.
                let mut dead = vec![false; clauses.len()];
                for (ci, c) in clauses.iter().enumerate() {
                    let Some(exprs) = &c.exprs else {
                        default_idx = Some(ci);
                        continue;
                    };
                    let entered = ci > 0 && matches!(clauses[ci - 1].body.last().map(|s| &s.kind), Some(StmtKind::Branch { kind: BranchKind::Fallthrough, .. }));
                    dead[ci] = !entered;
                    for e in exprs {
                        let cond = match &tag_v {
                            Some((ty, ls)) => {
                                let lv: Vals = ls.iter().map(|l| E::Local(*l)).collect();
                                let rv = self.expr(e);
                                self.compare(BinaryOp::Eq, *ty, lv, rv)
                            }
                            None => self.expr1(e),
                        };
                        if let Some(pre) = self.out.last_mut() {
                            dispatch.extend(pre.drain(..));
                        }
                        if cond == E::I32(0) {
                            continue;
                        }
                        dead[ci] = false;
                        dispatch.push(S::If(cond, vec![S::Br(labels[ci])], vec![]));
                    }
                }
                dispatch.push(S::Br(default_idx.map(|i| labels[i]).unwrap_or(brk)));
                let mut inner = dispatch;
                for (ci, c) in clauses.iter().enumerate() {
                    let next = labels.get(ci + 1).copied();
                    let saved = self.fallthrough;
                    // A fallthrough jumps to the end of the next clause's block = start of its body.
                    self.fallthrough = next;
                    let body = if dead[ci] { Vec::new() } else { self.nested(|f| f.block(&c.body)) };
                    self.fallthrough = saved;
                    let mut blk = vec![S::Block(labels[ci], inner)];
                    blk.extend(body);
                    let ends_in_fallthrough = matches!(c.body.last().map(|s| &s.kind), Some(StmtKind::Branch { kind: BranchKind::Fallthrough, .. }));
                    if !ends_in_fallthrough {
                        blk.push(S::Br(brk));
                    }
                    inner = blk;
                }
                // Falling through into the next body requires the labels to wrap in order:
                // fallthrough from clause i targets labels[i+1], whose block ends right before
                // body i+1. That is what the construction above gives when the br in body i
                // is replaced by a br to labels[i+1] — but labels[i+1] encloses body i, so a
                // br to it lands after body i, i.e. at body i+1. Good.
                self.loops.pop();
                self.emit(S::Block(brk, inner));
            }
            _ => self.stmt(s),
        }
    }

    fn local_var_spec(&mut self, spec: &VarSpec) {
        let info = self.info();
        let values = self.spec_values(&spec.values, spec.names.len());
        let targets: Vec<TypeId> = spec.names.iter().map(|n| info.defs.get(&n.pos).map(|o| info.obj(*o).ty).unwrap_or(crate::types::INVALID)).collect();
        let values = self.convert_spread(&spec.values, values, &targets);
        // Evaluate all values before binding (`var a, b = b0, a0` semantics).
        let mut staged: Vec<Option<Vals>> = Vec::new();
        for (i, n) in spec.names.iter().enumerate() {
            let obj = info.defs.get(&n.pos).copied();
            let t = obj.map(|o| info.obj(o).ty).unwrap_or(crate::types::INVALID);
            staged.push(values.get(i).map(|vs| {
                if spec.names.len() > 1 {
                    vs.iter().zip(vals(info, t)).map(|(v, vt)| E::Local(self.temp(v.clone(), vt))).collect()
                } else {
                    vs.clone()
                }
            }));
        }
        for (i, n) in spec.names.iter().enumerate() {
            if let Some(&obj) = info.defs.get(&n.pos) {
                let t = info.obj(obj).ty;
                let fresh = spec.values.len() == spec.names.len() && is_fresh(&spec.values[i]);
                self.declare_var(obj, t, staged[i].take(), fresh, n.pos);
            }
        }
    }

    /// The values of a var spec, one list of Wasm values per name (a multi-value call is split).
    fn spec_values(&mut self, exprs: &[Expr], names: usize) -> Vec<Vals> {
        let mut values: Vec<Vals> = Vec::new();
        if exprs.len() == 1 && names > 1 {
            values = self.split_multi(&exprs[0]);
        } else {
            for v in exprs {
                values.push(self.expr(v));
            }
        }
        values
    }

    fn global_var_init(&mut self, spec: &VarSpec) {
        let info = self.info();
        let values = self.spec_values(&spec.values, spec.names.len());
        let targets: Vec<TypeId> = spec.names.iter().map(|n| info.defs.get(&n.pos).map(|o| info.obj(*o).ty).unwrap_or(crate::types::INVALID)).collect();
        let values = self.convert_spread(&spec.values, values, &targets);
        for (i, n) in spec.names.iter().enumerate() {
            let Some(vs) = values.get(i) else { continue };
            if let Some(&obj) = info.defs.get(&n.pos) {
                if let Some(&g) = self.l.boxed_globals.get(&obj) {
                    self.store_at(info.obj(obj).ty, E::Global(g), vs.clone());
                    continue;
                }
            }
            match info.defs.get(&n.pos).and_then(|o| self.l.globals.get(o)).cloned() {
                Some(gs) => {
                    for (g, v) in gs.into_iter().zip(vs.clone()) {
                        self.set_global(g, v);
                    }
                }
                None => {
                    for v in vs.clone() {
                        self.emit(S::Drop(v, 1));
                    }
                }
            }
        }
    }

    fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr], op_pos: Pos) {
        let info = self.info();
        match op {
            AssignOp::Op(bop) => {
                let t = info.expr_type(&lhs[0]);
                self.preset_lhs_operands(lhs);
                let cur = self.expr(&lhs[0]);
                let r = self.expr(&rhs[0]);
                let v = if matches!(bop, BinaryOp::Shl | BinaryOp::Shr) {
                    let rt = info.expr_type(&rhs[0]);
                    let (x, y) = (cur.into_iter().next().unwrap_or(E::I32(0)), r.into_iter().next().unwrap_or(E::I32(0)));
                    vals![self.shift(bop, t, x, rt, y, op_pos)]
                } else {
                    self.arith(bop, t, cur, r, op_pos)
                };
                self.store(&lhs[0], v);
            }
            AssignOp::Define | AssignOp::Assign => {
                let define = op == AssignOp::Define;
                self.preset_lhs_operands(lhs);
                // The common `x = v`: nothing to stage.
                if let ([l], [r]) = (lhs, rhs) {
                    let vs = self.expr(r);
                    return self.bind(l, vs, define, is_fresh(r));
                }
                let mut values: Vec<Vals> = Vec::with_capacity(rhs.len());
                if rhs.len() == 1 && lhs.len() > 1 {
                    values = self.split_multi(&rhs[0]);
                    let targets: Vec<TypeId> = lhs.iter().map(|l| self.lhs_type(l, None)).collect();
                    values = self.convert_spread(rhs, values, &targets);
                } else {
                    for r in rhs {
                        values.push(self.expr(r));
                    }
                }
                // Tuple assignment: evaluate every right side into temporaries first.
                let single = lhs.len() == 1;
                let mut staged: Vec<Vals> = Vec::with_capacity(values.len());
                for (i, vs) in values.into_iter().enumerate() {
                    if single {
                        staged.push(vs);
                        continue;
                    }
                    let t = self.lhs_type(&lhs[i], rhs.get(i));
                    let vts = vals(info, t);
                    let mut out = Vals::new();
                    if is_aggregate(info, t) {
                        // Copy: a later assignment in the tuple may overwrite the source.
                        let src = self.temp(vs[0].clone(), ValType::I32);
                        let cell = self.alloc(t, None, op_pos);
                        let size = self.size_of(t) as i32;
                        self.emit(S::MemCopy(E::Local(cell), E::Local(src), E::I32(size)));
                        staged.push(vals![E::Local(cell)]);
                        continue;
                    }
                    for (v, vt) in vs.into_iter().zip(vts) {
                        let l = self.new_local(vt);
                        self.emit(S::Set(l, v));
                        out.push(E::Local(l));
                    }
                    staged.push(out);
                }
                let mut staged = staged.into_iter();
                for (i, l) in lhs.iter().enumerate() {
                    let vs = staged.next().unwrap_or_default();
                    let fresh = rhs.len() == lhs.len() && is_fresh(&rhs[i]);
                    self.bind(l, vs, define, fresh);
                }
            }
        }
    }

    /// Assigns (or, for `:=`, declares) one left side of an assignment.
    fn bind(&mut self, l: &Expr, vs: Vals, define: bool, fresh: bool) {
        let info = self.info();
        if let ExprKind::Ident(n) = &l.kind {
            if n == "_" {
                for v in vs {
                    self.emit(S::Drop(v, 1));
                }
                return;
            }
            if define {
                if let Some(&obj) = info.defs.get(&l.pos) {
                    if !self.vars.contains_key(&obj) && !self.boxed.contains_key(&obj) {
                        let t = info.obj(obj).ty;
                        return self.declare_var(obj, t, Some(vs), fresh, l.pos);
                    }
                }
            }
        }
        self.store(l, vs);
    }

    /// Operands of left sides that call functions are evaluated before the right sides, as
    /// in gc (`m[k()] = v()` calls k first; a panic in v leaves m as it was), and only once.
    fn preset_lhs_operands(&mut self, lhs: &[Expr]) {
        let info = self.info();
        for l in lhs {
            let l = strip(l);
            let ops: Vec<&Expr> = match &l.kind {
                ExprKind::Index(x, idx) => std::iter::once(&**x).chain(idx.iter()).collect(),
                ExprKind::Star(p) => vec![&**p],
                ExprKind::Selector(x, _) if qualified(info, l).is_none() => vec![&**x],
                _ => vec![],
            };
            for o in ops {
                if self.calls_func(o) && !self.preset.contains_key(&o.id) {
                    let t = info.iface_conv.get(&o.id).copied().unwrap_or_else(|| info.expr_type(o));
                    let v = self.expr(o);
                    let vs = self.temps(v, &vals(info, t));
                    self.preset.insert(o.id, vs);
                }
            }
        }
    }

    /// Whether evaluating e calls a function or receives (not counting conversions and
    /// built-ins, whose order against other calls cannot be seen).
    fn calls_func(&self, e: &Expr) -> bool {
        let info = self.info();
        match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                let f = strip(fun);
                let builtin = info.uses.get(&f.id).is_some_and(|o| matches!(info.obj(*o).kind, ObjKind::Builtin(_)));
                if self.is_conversion(e) || builtin {
                    args.iter().any(|a| self.calls_func(a))
                } else {
                    true
                }
            }
            ExprKind::Unary(UnaryOp::Recv, _) => true,
            ExprKind::Paren(x) | ExprKind::Unary(_, x) | ExprKind::Star(x) | ExprKind::Selector(x, _) => self.calls_func(x),
            ExprKind::Binary { xy, .. } => xy.iter().any(|x| self.calls_func(x)),
            ExprKind::Index(x, idx) => self.calls_func(x) || idx.iter().any(|i| self.calls_func(i)),
            ExprKind::Slice { x, lo, hi, max } => self.calls_func(x) || [lo, hi, max].into_iter().flatten().any(|y| self.calls_func(y)),
            ExprKind::CompositeLit { elts, .. } => elts.iter().any(|el| self.calls_func(&el.value) || el.key.as_ref().is_some_and(|k| self.calls_func(k))),
            _ => false,
        }
    }

    fn lhs_type(&self, l: &Expr, r: Option<&Expr>) -> TypeId {
        let info = self.info();
        let t = info.expr_type(l);
        if t != crate::types::INVALID {
            return t;
        }
        if let Some(&obj) = info.defs.get(&l.pos) {
            return info.obj(obj).ty;
        }
        r.map(|r| info.expr_type(r)).unwrap_or(t)
    }

    /// Assigns values to an addressable expression.
    fn store(&mut self, target: &Expr, vs: Vals) {
        let info = self.info();
        let target = strip(target);
        match &target.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) if matches!(target.kind, ExprKind::Ident(_)) || qualified(info, target).is_some() => {
                let obj = info.uses.get(&target.id).copied().or_else(|| info.defs.get(&target.pos).copied());
                let Some(obj) = obj else { return };
                let t = info.obj(obj).ty;
                if let Some(&g) = self.l.boxed_globals.get(&obj) {
                    self.store_at(t, E::Global(g), vs);
                } else if let Some(&b) = self.boxed.get(&obj) {
                    self.store_at(t, E::Local(b), vs);
                } else if is_aggregate(info, t) && self.vars.contains_key(&obj) {
                    let dst = E::Local(self.vars[&obj][0]);
                    self.store_at(t, dst, vs);
                } else if let Some(ls) = self.vars.get(&obj).cloned() {
                    let vs: Vals = if vs.len() > 1 { vs.into_iter().zip(vals(info, t)).map(|(v, vt)| E::Local(self.temp(v, vt))).collect() } else { vs };
                    for (l, v) in ls.iter().zip(vs) {
                        self.emit(S::Set(*l, v));
                    }
                } else if let Some(gs) = self.l.globals.get(&obj).cloned() {
                    for (g, v) in gs.into_iter().zip(vs) {
                        self.set_global(g, v);
                    }
                } else {
                    self.err(target.pos, format!("assignment to {} is not supported yet", info.obj(obj).name));
                }
            }
            ExprKind::Star(_) | ExprKind::Selector(..) | ExprKind::Index(..) => {
                let t = info.expr_type(target);
                // Values first: Go evaluates index operands and pointer indirections before
                // the assignment, but a panic in them must come after the right side.
                let vs: Vals = vs.into_iter().zip(vals(info, t)).map(|(v, vt)| E::Local(self.temp(v, vt))).collect();
                match self.addr_of(target) {
                    Some(a) => self.store_at(t, a, vs),
                    None => self.err(target.pos, "assignment to this expression is not supported yet"),
                }
            }
            _ => self.err(target.pos, "assignment to this expression is not supported yet"),
        }
    }

    fn ret(&mut self, results: &[Expr]) {
        let info = self.info();
        if self.dbase.is_some() {
            return self.ret_deferred(results);
        }
        if results.is_empty() {
            self.return_named_results();
            return;
        }
        let mut out = Vals::new();
        if results.len() == 1 && self.results.len() > 1 && matches!(info.types.get(info.expr_type(&results[0])), Type::Tuple(_)) {
            let t = info.expr_type(&results[0]);
            out = self.multi(&results[0], t);
        } else {
            for r in results {
                out.extend(self.expr(r));
            }
        }
        self.emit(S::Return(out.into_vec()));
    }

    /// A return in a function with defer statements: results are set, deferred calls run,
    /// then the (named) results are returned.
    fn ret_deferred(&mut self, results: &[Expr]) {
        let info = self.info();
        let mut out = Vals::new();
        if results.len() == 1 && self.results.len() > 1 && matches!(info.types.get(info.expr_type(&results[0])), Type::Tuple(_)) {
            let t = info.expr_type(&results[0]);
            out = self.multi(&results[0], t);
        } else {
            for r in results {
                out.extend(self.expr(r));
            }
        }
        let vts = self.results.clone();
        let temps: Vals = out.into_iter().zip(vts).map(|(v, vt)| E::Local(self.temp(v, vt))).collect();
        if self.result_slots.is_empty() {
            self.run_defers();
            self.emit(S::Return(temps.into_vec()));
            return;
        }
        if !results.is_empty() {
            self.set_results(temps);
        }
        self.run_defers();
        self.return_named_results();
    }

    /// Returns the named results, reloading those that closures captured into cells.
    fn return_named_results(&mut self) {
        for (ids, t, cell) in self.boxed_results.clone() {
            let vs = self.load_at(t, E::Local(cell));
            for (l, v) in ids.into_iter().zip(vs) {
                self.emit(S::Set(l, v));
            }
        }
        let vs = self.named_results.iter().map(|l| E::Local(*l)).collect();
        self.emit(S::Return(vs));
    }

    // ---- expressions ----

    fn expr1(&mut self, e: &Expr) -> E {
        self.expr(e).into_iter().next().unwrap_or(E::I32(0))
    }

    /// The values of a multi-valued expression, one list per Go value.
    fn split_multi(&mut self, e: &Expr) -> Vec<Vals> {
        let info = self.info();
        let t = info.expr_type(e);
        let vs = self.multi(e, t);
        let mut values = Vec::new();
        if self.is_comma_ok(e) {
            // The element's values, then ok.
            let mut vs = vs;
            let ok = vs.pop().unwrap_or(E::I32(0));
            return vec![vs, vals![ok]];
        }
        let mut i = 0;
        if let Type::Tuple(ts) = info.types.get(t) {
            for tt in ts {
                let n = vals(info, *tt).len();
                values.push(vs[i..i + n].iter().cloned().collect());
                i += n;
            }
        }
        values
    }

    /// A receive, type assertion or map index, which give `ok` beside the value when
    /// assigned to two variables.
    fn is_comma_ok(&self, e: &Expr) -> bool {
        matches!(&strip(e).kind, ExprKind::Unary(UnaryOp::Recv, _) | ExprKind::TypeAssert { .. }) || matches!(&strip(e).kind, ExprKind::Index(x, _) if self.is_map(x))
    }

    /// A multi-valued call: results land in temporaries.
    fn multi(&mut self, e: &Expr, t: TypeId) -> Vals {
        let info = self.info();
        let vts = vals(info, t);
        if let ExprKind::Unary(UnaryOp::Recv, x) = &strip(e).kind {
            return self.recv(e, x, true);
        }
        if let ExprKind::Index(x, idx) = &strip(e).kind {
            if self.is_map(x) {
                return self.map_index(e, x, &idx[0], true);
            }
        }
        if let ExprKind::TypeAssert { x, .. } = &strip(e).kind {
            return self.type_assert(strip(e), x, true);
        }
        let ExprKind::Call { fun, args, .. } = &strip(e).kind else { return self.expr(e) };
        let call = self.call(e, fun, args);
        let ls: Vec<Local> = vts.into_iter().map(|v| self.new_local(v)).collect();
        self.emit(S::SetMulti(ls.clone(), call));
        ls.into_iter().map(E::Local).collect()
    }

    fn const_of(&mut self, c: &Const, t: TypeId) -> Vals {
        let info = self.info();
        let b = info.types.basic_of(t).unwrap_or(Basic::Int);
        let b = match b {
            Basic::UntypedBool => Basic::Bool,
            Basic::UntypedInt => Basic::Int,
            Basic::UntypedRune => Basic::Int32,
            Basic::UntypedFloat => Basic::Float64,
            Basic::UntypedString => Basic::String,
            b => b.canonical(),
        };
        match c {
            Const::Bool(v) => vals![E::I32(*v as i32)],
            Const::String(s) => {
                let bytes = constant::string_bytes(s);
                let n = bytes.len() as i32;
                if n == 0 {
                    return vals![E::I32(0), E::I32(0)];
                }
                let d = self.l.string_data(bytes);
                vals![E::Data(d), E::I32(n)]
            }
            _ => {
                if b.is_float() {
                    let f = const_f64(c);
                    if b == Basic::Float32 {
                        vals![E::F32((f as f32).to_bits())]
                    } else {
                        vals![E::F64(f.to_bits())]
                    }
                } else if b == Basic::Bool {
                    vals![E::I32(c.as_bool() as i32)]
                } else {
                    let v = match c {
                        Const::Int(v) => v.to_i128(),
                        c => c.as_int(),
                    }
                    .unwrap_or(0);
                    if b.bits() == 64 && b != Basic::UnsafePointer {
                        vals![E::I64(v as i64)]
                    } else {
                        vals![E::I32(v as i32)]
                    }
                }
            }
        }
    }

    fn is_builtin_call(&self, e: &Expr) -> bool {
        if let ExprKind::Call { fun, .. } = &strip(e).kind {
            if let Some(obj) = self.info().uses.get(&strip(fun).id) {
                return matches!(self.info().obj(*obj).kind, ObjKind::Builtin(_));
            }
        }
        false
    }

    fn is_conversion(&self, e: &Expr) -> bool {
        if let ExprKind::Call { fun, .. } = &strip(e).kind {
            return self.info().exprs.get(&fun.id).map(|i| i.is_type).unwrap_or(false);
        }
        false
    }

    /// Lowers an expression to its Wasm values (converted to an interface where the checker
    /// found an implicit conversion).
    fn expr(&mut self, e: &Expr) -> Vals {
        if let Some(v) = self.preset.get(&e.id) {
            return v.clone();
        }
        let v = self.expr_value(e);
        if self.info().iface_conv.contains_key(&e.id) {
            let from = self.info().expr_type(e);
            return self.to_iface(from, v, e.pos);
        }
        v
    }

    fn expr_value(&mut self, e: &Expr) -> Vals {
        let info = self.info();
        let t = info.expr_type(e);
        if let Some(c) = info.const_value(e) {
            return self.const_of(c, t);
        }
        if let Some(name) = qualified(info, e) {
            return self.ident_value(e, name, t);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(name) => self.ident_value(e, name, t),
            ExprKind::Call { fun, args, .. } => {
                if self.info().exprs.get(&fun.id).map(|i| i.is_type).unwrap_or(false) {
                    return self.conversion(t, &args[0]);
                }
                if let Some(&obj) = info.uses.get(&strip(fun).id) {
                    if let ObjKind::Builtin(b) = info.obj(obj).kind {
                        return self.builtin(e, b, args);
                    }
                }
                let n = val_count(info, t);
                if n == 1 {
                    vals![self.call(e, fun, args)]
                } else {
                    self.multi(e, t)
                }
            }
            ExprKind::Unary(UnaryOp::Addr, x) => match self.addr_of(x) {
                Some(a) => vals![a],
                None => {
                    self.err(e.pos, "taking this address is not supported yet");
                    vals![]
                }
            },
            ExprKind::Unary(UnaryOp::Recv, x) => self.recv(e, x, false),
            ExprKind::Unary(op, x) => {
                let xv = self.expr(x);
                let xt = info.expr_type(x);
                self.unary(*op, if t == crate::types::INVALID { xt } else { t }, xv)
            }
            ExprKind::Binary { op, op_pos, xy } => {
                let [x, y] = &**xy;
                let xt = info.iface_conv.get(&x.id).copied().unwrap_or(info.expr_type(x));
                match op {
                    BinaryOp::LogAnd | BinaryOp::LogOr => {
                        let a = self.expr1(x);
                        // A constant left side (`runtime.kindUsed(m) && ...`) decides alone
                        // or leaves the right side: what the other needs is not reached.
                        match (&a, *op == BinaryOp::LogAnd) {
                            (E::I32(0), true) | (E::I32(1), false) => return vals![a],
                            (E::I32(1), true) | (E::I32(0), false) => return self.expr(y),
                            _ => {}
                        }
                        let b = self.nested_value(y);
                        vals![if *op == BinaryOp::LogAnd {
                            E::If(ValType::I32, Box::new(a), Box::new(b), Box::new(E::I32(0)))
                        } else {
                            E::If(ValType::I32, Box::new(a), Box::new(E::I32(1)), Box::new(b))
                        }]
                    }
                    BinaryOp::Shl | BinaryOp::Shr => {
                        let a = self.expr1(x);
                        let yt = info.expr_type(y);
                        let b = self.expr1(y);
                        vals![self.shift(*op, t, a, yt, b, *op_pos)]
                    }
                    _ if op.is_comparison() => {
                        let a = self.expr(x);
                        let b = self.expr(y);
                        vals![self.compare(*op, xt, a, b)]
                    }
                    _ => {
                        let a = self.expr(x);
                        let b = self.expr(y);
                        self.arith(*op, t, a, b, *op_pos)
                    }
                }
            }
            ExprKind::Star(_) => {
                let addr = self.addr_of(e).unwrap_or(E::I32(0));
                self.load_at(t, addr)
            }
            ExprKind::Selector(x, _) => self.selector(e, x),
            ExprKind::Index(x, idx) => self.index(e, x, &idx[0]),
            ExprKind::Slice { x, lo, hi, max } => self.slice(e, x, lo.as_deref(), hi.as_deref(), max.as_deref()),
            ExprKind::CompositeLit { elts, .. } => self.composite(e, elts),
            ExprKind::FuncLit { ty, body } => self.closure(e, ty, body),
            ExprKind::TypeAssert { x, .. } => self.type_assert(e, x, false),
            _ => {
                self.err(e.pos, "this expression is not supported yet");
                vals![]
            }
        }
    }

    /// The value of a variable or function named by an identifier or a qualified identifier
    /// (`os.Args`).
    fn ident_value(&mut self, e: &Expr, name: &str, t: TypeId) -> Vals {
        let info = self.info();
        let Some(&obj) = info.uses.get(&e.id) else {
            if let Some(&obj) = info.defs.get(&e.pos) {
                if let Some(ls) = self.vars.get(&obj) {
                    return ls.iter().map(|l| E::Local(*l)).collect();
                }
            }
            self.err(e.pos, format!("cannot lower {name}"));
            return vals![];
        };
        let o = info.obj(obj);
        match o.kind {
            ObjKind::Nil => vals(info, t).into_iter().map(zero).collect(),
            ObjKind::Var => {
                if let Some(&g) = self.l.boxed_globals.get(&obj) {
                    self.load_at(t, E::Global(g))
                } else if let Some(&b) = self.boxed.get(&obj) {
                    self.load_at(t, E::Local(b))
                } else if let Some(ls) = self.vars.get(&obj) {
                    ls.iter().map(|l| E::Local(*l)).collect()
                } else if let Some(gs) = self.l.globals.get(&obj) {
                    gs.iter().map(|g| E::Global(*g)).collect()
                } else {
                    self.err(e.pos, format!("closures over {name} are not supported yet"));
                    vals![]
                }
            }
            ObjKind::Func => self.func_value(obj, e.pos),
            _ => {
                self.err(e.pos, format!("cannot use {name} as a value here"));
                vals![]
            }
        }
    }

    /// Lowers `y` as a value whose side statements stay inside the value (for && and ||).
    fn nested_value(&mut self, y: &Expr) -> E {
        let mut v = E::I32(0);
        let pre = self.nested(|f| v = f.expr1(y));
        if pre.is_empty() {
            v
        } else {
            E::Seq(pre, Box::new(v))
        }
    }

    fn call(&mut self, e: &Expr, fun: &Expr, args: &[Expr]) -> E {
        let info = self.info();
        let of_type = |x: &Expr| info.exprs.get(&x.id).is_some_and(|i| i.is_type);
        let iface_expr = matches!(&strip(fun).kind, ExprKind::Selector(x, _) if of_type(x));
        if let Some(&(it, i)) = info.iface_methods.get(&strip(fun).id).filter(|_| !iface_expr) {
            return self.iface_call(e, fun, args, it, i);
        }
        if iface_expr || self.is_method_expr(fun) {
            return self.call_value(e, fun, args);
        }
        let obj = info.uses.get(&strip(fun).id).copied().filter(|o| info.obj(*o).kind == ObjKind::Func);
        let Some(obj) = obj else {
            return self.call_value(e, fun, args);
        };
        let Some(&f) = self.l.funcs.get(&obj) else {
            self.err(e.pos, "this call is not supported yet");
            return E::I32(0);
        };
        let Type::Func(sig) = info.types.get(info.obj(obj).ty) else { return E::I32(0) };
        let mut av = Vec::new();
        if let (Some(&rt), ExprKind::Selector(x, _)) = (self.l.recv_types.get(&obj), &strip(fun).kind) {
            let path = info.fields.get(&strip(fun).id).map_or(&[][..], |p| p.as_slice());
            av.extend(self.receiver(x, path, rt, fun.pos));
        }
        av.extend(self.call_args(e, sig, args));
        // Imports take gc's ABI: uintptr as i32, bool as i32, string as (ptr, len).
        if let (FuncRef::Import(_), Some(d)) = (f, info.directives.get(&obj)) {
            let mut out = Vec::new();
            let mut it = av.into_iter();
            for (_, _, k) in &d.params {
                match k {
                    Kind::Uintptr => out.push(E::Conv(Conv::I32WrapI64, Box::new(it.next().unwrap_or(E::I64(0))))),
                    Kind::String => {
                        out.push(it.next().unwrap_or(E::I32(0)));
                        out.push(it.next().unwrap_or(E::I32(0)));
                    }
                    _ => out.push(it.next().unwrap_or(E::I32(0))),
                }
            }
            let call = E::Call(f, out);
            return match d.result.map(|r| r.1) {
                Some(Kind::Uintptr) => E::Conv(Conv::I64ExtendI32U, Box::new(call)),
                Some(Kind::Bool) => bin(BinOp::Ne, ValType::I32, call, E::I32(0)),
                _ => call,
            };
        }
        if let Some(x) = self.intrinsic(obj, &av) {
            return x;
        }
        E::Call(f, av)
    }

    /// The Wasm values of a call's arguments (a multi-value call spread, variadic ones packed).
    fn call_args(&mut self, e: &Expr, sig: &crate::types::Signature, args: &[Expr]) -> Vec<E> {
        let info = self.info();
        let mut av = Vec::new();
        let ellipsis = matches!(&strip(e).kind, ExprKind::Call { ellipsis: Some(_), .. });
        if args.len() == 1 && (sig.params.len() > 1 || sig.variadic) && matches!(info.types.get(info.expr_type(&args[0])), Type::Tuple(ts) if ts.len() > 1) {
            return self.spread_args(&args[0], sig, e.pos).into_vec();
        }
        let hoisted = self.hoist_calls(args);
        if sig.variadic && !ellipsis {
            let n = sig.params.len() - 1;
            for a in &args[..n.min(args.len())] {
                av.extend(self.expr(a));
            }
            av.extend(self.pack_variadic(sig.params[n], &args[n.min(args.len())..], e.pos));
        } else {
            for a in args {
                av.extend(self.expr(a));
            }
        }
        for id in hoisted {
            self.preset.remove(&id);
        }
        av
    }

    /// As gc: when some arguments call functions and others do not, the ones with calls are
    /// evaluated first (left to right, into temporaries, which `expr` then returns), so
    /// `f(p.next, unlink(p))` and `fmt.Println(c.n, c.inc())` read the field after the call
    /// — and a pointer read from the heap is never held across a call that may collect it.
    fn hoist_calls(&mut self, args: &[Expr]) -> Vec<NodeId> {
        let info = self.info();
        if !(args.iter().any(ast_has_call) && args.iter().any(|a| !ast_has_call(a))) {
            return Vec::new();
        }
        let mut ids = Vec::new();
        for a in args.iter().filter(|a| ast_has_call(a)) {
            let t = info.iface_conv.get(&a.id).copied().unwrap_or_else(|| info.expr_type(a));
            let v = self.expr(a);
            let vs = v.into_iter().zip(repr(info, t)).map(|(x, (vt, p))| {
                let l = if p { self.root_local() } else { self.new_local(vt) };
                self.emit(S::Set(l, x));
                E::Local(l)
            });
            let vs = vs.collect();
            self.preset.insert(a.id, vs);
            ids.push(a.id);
        }
        ids
    }

    fn rt(&mut self, name: &str, pos: Pos) -> FuncRef {
        match self.l.runtime_func(name) {
            Some(f) => f,
            None => {
                self.err(pos, format!("internal error: runtime.{name} missing"));
                FuncRef::Func(0)
            }
        }
    }

    fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr]) -> Vals {
        if let Some(v) = self.chan_builtin(e, b, args) {
            return v;
        }
        if matches!(b, Builtin::Len | Builtin::Clear | Builtin::Delete) {
            if let Some(v) = self.map_builtin(e, b, args) {
                return v;
            }
        }
        let info = self.info();
        match b {
            Builtin::Print | Builtin::Println => {
                self.print(e.pos, args, b == Builtin::Println);
                vals![]
            }
            Builtin::New | Builtin::Make | Builtin::Append | Builtin::Copy | Builtin::Cap | Builtin::Clear => {
                let ellipsis = matches!(&strip(e).kind, ExprKind::Call { ellipsis: Some(_), .. });
                self.builtin_data(e, b, args, ellipsis)
            }
            Builtin::Len => {
                let v = self.expr(&args[0]);
                let len = v.into_iter().nth(1).unwrap_or(E::I32(0));
                vals![E::Conv(Conv::I64ExtendI32U, Box::new(len))]
            }
            Builtin::StringData => {
                let v = self.expr(&args[0]);
                vals![v.into_iter().next().unwrap_or(E::I32(0))]
            }
            Builtin::String => {
                let p = self.expr1(&args[0]);
                let n = self.expr1(&args[1]);
                let nt = info.expr_type(&args[1]);
                vals![p, self.to_i32(n, nt)]
            }
            Builtin::Add => {
                let p = self.expr1(&args[0]);
                let n = self.expr1(&args[1]);
                let nt = info.expr_type(&args[1]);
                let n = self.to_i32(n, nt);
                vals![bin(BinOp::Add, ValType::I32, p, n)]
            }
            Builtin::Min | Builtin::Max if info.types.basic_of(info.expr_type(e)).is_some_and(|b| b.is_string()) => {
                // Strings: keep the running result in two locals, compared with cmpstring.
                let (p, n) = (self.new_local(ValType::I32), self.new_local(ValType::I32));
                let first = self.expr(&args[0]);
                self.emit(S::Set(p, first.first().cloned().unwrap_or(E::I32(0))));
                self.emit(S::Set(n, first.get(1).cloned().unwrap_or(E::I32(0))));
                let cmp = self.rt("cmpstring", e.pos);
                for a in &args[1..] {
                    let v = self.expr(a);
                    let (q, m) = (self.temp(v.first().cloned().unwrap_or(E::I32(0)), ValType::I32), self.temp(v.get(1).cloned().unwrap_or(E::I32(0)), ValType::I32));
                    let c = E::Call(cmp, vec![E::Local(q), E::Local(m), E::Local(p), E::Local(n)]);
                    let better = if b == Builtin::Min { bin(BinOp::LtS, ValType::I32, c, E::I32(0)) } else { bin(BinOp::GtS, ValType::I32, c, E::I32(0)) };
                    self.emit(S::If(better, vec![S::Set(p, E::Local(q)), S::Set(n, E::Local(m))], vec![]));
                }
                vals![E::Local(p), E::Local(n)]
            }
            Builtin::Min | Builtin::Max => {
                let t = info.expr_type(e);
                let vt = vals(info, t)[0];
                let bt = info.types.basic_of(t).unwrap_or(Basic::Int);
                let mut acc = self.expr1(&args[0]);
                for a in &args[1..] {
                    let v = self.expr1(a);
                    acc = if bt.is_float() {
                        bin(if b == Builtin::Min { BinOp::Min } else { BinOp::Max }, vt, acc, v)
                    } else {
                        let (x, y) = (self.temp(acc, vt), self.temp(v, vt));
                        let lt = if bt.is_unsigned() { BinOp::LtU } else { BinOp::LtS };
                        let cond = if b == Builtin::Min { bin(lt, vt, E::Local(y), E::Local(x)) } else { bin(lt, vt, E::Local(x), E::Local(y)) };
                        E::Select(Box::new(E::Local(y)), Box::new(E::Local(x)), Box::new(cond))
                    };
                }
                vals![acc]
            }
            Builtin::Recover => self.recover_call(e.pos),
            Builtin::Panic if info.uses_defer && info.types.basic_of(info.expr_type(&args[0])) != Some(Basic::UntypedNil) => {
                // Deferred calls run before the message; a panic inside one prints the
                // pending ones first (runtime.gopanic).
                let at = info.expr_type(&args[0]);
                let v = if matches!(info.types.under_type(at), Type::Interface(_)) {
                    self.expr_value(&args[0])
                } else {
                    let v = self.expr_value(&args[0]);
                    self.panic_iface(at, v, e.pos)
                };
                let mut a: Vals = v.into_iter().collect();
                a.extend(self.l.site(&self.name.clone(), e.pos));
                let f = self.rt("gopanic", e.pos);
                self.emit(S::Drop(E::Call(f, a.into_vec()), 0));
                self.emit(S::Unreachable);
                vals![]
            }
            Builtin::Panic if matches!(info.types.basic_of(info.expr_type(&args[0])), None | Some(Basic::UntypedNil)) => {
                self.panic_value(e, &args[0]);
                vals![]
            }
            Builtin::Panic => {
                let at = info.expr_type(&args[0]);
                let v = self.expr(&args[0]);
                let site = self.l.site(&self.name.clone(), e.pos);
                self.print_value(e.pos, at, v, true);
                let f = self.rt("panicEnd", e.pos);
                self.emit(S::Drop(E::Call(f, site), 0));
                self.emit(S::Unreachable);
                vals![]
            }
            _ => {
                self.err(e.pos, format!("built-in {} is not supported yet", b.name()));
                vals![]
            }
        }
    }

    /// Values of types vts (one expression may give several) evaluated into locals now.
    fn temps(&mut self, vs: Vals, vts: &[ValType]) -> Vals {
        if vs.len() == vts.len() {
            return vs.into_iter().zip(vts).map(|(v, vt)| E::Local(self.temp(v, *vt))).collect();
        }
        let ls: Vec<Local> = vts.iter().map(|vt| self.new_local(*vt)).collect();
        if let Some(v) = vs.into_iter().next() {
            self.emit(S::SetMulti(ls.clone(), v));
        }
        ls.into_iter().map(E::Local).collect()
    }

    fn temp(&mut self, v: E, vt: ValType) -> Local {
        if let E::Local(l) = v {
            return l;
        }
        let l = self.new_local(vt);
        self.emit(S::Set(l, v));
        l
    }

    fn to_i32(&self, v: E, t: TypeId) -> E {
        match first_val(self.info(), t) {
            Some(ValType::I64) => E::Conv(Conv::I32WrapI64, Box::new(v)),
            _ => v,
        }
    }

    /// print/println: adjacent constant pieces are merged into one string.
    fn print(&mut self, pos: Pos, args: &[Expr], ln: bool) {
        let info = self.info();
        let mut pending = String::new();
        if let [a] = args {
            let t = info.expr_type(a);
            if let Type::Tuple(ts) = info.types.get(t) {
                let vs = self.multi(a, t);
                let mut i = 0;
                for (k, tt) in ts.iter().enumerate() {
                    if ln && k > 0 {
                        self.print_const(pos, " ");
                    }
                    let n = vals(info, *tt).len();
                    self.print_value(pos, *tt, vs[i..i + n].iter().cloned().collect(), false);
                    i += n;
                }
                if ln {
                    self.print_const(pos, "\n");
                }
                return;
            }
        }
        // Every argument is evaluated before anything is printed, as in gc: when one has a
        // call, the values go to (rooted) locals first, those with calls first (so a nil
        // check of `p.x` comes after `f(&p)`).
        let hoisted = self.hoist_calls(args);
        let mut values: Vec<Option<Vals>> = args.iter().map(|a| match info.const_value(a) {
            Some(Const::String(_)) => None,
            _ => Some(self.expr(a)),
        }).collect();
        for id in hoisted {
            self.preset.remove(&id);
        }
        if values.iter().flatten().flatten().any(has_call) {
            // Those with calls first, as gc orders them (see `hoist_calls`).
            let mut order: Vec<usize> = (0..args.len()).collect();
            order.sort_by_key(|&i| !values[i].iter().flatten().any(has_call));
            for i in order {
                let (a, v) = (&args[i], &mut values[i]);
                if let Some(v) = v {
                    let ls = self.var_locals(info.expr_type(a));
                    for (l, x) in ls.iter().zip(std::mem::take(v)) {
                        self.emit(S::Set(*l, x));
                    }
                    *v = ls.iter().map(|l| E::Local(*l)).collect();
                }
            }
        }
        for (i, (a, v)) in args.iter().zip(values).enumerate() {
            if ln && i > 0 {
                pending.push(' ');
            }
            let t = info.expr_type(a);
            let Some(v) = v else {
                if let Some(Const::String(s)) = info.const_value(a) {
                    pending.push_str(s);
                }
                continue;
            };
            if !pending.is_empty() {
                let s = std::mem::take(&mut pending);
                self.print_const(pos, &s);
            }
            self.print_value(pos, t, v, false);
        }
        if ln {
            pending.push('\n');
        }
        if !pending.is_empty() {
            self.print_const(pos, &pending);
        }
    }

    fn print_const(&mut self, pos: Pos, s: &str) {
        let v = self.const_of(&Const::String(s.to_string()), crate::types::INVALID);
        let t = self.l.info.types.under(crate::types::INVALID);
        let _ = t;
        let f = self.rt("printstring", pos);
        self.emit(S::Drop(E::Call(f, v.into_vec()), 0));
    }

    /// Prints one value as gc's print does; with `panic_prefix`, as `panic: v` (for panic()).
    fn print_value(&mut self, pos: Pos, t: TypeId, v: Vals, panic_prefix: bool) {
        let info = self.info();
        let b = info.types.basic_of(t);
        let named = info.types.is_named(t) && !matches!(info.types.get(t), Type::Basic(_));
        let is_string = matches!(b.map(|b| b.canonical()), Some(Basic::String | Basic::UntypedString));
        // gc's printpanicval: named types as `main.Code(-42)`, strings as `main.Str("s")`,
        // and a tab after each newline of a string.
        let close = if is_string { "\")" } else { ")" };
        if panic_prefix {
            let mut head = "panic: ".to_string();
            if named {
                match info.types.get(t) {
                    Type::Named(n) => {
                        let nt = &info.types.named[*n as usize];
                        head.push_str(&format!("{}.{}", nt.pkg, nt.name));
                    }
                    _ => head.push_str(&info.types.display(t)),
                }
                head.push_str(if is_string { "(\"" } else { "(" });
            }
            self.print_const(pos, &head);
        }
        let (fname, arg) = match b.map(|b| b.canonical()) {
            Some(Basic::Bool | Basic::UntypedBool) => ("printbool", v),
            Some(Basic::String | Basic::UntypedString) => (if panic_prefix { "printindented" } else { "printstring" }, v),
            Some(Basic::Float32) => ("printfloat32", v),
            Some(Basic::Float64 | Basic::UntypedFloat) => ("printfloat", v),
            Some(Basic::UnsafePointer) => ("printpointer", v),
            Some(bb) if bb.is_integer() => {
                let x = v.into_iter().next().unwrap_or(E::I64(0));
                let x = if bb.bits() < 64 {
                    E::Conv(if bb.is_unsigned() { Conv::I64ExtendI32U } else { Conv::I64ExtendI32S }, Box::new(x))
                } else {
                    x
                };
                (if bb.is_unsigned() { "printuint" } else { "printint" }, vals![x])
            }
            _ => match info.types.under_type(t) {
                Type::Pointer(_) => ("printpointer", v),
                Type::Interface(_) => ("printeface", v),
                _ => {
                    self.err(pos, format!("printing a value of type {} is not supported yet", info.types.display(t)));
                    return;
                }
            },
        };
        let f = self.rt(fname, pos);
        self.emit(S::Drop(E::Call(f, arg.into_vec()), 0));
        if panic_prefix && named {
            self.print_const(pos, close);
        }
    }

    fn conversion(&mut self, to: TypeId, arg: &Expr) -> Vals {
        if self.info().types.is_interface(to) {
            let from = self.info().expr_type(arg);
            let v = self.expr(arg);
            return self.to_iface(from, v, arg.pos);
        }
        if let Some(v) = self.convert_data(to, arg) {
            return v;
        }
        let info = self.info();
        let from = info.expr_type(arg);
        let v = self.expr(arg);
        let (fb, tb) = (info.types.basic_of(from), info.types.basic_of(to));
        let Some(x) = v.first().cloned() else { return v };
        let (fv, tv) = (first_val(info, from).unwrap_or(ValType::I32), first_val(info, to).unwrap_or(ValType::I32));
        match (fb.map(|b| b.canonical()), tb.map(|b| b.canonical())) {
            (Some(f), Some(t)) if f.is_integer() && t.is_integer() => {
                let x = match (fv, tv) {
                    (ValType::I32, ValType::I64) => E::Conv(if f.is_unsigned() { Conv::I64ExtendI32U } else { Conv::I64ExtendI32S }, Box::new(x)),
                    (ValType::I64, ValType::I32) => E::Conv(Conv::I32WrapI64, Box::new(x)),
                    _ => x,
                };
                vals![normalize(x, t)]
            }
            (Some(f), Some(t)) if f.is_integer() && t.is_float() => {
                vals![E::Conv(Conv::Convert { to: tv, from: fv, signed: !f.is_unsigned() }, Box::new(x))]
            }
            (Some(f), Some(t)) if f.is_float() && t.is_integer() => {
                let wide = if t.bits() == 64 { ValType::I64 } else { ValType::I32 };
                let signed = !t.is_unsigned() || t.bits() < 32;
                let r = E::Conv(Conv::TruncSat { to: if t.bits() < 32 { ValType::I32 } else { wide }, from: fv, signed }, Box::new(x));
                vals![normalize(r, t)]
            }
            (Some(f), Some(t)) if f.is_float() && t.is_float() => match (fv, tv) {
                (ValType::F64, ValType::F32) => vals![E::Conv(Conv::F32DemoteF64, Box::new(x))],
                (ValType::F32, ValType::F64) => vals![E::Conv(Conv::F64PromoteF32, Box::new(x))],
                _ => vals![x],
            },
            (Some(Basic::UnsafePointer), Some(Basic::Uintptr)) => vals![E::Conv(Conv::I64ExtendI32U, Box::new(x))],
            (Some(Basic::Uintptr), Some(Basic::UnsafePointer)) => vals![E::Conv(Conv::I32WrapI64, Box::new(x))],
            (Some(f), Some(Basic::String)) if f.is_integer() => {
                self.err(arg.pos, "converting an integer to a string is not supported yet");
                vals![]
            }
            _ => v,
        }
    }

    fn unary(&mut self, op: UnaryOp, t: TypeId, x: Vals) -> Vals {
        let info = self.info();
        let b = info.types.basic_of(t).unwrap_or(Basic::Int).canonical();
        let vt = first_val(info, t).unwrap_or(ValType::I32);
        let x = x.into_iter().next().unwrap_or(E::I32(0));
        match op {
            UnaryOp::Plus => vals![x],
            UnaryOp::Not => vals![E::Un(UnOp::Eqz, ValType::I32, Box::new(x))],
            UnaryOp::Neg if b.is_float() => vals![E::Un(UnOp::Neg, vt, Box::new(x))],
            UnaryOp::Neg => vals![normalize(bin(BinOp::Sub, vt, zero(vt), x), b)],
            UnaryOp::Xor => {
                let ones = if vt == ValType::I64 { E::I64(-1) } else { E::I32(-1) };
                vals![normalize(bin(BinOp::Xor, vt, x, ones), b)]
            }
            _ => vals![x],
        }
    }

    fn arith(&mut self, op: BinaryOp, t: TypeId, a: Vals, b: Vals, pos: Pos) -> Vals {
        let info = self.info();
        let bt = info.types.basic_of(t).unwrap_or(Basic::Int).canonical();
        let vt = first_val(info, t).unwrap_or(ValType::I32);
        if bt.is_string() {
            let f = self.rt("concatstring2", pos);
            let mut args = a;
            args.extend(b);
            let (p, n) = (self.new_local(ValType::I32), self.new_local(ValType::I32));
            self.emit(S::SetMulti(vec![p, n], E::Call(f, args.into_vec())));
            return vals![E::Local(p), E::Local(n)];
        }
        let (x, y) = (a.into_iter().next().unwrap_or(E::I32(0)), b.into_iter().next().unwrap_or(E::I32(0)));
        if bt.is_float() {
            let o = match op {
                BinaryOp::Add => BinOp::Add,
                BinaryOp::Sub => BinOp::Sub,
                BinaryOp::Mul => BinOp::Mul,
                _ => BinOp::DivS,
            };
            return vals![bin(o, vt, x, y)];
        }
        let unsigned = bt.is_unsigned();
        let r = match op {
            BinaryOp::Add => bin(BinOp::Add, vt, x, y),
            BinaryOp::Sub => bin(BinOp::Sub, vt, x, y),
            BinaryOp::Mul => bin(BinOp::Mul, vt, x, y),
            BinaryOp::And => bin(BinOp::And, vt, x, y),
            BinaryOp::Or => bin(BinOp::Or, vt, x, y),
            BinaryOp::Xor => bin(BinOp::Xor, vt, x, y),
            BinaryOp::AndNot => {
                let ones = if vt == ValType::I64 { E::I64(-1) } else { E::I32(-1) };
                bin(BinOp::And, vt, x, bin(BinOp::Xor, vt, y, ones))
            }
            BinaryOp::Div | BinaryOp::Rem => {
                let is_div = op == BinaryOp::Div;
                let o = |signed: bool| match (is_div, signed) {
                    (true, true) => BinOp::DivS,
                    (true, false) => BinOp::DivU,
                    (false, true) => BinOp::RemS,
                    (false, false) => BinOp::RemU,
                };
                // A constant divisor needs neither the zero check nor the MinInt / -1 case
                // (unless it is -1), so such code pulls in no panic runtime.
                let konst = match y {
                    E::I32(c) => Some(c as i64),
                    E::I64(c) => Some(c),
                    _ => None,
                };
                match konst {
                    Some(c) if c != 0 && (unsigned || c != -1) => bin(o(!unsigned), vt, x, y),
                    _ => {
                        let yl = self.temp(y, vt);
                        let site = self.l.site(&self.name.clone(), pos);
                        let f = self.rt("panicdivide", pos);
                        self.emit(S::If(E::Un(UnOp::Eqz, vt, Box::new(E::Local(yl))), vec![S::Drop(E::Call(f, site), 0), S::Unreachable], vec![]));
                        if unsigned {
                            bin(o(false), vt, x, E::Local(yl))
                        } else {
                            // MinInt / -1 overflows in Wasm (a trap); Go wraps: x / -1 = -x, x % -1 = 0.
                            let xl = self.temp(x, vt);
                            let minus1 = if vt == ValType::I64 { E::I64(-1) } else { E::I32(-1) };
                            let is_m1 = bin(BinOp::Eq, vt, E::Local(yl), minus1);
                            let normal = bin(o(true), vt, E::Local(xl), E::Local(yl));
                            let special = if is_div { bin(BinOp::Sub, vt, zero(vt), E::Local(xl)) } else { zero(vt) };
                            E::If(vt, Box::new(is_m1), Box::new(special), Box::new(normal))
                        }
                    }
                }
            }
            _ => x,
        };
        vals![normalize(r, bt)]
    }

    fn shift(&mut self, op: BinaryOp, t: TypeId, x: E, yt: TypeId, y: E, pos: Pos) -> E {
        let info = self.info();
        let bt = info.types.basic_of(t).unwrap_or(Basic::Int).canonical();
        let vt = first_val(info, t).unwrap_or(ValType::I32);
        let ybt = info.types.basic_of(yt).unwrap_or(Basic::Uint).canonical();
        let yvt = first_val(info, yt).unwrap_or(ValType::I64);
        let width = bt.bits() as i64;
        // A constant count below the width needs neither the clamp nor the range select.
        let count = match y {
            E::I64(c) => Some(c),
            E::I32(c) => Some(i64::from(c)),
            _ => None,
        };
        // So does a count masked below the width (`x << (n & 31)`), kept as it is.
        if let E::Bin(BinOp::And, _, _, k) = &y {
            if matches!(**k, E::I64(c) if (0..width).contains(&c)) || matches!(**k, E::I32(c) if (0..width).contains(&i64::from(c))) {
                let k = match (yvt, vt) {
                    (ValType::I64, ValType::I32) => E::Conv(Conv::I32WrapI64, Box::new(y)),
                    (ValType::I32, ValType::I64) => E::Conv(Conv::I64ExtendI32U, Box::new(y)),
                    _ => y,
                };
                let o = match op {
                    BinaryOp::Shl => BinOp::Shl,
                    _ if bt.is_unsigned() => BinOp::ShrU,
                    _ => BinOp::ShrS,
                };
                return normalize(bin(o, vt, x, k), bt);
            }
        }
        if let Some(c) = count {
            if (0..width).contains(&c) {
                let k = if vt == ValType::I64 { E::I64(c) } else { E::I32(c as i32) };
                let o = match op {
                    BinaryOp::Shl => BinOp::Shl,
                    _ if bt.is_unsigned() => BinOp::ShrU,
                    _ => BinOp::ShrS,
                };
                return normalize(bin(o, vt, x, k), bt);
            }
        }
        let yl = self.temp(y, yvt);
        if !ybt.is_unsigned() && info.types.basic_of(yt).map(|b| !b.is_untyped()).unwrap_or(true) {
            let site = self.l.site(&self.name.clone(), pos);
            let f = self.rt("panicshift", pos);
            let neg = bin(BinOp::LtS, yvt, E::Local(yl), zero(yvt));
            self.emit(S::If(neg, vec![S::Drop(E::Call(f, site), 0), S::Unreachable], vec![]));
        }
        let lim = |v: i64| if yvt == ValType::I64 { E::I64(v) } else { E::I32(v as i32) };
        let in_range = bin(BinOp::LtU, yvt, E::Local(yl), lim(width));
        // The count in the operand's width, clamped so Wasm's modulo never applies.
        let clamp = |c: E| -> E {
            let c = E::Select(Box::new(E::Local(yl)), Box::new(c), Box::new(in_range.clone()));
            match (yvt, vt) {
                (ValType::I64, ValType::I32) => E::Conv(Conv::I32WrapI64, Box::new(c)),
                (ValType::I32, ValType::I64) => E::Conv(Conv::I64ExtendI32U, Box::new(c)),
                _ => c,
            }
        };
        let r = match op {
            BinaryOp::Shl => {
                let s = bin(BinOp::Shl, vt, x, clamp(lim(0)));
                E::Select(Box::new(s), Box::new(zero(vt)), Box::new(in_range.clone()))
            }
            _ if bt.is_unsigned() => {
                let s = bin(BinOp::ShrU, vt, x, clamp(lim(0)));
                E::Select(Box::new(s), Box::new(zero(vt)), Box::new(in_range.clone()))
            }
            _ => bin(BinOp::ShrS, vt, x, clamp(lim(width - 1))),
        };
        normalize(r, bt)
    }

    fn compare(&mut self, op: BinaryOp, t: TypeId, a: Vals, b: Vals) -> E {
        let info = self.info();
        let bt = info.types.basic_of(t).map(|b| b.canonical());
        let vt = first_val(info, t).unwrap_or(ValType::I32);
        if matches!(op, BinaryOp::Eq | BinaryOp::Ne) && (is_aggregate(info, t) || info.types.is_interface(t) || bt.map(|b| b.is_string()).unwrap_or(false)) {
            let eq = self.equal(t, a, b);
            return if op == BinaryOp::Eq { eq } else { E::Un(UnOp::Eqz, ValType::I32, Box::new(eq)) };
        }
        if bt.map(|b| b.is_string()).unwrap_or(false) {
            let f = self.rt("cmpstring", 0);
            let mut args = a;
            args.extend(b);
            let c = E::Call(f, args.into_vec());
            let o = match op {
                BinaryOp::Eq => BinOp::Eq,
                BinaryOp::Ne => BinOp::Ne,
                BinaryOp::Lt => BinOp::LtS,
                BinaryOp::Le => BinOp::LeS,
                BinaryOp::Gt => BinOp::GtS,
                _ => BinOp::GeS,
            };
            return bin(o, ValType::I32, c, E::I32(0));
        }
        let unsigned = bt.map(|b| b.is_unsigned()).unwrap_or(true) && !bt.map(|b| b.is_float()).unwrap_or(false);
        let o = match (op, unsigned) {
            (BinaryOp::Eq, _) => BinOp::Eq,
            (BinaryOp::Ne, _) => BinOp::Ne,
            (BinaryOp::Lt, false) => BinOp::LtS,
            (BinaryOp::Lt, true) => BinOp::LtU,
            (BinaryOp::Le, false) => BinOp::LeS,
            (BinaryOp::Le, true) => BinOp::LeU,
            (BinaryOp::Gt, false) => BinOp::GtS,
            (BinaryOp::Gt, true) => BinOp::GtU,
            (BinaryOp::Ge, false) => BinOp::GeS,
            _ => BinOp::GeU,
        };
        let (x, y) = (a.into_iter().next().unwrap_or(E::I32(0)), b.into_iter().next().unwrap_or(E::I32(0)));
        bin(o, vt, x, y)
    }
}

/// [`Const::as_f64`], without big-number arithmetic when numerator and denominator are
/// exact in an f64: IEEE division then rounds the quotient just as `as_f64` does.
fn const_f64(c: &Const) -> f64 {
    const EXACT: u64 = 1 << 53;
    let small = |n: &num_bigint::BigInt| n.to_i64().filter(|n| n.unsigned_abs() <= EXACT);
    match c {
        Const::Int(v) => small(v).map_or_else(|| c.as_f64(), |n| n as f64),
        Const::Float(r) => match (small(r.numer()), small(r.denom())) {
            (Some(n), Some(d)) if d > 0 => n as f64 / d as f64,
            _ => c.as_f64(),
        },
        _ => c.as_f64(),
    }
}

/// Brings an integer result back into its Go type's range (small types live in i32).
fn normalize(x: E, b: Basic) -> E {
    match b.canonical() {
        Basic::Int8 => E::Un(UnOp::Extend8S, ValType::I32, Box::new(x)),
        Basic::Int16 => E::Un(UnOp::Extend16S, ValType::I32, Box::new(x)),
        Basic::Uint8 | Basic::Bool => bin(BinOp::And, ValType::I32, x, E::I32(0xff)),
        Basic::Uint16 => bin(BinOp::And, ValType::I32, x, E::I32(0xffff)),
        _ => x,
    }
}

fn mem_of(info: &Info, t: TypeId) -> Option<Mem> {
    Some(match info.types.under_type(t) {
        Type::Basic(b) => match b.canonical() {
            Basic::Bool | Basic::Uint8 => Mem::I32_8U,
            Basic::Int8 => Mem::I32_8S,
            Basic::Int16 => Mem::I32_16S,
            Basic::Uint16 => Mem::I32_16U,
            Basic::Int32 | Basic::Uint32 | Basic::UnsafePointer => Mem::I32,
            Basic::Float32 => Mem::F32,
            Basic::Float64 => Mem::F64,
            Basic::String | Basic::Complex64 | Basic::Complex128 => return None,
            _ => Mem::I64,
        },
        Type::Pointer(_) => Mem::I32,
        _ => return None,
    })
}

fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}

/// Whether a body calls a lowered function (which may allocate). Searched from the end:
/// calls are common in a function's last statements (`return f(x)`).
fn has_calls(ss: &[S]) -> bool {
    fn e(x: &E) -> bool {
        match x {
            E::Call(FuncRef::Func(_), _) => true,
            E::Call(_, a) => a.iter().any(e),
            E::Seq(ss, x) => has_calls(ss) || e(x),
            E::Un(_, _, x) | E::Conv(_, x) | E::Load(_, x) | E::MemoryGrow(x) => e(x),
            E::Bin(_, _, a, b) => e(a) || e(b),
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
        S::MemCopy(a, b, c) | S::MemFill(a, b, c) => e(a) || e(b) || e(c),
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

/// A composite literal (or &T{...}): a new value nobody else refers to.
fn is_fresh(e: &Expr) -> bool {
    matches!(&strip(e).kind, ExprKind::CompositeLit { .. })
}

/// Whether evaluating e calls a function (which could print or change what e's siblings read).
fn has_call(e: &E) -> bool {
    match e {
        E::Call(..) | E::CallIndirect { .. } => true,
        E::Seq(ss, x) => ss.iter().any(|s| s.exprs().any(has_call) || s.bodies().next().is_some()) || has_call(x),
        _ => e.children().any(has_call),
    }
}

/// The module functions whose address statements take.
fn addrs_of(ss: &[S]) -> Vec<u32> {
    let mut out = Vec::new();
    super::visit_exprs(ss, &mut |e| {
        if let E::FuncAddr(FuncRef::Func(i)) = e {
            out.push(*i);
        }
    });
    out
}

/// Adds the globals statements read to `out`.
fn read_globals(ss: &[S], out: &mut std::collections::HashSet<u32>) {
    super::visit_exprs(ss, &mut |e| {
        if let E::Global(g) = e {
            out.insert(*g);
        }
    });
}
