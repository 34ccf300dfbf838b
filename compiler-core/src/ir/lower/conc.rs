//! Lowering of goroutines and channels: `go` statements (with their entry functions),
//! function literals started by `go`, channel operations, `select`, and the runtime's
//! intrinsics. Channel elements travel as 8-byte slots of raw bits.
//!
//! A go statement evaluates its arguments at the statement into the new goroutine's
//! argument area; an entry function (`runtime.goentryN`) loads them and calls the target (a
//! function without parameters or results is its own entry). A function literal is started
//! through its closure object, so it shares its captured variables with the creator. Each go
//! statement of package main also gets a data record (its function and `file:line`) for
//! gc's `created by` lines in deadlock reports. The scheduler is `runtime/sched.go`; the
//! transform that lets these functions block is `ir/resumable.rs`.
//!
//! Intrinsics: calls of body-less runtime functions (`heapBase`, `memorySize`,
//! `memoryGrow`, `gocall`, `calldefer`, `scheduleGo`, `kindUsed`, `memcopy` = `memory.copy`,
//! `memclr` = `memory.fill`, and the float and bit instructions `math` uses, declared in
//! `runtime/std.go`) are replaced by instructions or constants, and so are calls of
//! crypto/internal/constanttime's `boolToUint8`, whose Go body is a panic gc never runs.



use crate::diag::Pos;
use crate::ir::{BinOp, Conv, Expr as E, Func, FuncRef, Local, Mem, Module, Stmt as S, UnOp, ValType};
use crate::syntax::ast::{AssignOp, Block, CommClause, Decl, Expr, ExprKind, Stmt, StmtKind, UnaryOp};
use crate::types::check::{Builtin, ObjId, ObjKind};
use crate::types::{Type, TypeId};

use super::vals::{Locals, Vals};
use super::{bin, is_aggregate, strip, vals, FnLower, LoopCtx, Lowerer};

/// Bytes of one argument or result slot in a goroutine's argument area.
const SLOT: i32 = 8;

pub(super) fn to_bits(v: E, vt: ValType) -> E {
    match vt {
        ValType::I32 => E::Conv(Conv::I64ExtendI32U, Box::new(v)),
        ValType::I64 => v,
        ValType::F32 => E::Conv(Conv::I64ExtendI32U, Box::new(E::Conv(Conv::I32ReinterpretF32, Box::new(v)))),
        ValType::F64 => E::Conv(Conv::I64ReinterpretF64, Box::new(v)),
    }
}

/// An element's values packed into one slot.
pub(super) fn pack(vs: Vals, vts: &[ValType]) -> E {
    let mut it = vs.into_iter();
    match vts {
        [] => E::I64(0),
        [vt] => to_bits(it.next().unwrap_or(E::I32(0)), *vt),
        _ => {
            let lo = E::Conv(Conv::I64ExtendI32U, Box::new(it.next().unwrap_or(E::I32(0))));
            let hi = E::Conv(Conv::I64ExtendI32U, Box::new(it.next().unwrap_or(E::I32(0))));
            bin(BinOp::Or, ValType::I64, lo, bin(BinOp::Shl, ValType::I64, hi, E::I64(32)))
        }
    }
}

/// An element's values from the slot in local `bits`.
pub(super) fn unpack(bits: Local, vts: &[ValType]) -> Vals {
    match vts {
        [] => vals![],
        [vt] => vals![from_bits(E::Local(bits), *vt)],
        _ => vals![
            E::Conv(Conv::I32WrapI64, Box::new(E::Local(bits))),
            E::Conv(Conv::I32WrapI64, Box::new(bin(BinOp::ShrU, ValType::I64, E::Local(bits), E::I64(32)))),
        ],
    }
}

pub(super) fn from_bits(v: E, vt: ValType) -> E {
    match vt {
        ValType::I32 => E::Conv(Conv::I32WrapI64, Box::new(v)),
        ValType::I64 => v,
        ValType::F32 => E::Conv(Conv::F32ReinterpretI32, Box::new(E::Conv(Conv::I32WrapI64, Box::new(v)))),
        ValType::F64 => E::Conv(Conv::F64ReinterpretI64, Box::new(v)),
    }
}

fn mem_for(vt: ValType) -> Mem {
    match vt {
        ValType::I32 => Mem::I32,
        ValType::I64 => Mem::I64,
        ValType::F32 => Mem::F32,
        ValType::F64 => Mem::F64,
    }
}

pub(super) fn slot_addr(base: Local, i: usize) -> E {
    bin(BinOp::Add, ValType::I32, E::Local(base), E::I32(i as i32 * SLOT))
}

