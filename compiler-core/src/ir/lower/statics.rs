//! Static objects for allocations that need no heap. Only objects without pointers
//! qualify (the collector does not scan static memory), of a constant size up to
//! [`MAX_STATIC`], allocated by a statement outside every loop (it runs at most once per
//! call):
//!
//! - in a command's `main.main`, which runs once (when only `_start` refers to it): the
//!   object lives at a fixed address whether or not it escapes, as a package variable
//!   would (`xs := []int{...}` in `main`);
//! - in any function whose activations never overlap (it cannot block, reach itself, call
//!   through a func value or reach a user import that could re-enter the module), when the
//!   object does not outlive the call: its address is only loaded from, stored to, compared,
//!   or passed to parameters that are used the same way (escape analysis over the IR). The
//!   object is zeroed at each allocation (`&swaps` in `slices`' pivot selection).
//!
//! A program whose only collectable objects are these needs no collector at all (the bump
//! allocator pass that follows).
//!
//! Each object is a data segment of zeros of its own; codegen places such segments after the
//! others and emits no bytes for them (wasm memory starts zeroed). In `main.main`, an object
//! that a copy of constant data fills right after its allocation holds that data instead.

use crate::fx::{FxNew, HashMap, HashSet};
use crate::ir::{BinOp, Conv, Expr as E, Func, FuncRef, Local, Module, Stmt as S, ValType};

use super::Lowerer;

/// The largest object made static: memory that stays reserved for the whole run.
const MAX_STATIC: i32 = 16 << 10;

impl Lowerer<'_> {
    /// Replaces each `mallocgc(size, noscan)` of `main.main` outside loops by the address of
    /// a fresh zeroed data segment, when only `_start` refers to `main.main`.
    pub(super) fn static_allocs(&mut self, blocking: &[bool]) {
        let Some(malloc) = self.runtime_func("mallocgc") else {
            return;
        };
        self.static_in_main(malloc);
        // A function that may block is left as it is. A standard function with candidates is
        // not kept after the passes (`frozen_std.rs`): their fate depends on the program.
        // (One that blocks now and not later is then seen with its candidates.) Most bodies
        // are shared with the caches and known to have no candidate: the others are read,
        // natively on several threads first (what the loop below rewrites never adds one).
        let read = |l: &Self, f: usize| {
            !l.m.funcs[f].name.starts_with("runtime.")
                && blocking.get(f) == Some(&false)
                && match (l.unchanged(f), malloc) {
                    (Some(c), FuncRef::Func(mi)) => c.callees.contains(&mi),
                    _ => true,
                }
        };
        let candidate = |body: &[S]| {
            let mut any = false;
            crate::ir::visit_exprs(body, &mut |e| any |= matches!(e, E::Call(g, a) if *g == malloc && matches!(a.as_slice(), [_, E::I32(1)])));
            any
        };
        #[cfg(not(target_arch = "wasm32"))]
        let with = {
            let funcs = &self.m.funcs;
            crate::par::flags(funcs.len(), self.m.threads, |f| read(self, f), |f| candidate(&funcs[f].body))
        };
        for f in 0..self.m.funcs.len() {
            #[cfg(not(target_arch = "wasm32"))]
            let known = with.as_ref().map(|with| with[f]);
            #[cfg(target_arch = "wasm32")]
            let known = None;
            if !known.unwrap_or_else(|| read(self, f) && candidate(&self.m.funcs[f].body)) {
                continue;
            }
            let mut body = std::mem::take(&mut self.m.funcs[f].body);
            let mut found = Vec::new();
            once_stmts(&mut body, malloc, &mut |size| {
                found.push(size);
                u32::MAX - (found.len() as u32 - 1)
            });
            if !found.is_empty() {
                self.std_inputs.unkept(f);
            }
            // Nothing to undo without candidates. (The call graph is walked only for
            // functions with candidates.)
            let reach = if found.is_empty() { None } else { self.never_overlaps(f) };
            let Some(reach) = reach else {
                if !found.is_empty() {
                    finish(&mut body, &vec![None; found.len()], &found, malloc);
                }
                self.m.funcs[f].body = body;
                continue;
            };
            // The analysis reads the bodies of what it reaches, with their unwinding checks.
            self.unwind_left(&reach);
            // Each candidate is a marker segment id counted down from u32::MAX: keep those
            // whose address stays in the call, give them real segments, undo the others.
            // All candidates of the function are analysed together, in one walk each.
            let starts = locals_of(&body, found.len());
            let stays = if starts.iter().any(Option::is_some) { Escape { m: &self.m, seen: HashSet::new(), memo: HashMap::new() }.stays_all(&body, &starts) } else { vec![false; found.len()] };
            let mut fate = Vec::new();
            for (size, stays) in found.iter().zip(stays) {
                fate.push(stays.then(|| {
                    self.m.data.push(vec![0; *size as usize]);
                    (self.m.data.len() - 1) as u32
                }));
            }
            finish(&mut body, &fate, &found, malloc);
            self.m.funcs[f].body = body;
        }
    }

    /// `main.main`'s allocations outside loops, when `_start` alone calls it.
    fn static_in_main(&mut self, malloc: FuncRef) {
        let Some(FuncRef::Func(main)) = self.main_func() else {
            return;
        };
        // (from `_start`, from elsewhere)
        let (mut start, mut other) = (false, false);
        // (Only what the searches for reached functions found referring to it may.)
        for i in self.callers(FuncRef::Func(main)) {
            let (i, f) = (i as usize, &self.m.funcs[i as usize]);
            if let Some(c) = self.unchanged(i) {
                other |= c.refs.contains(&main);
                continue;
            }
            crate::ir::visit_exprs(&f.body, &mut |e| {
                if let E::Call(FuncRef::Func(g), _) | E::FuncAddr(FuncRef::Func(g)) = e {
                    if *g == main {
                        *if &*f.name == "_start" { &mut start } else { &mut other } = true;
                    }
                }
            });
        }
        if !start || other || &*self.m.funcs[main as usize].name != "main.main" {
            return;
        }
        let mut body = std::mem::take(&mut self.m.funcs[main as usize].body);
        let mut segs = Vec::new();
        once_stmts(&mut body, malloc, &mut |size| {
            let seg = self.m.data.len() as u32 + segs.len() as u32;
            segs.push(vec![0u8; size as usize]);
            seg
        });
        if !segs.is_empty() {
            let first = self.m.data.len() as u32;
            // A segment that `main` copies from more than once stays (shared literals).
            let mut uses: HashMap<u32, u32> = HashMap::new();
            crate::ir::visit_exprs(&body, &mut |e| {
                if let E::Data(d) = e {
                    *uses.entry(*d).or_default() += 1;
                }
            });
            initialized(&mut body, &self.m.data, &self.m.relocs, first, &mut segs, &|t| uses.get(&t) == Some(&1));
        }
        self.m.data.extend(segs);
        self.m.funcs[main as usize].body = body;
    }

    /// Package main's `main` function.
    pub(super) fn main_func(&self) -> Option<FuncRef> {
        let id = self.info.packages.iter().find(|p| p.path == "main")?.scope.get("main")?;
        self.funcs.get(id).copied()
    }
}

