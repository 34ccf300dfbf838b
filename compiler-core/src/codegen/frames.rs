//! Shadow-stack frames entered and roots pushed through two small shared functions, in
//! modules with a heap (`runtime/malloc.go` has the design of the shadow stack). Inline, a
//! frame's entry (move `sp`, zero the frame, check for overflow) takes about 34 bytes and a
//! root push 12 plus its value; a call of the shared function takes 6 and 2. A module gets
//! each function once two or more sites use it.
//!
//! A frame reset after a call is needed only when the callee may leave `sp` above where it
//! found it ([`moves_sp`]): it pushes roots (mallocgc pushes each new object, a function
//! returning pointers pushes them for its caller), or it has no frame of its own and calls
//! one that does. A function with a frame pops it at every return, so calls inside it do not
//! count.

use wasm_encoder::{Function, MemArg, MemArgTarget, ValType as W};

use crate::ir::{Expr, FuncRef, Label, Module, Stmt};

/// Sites from which sharing pays: the shared function's body costs about as much as one.
const SHARED_FROM: usize = 2;

/// Resets of a non-empty frame from which a function keeps its frame's end in a local: each
/// reset is then `local.get; global.set` (4 bytes, where adding the size took 7), for 6 or 7
/// bytes at the frame's entry.
pub const FRAME_END_FROM: u32 = 3;

/// A resumable function (`ir/resumable.rs`) is entered again when its goroutine resumes,
/// past its frame's entry, with only its IR locals restored: it cannot keep a local of
/// codegen's own.
pub fn resumable(m: &Module, body: &[Stmt]) -> bool {
    let Some(gsp) = m.gsp_global else { return false };
    let mut found = false;
    crate::ir::visit_exprs(body, &mut |e| found |= matches!(e, Expr::Global(g) if *g == gsp));
    found
}

/// The shared functions' indices, when the module has them.
#[derive(Clone, Copy, Default)]
pub struct Shared {
    /// `(size) -> fp`: `fp = sp; sp += size`, the frame zeroed, a stack overflow checked.
    pub enter: Option<u32>,
    /// `(p)`: `*sp = p; sp += 4`.
    pub push: Option<u32>,
}

