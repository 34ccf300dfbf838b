//! Range over functions (Go 1.23 iterators), rewritten as gc's front end does
//! (`cmd/compile/internal/rangefunc/rewrite.go`), here while lowering:
//!
//! `for k, v := range f { body }` calls `f(yield)` where `yield` is the body lowered as a
//! function of its own (`main.g-range1`: a closure whose object holds the loop's frame,
//! its state cell and the cells of the variables the body uses, `info.range_captures`).
//! The iteration variables are its parameters, so each iteration has its own.
//!
//! - **State** (gc's `#stateN`, one heap cell per execution of the loop): ready (1) before
//!   a call of the body; the body sets it to panic (2) on entry, back to ready when it
//!   continues (returns true) and to done (0) when it leaves the loop (returns false);
//!   exhausted (3) once `f` returned. A call of the body in any state but ready panics with
//!   gc's runtime error for that state (`runtime.panicrangestate`), and so does `f`
//!   returning while the state is panic: the iterator swallowed a panic of the body.
//! - **Leaving the loop** other than by `break`/`continue` of the loop itself: `return`,
//!   `goto`, and `break`/`continue` of an enclosing statement. The body stores an exit
//!   code (the branch statement's source position, unique in the compilation) in the
//!   frame's `next` word, sets its state to done and returns false. After `f` returns, the
//!   code that lowered the loop tests `next` for each exit its body reported: a target it
//!   holds (its loops, goto labels, the function's return; a body: its own loop's break or
//!   continue) is taken with `next` reset, any other makes it leave its own loop the same
//!   way (nested loops: gc's `#next` checks).
//! - **Frame** (one per outermost range-over-func loop, shared by the loops nested in its
//!   body): `+0` next, `+4` defer marker, `+8` the function's defer chain base, `+16` the
//!   values of a `return` with results (8-byte slots), which the function then returns.
//! - **defer** in the body belongs to the function running the loop, not to the body nor
//!   to the iterator (gc's `deferprocat`): the outermost loop whose body defers pushes an
//!   empty marker record on the function's chain, and the body's records are inserted just
//!   below it (`runtime.deferat`), so the iterator's own deferred calls (above the marker)
//!   never run them and the function runs them, in order, when it returns.

use crate::diag::Pos;
use crate::ir::{BinOp, Expr as E, Func, FuncRef, Local, Mem, Stmt as S, UnOp, ValType};
use crate::syntax::ast::{BranchKind, Expr, ExprKind, FuncDecl, FuncType, Ident, Stmt};
use crate::types::check::ObjKind;
use crate::types::Type;

use super::data::offset;
use super::defers::{has_defer, HEADER};
use super::stmt::goto_labels;
use super::vals::{Locals, Vals};
use super::{bin, conc_mem, is_aggregate, repr, strip, vals, FnLower};

const DONE: i32 = 0;
const READY: i32 = 1;
const PANIC: i32 = 2;
const EXHAUSTED: i32 = 3;
const MISSING_PANIC: i32 = 4;
/// Where a `return`'s values start in the frame.
const RESULTS: u32 = 16;

/// What a range-over-func body that is being lowered knows of its loop.
pub(super) struct RangeBody {
    /// Locals holding the frame's and the state cell's addresses.
    frame: Local,
    state: Local,
    /// The loop's label, if any.
    label: Option<String>,
    /// The Wasm result types of the function the loop is in (a `return` sets them).
    fn_results: Vec<ValType>,
    /// Their Go types.
    fn_go_results: Vec<crate::types::TypeId>,
    /// Control leaving the loop to targets outside the body, by exit code.
    exits: Vec<(i32, Exit)>,
}

#[derive(Clone)]
enum Exit {
    /// `return`, with values in the frame or bare.
    Return { values: bool },
    Break(String),
    Continue(String),
    Goto(String),
}

impl FnLower<'_, '_> {
    /// The Wasm and Go result types a `return` here sets: the function's own, or in a
    /// range-over-func body those of the function the loop is in.
    pub(super) fn returned(&self) -> (&[ValType], &[crate::types::TypeId]) {
        match &self.range_body {
            Some(r) => (&r.fn_results, &r.fn_go_results),
            None => (&self.results, &self.go_results),
        }
    }