/// An object of `segs` (the data segments from `first` on) that a copy of a whole
/// pointer-free segment read `once` fills right after its allocation holds that data from
/// the start, and the copy goes: `xs := []int{5, 2, 8}` in `main`.
fn initialized(ss: &mut Vec<S>, data: &[Vec<u8>], relocs: &[(u32, u32, crate::ir::Reloc)], first: u32, segs: &mut [Vec<u8>], once: &dyn Fn(u32) -> bool) {
    let mut i = 0;
    while i + 1 < ss.len() {
        if let (S::Set(l, E::Data(o)), S::MemCopy(c)) = (&ss[i], &ss[i + 1]) {
            if let [E::Local(d), E::Data(t), E::I32(n)] = &**c {
                let seg = o.checked_sub(first).and_then(|o| segs.get_mut(o as usize));
                if let (true, Some(seg), Some(src)) = (d == l, seg, data.get(*t as usize)) {
                    if seg.len() == *n as usize && src.len() == seg.len() && once(*t) && !relocs.iter().any(|r| r.0 == *t) {
                        seg.copy_from_slice(src);
                        ss.remove(i + 1);
                    }
                }
            }
        }
        if let S::If(_, a, b) = &mut ss[i] {
            initialized(a, data, relocs, first, segs, once);
            initialized(b, data, relocs, first, segs, once);
        } else if let S::Block(_, b) = &mut ss[i] {
            initialized(b, data, relocs, first, segs, once);
        }
        i += 1;
    }
}

