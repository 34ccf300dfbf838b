//! Lowering checked Go to the IR: the entry point ([`lower`]), the state of one module's
//! lowering (`Lowerer`) and of one function's (`FnLower`), and the Wasm representation of
//! Go types. `Lowerer::run` declares every function and global, lowers the user's functions,
//! then those reached from them (`reach.rs`), and finishes with package initialization,
//! entry points and the whole-module passes (`passes.rs`).
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

mod cache;
mod call;
mod callsite;
mod closure;
mod complex;
mod conc;
mod data;
mod defers;
mod expr;
mod frozen;
mod frozen_std;
mod func;
mod iface;
mod init;
mod map;
mod passes;
mod rangefunc;
mod reach;
mod reflectcall;
mod shapes;
mod statics;
mod stmt;
mod tape;
mod testsite;
mod trace;
mod unsafe_fns;
mod vals;

pub use cache::LowerCache;

use std::sync::Arc;

use crate::Options;
use crate::diag::{Diags, Pos, SourceMap};
use crate::fx::{FxNew, HashMap};
use crate::ir::{BinOp, Expr as E, Func, FuncRef, Global, Import, Label, Local, Mem, Module, Stmt as S, ValType};
use crate::syntax::ast::{Decl, Expr, ExprKind, NodeId};
use crate::types::check::{ObjId, ObjKind};
use crate::types::directive::DirectiveKind;
use crate::types::{Basic, Info, Type, TypeId};
use gowasm_meta::Kind;

use cache::{CacheKey, Cached};
use passes::Facts;
use vals::{Locals, Vals};

/// The part of a program that is its prelude's (the runtime and standard packages, the same
/// in every compilation on it): the prelude's identity and how many of `Info::funcs` and
/// `Info::objects` are its own.
#[derive(Clone, Copy, Debug, Default)]
pub struct Prelude {
    pub id: u32,
    pub funcs: usize,
    pub objects: usize,
}

/// Lowers the checked program. Constructs the checker accepted but lowering cannot handle
/// yet are reported to `diags`. `cache` holds functions of the prelude `prelude` lowered by
/// earlier compilations on it (see [`LowerCache`]).
#[inline(never)] // keeps its caller small for the browser (ARCHITECTURE.md)
pub fn lower(info: &Info, map: &SourceMap, opts: &Options, cache: &LowerCache, prelude: Prelude, diags: &mut Diags) -> Module {
    let cache_key = CacheKey {
        prelude: prelude.id,
        mode: opts.mode,
        schedule: opts.schedule,
        trace: opts.trace,
        step_budget: opts.step_budget,
        uses_recover: info.uses_recover,
        uses_defer: info.uses_defer,
        uses_caller: info.uses_caller,
        uses_reflect_call: info.uses_reflect_call,
    };
    let mut no_reuse = false;
    loop {
        let mut l = Lowerer {
            info,
            map,
            opts,
            diags,
            cache,
            cache_key,
            prelude,
            stable: Stable::default(),
            prelude_var: false,
            tape: None,
            reads_program: false,
            m: Module { threads: opts.threads, ..Module::default() },
            funcs: HashMap::new(),
            globals: HashMap::new(),
            strings: HashMap::new(),
            site_records: HashMap::new(),
            global_slots: HashMap::new(),
            recv_types: HashMap::new(),
            boxed_globals: HashMap::new(),
            go_count: 0,
            uses_goroutines: false,
            unwind_sites: Vec::new(),
            thunks: Vec::new(),
            pending: Vec::new(),
            scanned: Vec::new(),
            rescan: Vec::new(),
            scan_end: 0,
            calls: Vec::new(),
            wrappers: HashMap::new(),
            descs: HashMap::new(),
            desc_queue: Vec::new(),
            method_ids: HashMap::new(),
            iface_names: Vec::new(),
            trampolines: HashMap::new(),
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
            facts: Facts::default(),
            hooks: Vec::new(),
            folded: Vec::new(),
            std_inputs: frozen_std::Inputs { no_reuse, ..Default::default() },
        };
        l.run();
        // A reused standard function's passes read otherwise than when it was stored
        // (`frozen_std.rs`): once more, reusing none.
        if l.std_inputs.failed.is_empty() || no_reuse || !l.diags.is_empty() {
            return l.m;
        }
        no_reuse = true;
    }
}