impl Lowerer<'_> {
    /// An entry function for a goroutine: loads the arguments from the running goroutine's
    /// argument area, calls `target`, and stores its results after the arguments.
    /// The entry of a goroutine calling `target` (`None`: the func value that is the first
    /// argument) with the arguments in its argument area.
    pub(super) fn goroutine_entry(&mut self, name: String, target: Option<FuncRef>, params: &[ValType], results: &[ValType]) -> Option<FuncRef> {
        let curargs = self.runtime_func("curargs")?;
        let base: Local = 0;
        let args: Vec<E> = params.iter().enumerate().map(|(i, vt)| E::Load(mem_for(*vt), Box::new(slot_addr(base, i)))).collect();
        let mut body = vec![S::Set(base, E::Call(curargs, vec![]))];
        let rl: Vec<Local> = (0..results.len() as u32).map(|i| i + 1).collect();
        let call = match target {
            Some(t) => E::Call(t, args),
            None => {
                let callee = E::Load(Mem::I32, Box::new(args[0].clone()));
                E::indirect(params.to_vec(), results.to_vec(), callee, args)
            }
        };
        body.push(S::SetMulti(rl.clone(), call));
        for (j, vt) in results.iter().enumerate() {
            body.push(S::Store(mem_for(*vt), slot_addr(base, params.len() + j), E::Local(rl[j])));
        }
        let mut locals = vec![ValType::I32];
        locals.extend(results.iter().copied());
        let idx = self.m.funcs.len() as u32;
        self.m.funcs.push(Func { file: Default::default(), name: name.into(), params: vec![].into(), results: vec![].into(), locals, body: body.into() });
        Some(FuncRef::Func(idx))
    }
}

impl FnLower<'_, '_> {
    /// Calls of body-less runtime functions become instructions.
    pub(super) fn intrinsic(&mut self, obj: ObjId, args: &[E]) -> Option<E> {
        let info = self.info();
        let o = info.obj(obj);
        if o.pkg != "runtime" {
            // gc replaces this function's body (a panic) by the conversion, branch-free; a
            // Wasm bool is already 0 or 1.
            if o.pkg == "crypto/internal/constanttime" && o.name == "boolToUint8" {
                return args.first().cloned();
            }
            return None;
        }
        // Known while lowering unless the program defers without recovering: then whether
        // a deferred call may block decides, after the may-block analysis (ir/lower/init.rs).
        if o.name == "recoverEnabled" {
            return match (info.uses_recover, info.uses_defer) {
                (true, _) => Some(E::I32(1)),
                (false, false) => Some(E::I32(0)),
                _ => None,
            };
        }
        // The names of the match below: other runtime calls skip the search for the declaration.
        let known = matches!(
            o.name.as_str(),
            "heapBase" | "memorySize" | "memoryGrow" | "gocall" | "calldefer" | "callString" | "reflectcall" | "reflectCalls" | "scheduleGo" | "kindUsed" | "efaceType" | "efaceData"
                | "f64sqrt" | "f64floor" | "f64ceil" | "f64trunc" | "f64nearest" | "f64abs" | "f64copysign" | "f64bits" | "f64frombits"
                | "f32bits" | "f32frombits" | "clz64" | "ctz64" | "popcnt64" | "memcopy" | "memclr"
        );
        if !known {
            return None;
        }
        let f = info.funcs.iter().find(|f| f.obj == obj)?;
        match self.l.decl(f) {
            Some(Decl::Func(fd)) if fd.body.is_none() && !info.directives.contains_key(&obj) => {}
            _ => return None,
        }
        let a0 = || args.first().cloned().unwrap_or(E::I32(0));
        Some(match o.name.as_str() {
            "heapBase" => E::HeapBase,
            "memorySize" => E::MemorySize,
            "memoryGrow" => E::MemoryGrow(Box::new(a0())),
            "gocall" => E::indirect(vec![], vec![], a0(), vec![]),
            "calldefer" => E::indirect(vec![ValType::I32], vec![], E::Load(Mem::I32, Box::new(a0())), vec![a0()]),
            "callString" => E::indirect(vec![ValType::I32], vec![ValType::I32, ValType::I32], a0(), args.get(1).cloned().into_iter().collect()),
            "reflectcall" => E::indirect(vec![ValType::I32; 4], vec![], a0(), args.get(1..).map(<[E]>::to_vec).unwrap_or_default()),
            "reflectCalls" => {
                self.l.reads_program = true;
                E::I32(i32::from(self.l.reflect_calls()))
            }
            "scheduleGo" => E::I32((self.l.opts.schedule == crate::Schedule::Go) as i32),
            "kindUsed" => {
                let mask = match a0() {
                    E::I32(m) => Some(m as u32),
                    _ => None,
                };
                E::I32(self.l.kind_used(mask) as i32)
            }
            // Interface words, for errors.Is/As: the dynamic type's descriptor and the data.
            "efaceType" => a0(),
            "efaceData" => args.get(1).cloned().unwrap_or(E::I32(0)),
            "f64sqrt" | "f64floor" | "f64ceil" | "f64trunc" | "f64nearest" | "f64abs" => {
                let op = match &o.name[3..] {
                    "sqrt" => UnOp::Sqrt,
                    "floor" => UnOp::Floor,
                    "ceil" => UnOp::Ceil,
                    "trunc" => UnOp::Trunc,
                    "nearest" => UnOp::Nearest,
                    _ => UnOp::Abs,
                };
                E::Un(op, ValType::F64, Box::new(a0()))
            }
            "f64copysign" => E::bin(BinOp::Copysign, ValType::F64, a0(), args.get(1).cloned().unwrap_or(E::I32(0))),
            "f64bits" => E::Conv(Conv::I64ReinterpretF64, Box::new(a0())),
            "f64frombits" => E::Conv(Conv::F64ReinterpretI64, Box::new(a0())),
            "f32bits" => E::Conv(Conv::I32ReinterpretF32, Box::new(a0())),
            "f32frombits" => E::Conv(Conv::F32ReinterpretI32, Box::new(a0())),
            "clz64" => E::Un(UnOp::Clz, ValType::I64, Box::new(a0())),
            "ctz64" => E::Un(UnOp::Ctz, ValType::I64, Box::new(a0())),
            "popcnt64" => E::Un(UnOp::Popcnt, ValType::I64, Box::new(a0())),
            "memcopy" => {
                let a = |i: usize| args.get(i).cloned().unwrap_or(E::I32(0));
                E::Seq(vec![S::mem_copy(a(0), a(1), a(2))], Box::new(E::I32(0)))
            }
            "memclr" => {
                let a = |i: usize| args.get(i).cloned().unwrap_or(E::I32(0));
                E::Seq(vec![S::mem_fill(a(0), E::I32(0), a(1))], Box::new(E::I32(0)))
            }
            _ => return None,
        })
    }

