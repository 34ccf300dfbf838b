//! `defer`: the call's function and arguments are evaluated at the statement into a record
//! on the goroutine's chain (runtime/defer.go) with a thunk that makes the call; the
//! function runs its records (LIFO) at every return, after the results are set, so deferred
//! closures see and may change named results. A panic runs the goroutine's pending records
//! before printing. A defer statement in a range-over-func body makes a record of the
//! function running the loop (`rangefunc.rs`).

use crate::diag::Pos;
use crate::ir::{zero, BinOp, Expr as E, Func, FuncRef, Local, Mem, Stmt as S, UnOp, ValType};
use crate::syntax::ast::{Expr, ExprKind, FuncDecl, FuncType, Ident, Stmt, StmtKind};
use crate::types::Type;
use crate::types::check::{Builtin, ObjKind};

use super::data::offset;
use super::vals::Vals;
use super::{bin, conc_mem, is_aggregate, strip, vals, FnLower};

/// Bytes before a record's argument slots.
pub(super) const HEADER: u32 = 16;

impl FnLower<'_, '_> {
    /// At the entry of a function with defer statements: remember the chain's head.
    pub(super) fn start_defers(&mut self) {
        let Some(g) = self.l.runtime_global("deferHead") else { return };
        let base = self.new_local(ValType::I32);
        self.emit(S::Set(base, E::Global(g)));
        self.dbase = Some(base);
    }

    /// Runs the records this function pushed, newest first.
    pub(super) fn run_defers(&mut self) {
        let Some(base) = self.dbase else { return };
        let pop = self.rt("deferpop", 0);
        let free = self.rt("freedefer", 0);
        let r = self.new_local(ValType::I32);
        let (brk, head) = (self.new_label(), self.new_label());
        let body = vec![
            S::Set(r, E::Call(pop, vec![E::Local(base)])),
            S::If(E::Un(UnOp::Eqz, ValType::I32, Box::new(E::Local(r))), vec![S::Br(brk)], vec![]),
            S::Drop(E::indirect(vec![ValType::I32], vec![], E::Load(Mem::I32, Box::new(E::Local(r))), vec![E::Local(r)]), 0),
            S::Drop(E::Call(free, vec![E::Local(r)]), 0),
            S::Br(head),
        ];
        self.emit(S::Block(brk, vec![S::Loop(head, body)]));
    }

    /// Sets the named results (before deferred calls run) from values of a return statement.
    pub(super) fn set_results(&mut self, vs: Vals) {
        let mut it = vs.into_iter();
        for (ls, t, cell) in self.result_slots.clone() {
            let v: Vals = it.by_ref().take(ls.len()).collect();
            match cell {
                Some(c) => self.store_at(t, E::Local(c), v),
                None if is_aggregate(self.info(), t) => self.store_at(t, E::Local(ls[0]), v),
                None => {
                    for (l, x) in ls.into_iter().zip(v) {
                        self.emit(S::Set(l, x));
                    }
                }
            }
        }
    }

