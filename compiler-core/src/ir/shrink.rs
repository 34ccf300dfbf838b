//! Size peepholes over a function's final body, after simplification and inlining: each
//! makes the same code in fewer bytes and costs one walk of the body.
//!
//! Codegen applies them to the bodies it encodes anew, so a warm compilation pays for them
//! only in the functions that changed: its memo (`codegen/memo.rs`) keys on the body as the
//! passes left it and keeps the bytes encoded from the shrunk copy. A peephole runs only
//! where dead-code elimination's walk met its pattern (`Hints`); a body none fits is not
//! copied. The copies' windows stop at loops, blocks and `if`s larger than a bounds check.
//!
//! - **Copies forwarded.** `t = x` where `t` is written only there: the reads of `t` in the
//!   statements that follow in the same list, up to a write of `x`, read `x`; when that was
//!   every read, the copy goes (the lowering's temporaries of a tuple assignment's index
//!   operands, `data[i], data[j] = data[j], data[i]`).
//! - **Short-circuit exits split.** A loop's `for i <= j && less(data[i], p)` exit,
//!   `br_if (eqz (if a then b else 0))`, is two exits: `br_if (not a)`, b's statements, then
//!   `br_if (not b)`, without the `if`'s value block (about 6 bytes each); `||` likewise;
//!   and `if a && b { x }` is `if a { if b { x } }`.
//! - **Addresses reused.** An element address computed again in the same list while the
//!   locals it reads are unchanged (a swap loads and stores each element: `base + i*8` four
//!   times in two addresses) is kept in a local at its first use (`local.tee`) and read
//!   from there after; inside a loop too, when it reads only locals the function never
//!   writes.

use super::simplify::invert;
use super::{BinOp, Expr as E, Func, Local, Stmt as S, UnOp, ValType};

/// What a walk over a body (codegen's dead-code elimination) saw of the peepholes' patterns:
/// a necessary condition for each, so that a body none of them fits is neither walked again
/// nor copied.
#[derive(Clone, Copy, Default)]
pub struct Hints {
    /// A `t = x` between locals.
    copies: bool,
    /// An `if` without `else` whose condition is a short-circuit one or whose arm is a
    /// branch after source lines.
    exits: bool,
    /// Loads and stores whose address may be worth a local, up to 2 (a reuse needs two).
    addresses: u8,
}

impl Hints {
    /// Notes statement `s` (not its nested ones).
    pub fn stmt(&mut self, s: &S) {
        match s {
            S::Set(_, E::Local(_)) => self.copies = true,
            S::If(c, arm, els) if els.is_empty() => {
                self.exits |= matches!(c, E::If(ValType::I32, ..))
                    || matches!(c, E::Un(UnOp::Eqz, ValType::I32, x) if matches!(**x, E::If(ValType::I32, ..)))
                    || (arm.len() > 1 && matches!(arm.last(), Some(S::Br(_))) && arm[..arm.len() - 1].iter().all(|s| matches!(s, S::Line(_))));
            }
            S::Store(_, a, _) => self.address(a),
            _ => {}
        }
    }

    /// Notes a load from address `a`.
    pub fn load(&mut self, a: &E) {
        self.address(a);
    }

    fn address(&mut self, a: &E) {
        if self.addresses < 2 && candidate(core(a)) {
            self.addresses += 1;
        }
    }
}

/// `f` with the peepholes `hints` allow applied, as a copy (`None`: none applies). Codegen
/// encodes the copy in `f`'s place, while its memo keeps `f` as it came: the key that a later
/// compilation's body is compared with.
pub fn shrunk(f: &Func, hints: Hints) -> Option<Func> {
    if !hints.copies && !hints.exits && hints.addresses < 2 {
        return None;
    }
    let mut g = Func { name: f.name.clone(), file: f.file.clone(), params: f.params.clone(), results: f.results.clone(), locals: f.locals.clone(), body: f.body.clone() };
    if hints.copies {
        let mut counts = Counts::of(&g);
        copies(&mut g.body, &mut counts);
    }
    if hints.exits {
        exits(&mut g.body);
    }
    if hints.addresses >= 2 {
        addresses(&mut g);
    }
    Some(g)
}