    /// An element's slot bits.
    fn elem_pack(&mut self, el: TypeId, vts: &[ValType], v: Vals, pos: Pos) -> E {
        if fits_slot(vts) {
            return pack(v, vts);
        }
        let cell = self.alloc(el, None, pos);
        self.store_at(el, E::Local(cell), v);
        pack(vals![E::Local(cell)], &[ValType::I32])
    }

    /// An element's values from the slot in local `bits`.
    fn elem_unpack(&mut self, el: TypeId, vts: &[ValType], bits: Local) -> Vals {
        if fits_slot(vts) {
            return unpack(bits, vts);
        }
        let addr = unpack(bits, &[ValType::I32]).into_iter().next().unwrap_or(E::I32(0));
        self.load_at(el, addr)
    }

    /// An argument of a call made later (defer, go), evaluated now, and its Wasm types: a
    /// struct or array is copied, unless converted to an interface (which holds a copy).
    pub(super) fn saved_arg(&mut self, a: &Expr) -> (Vals, Vec<ValType>) {
        let t = self.info().expr_type(a);
        let v = self.expr(a);
        if self.info().iface_conv.contains_key(&a.id) {
            return (v, vec![ValType::I32, ValType::I32]);
        }
        (self.value_copy(t, v, a.pos), vals(self.info(), t))
    }

    /// A struct or array value (its address) copied into a new cell: values sent on a
    /// channel or passed to a goroutine must not alias the sender's variable.
    pub(super) fn value_copy(&mut self, t: TypeId, vs: Vals, pos: Pos) -> Vals {
        if !is_aggregate(self.info(), t) {
            return vs;
        }
        let src = self.temp(vs.into_iter().next().unwrap_or(E::I32(0)), ValType::I32);
        let cell = self.alloc(t, None, pos);
        let size = self.size_of(t) as i32;
        self.emit(S::mem_copy(E::Local(cell), E::Local(src), E::I32(size)));
        vals![E::Local(cell)]
    }

    fn chan_elem(&self, ct: TypeId) -> TypeId {
        match self.info().types.under_type(ct) {
            Type::Chan(_, el) => *el,
            _ => crate::types::INVALID,
        }
    }