    pub(super) fn defer_stmt(&mut self, s: &Stmt, call: &Expr) {
        let ExprKind::Call { fun, args, .. } = &strip(call).kind else { return };
        let info = self.info();
        let fun_s = strip(fun);
        let obj = info.uses.get(&fun_s.id).copied();
        let builtin = obj.and_then(|o| match info.obj(o).kind {
            ObjKind::Builtin(b) => Some(b),
            _ => None,
        });
        // A method expression (`T.M(t)`) is deferred as the func value it is.
        let stat = obj.filter(|o| info.obj(*o).kind == ObjKind::Func && !self.is_method_expr(fun_s)).and_then(|o| self.l.funcs.get(&o).copied().map(|f| (o, f)));
        // The values saved in the record and their Wasm types.
        let mut vs = Vals::new();
        let mut vts: Vec<ValType> = Vec::new();
        let push_arg = |f: &mut Self, a: &Expr, vs: &mut Vals, vts: &mut Vec<ValType>| {
            let (v, vt) = f.saved_arg(a);
            vs.extend(v);
            vts.extend(vt);
        };
        enum Target {
            Builtin(Builtin),
            Static(FuncRef, usize),
            Value(Vec<ValType>, Vec<ValType>),
        }
        let target = if let Some(b) = builtin {
            for a in args {
                push_arg(self, a, &mut vs, &mut vts);
            }
            Target::Builtin(b)
        } else if let Some((o, f)) = stat {
            let f = match f {
                FuncRef::Import(_) => self.l.import_wrapper(o),
                f => Some(f),
            };
            let Some(FuncRef::Func(fi)) = f else {
                self.err(s.pos, "internal error: a deferred import without its wrapper");
                return;
            };
            let Type::Func(sig) = info.types.get(info.obj(o).ty).clone() else { return };
            if let (Some(&rt), ExprKind::Selector(x, _)) = (self.l.recv_types.get(&o), &fun_s.kind) {
                let path = info.fields.get(&fun_s.id).cloned().unwrap_or_default();
                let rv = self.receiver(x, &path, rt, fun.pos);
                let rv = self.value_copy(rt, rv, fun.pos);
                vs.extend(rv);
            }
            if sig.variadic || (args.len() == 1 && sig.params.len() > 1) {
                let av = self.call_args(call, &sig, args);
                vs.extend(av);
            } else {
                for a in args {
                    push_arg(self, a, &mut vs, &mut vts);
                }
            }
            let f = &self.l.m.funcs[fi as usize];
            vts = f.params.to_vec();
            Target::Static(f_ref(fi), f.results.len())
        } else {
            let Type::Func(sig) = info.types.under_type(info.expr_type(fun)).clone() else {
                self.err(s.pos, "internal error: a defer statement of a value that is not a func");
                return;
            };
            let fv = self.expr1(fun);
            vs.push(fv);
            if sig.variadic || (args.len() == 1 && sig.params.len() > 1) {
                let av = self.call_args(call, &sig, args);
                vs.extend(av);
            } else {
                for a in args {
                    push_arg(self, a, &mut vs, &mut vts);
                }
            }
            let mut params = vec![ValType::I32];
            params.extend(sig.params.iter().flat_map(|t| vals(info, *t)));
            vts = params.clone();
            Target::Value(params, sig.results.iter().flat_map(|t| vals(info, *t)).collect())
        };
        if vs.len() != vts.len() {
            self.err(s.pos, "internal error: a defer statement whose arguments do not match its function");
            return;
        }
        // Evaluate everything before making the record.
        let temps: Vec<Local> = vs.into_iter().zip(&vts).map(|(v, vt)| self.temp(v, *vt)).collect();
        let thunk = match target {
            Target::Builtin(b) => self.builtin_thunk("deferwrap", call, b, args, &vts),
            Target::Static(f, nres) => {
                let loads = (0..vts.len()).map(|i| slot(&vts, i)).collect();
                let mut body = self.set_defer_target(E::FuncAddr(f));
                body.push(S::Drop(E::Call(f, loads), nres));
                self.thunk(body)
            }
            Target::Value(params, results) => {
                let site = self.l.site(&self.name.clone(), s.pos);
                let pn = self.rt("panicnil", s.pos);
                let fv = slot(&vts, 0);
                let n = results.len();
                let args = (0..vts.len()).map(|i| slot(&vts, i)).collect();
                let mut body = vec![S::If(E::Un(UnOp::Eqz, ValType::I32, Box::new(fv.clone())), vec![S::Drop(E::Call(pn, site), 0), S::Unreachable], vec![])];
                body.extend(self.set_defer_target(E::Load(Mem::I32, Box::new(fv.clone()))));
                body.push(S::Drop(E::indirect(params, results, E::Load(Mem::I32, Box::new(fv)), args), n));
                self.thunk(body)
            }
        };
        let r = self.new_local(ValType::I32);
        let size = HEADER + 8 * temps.len() as u32;
        // In a range-over-func body the record is the enclosing function's (rangefunc.rs).
        let rec = match self.range_defer_at() {
            Some((base, at)) => E::Call(self.rt("deferat", s.pos), vec![E::I32(size as i32), base, at]),
            None => E::Call(self.rt("newdefer", s.pos), vec![E::I32(size as i32), self.dbase.map(E::Local).unwrap_or(E::I32(0))]),
        };
        self.emit(S::Set(r, rec));
        self.emit(S::Store(Mem::I32, E::Local(r), E::FuncAddr(thunk)));
        for (i, (t, vt)) in temps.iter().zip(&vts).enumerate() {
            self.emit(S::Store(conc_mem(*vt), offset(E::Local(r), HEADER + 8 * i as u32), E::Local(*t)));
        }
    }

    /// In programs that recover: tell the callee it is called directly by a deferred call
    /// (the thunk's record, its parameter 0).
    fn set_defer_target(&mut self, f: E) -> Vec<S> {
        if !self.info().uses_recover {
            return vec![];
        }
        match (self.l.runtime_global("deferTarget"), self.l.runtime_global("deferRec")) {
            (Some(g), Some(r)) => vec![S::SetGlobal(g, f), S::SetGlobal(r, E::Local(0))],
            _ => vec![],
        }
    }

