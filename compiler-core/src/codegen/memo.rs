//! Codegen's work on a function kept from one compilation to the next (`Memo`, one per
//! prelude in `lib.rs`). Most of a warm compilation's functions are the prelude's, whose
//! bodies come out of the lowering's caches the same every time (`ir/lower/frozen.rs`); the
//! walks codegen makes over each body (dead-code elimination's, the shared functions' counts,
//! `moves_sp`'s scan) and its encoding are then the same too, but for the indices and
//! addresses that the rest of the module decides.
//!
//! An entry is found by a hash of the function's signature, locals and body and of what
//! codegen reads of the module besides (`ModFacts`), and taken only when all of these are
//! equal to its own. It holds the walks' results (`Summary`) and the encoded body with its
//! symbolic immediates (`Encoded`: function, global and type indices, table slots, data
//! addresses, the heap's and the shadow stack's addresses), which are written again with
//! this module's values, each as its own LEB128 (widths change with values; padding would
//! change the bytes). An encoded body is taken only where the module-wide decisions it read
//! are the same (`EmitFacts`) and its callees may move sp as before (frame resets after
//! calls depend on that); a callee that is dead now (its call became `unreachable`) makes
//! it encode again. Invariant: a module is byte-identical with or without a memo (`lib.rs`'
//! test `memoized_bodies_leave_modules_unchanged`).
//!
//! Entries not used by the last compilation are dropped once the memo holds many more than
//! a compilation uses, so an edited program's old bodies do not pile up.

use std::hash::{Hash, Hasher};
use std::sync::{Mutex, MutexGuard};

use crate::fx::{FxHasher, HashMap};
use crate::ir::{Body, Checks, Expr, Func, FuncRef, Label, Module, ValType};

use super::checks::{self, Kind};
use super::frames::{self, Scan};
use super::{nonnil, Visit};

/// Encoded function bodies and their walks, kept across compilations.
#[derive(Default)]
pub struct Memo(Mutex<Store>);

impl Memo {
    pub(super) fn lock(&self) -> MutexGuard<'_, Store> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Entries live this many compilations past their last use when the memo is large.
const KEEP_STAMPS: u64 = 4;

#[derive(Default)]
pub(super) struct Store {
    entries: Vec<Entry>,
    by_hash: HashMap<u64, Vec<u32>>,
    /// Entries by where their bodies are (`Body::addr`): a function whose body is shared with
    /// an entry's is found without hashing it. An entry holds its body, so the address is its
    /// own while it lives.
    by_body: HashMap<usize, Vec<u32>>,
    /// Compilations so far (an entry's `used` is the last one that used it).
    stamp: u64,
}

/// What codegen reads of the module besides a function's own body: the runtime's
/// functions and globals it treats specially.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct ModFacts {
    sp: Option<u32>,
    gsp: Option<u32>,
    checks: Checks,
    budget_global: Option<u32>,
    budget_exceeded: Option<FuncRef>,
    stack_overflow: Option<FuncRef>,
    dyn_method: Option<FuncRef>,
}

impl ModFacts {
    pub(super) fn of(m: &Module) -> ModFacts {
        ModFacts {
            sp: m.sp_global,
            gsp: m.gsp_global,
            checks: m.checks,
            budget_global: m.budget_global,
            budget_exceeded: m.budget_exceeded,
            stack_overflow: m.stack_overflow,
            dyn_method: m.dyn_method,
        }
    }
}

/// The decisions on the whole module that shape a body's encoding.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct EmitFacts {
    pub heap: bool,
    pub enter: bool,
    pub push: bool,
    pub checks: [bool; 3],
    pub flag: bool,
}

/// One body's walks before encoding.
pub(super) struct Summary {
    /// Dead-code elimination's (`Visit`'s lists, in its order).
    pub calls: Vec<FuncRef>,
    pub addrs: Vec<FuncRef>,
    pub indirect: Vec<(Vec<ValType>, Vec<ValType>)>,
    pub globals: Vec<u32>,
    pub data: Vec<u32>,
    pub tick: bool,
    pub targets: Vec<Label>,
    pub ids: Vec<u32>,
    /// Frame entries and root pushes (`frames::count`).
    pub frames: usize,
    pub pushes: usize,
    /// Check sites by kind, and whether one is followed by an unwinding check
    /// (`checks::count`).
    pub checks: [usize; 3],
    pub flag: bool,
    pub scan: Scan,
    /// It uses the goroutine frame pointer (`frames::resumable`).
    pub resumable: bool,
    /// Which size peepholes may apply (`Visit`'s).
    pub hints: crate::ir::shrink::Hints,
    /// The parameters it never writes (bits), its nil checks of them (their references
    /// apart from `calls`, `data` and `globals`), the parameters of those `checks` counts,
    /// and its direct calls' arguments with their pairs (`nonnil.rs`).
    pub unwritten: u64,
    pub sites: Vec<nonnil::Site>,
    pub counted: Vec<u32>,
    pub args: Vec<nonnil::CallArgs>,
    pub pairs: Vec<(u8, u8)>,
    /// The parameters it neither writes nor reads other than as a direct call's argument
    /// (`Live::dropped`).
    pub unused: u64,
}