    /// `make(chan T, n)`.
    pub(super) fn make_chan(&mut self, e: &Expr, args: &[Expr]) -> Vals {
        let n = match args.get(1) {
            Some(a) => {
                let at = self.info().expr_type(a);
                let v = self.expr1(a);
                match vals(self.info(), at).first() {
                    Some(ValType::I32) => {
                        let unsigned = self.info().types.basic_of(at).is_some_and(|b| b.is_unsigned());
                        E::Conv(if unsigned { Conv::I64ExtendI32U } else { Conv::I64ExtendI32S }, Box::new(v))
                    }
                    _ => v,
                }
            }
            None => E::I64(0),
        };
        // A constant size in range (gc rejects others at compile time) needs no check.
        if let E::I64(c @ 0..=MAX_CHAN) = n {
            let f = self.rt("newchan", e.pos);
            return vals![E::Call(f, vec![E::I32(c as i32)])];
        }
        let f = self.rt("makechan", e.pos);
        vals![E::Call(f, vec![n])]
    }

    pub(super) fn chan_builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr]) -> Option<Vals> {
        let info = self.info();
        match b {
            Builtin::Make if matches!(info.types.under_type(info.expr_type(e)), Type::Chan(..)) => Some(self.make_chan(e, args)),
            Builtin::Close => {
                let c = self.expr1(&args[0]);
                let f = self.rt("closechan", e.pos);
                self.emit(S::Drop(E::Call(f, vec![c]), 0));
                Some(vals![])
            }
            Builtin::Len | Builtin::Cap if matches!(info.types.under_type(info.expr_type(&args[0])), Type::Chan(..)) => {
                let c = self.expr1(&args[0]);
                let f = self.rt(if b == Builtin::Len { "chanlen" } else { "chancap" }, e.pos);
                Some(vals![E::Call(f, vec![c])])
            }
            _ => None,
        }
    }

    /// `<-c`: the value (and with `ok`, whether it came from a send).
    pub(super) fn recv(&mut self, e: &Expr, x: &Expr, with_ok: bool) -> Vals {
        let ct = self.info().expr_type(x);
        let el = self.chan_elem(ct);
        let vts = vals(self.info(), el);
        let c = self.expr1(x);
        let f = self.rt("chanrecv", e.pos);
        let (bits, ok) = (self.new_local(ValType::I64), self.new_local(ValType::I32));
        self.emit(S::SetMulti(vec![bits, ok], E::Call(f, vec![c])));
        let mut v = self.elem_unpack(el, &vts, bits);
        if with_ok {
            v.push(E::Local(ok));
        }
        v
    }

    pub(super) fn send(&mut self, pos: Pos, ch: &Expr, value: &Expr) {
        let ct = self.info().expr_type(ch);
        let el = self.chan_elem(ct);
        let vts = vals(self.info(), el);
        let c = self.expr1(ch);
        let c = self.temp(c, ValType::I32);
        let v = self.expr(value);
        let v = self.value_copy(el, v, pos);
        let v = self.elem_pack(el, &vts, v, pos);
        let f = self.rt("chansend", pos);
        self.emit(S::Drop(E::Call(f, vec![E::Local(c), v]), 0));
    }

    /// `for v := range ch`.
    pub(super) fn range_chan(&mut self, label: Option<String>, key: Option<&Expr>, define: bool, x: &Expr, body: &Block) {
        let ct = self.info().expr_type(x);
        let el = self.chan_elem(ct);
        let vts = vals(self.info(), el);
        let c = self.expr1(x);
        let c = self.temp(c, ValType::I32);
        let (brk, cont, head) = (self.new_label(), self.new_label(), self.new_label());
        self.loops.push(LoopCtx { label, brk, cont: Some(cont) });
        let recv = self.rt("chanrecv", x.pos);
        let (bits, ok) = (self.new_local(ValType::I64), self.new_local(ValType::I32));
        let bind = self.nested(|f| {
            let v = f.elem_unpack(el, &vts, bits);
            if let Some(k) = key {
                if define {
                    // Per iteration; one a closure captures lives in a cell (declare_var).
                    if let Some(&obj) = f.info().defs.get(&k.pos) {
                        if f.info().obj(obj).escapes {
                            let t = f.info().obj(obj).ty;
                            f.declare_var(obj, t, Some(v), false, k.pos);
                        } else {
                            let kls = f.var_locals(el);
                            for (l, x) in kls.iter().zip(v) {
                                f.emit(S::Set(*l, x));
                            }
                            f.vars.insert(obj, kls);
                        }
                    }
                } else {
                    f.store_range(k, v, el);
                }
            }
        });
        let inner = self.nested(|f| f.block(&body.stmts));
        self.loops.pop();
        let mut lp = vec![
            S::SetMulti(vec![bits, ok], E::Call(recv, vec![E::Local(c)])),
            S::If(E::Un(UnOp::Eqz, ValType::I32, Box::new(E::Local(ok))), vec![S::Br(brk)], vec![]),
        ];
        lp.extend(bind);
        lp.push(S::Block(cont, inner));
        if self.ticks() {
            lp.push(S::Tick);
        }
        lp.push(S::Br(head));
        self.emit(S::Block(brk, vec![S::Loop(head, lp)]));
    }

    /// `go f(args)` / `go func(...){...}(args)`: the arguments are evaluated now, into the new
    /// goroutine's argument area; it runs later, from the run queue.
    pub(super) fn go_stmt(&mut self, s: &Stmt, call: &Expr) {
        let ExprKind::Call { fun, args, .. } = &strip(call).kind else { return };
        let info = self.info();
        let fun = strip(fun);
        let mut av: Vec<E> = Vec::new();
        // A func value: its closure object is the entry's first argument.
        let mut indirect = false;
        let builtin = info.uses.get(&fun.id).and_then(|o| match info.obj(*o).kind {
            ObjKind::Builtin(b) => Some(b),
            _ => None,
        });
        let (target, params, results) = match &fun.kind {
            _ if builtin.is_some() => {
                let Some(b) = builtin else { return };
                let r = self.go_builtin_record(call, b, args);
                av.push(E::Local(r));
                indirect = true;
                (FuncRef::Func(u32::MAX), vec![ValType::I32], vec![])
            }
            // A literal that captures nothing needs no closure object (nor a heap).
            ExprKind::FuncLit { ty, body } if info.captures.get(&fun.id).is_none_or(|c| c.is_empty()) => match self.lift_lit(fun, ty, body) {
                Some((f, p, r)) => {
                    av.push(E::I32(0));
                    (f, p, r)
                }
                None => return,
            },
            ExprKind::FuncLit { ty, body } => match self.closure_parts(fun, ty, body) {
                Some((f, p, r, ctx)) => {
                    av.push(E::Local(ctx));
                    (f, p, r)
                }
                None => return,
            },
            _ => {
                let target = info.uses.get(&fun.id).and_then(|o| self.l.funcs.get(o)).copied();
                let target = match (target, info.uses.get(&fun.id)) {
                    (Some(FuncRef::Import(_)), Some(&o)) => self.l.import_wrapper(o),
                    // A method expression (`T.M(t)`) runs as the func value it is.
                    _ if self.is_method_expr(fun) => None,
                    _ => target,
                };
                match target {
                    Some(FuncRef::Func(i)) if matches!(info.obj(info.uses[&fun.id]).kind, ObjKind::Func) => {
                        let f = &self.l.m.funcs[i as usize];
                        (FuncRef::Func(i), f.params.to_vec(), f.results.to_vec())
                    }
                    _ => {
                        let Type::Func(sig) = info.types.under_type(info.expr_type(fun)).clone() else {
                            self.err(s.pos, "internal error: a go statement of a value that is not a func");
                            return;
                        };
                        // gc: `go` of a nil func value is a fatal error at the go statement.
                        let fv = self.expr1(fun);
                        let c = self.root_local();
                        self.emit(S::Set(c, fv));
                        let throw = self.rt("Throw", s.pos);
                        let msg = b"go of nil func value".to_vec();
                        let n = msg.len() as i32;
                        let d = self.l.string_data(msg);
                        self.emit(S::If(E::Un(UnOp::Eqz, ValType::I32, Box::new(E::Local(c))), vec![S::Drop(E::Call(throw, vec![E::Data(d), E::I32(n)]), 0), S::Unreachable], vec![]));
                        av.push(E::Local(c));
                        indirect = true;
                        let mut params = vec![ValType::I32];
                        params.extend(sig.params.iter().flat_map(|t| vals(info, *t)));
                        let results: Vec<ValType> = sig.results.iter().flat_map(|t| vals(info, *t)).collect();
                        (FuncRef::Func(u32::MAX), params, results)
                    }
                }
            }
        };
        // Arguments (after a literal's closure object) into temporaries.
        let sig = match info.types.get(info.expr_type(fun)) {
            Type::Func(sig) => Some(sig.clone()),
            _ => None,
        };
        // A method: its receiver first (addressed or loaded as a call would).
        if let (Some(obj), ExprKind::Selector(x, _), false) = (info.uses.get(&fun.id), &fun.kind, indirect) {
            if let Some(&rt) = self.l.recv_types.get(obj) {
                let path = info.fields.get(&fun.id).cloned().unwrap_or_default();
                av.extend(self.receiver(x, &path, rt, fun.pos));
            }
        }
        let ellipsis = matches!(&strip(call).kind, ExprKind::Call { ellipsis: Some(_), .. });
        match &sig {
            // A built-in's arguments are in its record.
            _ if builtin.is_some() => {}
            Some(sig) if args.len() == 1 && sig.params.len() > 1 => {
                let t = info.expr_type(&args[0]);
                av.extend(self.multi(&args[0], t));
            }
            Some(sig) if sig.variadic && !ellipsis => {
                let n = sig.params.len() - 1;
                for a in &args[..n.min(args.len())] {
                    av.extend(self.expr(a));
                }
                av.extend(self.pack_variadic(sig.params[n], &args[n.min(args.len())..], call.pos));
            }
            _ => {
                for a in args {
                    av.extend(self.saved_arg(a).0);
                }
            }
        }

        if av.len() != params.len() {
            self.err(s.pos, "internal error: a go statement whose arguments do not match its function");
            return;
        }
        let temps: Vec<Local> = av.into_iter().zip(params.iter()).map(|(v, vt)| {
            let l = self.new_local(*vt);
            self.emit(S::Set(l, v));
            l
        }).collect();
        // A function without parameters or results is its own entry.
        let entry = if params.is_empty() && results.is_empty() {
            target
        } else {
            self.l.go_count += 1;
            let name = format!("runtime.goentry{}", self.l.go_count);
            let t = if indirect { None } else { Some(target) };
            let Some(entry) = self.l.goroutine_entry(name, t, &params, &results) else { return };
            entry
        };
        let newproc = self.rt("newproc", s.pos);
        let gargs = self.rt("gargs", s.pos);
        let size = ((params.len() + results.len()) as i32) * SLOT;
        let g = self.new_local(ValType::I32);
        let site = self.go_site(s.pos);
        self.emit(S::Set(g, E::Call(newproc, vec![E::FuncAddr(entry), E::I32(size), site])));
        for st in self.l.trace_go(g, if indirect { entry } else { target }, Some(s.pos)) {
            self.emit(st);
        }
        self.emit(S::Set(g, E::Call(gargs, vec![E::Local(g)])));
        for (i, (t, vt)) in temps.iter().zip(params.iter()).enumerate() {
            self.emit(S::Store(mem_for(*vt), slot_addr(g, i), E::Local(*t)));
        }
        self.l.uses_goroutines = true;
    }
}