/// How many functions, imports and globals the prelude declares first (those of its packages
/// when the program changed none of their objects, else the runtime package's): their indices
/// are the same in every compilation on the prelude.
#[derive(Clone, Copy, Default)]
struct Stable {
    /// How many functions the runtime package declares first: its functions are rewritten by
    /// no whole-module pass before the passes' cache (`frozen.rs`), so their cached call
    /// graph stands for their bodies until then, and only they are kept after the passes.
    runtime: u32,
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
    prelude: Prelude,
    stable: Stable,
    /// While the initializer of a variable of the prelude's packages is lowered: its
    /// constant tables are the prelude's (`LowerCache::tables`).
    prelude_var: bool,
    /// While a cacheable function is lowered: what it read and asked of the state, in order.
    tape: Option<Vec<tape::Step>>,
    /// Set when lowering read state that depends on the user's program in a way the tape
    /// does not record (`kind_used`, pruned type switch clauses): the function's body is then
    /// not cached.
    reads_program: bool,
    m: Module,
    funcs: HashMap<ObjId, FuncRef>,
    globals: HashMap<ObjId, Vec<u32>>,
    strings: HashMap<Vec<u8>, u32>,
    /// Panic-site records, apart from the strings: codegen lays them out otherwise.
    site_records: HashMap<Vec<u8>, u32>,
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
    /// The functions below `scan_end` that may be searched next (their body was lowered or
    /// rebuilt since the search before): `lower_reached` looks at these and the new ones.
    rescan: Vec<u32>,
    scan_end: usize,
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
    /// Call trampolines for reflect, by func type (`reflectcall.rs`).
    trampolines: HashMap<TypeId, FuncRef>,
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
    predicted: Option<Facts>,
    /// The decisions of the whole-module passes so far (`passes.rs`).
    facts: Facts,
    /// The runtime's trace hooks, whose calls are left out without tracing.
    hooks: Vec<FuncRef>,
    /// Per module function: constant ifs folded since it was last lowered or rewritten.
    folded: Vec<bool>,
    /// What the passes before the cache of bodies after them found (`frozen_std.rs`).
    std_inputs: frozen_std::Inputs,
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
    use ValType::{F32, F64, I32, I64};
    match info.types.under_type(t) {
        Type::Basic(b) => match b.canonical() {
            Basic::Float32 => &[(F32, false)],
            Basic::Float64 | Basic::UntypedFloat => &[(F64, false)],
            Basic::Complex64 => &[(F32, false), (F32, false)],
            Basic::Complex128 | Basic::UntypedComplex => &[(F64, false), (F64, false)],
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
        // An instantiated generic function (`Sum[int]`), named by its instance's object.
        ExprKind::Index(x, _) if info.uses.get(&e.id).is_some_and(|o| info.obj(*o).kind == ObjKind::Func) => match &strip(x).kind {
            ExprKind::Ident(n) => Some(n),
            ExprKind::Selector(_, sel) => Some(&sel.name),
            _ => None,
        },
        _ => None,
    }
}

fn bin(op: BinOp, t: ValType, a: E, b: E) -> E {
    E::bin(op, t, a, b)
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
    /// The Go types of the results (a `return f()` converts each of f's results to its own).
    go_results: Vec<TypeId>,
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
    /// In the body of a range over a func: its loop.
    range_body: Option<rangefunc::RangeBody>,
    /// Range-over-func bodies lowered so far (for their names, `main.f-range1`).
    range_count: u32,
    /// The call-site depth read at entry, once a call records its site (`callsite.rs`).
    site_depth: Option<Local>,
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

impl<'a> Lowerer<'a> {
    fn run(&mut self) {
        // Declare every function first so calls can refer to them. Those of the prelude come
        // first, numbered as in every compilation on it; when the program changed some of its
        // objects (a package variable whose address it takes), only the runtime's count.
        let shared = !self.info.objects.changed(|a, b| a.escapes != b.escapes || a.ty != b.ty || a.kind != b.kind || a.global != b.global);
        let info = self.info;
        let stable_funcs = if shared { self.prelude.funcs } else { info.funcs.iter().position(|f| info.obj(f.obj).pkg != "runtime").unwrap_or(info.funcs.len()) };
        let stable_objects = if shared { self.prelude.objects } else { info.objects.iter().position(|o| o.global && o.kind == ObjKind::Var && o.ty != crate::types::INVALID && o.pkg != "runtime").unwrap_or(info.objects.len()) };
        // The prelude's part is the same in every compilation on it that changed none of its
        // objects: declared once, then copied.
        let saved = if shared { self.cache.declared(self.prelude.id) } else { None };
        let (mut runtime_first, mut runtime_only) = (true, true);
        let mut record = None;
        let (first_func, first_object) = match &saved {
            Some(d) => {
                d.restore(self);
                (runtime_first, runtime_only) = (false, false);
                (stable_funcs, stable_objects)
            }
            None => (0, 0),
        };
        for (k, f) in info.funcs.iter().enumerate().skip(first_func) {
            let obj = info.obj(f.obj);
            if runtime_only && obj.pkg != "runtime" {
                runtime_only = false;
                self.stable.runtime = self.m.funcs.len() as u32;
            }
            if runtime_first && k >= stable_funcs {
                runtime_first = false;
                self.stable.funcs = self.m.funcs.len() as u32;
                self.stable.imports = self.m.imports.len() as u32;
                if shared && !runtime_only {
                    record = Some(cache::Declared::funcs_of(self));
                }
            }
            self.declare(f);
        }
        if runtime_first {
            self.stable.funcs = self.m.funcs.len() as u32;
            self.stable.imports = self.m.imports.len() as u32;
        }
        if runtime_only {
            self.stable.runtime = self.m.funcs.len() as u32;
        }
        for (from, to) in &self.info.links {
            if let Some(&f) = self.funcs.get(to) {
                self.funcs.insert(*from, f);
            }
        }
        // Package-level variables become globals. (By index: a table's iterator skips the
        // prelude's objects one by one.)
        let mut runtime_first = saved.is_none();
        for id in first_object..info.objects.len() {
            let o = &info.objects[id];
            if runtime_first && id >= stable_objects {
                runtime_first = false;
                self.stable.globals = self.m.globals.len() as u32;
                if let Some(d) = record.take() {
                    self.cache.save_declared(self.prelude.id, d.with_globals(self));
                }
            }
            if o.global && o.kind == ObjKind::Var && o.ty != crate::types::INVALID {
                self.declare_global(id as ObjId, o);
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
        self.m.dyn_method = self.runtime_func("ifaceMethod");
        self.m.checks = crate::ir::Checks {
            panic_index: self.runtime_func("panicIndex"),
            panic_slice: self.runtime_func("panicSlice"),
            panic_nil: self.runtime_func("panicnil"),
            unwinding: self.runtime_global("unwinding"),
        };
        self.m.sp_global = self.runtime_global("sp");
        self.m.gsp_global = self.runtime_global("gsp");
        if self.opts.trace {
            self.trace_pos = self.runtime_global("tracePos");
        }
        // The user's functions are lowered now, the runtime's only when reached: a program
        // uses little of the runtime, and lowering all of it dominated small compilations.
        self.pending = vec![None; self.m.funcs.len()];
        for (i, f) in self.info.funcs.iter().enumerate() {
            if self.info.links.contains_key(&f.obj) {
                continue;
            }
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
        self.finish_module();
    }

    /// Declares the Go function `f`: an import, or a module function with an empty body.
    fn declare(&mut self, f: &crate::types::check::FuncRef) {
        let obj = self.info.obj(f.obj);
        let sig = match self.info.types.get(obj.ty) {
            Type::Func(s) => s.clone(),
            _ => return,
        };
        // A linked function is its target (below).
        if self.info.links.contains_key(&f.obj) {
            return;
        }
        if let Some(d) = self.info.directives.get(&f.obj) {
            if let DirectiveKind::Import { module, name } = &d.kind {
                let params = d.params.iter().flat_map(|(_, _, k)| k_vals(*k)).collect();
                let results = d.result.iter().flat_map(|(_, k)| k_vals(*k)).collect();
                let idx = self.m.imports.len() as u32;
                self.m.imports.push(Import { module: module.clone(), name: name.clone(), params, results });
                self.funcs.insert(f.obj, FuncRef::Import(idx));
                return;
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
                // An instance's receiver type is named with its type arguments.
                let inst = match self.info.types.get(rt) {
                    Type::Pointer(b) => *b,
                    _ => rt,
                };
                let inst = match self.info.types.get(inst) {
                    Type::Named(n) if self.info.types.named[*n as usize].origin.is_some() => Some(self.info.types.named[*n as usize].name.clone()),
                    _ => None,
                };
                let base = match &base.kind {
                    ExprKind::Index(x, _) => strip(x),
                    _ => base,
                };
                if let ExprKind::Ident(id) = &base.kind {
                    let t = inst.as_deref().unwrap_or(id);
                    name = if ptr { format!("{}.(*{t}).{}", obj.pkg, obj.name) } else { format!("{}.{t}.{}", obj.pkg, obj.name) };
                }
            }
        }
        params.extend(sig.params.iter().flat_map(|t| vals(self.info, *t)));
        let results: Vec<ValType> = sig.results.iter().flat_map(|t| vals(self.info, *t)).collect();
        let idx = self.m.funcs.len() as u32;
        let file = self.map.locate(obj.pos).0.to_string();
        self.m.funcs.push(Func { file: file.into(), name: name.into(), params: params.into(), results: results.into(), locals: vec![], body: Default::default() });
        self.funcs.insert(f.obj, FuncRef::Func(idx));
        self.func_pos.insert(idx, obj.pos);
    }

    /// Declares the package-level variable `id`: a global holding its heap cell, or one
    /// global per Wasm value.
    fn declare_global(&mut self, id: ObjId, o: &crate::types::info::Object) {
        if o.pkg != "runtime" && (o.escapes || is_aggregate(self.info, o.ty)) {
            let g = self.m.globals.len() as u32;
            self.m.globals.push(Global { ty: ValType::I32 });
            self.global_slots.insert(g, self.m.global_roots);
            self.m.global_roots += 1;
            self.boxed_globals.insert(id, g);
            return;
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
        self.globals.insert(id, ids);
    }

    fn decl(&self, f: &crate::types::check::FuncRef) -> Option<&'a Decl> {
        let p = self.info.packages.get(f.pkg)?;
        if f.file == crate::types::info::INSTANCE_FILE {
            return p.instances.get(f.decl).map(|d| &**d);
        }
        p.files.get(f.file)?.decls.get(f.decl)
    }

    fn runtime_func(&self, name: &str) -> Option<FuncRef> {
        let pkg = self.info.packages.iter().find(|p| p.path == "runtime")?;
        let id = pkg.scope.get(name)?;
        self.funcs.get(id).copied()
    }

    /// Data segment for a string's bytes (deduplicated).
    fn string_data(&mut self, bytes: Vec<u8>) -> u32 {
        self.bytes_data(bytes, false)
    }

    /// Data segment for a string's bytes, or for a panic-site record (`site`).
    fn bytes_data(&mut self, bytes: Vec<u8>, site: bool) -> u32 {
        let map = if site { &mut self.site_records } else { &mut self.strings };
        let i = match map.get(&bytes) {
            Some(&i) => i,
            None => {
                let i = self.m.data.len() as u32;
                self.m.data.push(bytes.clone());
                map.insert(bytes.clone(), i);
                if site {
                    self.m.sites.push(i);
                }
                i
            }
        };
        self.record(tape::Step::Str { seg: i, bytes, site });
        i
    }

    fn runtime_global(&self, name: &str) -> Option<u32> {
        let pkg = self.info.packages.iter().find(|p| p.path == "runtime")?;
        let id = pkg.scope.get(name)?;
        self.globals.get(id).and_then(|g| g.first()).copied()
    }

    /// A panic raised at `pos` inside `func_name`, as the string `runtime.printsite` takes:
    /// its bytes are the function's record, `name\tfile\0`, one per function, and its length
    /// is the line. The name leaves out its package path where that is the file's directory
    /// (`.(*decodeState).object\tencoding/json/decode.go`), as in every standard package.
    fn site(&mut self, func_name: &str, pos: Pos) -> Vec<E> {
        // An instance is named as gc names it, `main.Sum[...]`: the same in every instance.
        let func_name = &*shapes::shape_name(func_name);
        let (file, line, _) = self.map.locate(pos);
        let dir = file.rsplit_once('/').map_or("", |(d, _)| d);
        let name = func_name.strip_prefix(dir).filter(|n| !dir.is_empty() && n.starts_with('.')).unwrap_or(func_name);
        let text = [name.as_bytes(), b"\t", file.as_bytes(), b"\0"].concat();
        vec![E::Data(self.bytes_data(text, true)), E::I32(line.min(i32::MAX as u32) as i32)]
    }
}
