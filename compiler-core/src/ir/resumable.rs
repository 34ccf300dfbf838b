//! Resumable functions: goroutines without stack switching.
//!
//! Wasm has no portable stack switching, so goroutines are built from ordinary functions by
//! the compiler, as binaryen's Asyncify does after the fact, but with the IR's knowledge of
//! which calls may block. Everything that cannot block stays a plain Wasm function, emitted
//! exactly as without goroutines. The scheduler's side (parking, the saved stack, run
//! queues, exports as goroutines) is in `runtime/sched.go`.
//!
//! **May block** ([`may_block`], on the IR after lowering): a function may block when it
//! calls `runtime.gopark` or a function that may block. Channel operations, `select` and
//! `runtime.Gosched` reach gopark through the Go runtime. Calls through the table (function
//! values, interface methods, deferred calls, `go f(x)` of a func value) whose signature some
//! blocking table function has (table functions: `FuncAddr`s and method-table relocations,
//! so method tables are built before this runs) become direct calls of a trampoline
//! `(args..., callee)` that makes the indirect call ([`wrap_indirect`]): a blocking function
//! without a frame, so callers spill the callee with the arguments and call it again when
//! resumed, and the callee rewinds its own frame. Indirect calls in the runtime (the
//! scheduler entering a goroutine, deferred calls run by a panic) are not followed.
//!
//! **The transform** ([`transform`]) rewrites every blocking function except gopark, the
//! trampolines and the goroutine entries (`runtime.goentryN`: rewound, they reload their
//! arguments from the goroutine record and call again):
//!
//! 1. *Flatten*: each call of a blocking function becomes a statement of its own (`Set`,
//!    `SetMulti` or `Drop` of the call) whose arguments can be recomputed from locals:
//!    anything that reads memory or globals is spilled to a local first, earlier operands
//!    too, so the order of evaluation is kept.
//! 2. *Basic blocks*: the structured body is cut where blocking calls are. Statements that
//!    contain no blocking call stay structured inside their block (their `br`s to converted
//!    labels and their `return`s are rewritten).
//! 3. *Dispatch loop*: `block $save (loop $d (block $bN … (block $b0 (br_table $st)) code0
//!    …))`; a jump sets `$st` and branches to `$d`, or falls through to the next block.
//! 4. *Frame*: on entry `fp = gsp; gsp += size`. Each blocking call is preceded by `st = k`
//!    and followed by `br_if $save` on `gstate` (*unwinding*): the state, the function's info
//!    address and the live locals are stored at `fp`, and the function returns zeros.
//!    Entered with `gstate` *rewinding* (the entry tests `gstate` alone), it reloads them and
//!    dispatches to state k, which calls the callee again, down to the gopark that parked,
//!    which ends the rewind.
//!
//! Only locals live on entry to some resume block are saved (backward liveness over the
//! blocks), not counting the resumed call's own arguments: gopark ignores them when
//! rewinding, and a resumable callee reloads its parameters from its own frame (a
//! trampoline's callee index is kept). In programs without a heap the GC root statements
//! are removed first (`simplify::drop_roots`), so no dead shadow-stack frame pointer is
//! kept. Functions on a recursion cycle check `gsp > stackLimit` (gc's `fatal error: stack
//! overflow`).
//!
//! Frame layout: `[0] state`, `[4] info`, then 8 bytes per saved local. Info (a data
//! segment, read by the deadlock report in runtime/sched.go): frame size (u32), the length
//! (u16) of the dump text `main.f(...)\n\tmain.go:` (0 for runtime functions, hidden in
//! dumps as gc hides them), the text, then the source line (u32) of each state's call (from
//! the `Stmt::Line` markers the lowering emits per statement).
//!
//! Invariant: the transform knows only the IR and the runtime names of [`Runtime`] (gopark,
//! gstate, gsp, stackLimit, stackOverflow); it never depends on syntax or types.

use std::collections::HashMap;

use super::{callgraph, max_label, zero, BinOp, Expr as E, Func, FuncRef, Label, Local, Mem, Module, Stmt as S, ValType};

/// What the transform needs from the runtime.
pub struct Runtime {
    pub gopark: FuncRef,
    pub gstate: u32,
    pub gsp: u32,
    pub stack_limit: u32,
    pub stack_overflow: FuncRef,
}

/// Name prefix of the trampolines made by [`wrap_indirect`].
const TRAMPOLINE: &str = "runtime.indirect";

/// Indirect calls in the runtime are not followed: the scheduler entering a goroutine (it
/// runs until the goroutine parks), deferred calls run by a panic and String methods called
/// to print a panic value are assumed not to block.
const RUNTIME: &str = "runtime.";
const INIT: &str = "runtime.init";

/// Goroutine entries (runtime.goentryN), whose indirect call is a go statement's func value.
const GOENTRY: &str = "runtime.goentry";

