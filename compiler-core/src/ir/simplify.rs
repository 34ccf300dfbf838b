//! Peephole simplification of lowered functions, for smaller modules: conversions that
//! cancel (`uintptr` round trips of pointers: `i32.wrap_i64 (i64.extend_i32_u x)`),
//! 64-bit comparisons of extended 32-bit values done in 32 bits, comparisons with zero as
//! `eqz`, negated comparisons inverted, constant conditions and operations folded (an
//! integer compared with itself too), guards that can never fire removed (`checks.rs`),
//! and single-use temporaries forwarded into the statement that reads them.

use super::{BinOp, Conv, Expr as E, Func, Local, Mem, Module, Stmt as S, UnOp, ValType};

/// Removes the GC root bookkeeping (shadow-stack frames and root slots) of a program without
/// collectable objects: codegen would emit nothing for it, but the resumable transform would
/// keep the frame pointers it reads alive in goroutine frames.
pub fn drop_roots(ss: &mut Vec<S>) {
    fn ex(e: &mut E) {
        if let E::Seq(ss, _) = e {
            drop_roots(ss);
        }
        e.each_child_mut(ex);
    }
    // In place: only lists that hold bookkeeping lose statements.
    let mut gone = false;
    for s in ss.iter_mut() {
        match s {
            S::Frame { .. } | S::FrameReset { .. } | S::FramePop(_) | S::Root { .. } | S::StackInit => {
                gone = true;
                continue;
            }
            S::PushRoot(e) | S::GlobalRoot { value: e, .. } if pure(e) => {
                gone = true;
                continue;
            }
            S::PushRoot(e) | S::GlobalRoot { value: e, .. } => {
                let e = std::mem::replace(e, E::I32(0));
                *s = S::Drop(e, 1);
            }
            _ => {}
        }
        s.each_expr_mut(ex);
        s.each_body_mut(drop_roots);
    }
    if gone {
        ss.retain(|s| match s {
            S::Frame { .. } | S::FrameReset { .. } | S::FramePop(_) | S::Root { .. } | S::StackInit => false,
            S::PushRoot(e) | S::GlobalRoot { value: e, .. } => !pure(e),
            _ => true,
        });
    }
}

/// Whether `ss` holds GC root bookkeeping anywhere, nested lists and statement-expressions
/// included: whether [`drop_roots`] would change it (it removes or rewrites every such
/// statement and nothing else).
pub fn has_roots(ss: &[S]) -> bool {
    fn st(s: &S) -> bool {
        matches!(s, S::Frame { .. } | S::FrameReset { .. } | S::FramePop(_) | S::Root { .. } | S::StackInit | S::PushRoot(_) | S::GlobalRoot { .. })
            || s.exprs().any(ex)
            || s.bodies().any(st)
    }
    fn ex(e: &E) -> bool {
        let mut found = matches!(e, E::Seq(ss, _) if has_roots(ss));
        e.each_child(|c| found = found || ex(c));
        found
    }
    ss.iter().any(st)
}

/// Removes the shadow-stack frame of a function left without calls (its callees were inlined
/// or folded away): nothing can collect while it runs and it cannot recurse into a stack
/// overflow. Without it the function may become a leaf its callers inline (`cmp.Less[int]`
/// once `isNaN(x)` folds to false). Returned pointers are still pushed for the caller.
fn drop_idle_frame(body: &mut Vec<S>) -> bool {
    if !body.iter().any(|s| matches!(s, S::Frame { .. })) {
        return false;
    }
    // (Stops at the first call: most functions with a frame call early.)
    fn calls(s: &S) -> bool {
        s.exprs().any(ex_calls) || s.bodies().any(calls)
    }
    fn ex_calls(e: &E) -> bool {
        matches!(e, E::Call(..) | E::CallIndirect { .. }) || matches!(e, E::Seq(ss, _) if ss.iter().any(calls)) || e.children().any(ex_calls)
    }
    if body.iter().any(calls) {
        return false;
    }
    fn ex(e: &mut E) {
        if let E::Seq(ss, _) = e {
            strip(ss);
        }
        e.each_child_mut(ex);
    }
    fn strip(ss: &mut Vec<S>) {
        ss.retain(|s| !matches!(s, S::Frame { .. } | S::FrameReset { .. } | S::FramePop(_) | S::Root { .. }));
        for s in ss.iter_mut() {
            s.each_expr_mut(ex);
            s.each_body_mut(strip);
        }
    }
    strip(body);
    true
}

