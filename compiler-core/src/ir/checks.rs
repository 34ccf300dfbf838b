//! Redundant guards removed. A guard is an `if` whose arm only leaves (a bounds or nil
//! check's trap, a loop's exit); past it, its condition is known false. A later guard whose
//! condition is known false can never fire and goes: `data[j], data[j-1] = data[j-1],
//! data[j]` after `data[j] < data[j-1]` checks each index once, and a pointer is checked for
//! nil once until it changes.
//!
//! Conditions are compared over locals: a local written with a pure value (a copy, `j - 1`,
//! a zero-extended length) stands for that value, so the lowering's temporaries compare
//! equal to what they copy. A write to a local forgets what mentioned it; a nested body
//! keeps the facts from before it whose locals it does not write, and what it learns stays
//! inside it. Facts also come from a guard whose condition is a short-circuit `&&`: past a
//! loop's `for j > a && less(data[j], data[j-1])` exit, both operands held, and the checks
//! inside the second ran. A nil check, `eqz p`, is known to pass where p is known non-zero,
//! and a sign test of a value that cannot be negative (a bit count subtracted from the
//! width, as `bits.Len` gives a shift count) is known too. A local written with a value
//! another local holds reads that local instead of computing it again.
//!
//! Loops that count an index give range facts at their start (`counter`): counting down
//! from an index known in range to `j >= k` keeps it in range (`for j := i - 1; j >= 1; j--`
//! after `data[i-1]`), counting up by one from a known least value keeps that bound (`for j
//! := 1; j < n; j++`); with `j >= k` known, `data[j-m]` for m <= k is in range where
//! `data[j]` is, so a shift's `data[j], data[j-1]` checks once.

//!
//! Canonical values are hash-consed into a table per function (`Values`), so a value is an
//! index, equal values are equal indices, and copying the facts into a nested body copies two
//! short vectors of indices.

use std::hash::{Hash, Hasher};

use super::simplify::invert;
use super::{BinOp, Conv, Expr as E, Local, Stmt as S, UnOp, ValType};
use crate::fx::FxHasher;

/// Canonical values larger than this are not tracked (they would only grow along chains).
const MAX_NODES: usize = 24;

/// Values and facts kept at once, the oldest forgotten first: keeps the pass linear in
/// functions of many statements.
const MAX_KEPT: usize = 64;

/// Removes redundant guards, function by function; its tables are kept from one function
/// to the next so that each does not grow them anew.
#[derive(Default)]
pub struct Guards(Cx);

impl Guards {
    /// Removes the guards of `body` that can never fire; whether it removed any. `seqs`:
    /// the body may have statement-expressions (most have none: their walks then skip
    /// every expression).
    pub fn dedupe(&mut self, body: &mut Vec<S>, seqs: bool) -> bool {
        let cx = &mut self.0;
        cx.vals.clear();
        cx.changed = false;
        cx.seqs = seqs;
        list(body, &mut State::default(), cx);
        cx.changed
    }
}

/// A canonical value: an index in `Values`.
type Val = u32;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Node {
    I32(i32),
    I64(i64),
    Local(Local),
    Un(UnOp, ValType, Val),
    Bin(BinOp, ValType, Val, Val),
    Conv(Conv, Val),
}

/// The canonical values met in one function, each once.
#[derive(Default)]
struct Values {
    /// A node, its size as a tree, and the locals it mentions as bits `1 << (l % 64)`.
    nodes: Vec<(Node, usize, u64)>,
    /// The nodes other than locals, found by hash: open addressing with linear probing, at
    /// most half full. A slot holds (generation, value) and counts only in the current
    /// generation, so that emptying the table for the next function is one increment.
    slots: Vec<(u32, Val)>,
    gen: u32,
    /// Values in the current generation's slots.
    filled: usize,
    /// The value of each local met so far (`NONE` when not yet), indexed by local: reads
    /// are most of the nodes and need no hashing.
    local_vals: Vec<Val>,
}

/// No value yet, in [`Values::local_vals`].
const NONE: Val = Val::MAX;