    /// `recover()`: the panic's value as an `any`, when this function was called directly by
    /// a deferred call of a panicking goroutine.
    pub(super) fn recover_call(&mut self, pos: Pos) -> Vals {
        let direct = match self.recover_direct {
            Some(l) => l,
            None => {
                let l = self.new_local(ValType::I32);
                self.recover_direct = Some(l);
                l
            }
        };
        let f = self.rt("gorecover", pos);
        let (t, d) = (self.new_local(ValType::I32), self.new_local(ValType::I32));
        self.emit(S::SetMulti(vec![t, d], E::Call(f, vec![E::Local(direct)])));
        vals![E::Local(t), E::Local(d)]
    }

    /// The statements that start a function calling recover: the record of the deferred
    /// call that called it directly, else 0.
    pub(super) fn recover_entry(&mut self) -> Vec<S> {
        let (Some(l), Some(me), Some(g), Some(r)) = (self.recover_direct, self.self_idx, self.l.runtime_global("deferTarget"), self.l.runtime_global("deferRec")) else { return vec![] };
        let direct = bin(BinOp::Eq, ValType::I32, E::Global(g), E::FuncAddr(FuncRef::Func(me)));
        vec![S::Set(l, E::Select(Box::new(E::Global(r)), Box::new(E::I32(0)), Box::new(direct))), S::SetGlobal(g, E::I32(-1))]
    }

    /// In a function with defer statements of a program whose panics may unwind: the body
    /// goes in a block that calls branch out of while a panic unwinds (`ir/unwind.rs` adds
    /// those checks once it knows whether panics unwind), followed by the handler: the
    /// function's deferred calls run for the panic; one that recovers makes the function
    /// run the rest normally and return its named results; else it returns zeros (or, with
    /// no deferred call left in the goroutine, the program dies).
    pub(super) fn unwind_handler(&mut self, mut body: Vec<S>) -> Vec<S> {
        let Some(base) = self.dbase else { return body };
        if self.l.runtime_global("unwinding").is_none() {
            return body;
        }
        let u = self.new_label();
        if self.results.is_empty() {
            body.push(S::Return(vec![]));
        }
        let results = self.results.clone();
        let named = !self.result_slots.is_empty();
        let handler = self.nested(|f| {
            let (pop, start, done, free, fatal) = (f.rt("deferpop", 0), f.rt("deferstart", 0), f.rt("deferdone", 0), f.rt("freedefer", 0), f.rt("fatalpanic", 0));
            let r = f.new_local(ValType::I32);
            let (brk, head) = (f.new_label(), f.new_label());
            let recovered = f.nested(|f| {
                f.run_defers();
                if named {
                    for (ids, t, cell) in f.boxed_results.clone() {
                        let vs = f.load_at(t, E::Local(cell));
                        for (l, v) in ids.into_iter().zip(vs) {
                            f.emit(S::Set(l, v));
                        }
                    }
                    let vs = f.named_results.iter().map(|l| E::Local(*l)).collect();
                    f.emit(S::Return(vs));
                } else {
                    f.emit(S::Return(results.iter().map(|v| zero(*v)).collect()));
                }
            });
            let body = vec![
                S::Set(r, E::Call(pop, vec![E::Local(base)])),
                S::If(E::Un(UnOp::Eqz, ValType::I32, Box::new(E::Local(r))), vec![S::Br(brk)], vec![]),
                S::Drop(E::Call(start, vec![E::Local(r)]), 0),
                S::Drop(E::indirect(vec![ValType::I32], vec![], E::Load(Mem::I32, Box::new(E::Local(r))), vec![E::Local(r)]), 0),
                S::If(E::Call(done, vec![E::Local(r)]), [vec![S::Drop(E::Call(free, vec![E::Local(r)]), 0)], recovered].concat(), vec![]),
                S::Drop(E::Call(free, vec![E::Local(r)]), 0),
                S::Br(head),
            ];
            f.emit(S::Block(brk, vec![S::Loop(head, body)]));
            f.emit(S::If(E::Un(UnOp::Eqz, ValType::I32, Box::new(E::Local(base))), vec![S::Drop(E::Call(fatal, vec![]), 0)], vec![]));
            f.emit(S::Return(results.iter().map(|v| zero(*v)).collect()));
        });
        let protect = self.named_results.clone();
        if let Some(me) = self.self_idx {
            self.l.unwind_sites.push(crate::ir::unwind::Site { func: me, label: u, protect });
        }
        let mut out = vec![S::Block(u, body)];
        out.extend(handler);
        out
    }

