//! Bounds and nil checks through shared functions. The lowering writes each check inline,
//! `if x >= len { panicIndex(x, len, site); unreachable }`, so the guard pass can see and
//! drop the ones already known to hold (`ir/checks.rs`). What is left is emitted as a call
//! of one shared function per kind that compares and panics: `x; len; site; call` takes
//! about 11 bytes where the inline check took 20 (a nil check 9 for 14, a slice bound 13
//! for 22); the index check takes the length as i32 and widens it itself. With panics
//! unwinding, the unwinding check that followed the panic call in the failing arm follows
//! the shared call instead (it is false when the check passed). Checks in a tight loop (one
//! that calls nothing else, `tight`) compare inline: there the call would cost more than the
//! rest of the iteration; their failing arm calls the shared function, when the module has
//! it, instead of the panic (a bound check's arm 1–2 bytes shorter).

use wasm_encoder::Function;

use crate::ir::{BinOp, Conv, Expr, Module, Stmt, UnOp, ValType};

/// Sites from which sharing pays: the shared function's body costs about as much as one.
const SHARED_FROM: usize = 2;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// `(x, len, site, line)`: x >= len (unsigned, len zero-extended) panics.
    Index,
    /// `(code, x, y, site, line)`: x > y (unsigned) panics.
    Slice,
    /// `(p, site, line)`: p == 0 panics.
    Nil,
}

const KINDS: [Kind; 3] = [Kind::Index, Kind::Slice, Kind::Nil];

/// A check the shared functions take: its kind, the shared function's arguments, and the
/// statements between the panic call and the trap (none, or the unwinding check).
pub struct Site<'a> {
    pub kind: Kind,
    pub args: Vec<&'a Expr>,
    pub after: &'a [Stmt],
}

/// Recognizes a check as the lowering writes it.
pub fn site<'a>(m: &Module, s: &'a Stmt) -> Option<Site<'a>> {
    let Stmt::If(c, arm, els) = s else { return None };
    let [Stmt::Drop(Expr::Call(f, args), 0), after @ .., Stmt::Unreachable] = arm.as_slice() else { return None };
    if !els.is_empty() || !after.iter().all(|s| is_unwinding_check(m, s)) || after.len() > 1 {
        return None;
    }
    let k = &m.checks;
    let (kind, args): (Kind, Vec<&Expr>) = match (c, args.as_slice()) {
        (Expr::Bin(BinOp::GeU, t, xy), [a, b, site, line]) if Some(*f) == k.panic_index && compares(*t, &xy[0], &xy[1], a, b) && narrowed(b).is_some() => {
            (Kind::Index, vec![a, b, site, line])
        }
        (Expr::Bin(BinOp::GtU, t, xy), [code, a, b, site, line]) if Some(*f) == k.panic_slice && compares(*t, &xy[0], &xy[1], a, b) => {
            (Kind::Slice, vec![code, a, b, site, line])
        }
        (Expr::Un(UnOp::Eqz, ValType::I32, p), [site, line]) if Some(*f) == k.panic_nil => (Kind::Nil, vec![&**p, site, line]),
        _ => return None,
    };
    // The shared function evaluates each operand once where the check evaluated the
    // compared ones twice: they must have no effects.
    args.iter().all(|a| plain(a)).then_some(Site { kind, args, after })
}

/// Whether the condition's operands `x`, `y` are the panic's `a`, `b`: the same, or their
/// 32-bit forms where the simplification narrowed the comparison (`ir/simplify.rs`).
fn compares(t: ValType, x: &Expr, y: &Expr, a: &Expr, b: &Expr) -> bool {
    fn narrowed(wide: &Expr, x: &Expr) -> bool {
        match (wide, x) {
            (Expr::Conv(Conv::I64ExtendI32U | Conv::I64ExtendI32S, w), x) => **w == *x,
            (Expr::I64(c), Expr::I32(d)) => *c == i64::from(*d),
            _ => false,
        }
    }
    match t {
        ValType::I64 => x == a && y == b,
        ValType::I32 => narrowed(a, x) && narrowed(b, y),
        _ => false,
    }
}

/// The i32 form of a length the index check takes as i64, which the shared function widens
/// itself (one byte a site).
pub enum Narrow<'a> {
    /// A zero-extended length: the value extended.
    Expr(&'a Expr),
    Const(i32),
}

pub fn narrowed(len: &Expr) -> Option<Narrow<'_>> {
    match len {
        Expr::Conv(Conv::I64ExtendI32U, w) => Some(Narrow::Expr(w)),
        Expr::I64(v) => u32::try_from(*v).ok().map(|c| Narrow::Const(c as i32)),
        _ => None,
    }
}

fn is_unwinding_check(m: &Module, s: &Stmt) -> bool {
    matches!(s, Stmt::If(Expr::Global(g), _, els) if Some(*g) == m.checks.unwinding && els.is_empty())
}

fn plain(e: &Expr) -> bool {
    !matches!(e, Expr::Call(..) | Expr::CallIndirect { .. } | Expr::Seq(..) | Expr::MemoryGrow(_)) && e.children().all(plain)
}