    /// Whether `x` (a range expression) is a func.
    pub(super) fn ranges_over_func(&self, x: &Expr) -> bool {
        let info = self.info();
        matches!(info.types.under_type(info.expr_type(x)), Type::Func(_))
    }

    /// `for key, value := range x { body }` with x a func.
    pub(super) fn range_func(&mut self, label: Option<String>, key: Option<&Expr>, value: Option<&Expr>, define: bool, x: &Expr, body: &crate::syntax::ast::Block) {
        let info = self.info();
        let Type::Func(sig) = info.types.under_type(info.expr_type(x)).clone() else { return };
        let Some(Type::Func(ysig)) = sig.params.first().map(|p| info.types.under_type(*p).clone()) else { return };
        // The iterator first, as gc evaluates it: a declared function or method is called
        // directly, anything else as a func value.
        let callee = self.iterator(x);
        let pos = x.pos;
        let malloc = self.rt("mallocgc", pos);
        let fn_results = self.returned().0.to_vec();
        let frame = match &self.range_body {
            Some(r) => r.frame,
            None => {
                let frame = self.root_local();
                let size = RESULTS as i32 + 8 * fn_results.len() as i32;
                self.emit(S::Set(frame, E::Call(malloc, vec![E::I32(size), E::I32(0)])));
                if has_defer(&body.stmts) {
                    self.defer_marker(frame, pos);
                }
                frame
            }
        };
        let state = self.root_local();
        self.emit(S::Set(state, E::Call(malloc, vec![E::I32(4), E::I32(1)])));
        self.emit(S::Store(Mem::I32, E::Local(state), E::I32(READY)));
        let (yield_fn, exits) = self.range_body_fn(label, key, value, define, x, body, &ysig.params, fn_results);
        // The yield closure: [function, frame, state, captured cells...].
        let caps = info.range_captures.get(&x.id).cloned().unwrap_or_default();
        let mut cells = vec![E::Local(frame), E::Local(state)];
        cells.extend(caps.iter().map(|o| self.cell_of(*o, pos)));
        let ctx = self.closure_object(yield_fn, cells, pos);
        let call = match callee {
            Callee::Static(f, mut args) => {
                args.push(E::Local(ctx));
                E::Call(f, args)
            }
            Callee::Value(fv) => E::indirect(vec![ValType::I32, ValType::I32], vec![], E::Load(Mem::I32, Box::new(E::Local(fv))), vec![E::Local(fv), E::Local(ctx)]),
        };
        self.emit(S::Drop(call, 0));
        let missing = self.state_panic(E::I32(MISSING_PANIC), pos);
        let st = E::Load(Mem::I32, Box::new(E::Local(state)));
        self.emit(S::If(bin(BinOp::Eq, ValType::I32, st, E::I32(PANIC)), missing, vec![]));
        self.emit(S::Store(Mem::I32, E::Local(state), E::I32(EXHAUSTED)));
        self.take_exits(frame, exits);
    }