impl Shared {
    /// Numbers the shared functions, from `next` on, for the live functions' frame entries
    /// and root pushes ([`count`]'s sums).
    pub fn plan(frames: usize, pushes: usize, next: &mut u32) -> Shared {
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

/// Adds a body's frame entries and root pushes to `frames` and `pushes`.
pub fn count(ss: &[Stmt], frames: &mut usize, pushes: &mut usize) {
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
        f.instructions().call(o);
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

/// By function: whether a call of it may return with `sp` moved (roots pushed for the
/// caller, or sp set), so that a frame reset after it is needed. Indirect calls count as
/// moving in functions without a frame. Returns that leave a function early (a panic
/// unwinding, a goroutine suspending) are followed at once by the caller's own leaving, so
/// they do not count.
pub fn moves_sp(scans: &[Option<&Scan>]) -> Vec<bool> {
    let mut moves: Vec<bool> = scans.iter().map(|s| s.is_some_and(|s| s.own || (!s.framed && s.indirect))).collect();
    loop {
        let mut changed = false;
        for (i, s) in scans.iter().enumerate() {
            let Some(s) = s else { continue };
            if !moves[i] && !s.framed && s.callees.iter().any(|&c| moves.get(c as usize).copied().unwrap_or(true)) {
                moves[i] = true;
                changed = true;
            }
        }
        if !changed {
            return moves;
        }
    }
}

/// What [`moves_sp`] reads of one body.
#[derive(Default)]
pub struct Scan {
    framed: bool,
    /// Pushes a root or sets sp itself.
    own: bool,
    indirect: bool,
    /// Its direct calls, in order (the callees whose `moves_sp` its frame resets read).
    pub callees: Vec<u32>,
}

impl Scan {
    pub fn of(body: &[Stmt], sp: Option<u32>) -> Scan {
        fn stmts(ss: &[Stmt], sp: Option<u32>, out: &mut Scan) {
            for s in ss {
                match s {
                    Stmt::Frame { .. } => out.framed = true,
                    Stmt::PushRoot(_) | Stmt::StackInit => out.own = true,
                    Stmt::SetGlobal(g, _) if Some(*g) == sp => out.own = true,
                    _ => {}
                }
                s.each_expr(|e| expr(e, sp, out));
                s.bodies().for_each(|b| stmts(std::slice::from_ref(b), sp, out));
            }
        }
        fn expr(e: &Expr, sp: Option<u32>, out: &mut Scan) {
            match e {
                Expr::Call(FuncRef::Func(i), _) => out.callees.push(*i),
                Expr::CallIndirect { .. } => out.indirect = true,
                Expr::Seq(ss, _) => stmts(ss, sp, out),
                _ => {}
            }
            e.each_child(|c| expr(c, sp, out));
        }
        let mut s = Scan::default();
        stmts(body, sp, &mut s);
        s
    }
}

/// Where sp stays put, for leaving out frame resets: over calls of functions that keep it
/// ([`moves_sp`]), and along the jumps that reach a block's end or a loop's head.
pub struct SpFlow<'a> {
    pub moves: &'a [bool],
    pub sp: Option<u32>,
}

/// The jumps out of statements taken with sp moved: their labels, or `all` when unknown.
#[derive(Default)]
struct Moved {
    labels: Vec<Label>,
    all: bool,
}

impl SpFlow<'_> {
    /// Whether evaluating `e` leaves sp as it was.
    pub fn keeps(&self, e: &Expr) -> bool {
        let own = match e {
            Expr::Call(FuncRef::Func(i), _) => !self.moves.get(*i as usize).copied().unwrap_or(true),
            Expr::CallIndirect { .. } => false,
            Expr::Seq(ss, _) => {
                let mut mv = Moved::default();
                self.list(ss, &mut mv) && mv.labels.is_empty() && !mv.all
            }
            _ => true,
        };
        own && e.children().all(|c| self.keeps(c))
    }

    /// Whether sp is as before `s` where `s` falls through to the next statement, every
    /// jump to a label inside it included.
    pub fn falls(&self, s: &Stmt) -> bool {
        let mut mv = Moved::default();
        self.stmt(s, &mut mv) && !mv.all
    }

    /// Whether sp is kept where `s` falls through (true when it never does); jumps out of
    /// it taken with sp moved go to `mv`.
    fn stmt(&self, s: &Stmt, mv: &mut Moved) -> bool {
        match s {
            // A `br_table` may dispatch into a resumable function's state, entered with the
            // goroutine's restored sp: its targets count as reached with sp moved.
            Stmt::BrTable(ls, d, _) => {
                mv.labels.extend(ls);
                mv.labels.push(*d);
                true
            }
            // Entering the frame or resetting it puts sp at the frame's end.
            Stmt::Frame { .. } | Stmt::FrameReset { .. } => true,
            Stmt::FramePop(_) | Stmt::PushRoot(_) | Stmt::StackInit | Stmt::Tick => false,
            Stmt::SetGlobal(g, _) if Some(*g) == self.sp => false,
            Stmt::If(c, a, b) => {
                if !self.keeps(c) {
                    jumps(std::slice::from_ref(s), mv);
                    return false;
                }
                let fa = self.list(a, mv);
                self.list(b, mv) && fa
            }
            Stmt::Block(l, b) | Stmt::Loop(l, b) => {
                let mut inner = Moved::default();
                let f = self.list(b, &mut inner);
                let hit = inner.labels.contains(l);
                mv.labels.extend(inner.labels.iter().filter(|x| *x != l));
                mv.all |= inner.all;
                // A loop's head reached with sp moved makes its body's account void.
                f && !hit && !inner.all
            }
            s => {
                let keeps = s.exprs().all(|e| self.keeps(e));
                if !keeps && s.exprs().any(expr_branches) {
                    mv.all = true;
                }
                keeps
            }
        }
    }

    /// [`SpFlow::stmt`] of a list: one ending in `unreachable` or `return` never falls
    /// through; after a statement that moved sp, every jump counts.
    fn list(&self, ss: &[Stmt], mv: &mut Moved) -> bool {
        let mut moved = false;
        for s in ss {
            if matches!(s, Stmt::Unreachable | Stmt::Return(_)) {
                if moved {
                    jumps(std::slice::from_ref(s), mv);
                }
                return true;
            }
            if moved && matches!(s, Stmt::Frame { .. } | Stmt::FrameReset { .. }) {
                moved = false;
                continue;
            }
            if moved {
                jumps(std::slice::from_ref(s), mv);
                continue;
            }
            moved = !self.stmt(s, mv);
        }
        !moved
    }
}

/// Records every jump in statements as taken with sp moved.
fn jumps(ss: &[Stmt], mv: &mut Moved) {
    for s in ss {
        match s {
            Stmt::Br(l) => mv.labels.push(*l),
            Stmt::BrTable(ls, d, _) => {
                mv.labels.extend(ls);
                mv.labels.push(*d);
            }
            _ => {}
        }
        if s.exprs().any(expr_branches) {
            mv.all = true;
        }
        s.bodies().for_each(|b| jumps(std::slice::from_ref(b), mv));
    }
}

fn expr_branches(e: &Expr) -> bool {
    fn branches(ss: &[Stmt]) -> bool {
        ss.iter().any(|s| matches!(s, Stmt::Br(_) | Stmt::BrTable(..)) || s.exprs().any(expr_branches) || s.bodies().any(|b| branches(std::slice::from_ref(b))))
    }
    matches!(e, Expr::Seq(ss, _) if branches(ss)) || e.children().any(expr_branches)
}