/// Simplifies the functions marked in `which`; marks the functions it changed. Simplifying
/// is not idempotent (a forwarding may enable another), but a function it left as it was
/// stays so: a later simplification need only cover the functions changed since this one.
pub fn changed(m: &mut Module, which: &[bool]) -> Vec<bool> {
    let mut out = vec![false; m.funcs.len()];
    let threads = m.threads;
    // An empty body (a function never reached) has nothing to simplify.
    let mut work: Vec<(&mut Func, &mut bool)> = m.funcs.iter_mut().zip(&mut out).zip(which).filter(|((f, _), w)| **w && !f.body.is_empty()).map(|(fo, _)| fo).collect();
    let scratch = || (Counts::default(), super::checks::Guards::default());
    crate::par::each_mut(&mut work, threads, scratch, |(counts, guards), _, (f, o)| {
        let mut ch = drop_idle_frame(&mut f.body);
        let mut seqs = false;
        stmts(&mut f.body, &mut ch, &mut seqs);
        ch |= guards.dedupe(&mut f.body, seqs);
        **o = forward(f, counts) || ch;
    });
    out
}

/// `ch` is set when a statement or an expression changes, `seqs` when a statement-expression
/// is met.
fn stmts(ss: &mut Vec<S>, ch: &mut bool, seqs: &mut bool) {
    // In place: a list is rebuilt only when a statement goes or an `if` gives way to an arm.
    let mut reshape = false;
    for i in 0..ss.len() {
        let s = &mut ss[i];
        s.each_expr_mut(|e| expr(e, ch, seqs));
        match s {
            S::If(c, a, b) => {
                stmts(a, ch, seqs);
                stmts(b, ch, seqs);
                cond(c, ch);
                if matches!(c, E::I32(_)) {
                    reshape = true;
                    continue;
                }
            }
            S::Block(_, b) | S::Loop(_, b) => stmts(b, ch, seqs),
            S::Drop(e, 1) if unused_value(e) => {
                reshape = true;
                continue;
            }
            _ => {}
        }
        // What follows a jump in the same list never runs.
        if matches!(s, S::Return(_) | S::Br(_) | S::BrTable(..) | S::Unreachable) {
            *ch |= i + 1 < ss.len();
            ss.truncate(i + 1);
            break;
        }
    }
    if reshape {
        *ch = true;
        let old = std::mem::take(ss);
        ss.reserve(old.len());
        for s in old {
            match s {
                S::If(E::I32(v), a, b) => ss.extend(if v != 0 { a } else { b }),
                S::Drop(e, 1) if unused_value(&e) => {}
                s => ss.push(s),
            }
        }
    }
}

/// An expression whose value is only tested against zero.
fn cond(c: &mut E, ch: &mut bool) {
    loop {
        let next = match c {
            E::Bin(BinOp::Ne, ValType::I32, xy) if matches!(xy[1], E::I32(0)) => std::mem::replace(&mut xy[0], E::I32(0)),
            E::Un(UnOp::Eqz, ValType::I32, x) => match &mut **x {
                E::Un(UnOp::Eqz, ValType::I32, y) => std::mem::replace(&mut **y, E::I32(0)),
                _ => return,
            },
            _ => return,
        };
        *c = next;
        *ch = true;
    }
}

fn expr(e: &mut E, ch: &mut bool, seqs: &mut bool) {
    // Leaves, half of all nodes, have nothing to simplify.
    if pure(e) {
        return;
    }
    if let E::Seq(ss, _) = e {
        *seqs = true;
        stmts(ss, ch, seqs);
    }
    e.each_child_mut(|x| expr(x, ch, seqs));
    if let E::If(_, c, _, _) | E::Select(_, _, c) = e {
        cond(c, ch);
    }
    while let Some(x) = step(e) {
        *e = x;
        *ch = true;
    }
}