impl FnLower<'_, '_> {
    /// Where a go statement of package main is, for the `created by F in goroutine N` and
    /// `\tfile:line` lines of goroutine dumps (runtime/sched.go): the line (u32), the lengths
    /// (u16) of `F` and of `\n\tfile:`, then both. Goroutines the runtime starts have none.
    fn go_site(&mut self, pos: Pos) -> E {
        if !self.name.starts_with("main.") {
            return E::I32(0);
        }
        let (file, line, _) = self.l.map.locate(pos);
        let (f, at) = (self.name.clone(), format!("\n\t{file}:"));
        let mut d = line.to_le_bytes().to_vec();
        d.extend_from_slice(&(f.len() as u16).to_le_bytes());
        d.extend_from_slice(&(at.len() as u16).to_le_bytes());
        d.extend_from_slice(f.as_bytes());
        d.extend_from_slice(at.as_bytes());
        E::Data(self.l.string_data(d))
    }
}

/// The largest channel buffer makechan accepts (runtime/chan.go).
const MAX_CHAN: i64 = 1 << 28;

/// Bytes of one select case record (runtime/chan.go): channel, direction, value, sudog.
const CASE: i32 = 24;

impl FnLower<'_, '_> {
    /// `select`: the channels and sent values are evaluated in source order, then
    /// runtime.selectgo picks a ready case (or parks on all of them) and the chosen body runs.
    pub(super) fn select(&mut self, s: &Stmt, label: Option<String>, clauses: &[CommClause]) {
        struct Case<'e> {
            clause: usize,
            recv_into: Option<(&'e [Expr], bool)>,
            vts: Vec<ValType>,
            el: TypeId,
        }
        let mut cases: Vec<Case> = Vec::new();
        let mut ready: Vec<(E, i32, E)> = Vec::new();
        let mut default = None;
        for (ci, c) in clauses.iter().enumerate() {
            let Some(comm) = &c.comm else {
                default = Some(ci);
                continue;
            };
            let (ch, value, recv_into) = match &comm.kind {
                StmtKind::Send { ch, value } => (ch, Some(value), None),
                StmtKind::Expr(x) => match &strip(x).kind {
                    ExprKind::Unary(UnaryOp::Recv, ch) => (&**ch, None, None),
                    _ => continue,
                },
                StmtKind::Assign { lhs, rhs, op, .. } => match &strip(&rhs[0]).kind {
                    ExprKind::Unary(UnaryOp::Recv, ch) => (&**ch, None, Some((&lhs[..], *op == AssignOp::Define))),
                    _ => continue,
                },
                _ => continue,
            };
            let el = self.chan_elem(self.info().expr_type(ch));
            let vts = vals(self.info(), el);
            let cv = self.expr1(ch);
            let cl = self.temp(cv, ValType::I32);
            let (dir, bits) = match value {
                Some(v) => {
                    let x = self.expr(v);
                    let x = self.value_copy(el, x, v.pos);
                    let l = self.new_local(ValType::I64);
                    let x = self.elem_pack(el, &vts, x, v.pos);
                    self.emit(S::Set(l, x));
                    (1, E::Local(l))
                }
                None => (2, E::I64(0)),
            };
            ready.push((E::Local(cl), dir, bits));
            cases.push(Case { clause: ci, recv_into, vts, el });
        }
        let n = cases.len() as i32;
        let p = self.new_local(ValType::I32);
        if n > 0 {
            let alloc = self.rt("gorAlloc", s.pos);
            self.emit(S::Set(p, E::Call(alloc, vec![E::I32(n * CASE)])));
            for (i, (c, dir, bits)) in ready.into_iter().enumerate() {
                let at = |off: i32| bin(BinOp::Add, ValType::I32, E::Local(p), E::I32(i as i32 * CASE + off));
                self.emit(S::Store(Mem::I32, at(0), c));
                self.emit(S::Store(Mem::I32, at(4), E::I32(dir)));
                self.emit(S::Store(Mem::I64, at(8), bits));
            }
        }
        let (idx, bits, ok) = (self.new_local(ValType::I32), self.new_local(ValType::I64), self.new_local(ValType::I32));
        let selectgo = self.rt("selectgo", s.pos);
        self.emit(S::SetMulti(vec![idx, bits, ok], E::Call(selectgo, vec![E::Local(p), E::I32(n), E::I32(default.is_none() as i32)])));
        if n > 0 {
            let free = self.rt("gorFree", s.pos);
            self.emit(S::Drop(E::Call(free, vec![E::Local(p), E::I32(n * CASE)]), 0));
        }
        let brk = self.new_label();
        self.loops.push(LoopCtx { label, brk, cont: None });
        let mut inner = Vec::new();
        for (k, c) in cases.iter().enumerate() {
            let (vts, el) = (c.vts.clone(), c.el);
            let body = self.nested(|f| {
                if let Some((lhs, define)) = c.recv_into {
                    let vals_in = [f.elem_unpack(el, &vts, bits), vals![E::Local(ok)]];
                    for (j, l) in lhs.iter().enumerate() {
                        if matches!(&l.kind, ExprKind::Ident(n) if n == "_") {
                            continue;
                        }
                        // A new variable a closure captures lives in a cell (declare_var).
                        match f.info().defs.get(&l.pos) {
                            Some(&obj) if define && f.info().obj(obj).escapes => {
                                let t = f.info().obj(obj).ty;
                                f.declare_var(obj, t, Some(vals_in[j].clone()), false, l.pos);
                            }
                            Some(&obj) if define => {
                                let nls = if j == 0 { f.var_locals(el) } else { Locals::one(f.new_local(ValType::I32)) };
                                f.vars.insert(obj, nls);
                                f.store(l, vals_in[j].clone());
                            }
                            _ => f.store(l, vals_in[j].clone()),
                        }
                    }
                }
                f.block(&clauses[c.clause].body);
                f.emit(S::Br(brk));
            });
            inner.push(S::If(bin(BinOp::Eq, ValType::I32, E::Local(idx), E::I32(k as i32)), body, vec![]));
        }
        if let Some(d) = default {
            let body = self.nested(|f| f.block(&clauses[d].body));
            inner.extend(body);
        }
        self.loops.pop();
        self.emit(S::Block(brk, inner));
    }
}

