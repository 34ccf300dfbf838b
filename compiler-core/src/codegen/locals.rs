//! The locals a function declares: only those its body refers to, renumbered densely after
//! the parameters. Forwarding in `ir::simplify` leaves many temporaries unreferenced, and
//! engines reject a function of more than [`MAX_LOCALS`] locals, which a long composite
//! literal would otherwise reach.

use crate::ir::{Expr, Func, Local, Stmt};

/// Parameters and locals together that Wasm engines accept in one function (V8's, wasmtime's
/// and wasmparser's limit).
pub const MAX_LOCALS: usize = 50_000;

/// Marks an unreferenced local in [`Renumbering::map`], and a referenced one until it is
/// numbered.
const UNUSED: u32 = u32::MAX;
const USED: u32 = u32::MAX - 1;

/// New local indices by IR index (buffers reused from function to function).
#[derive(Default)]
pub struct Renumbering {
    pub map: Vec<u32>,
}

impl Renumbering {
    /// Renumbers `f`'s locals; returns how many locals (after the parameters) it keeps.
    pub fn of(&mut self, f: &Func) -> usize {
        let np = f.params.len();
        self.map.clear();
        self.map.resize(np + f.locals.len(), UNUSED);
        for (i, m) in self.map[..np].iter_mut().enumerate() {
            *m = i as u32;
        }
        f.body.iter().for_each(|s| stmt(s, &mut self.map));
        let mut next = np as u32;
        for m in &mut self.map[np..] {
            if *m != UNUSED {
                *m = next;
                next += 1;
            }
        }
        next as usize - np
    }

    /// The IR indices of the kept locals, in order.
    pub fn kept(&self, np: usize) -> impl Iterator<Item = usize> + '_ {
        self.map[np..].iter().enumerate().filter(|(_, m)| **m != UNUSED).map(move |(i, _)| np + i)
    }
}

fn mark(map: &mut [u32], l: Local) {
    // Parameters keep their numbers.
    if let Some(m) = map.get_mut(l as usize).filter(|m| **m == UNUSED) {
        *m = USED;
    }
}

fn stmt(s: &Stmt, map: &mut [u32]) {
    match s {
        Stmt::Set(l, _) | Stmt::Frame { fp: l, .. } | Stmt::FrameReset { fp: l, .. } | Stmt::FramePop(l) => mark(map, *l),
        Stmt::SetMulti(ls, _) => ls.iter().for_each(|l| mark(map, *l)),
        Stmt::Root { fp, value, .. } => {
            mark(map, *fp);
            mark(map, *value);
        }
        _ => {}
    }
    s.each_expr(|e| expr(e, map));
    s.bodies().for_each(|b| stmt(b, map));
}

fn expr(e: &Expr, map: &mut [u32]) {
    match e {
        Expr::Local(l) => mark(map, *l),
        Expr::Seq(ss, _) => ss.iter().for_each(|s| stmt(s, map)),
        _ => {}
    }
    e.each_child(|x| expr(x, map));
}