/// One rewrite of `e` itself (its operands are already simplified).
fn step(e: &E) -> Option<E> {
    use ValType::{I32, I64};
    Some(match e {
        E::Conv(Conv::I32WrapI64, x) => narrow(x)?,
        E::Un(UnOp::Eqz, I64, x) => match &**x {
            E::Conv(Conv::I64ExtendI32U | Conv::I64ExtendI32S, y) => E::Un(UnOp::Eqz, I32, y.clone()),
            E::I64(v) => E::I32((*v == 0) as i32),
            _ => return None,
        },
        E::Un(UnOp::Eqz, I32, x) => match &**x {
            E::I32(v) => E::I32((*v == 0) as i32),
            E::Bin(op, t @ (I32 | I64), ab) => E::Bin(invert(*op)?, *t, ab.clone()),
            _ => return None,
        },
        E::Bin(op, t @ (I32 | I64), ab) => {
            let [a, b] = &**ab;
            if let (Some(x), Some(y)) = (int(a), int(b)) {
                return fold(*op, *t, x, y);
            }
            // An integer compared with itself (`x != x`, generic code's NaN test).
            if matches!(a, E::Local(_)) && a == b && invert(*op).is_some() {
                return fold(*op, *t, 0, 0);
            }
            match (op, b) {
                (BinOp::Eq, E::I32(0) | E::I64(0)) => return Some(E::Un(UnOp::Eqz, *t, Box::new(a.clone()))),
                (BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::Xor | BinOp::Shl | BinOp::ShrS | BinOp::ShrU, E::I32(0) | E::I64(0)) => return Some(a.clone()),
                (BinOp::Mul | BinOp::DivS | BinOp::DivU, E::I32(1) | E::I64(1)) => return Some(a.clone()),
                _ => {}
            }
            // Wasm takes shift counts modulo the width: a mask to the width is implied.
            if let (BinOp::Shl | BinOp::ShrS | BinOp::ShrU, E::Bin(BinOp::And, _, ck)) = (op, b) {
                if int(&ck[1]) == Some(if *t == I32 { 31 } else { 63 }) {
                    return Some(E::bin(*op, *t, a.clone(), ck[0].clone()));
                }
            }
            if *t == I64 && invert(*op).is_some() {
                return cmp32(*op, a, b);
            }
            return None;
        }
        E::Select(a, b, c) if pure(a) && pure(b) => match **c {
            E::I32(v) => (**if v != 0 { a } else { b }).clone(),
            _ => return None,
        },
        E::If(_, c, a, b) => match **c {
            E::I32(v) => (**if v != 0 { a } else { b }).clone(),
            _ => return None,
        },
        _ => return None,
    })
}

/// `i32.wrap_i64 e` without the 64-bit operation, when that costs nothing.
fn narrow(e: &E) -> Option<E> {
    Some(match e {
        E::I64(v) => E::I32(*v as i32),
        E::Conv(Conv::I64ExtendI32U | Conv::I64ExtendI32S, x) => (**x).clone(),
        // Little-endian: the low word is at the same address.
        E::Load(Mem::I64, a) => E::Load(Mem::I32, a.clone()),
        E::Bin(op @ (BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::And | BinOp::Or | BinOp::Xor), ValType::I64, ab) => {
            E::bin(*op, ValType::I32, narrow(&ab[0])?, narrow(&ab[1])?)
        }
        _ => return None,
    })
}