// ---- copies ----

/// Writes and reads of each local.
struct Counts {
    defs: Vec<u32>,
    uses: Vec<u32>,
    params: usize,
}

impl Counts {
    fn of(f: &Func) -> Counts {
        let n = f.params.len() + f.locals.len();
        let mut c = Counts { defs: vec![0; n], uses: vec![0; n], params: f.params.len() };
        c.list(&f.body);
        c
    }

    fn list(&mut self, ss: &[S]) {
        for s in ss {
            match s {
                S::Set(l, _) => self.def(*l),
                S::SetMulti(ls, _) => ls.iter().for_each(|l| self.def(*l)),
                S::Frame { fp, .. } => self.def(*fp),
                S::FrameReset { fp, .. } | S::FramePop(fp) => self.read(*fp),
                S::Root { fp, value, .. } => {
                    self.read(*fp);
                    self.read(*value);
                }
                _ => {}
            }
            s.each_expr(|e| self.expr(e));
            match s {
                S::If(_, a, b) => {
                    self.list(a);
                    self.list(b);
                }
                S::Block(_, b) | S::Loop(_, b) => self.list(b),
                _ => {}
            }
        }
    }

    fn expr(&mut self, e: &E) {
        match e {
            E::Local(l) => self.read(*l),
            E::Seq(ss, _) => self.list(ss),
            _ => {}
        }
        e.each_child(|x| self.expr(x));
    }

    fn def(&mut self, l: Local) {
        if let Some(d) = self.defs.get_mut(l as usize) {
            *d += 1;
        }
    }

    fn read(&mut self, l: Local) {
        if let Some(u) = self.uses.get_mut(l as usize) {
            *u += 1;
        }
    }
}

fn copies(ss: &mut Vec<S>, c: &mut Counts) {
    let mut i = 0;
    while i < ss.len() {
        ss[i].each_body_mut(|b| copies(b, c));
        ss[i].each_expr_mut(|e| copies_in(e, c));
        if let S::Set(x, E::Local(t)) = ss[i] {
            if rename_def(ss, i, x, t, c) {
                ss.remove(i);
                continue;
            }
        }
        if let S::Set(t, E::Local(x)) = ss[i] {
            let (tu, xu) = (t as usize, x as usize);
            if t != x && tu >= c.params && c.defs.get(tu) == Some(&1) && c.uses.get(tu).is_some_and(|&u| u > 0) && xu < c.defs.len() {
                let mut left = c.uses[tu];
                for s in ss[i + 1..].iter_mut().take(COPY_WINDOW) {
                    if left == 0 {
                        break;
                    }
                    match s {
                        // Read before it writes x.
                        S::Set(d, e) if *d == x && !has_seq(e) => {
                            subst(e, t, x, &mut left);
                            break;
                        }
                        s if heavy(s) || writes_or_roots(s, x, t) => break,
                        s => subst_stmt(s, t, x, &mut left),
                    }
                }
                let replaced = c.uses[tu] - left;
                c.uses[tu] = left;
                c.uses[xu] += replaced;
                if left == 0 {
                    ss.remove(i);
                    c.uses[xu] -= 1;
                    continue;
                }
            }
        }
        i += 1;
    }
}

/// A loop, a block, or an `if` with more than a few statements: the copies' windows stop
/// there rather than walk it (a bounds check's `if` is searched).
fn heavy(s: &S) -> bool {
    match s {
        S::If(_, a, b) => a.len() + b.len() > 2 || a.iter().chain(b).any(|s| matches!(s, S::If(..) | S::Block(..) | S::Loop(..))),
        S::Block(..) | S::Loop(..) => true,
        _ => false,
    }
}

/// Statements searched after a copy for the reads it forwards.
const COPY_WINDOW: usize = 8;

/// Statements searched back from `x = t` for t's write.
const RENAME_WINDOW: usize = 8;