/// Makes every indirect call that may reach a blocking function a direct call of a
/// trampoline `(args..., callee) -> results` that makes the indirect call. Callers then
/// treat it as any blocking call (spilled arguments, a resume state); the trampoline needs
/// no frame: on unwinding it just returns, and when resumed the caller calls it again with
/// the same callee, whose frame rewinds.
///
/// `known` gives the call graph of the functions whose call graph is known without walking
/// their bodies. Returns which functions may block ([`may_block`]) once the trampolines are
/// in.
///
/// Each other body is walked once, for the same: each round of [`may_block`] reads those
/// (a redirected call is an edge to its trampoline), and a round's redirection rewrites only
/// the bodies with calls of the signatures it wrapped.
pub fn wrap_indirect<'a>(m: &mut Module, gopark: FuncRef, known: &dyn Fn(usize) -> Option<Known<'a>>) -> Vec<bool> {
    let n = m.funcs.len();
    let mut table: Vec<usize> = Vec::new();
    // Per function: its direct callees (then, once redirected, its trampolines), and the
    // signatures (as indices into `sigs`) of its indirect calls when it is redirected.
    let mut edges: Vec<Vec<u32>> = Vec::with_capacity(n);
    let mut indirect: Vec<Vec<u32>> = Vec::with_capacity(n);
    let mut sig_ids = super::callgraph::SigIds::default();
    callgraph::each_calls(m, known, &|i| is_redirected(&m.funcs[i].name), |i, k| {
        table.extend(k.addrs.iter().map(|&a| a as usize));
        let mut ind: Vec<u32> = if is_redirected(&m.funcs[i].name) { k.sigs.iter().map(|s| sig_ids.intern(s)).collect() } else { Vec::new() };
        ind.sort_unstable();
        ind.dedup();
        edges.push(k.callees.to_vec());
        indirect.push(ind);
    });
    table.extend(m.table_funcs().map(|i| i as usize));
    crate::sort::sort(&mut table);
    table.dedup();
    let mut wrapped: HashMap<(Vec<ValType>, Vec<ValType>), FuncRef> = HashMap::new();
    loop {
        let blocking = may_block(m, gopark, &|i| edges.get(i).map(Vec::as_slice));
        let new: Vec<(Vec<ValType>, Vec<ValType>)> = table
            .iter()
            .filter(|&&i| blocking[i] && !wrapped.contains_key(&(m.funcs[i].params.to_vec(), m.funcs[i].results.to_vec())))
            .map(|&i| (m.funcs[i].params.to_vec(), m.funcs[i].results.to_vec()))
            .collect();
        if new.is_empty() {
            return blocking;
        }
        // The trampoline of each signature wrapped this round, by signature index.
        let mut now: Vec<(u32, u32)> = Vec::new();
        for sig in new {
            if wrapped.contains_key(&sig) {
                continue;
            }
            let (params, results) = sig.clone();
            let n = params.len() as u32;
            let mut tp = params.clone();
            tp.push(ValType::I32);
            let body = vec![S::Return(vec![E::indirect(params.clone(), results.clone(), E::Local(n), (0..n).map(E::Local).collect())])];
            let idx = m.funcs.len() as u32;
            m.funcs.push(super::Func { name: format!("{TRAMPOLINE}{idx}").into(), file: Default::default(), params: tp.into(), results: results.into(), locals: vec![], body: body.into() });
            edges.push(Vec::new());
            indirect.push(Vec::new());
            if let Some(id) = sig_ids.find(&sig.0, &sig.1) {
                now.push((id, idx));
            }
            wrapped.insert(sig, FuncRef::Func(idx));
        }
        // (Natively the bodies may be rewritten afterwards, on the module's threads.)
        #[cfg(not(target_arch = "wasm32"))]
        let (threads, mut hits) = (m.threads, Vec::new());
        for (i, f) in m.funcs.iter_mut().enumerate() {
            let mut hit = false;
            for (id, t) in &now {
                if indirect[i].binary_search(id).is_ok() {
                    hit = true;
                    edges[i].push(*t);
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            if hit && threads > 1 {
                hits.push(f);
                continue;
            }
            if hit {
                f.body.iter_mut().for_each(|s| redirect_stmt(s, &wrapped));
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        crate::par::each_mut(&mut hits, threads, || (), |_, _, f| f.body.iter_mut().for_each(|s| redirect_stmt(s, &wrapped)));
    }
}

pub use super::callgraph::Known;

/// Whether a function's indirect calls go through trampolines: not the runtime's, except
/// package initialization (runtime.init runs the program's own code) and goroutine entries.
fn is_redirected(name: &str) -> bool {
    !name.starts_with(RUNTIME) || name.starts_with(GOENTRY) || name == INIT
}

fn redirect_stmt(s: &mut S, w: &HashMap<(Vec<ValType>, Vec<ValType>), FuncRef>) {
    s.exprs_mut().for_each(|e| redirect_expr(e, w));
    s.bodies_mut().for_each(|b| redirect_stmt(b, w));
}

fn redirect_expr(e: &mut E, w: &HashMap<(Vec<ValType>, Vec<ValType>), FuncRef>) {
    if let E::Seq(ss, _) = e {
        ss.iter_mut().for_each(|s| redirect_stmt(s, w));
    }
    e.children_mut().for_each(|x| redirect_expr(x, w));
    if let E::CallIndirect { sig, callee, args } = e {
        if let Some(&t) = w.get(&(sig.params.clone(), sig.results.clone())) {
            let mut a = std::mem::take(args);
            a.push(std::mem::replace(&mut **callee, E::I32(0)));
            *e = E::Call(t, a);
        }
    }
}

/// Which functions may block. The direct callees of the functions `known` gives come from
/// it instead of from their bodies.
pub fn may_block<'a>(m: &Module, gopark: FuncRef, known: &dyn Fn(usize) -> Option<&'a [u32]>) -> Vec<bool> {
    let mut blocking: Vec<bool> = m.funcs.iter().map(|f| f.name.starts_with(TRAMPOLINE)).collect();
    if let FuncRef::Func(g) = gopark {
        blocking[g as usize] = true;
    }
    // The callers of blocking functions block, transitively (calls through the table go
    // through trampolines, which block).
    callgraph::callers(m, blocking, &|i| known(i).map(|callees| Known { callees, addrs: &[], sigs: &[] }), None).0
}

fn is_blocking(f: &FuncRef, blocking: &[bool]) -> bool {
    matches!(f, FuncRef::Func(i) if blocking.get(*i as usize).copied().unwrap_or(false))
}

fn stmt_blocks(s: &S, b: &[bool]) -> bool {
    s.exprs().any(|e| expr_blocks(e, b)) || s.bodies().any(|s| stmt_blocks(s, b))
}

fn expr_blocks(e: &E, b: &[bool]) -> bool {
    let own = match e {
        E::Call(f, _) => is_blocking(f, b),
        E::Seq(ss, _) => ss.iter().any(|s| stmt_blocks(s, b)),
        _ => false,
    };
    own || e.children().any(|x| expr_blocks(x, b))
}

/// The direct callees of a function's body (calls, not addresses), in order.
pub fn callees(body: &[S]) -> Vec<u32> {
    let mut out = Vec::new();
    visit_calls(body, &mut |c| out.push(c));
    out
}

/// Calls `f` with the callee of each direct call in `body`, in order.
fn visit_calls(body: &[S], f: &mut impl FnMut(u32)) {
    super::visit_exprs(body, &mut |e| {
        if let E::Call(FuncRef::Func(i), _) = e {
            f(*i);
        }
    });
}

/// A function whose transform an earlier compilation did: its direct callees, and its frame
/// info when it was rewritten (its body is set by the caller).
pub struct Done<'a> {
    pub callees: &'a [u32],
    pub info: Option<&'a [u8]>,
}

/// Rewrites every function that may block (`blocking`, from [`may_block`] on the module as
/// it is now) into resumable form, except gopark and the functions `done` gives; marks the
/// functions it rewrote, and returns the frame info segment of each function that has one
/// (function, segment): a done function that was rewritten gets its info at the same point
/// as if rewritten now; and which functions are on a cycle of blocking functions. `reread`:
/// the functions whose calls may differ from those `may_block` read.
#[inline(never)] // keeps its caller small for the browser (ARCHITECTURE.md)
pub fn transform<'a>(m: &mut Module, rt: &Runtime, blocking: &[bool], reread: &[bool], done: &dyn Fn(usize) -> Option<Done<'a>>) -> (Vec<bool>, Vec<(usize, u32)>, Vec<bool>) {
    let mut callees: Vec<Vec<usize>> = Vec::with_capacity(m.funcs.len());
    // (Natively the bodies to read may be read afterwards, on the module's threads.)
    #[cfg(not(target_arch = "wasm32"))]
    let mut read = Vec::new();
    for i in 0..m.funcs.len() {
        let mut out = Vec::new();
        let mut add = |c: u32| {
            if blocking.get(c as usize) == Some(&true) {
                out.push(c as usize);
            }
        };
        match done(i) {
            Some(d) => d.callees.iter().for_each(|&c| add(c)),
            // A function calling one that may block may block itself: one that does not
            // calls none, unless its calls changed since.
            None if blocking.get(i) == Some(&false) && reread.get(i) != Some(&true) => {}
            #[cfg(not(target_arch = "wasm32"))]
            None if m.threads > 1 => read.push(i),
            None => visit_calls(&m.funcs[i].body, &mut add),
        }
        callees.push(out);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let funcs = &m.funcs;
        let found = crate::par::map(read.len(), m.threads, || (), |_, k| {
            let mut out = Vec::new();
            visit_calls(&funcs[read[k]].body, &mut |c| if blocking.get(c as usize) == Some(&true) { out.push(c as usize) });
            out
        });
        read.into_iter().zip(found).for_each(|(i, out)| callees[i] = out);
    }
    let trampolines: Vec<bool> = m.funcs.iter().map(|f| f.name.starts_with(TRAMPOLINE)).collect();
    // A goroutine entry needs no frame either: it reloads the arguments from the goroutine's
    // argument area (which only it reads) and calls the target again, whose frame rewinds;
    // unwinding, it stores zero results into their own slots, read only once the goroutine
    // is done.
    let frameless: Vec<bool> = m.funcs.iter().enumerate().map(|(i, f)| trampolines[i] || f.name.starts_with(GOENTRY)).collect();
    let mut rewritten = vec![false; m.funcs.len()];
    let mut infos = Vec::new();
    let cyclic = on_cycle(&callees);
    // The functions to rewrite, each with its locals and body taken out: a transform reads
    // only other functions' names and results, so they run on `m.threads` workers.
    let mut jobs = Vec::new();
    for i in 0..m.funcs.len() {
        if let Some(d) = done(i) {
            if let Some(info) = d.info {
                infos.push((i, m.data.len() as u32));
                m.data.push(info.to_vec());
            }
            continue;
        }
        if blocking[i] && FuncRef::Func(i as u32) != rt.gopark && !frameless[i] {
            rewritten[i] = true;
            let info_data = m.data.len() as u32;
            m.data.push(Vec::new());
            infos.push((i, info_data));
            // Calls through the table may recurse: they always check the stack.
            let recursive = cyclic[i] || callees[i].iter().any(|&c| trampolines[c]);
            jobs.push((i, info_data, recursive, m.funcs[i].take_code(), Vec::new()));
        }
    }
    let shared = &*m;
    crate::par::each_mut(&mut jobs, m.threads, || (), |_, _, (i, info_data, recursive, f, info)| {
        *info = Transform { m: shared, f, func: *i, blocking, rt, info_data: *info_data, recursive: *recursive }.run();
    });
    for (i, info_data, _, f, info) in jobs {
        m.funcs[i].restore_code(f);
        m.data[info_data as usize] = info;
    }
    (rewritten, infos, cyclic)
}

/// Which functions can call themselves again through `callees` (blocking functions: only
/// those use goroutine stack): the members of strongly connected components of more than
/// one function, and functions that call themselves. Tarjan's algorithm, without
/// recursion: linear in the calls, where a search per function would be quadratic.
fn on_cycle(callees: &[Vec<usize>]) -> Vec<bool> {
    const UNSEEN: u32 = u32::MAX;
    let n = callees.len();
    let (mut index, mut low) = (vec![UNSEEN; n], vec![0u32; n]);
    let mut on_stack = vec![false; n];
    let mut cyclic = vec![false; n];
    let (mut stack, mut next) = (Vec::new(), 0u32);
    // The search path: each function with the position of its next callee.
    let mut path: Vec<(usize, usize)> = Vec::new();
    for root in (0..n).filter(|&f| !callees[f].is_empty()) {
        if index[root] != UNSEEN {
            continue;
        }
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        path.push((root, 0));
        while let Some(top) = path.last_mut() {
            let (f, k) = *top;
            if let Some(&g) = callees[f].get(k) {
                top.1 += 1;
                cyclic[f] |= g == f;
                if index[g] == UNSEEN {
                    index[g] = next;
                    low[g] = next;
                    next += 1;
                    stack.push(g);
                    on_stack[g] = true;
                    path.push((g, 0));
                } else if on_stack[g] {
                    low[f] = low[f].min(index[g]);
                }
                continue;
            }
            path.pop();
            if let Some(&(p, _)) = path.last() {
                low[p] = low[p].min(low[f]);
            }
            if low[f] == index[f] {
                let at = stack.iter().rposition(|&g| g == f).unwrap_or(0);
                let component = stack.split_off(at);
                for &g in &component {
                    on_stack[g] = false;
                    cyclic[g] |= component.len() > 1;
                }
            }
        }
    }
    cyclic
}

struct Transform<'a> {
    /// The module, but for this function's locals and body: those are `f`'s.
    m: &'a Module,
    f: &'a mut Func,
    func: usize,
    blocking: &'a [bool],
    rt: &'a Runtime,
    info_data: u32,
    /// Part of a recursion: checks for goroutine stack overflow on entry.
    recursive: bool,
}