/// A node's hash, its high bits well mixed (they pick the slot).
fn hash(n: Node) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let (a, b) = match n {
        Node::I32(c) => (1, u64::from(c as u32)),
        Node::I64(c) => (2, c as u64),
        Node::Local(l) => (3, u64::from(l)),
        Node::Un(op, t, x) => (4 | (op as u64) << 8 | (t as u64) << 16, u64::from(x)),
        Node::Bin(op, t, x, y) => (5 | (op as u64) << 8 | (t as u64) << 16 | u64::from(x) << 32, u64::from(y)),
        Node::Conv(c, x) => {
            let mut h = FxHasher::default();
            c.hash(&mut h);
            (6 ^ h.finish() << 8, u64::from(x))
        }
    };
    (a.wrapping_mul(K) ^ b).wrapping_mul(K)
}

impl Values {
    fn clear(&mut self) {
        self.nodes.clear();
        self.gen = self.gen.wrapping_add(1);
        if self.gen == 0 {
            self.slots.fill((0, 0));
            self.gen = 1;
        }
        self.filled = 0;
        self.local_vals.clear();
    }

    /// The value of node `n` (not a local), `next` when it is new.
    fn find_or_add(&mut self, n: Node, next: Val) -> Val {
        if 2 * (self.filled + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = (hash(n) >> (64 - self.slots.len().trailing_zeros())) as usize;
        loop {
            let (g, v) = self.slots[i];
            if g != self.gen {
                self.slots[i] = (self.gen, next);
                self.filled += 1;
                return next;
            }
            if self.nodes[v as usize].0 == n {
                return v;
            }
            i = (i + 1) & mask;
        }
    }

    /// Doubles the slots and enters the current nodes again.
    fn grow(&mut self) {
        let len = (2 * self.slots.len()).max(64);
        self.slots.clear();
        self.slots.resize(len, (0, 0));
        self.gen = self.gen.max(1);
        self.filled = 0;
        for v in 0..self.nodes.len() {
            let n = self.nodes[v].0;
            if !matches!(n, Node::Local(_)) {
                self.find_or_add(n, v as Val);
            }
        }
    }

    fn intern(&mut self, n: Node) -> Val {
        let next = self.nodes.len() as Val;
        let v = match n {
            Node::Local(l) => {
                let l = l as usize;
                if l >= self.local_vals.len() {
                    self.local_vals.resize(l + 1, NONE);
                }
                let v = &mut self.local_vals[l];
                if *v == NONE {
                    *v = next;
                }
                *v
            }
            n => self.find_or_add(n, next),
        };
        if v == next {
            let (size, locals) = match n {
                Node::I32(_) | Node::I64(_) => (1, 0),
                Node::Local(l) => (1, 1 << (l % 64)),
                Node::Un(_, _, x) | Node::Conv(_, x) => (1 + self.size(x), self.locals(x)),
                Node::Bin(_, _, x, y) => (1 + self.size(x) + self.size(y), self.locals(x) | self.locals(y)),
            };
            self.nodes.push((n, size, locals));
        }
        v
    }

    fn node(&self, v: Val) -> Node {
        self.nodes[v as usize].0
    }

    fn size(&self, v: Val) -> usize {
        self.nodes[v as usize].1
    }

    fn locals(&self, v: Val) -> u64 {
        self.nodes[v as usize].2
    }

    /// The value of `x < 0` or `x >= 0` (signed) where x cannot be negative: a shift count
    /// made of `bits.Len`'s `64 - clz(x)` needs no negative-shift panic.
    fn sign_test(&self, c: Val) -> Option<bool> {
        match self.node(c) {
            Node::Bin(op @ (BinOp::LtS | BinOp::GeS), _, x, z) if matches!(self.node(z), Node::I32(0) | Node::I64(0)) && self.nonneg(x) => Some(op == BinOp::GeS),
            _ => None,
        }
    }

    /// Whether `v` is known non-negative as a signed integer of its type.
    fn nonneg(&self, v: Val) -> bool {
        let counts = |x: Val| matches!(self.node(x), Node::Un(UnOp::Clz | UnOp::Ctz | UnOp::Popcnt, ..));
        match self.node(v) {
            Node::I32(c) => c >= 0,
            Node::I64(c) => c >= 0,
            Node::Un(UnOp::Clz | UnOp::Ctz | UnOp::Popcnt, ..) | Node::Conv(Conv::I64ExtendI32U, _) => true,
            // A bit count subtracted from at least the width.
            Node::Bin(BinOp::Sub, _, w, x) => counts(x) && matches!(self.node(w), Node::I32(32..) | Node::I64(64..)),
            Node::Bin(BinOp::And, _, x, y) => self.nonneg(x) || self.nonneg(y),
            _ => false,
        }
    }

    /// Whether `v` mentions a local of `ls` (sorted), whose bits are `bits`.
    fn mentions(&self, v: Val, ls: &[Local], bits: u64) -> bool {
        if self.locals(v) & bits == 0 {
            return false;
        }
        match self.node(v) {
            Node::I32(_) | Node::I64(_) => false,
            Node::Local(l) => ls.binary_search(&l).is_ok(),
            Node::Un(_, _, x) | Node::Conv(_, x) => self.mentions(x, ls, bits),
            Node::Bin(_, _, x, y) => self.mentions(x, ls, bits) || self.mentions(y, ls, bits),
        }
    }
}

#[derive(Default)]
struct Cx {
    vals: Values,
    changed: bool,
    /// The locals a body writes, gathered anew for each body.
    written: Vec<Local>,
    /// The function has statement-expressions (`Seq`): without them, expressions hold no
    /// guards and write no locals.
    seqs: bool,
    /// States of finished nested bodies, reused for the next so that copying one allocates
    /// nothing.
    spare: Vec<State>,
}

impl Cx {
    /// A copy of `st` for a nested body; give it back with [`Cx::give`].
    fn copy(&mut self, st: &State) -> State {
        let mut c = self.spare.pop().unwrap_or_default();
        c.defs.clone_from(&st.defs);
        c.facts.clone_from(&st.facts);
        c
    }