/// The shared functions' indices, by kind, when the module has them; with panics
/// unwinding (some check is followed by an unwinding check), they return the `unwinding`
/// flag, so the caller branches on it without reading the global (2 bytes a site).
#[derive(Clone, Copy, Default)]
pub struct Shared {
    funcs: [Option<u32>; 3],
    pub flag: bool,
}

impl Shared {
    /// Numbers the shared functions, from `next` on, for the live functions' sites
    /// ([`count`]'s sums).
    pub fn plan(n: [usize; 3], flag: bool, next: &mut u32) -> Shared {
        let mut out = Shared { flag, ..Shared::default() };
        for (i, c) in n.iter().enumerate() {
            if *c >= SHARED_FROM {
                out.funcs[i] = Some(*next);
                *next += 1;
            }
        }
        out
    }

    pub fn func(&self, k: Kind) -> Option<u32> {
        self.funcs[k as usize]
    }

    /// The shared functions in index order: kind, parameters and name.
    pub fn planned(&self) -> impl Iterator<Item = (Kind, &'static [ValType], &'static str)> + '_ {
        KINDS.into_iter().filter(|k| self.func(*k).is_some()).map(|k| match k {
            Kind::Index => (k, &[ValType::I64, ValType::I32, ValType::I32, ValType::I32][..], "gowasm.checkIndex"),
            Kind::Slice => (k, &[ValType::I32, ValType::I64, ValType::I64, ValType::I32, ValType::I32][..], "gowasm.checkSlice"),
            Kind::Nil => (k, &[ValType::I32, ValType::I32, ValType::I32][..], "gowasm.checkNil"),
        })
    }
}

/// Counts the sites that call the shared functions (outside tight loops); `params`: the
/// parameters of those that check one of the parameters `params.0` (`nonnil.rs`).
pub fn count(m: &Module, ss: &[Stmt], n: &mut [usize; 3], flag: &mut bool, params: (u64, &mut Vec<u32>)) {
    fn expr(m: &Module, e: &Expr, n: &mut [usize; 3], flag: &mut bool, params: (u64, &mut Vec<u32>)) {
        if let Expr::Seq(ss, _) = e {
            count(m, ss, n, flag, (params.0, &mut *params.1));
        }
        e.each_child(|c| expr(m, c, n, flag, (params.0, &mut *params.1)));
    }
    for s in ss {
        if matches!(s, Stmt::Loop(_, b) if tight(m, b)) {
            continue;
        }
        if let Some(site) = site(m, s) {
            n[site.kind as usize] += 1;
            *flag |= !site.after.is_empty();
            if let Some((p, _)) = super::nonnil::param_site(s, m.checks.panic_nil, params.0) {
                params.1.push(p);
            }
        }
        s.each_expr(|e| expr(m, e, n, flag, (params.0, &mut *params.1)));
        s.bodies().for_each(|b| count(m, std::slice::from_ref(b), n, flag, (params.0, &mut *params.1)));
    }
}

/// Whether a loop's body calls nothing but its checks' panics. There a call of the shared
/// function would be most of an iteration's cost in engines that do not inline it (wasmtime,
/// wasmi: a sieve's marking loop ran 2–4× slower), so its checks stay inline.
pub fn tight(m: &Module, body: &[Stmt]) -> bool {
    fn calls(m: &Module, e: &Expr) -> bool {
        match e {
            Expr::Call(..) | Expr::CallIndirect { .. } => true,
            Expr::Seq(ss, x) => !tight(m, ss) || calls(m, x),
            e => {
                let mut found = false;
                e.each_child(|c| found = found || calls(m, c));
                found
            }
        }
    }
    body.iter().all(|s| {
        if site(m, s).is_some() {
            return true;
        }
        let mut found = false;
        s.each_expr(|e| found = found || calls(m, e));
        !found && s.bodies().all(|b| tight(m, std::slice::from_ref(b)))
    })
}

/// The body of the shared function of `kind`, calling the runtime's `panic` (its index);
/// with `unwinding` (the global's index), it returns that flag.
pub fn body(kind: Kind, panic: u32, unwinding: Option<u32>) -> Function {
    let mut f = Function::new([]);
    let mut ins = f.instructions();
    match kind {
        Kind::Index => ins.local_get(0).local_get(1).i64_extend_i32_u().i64_ge_u(),
        Kind::Slice => ins.local_get(1).local_get(2).i64_gt_u(),
        Kind::Nil => ins.local_get(0).i32_eqz(),
    };
    ins.if_(wasm_encoder::BlockType::Empty);
    let params = match kind {
        Kind::Index => 0..4,
        Kind::Slice => 0..5,
        Kind::Nil => 1..3,
    };
    for p in params {
        ins.local_get(p);
        if kind == Kind::Index && p == 1 {
            ins.i64_extend_i32_u();
        }
    }
    // With panics unwinding the panic returns, and the caller's unwinding check follows.
    ins.call(panic).end();
    if let Some(g) = unwinding {
        ins.global_get(g);
    }
    ins.end();
    f
}