/// A 64-bit comparison of two zero- (or two sign-) extended 32-bit values, in 32 bits.
fn cmp32(op: BinOp, a: &E, b: &E) -> Option<E> {
    // (the 32-bit value, zero-extended, sign-extended)
    fn ext(e: &E) -> Option<(E, bool, bool)> {
        match e {
            E::Conv(Conv::I64ExtendI32U, x) => Some(((**x).clone(), true, false)),
            E::Conv(Conv::I64ExtendI32S, x) => Some(((**x).clone(), false, true)),
            E::I64(v) => Some((E::I32(*v as i32), u32::try_from(*v).is_ok(), i32::try_from(*v).is_ok())),
            _ => None,
        }
    }
    let ((x, xu, xs), (y, yu, ys)) = (ext(a)?, ext(b)?);
    if matches!(a, E::I64(_)) && matches!(b, E::I64(_)) {
        return None;
    }
    let op = if xs && ys {
        // Sign extension keeps both the signed and the unsigned order.
        op
    } else if xu && yu {
        // Zero-extended values are non-negative: signed order is the unsigned one.
        match op {
            BinOp::LtS => BinOp::LtU,
            BinOp::GtS => BinOp::GtU,
            BinOp::LeS => BinOp::LeU,
            BinOp::GeS => BinOp::GeU,
            op => op,
        }
    } else {
        return None;
    };
    Some(E::bin(op, ValType::I32, x, y))
}

/// The negation of an integer comparison.
pub(super) fn invert(op: BinOp) -> Option<BinOp> {
    use BinOp::{Eq, GeS, GeU, GtS, GtU, LeS, LeU, LtS, LtU, Ne};
    Some(match op {
        Eq => Ne,
        Ne => Eq,
        LtS => GeS,
        GeS => LtS,
        LtU => GeU,
        GeU => LtU,
        GtS => LeS,
        LeS => GtS,
        GtU => LeU,
        LeU => GtU,
        _ => return None,
    })
}

fn int(e: &E) -> Option<i64> {
    match e {
        E::I32(v) => Some(i64::from(*v)),
        E::I64(v) => Some(*v),
        _ => None,
    }
}

/// Integer operations on constants, with Wasm's wrapping (division is left alone).
fn fold(op: BinOp, t: ValType, x: i64, y: i64) -> Option<E> {
    use BinOp::{Add, And, Mul, Or, Sub, Xor, Eq, GeS, GeU, GtS, GtU, LeS, LeU, LtS, LtU, Ne};
    let (ux, uy) = if t == ValType::I32 { (x as u32 as u64, y as u32 as u64) } else { (x as u64, y as u64) };
    let b = |c: bool| Some(E::I32(c as i32));
    let v = match op {
        Add => x.wrapping_add(y),
        Sub => x.wrapping_sub(y),
        Mul => x.wrapping_mul(y),
        And => x & y,
        Or => x | y,
        Xor => x ^ y,
        Eq => return b(x == y),
        Ne => return b(x != y),
        LtS => return b(x < y),
        GtS => return b(x > y),
        LeS => return b(x <= y),
        GeS => return b(x >= y),
        LtU => return b(ux < uy),
        GtU => return b(ux > uy),
        LeU => return b(ux <= uy),
        GeU => return b(ux >= uy),
        _ => return None,
    };
    Some(if t == ValType::I32 { E::I32(v as i32) } else { E::I64(v) })
}

/// No side effects and nothing to trap.
fn pure(e: &E) -> bool {
    matches!(e, E::I32(_) | E::I64(_) | E::F32(_) | E::F64(_) | E::Local(_) | E::Global(_) | E::Data(_) | E::HeapBase)
}

/// A dropped value that need not be computed: no effects and no trap (divisions and loads
/// may trap), such as the zero-extended length a removed bounds check left.
fn unused_value(e: &E) -> bool {
    match e {
        E::Conv(_, x) | E::Un(_, _, x) => unused_value(x),
        E::Bin(op, _, xy) => !matches!(op, BinOp::DivS | BinOp::DivU | BinOp::RemS | BinOp::RemU) && xy.iter().all(unused_value),
        e => pure(e),
    }
}

// ---- forwarding of temporaries ----

/// Defs and reads of every local of a function (buffers reused from function to function).
#[derive(Default)]
struct Counts {
    defs: Vec<u32>,
    uses: Vec<u32>,
    /// `uses`, less the reads [`Fwd::list`] removed.
    left: Vec<u32>,
    /// The body has statement-expressions.
    seqs: bool,
}

impl Counts {
    fn of(&mut self, f: &Func) {
        let n = f.params.len() + f.locals.len();
        for v in [&mut self.defs, &mut self.uses] {
            v.clear();
            v.resize(n, 0);
        }
        self.defs[..f.params.len()].fill(1);
        self.seqs = false;
        f.body.iter().for_each(|s| self.st(s));
        self.left.clone_from(&self.uses);
    }

