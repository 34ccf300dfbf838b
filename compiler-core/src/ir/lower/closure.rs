//! Function values and closures.
//!
//! A func value is the address of a closure object: its function's table index, then the
//! addresses of the heap cells of the variables it captures (captured variables live in
//! cells, so capture is by reference). nil is 0. Every function reached through a value
//! takes the closure object as an extra first parameter: function literals use it to find
//! their captured variables; a declared function used as a value gets a wrapper that
//! ignores it.

use crate::diag::Pos;
use crate::ir::{BinOp, Conv, Expr as E, Func, FuncRef, Local, Mem, Stmt as S, UnOp, ValType};
use crate::syntax::ast::{Block, Expr, FuncDecl, FuncType, Ident};
use crate::types::Type;
use crate::types::check::ObjId;
use gowasm_meta::Kind;

use super::data::offset;
use super::stmt::goto_labels;
use super::vals::{Locals, Vals};
use super::{bin, is_aggregate, vals, FnLower, Lowerer};

impl FnLower<'_, '_> {
    /// A function literal as a value: a new closure object holding its captured cells.
    pub(super) fn closure(&mut self, lit: &Expr, ty: &FuncType, body: &Block) -> Vals {
        match self.closure_parts(lit, ty, body) {
            Some((_, _, _, ctx)) => vals![E::Local(ctx)],
            None => vals![E::I32(0)],
        }
    }

    /// A function literal's lifted function, its Wasm signature and a new closure object.
    pub(super) fn closure_parts(&mut self, lit: &Expr, ty: &FuncType, body: &Block) -> Option<(FuncRef, Vec<ValType>, Vec<ValType>, Local)> {
        let info = self.info();
        let (f, params, results) = self.lift_lit(lit, ty, body)?;
        let caps = info.captures.get(&lit.id).cloned().unwrap_or_default();
        let cells: Vec<E> = caps.iter().map(|o| self.cell_of(*o, lit.pos)).collect();
        let ctx = self.closure_object(f, cells, lit.pos);
        Some((f, params, results, ctx))
    }

    /// A closure object for function f (taking the object as its first parameter).
    pub(super) fn closure_object(&mut self, f: FuncRef, cells: Vec<E>, pos: Pos) -> Local {
        let malloc = self.rt("mallocgc", pos);
        let size = 4 + 4 * cells.len() as i32;
        let ctx = self.new_local(ValType::I32);
        self.emit(S::Set(ctx, E::Call(malloc, vec![E::I32(size), E::I32(cells.is_empty() as i32)])));
        self.emit(S::Store(Mem::I32, E::Local(ctx), E::FuncAddr(f)));
        for (i, c) in cells.into_iter().enumerate() {
            self.emit(S::Store(Mem::I32, offset(E::Local(ctx), 4 + 4 * i as u32), c));
        }
        ctx
    }

    /// The heap cell of a captured variable.
    pub(super) fn cell_of(&mut self, obj: ObjId, pos: Pos) -> E {
        if let Some(&b) = self.boxed.get(&obj) {
            return E::Local(b);
        }
        let info = self.info();
        if is_aggregate(info, info.obj(obj).ty) {
            if let Some(ls) = self.vars.get(&obj) {
                return E::Local(ls[0]);
            }
        }
        self.err(pos, format!("internal error: captured variable {} has no cell", info.obj(obj).name));
        E::I32(0)
    }

    /// A declared function as a value.
    pub(super) fn func_value(&mut self, obj: ObjId, pos: Pos) -> Vals {
        let f = match self.l.funcs.get(&obj) {
            Some(FuncRef::Import(_)) => self.l.import_wrapper(obj),
            f => f.copied(),
        };
        // The checker lets only declared functions (methods are selectors) reach here.
        let Some(f) = f.filter(|_| !self.l.recv_types.contains_key(&obj)) else {
            self.err(pos, "internal error: a function value of a function the lowering does not know");
            return vals![E::I32(0)];
        };
        let w = self.l.value_wrapper(f);
        let ctx = self.closure_object(w, vec![], pos);
        vals![E::Local(ctx)]
    }

