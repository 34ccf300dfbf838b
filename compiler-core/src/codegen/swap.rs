//! Swaps of two memory cells, `data[i], data[j] = data[j], data[i]`, as the lowering and the
//! address peephole (`ir/shrink.rs`) leave them: `t = *a; *a = *b; *b = t`, with `t` read
//! nowhere else. The first load stays on the stack for the second store instead of going
//! through `t`: `b a load a b load store store`, 4 bytes less a swap. Where the second
//! statement computes `b` (`*a = *(b = …)`), that comes first, as `b = …` with its tee.
//! The addresses are arithmetic on locals: moving `b`'s ahead of `a`'s changes nothing else,
//! and the loads and stores keep their order.

use crate::ir::{BinOp, Conv, Expr, Local, Stmt};

use super::ops::store_ins;
use super::Cx;

/// The three statements of a swap at the head of a list.
pub(super) struct Swap<'s> {
    /// `*a`: `t`'s value.
    first: &'s Expr,
    /// `*a = *b` with its address of `b`, and `b`.
    second: &'s Stmt,
    pb: &'s Expr,
    b: Local,
    /// `*b = t`.
    third: &'s Stmt,
}

/// The swap that `ss` starts with, in a function whose body is `body`.
pub(super) fn at<'s>(ss: &'s [Stmt], body: &[Stmt]) -> Option<Swap<'s>> {
    let [Stmt::Set(t, first @ Expr::Load(_, pa)), second @ Stmt::Store(_, Expr::Local(qa), Expr::Load(_, pb)), third @ Stmt::Store(_, Expr::Local(b), Expr::Local(t2)), ..] = ss else {
        return None;
    };
    let (a, y) = computed(pa)?;
    let (b2, x) = computed(pb)?;
    let ok = t == t2
        && b2 == *b
        && ![a, *b, *qa].contains(t)
        && a != *b
        && qa != b
        && y.is_none_or(|y| !reads(y, *b))
        && x.is_none_or(|x| !reads(x, a))
        && reads_in(body, *t) == 1;
    ok.then_some(Swap { first, second, pb, b: *b, third })
}

/// An address that is a local, or a local set to arithmetic on locals right there
/// (`Seq([l = x], l)`): the local and the arithmetic.
fn computed(e: &Expr) -> Option<(Local, Option<&Expr>)> {
    match e {
        Expr::Local(l) => Some((*l, None)),
        Expr::Seq(ss, v) => match (ss.as_slice(), &**v) {
            ([Stmt::Set(l, x)], Expr::Local(r)) if l == r && pure(x) => Some((*l, Some(x))),
            _ => None,
        },
        _ => None,
    }
}

/// Arithmetic that cannot trap, on locals and constants.
fn pure(e: &Expr) -> bool {
    match e {
        Expr::Local(_) | Expr::I32(_) | Expr::I64(_) => true,
        Expr::Bin(op, _, ab) => !matches!(op, BinOp::DivS | BinOp::DivU | BinOp::RemS | BinOp::RemU) && pure(&ab[0]) && pure(&ab[1]),
        Expr::Conv(Conv::I32WrapI64 | Conv::I64ExtendI32S | Conv::I64ExtendI32U, x) => pure(x),
        _ => false,
    }
}

fn reads(e: &Expr, l: Local) -> bool {
    let mut found = matches!(e, Expr::Local(x) if *x == l);
    e.each_child(|c| found = found || reads(c, l));
    found
}

/// How many times the statements read `l`.
fn reads_in(ss: &[Stmt], l: Local) -> usize {
    fn ex(e: &Expr, l: Local) -> usize {
        let mut n = match e {
            Expr::Local(x) => usize::from(*x == l),
            Expr::Seq(ss, _) => reads_in(ss, l),
            _ => 0,
        };
        e.each_child(|c| n += ex(c, l));
        n
    }
    let mut n = 0;
    for s in ss {
        s.each_expr(|e| n += ex(e, l));
        n += match s {
            Stmt::FrameReset { fp, .. } | Stmt::FramePop(fp) => usize::from(*fp == l),
            Stmt::Root { fp, value, .. } => usize::from(*fp == l) + usize::from(*value == l),
            Stmt::If(_, a, b) => reads_in(a, l) + reads_in(b, l),
            Stmt::Block(_, b) | Stmt::Loop(_, b) => reads_in(b, l),
            _ => 0,
        };
    }
    n
}

impl Cx<'_, '_> {
    pub(super) fn swap(&mut self, s: Swap) {
        let (Stmt::Store(m1, qa, Expr::Load(ml, _)), Stmt::Store(m2, ..)) = (s.second, s.third) else { return };
        self.expr(s.pb);
        self.expr(s.first);
        self.expr(qa);
        self.expr(&Expr::Load(*ml, Box::new(Expr::Local(s.b))));
        self.i(store_ins(*m1, 0));
        self.i(store_ins(*m2, 0));
    }
}