    fn st(&mut self, s: &S) {
        fn bump(v: &mut [u32], l: Local) {
            if let Some(x) = v.get_mut(l as usize) {
                *x += 1;
            }
        }
        match s {
            S::Set(l, _) => bump(&mut self.defs, *l),
            S::SetMulti(ls, _) => ls.iter().for_each(|l| bump(&mut self.defs, *l)),
            S::Frame { fp, .. } => bump(&mut self.defs, *fp),
            S::FrameReset { fp, .. } | S::FramePop(fp) => bump(&mut self.uses, *fp),
            S::Root { fp, value, .. } => {
                bump(&mut self.uses, *fp);
                bump(&mut self.uses, *value);
            }
            _ => {}
        }
        s.each_expr(|e| self.ex(e));
        match s {
            S::If(_, a, b) => {
                a.iter().for_each(|s| self.st(s));
                b.iter().for_each(|s| self.st(s));
            }
            S::Block(_, b) | S::Loop(_, b) => b.iter().for_each(|s| self.st(s)),
            _ => {}
        }
    }

    fn ex(&mut self, e: &E) {
        match e {
            E::Local(l) => {
                if let Some(x) = self.uses.get_mut(*l as usize) {
                    *x += 1;
                }
                return;
            }
            E::Seq(ss, _) => {
                self.seqs = true;
                ss.iter().for_each(|s| self.st(s));
            }
            _ => {}
        }
        e.each_child(|x| self.ex(x));
    }
}

/// `t = e; x = t` → `x = e` (and the same for one result of a multi-value call) when `t`
/// is written and read only there; a constant, or a parameter the body never writes,
/// written once into a local replaces the reads in the statements that follow it in the
/// same list; writes of values no one reads become drops.
/// Whether it changed anything.
fn forward(f: &mut Func, c: &mut Counts) -> bool {
    c.of(f);
    let np = f.params.len();
    let Counts { defs, uses, left, seqs } = c;
    // Without temporaries nothing is forwarded.
    let mut changed = false;
    if defs[np..].contains(&1) {
        let mut fw = Fwd { defs, uses, left, np: np as Local, seqs: *seqs, changed: false };
        fw.list(&mut f.body);
        changed = fw.changed;
    }
    // Unchanged bodies have no drops of pure values left (see `stmts`): only writes no one
    // reads make work here.
    if changed || (np..defs.len()).any(|l| defs[l] > 0 && left[l] == 0) {
        dead(&mut f.body, &|l| l as usize >= np && left.get(l as usize) == Some(&0), *seqs, &mut changed);
    }
    changed
}

/// The forwarding of one function's temporaries.
struct Fwd<'a> {
    defs: &'a [u32],
    uses: &'a [u32],
    left: &'a mut [u32],
    np: Local,
    seqs: bool,
    changed: bool,
}