    /// A call through a func value: nil panics as gc does (a nil dereference).
    pub(super) fn call_value(&mut self, e: &Expr, fun: &Expr, args: &[Expr]) -> E {
        let info = self.info();
        let Type::Func(sig) = info.types.under_type(info.expr_type(fun)).clone() else {
            self.err(e.pos, "internal error: a call of a value that is not a func");
            return E::I32(0);
        };
        let fv = self.expr1(fun);
        let c = self.root_local();
        self.emit(S::Set(c, fv));
        let site = self.l.site(&self.name.clone(), e.pos);
        let pn = self.rt("panicnil", e.pos);
        self.emit(S::If(E::Un(UnOp::Eqz, ValType::I32, Box::new(E::Local(c))), vec![S::Drop(E::Call(pn, site), 0), S::Unreachable], vec![]));
        let mut av = vec![E::Local(c)];
        av.extend(self.call_args(e, &sig, args));
        let mut params = vec![ValType::I32];
        params.extend(sig.params.iter().flat_map(|t| vals(info, *t)));
        let results = sig.results.iter().flat_map(|t| vals(info, *t)).collect();
        E::indirect(params, results, E::Load(Mem::I32, Box::new(E::Local(c))), av)
    }

    /// Lowers a function literal to a function of its own whose first parameter is its
    /// closure object; its captured variables are read from there.
    pub(super) fn lift_lit(&mut self, lit: &Expr, ty: &FuncType, body: &Block) -> Option<(FuncRef, Vec<ValType>, Vec<ValType>)> {
        let info = self.info();
        let caps = info.captures.get(&lit.id).cloned().unwrap_or_default();
        let sig = match info.types.get(info.expr_type(lit)) {
            Type::Func(s) => s.clone(),
            _ => return None,
        };
        let mut params: Vec<ValType> = vec![ValType::I32];
        params.extend(sig.params.iter().flat_map(|t| vals(info, *t)));
        let results: Vec<ValType> = sig.results.iter().flat_map(|t| vals(info, *t)).collect();
        self.lit_count += 1;
        let name = format!("{}.func{}", self.name, self.lit_count);
        let file = self.l.map.locate(lit.pos).0.to_string();
        let idx = self.l.m.funcs.len() as u32;
        self.l.m.funcs.push(Func { file: file.into(), name: name.clone().into(), params: params.clone().into(), results: results.clone().into(), locals: vec![], body: Default::default() });
        self.l.m.closures.push(idx);
        self.l.func_pos.insert(idx, lit.pos);
        let fd = FuncDecl {
            pos: lit.pos,
            recv: None,
            name: Ident { pos: lit.pos, name: "".into() },
            tparams: vec![],
            ty: ty.clone(),
            // The prologue reads the signature only: the body is lowered from `body`.
            body: None,
            directives: vec![],
        };
        let mut fl = FnLower::new(self.l, idx, &fd);
        fl.param_base = 1;
        fl.goto_labels = goto_labels(&body.stmts);
        for (i, obj) in caps.iter().enumerate() {
            let cell = fl.root_local();
            fl.emit(S::Set(cell, E::Load(Mem::I32, Box::new(offset(E::Local(0), 4 + 4 * i as u32)))));
            if is_aggregate(info, info.obj(*obj).ty) {
                fl.vars.insert(*obj, Locals::one(cell));
            } else {
                fl.boxed.insert(*obj, cell);
            }
        }
        fl.prologue(&fd);
        if super::defers::has_defer(&body.stmts) {
            fl.start_defers();
        }
        fl.block(&body.stmts);
        let (locals, b) = fl.finish();
        self.l.m.funcs[idx as usize].locals = locals;
        self.l.m.funcs[idx as usize].body = b.into();
        Some((FuncRef::Func(idx), params, results))
    }
}