    fn give(&mut self, st: State) {
        self.spare.push(st);
    }

    fn has_seq(&self, e: &E) -> bool {
        self.seqs && has_seq(e)
    }
}

#[derive(Clone, Default)]
struct State {
    /// Locals holding a known value.
    defs: Vec<(Local, Val)>,
    /// Conditions and their known truth.
    facts: Vec<(Val, bool)>,
}

impl State {
    fn canon(&self, vals: &mut Values, e: &E) -> Option<Val> {
        let c = self.canon_rec(vals, e, &mut MAX_NODES.clone())?;
        (vals.size(c) <= MAX_NODES).then_some(c)
    }

    /// `budget`: the operators left to visit, so deep expressions stop early.
    fn canon_rec(&self, vals: &mut Values, e: &E, budget: &mut usize) -> Option<Val> {
        *budget = budget.checked_sub(1)?;
        let n = match e {
            E::I32(c) => Node::I32(*c),
            E::I64(c) => Node::I64(*c),
            E::Local(l) => match self.defs.iter().rev().find(|(d, _)| d == l) {
                Some(&(_, v)) => return Some(v),
                None => Node::Local(*l),
            },
            E::Un(op, t, x) => Node::Un(*op, *t, self.canon_rec(vals, x, budget)?),
            E::Bin(op, t, xy) => {
                let x = self.canon_rec(vals, &xy[0], budget)?;
                Node::Bin(*op, *t, x, self.canon_rec(vals, &xy[1], budget)?)
            }
            E::Conv(c, x) => Node::Conv(*c, self.canon_rec(vals, x, budget)?),
            _ => return None,
        };
        Some(vals.intern(n))
    }

    /// What `c` is known to evaluate to; `eqz x` is the negation of what x is known to be
    /// (a nil check after another learned `x != 0`).
    fn truth(&self, vals: &mut Values, c: &E) -> Option<bool> {
        if let E::Un(UnOp::Eqz, _, x) = c {
            return self.truth(vals, x).map(|t| !t);
        }
        let k = self.canon(vals, c)?;
        self.known(k).or_else(|| vals.sign_test(k)).or_else(|| self.below_after_sub(vals, k))
    }

    /// A lower bound of `v` (signed) where one is known: a constant, or `x + c` (c in
    /// [0, 2^30], i64) with x known below a zero-extended 32-bit value, so in [0, 2^32).
    fn least(&self, vals: &Values, v: Val) -> Option<i64> {
        match vals.node(v) {
            Node::I32(c) => Some(i64::from(c)),
            Node::I64(c) => Some(c),
            Node::Bin(BinOp::Add, ValType::I64, x, c) => {
                let Node::I64(c) = vals.node(c) else { return None };
                let small = |l: Val| matches!(vals.node(l), Node::Conv(Conv::I64ExtendI32U, _));
                let below = self.facts.iter().any(|&(f, truth)| !truth && matches!(vals.node(f), Node::Bin(BinOp::GeU, ValType::I64, y, l) if y == x && small(l)));
                ((0..=1 << 30).contains(&c) && below).then_some(c)
            }
            _ => None,
        }
    }