impl Summary {
    fn of(m: &Module, f: &Func) -> Summary {
        let body = &f.body[..];
        let (unwritten, args, pairs, unused) = nonnil::scan(body, f.params.len());
        let mut v = Visit::new(m, unwritten);
        v.stmts(body);
        let (mut frames, mut pushes) = (0, 0);
        frames::count(body, &mut frames, &mut pushes);
        let (mut checks, mut flag, mut counted) = ([0; 3], false, Vec::new());
        checks::count(m, body, &mut checks, &mut flag, (unwritten, &mut counted));
        Summary {
            calls: v.calls,
            addrs: v.addrs,
            indirect: v.indirect,
            globals: v.globals,
            data: v.data,
            tick: v.tick,
            targets: v.targets,
            ids: v.ids,
            frames,
            pushes,
            checks,
            flag,
            scan: Scan::of(body, m.sp_global),
            resumable: frames::resumable(m, body),
            hints: v.hints,
            unwritten,
            sites: v.sites,
            counted,
            args,
            pairs,
            unused,
        }
    }
}

/// An immediate whose value this module decides.
pub(super) enum Sym {
    /// `call`'s function index.
    Func(FuncRef),
    Global(u32),
    Enter,
    Push,
    Check(Kind),
    /// `call_indirect`'s type index.
    Type(Box<(Vec<ValType>, Vec<ValType>)>),
    /// `i32.const`s: a data address, the heap base, an address folded from constants, a
    /// function's table slot, the shadow stack's end, a global root's slot, the stack's
    /// start after the global roots.
    Data(u32),
    HeapBase,
    Const(Box<Expr>),
    Table(FuncRef),
    StackLimit,
    Root(u32),
    StackInit,
}

/// A body as encoded once: `relocs` are the byte offsets of its symbolic immediates.
pub(super) struct Encoded {
    pub bytes: Vec<u8>,
    pub relocs: Vec<(u32, Sym)>,
    pub facts: EmitFacts,
    /// `moves_sp` of `Summary::scan.callees`, as they were.
    pub moves: Vec<bool>,
    /// The parameters whose nil checks it left out (`nonnil.rs`); its own parameters left
    /// out, and those of `Summary::scan.callees` (`Live::dropped`).
    pub nonnil: u64,
    pub dropped: u64,
    pub drops: Vec<u64>,
}

struct Entry {
    hash: u64,
    facts: ModFacts,
    params: crate::ir::Types,
    results: crate::ir::Types,
    locals: Vec<ValType>,
    body: Body,
    sum: Summary,
    code: Option<Encoded>,
    /// The body passed `verify.rs`' check when the module read these (`verify::reads`).
    verified: Option<Vec<ValType>>,
    used: u64,
}

const NONE: u32 = u32::MAX;

/// A function's entry found in the store, or the hash and walks of a new one.
enum Lookup {
    Found(u32),
    New(u64, Summary),
}

/// One compilation's entries, by function (made as dead-code elimination reaches them).
pub(super) struct Bodies<'a> {
    facts: ModFacts,
    store: &'a mut Store,
    /// Entries are looked up and kept (a memo was given).
    keep: bool,
    slot: Vec<u32>,
    /// Entries made by this compilation, by function: found by later ones once
    /// [`Bodies::finish`] gave them their bodies.
    made: Vec<u32>,
}