impl Lowerer<'_> {
    /// `f` callable through a func value: a function taking (and ignoring) a closure object
    /// first. One per function.
    /// In a wrapper `me` that calls `to` (a func value's or method value's): a deferred call
    /// of the wrapper calls `to` directly as far as recover is concerned.
    pub(super) fn forward_defer_target(&self, me: u32, to: FuncRef) -> Vec<S> {
        let Some(g) = self.runtime_global("deferTarget").filter(|_| self.info.uses_recover) else { return vec![] };
        vec![S::If(bin(BinOp::Eq, ValType::I32, E::Global(g), E::FuncAddr(FuncRef::Func(me))), vec![S::SetGlobal(g, E::FuncAddr(to))], vec![])]
    }

    /// A function with Go's calling convention for the `//go:wasmimport` function obj: it
    /// converts its arguments and result to gc's import ABI (uintptr as i32, bool as i32,
    /// strings as pointer and length) as a direct call does. Deferred calls, go statements
    /// and func values of an import call it.
    pub(super) fn import_wrapper(&mut self, obj: ObjId) -> Option<FuncRef> {
        let f = *self.funcs.get(&obj)?;
        if let Some(&w) = self.wrappers.get(&f) {
            return Some(w);
        }
        let info = self.info;
        let (Type::Func(sig), Some(d)) = (info.types.get(info.obj(obj).ty), info.directives.get(&obj)) else { return None };
        let params: Vec<ValType> = sig.params.iter().flat_map(|t| vals(info, *t)).collect();
        let results: Vec<ValType> = sig.results.iter().flat_map(|t| vals(info, *t)).collect();
        let mut args = Vec::new();
        let mut k = 0;
        for (_, _, kind) in &d.params {
            match kind {
                Kind::Uintptr => args.push(E::Conv(Conv::I32WrapI64, Box::new(E::Local(k)))),
                Kind::String => {
                    args.push(E::Local(k));
                    k += 1;
                    args.push(E::Local(k));
                }
                _ => args.push(E::Local(k)),
            }
            k += 1;
        }
        let call = E::Call(f, args);
        let body = match d.result.map(|r| r.1) {
            None => vec![S::Drop(call, 0)],
            Some(Kind::Uintptr) => vec![S::Return(vec![E::Conv(Conv::I64ExtendI32U, Box::new(call))])],
            Some(Kind::Bool) => vec![S::Return(vec![bin(BinOp::Ne, ValType::I32, call, E::I32(0))])],
            Some(_) => vec![S::Return(vec![call])],
        };
        let o = info.obj(obj);
        let idx = self.m.funcs.len() as u32;
        self.m.funcs.push(Func { file: Default::default(), name: format!("{}.{}", o.pkg, o.name).into(), params: params.into(), results: results.into(), locals: vec![], body: body.into() });
        let w = FuncRef::Func(idx);
        self.wrappers.insert(f, w);
        Some(w)
    }

    pub(super) fn value_wrapper(&mut self, f: FuncRef) -> FuncRef {
        if let Some(&w) = self.wrappers.get(&f) {
            return w;
        }
        let FuncRef::Func(i) = f else { return f };
        let target = &self.m.funcs[i as usize];
        let mut params = vec![ValType::I32];
        params.extend(target.params.iter().copied());
        let results = target.results.to_vec();
        let args: Vec<E> = (1..params.len() as u32).map(E::Local).collect();
        let locals: Vec<ValType> = results.clone();
        let rl: Vec<Local> = (0..results.len() as u32).map(|k| params.len() as u32 + k).collect();
        let body = if rl.is_empty() {
            vec![S::Drop(E::Call(f, args), 0)]
        } else {
            vec![S::SetMulti(rl.clone(), E::Call(f, args)), S::Return(rl.into_iter().map(E::Local).collect())]
        };
        let (name, file) = (target.name.clone(), target.file.clone());
        let idx = self.m.funcs.len() as u32;
        let mut body = body;
        body.splice(0..0, self.forward_defer_target(idx, f));
        self.m.funcs.push(Func { file: file.into(), name: name.into(), params: params.into(), results: results.into(), locals, body: body.into() });
        let w = FuncRef::Func(idx);
        self.wrappers.insert(f, w);
        w
    }
}
