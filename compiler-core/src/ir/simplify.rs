//! Peephole simplification of lowered functions, for smaller modules: conversions that
//! cancel (`uintptr` round trips of pointers: `i32.wrap_i64 (i64.extend_i32_u x)`),
//! 64-bit comparisons of extended 32-bit values done in 32 bits, comparisons with zero as
//! `eqz`, negated comparisons inverted, constant conditions and operations folded, and
//! single-use temporaries forwarded into the statement that reads them.

use super::{BinOp, Conv, Expr as E, Func, Local, Mem, Module, Stmt as S, UnOp, ValType};

/// Removes the GC root bookkeeping (shadow-stack frames and root slots) of a program without
/// collectable objects: codegen would emit nothing for it, but the resumable transform would
/// keep the frame pointers it reads alive in goroutine frames.
pub fn drop_roots(ss: &mut Vec<S>) {
    fn ex(e: &mut E) {
        if let E::Seq(ss, _) = e {
            drop_roots(ss);
        }
        e.children_mut().for_each(ex);
    }
    for s in std::mem::take(ss) {
        let mut s = match s {
            S::Frame { .. } | S::FrameReset { .. } | S::FramePop(_) | S::Root { .. } | S::StackInit => continue,
            S::PushRoot(e) | S::GlobalRoot { value: e, .. } if pure(&e) => continue,
            S::PushRoot(e) | S::GlobalRoot { value: e, .. } => S::Drop(e, 1),
            s => s,
        };
        s.exprs_mut().for_each(ex);
        match &mut s {
            S::If(_, a, b) => {
                drop_roots(a);
                drop_roots(b);
            }
            S::Block(_, b) | S::Loop(_, b) => drop_roots(b),
            _ => {}
        }
        ss.push(s);
    }
}

/// Simplifies every function of the module.
pub fn module(m: &mut Module) {
    for f in &mut m.funcs {
        stmts(&mut f.body);
        forward(f);
    }
}

fn stmts(ss: &mut Vec<S>) {
    let old = std::mem::take(ss);
    for mut s in old {
        s.exprs_mut().for_each(expr);
        match &mut s {
            S::If(c, a, b) => {
                stmts(a);
                stmts(b);
                cond(c);
                if let E::I32(v) = c {
                    ss.append(if *v != 0 { a } else { b });
                    continue;
                }
            }
            S::Block(_, b) | S::Loop(_, b) => stmts(b),
            S::Drop(e, 1) if pure(e) => continue,
            _ => {}
        }
        let end = matches!(s, S::Return(_) | S::Br(_) | S::BrTable(..) | S::Unreachable);
        ss.push(s);
        // What follows a jump in the same list never runs.
        if end {
            break;
        }
    }
}

/// An expression whose value is only tested against zero.
fn cond(c: &mut E) {
    loop {
        let next = match c {
            E::Bin(BinOp::Ne, ValType::I32, x, y) if matches!(**y, E::I32(0)) => std::mem::replace(&mut **x, E::I32(0)),
            E::Un(UnOp::Eqz, ValType::I32, x) => match &mut **x {
                E::Un(UnOp::Eqz, ValType::I32, y) => std::mem::replace(&mut **y, E::I32(0)),
                _ => return,
            },
            _ => return,
        };
        *c = next;
    }
}

fn expr(e: &mut E) {
    if let E::Seq(ss, _) = e {
        stmts(ss);
    }
    e.children_mut().for_each(expr);
    if let E::If(_, c, _, _) | E::Select(_, _, c) = e {
        cond(c);
    }
    while let Some(x) = step(e) {
        *e = x;
    }
}