    /// The iterator of a range over a func, evaluated.
    fn iterator(&mut self, x: &Expr) -> Callee {
        let info = self.info();
        let fx = strip(x);
        let obj = info.uses.get(&fx.id).copied().filter(|o| info.obj(*o).kind == ObjKind::Func && !info.iface_methods.contains_key(&fx.id));
        let declared = obj.and_then(|o| Some((o, self.l.funcs.get(&o).copied()?)));
        if let Some((o, FuncRef::Func(i))) = declared {
            match (self.l.recv_types.get(&o).copied(), &fx.kind) {
                (None, _) => return Callee::Static(FuncRef::Func(i), vec![]),
                // A method of a value (not a method expression): the receiver is evaluated now.
                (Some(rt), ExprKind::Selector(recv, _)) if info.exprs.get(&recv.id).is_some_and(|i| !i.is_type) => {
                    let path = info.fields.get(&fx.id).cloned().unwrap_or_default();
                    let rv = self.receiver(recv, &path, rt, fx.pos);
                    // Held across the allocations of the loop's objects: pointers are roots.
                    let args = rv
                        .into_iter()
                        .zip(repr(info, rt))
                        .map(|(v, (vt, ptr))| {
                            let l = if ptr { self.root_local() } else { self.new_local(vt) };
                            self.emit(S::Set(l, v));
                            E::Local(l)
                        })
                        .collect();
                    return Callee::Static(FuncRef::Func(i), args);
                }
                _ => {}
            }
        }
        let fv = self.expr1(x);
        let c = self.root_local();
        self.emit(S::Set(c, fv));
        let site = self.l.site(&self.name.clone(), x.pos);
        let pn = self.rt("panicnil", x.pos);
        self.emit(S::If(E::Un(UnOp::Eqz, ValType::I32, Box::new(E::Local(c))), vec![S::Drop(E::Call(pn, site), 0), S::Unreachable], vec![]));
        Callee::Value(c)
    }

    /// The function's defer marker for the loop's body (see the header).
    fn defer_marker(&mut self, frame: Local, pos: Pos) {
        let Some(base) = self.dbase else {
            self.err(pos, "internal error: a range-over-func body defers in a function without a defer chain");
            return;
        };
        let newdefer = self.rt("newdefer", pos);
        let thunk = self.thunk(vec![]);
        let r = self.new_local(ValType::I32);
        self.emit(S::Set(r, E::Call(newdefer, vec![E::I32(HEADER as i32), E::Local(base)])));
        self.emit(S::Store(Mem::I32, E::Local(r), E::FuncAddr(thunk)));
        self.emit(S::Store(Mem::I32, offset(E::Local(frame), 4), E::Local(r)));
        self.emit(S::Store(Mem::I32, offset(E::Local(frame), 8), E::Local(base)));
    }

    /// In a range-over-func body, the chain base and the marker that a defer statement's
    /// record goes under (`runtime.deferat`).
    pub(super) fn range_defer_at(&self) -> Option<(E, E)> {
        let r = self.range_body.as_ref()?;
        let f = || E::Local(r.frame);
        Some((E::Load(Mem::I32, Box::new(offset(f(), 8))), E::Load(Mem::I32, Box::new(offset(f(), 4)))))
    }

    /// `runtime.panicrangestate(state)` as statements.
    fn state_panic(&mut self, state: E, pos: Pos) -> Vec<S> {
        let f = self.rt("panicrangestate", pos);
        let mut args = vec![state];
        args.extend(self.l.site(&self.name.clone(), pos));
        vec![S::Drop(E::Call(f, args), 0), S::Unreachable]
    }