/// `t = e; ...; x = t` where `t` is a temporary read only there and the statements between
/// neither read nor write `x`: `x = e; ...` (a tuple assignment's `i, j = a+1, b-1` writes
/// both values to temporaries first). Whether it renamed the write.
fn rename_def(ss: &mut [S], i: usize, x: Local, t: Local, c: &mut Counts) -> bool {
    let tu = t as usize;
    if t == x || tu < c.params || c.defs.get(tu) != Some(&1) || c.uses.get(tu) != Some(&1) {
        return false;
    }
    for k in (i.saturating_sub(RENAME_WINDOW)..i).rev() {
        let found = match &ss[k] {
            S::Set(d, _) => *d == t,
            S::SetMulti(ds, _) => ds.contains(&t) && !ds.contains(&x),
            _ => false,
        };
        if found {
            if ss[k + 1..i].iter().any(|s| heavy(s) || touches(s, x)) {
                return false;
            }
            match &mut ss[k] {
                S::Set(d, _) => *d = x,
                S::SetMulti(ds, _) => ds.iter_mut().filter(|d| **d == t).for_each(|d| *d = x),
                _ => {}
            }
            c.uses[tu] = 0;
            c.defs[tu] = 0;
            return true;
        }
        if heavy(&ss[k]) || touches(&ss[k], t) {
            return false;
        }
    }
    false
}

/// Whether `s` reads or writes `l`, anywhere inside it.
fn touches(s: &S, l: Local) -> bool {
    fn ex(e: &E, l: Local) -> bool {
        let mut found = matches!(e, E::Local(x) if *x == l);
        e.each_child(|c| found = found || ex(c, l));
        found
    }
    let mut found = false;
    visit(std::slice::from_ref(s), &mut |s| {
        found = found
            || s.exprs().any(|e| ex(e, l))
            || match s {
                S::Set(d, _) => *d == l,
                S::SetMulti(ds, _) => ds.contains(&l),
                S::Frame { fp, .. } | S::FrameReset { fp, .. } | S::FramePop(fp) => *fp == l,
                S::Root { fp, value, .. } => *fp == l || *value == l,
                _ => false,
            };
    });
    found
}

fn copies_in(e: &mut E, c: &mut Counts) {
    if let E::Seq(ss, _) = e {
        copies(ss, c);
    }
    e.each_child_mut(|x| copies_in(x, c));
}

/// Replaces reads of `t` by `x`, counting them off `left`.
fn subst(e: &mut E, t: Local, x: Local, left: &mut u32) {
    match e {
        E::Local(l) if *l == t => {
            *l = x;
            *left -= 1;
        }
        E::Seq(ss, v) => {
            ss.iter_mut().for_each(|s| subst_stmt(s, t, x, left));
            subst(v, t, x, left);
        }
        e => e.each_child_mut(|c| subst(c, t, x, left)),
    }
}

fn subst_stmt(s: &mut S, t: Local, x: Local, left: &mut u32) {
    s.each_expr_mut(|e| subst(e, t, x, left));
    s.each_body_mut(|b| b.iter_mut().for_each(|s| subst_stmt(s, t, x, left)));
}

/// Whether `s` writes `x`, or reads `t` other than in an expression (a root slot's mirror, a
/// frame pointer), anywhere inside it.
fn writes_or_roots(s: &S, x: Local, t: Local) -> bool {
    let mut found = false;
    visit(std::slice::from_ref(s), &mut |s| {
        found |= match s {
            S::Set(l, _) => *l == x,
            S::SetMulti(ls, _) => ls.contains(&x),
            S::Frame { fp, .. } => *fp == x,
            S::FrameReset { fp, .. } | S::FramePop(fp) => *fp == t,
            S::Root { fp, value, .. } => *fp == t || *value == t,
            _ => false,
        }
    });
    found
}

/// Calls `f` on every statement of `ss`, nested ones and those of statement-expressions included.
fn visit(ss: &[S], f: &mut dyn FnMut(&S)) {
    fn ex(e: &E, f: &mut dyn FnMut(&S)) {
        if let E::Seq(ss, _) = e {
            visit(ss, f);
        }
        e.each_child(|c| ex(c, f));
    }
    for s in ss {
        f(s);
        s.each_expr(|e| ex(e, f));
        s.bodies().for_each(|b| visit(std::slice::from_ref(b), f));
    }
}