impl Transform<'_> {
    fn new_local(&mut self, t: ValType) -> Local {
        self.f.new_local(t)
    }

    fn local_type(&self, l: Local) -> ValType {
        self.f.local_type(l)
    }

    fn blocks(&self, e: &E) -> bool {
        expr_blocks(e, self.blocking)
    }

    /// Rewrites the function; returns its info for goroutine dumps.
    fn run(&mut self) -> Vec<u8> {
        let mut body = std::mem::take(&mut self.f.body).into_vec();
        if self.f.results.is_empty() {
            body.push(S::Return(vec![]));
        }
        let body = self.flat_stmts(body);
        let nsaved = (self.f.params.len() + self.f.locals.len()) as u32;
        let fp = self.new_local(ValType::I32);
        let st = self.new_local(ValType::I32);
        let max_label = max_label(&body);
        let (dispatch, save) = (max_label + 1, max_label + 2);
        let mut b = Builder {
            blocks: vec![Block::default()],
            cur: 0,
            labels: HashMap::new(),
            line: 0,
            fp,
            st,
            dispatch,
            save,
            rt: self.rt,
            blocking: self.blocking,
        };
        b.convert(body);
        b.finish_block();
        // Trailing blocks nothing jumps to (the dead block after the final return).
        while b.blocks.len() > 1 {
            let last = b.blocks.len() - 1;
            let used = b.blocks.iter().any(|x| x.succs.contains(&last));
            if used || b.blocks[last].resume || !matches!(b.blocks[last].code.as_slice(), [S::Unreachable]) {
                break;
            }
            b.blocks.pop();
            if let Some(prev) = b.blocks.last_mut() {
                prev.succs.retain(|&k| k != last);
            }
        }
        let argless = |f: &FuncRef| match f {
            FuncRef::Func(i) => self.blocking[*i as usize] && !self.m.funcs[*i as usize].name.starts_with(TRAMPOLINE),
            FuncRef::Import(_) => false,
        };
        let saved = live_at_resume(&b.blocks, nsaved, &argless);
        let n = b.blocks.len();
        let frame_size = 8 + 8 * saved.len() as i32;
        let results = self.f.results.clone();
        let zeros: Vec<E> = results.iter().map(|v| zero(*v)).collect();

        // Dispatch: nested blocks, innermost holding the br_table; block k's code follows
        // the end of its Wasm block.
        let first_label = save + 1;
        let labels: Vec<Label> = (0..n as u32).map(|k| first_label + k).collect();
        // Two states: state 1 branches, state 0 falls into the first block's code.
        let mut inner = if n == 2 { vec![S::If(E::Local(st), vec![S::Br(labels[1])], vec![])] } else { vec![S::BrTable(labels.clone(), labels[0], E::Local(st))] };
        let mut lines = Vec::with_capacity(n);
        for (k, blk) in b.blocks.into_iter().enumerate() {
            let mut wrapped = vec![S::Block(labels[k], inner)];
            wrapped.extend(blk.code);
            inner = wrapped;
            lines.push(blk.line);
        }
        let at = |off: i32| bin(BinOp::Add, E::Local(fp), E::I32(off));
        let mut out = vec![S::Set(fp, E::Global(self.rt.gsp)), S::SetGlobal(self.rt.gsp, bin(BinOp::Add, E::Local(fp), E::I32(frame_size)))];
        if self.recursive {
            out.push(S::If(
                E::bin(BinOp::GtU, ValType::I32, E::Global(self.rt.gsp), E::Global(self.rt.stack_limit)),
                vec![S::Drop(E::Call(self.rt.stack_overflow, vec![]), 0), S::Unreachable],
                vec![],
            ));
        }
        let mut restore = vec![S::Set(st, E::Load(Mem::I32, Box::new(E::Local(fp))))];
        let mut saves = vec![S::Store(Mem::I32, E::Local(fp), E::Local(st)), S::Store(Mem::I32, at(4), E::Data(self.info_data))];
        for (slot, &l) in saved.iter().enumerate() {
            let slot = slot as i32;
            let vt = self.local_type(l);
            let mem = mem_for(vt);
            restore.push(S::Set(l, E::Load(mem, Box::new(at(8 + 8 * slot)))));
            saves.push(S::Store(mem, at(8 + 8 * slot), E::Local(l)));
        }
        // On entry gstate is running or rewinding (never unwinding: an unwinding frame only
        // returns), so any non-zero value means rewinding.
        out.push(S::If(E::Global(self.rt.gstate), restore, vec![]));
        out.push(S::Block(save, vec![S::Loop(dispatch, inner)]));
        out.extend(saves);
        out.push(S::Return(zeros));
        self.f.body = out.into();

        // The function's info for goroutine dumps.
        // Runtime frames and generated ones without a source file (defer thunks, method
        // value wrappers) are hidden in dumps: no name, no lines.
        let f = &self.m.funcs[self.func];
        let mut info = frame_size.to_le_bytes().to_vec();
        if f.name.starts_with("runtime.") || f.file.is_empty() {
            info.extend_from_slice(&[0, 0]);
        } else {
            // A closure's context parameter is not a Go argument.
            let ctx = self.m.closures.contains(&(self.func as u32)) as usize;
            let args = if self.f.params.len() > ctx { "(...)" } else { "()" };
            let text = format!("{}{args}\n\t{}:", f.name, f.file);
            info.extend_from_slice(&(text.len() as u16).to_le_bytes());
            info.extend_from_slice(text.as_bytes());
            for l in lines {
                info.extend_from_slice(&l.to_le_bytes());
            }
        }
        info
    }

    // ---- flattening ----

    fn flat_stmts(&mut self, ss: Vec<S>) -> Vec<S> {
        let mut out = Vec::new();
        for s in ss {
            self.flat_stmt(s, &mut out);
        }
        out
    }

    fn flat_stmt(&mut self, s: S, out: &mut Vec<S>) {
        if !stmt_blocks(&s, self.blocking) {
            out.push(s);
            return;
        }
        match s {
            S::Set(l, E::Call(f, args)) if is_blocking(&f, self.blocking) => {
                let args = self.spill_args(args, out);
                out.push(S::Set(l, E::Call(f, args)));
            }
            S::SetMulti(ls, E::Call(f, args)) if is_blocking(&f, self.blocking) => {
                let args = self.spill_args(args, out);
                out.push(S::SetMulti(ls, E::Call(f, args)));
            }
            S::Drop(E::Call(f, args), n) if is_blocking(&f, self.blocking) => {
                let args = self.spill_args(args, out);
                out.push(S::Drop(E::Call(f, args), n));
            }
            S::Set(l, e) => {
                let e = self.flat_expr(e, out);
                out.push(S::Set(l, e));
            }
            S::SetGlobal(g, e) => {
                let e = self.flat_expr(e, out);
                out.push(S::SetGlobal(g, e));
            }
            S::SetMulti(ls, e) => {
                // A non-blocking multi-value call with blocking arguments.
                let e = match e {
                    E::Call(f, args) => {
                        let args = self.flat_list(args, out);
                        E::Call(f, args)
                    }
                    e => self.flat_expr(e, out),
                };
                out.push(S::SetMulti(ls, e));
            }
            S::Drop(e, n) => {
                let e = match e {
                    E::Call(f, args) => {
                        let args = self.flat_list(args, out);
                        E::Call(f, args)
                    }
                    e => self.flat_expr(e, out),
                };
                out.push(S::Drop(e, n));
            }
            S::Store(m, a, v) => {
                let mut xs = self.flat_list(vec![a, v], out);
                let v = xs.pop().unwrap_or(E::I32(0));
                let a = xs.pop().unwrap_or(E::I32(0));
                out.push(S::Store(m, a, v));
            }
            S::If(c, a, b) => {
                let c = self.flat_expr(c, out);
                let a = self.flat_stmts(a);
                let b = self.flat_stmts(b);
                out.push(S::If(c, a, b));
            }
            S::Block(l, body) => {
                let body = self.flat_stmts(body);
                out.push(S::Block(l, body));
            }
            S::Loop(l, body) => {
                let body = self.flat_stmts(body);
                out.push(S::Loop(l, body));
            }
            S::Return(es) => {
                let es = self.flat_list(es, out);
                out.push(S::Return(es));
            }
            S::BrTable(ls, d, e) => {
                let e = self.flat_expr(e, out);
                out.push(S::BrTable(ls, d, e));
            }
            s => out.push(s),
        }
    }

    /// Arguments of a blocking call: evaluated into locals (saved in the frame) so that
    /// resuming the call does not evaluate them again.
    fn spill_args(&mut self, args: Vec<E>, out: &mut Vec<S>) -> Vec<E> {
        let args = self.flat_list(args, out);
        args.into_iter()
            .map(|a| match a {
                // Arithmetic on locals gives the same value when resumed: the locals are not
                // written between here and the call, which starts the resume block, and
                // their values are in the frame.
                a if recomputable(&a) => a,
                a => {
                    let t = self.type_of(&a);
                    let l = self.new_local(t);
                    out.push(S::Set(l, a));
                    E::Local(l)
                }
            })
            .collect()
    }

    /// Flattens a list of operands evaluated in order: those before the last one that
    /// blocks are spilled into locals first, so the order of evaluation is kept.
    fn flat_list(&mut self, xs: Vec<E>, out: &mut Vec<S>) -> Vec<E> {
        let Some(last) = xs.iter().rposition(|x| self.blocks(x)) else {
            return xs;
        };
        let mut res = Vec::with_capacity(xs.len());
        for (i, x) in xs.into_iter().enumerate() {
            if i < last {
                let x = self.flat_expr(x, out);
                match x {
                    E::I32(_) | E::I64(_) | E::F32(_) | E::F64(_) | E::Data(_) => res.push(x),
                    x => {
                        let t = self.type_of(&x);
                        let l = self.new_local(t);
                        out.push(S::Set(l, x));
                        res.push(E::Local(l));
                    }
                }
            } else if i == last {
                res.push(self.flat_expr(x, out));
            } else {
                res.push(x);
            }
        }
        res
    }

    fn flat_expr(&mut self, e: E, out: &mut Vec<S>) -> E {
        if !self.blocks(&e) {
            return e;
        }
        match e {
            E::Call(f, args) if is_blocking(&f, self.blocking) => {
                let t = self.call_result(&f);
                let args = self.spill_args(args, out);
                let l = self.new_local(t);
                out.push(S::Set(l, E::Call(f, args)));
                E::Local(l)
            }
            E::Call(f, args) => E::Call(f, self.flat_list(args, out)),
            E::CallIndirect { sig, callee, args } => {
                let mut xs = args;
                xs.push(*callee);
                let mut xs = self.flat_list(xs, out);
                let callee = xs.pop().unwrap_or(E::I32(0));
                E::CallIndirect { sig, callee: Box::new(callee), args: xs }
            }
            E::Un(op, t, x) => E::Un(op, t, Box::new(self.flat_expr(*x, out))),
            E::Conv(c, x) => E::Conv(c, Box::new(self.flat_expr(*x, out))),
            E::Load(m, x) => E::Load(m, Box::new(self.flat_expr(*x, out))),
            E::MemoryGrow(x) => E::MemoryGrow(Box::new(self.flat_expr(*x, out))),
            E::Bin(op, t, xy) => {
                let mut xs = self.flat_list(Vec::from(xy as Box<[E]>), out);
                let y = xs.pop().unwrap_or(E::I32(0));
                let x = xs.pop().unwrap_or(E::I32(0));
                E::bin(op, t, x, y)
            }
            E::Select(x, y, z) => {
                let mut xs = self.flat_list(vec![*x, *y, *z], out);
                let z = xs.pop().unwrap_or(E::I32(0));
                let y = xs.pop().unwrap_or(E::I32(0));
                let x = xs.pop().unwrap_or(E::I32(0));
                E::Select(Box::new(x), Box::new(y), Box::new(z))
            }
            E::If(t, c, a, b) => {
                let c = self.flat_expr(*c, out);
                if !self.blocks(&a) && !self.blocks(&b) {
                    return E::If(t, Box::new(c), a, b);
                }
                let r = self.new_local(t);
                let a = self.flat_stmts(vec![S::Set(r, *a)]);
                let b = self.flat_stmts(vec![S::Set(r, *b)]);
                out.push(S::If(c, a, b));
                E::Local(r)
            }
            E::Seq(ss, x) => {
                for s in ss {
                    self.flat_stmt(s, out);
                }
                self.flat_expr(*x, out)
            }
            e => e,
        }
    }

    fn call_result(&self, f: &FuncRef) -> ValType {
        match f {
            FuncRef::Func(i) => self.m.funcs[*i as usize].results.first().copied().unwrap_or(ValType::I32),
            FuncRef::Import(i) => self.m.imports[*i as usize].results.first().copied().unwrap_or(ValType::I32),
        }
    }

    fn type_of(&self, e: &E) -> ValType {
        self.m.type_in(self.func, self.f, e)
    }
}