impl<'a> Bodies<'a> {
    pub(super) fn new(m: &Module, store: &'a mut Store, keep: bool) -> Bodies<'a> {
        store.stamp += 1;
        Bodies { facts: ModFacts::of(m), store, keep, slot: vec![NONE; m.funcs.len()], made: Vec::new() }
    }

    /// Function `i`'s walks, found or made.
    pub(super) fn sum(&mut self, m: &Module, i: usize) -> &Summary {
        if self.slot[i] == NONE {
            self.slot[i] = self.find_or_add(m, i);
        }
        let e = &mut self.store.entries[self.slot[i] as usize];
        e.used = self.store.stamp;
        &e.sum
    }

    /// The walks of a function [`Bodies::sum`] was asked for.
    pub(super) fn get(&self, i: usize) -> Option<&Summary> {
        self.slot.get(i).filter(|s| **s != NONE).map(|s| &self.store.entries[*s as usize].sum)
    }

    pub(super) fn encoded(&self, i: usize) -> Option<&Encoded> {
        self.store.entries[self.slot[i] as usize].code.as_ref()
    }

    pub(super) fn set_encoded(&mut self, i: usize, code: Encoded) {
        if self.keep {
            self.store.entries[self.slot[i] as usize].code = Some(code);
        }
    }

    pub(super) fn verified(&self, i: usize) -> Option<&[ValType]> {
        self.store.entries[self.slot[i] as usize].verified.as_deref()
    }

    /// Records a passed check.
    pub(super) fn set_verified(&mut self, i: usize, reads: Vec<ValType>) {
        self.store.entries[self.slot[i] as usize].verified = Some(reads);
    }

    pub(super) fn keep(&self) -> bool {
        self.keep
    }

    fn hash(&self, f: &Func) -> u64 {
        let mut h = FxHasher::default();
        self.facts.hash(&mut h);
        f.params.hash(&mut h);
        f.results.hash(&mut h);
        f.locals.hash(&mut h);
        f.body.hash(&mut h);
        h.finish()
    }

    fn find_or_add(&mut self, m: &Module, i: usize) -> u32 {
        let found = self.lookup(m, i);
        self.add(i, found)
    }

    /// Makes the walks of every function ahead of dead-code elimination on `threads` workers
    /// (`par.rs`); on one thread they are made as it reaches functions, dead ones never.
    pub(super) fn prefetch(&mut self, m: &Module, threads: usize) {
        if threads <= 1 {
            return;
        }
        let this = &*self;
        let found = crate::par::map(m.funcs.len(), threads, || (), |_, i| (this.slot[i] == NONE).then(|| this.lookup(m, i)));
        for (i, f) in found.into_iter().enumerate() {
            if let Some(f) = f {
                self.slot[i] = self.add(i, f);
            }
        }
    }

    /// Function `i`'s entry in the store, or its hash and walks for a new one. Entries made by
    /// this compilation have no bodies yet, so this reads only earlier compilations' entries.
    fn lookup(&self, m: &Module, i: usize) -> Lookup {
        let f = &m.funcs[i];
        let mut hash = 0;
        if self.keep {
            let same = |e: u32| {
                let e = &self.store.entries[e as usize];
                e.facts == self.facts && e.params == f.params && e.results == f.results && e.locals == f.locals
            };
            if let Some(e) = self.store.by_body.get(&f.body.addr()).into_iter().flatten().copied().find(|&e| same(e)) {
                return Lookup::Found(e);
            }
            hash = self.hash(f);
            let found = self.store.by_hash.get(&hash).into_iter().flatten().copied().find(|&e| same(e) && self.store.entries[e as usize].body == f.body);
            if let Some(e) = found {
                return Lookup::Found(e);
            }
        }
        Lookup::New(hash, Summary::of(m, f))
    }

    fn add(&mut self, i: usize, found: Lookup) -> u32 {
        let (hash, sum) = match found {
            Lookup::Found(e) => return e,
            Lookup::New(hash, sum) => (hash, sum),
        };
        if self.keep {
            self.made.push(i as u32);
        }
        let n = self.store.entries.len() as u32;
        let entry = Entry { hash, facts: self.facts, params: Default::default(), results: Default::default(), locals: Vec::new(), body: Body::default(), sum, code: None, verified: None, used: self.store.stamp };
        self.store.entries.push(entry);
        n
    }

    /// Gives the entries this compilation made their functions (the module is done with
    /// them), so later compilations find them; then drops the entries unused lately once
    /// they outnumber the used ones.
    pub(super) fn finish(self, m: &mut Module) {
        let store = self.store;
        for &i in &self.made {
            let e = self.slot[i as usize];
            let (entry, f) = (&mut store.entries[e as usize], &mut m.funcs[i as usize]);
            entry.params = std::mem::take(&mut f.params);
            entry.results = std::mem::take(&mut f.results);
            entry.locals = std::mem::take(&mut f.locals);
            entry.body = std::mem::take(&mut f.body);
            store.by_hash.entry(entry.hash).or_default().push(e);
            store.by_body.entry(entry.body.addr()).or_default().push(e);
        }
        if !self.keep {
            return;
        }
        let recent = store.entries.iter().filter(|e| e.used + KEEP_STAMPS > store.stamp).count();
        if store.entries.len() <= 2 * recent + 1024 {
            return;
        }
        store.entries.retain(|e| e.used + KEEP_STAMPS > store.stamp);
        store.by_hash.clear();
        store.by_body.clear();
        for (n, e) in store.entries.iter().enumerate() {
            store.by_hash.entry(e.hash).or_default().push(n as u32);
            store.by_body.entry(e.body.addr()).or_default().push(n as u32);
        }
    }
}