// ---- short-circuit exits ----

fn exits(ss: &mut Vec<S>) {
    let mut i = 0;
    while i < ss.len() {
        if let S::If(_, arm, els) = &mut ss[i] {
            // Source lines served the resumable transform: an exit is a `br_if` without them.
            if els.is_empty() && arm.len() > 1 && matches!(arm.last(), Some(S::Br(_))) && arm[..arm.len() - 1].iter().all(|s| matches!(s, S::Line(_))) {
                arm.drain(..arm.len() - 1);
            }
        }
        if let Some(split) = split_exit(&mut ss[i]) {
            ss.splice(i..=i, split);
            // The first exit may be a short-circuit one again.
            continue;
        }
        if nest_and(&mut ss[i]) {
            continue;
        }
        ss[i].each_body_mut(exits);
        ss[i].each_expr_mut(exits_in);
        i += 1;
    }
}

fn exits_in(e: &mut E) {
    if let E::Seq(ss, _) = e {
        exits(ss);
    }
    e.each_child_mut(exits_in);
}

/// `if !(a && b) { br l }` as `if !a { br l }; b's statements; if !b { br l }`, and
/// `if a || b { br l }` as `if a { br l }; ...; if b { br l }`.
fn split_exit(s: &mut S) -> Option<Vec<S>> {
    let S::If(c, arm, els) = s else { return None };
    let ([S::Br(l)], true) = (arm.as_slice(), els.is_empty()) else { return None };
    let l = *l;
    let and = matches!(c, E::Un(UnOp::Eqz, ValType::I32, x) if matches!(&**x, E::If(ValType::I32, _, _, z) if matches!(**z, E::I32(0))));
    let or = matches!(c, E::If(ValType::I32, _, o, _) if matches!(**o, E::I32(1)));
    let (negated, inner) = match c {
        E::Un(_, _, x) if and => (true, &mut **x),
        c if or => (false, c),
        _ => return None,
    };
    let E::If(_, a, o, b) = std::mem::replace(inner, E::I32(0)) else { unreachable!() };
    let second = if negated { o } else { b };
    let cond = |e: E| if negated { not(e) } else { e };
    let mut out = vec![S::If(cond(*a), vec![S::Br(l)], vec![])];
    let v = match *second {
        E::Seq(ss, v) => {
            out.extend(ss);
            *v
        }
        v => v,
    };
    out.push(S::If(cond(v), vec![S::Br(l)], vec![]));
    Some(out)
}

/// `if a && b { x }` as `if a { b's statements; if b { x } }`: no value block (3 bytes).
fn nest_and(s: &mut S) -> bool {
    let S::If(c, arm, els) = s else { return false };
    if !els.is_empty() || !matches!(c, E::If(ValType::I32, _, _, z) if matches!(**z, E::I32(0))) {
        return false;
    }
    let E::If(_, a, b, _) = std::mem::replace(c, E::I32(0)) else { return false };
    let x = std::mem::take(arm);
    let mut inner = Vec::new();
    let v = match *b {
        E::Seq(ss, v) => {
            inner.extend(ss);
            *v
        }
        v => v,
    };
    inner.push(S::If(v, x, vec![]));
    *s = S::If(*a, inner, vec![]);
    true
}

/// The condition `e == 0`.
fn not(e: E) -> E {
    match e {
        E::Bin(op, t @ (ValType::I32 | ValType::I64), xy) if invert(op).is_some() => E::Bin(invert(op).unwrap_or(op), t, xy),
        E::Un(UnOp::Eqz, ValType::I32, x) => *x,
        e => E::Un(UnOp::Eqz, ValType::I32, Box::new(e)),
    }
}

// ---- addresses ----

/// An address occurrence's part in the reuse.
#[derive(Clone, Copy, PartialEq)]
enum Reuse {
    No,
    /// Kept in a local for later occurrences.
    First,
    /// The same as occurrence n, read from its local.
    Again(usize),
}