fn recomputable(e: &E) -> bool {
    match e {
        E::Local(_) | E::I32(_) | E::I64(_) | E::F32(_) | E::F64(_) | E::Data(_) | E::FuncAddr(_) | E::HeapBase => true,
        E::Un(_, _, x) | E::Conv(_, x) => recomputable(x),
        E::Bin(op, _, xy) => !matches!(op, BinOp::DivS | BinOp::DivU | BinOp::RemS | BinOp::RemU) && xy.iter().all(recomputable),
        _ => false,
    }
}


fn bin(op: BinOp, a: E, b: E) -> E {
    E::bin(op, ValType::I32, a, b)
}

fn mem_for(vt: ValType) -> Mem {
    match vt {
        ValType::I32 => Mem::I32,
        ValType::I64 => Mem::I64,
        ValType::F32 => Mem::F32,
        ValType::F64 => Mem::F64,
    }
}

#[derive(Default)]
struct Block {
    code: Vec<S>,
    succs: Vec<usize>,
    /// Source line of the call this block resumes.
    line: u32,
    /// The block starts with a blocking call: a state a frame may be saved in.
    resume: bool,
    terminated: bool,
}

/// Builds basic blocks from flattened structured statements.
struct Builder<'a> {
    blocks: Vec<Block>,
    cur: usize,
    /// Converted labels → the block a `br` to them goes to.
    labels: HashMap<Label, usize>,
    line: u32,
    fp: Local,
    st: Local,
    dispatch: Label,
    save: Label,
    rt: &'a Runtime,
    blocking: &'a [bool],
}