/// The value of a constant `if` condition.
fn konst(e: &E) -> Option<bool> {
    match e {
        E::I32(c) => Some(*c != 0),
        E::Un(UnOp::Eqz, ValType::I32, x) => konst(x).map(|b| !b),
        _ => None,
    }
}

/// Whether [`fold_const_ifs`] would change `body`: a shared body (`ir::Body`) is then
/// left shared.
pub(super) fn has_const_ifs(body: &[S]) -> bool {
    fn st(s: &S) -> bool {
        matches!(s, S::If(c, _, _) if konst(c).is_some()) || s.bodies().any(st)
    }
    body.iter().any(st)
}

/// Replaces `if` statements whose condition is a constant (left by [`replace_calls`]) with
/// the arm that runs.
pub(super) fn fold_const_ifs(body: &mut Vec<S>) {
    // Most lists hold no constant if: they are folded in place, not rebuilt.
    if !body.iter().any(|s| matches!(s, S::If(c, _, _) if konst(c).is_some())) {
        for s in body.iter_mut() {
            s.each_body_mut(fold_const_ifs);
        }
        return;
    }
    let mut out = Vec::with_capacity(body.len());
    for mut s in std::mem::take(body) {
        match &mut s {
            S::If(c, a, b) => {
                fold_const_ifs(a);
                fold_const_ifs(b);
                match konst(c) {
                    Some(true) => out.append(a),
                    Some(false) => out.append(b),
                    None => out.push(s),
                }
            }
            S::Block(_, b) | S::Loop(_, b) => {
                fold_const_ifs(b);
                out.push(s);
            }
            _ => out.push(s),
        }
    }
    *body = out;
}