/// Rewrites the allocations of statements that run at most once (not inside a loop).
fn once_stmts(ss: &mut [S], malloc: FuncRef, seg: &mut dyn FnMut(i32) -> u32) {
    for s in ss {
        if matches!(s, S::Loop(..)) {
            continue;
        }
        s.each_expr_mut(|e| once_expr(e, malloc, seg));
        s.each_body_mut(|b| once_stmts(b, malloc, seg));
    }
}

fn once_expr(e: &mut E, malloc: FuncRef, seg: &mut dyn FnMut(i32) -> u32) {
    if let E::Call(f, args) = e {
        if *f == malloc {
            if let [size, E::I32(1)] = args.as_slice() {
                if let Some(n) = const_size(size).filter(|n| (1..=MAX_STATIC).contains(n)) {
                    *e = E::Data(seg(n));
                    return;
                }
            }
        }
    }
    if let E::Seq(ss, _) = e {
        once_stmts(ss, malloc, seg);
    }
    e.each_child_mut(|x| once_expr(x, malloc, seg));
}

/// A size computed from constants (`n * size` for `n` elements).
fn const_size(e: &E) -> Option<i32> {
    match e {
        E::I32(n) => Some(*n),
        E::Bin(BinOp::Mul, ValType::I32, ab) => const_size(&ab[0])?.checked_mul(const_size(&ab[1])?),
        _ => None,
    }
}

impl Lowerer<'_> {
    /// Whether no two activations of function `f` can be live at once: it cannot reach itself,
    /// calls nothing through the table, and reaches no import but WASI's (a user import may
    /// call back into an export). If so, the functions it reaches.
    fn never_overlaps(&self, f: usize) -> Option<Vec<bool>> {
        let mut seen = vec![false; self.m.funcs.len()];
        let mut work = vec![f];
        while let Some(i) = work.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            if let Some(refs) = self.lazy_refs(i) {
                if refs.contains(&(f as u32)) {
                    return None;
                }
                work.extend(refs.iter().map(|&r| r as usize));
                continue;
            }
            let mut ok = true;
            crate::ir::visit_exprs(&self.m.funcs[i].body, &mut |e| match e {
                E::Call(FuncRef::Func(g), _) => {
                    ok &= *g as usize != f;
                    work.push(*g as usize);
                }
                E::Call(FuncRef::Import(g), _) => ok &= self.m.imports[*g as usize].module == "wasi_snapshot_preview1",
                E::CallIndirect { .. } | E::FuncAddr(_) => ok = false,
                _ => {}
            });
            if !ok {
                return None;
            }
        }
        Some(seen)
    }
}

/// For each of the `n` candidate allocations (markers counted down from u32::MAX), the
/// local `Set` to it, if that is how it is used (the last such `Set`; none when the marker
/// also appears elsewhere).
fn locals_of(body: &[S], n: usize) -> Vec<Option<Local>> {
    let candidate = |d: u32| Some((u32::MAX - d) as usize).filter(|&k| k < n);
    fn walk(ss: &[S], candidate: &dyn Fn(u32) -> Option<usize>, found: &mut [Option<Local>], other: &mut [bool]) {
        for s in ss {
            if let S::Set(l, E::Data(d)) = s {
                if let Some(k) = candidate(*d) {
                    found[k] = Some(*l);
                    continue;
                }
            }
            s.each_expr(|e| {
                crate::ir::visit_expr(e, &mut |x| {
                    if let Some(k) = match x {
                        E::Data(d) => candidate(*d),
                        _ => None,
                    } {
                        other[k] = true;
                    }
                })
            });
            s.bodies().for_each(|b| walk(std::slice::from_ref(b), candidate, found, other));
        }
    }
    let (mut found, mut other) = (vec![None; n], vec![false; n]);
    walk(body, &candidate, &mut found, &mut other);
    found.into_iter().zip(other).map(|(l, o)| l.filter(|_| !o)).collect()
}