/// The scan of a function's addresses, and then its rewrite.
struct Addrs {
    /// Addresses met: the address, its occurrence's number, the depth of the list it was met
    /// in (a nested list's are forgotten when it ends: a branch out of it may skip them) and
    /// the clock then (it holds while no local it reads was written since).
    seen: Vec<(E, usize, u32, u32)>,
    /// What each occurrence, numbered in evaluation order, becomes.
    reuse: Vec<Reuse>,
    /// Rewriting (else scanning): the next occurrence's number, and the locals of the first
    /// occurrences.
    rewrite: bool,
    n: usize,
    locals: Vec<Local>,
    /// The depth of the list being visited; lookups see only what was met at `floor` or
    /// deeper (a loop's body, what was met inside it: the body may write the rest).
    depth: u32,
    floor: u32,
    /// Counts writes; the clock at each local's last write.
    clock: u32,
    written: Vec<u32>,
    /// Locals the function never writes (its parameters but those it assigns).
    fixed: Vec<bool>,
}

/// Nodes an address must have to be worth a local: `base + i*8` has 5 (9 bytes); a tee and
/// a read cost 4, and the local's declaration may cost 2.
const MIN_NODES: usize = 5;

/// Addresses remembered at once, the oldest forgotten first (keeps long functions linear).
const MAX_SEEN: usize = 16;

fn addresses(f: &mut Func) {
    let fixed = Counts::of(f).defs.iter().map(|&d| d == 0).collect();
    let mut body = std::mem::take(&mut f.body);
    let n = f.params.len() + f.locals.len();
    let mut cx = Addrs { seen: Vec::new(), reuse: Vec::new(), rewrite: false, n: 0, locals: Vec::new(), depth: 0, floor: 0, clock: 1, written: vec![0; n], fixed };
    walk(&mut body, 0, &mut cx, f);
    if cx.reuse.contains(&Reuse::First) {
        cx.rewrite = true;
        cx.locals = vec![0; cx.reuse.len()];
        walk(&mut body, 0, &mut cx, f);
    }
    f.body = body;
}

/// Visits the addresses of `ss` (at nesting `depth`) in evaluation order: an occurrence is
/// reused only where its first one ran before it on every path.
fn walk(ss: &mut [S], depth: u32, cx: &mut Addrs, f: &mut Func) {
    for s in ss.iter_mut() {
        let plain = !s.exprs().any(has_seq);
        cx.depth = depth;
        if plain {
            each_operand_mut(s, |e, addr| visit_addr(e, addr, cx, f));
        } else {
            s.each_expr_mut(|e| nested_seqs(e, depth, cx, f));
        }
        if !cx.rewrite {
            match s {
                S::Set(l, _) | S::Frame { fp: l, .. } => cx.write(*l),
                S::SetMulti(ls, _) => ls.iter().for_each(|l| cx.write(*l)),
                _ => {}
            }
        }
        let floor = cx.floor;
        if matches!(s, S::Loop(..)) {
            cx.floor = depth + 1;
        }
        s.each_body_mut(|b| {
            walk(b, depth + 1, cx, f);
            cx.seen.retain(|(.., d, _)| *d <= depth);
        });
        cx.floor = floor;
        if !plain {
            cx.seen.clear();
        }
    }
}

impl Addrs {
    fn write(&mut self, l: Local) {
        self.clock += 1;
        if let Some(w) = self.written.get_mut(l as usize) {
            *w = self.clock;
        }
    }

    /// Whether `e` reads only locals the function never writes: met before a loop, it holds
    /// inside (`data[a]` where `a` is a parameter, in every iteration of a partition's scan).
    fn fixed_in(&self, e: &E) -> bool {
        match e {
            E::Local(l) => self.fixed.get(*l as usize).copied().unwrap_or(false),
            e => {
                let mut ok = true;
                e.each_child(|c| ok = ok && self.fixed_in(c));
                ok
            }
        }
    }

    /// Whether no local `e` reads was written after `stamp`.
    fn holds(&self, e: &E, stamp: u32) -> bool {
        match e {
            E::Local(l) => self.written.get(*l as usize).is_some_and(|&w| w < stamp),
            e => {
                let mut ok = true;
                e.each_child(|c| ok = ok && self.holds(c, stamp));
                ok
            }
        }
    }
}

