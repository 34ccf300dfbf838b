//! The locals a function declares: only those its body refers to, renumbered densely after
//! the parameters, grouped by type where that changes no index's size (one run of the
//! declaration per type). Forwarding in `ir::simplify` leaves many temporaries unreferenced, and
//! engines reject a function of more than [`MAX_LOCALS`] locals, which a long composite
//! literal would otherwise reach.

use crate::ir::{Expr, Func, Local, Stmt, ValType};

/// Parameters and locals together that Wasm engines accept in one function (V8's, wasmtime's
/// and wasmparser's limit).
pub const MAX_LOCALS: usize = 50_000;

/// Marks an unreferenced local in [`Renumbering::map`], and a referenced one until it is
/// numbered.
const UNUSED: u32 = u32::MAX;
const USED: u32 = u32::MAX - 1;

/// New local indices by IR index, and how often the body reads each (buffers reused from
/// function to function).
#[derive(Default)]
pub struct Renumbering {
    pub map: Vec<u32>,
    pub reads: Vec<u32>,
    /// The kept locals' IR indices, in the order of their new indices.
    order: Vec<u32>,
}

impl Renumbering {
    /// Renumbers `f`'s locals, without its parameters `dropped` (bits; the body never refers
    /// to them); returns how many parameters and locals it keeps.
    pub fn of(&mut self, f: &Func, dropped: u64) -> usize {
        let np = f.params.len();
        self.map.clear();
        self.map.resize(np + f.locals.len(), UNUSED);
        let mut next = 0;
        for (i, m) in self.map[..np].iter_mut().enumerate() {
            if i >= 64 || dropped >> i & 1 == 0 {
                *m = next;
                next += 1;
            }
        }
        self.reads.clear();
        self.reads.resize(self.map.len(), 0);
        f.body.iter().for_each(|s| stmt(s, self));
        self.order.clear();
        let kept = self.map[np..].iter().enumerate().filter(|(_, m)| **m != UNUSED).map(|(i, _)| i);
        // Locals of one type together make one run in the declaration (2 bytes a run) where
        // every index takes one byte anyway; i32 last, where a frame's end joins them.
        if next as usize + kept.clone().count() <= 128 {
            for t in [ValType::I64, ValType::F32, ValType::F64, ValType::I32] {
                self.order.extend(kept.clone().filter(|i| f.locals[*i] == t).map(|i| (np + i) as u32));
            }
        } else {
            self.order.extend(kept.map(|i| (np + i) as u32));
        }
        for &l in &self.order {
            self.map[l as usize] = next;
            next += 1;
        }
        next as usize
    }

    /// The IR indices of the kept locals, in the order of their new indices.
    pub fn kept(&self) -> impl Iterator<Item = usize> + '_ {
        self.order.iter().map(|l| *l as usize)
    }
}

fn mark(map: &mut [u32], l: Local) {
    // Parameters keep their numbers.
    if let Some(m) = map.get_mut(l as usize).filter(|m| **m == UNUSED) {
        *m = USED;
    }
}

/// A read of `l`.
fn read(r: &mut Renumbering, l: Local) {
    mark(&mut r.map, l);
    if let Some(n) = r.reads.get_mut(l as usize) {
        *n += 1;
    }
}

fn stmt(s: &Stmt, r: &mut Renumbering) {
    match s {
        Stmt::Set(l, _) | Stmt::Frame { fp: l, .. } => mark(&mut r.map, *l),
        Stmt::FrameReset { fp: l, .. } | Stmt::FramePop(l) => read(r, *l),
        Stmt::SetMulti(ls, _) => ls.iter().for_each(|l| mark(&mut r.map, *l)),
        Stmt::Root { fp, value, .. } => {
            read(r, *fp);
            read(r, *value);
        }
        _ => {}
    }
    s.each_expr(|e| expr(e, r));
    s.bodies().for_each(|b| stmt(b, r));
}

fn expr(e: &Expr, r: &mut Renumbering) {
    match e {
        Expr::Local(l) => read(r, *l),
        Expr::Seq(ss, _) => ss.iter().for_each(|s| stmt(s, r)),
        _ => {}
    }
    e.each_child(|x| expr(x, r));
}