/// Puts each candidate's fate in place: a static object zeroed where it was allocated, or
/// the allocation back.
fn finish(ss: &mut [S], fate: &[Option<u32>], sizes: &[i32], malloc: FuncRef) {
    fn ex(e: &mut E, fate: &[Option<u32>], sizes: &[i32], malloc: FuncRef) {
        if let E::Data(d) = e {
            let k = (u32::MAX - *d) as usize;
            if k < fate.len() {
                *e = match fate[k] {
                    Some(seg) => E::Seq(vec![S::mem_fill(E::Data(seg), E::I32(0), E::I32(sizes[k]))], Box::new(E::Data(seg))),
                    None => E::Call(malloc, vec![E::I32(sizes[k]), E::I32(1)]),
                };
            }
            return;
        }
        if let E::Seq(ss, _) = e {
            finish(ss, fate, sizes, malloc);
        }
        e.each_child_mut(|x| ex(x, fate, sizes, malloc));
    }
    for s in ss {
        s.each_expr_mut(|e| ex(e, fate, sizes, malloc));
        s.each_body_mut(|b| finish(b, fate, sizes, malloc));
    }
}

/// Escape analysis of one address over a function's IR.
struct Escape<'m> {
    m: &'m Module,
    /// Parameters assumed to stay while they are checked (recursion).
    seen: HashSet<(usize, Local)>,
    /// [`Escape::param_stays`] of a fresh analysis, by parameter (it does not depend on the
    /// address passed).
    memo: HashMap<(usize, Local), bool>,
}

/// A set of candidate allocations, as bits.
#[derive(Clone, Default)]
struct Cands(Vec<u64>);

impl Cands {
    fn insert(&mut self, k: usize) {
        if self.0.len() <= k / 64 {
            self.0.resize(k / 64 + 1, 0);
        }
        self.0[k / 64] |= 1 << (k % 64);
    }

    fn contains(&self, k: usize) -> bool {
        self.0.get(k / 64).is_some_and(|w| w & 1 << (k % 64) != 0)
    }

    /// Adds `o`'s members; whether any was new.
    fn union(&mut self, o: &Cands) -> bool {
        if self.0.len() < o.0.len() {
            self.0.resize(o.0.len(), 0);
        }
        let mut grew = false;
        for (w, x) in self.0.iter_mut().zip(&o.0) {
            grew |= *x & !*w != 0;
            *w |= x;
        }
        grew
    }
}

/// How an expression's value is used.
#[derive(Clone, Copy, PartialEq)]
enum Use {
    /// Kept or passed on somewhere unknown.
    Value,
    /// As the address of a load or store.
    Addr,
    /// Compared or tested, or dropped.
    Test,
}