    /// A thunk `(record)` with the given body.
    pub(super) fn thunk(&mut self, body: Vec<S>) -> FuncRef {
        self.lit_count += 1;
        let name = format!("{}.deferwrap{}", self.name, self.lit_count);
        let idx = self.l.m.funcs.len() as u32;
        self.l.m.funcs.push(Func { file: Default::default(), name: name.into(), params: vec![ValType::I32].into(), results: vec![].into(), locals: vec![], body: body.into() });
        self.l.thunks.push(idx);
        FuncRef::Func(idx)
    }

    /// A thunk for a deferred built-in call: the call lowered again with its arguments
    /// read from the record.
    /// `go` of a built-in (`go println(x)`, `go close(c)`): the arguments evaluated now into
    /// a record laid out as a deferred call's, whose first word is the thunk that makes the
    /// call, so the record is a closure object the new goroutine calls.
    pub(super) fn go_builtin_record(&mut self, call: &Expr, b: Builtin, args: &[Expr]) -> Local {
        let mut vs = Vals::new();
        let mut vts: Vec<ValType> = Vec::new();
        for a in args {
            let (v, vt) = self.saved_arg(a);
            vs.extend(v);
            vts.extend(vt);
        }
        let temps: Vec<Local> = vs.into_iter().zip(&vts).map(|(v, vt)| self.temp(v, *vt)).collect();
        let thunk = self.builtin_thunk("gowrap", call, b, args, &vts);
        let malloc = self.rt("mallocgc", call.pos);
        let r = self.root_local();
        let size = HEADER + 8 * temps.len() as u32;
        self.emit(S::Set(r, E::Call(malloc, vec![E::I32(size as i32), E::I32(0)])));
        self.emit(S::Store(Mem::I32, E::Local(r), E::FuncAddr(thunk)));
        for (i, (t, vt)) in temps.iter().zip(&vts).enumerate() {
            self.emit(S::Store(conc_mem(*vt), offset(E::Local(r), HEADER + 8 * i as u32), E::Local(*t)));
        }
        r
    }

    fn builtin_thunk(&mut self, kind: &str, call: &Expr, b: Builtin, args: &[Expr], vts: &[ValType]) -> FuncRef {
        self.lit_count += 1;
        let name = format!("{}.{kind}{}", self.name, self.lit_count);
        let idx = self.l.m.funcs.len() as u32;
        self.l.m.funcs.push(Func { file: Default::default(), name: name.clone().into(), params: vec![ValType::I32].into(), results: vec![].into(), locals: vec![], body: Default::default() });
        self.l.thunks.push(idx);
        let fd = FuncDecl {
            pos: call.pos,
            recv: None,
            name: Ident { pos: call.pos, name: "".into() },
            tparams: vec![],
            ty: FuncType { pos: call.pos, params: vec![], results: vec![] },
            body: None,
            directives: vec![],
        };
        let info = self.info();
        let own = self.name.clone();
        let mut fl = FnLower::new(self.l, idx, &fd);
        fl.name = own;
        fl.param_base = 1;
        let mut k = 0;
        for a in args {
            let n = if info.iface_conv.contains_key(&a.id) { 2 } else { vals(info, info.expr_type(a)).len() };
            fl.preset.insert(a.id, (k..k + n).map(|i| slot(vts, i)).collect());
            k += n;
        }
        let _ = fl.builtin(call, b, args);
        let (locals, mut body) = fl.finish();
        // A panic's gopanic returns when panics unwind: the thunk returns to the runtime
        // (thunks get no unwinding checks, unwind.rs).
        body.retain(|s| !matches!(s, S::Unreachable));
        self.l.m.funcs[idx as usize].locals = locals;
        self.l.m.funcs[idx as usize].body = body.into();
        FuncRef::Func(idx)
    }
}

fn f_ref(i: u32) -> FuncRef {
    FuncRef::Func(i)
}

/// The i-th saved value of a record (the thunk's parameter 0).
fn slot(vts: &[ValType], i: usize) -> E {
    E::Load(conc_mem(vts[i]), Box::new(offset(E::Local(0), HEADER + 8 * i as u32)))
}

/// Whether a function body has defer statements (not counting function literals').
pub(super) fn has_defer(stmts: &[Stmt]) -> bool {
    stmts.iter().any(stmt_defers)
}

fn stmt_defers(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Defer(_) => true,
        StmtKind::Labeled { stmt, .. } => stmt_defers(stmt),
        StmtKind::Block(b) | StmtKind::For { body: b, .. } | StmtKind::Range { body: b, .. } => has_defer(&b.stmts),
        StmtKind::If { then, els, .. } => has_defer(&then.stmts) || els.as_deref().is_some_and(stmt_defers),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => clauses.iter().any(|c| has_defer(&c.body)),
        StmtKind::Select { clauses, .. } => clauses.iter().any(|c| has_defer(&c.body)),
        _ => false,
    }
}