impl Builder<'_> {
    fn new_block(&mut self) -> usize {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }

    fn push(&mut self, s: S) {
        self.blocks[self.cur].code.push(s);
    }

    fn jump(&mut self, k: usize) -> Vec<S> {
        self.blocks[self.cur].succs.push(k);
        vec![S::Set(self.st, E::I32(k as i32)), S::Br(self.dispatch)]
    }

    fn goto(&mut self, k: usize) {
        if k != self.cur + 1 {
            let j = self.jump(k);
            self.blocks[self.cur].code.extend(j);
        } else {
            self.blocks[self.cur].succs.push(k);
        }
        self.blocks[self.cur].terminated = true;
    }

    fn finish_block(&mut self) {
        if !self.blocks[self.cur].terminated {
            self.push(S::Unreachable);
            self.blocks[self.cur].terminated = true;
        }
    }

    fn switch_to(&mut self, k: usize) {
        self.finish_block();
        self.cur = k;
    }

    fn convert(&mut self, ss: Vec<S>) {
        for s in ss {
            self.convert_stmt(s);
        }
    }

    fn convert_stmt(&mut self, s: S) {
        if let S::Line(l) = s {
            self.line = l;
            return;
        }
        if !stmt_blocks(&s, self.blocking) {
            match s {
                S::Br(l) if self.labels.contains_key(&l) => {
                    let k = self.labels[&l];
                    self.goto(k);
                    let d = self.new_block();
                    self.switch_to(d);
                }
                S::Return(es) => {
                    self.push(S::SetGlobal(self.rt.gsp, E::Local(self.fp)));
                    self.push(S::Return(es));
                    self.blocks[self.cur].terminated = true;
                    let d = self.new_block();
                    self.switch_to(d);
                }
                S::Unreachable => {
                    self.push(S::Unreachable);
                    self.blocks[self.cur].terminated = true;
                    let d = self.new_block();
                    self.switch_to(d);
                }
                S::BrTable(ls, d, e) => {
                    let ss = self.br_table(ls, d, e);
                    self.blocks[self.cur].code.extend(ss);
                    self.blocks[self.cur].terminated = true;
                    let d = self.new_block();
                    self.switch_to(d);
                }
                s => {
                    if let Some(l) = last_line(&s) {
                        self.line = l;
                    }
                    let ss = self.rewrite_kept(s);
                    self.blocks[self.cur].code.extend(ss);
                }
            }
            return;
        }
        match s {
            S::Block(l, body) => {
                let after = self.new_block();
                self.labels.insert(l, after);
                self.convert(body);
                self.goto(after);
                self.switch_to(after);
            }
            S::Loop(l, body) => {
                let head = self.new_block();
                self.goto(head);
                self.switch_to(head);
                self.labels.insert(l, head);
                self.convert(body);
                let after = self.new_block();
                self.goto(after);
                self.switch_to(after);
            }
            S::If(c, a, b) => {
                let (tb, eb) = (self.new_block(), self.new_block());
                let after = self.new_block();
                let (jt, je) = (self.jump(tb), self.jump(eb));
                self.push(S::If(c, jt, je));
                self.blocks[self.cur].terminated = true;
                self.switch_to(tb);
                self.convert(a);
                self.goto(after);
                self.switch_to(eb);
                self.convert(b);
                self.goto(after);
                self.switch_to(after);
            }
            call => {
                // A blocking call (flattening left no other blocking statement): it starts
                // a block, the resume point; after it, an unwinding callee means: save, return.
                let k = self.new_block();
                self.goto(k);
                self.switch_to(k);
                self.blocks[k].line = self.line;
                self.blocks[k].resume = true;
                // The state is set before the call: nothing reads it until the next jump
                // sets it again, and an unwinding callee leaves it to be saved.
                self.push(S::Set(self.st, E::I32(k as i32)));
                self.push(call);
                // Right after a call gstate is running or unwinding (a rewind ends in gopark).
                self.push(S::If(E::Global(self.rt.gstate), vec![S::Br(self.save)], vec![]));
            }
        }
    }

    /// A statement kept structured: branches to converted labels go through the dispatch
    /// loop; returns release the frame.
    fn rewrite_kept(&mut self, s: S) -> Vec<S> {
        let mut list = |b: Vec<S>| -> Vec<S> { b.into_iter().flat_map(|s| self.rewrite_kept(s)).collect() };
        match s {
            S::Br(l) => match self.labels.get(&l) {
                Some(&k) => self.jump(k),
                None => vec![S::Br(l)],
            },
            S::Return(es) => vec![S::SetGlobal(self.rt.gsp, E::Local(self.fp)), S::Return(es)],
            S::If(c, a, b) => {
                let a = list(a);
                vec![S::If(c, a, list(b))]
            }
            S::Block(l, b) => vec![S::Block(l, list(b))],
            S::Loop(l, b) => vec![S::Loop(l, list(b))],
            S::BrTable(ls, d, e) => self.br_table(ls, d, e),
            s => vec![s],
        }
    }

    /// A `br_table` (a goto's dispatch) some of whose labels became blocks: a chain of
    /// tests on the index, each branching as `rewrite_kept` does.
    fn br_table(&mut self, ls: Vec<Label>, d: Label, e: E) -> Vec<S> {
        if !ls.iter().chain([&d]).any(|l| self.labels.contains_key(l)) {
            return vec![S::BrTable(ls, d, e)];
        }
        // The index goes in the state local: the tests read it before a jump sets it.
        let mut out = vec![S::Set(self.st, e)];
        let mut chain = self.rewrite_kept(S::Br(d));
        for (i, l) in ls.into_iter().enumerate().rev() {
            let hit = E::bin(BinOp::Eq, ValType::I32, E::Local(self.st), E::I32(i as i32));
            chain = vec![S::If(hit, self.rewrite_kept(S::Br(l)), chain)];
        }
        out.extend(chain);
        out
    }
}