    /// Lowers the loop body as the yield function; returns it and the exits it reported.
    #[allow(clippy::too_many_arguments)]
    fn range_body_fn(
        &mut self,
        label: Option<String>,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &crate::syntax::ast::Block,
        yparams: &[crate::types::TypeId],
        fn_results: Vec<ValType>,
    ) -> (FuncRef, Vec<(i32, Exit)>) {
        let info = self.info();
        let caps = info.range_captures.get(&x.id).cloned().unwrap_or_default();
        let mut params: Vec<ValType> = vec![ValType::I32];
        params.extend(yparams.iter().flat_map(|t| vals(info, *t)));
        self.range_count += 1;
        let name = format!("{}-range{}", self.name, self.range_count);
        let file = self.l.map.locate(x.pos).0.to_string();
        let idx = self.l.m.funcs.len() as u32;
        self.l.m.funcs.push(Func { file: file.into(), name: name.into(), params: params.into(), results: vec![ValType::I32].into(), locals: vec![], body: Default::default() });
        self.l.m.closures.push(idx);
        self.l.func_pos.insert(idx, x.pos);
        let fd = FuncDecl {
            pos: x.pos,
            recv: None,
            name: Ident { pos: x.pos, name: "".into() },
            tparams: vec![],
            ty: FuncType { pos: x.pos, params: vec![], results: vec![] },
            body: None,
            directives: vec![],
        };
        let fn_go_results = self.returned().1.to_vec();
        let mut fl = FnLower::new(self.l, idx, &fd);
        fl.param_base = 1;
        fl.goto_labels = goto_labels(&body.stmts);
        let load = |k: u32| E::Load(Mem::I32, Box::new(offset(E::Local(0), k)));
        let frame = fl.root_local();
        fl.emit(S::Set(frame, load(4)));
        let state = fl.root_local();
        fl.emit(S::Set(state, load(8)));
        for (i, obj) in caps.iter().enumerate() {
            let cell = fl.root_local();
            fl.emit(S::Set(cell, load(12 + 4 * i as u32)));
            if is_aggregate(info, info.obj(*obj).ty) {
                fl.vars.insert(*obj, Locals::one(cell));
            } else {
                fl.boxed.insert(*obj, cell);
            }
        }
        // Entry: the iterator may call the body only while the loop is ready.
        let was = fl.new_local(ValType::I32);
        fl.emit(S::Set(was, E::Load(Mem::I32, Box::new(E::Local(state)))));
        fl.emit(S::Store(Mem::I32, E::Local(state), E::I32(PANIC)));
        let bad = fl.state_panic(E::Local(was), x.pos);
        fl.emit(S::If(bin(BinOp::Ne, ValType::I32, E::Local(was), E::I32(READY)), bad, vec![]));
        // The iteration variables, from the parameters.
        let mut next_param = 1u32;
        for (i, e) in [key, value].into_iter().enumerate() {
            let Some(&t) = yparams.get(i) else { break };
            let n = vals(info, t).len() as u32;
            let vs: Vals = (next_param..next_param + n).map(E::Local).collect();
            next_param += n;
            let Some(e) = e else { continue };
            if define {
                if let Some(&obj) = info.defs.get(&e.pos) {
                    fl.declare_var(obj, t, Some(vs), false, e.pos);
                }
            } else {
                fl.store_range(e, vs, t);
            }
        }
        fl.range_body = Some(RangeBody { frame, state, label, fn_results, fn_go_results, exits: Vec::new() });
        fl.block(&body.stmts);
        fl.emit(S::Store(Mem::I32, E::Local(state), E::I32(READY)));
        fl.emit(S::Return(vec![E::I32(1)]));
        let exits = fl.range_body.take().map(|r| r.exits).unwrap_or_default();
        let (locals, b) = fl.finish();
        self.l.m.funcs[idx as usize].locals = locals;
        self.l.m.funcs[idx as usize].body = b.into();
        (FuncRef::Func(idx), exits)
    }

    /// After the iterator returned: takes the exits the body reported (see the header).
    fn take_exits(&mut self, frame: Local, exits: Vec<(i32, Exit)>) {
        let next = || E::Load(Mem::I32, Box::new(E::Local(frame)));
        let reset = || S::Store(Mem::I32, E::Local(frame), E::I32(0));
        let mut pass = false;
        for (code, exit) in exits {
            let mut then = vec![reset()];
            let taken = match &exit {
                Exit::Return { values } if self.range_body.is_none() => {
                    let vs: Option<Vals> = values.then(|| {
                        let vts = self.results.clone();
                        vts.iter().enumerate().map(|(i, vt)| E::Load(conc_mem(*vt), Box::new(offset(E::Local(frame), RESULTS + 8 * i as u32)))).collect()
                    });
                    let ret = self.nested(|f| f.ret_vals(vs));
                    then.extend(ret);
                    true
                }
                Exit::Return { .. } => false,
                Exit::Break(l) | Exit::Continue(l) => {
                    let brk = matches!(exit, Exit::Break(_));
                    let target = self.loops.iter().rev().find(|c| c.label.as_deref() == Some(l.as_str())).map(|c| if brk { Some(c.brk) } else { c.cont });
                    match target {
                        Some(Some(t)) => {
                            then.push(S::Br(t));
                            true
                        }
                        _ if self.range_body.as_ref().is_some_and(|r| r.label.as_deref() == Some(l.as_str())) => {
                            then.extend(self.leave_own(!brk));
                            true
                        }
                        _ => false,
                    }
                }
                Exit::Goto(l) => match self.goto_targets.get(l.as_str()).copied() {
                    Some((head, gstate, i)) => {
                        then.push(S::Set(gstate, E::I32(i)));
                        then.push(S::Br(head));
                        true
                    }
                    None => false,
                },
            };
            if taken {
                self.emit(S::If(bin(BinOp::Eq, ValType::I32, next(), E::I32(code)), then, vec![]));
            } else if let Some(r) = self.range_body.as_mut() {
                r.exits.push((code, exit));
                pass = true;
            }
        }
        if pass {
            let leave = self.leave_own(false);
            self.emit(S::If(bin(BinOp::Ne, ValType::I32, next(), E::I32(0)), leave, vec![]));
        }
    }