/// Makes every call of `from` in `callers` (the functions that may call it) a call of `to`
/// (same signature).
pub(super) fn redirect_calls(m: &mut Module, callers: &[u32], from: FuncRef, to: FuncRef) {
    fn st(s: &mut S, f: FuncRef, t: FuncRef) {
        s.exprs_mut().for_each(|e| ex(e, f, t));
        s.bodies_mut().for_each(|s| st(s, f, t));
    }
    fn ex(e: &mut E, f: FuncRef, t: FuncRef) {
        if let E::Call(g, _) = e {
            if *g == f {
                *g = t;
            }
        }
        if let E::Seq(ss, _) = e {
            ss.iter_mut().for_each(|s| st(s, f, t));
        }
        e.children_mut().for_each(|x| ex(x, f, t));
    }
    for &i in callers {
        m.funcs[i as usize].body.iter_mut().for_each(|s| st(s, from, to));
    }
}

/// Whether `target` is called, directly or not, from a function of package main. `known`
/// gives the functions that bodies refer to of those whose bodies are not in the module yet.
pub(super) fn reachable_from_main<'a>(m: &Module, target: FuncRef, known: &dyn Fn(usize) -> Option<&'a [u32]>) -> bool {
    let roots = m.funcs.iter().enumerate().filter(|(_, f)| f.name.starts_with("main.")).map(|(i, _)| i).collect();
    reachable(m, roots, target, known)
}