    /// `x - m >= bound` (unsigned) is false where `x < bound` (unsigned) and `x >= k` with
    /// k >= m >= 0 (signed) are known: then 0 <= x - m <= x. A countdown's `data[j-1]`.
    fn below_after_sub(&self, vals: &Values, c: Val) -> Option<bool> {
        let Node::Bin(BinOp::GeU, t, x, l) = vals.node(c) else { return None };
        let Node::Bin(BinOp::Sub, u, y, m) = vals.node(x) else { return None };
        let m = match vals.node(m) {
            Node::I32(m) if t == ValType::I32 => i64::from(m),
            Node::I64(m) if t == ValType::I64 => m,
            _ => return None,
        };
        if u != t || m < 0 {
            return None;
        }
        let least = |f: Val| match vals.node(f) {
            Node::Bin(BinOp::LtS, w, z, k) if w == t && z == y => match vals.node(k) {
                Node::I32(k) => i64::from(k) >= m,
                Node::I64(k) => k >= m,
                _ => false,
            },
            _ => false,
        };
        let below = self.facts.iter().any(|&(f, truth)| !truth && vals.node(f) == Node::Bin(BinOp::GeU, t, y, l));
        (below && self.facts.iter().any(|&(f, truth)| !truth && least(f))).then_some(false)
    }

    fn known(&self, k: Val) -> Option<bool> {
        self.facts.iter().find(|(c, _)| *c == k).map(|(_, t)| *t)
    }

    /// Forgets what mentions a local of `ls` (they are written).
    fn kill(&mut self, vals: &Values, ls: &mut [Local]) {
        if ls.is_empty() || (self.defs.is_empty() && self.facts.is_empty()) {
            return;
        }
        ls.sort_unstable();
        let bits = ls.iter().fold(0u64, |b, l| b | 1 << (l % 64));
        self.defs.retain(|(d, v)| ls.binary_search(d).is_err() && !vals.mentions(*v, ls, bits));
        self.facts.retain(|(c, _)| !vals.mentions(*c, ls, bits));
    }

    /// Forgets what mentions a local written in `ss`.
    fn kill_assigned(&mut self, cx: &mut Cx, ss: &[S]) {
        if self.defs.is_empty() && self.facts.is_empty() {
            return;
        }
        let ls = &mut cx.written;
        ls.clear();
        assigned(ss, cx.seqs, &mut |l| ls.push(l));
        self.kill(&cx.vals, ls);
    }

    /// Local `l` is written with a value of canonical value `v`.
    fn set(&mut self, vals: &Values, l: Local, v: Option<Val>) {
        self.kill(vals, &mut [l]);
        if let Some(v) = v.filter(|v| !vals.mentions(*v, &[l], 1 << (l % 64))) {
            if self.defs.len() == MAX_KEPT {
                self.defs.remove(0);
            }
            self.defs.push((l, v));
        }
    }