impl Fwd<'_> {
    /// A local other than a parameter written once.
    fn single_def(&self, l: Local) -> bool {
        l >= self.np && self.defs.get(l as usize) == Some(&1)
    }

    /// A temporary: written once, read once.
    fn once(&self, l: Local) -> bool {
        self.single_def(l) && self.uses.get(l as usize) == Some(&1)
    }

    fn read_gone(&mut self, l: Local, n: u32) {
        if let Some(x) = self.left.get_mut(l as usize) {
            *x -= n;
        }
        self.changed = true;
    }

    fn list(&mut self, ss: &mut Vec<S>) {
        let mut i = 0;
        while i < ss.len() {
            ss[i].each_body_mut(|b| self.list(b));
            if self.seqs {
                ss[i].each_expr_mut(|e| self.seqs_in(e));
            }
            if let S::Set(t, c) = &ss[i] {
                // A parameter the body never writes is as good as a constant.
                let fixed = match c {
                    E::I32(_) | E::I64(_) | E::F32(_) | E::F64(_) | E::Data(_) => true,
                    // (Its entry counts as its one write.)
                    E::Local(p) => *p < self.np && self.defs.get(*p as usize) == Some(&1),
                    _ => false,
                };
                if self.single_def(*t) && fixed {
                    let (t, c) = (*t, c.clone());
                    // Reads may also follow this list (it may be a nested block's): the scan
                    // stops once every read left is replaced, which keeps a long run of
                    // constant temporaries, each read right after it is set, linear.
                    let left = self.left.get(t as usize).copied().unwrap_or(0);
                    let mut n = 0;
                    for s in &mut ss[i + 1..] {
                        if n >= left {
                            break;
                        }
                        subst_stmt(s, t, &c, &mut n);
                    }
                    if n > 0 {
                        self.read_gone(t, n);
                    }
                }
            }
            // `t = e; s` where s reads t first, or e has no effects and nothing before the read
            // in s has: s reads e in place.
            if i + 1 < ss.len() {
                let (head, tail) = ss.split_at_mut(i + 1);
                if let (S::Set(t, e), next) = (&mut head[i], &mut tail[0]) {
                    if self.once(*t) && !matches!(next, S::Set(_, E::Local(_))) {
                        let t = *t;
                        let movable = effect_free(e);
                        if replace_use(next, t, e, movable) {
                            ss.remove(i);
                            self.read_gone(t, 1);
                            continue;
                        }
                    }
                }
            }
            // `t = e; u = f; s` where s reads t, e and f have no effects and neither reads the
            // other's local: s reads e in place (a swap's `a = *p; b = *q; *q = a; *p = b`).
            if i + 2 < ss.len() {
                let (head, tail) = ss.split_at_mut(i + 1);
                if let (S::Set(t, e), [S::Set(u, f), next, ..]) = (&mut head[i], tail) {
                    let t = *t;
                    if self.once(t) && !matches!(next, S::Set(_, E::Local(_))) && effect_free(e) && effect_free(f) && !reads(e, *u) && !reads(f, t) && replace_use(next, t, e, true) {
                        ss.remove(i);
                        self.read_gone(t, 1);
                        continue;
                    }
                }
            }
            if i + 1 < ss.len() {
                if let S::Set(x, E::Local(t)) = ss[i + 1] {
                    let once = self.once(t);
                    let renamed = match &mut ss[i] {
                        S::Set(d, _) if *d == t && once => {
                            *d = x;
                            true
                        }
                        S::SetMulti(ds, _) if once && !ds.contains(&x) => match ds.iter_mut().find(|d| **d == t) {
                            Some(d) => {
                                *d = x;
                                true
                            }
                            None => false,
                        },
                        _ => false,
                    };
                    if renamed {
                        ss.remove(i + 1);
                        self.read_gone(t, 1);
                        continue;
                    }
                }
            }
            i += 1;
        }
    }

    fn seqs_in(&mut self, e: &mut E) {
        if let E::Seq(ss, _) = e {
            self.list(ss);
        }
        e.each_child_mut(|x| self.seqs_in(x));
    }
}

fn subst_stmt(s: &mut S, t: Local, c: &E, n: &mut u32) {
    fn ex(e: &mut E, t: Local, c: &E, n: &mut u32) {
        if matches!(e, E::Local(l) if *l == t) {
            *e = c.clone();
            *n += 1;
            return;
        }
        if let E::Seq(ss, _) = e {
            ss.iter_mut().for_each(|s| subst_stmt(s, t, c, n));
        }
        e.each_child_mut(|x| ex(x, t, c, n));
    }
    s.each_expr_mut(|e| ex(e, t, c, n));
    s.each_body_mut(|b| b.iter_mut().for_each(|s| subst_stmt(s, t, c, n)));
}

/// `seqs`: the body has statement-expressions, whose statements are visited too.
fn dead(ss: &mut Vec<S>, unused: &dyn Fn(Local) -> bool, seqs: bool, ch: &mut bool) {
    for s in ss.iter_mut() {
        match s {
            S::Set(l, e) if unused(*l) => {
                let e = std::mem::replace(e, E::I32(0));
                *s = S::Drop(e, 1);
                *ch = true;
            }
            _ => {}
        }
        s.each_body_mut(|b| dead(b, unused, seqs, ch));
        if seqs {
            s.each_expr_mut(|e| dead_in_seqs(e, unused, ch));
        }
    }
    ss.retain(|s| !matches!(s, S::Drop(e, 1) if unused_value(e)));
}