/// Whether `target` is called, directly or not, from a function of package main or an export.
pub(super) fn reachable_from_exports<'a>(m: &Module, target: FuncRef, known: &dyn Fn(usize) -> Option<&'a [u32]>) -> bool {
    let mut roots: Vec<usize> = m.funcs.iter().enumerate().filter(|(_, f)| f.name.starts_with("main.")).map(|(i, _)| i).collect();
    roots.extend(m.exports.iter().filter_map(|(_, f)| match f {
        FuncRef::Func(i) => Some(*i as usize),
        FuncRef::Import(_) => None,
    }));
    reachable(m, roots, target, known)
}

fn reachable<'a>(m: &Module, roots: Vec<usize>, target: FuncRef, known: &dyn Fn(usize) -> Option<&'a [u32]>) -> bool {
    let mut seen = vec![false; m.funcs.len()];
    let mut work = roots;
    while let Some(i) = work.pop() {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        let mut calls = Vec::new();
        match known(i) {
            Some(refs) => calls.extend(refs.iter().map(|&f| FuncRef::Func(f))),
            None => crate::ir::visit_exprs(&m.funcs[i].body, &mut |e| {
                if let E::Call(f, _) | E::FuncAddr(f) = e {
                    calls.push(*f);
                }
            }),
        }
        for c in calls {
            if c == target {
                return true;
            }
            if let FuncRef::Func(j) = c {
                work.push(j as usize);
            }
        }
    }
    false
}

/// Replaces every call of `f` (whose arguments have no effects) in `callers` (the functions
/// that may call it) by `value`.
pub(super) fn replace_calls(m: &mut Module, callers: &[u32], f: FuncRef, value: E) {
    fn st(s: &mut S, f: FuncRef, v: &E) {
        s.exprs_mut().for_each(|e| ex(e, f, v));
        s.bodies_mut().for_each(|s| st(s, f, v));
    }
    fn ex(e: &mut E, f: FuncRef, v: &E) {
        match e {
            E::Call(g, _) if *g == f => *e = v.clone(),
            E::Seq(ss, x) => {
                ss.iter_mut().for_each(|s| st(s, f, v));
                ex(x, f, v);
            }
            _ => e.children_mut().for_each(|x| ex(x, f, v)),
        }
    }
    for &i in callers {
        m.funcs[i as usize].body.iter_mut().for_each(|s| st(s, f, &value));
    }
}

/// Whether an element's values fit one 8-byte slot of a channel (one value, two i32s as a
/// string or an interface, none for struct{}); others (slices, complex128) travel in a new
/// heap cell whose address the slot holds.
fn fits_slot(vts: &[ValType]) -> bool {
    vts.len() <= 1 || vts == [ValType::I32, ValType::I32]
}