    /// Records that `c` evaluated to `truth` (nonzero for true).
    fn learn(&mut self, cx: &mut Cx, c: &E, truth: bool) {
        match (c, truth) {
            (E::Un(UnOp::Eqz, _, x), _) => return self.learn(cx, x, !truth),
            // `a && b` held: so did a, and b's statements ran.
            (E::If(_, a, b, z), true) if matches!(**z, E::I32(0)) => {
                self.learn(cx, a, true);
                if let E::Seq(ss, v) = &**b {
                    // A copy: what it learns counts, what it would remove does not.
                    let changed = cx.changed;
                    list(&mut ss.clone(), self, cx);
                    cx.changed = changed;
                    self.learn(cx, v, true);
                } else {
                    self.learn(cx, b, true);
                }
                return;
            }
            _ => {}
        }
        if let Some(k) = self.canon(&mut cx.vals, c) {
            if let Node::Bin(op, t, x, y) = cx.vals.node(k) {
                if let Some(inv) = invert(op) {
                    let i = cx.vals.intern(Node::Bin(inv, t, x, y));
                    self.facts.push((i, !truth));
                }
            }
            self.facts.push((k, truth));
            if self.facts.len() > MAX_KEPT {
                self.facts.drain(..self.facts.len() - MAX_KEPT);
            }
        }
    }
}

fn list(ss: &mut Vec<S>, st: &mut State, cx: &mut Cx) {
    let mut i = 0;
    while i < ss.len() {
        match &mut ss[i] {
            S::If(c, a, b) if b.is_empty() && leaves(a) => {
                if !cx.has_seq(c) && st.truth(&mut cx.vals, c) == Some(false) {
                    ss.remove(i);
                    cx.changed = true;
                    continue;
                }
                expr(c, st, cx);
                // What the arm learns is dropped: only guards nested in it could change.
                if a.iter().any(|s| nests(s, cx.seqs)) {
                    let mut sa = cx.copy(st);
                    list(a, &mut sa, cx);
                    cx.give(sa);
                }
                st.learn(cx, c, false);
            }
            S::Set(l, e) => {
                expr(e, st, cx);
                let v = st.canon(&mut cx.vals, e);
                // A value a local holds already is read from it: a swap's `data[i], data[j] =
                // data[j], data[i]` computes each index twice.
                if let Some(&(d, _)) = v.filter(|_| matches!(e, E::Bin(..) | E::Un(..) | E::Conv(..))).and_then(|v| st.defs.iter().rev().find(|(_, w)| *w == v)) {
                    *e = E::Local(d);
                    cx.changed = true;
                }
                st.set(&cx.vals, *l, v);
            }
            S::Loop(_, body) => {
                let mut facts = counter(body, st, cx);
                st.kill_assigned(cx, body);
                let mut sb = cx.copy(st);
                sb.facts.append(&mut facts);
                list(body, &mut sb, cx);
                cx.give(sb);
            }
            S::Block(_, body) => {
                let mut sb = cx.copy(st);
                list(body, &mut sb, cx);
                cx.give(sb);
                st.kill_assigned(cx, body);
            }
            S::If(c, a, b) => {
                expr(c, st, cx);
                for (arm, truth) in [(&mut *a, true), (&mut *b, false)] {
                    let mut sa = cx.copy(st);
                    sa.learn(cx, c, truth);
                    list(arm, &mut sa, cx);
                    cx.give(sa);
                }
                st.kill_assigned(cx, a);
                st.kill_assigned(cx, b);
            }
            s => {
                if cx.seqs {
                    s.each_expr_mut(|e| expr(e, st, cx));
                }
                match s {
                    S::SetMulti(ls, _) => st.kill(&cx.vals, &mut ls.clone()),
                    S::Frame { fp, .. } => st.kill(&cx.vals, &mut [*fp]),
                    _ => {}
                }
            }
        }
        i += 1;
    }
}

/// A loop counting a local j from its value on entry, v, with a guard at the start of its
/// body (after statements that write no local: line marks and budget ticks), and j written
/// once, in a statement of the body's own list after the guard: the facts that hold at the
/// loop's start.
/// - `for j := v; j >= k; j -= c` (guard `if j < k { leave }`, k >= c > 0), v known below
///   bounds (unsigned) that are non-negative and that the loop does not change: j is below
///   them too. It starts at v and only goes down, once an iteration and only after the
///   guard held (so it cannot wrap): 0 <= k - c <= j <= v < bound.
/// - `for j := v; j < x; j++` (guard `if j >= x { leave }`), v known at least k >= 1: so is
///   j. It only goes up, by one and only after `j < x` held, so it cannot wrap.
fn counter(body: &[S], st: &State, cx: &mut Cx) -> Vec<(Val, bool)> {
    let mut facts = Vec::new();
    let Some(guard) = body.iter().position(|s| !matches!(s, S::Line(_) | S::Tick)) else { return facts };
    let S::If(c @ E::Bin(op @ (BinOp::LtS | BinOp::GeS), t, jx), arm, els) = &body[guard] else { return facts };
    let (E::Local(j), t) = (&jx[0], *t) else { return facts };
    if !els.is_empty() || !leaves(arm) || cx.has_seq(c) || arm.iter().any(|s| nests(s, cx.seqs)) {
        return facts;
    }
    let step = body[guard + 1..].iter().find_map(|s| match s {
        S::Set(l, E::Bin(o @ (BinOp::Sub | BinOp::Add), u, xc)) if l == j && *u == t && xc[0] == E::Local(*j) => {
            int(&xc[1], t).and_then(|c| if *o == BinOp::Sub { c.checked_neg() } else { Some(c) })
        }
        _ => None,
    });
    let mut ls = Vec::new();
    assigned(body, cx.seqs, &mut |l| ls.push(l));
    let (Some(step), Some(v)) = (step.filter(|_| ls.iter().filter(|l| *l == j).count() == 1), st.canon(&mut cx.vals, &E::Local(*j))) else { return facts };
    let jv = cx.vals.intern(Node::Local(*j));
    let vals = &mut cx.vals;
    if *op == BinOp::LtS && step < 0 && int(&jx[1], t).zip(step.checked_neg()).is_some_and(|(k, c)| k >= c) {
        ls.sort_unstable();
        let bits = ls.iter().fold(0u64, |b, l| b | 1 << (l % 64));
        for &(f, truth) in &st.facts {
            if let Node::Bin(BinOp::GeU, u, x, l) = vals.node(f) {
                if !truth && u == t && x == v && vals.nonneg(l) && !vals.mentions(l, &ls, bits) {
                    facts.push((vals.intern(Node::Bin(BinOp::GeU, t, jv, l)), false));
                    facts.push((vals.intern(Node::Bin(BinOp::LtU, t, jv, l)), true));
                }
            }
        }
    } else if let Some(k) = st.least(vals, v).filter(|k| *op == BinOp::GeS && step == 1 && *k >= 1) {
        let Some(k) = (if t == ValType::I64 { Some(Node::I64(k)) } else { i32::try_from(k).ok().map(Node::I32) }) else { return facts };
        let k = vals.intern(k);
        facts.push((vals.intern(Node::Bin(BinOp::LtS, t, jv, k)), false));
        facts.push((vals.intern(Node::Bin(BinOp::GeS, t, jv, k)), true));
    }
    facts
}

/// The value of an integer constant of type `t`.
fn int(e: &E, t: ValType) -> Option<i64> {
    match (e, t) {
        (E::I32(c), ValType::I32) => Some(i64::from(*c)),
        (E::I64(c), ValType::I64) => Some(*c),
        _ => None,
    }
}

/// The statement lists inside an expression, in evaluation order.
fn expr(e: &mut E, st: &mut State, cx: &mut Cx) {
    if !cx.seqs {
        return;
    }
    match e {
        E::Seq(ss, v) => {
            list(ss, st, cx);
            expr(v, st, cx);
        }
        // Without statements inside, its arms neither write locals nor hold guards.
        E::If(..) if !has_seq(e) => {}
        E::If(_, c, a, b) => {
            expr(c, st, cx);
            for (arm, truth) in [(a, true), (b, false)] {
                let mut sa = cx.copy(st);
                sa.learn(cx, c, truth);
                expr(arm, &mut sa, cx);
                cx.give(sa);
                if !(st.defs.is_empty() && st.facts.is_empty()) {
                    let ls = &mut cx.written;
                    ls.clear();
                    assigned_expr(arm, &mut |l| ls.push(l));
                    st.kill(&cx.vals, ls);
                }
            }
        }
        e => e.each_child_mut(|x| expr(x, st, cx)),
    }
}

/// An arm that never falls through.
fn leaves(a: &[S]) -> bool {
    matches!(a.last(), Some(S::Br(_) | S::BrTable(..) | S::Return(_) | S::Unreachable))
}

/// A statement holding statements: an `if`, a block, a loop or a statement-expression
/// (only where the function has some: `seqs`).
fn nests(s: &S, seqs: bool) -> bool {
    matches!(s, S::If(..) | S::Block(..) | S::Loop(..)) || (seqs && s.exprs().any(has_seq))
}

fn has_seq(e: &E) -> bool {
    let mut found = matches!(e, E::Seq(..));
    e.each_child(|x| found = found || has_seq(x));
    found
}

/// Calls `f` on every local written in `ss`; `seqs`: it may have statement-expressions.
fn assigned(ss: &[S], seqs: bool, f: &mut dyn FnMut(Local)) {
    for s in ss {
        match s {
            S::Set(l, _) => f(*l),
            S::SetMulti(ls, _) => ls.iter().for_each(|l| f(*l)),
            S::Frame { fp, .. } => f(*fp),
            _ => {}
        }
        if seqs {
            s.each_expr(|e| assigned_expr(e, f));
        }
        s.bodies().for_each(|b| assigned(std::slice::from_ref(b), seqs, f));
    }
}

fn assigned_expr(e: &E, f: &mut dyn FnMut(Local)) {
    if let E::Seq(ss, _) = e {
        assigned(ss, true, f);
    }
    e.each_child(|x| assigned_expr(x, f));
}
