//! Shadow-stack frames entered and roots pushed through two small shared functions, in
//! modules with a heap (`runtime/malloc.go` has the design of the shadow stack). Inline, a
//! frame's entry (move `sp`, zero the frame, check for overflow) takes about 34 bytes and a
//! root push 12 plus its value; a call of the shared function takes 6 and 2. A module gets
//! each function once two or more sites use it.

use wasm_encoder::{Function, Instruction as I, MemArg, MemArgTarget, ValType as W};

use crate::ir::{Expr, Module, Stmt};

/// Sites from which sharing pays: the shared function's body costs about as much as one.
const SHARED_FROM: usize = 2;

/// The shared functions' indices, when the module has them.
#[derive(Clone, Copy, Default)]
pub struct Shared {
    /// `(size) -> fp`: `fp = sp; sp += size`, the frame zeroed, a stack overflow checked.
    pub enter: Option<u32>,
    /// `(p)`: `*sp = p; sp += 4`.
    pub push: Option<u32>,
}

impl Shared {
    /// Numbers the shared functions the live functions of `m` call for, from `next` on.
    pub fn plan(m: &Module, live: &[bool], next: &mut u32) -> Shared {
        let (mut frames, mut pushes) = (0, 0);
        for (f, _) in m.funcs.iter().zip(live).filter(|(_, l)| **l) {
            count(&f.body, &mut frames, &mut pushes);
        }
        let mut take = |n: usize| {
            (n >= SHARED_FROM).then(|| {
                *next += 1;
                *next - 1
            })
        };
        let enter = take(frames);
        let push = take(pushes);
        Shared { enter, push }
    }
}

fn count(ss: &[Stmt], frames: &mut usize, pushes: &mut usize) {
    fn expr(e: &Expr, frames: &mut usize, pushes: &mut usize) {
        if let Expr::Seq(ss, _) = e {
            count(ss, frames, pushes);
        }
        e.each_child(|c| expr(c, frames, pushes));
    }
    for s in ss {
        match s {
            Stmt::Frame { .. } => *frames += 1,
            Stmt::PushRoot(_) => *pushes += 1,
            _ => {}
        }
        s.each_expr(|e| expr(e, frames, pushes));
        match s {
            Stmt::If(_, a, b) => {
                count(a, frames, pushes);
                count(b, frames, pushes);
            }
            Stmt::Block(_, b) | Stmt::Loop(_, b) => count(b, frames, pushes),
            _ => {}
        }
    }
}

/// The body of [`Shared::enter`]: `sp` is the stack pointer's global, `limit` the end of the
/// shadow stack, `overflow` the runtime's `stackOverflow`.
pub fn enter_body(sp: u32, limit: i32, overflow: Option<u32>) -> Function {
    let mut f = Function::new([(1, W::I32)]);
    f.instructions()
        .global_get(sp)
        .local_tee(1)
        .local_get(0)
        .i32_add()
        .global_set(sp)
        .local_get(1)
        .i32_const(0)
        .local_get(0)
        .memory_fill(0)
        .global_get(sp)
        .i32_const(limit)
        .i32_gt_u()
        .if_(wasm_encoder::BlockType::Empty);
    if let Some(o) = overflow {
        f.instruction(&I::Call(o));
    }
    f.instructions().unreachable().end().local_get(1).end();
    f
}

/// The body of [`Shared::push`].
pub fn push_body(sp: u32) -> Function {
    let word = MemArg { offset: 0, align: 2, target: MemArgTarget::Memory(0), ordering: None };
    let mut f = Function::new([]);
    f.instructions().global_get(sp).local_get(0).i32_store(word).global_get(sp).i32_const(4).i32_add().global_set(sp).end();
    f
}