impl Escape<'_> {
    /// Whether the address held in local `start` of `f` stays within the call.
    fn stays(&mut self, f: &Func, start: Local) -> bool {
        // Locals that may hold the address or one derived from it.
        let mut held = vec![start];
        loop {
            let before = held.len();
            sets(&f.body, &mut |l, e| {
                if !held.contains(&l) && carries(e, &held) {
                    held.push(l);
                }
            });
            if held.len() == before {
                break;
            }
        }
        self.list(&f.body, &held)
    }

    fn list(&mut self, ss: &[S], held: &[Local]) -> bool {
        ss.iter().all(|s| {
            let ok = match s {
                S::Set(_, e) => self.expr(e, Use::Test, held, true),
                S::Store(_, a, v) => self.expr(a, Use::Addr, held, false) && self.expr(v, Use::Value, held, false),
                S::MemCopy(dsn) | S::MemFill(dsn) => {
                    let [d, src, n] = &**dsn;
                    self.expr(d, Use::Addr, held, false) && self.expr(src, if matches!(s, S::MemCopy(..)) { Use::Addr } else { Use::Value }, held, false) && self.expr(n, Use::Value, held, false)
                }
                S::Drop(e, _) | S::If(e, ..) | S::BrTable(_, _, e) => self.expr(e, Use::Test, held, false),
                S::Root { .. } | S::Frame { .. } | S::FrameReset { .. } | S::FramePop(_) => true,
                s => s.exprs().all(|e| self.expr(e, Use::Value, held, false)),
            };
            ok && s.bodies().all(|b| self.list(std::slice::from_ref(b), held))
        })
    }

    /// `copy`: the value goes into a local (already among `held` if it carries the address).
    fn expr(&mut self, e: &E, u: Use, held: &[Local], copy: bool) -> bool {
        match e {
            E::Local(l) if held.contains(l) => copy || u != Use::Value,
            E::Load(_, a) => self.expr(a, Use::Addr, held, false),
            E::Bin(BinOp::Add | BinOp::Sub, _, xy) => self.expr(&xy[0], u, held, copy) && self.expr(&xy[1], u, held, copy),
            E::Bin(..) | E::Un(..) => e.children().all(|x| self.expr(x, Use::Test, held, false)),
            E::Conv(Conv::I64ExtendI32U | Conv::I32WrapI64, x) => self.expr(x, u, held, copy),
            E::Call(FuncRef::Func(g), args) => args.iter().enumerate().all(|(i, a)| match a {
                E::Local(l) if held.contains(l) => self.param_stays(*g as usize, i as Local),
                a => self.expr(a, Use::Value, held, false),
            }),
            E::If(_, c, a, b) => self.expr(c, Use::Test, held, false) && self.expr(a, u, held, copy) && self.expr(b, u, held, copy),
            E::Select(a, b, c) => self.expr(a, u, held, copy) && self.expr(b, u, held, copy) && self.expr(c, Use::Test, held, false),
            E::Seq(ss, v) => self.list(ss, held) && self.expr(v, u, held, copy),
            e => e.children().all(|x| self.expr(x, Use::Value, held, false)),
        }
    }

    /// [`Escape::stays`] for many addresses at once: for each candidate `k` whose address
    /// local `starts[k]` holds, whether it stays in the call. Each local carries the set of
    /// candidates whose address it may hold, so the body is walked once per round of the
    /// fixpoint instead of once per candidate. A use that lets an address escape fails
    /// every candidate its local carries; the rest are [`Escape::stays`]' conditions.
    fn stays_all(&mut self, body: &[S], starts: &[Option<Local>]) -> Vec<bool> {
        let mut held: HashMap<Local, Cands> = HashMap::new();
        for (k, l) in starts.iter().enumerate() {
            if let Some(l) = l {
                held.entry(*l).or_default().insert(k);
            }
        }
        loop {
            let mut grew = false;
            sets(body, &mut |l, e| {
                let mut c = Cands::default();
                carried(e, &held, &mut c);
                if !c.0.is_empty() {
                    grew |= held.entry(l).or_default().union(&c);
                }
            });
            if !grew {
                break;
            }
        }
        let mut escapes = Cands::default();
        self.list_all(body, &held, &mut escapes);
        starts.iter().enumerate().map(|(k, l)| l.is_some() && !escapes.contains(k)).collect()
    }

    /// [`Escape::list`] for [`Escape::stays_all`]: adds to `esc` the candidates that escape.
    fn list_all(&mut self, ss: &[S], held: &HashMap<Local, Cands>, esc: &mut Cands) {
        for s in ss {
            match s {
                S::Set(_, e) => self.expr_all(e, Use::Test, held, true, esc),
                S::Store(_, a, v) => {
                    self.expr_all(a, Use::Addr, held, false, esc);
                    self.expr_all(v, Use::Value, held, false, esc);
                }
                S::MemCopy(dsn) | S::MemFill(dsn) => {
                    let [d, src, n] = &**dsn;
                    self.expr_all(d, Use::Addr, held, false, esc);
                    self.expr_all(src, if matches!(s, S::MemCopy(..)) { Use::Addr } else { Use::Value }, held, false, esc);
                    self.expr_all(n, Use::Value, held, false, esc);
                }
                S::Drop(e, _) | S::If(e, ..) | S::BrTable(_, _, e) => self.expr_all(e, Use::Test, held, false, esc),
                S::Root { .. } | S::Frame { .. } | S::FrameReset { .. } | S::FramePop(_) => {}
                s => s.exprs().for_each(|e| self.expr_all(e, Use::Value, held, false, esc)),
            }
            s.bodies().for_each(|b| self.list_all(std::slice::from_ref(b), held, esc));
        }
    }

    /// [`Escape::expr`] for [`Escape::stays_all`].
    fn expr_all(&mut self, e: &E, u: Use, held: &HashMap<Local, Cands>, copy: bool, esc: &mut Cands) {
        match e {
            E::Local(l) => {
                if let Some(c) = held.get(l).filter(|_| !copy && u == Use::Value) {
                    esc.union(c);
                }
            }
            E::Load(_, a) => self.expr_all(a, Use::Addr, held, false, esc),
            E::Bin(BinOp::Add | BinOp::Sub, _, xy) => {
                self.expr_all(&xy[0], u, held, copy, esc);
                self.expr_all(&xy[1], u, held, copy, esc);
            }
            E::Bin(..) | E::Un(..) => e.each_child(|x| self.expr_all(x, Use::Test, held, false, esc)),
            E::Conv(Conv::I64ExtendI32U | Conv::I32WrapI64, x) => self.expr_all(x, u, held, copy, esc),
            E::Call(FuncRef::Func(g), args) => {
                for (i, a) in args.iter().enumerate() {
                    match a {
                        E::Local(l) => {
                            if let Some(c) = held.get(l) {
                                if !self.param_stays_fresh(*g as usize, i as Local) {
                                    esc.union(c);
                                }
                            }
                        }
                        a => self.expr_all(a, Use::Value, held, false, esc),
                    }
                }
            }
            E::If(_, c, a, b) => {
                self.expr_all(c, Use::Test, held, false, esc);
                self.expr_all(a, u, held, copy, esc);
                self.expr_all(b, u, held, copy, esc);
            }
            E::Select(a, b, c) => {
                self.expr_all(a, u, held, copy, esc);
                self.expr_all(b, u, held, copy, esc);
                self.expr_all(c, Use::Test, held, false, esc);
            }
            E::Seq(ss, v) => {
                self.list_all(ss, held, esc);
                self.expr_all(v, u, held, copy, esc);
            }
            e => e.each_child(|x| self.expr_all(x, Use::Value, held, false, esc)),
        }
    }

    /// [`Escape::param_stays`] as a fresh analysis finds it. Within one analysis, what
    /// `seen` assumes while checking is what the check concludes when it succeeds, and any
    /// failure fails the whole analysis: so the answer does not depend on what was asked
    /// before, and is kept.
    fn param_stays_fresh(&mut self, g: usize, p: Local) -> bool {
        if let Some(&r) = self.memo.get(&(g, p)) {
            return r;
        }
        let r = Escape { m: self.m, seen: HashSet::new(), memo: HashMap::new() }.param_stays(g, p);
        self.memo.insert((g, p), r);
        r
    }

    fn param_stays(&mut self, g: usize, p: Local) -> bool {
        let m = self.m;
        let Some(f) = m.funcs.get(g) else {
            return false;
        };
        if f.name.starts_with("runtime.") || f.body.is_empty() || p as usize >= f.params.len() {
            return false;
        }
        if !self.seen.insert((g, p)) {
            return true;
        }
        let assigned = {
            let mut a = false;
            sets(&f.body, &mut |l, _| a |= l == p);
            a
        };
        !assigned && self.stays(f, p)
    }
}