fn last_line(s: &S) -> Option<u32> {
    match s {
        S::Line(l) => Some(*l),
        S::If(_, a, b) => b.iter().rev().find_map(last_line).or_else(|| a.iter().rev().find_map(last_line)),
        S::Block(_, b) | S::Loop(_, b) => b.iter().rev().find_map(last_line),
        _ => None,
    }
}

/// Locals live on entry to some resume block: the ones a frame must keep. Backward
/// liveness over the blocks; a structured statement kept inside a block counts all its
/// reads as uses and none of its writes as definitions (they may not happen).
/// A resumed call reads no argument: gopark only ends the rewind, and a resumable callee
/// reloads its parameters from its own frame (a trampoline still needs its callee). So the
/// locals only the call's arguments read are not kept for the resume of its own block (they
/// still are for a block that reaches the call later).
fn live_at_resume(blocks: &[Block], nlocals: u32, argless: &dyn Fn(&FuncRef) -> bool) -> Vec<Local> {
    let n = blocks.len();
    let words = (nlocals as usize).div_ceil(64).max(1);
    let set = |v: &mut Vec<u64>, l: Local| {
        if l < nlocals {
            v[l as usize / 64] |= 1 << (l % 64);
        }
    };
    let has = |v: &Vec<u64>, l: Local| v[l as usize / 64] & (1 << (l % 64)) != 0;
    // Upward-exposed reads and definitions of a block.
    let scan = |b: &Block, resumed: bool| {
        let (mut ue, mut def) = (vec![0u64; words], vec![0u64; words]);
        for s in &b.code {
            let mut reads = Vec::new();
            let call = match s {
                S::Drop(E::Call(f, _), _) | S::Set(_, E::Call(f, _)) | S::SetMulti(_, E::Call(f, _)) => Some(f),
                _ => None,
            };
            if !(resumed && call.is_some_and(argless)) {
                stmt_reads(s, &mut reads);
            }
            for l in reads {
                if l < nlocals && !has(&def, l) {
                    set(&mut ue, l);
                }
            }
            match s {
                S::Set(l, _) => set(&mut def, *l),
                S::SetMulti(ls, _) => ls.iter().for_each(|l| set(&mut def, *l)),
                S::Frame { fp, .. } => set(&mut def, *fp),
                _ => {}
            }
        }
        (ue, def)
    };
    let (ue, def): (Vec<_>, Vec<_>) = blocks.iter().map(|b| scan(b, false)).unzip();
    let mut live_in = ue.clone();
    loop {
        let mut changed = false;
        for k in (0..n).rev() {
            let mut out = vec![0u64; words];
            for &s in &blocks[k].succs {
                for w in 0..words {
                    out[w] |= live_in[s][w];
                }
            }
            for w in 0..words {
                let v = ue[k][w] | (out[w] & !def[k][w]);
                if v != live_in[k][w] {
                    live_in[k][w] = v;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let mut keep = vec![0u64; words];
    for b in blocks {
        if b.line != 0 || b.resume {
            let (ue, def) = scan(b, true);
            for w in 0..words {
                let out = b.succs.iter().fold(0u64, |o, &s| o | live_in[s][w]);
                keep[w] |= ue[w] | (out & !def[w]);
            }
        }
    }
    (0..nlocals).filter(|l| has(&keep, *l)).collect()
}

fn stmt_reads(s: &S, out: &mut Vec<Local>) {
    match s {
        S::Root { fp, value, .. } => out.extend([*fp, *value]),
        S::FrameReset { fp, .. } | S::FramePop(fp) => out.push(*fp),
        _ => {}
    }
    s.exprs().for_each(|e| expr_reads(e, out));
    s.bodies().for_each(|s| stmt_reads(s, out));
}

fn expr_reads(e: &E, out: &mut Vec<Local>) {
    match e {
        E::Local(l) => out.push(*l),
        E::Seq(ss, _) => ss.iter().for_each(|s| stmt_reads(s, out)),
        _ => {}
    }
    e.children().for_each(|x| expr_reads(x, out));
}