/// One rewrite of `e` itself (its operands are already simplified).
fn step(e: &E) -> Option<E> {
    use ValType::*;
    Some(match e {
        E::Conv(Conv::I32WrapI64, x) => narrow(x)?,
        E::Un(UnOp::Eqz, I64, x) => match &**x {
            E::Conv(Conv::I64ExtendI32U | Conv::I64ExtendI32S, y) => E::Un(UnOp::Eqz, I32, y.clone()),
            E::I64(v) => E::I32((*v == 0) as i32),
            _ => return None,
        },
        E::Un(UnOp::Eqz, I32, x) => match &**x {
            E::I32(v) => E::I32((*v == 0) as i32),
            E::Bin(op, t @ (I32 | I64), a, b) => E::Bin(invert(*op)?, *t, a.clone(), b.clone()),
            _ => return None,
        },
        E::Bin(op, t @ (I32 | I64), a, b) => {
            if let (Some(x), Some(y)) = (int(a), int(b)) {
                return fold(*op, *t, x, y);
            }
            match (op, &**b) {
                (BinOp::Eq, E::I32(0) | E::I64(0)) => return Some(E::Un(UnOp::Eqz, *t, a.clone())),
                (BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::Xor | BinOp::Shl | BinOp::ShrS | BinOp::ShrU, E::I32(0) | E::I64(0)) => return Some((**a).clone()),
                _ => {}
            }
            // Wasm takes shift counts modulo the width: a mask to the width is implied.
            if let (BinOp::Shl | BinOp::ShrS | BinOp::ShrU, E::Bin(BinOp::And, _, c, k)) = (op, &**b) {
                if int(k) == Some(if *t == I32 { 31 } else { 63 }) {
                    return Some(E::Bin(*op, *t, a.clone(), c.clone()));
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
        E::Bin(op @ (BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::And | BinOp::Or | BinOp::Xor), ValType::I64, a, b) => {
            E::Bin(*op, ValType::I32, Box::new(narrow(a)?), Box::new(narrow(b)?))
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
    Some(E::Bin(op, ValType::I32, Box::new(x), Box::new(y)))
}

/// The negation of an integer comparison.
fn invert(op: BinOp) -> Option<BinOp> {
    use BinOp::*;
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
    use BinOp::*;
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

// ---- forwarding of temporaries ----

/// Defs and reads of every local of `f`.
fn counts(f: &Func) -> (Vec<u32>, Vec<u32>) {
    let n = f.params.len() + f.locals.len();
    let (mut defs, mut uses) = (vec![0u32; n], vec![0u32; n]);
    for d in defs.iter_mut().take(f.params.len()) {
        *d = 1;
    }
    fn st(s: &S, defs: &mut [u32], uses: &mut [u32]) {
        let bump = |v: &mut [u32], l: Local| {
            if let Some(x) = v.get_mut(l as usize) {
                *x += 1;
            }
        };
        match s {
            S::Set(l, _) => bump(defs, *l),
            S::SetMulti(ls, _) => ls.iter().for_each(|l| bump(defs, *l)),
            S::Frame { fp, .. } => bump(defs, *fp),
            S::FrameReset { fp, .. } | S::FramePop(fp) => bump(uses, *fp),
            S::Root { fp, value, .. } => {
                bump(uses, *fp);
                bump(uses, *value);
            }
            _ => {}
        }
        s.exprs().for_each(|e| ex(e, defs, uses));
        s.bodies().for_each(|b| st(b, defs, uses));
    }
    fn ex(e: &E, defs: &mut [u32], uses: &mut [u32]) {
        match e {
            E::Local(l) => {
                if let Some(x) = uses.get_mut(*l as usize) {
                    *x += 1;
                }
            }
            E::Seq(ss, _) => ss.iter().for_each(|s| st(s, defs, uses)),
            _ => {}
        }
        e.children().for_each(|x| ex(x, defs, uses));
    }
    f.body.iter().for_each(|s| st(s, &mut defs, &mut uses));
    (defs, uses)
}

/// `t = e; x = t` → `x = e` (and the same for one result of a multi-value call) when `t`
/// is written and read only there; a constant written once into a local replaces the
/// reads in the statements that follow it in the same list; writes of values no one reads
/// become drops.
fn forward(f: &mut Func) {
    let (defs, uses) = counts(f);
    let np = f.params.len() as Local;
    let temp = |l: Local| l >= np && defs.get(l as usize) == Some(&1);
    list(&mut f.body, &|l| temp(l) && uses.get(l as usize) == Some(&1), &temp);
    let (_, uses) = counts(f);
    dead(&mut f.body, &|l| l >= np && uses.get(l as usize) == Some(&0));
}

fn list(ss: &mut Vec<S>, once: &dyn Fn(Local) -> bool, single_def: &dyn Fn(Local) -> bool) {
    let mut i = 0;
    while i < ss.len() {
        match &mut ss[i] {
            S::If(_, a, b) => {
                list(a, once, single_def);
                list(b, once, single_def);
            }
            S::Block(_, b) | S::Loop(_, b) => list(b, once, single_def),
            _ => {}
        }
        seqs(&mut ss[i], once, single_def);
        if let S::Set(t, c) = &ss[i] {
            if single_def(*t) && matches!(c, E::I32(_) | E::I64(_) | E::F32(_) | E::F64(_) | E::Data(_)) {
                let (t, c) = (*t, c.clone());
                ss[i + 1..].iter_mut().for_each(|s| subst_stmt(s, t, &c));
            }
        }
        // `t = e; s` where s reads t first, or e has no effects and nothing before the read
        // in s has: s reads e in place.
        if i + 1 < ss.len() {
            if let S::Set(t, e) = &ss[i] {
                if once(*t) && !matches!(ss[i + 1], S::Set(_, E::Local(_))) {
                    let (t, e) = (*t, e.clone());
                    let movable = effect_free(&e);
                    if replace_use(&mut ss[i + 1], t, &e, movable) {
                        ss.remove(i);
                        continue;
                    }
                }
            }
        }
        if i + 1 < ss.len() {
            if let S::Set(x, E::Local(t)) = ss[i + 1] {
                let renamed = match &mut ss[i] {
                    S::Set(d, _) if *d == t && once(t) => {
                        *d = x;
                        true
                    }
                    S::SetMulti(ds, _) if once(t) && !ds.contains(&x) => match ds.iter_mut().find(|d| **d == t) {
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
                    continue;
                }
            }
        }
        i += 1;
    }
}

fn seqs(s: &mut S, once: &dyn Fn(Local) -> bool, single_def: &dyn Fn(Local) -> bool) {
    fn ex(e: &mut E, once: &dyn Fn(Local) -> bool, single_def: &dyn Fn(Local) -> bool) {
        if let E::Seq(ss, _) = e {
            list(ss, once, single_def);
        }
        e.children_mut().for_each(|x| ex(x, once, single_def));
    }
    s.exprs_mut().for_each(|e| ex(e, once, single_def));
}

fn subst_stmt(s: &mut S, t: Local, c: &E) {
    fn ex(e: &mut E, t: Local, c: &E) {
        if matches!(e, E::Local(l) if *l == t) {
            *e = c.clone();
            return;
        }
        if let E::Seq(ss, _) = e {
            ss.iter_mut().for_each(|s| subst_stmt(s, t, c));
        }
        e.children_mut().for_each(|x| ex(x, t, c));
    }
    s.exprs_mut().for_each(|e| ex(e, t, c));
    s.bodies_mut().for_each(|b| subst_stmt(b, t, c));
}

fn dead(ss: &mut Vec<S>, unused: &dyn Fn(Local) -> bool) {
    for s in ss.iter_mut() {
        match s {
            S::Set(l, e) if unused(*l) => {
                let e = std::mem::replace(e, E::I32(0));
                *s = S::Drop(e, 1);
            }
            _ => {}
        }
        if let S::If(_, a, b) = s {
            dead(a, unused);
            dead(b, unused);
        }
        if let S::Block(_, b) | S::Loop(_, b) = s {
            dead(b, unused);
        }
    }
    ss.retain(|s| !matches!(s, S::Drop(e, 1) if pure(e)));
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
fn replace_use(s: &mut S, t: Local, e: &E, movable: bool) -> bool {
    // Ok(true): replaced; Ok(false): not here; Err: an effect before it.
    fn walk(x: &mut E, t: Local, e: &E, movable: bool, first: &mut bool) -> Result<bool, ()> {
        if matches!(x, E::Local(l) if *l == t) {
            if *first || movable {
                *x = e.clone();
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