/// Calls `f` on each `Set` of `ss`, nested ones included.
fn sets(ss: &[S], f: &mut dyn FnMut(Local, &E)) {
    for s in ss {
        if let S::Set(l, e) = s {
            f(*l, e);
        }
        s.each_expr(|e| {
            if let E::Seq(inner, _) = e {
                sets(inner, f);
            }
            e.children().for_each(|c| sets_expr(c, f));
        });
        s.bodies().for_each(|b| sets(std::slice::from_ref(b), f));
    }
}

fn sets_expr(e: &E, f: &mut dyn FnMut(Local, &E)) {
    if let E::Seq(inner, _) = e {
        sets(inner, f);
    }
    e.children().for_each(|c| sets_expr(c, f));
}

/// [`carries`] for [`Escape::stays_all`]: adds to `c` the candidates whose address `e`'s
/// value may be (derived from).
fn carried(e: &E, held: &HashMap<Local, Cands>, c: &mut Cands) {
    match e {
        E::Local(l) => {
            if let Some(h) = held.get(l) {
                c.union(h);
            }
        }
        E::Bin(BinOp::Add | BinOp::Sub, _, xy) => xy.iter().for_each(|x| carried(x, held, c)),
        E::Conv(Conv::I64ExtendI32U | Conv::I32WrapI64, x) => carried(x, held, c),
        E::If(_, _, a, b) | E::Select(a, b, _) => {
            carried(a, held, c);
            carried(b, held, c);
        }
        E::Seq(_, v) => carried(v, held, c),
        _ => {}
    }
}

/// Whether `e`'s value may be (derived from) an address held in `held`.
fn carries(e: &E, held: &[Local]) -> bool {
    match e {
        E::Local(l) => held.contains(l),
        E::Bin(BinOp::Add | BinOp::Sub, _, xy) => xy.iter().any(|x| carries(x, held)),
        E::Conv(Conv::I64ExtendI32U | Conv::I32WrapI64, x) => carries(x, held),
        E::If(_, _, a, b) | E::Select(a, b, _) => carries(a, held) || carries(b, held),
        E::Seq(_, v) => carries(v, held),
        _ => false,
    }
}