/// [`dead`] in the statements of an expression's `Seq`s.
fn dead_in_seqs(e: &mut E, unused: &dyn Fn(Local) -> bool, ch: &mut bool) {
    if let E::Seq(ss, _) = e {
        dead(ss, unused, true, ch);
    }
    e.each_child_mut(|x| dead_in_seqs(x, unused, ch));
}

/// Whether `e` reads local `l`.
fn reads(e: &E, l: Local) -> bool {
    matches!(e, E::Local(x) if *x == l) || e.children().any(|c| reads(c, l))
}

/// No calls, stores or statements: may be evaluated later without changing anything.
fn effect_free(e: &E) -> bool {
    match e {
        E::Call(..) | E::CallIndirect { .. } | E::Seq(..) | E::MemoryGrow(_) => false,
        e => e.children().all(effect_free),
    }
}

/// Replaces the read of `t` in the operands of `s` (not in nested statement lists) by `e`,
/// if it comes first in evaluation order, or if `movable` and only effect-free operands are
/// evaluated before it.
/// On success `e` is moved there (the statement writing it goes).
fn replace_use(s: &mut S, t: Local, e: &mut E, movable: bool) -> bool {
    // Ok(true): replaced; Ok(false): not here; Err: an effect before it.
    fn walk(x: &mut E, t: Local, e: &mut E, movable: bool, first: &mut bool) -> Result<bool, ()> {
        if matches!(x, E::Local(l) if *l == t) {
            if *first || movable {
                *x = std::mem::replace(e, E::I32(0));
                return Ok(true);
            }
            return Err(());
        }
        if matches!(x, E::Seq(..)) {
            return Err(());
        }
        for c in x.children_mut() {
            if walk(c, t, e, movable, first)? {
                return Ok(true);
            }
        }
        if !matches!(x, E::I32(_) | E::I64(_) | E::F32(_) | E::F64(_) | E::Data(_) | E::FuncAddr(_) | E::HeapBase) {
            *first = false;
        }
        if matches!(x, E::Call(..) | E::CallIndirect { .. } | E::MemoryGrow(_)) {
            return Err(());
        }
        Ok(false)
    }
    let mut first = true;
    for x in s.exprs_mut() {
        match walk(x, t, e, movable, &mut first) {
            Ok(true) => return true,
            Ok(false) => {}
            Err(()) => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{drop_roots, has_roots, E, S, UnOp, ValType};

    /// `has_roots` answers whether `drop_roots` would change a body: bookkeeping at the top,
    /// in nested lists, in statement-expressions, and under other expressions.
    #[test]
    fn has_roots_is_whether_drop_roots_changes() {
        let seq = |ss: Vec<S>| E::Seq(ss, Box::new(E::I32(0)));
        let bodies = vec![
            vec![],
            vec![S::Drop(E::I32(1), 1)],
            vec![S::Frame { fp: 0, size: 8 }],
            vec![S::Block(1, vec![S::If(E::Local(0), vec![], vec![S::PushRoot(E::Local(1))])])],
            vec![S::PushRoot(E::Load(super::Mem::I32, Box::new(E::Local(1))))],
            vec![S::Drop(seq(vec![S::StackInit]), 1)],
            vec![S::Drop(E::Un(UnOp::Eqz, ValType::I32, Box::new(seq(vec![S::FramePop(0)]))), 1)],
            vec![S::Drop(E::Un(UnOp::Eqz, ValType::I32, Box::new(seq(vec![S::Set(0, E::I32(2))]))), 1)],
            vec![S::Loop(2, vec![S::GlobalRoot { slot: 0, value: E::Local(0) }])],
        ];
        for body in bodies {
            let mut dropped = body.clone();
            drop_roots(&mut dropped);
            assert_eq!(has_roots(&body), dropped != body, "{body:?}");
        }
    }
}