/// The statement lists of the statement-expressions in `e`, each on its own.
fn nested_seqs(e: &mut E, depth: u32, cx: &mut Addrs, f: &mut Func) {
    if let E::Seq(ss, _) = e {
        walk(ss, depth + 1, cx, f);
        cx.seen.retain(|(.., d, _)| *d <= depth);
    }
    e.each_child_mut(|c| nested_seqs(c, depth, cx, f));
}

/// Calls `f` on each expression of `s` in evaluation order, telling whether it is a store's address.
fn each_operand_mut(s: &mut S, mut f: impl FnMut(&mut E, bool)) {
    match s {
        S::Store(_, a, v) => {
            f(a, true);
            f(v, false);
        }
        s => s.each_expr_mut(|e| f(e, false)),
    }
}


/// The address a load or store takes, without a constant offset (the memarg holds it).
fn core(a: &E) -> &E {
    match a {
        E::Bin(BinOp::Add, ValType::I32, xy) if matches!(xy[1], E::I32(c) if c >= 0) => &xy[0],
        a => a,
    }
}

/// [`core`], to rewrite.
fn core_mut(a: &mut E) -> &mut E {
    if matches!(a, E::Bin(BinOp::Add, ValType::I32, xy) if matches!(xy[1], E::I32(c) if c >= 0)) {
        if let E::Bin(_, _, xy) = a {
            return &mut xy[0];
        }
    }
    a
}

/// Whether `e` is computed from locals and constants only, with at least [`MIN_NODES`] nodes.
fn candidate(e: &E) -> bool {
    fn nodes(e: &E, n: &mut usize) -> bool {
        *n += 1;
        match e {
            E::I32(_) | E::I64(_) | E::Local(_) => true,
            E::Un(..) | E::Bin(..) | E::Conv(..) => {
                let mut ok = true;
                e.each_child(|c| ok = ok && nodes(c, n));
                ok
            }
            _ => false,
        }
    }
    let mut n = 0;
    nodes(e, &mut n) && n >= MIN_NODES
}

/// The addresses of the loads (and of a store, `addr`) in `e`, outside conditional arms:
/// scanning, notes those met before; rewriting, keeps the first of each such in a local and
/// reads it for the others.
fn visit_addr(e: &mut E, addr: bool, cx: &mut Addrs, f: &mut Func) {
    let load = matches!(e, E::Load(..));
    let a = match &mut *e {
        E::Load(_, a) => core_mut(a),
        x if addr => core_mut(x),
        x => x,
    };
    if (addr || load) && candidate(a) {
        if cx.rewrite {
            let k = cx.n;
            cx.n += 1;
            match cx.reuse[k] {
                Reuse::First => {
                    let l = f.new_local(ValType::I32);
                    cx.locals[k] = l;
                    let v = std::mem::replace(a, E::Local(l));
                    *a = E::Seq(vec![S::Set(l, v)], Box::new(E::Local(l)));
                }
                Reuse::Again(first) => *a = E::Local(cx.locals[first]),
                Reuse::No => {}
            }
            return;
        }
        let k = cx.reuse.len();
        let floor = cx.floor;
        match cx.seen.iter().rev().find(|(s, _, d, _)| (*d >= floor || cx.fixed_in(s)) && s == &*a) {
            Some((s, first, _, stamp)) if cx.holds(s, *stamp) => {
                let first = *first;
                cx.reuse[first] = Reuse::First;
                cx.reuse.push(Reuse::Again(first));
            }
            _ => {
                cx.reuse.push(Reuse::No);
                if cx.seen.len() == MAX_SEEN {
                    cx.seen.remove(0);
                }
                cx.seen.push((a.clone(), k, cx.depth, cx.clock + 1));
            }
        }
        return;
    }
    match e {
        E::If(_, c, ..) => visit_addr(c, false, cx, f),
        e => e.each_child_mut(|c| visit_addr(c, false, cx, f)),
    }
}

fn has_seq(e: &E) -> bool {
    let mut found = matches!(e, E::Seq(..));
    e.each_child(|x| found = found || has_seq(x));
    found
}