    /// In a body: leaves it, continuing its loop (true) or stopping it.
    fn leave_own(&mut self, cont: bool) -> Vec<S> {
        let Some(r) = self.range_body.as_ref() else { return vec![] };
        vec![S::Store(Mem::I32, E::Local(r.state), E::I32(if cont { READY } else { DONE })), S::Return(vec![E::I32(cont as i32)])]
    }

    /// A branch statement in a body whose target is not in the body: the body's own loop,
    /// or an exit. False when the target is the body's own (lowered as usual).
    pub(super) fn range_branch(&mut self, s: &Stmt, kind: BranchKind, label: Option<&Ident>) -> bool {
        let Some(r) = self.range_body.as_ref() else { return false };
        let name = label.map(|l| l.name.to_string());
        let own = name.is_none() || name == r.label;
        let local = match kind {
            BranchKind::Break => match &name {
                Some(n) => self.loops.iter().any(|c| c.label.as_deref() == Some(n.as_str())),
                None => !self.loops.is_empty(),
            },
            BranchKind::Continue => self.loops.iter().any(|c| c.cont.is_some() && (name.is_none() || c.label == name)),
            BranchKind::Goto => name.as_deref().is_some_and(|n| self.goto_targets.contains_key(n)),
            BranchKind::Fallthrough => true,
        };
        if local {
            return false;
        }
        let exit = match (kind, name) {
            (BranchKind::Break | BranchKind::Continue, _) if own => {
                let leave = self.leave_own(kind == BranchKind::Continue);
                leave.into_iter().for_each(|s| self.emit(s));
                return true;
            }
            (BranchKind::Break, Some(n)) => Exit::Break(n),
            (BranchKind::Continue, Some(n)) => Exit::Continue(n),
            (BranchKind::Goto, Some(n)) => Exit::Goto(n),
            _ => return false,
        };
        self.exit(s.pos, exit);
        true
    }

    /// `return` in a body: the values go to the frame, then the loop is left.
    pub(super) fn range_return(&mut self, s: &Stmt, results: &[Expr]) {
        let Some(r) = self.range_body.as_ref() else { return };
        let (frame, vts) = (r.frame, r.fn_results.clone());
        if !results.is_empty() {
            let vs = self.result_vals(results);
            let temps: Vec<Local> = vs.into_iter().zip(&vts).map(|(v, vt)| self.temp(v, *vt)).collect();
            for (i, (t, vt)) in temps.into_iter().zip(&vts).enumerate() {
                self.emit(S::Store(conc_mem(*vt), offset(E::Local(frame), RESULTS + 8 * i as u32), E::Local(t)));
            }
        }
        self.exit(s.pos, Exit::Return { values: !results.is_empty() });
    }

    fn exit(&mut self, pos: Pos, exit: Exit) {
        let code = pos as i32;
        let Some(r) = self.range_body.as_mut() else { return };
        r.exits.push((code, exit));
        let frame = r.frame;
        self.emit(S::Store(Mem::I32, E::Local(frame), E::I32(code)));
        let leave = self.leave_own(false);
        leave.into_iter().for_each(|s| self.emit(s));
    }
}

enum Callee {
    /// A declared function or method and its receiver's values.
    Static(FuncRef, Vec<E>),
    /// A func value (a closure object) in a local.
    Value(Local),
}
