//! Lowering of data in linear memory: variables that live in heap cells, structs and arrays
//! (represented by their address), strings, slices, pointers, composite literals and the
//! built-ins that work on them, with gc's runtime checks.

use std::sync::Arc;

use crate::diag::Pos;
use crate::ir::{zero, BinOp, Conv, Expr as E, Local, Mem, Stmt as S, UnOp, ValType};
use crate::layout::{field_offset, size_align};
use crate::syntax::ast::{Block, Element, Expr, ExprKind, NodeId};
use crate::types::check::{Builtin, ObjId};
use crate::types::{Basic, Const, Info, Type, TypeId};

use super::complex::complex_part;
use super::vals::{Locals, Vals};
use super::{bin, is_aggregate, mem_of, noscan, qualified, repr_single, strip, vals, FnLower, LoopCtx};

/// The largest object: gc's linker refuses larger symbols, and it is half of what wasm32
/// addresses.
const MAX_OBJECT: u64 = 2_000_000_000;

/// Literals with fewer elements keep their stores: a data segment and a copy cost more.
const MIN_CONST_ELEMS: usize = 4;

/// Larger constant literals keep their stores rather than a data segment this large.
const MAX_CONST_BYTES: usize = 1 << 20;

impl FnLower<'_, '_> {
    pub(super) fn size_of(&self, t: TypeId) -> u32 {
        size_align(&self.info().types, t).0 as u32
    }

    /// Calls `runtime.mallocgc` for a value of type t (or `n` elements of it); the result
    /// is an address in a temporary (it is already a root: see `runtime/malloc.go` on roots).
    pub(super) fn alloc(&mut self, t: TypeId, count: Option<E>, pos: Pos) -> Local {
        self.fits(t, 1, pos);
        let size = self.size_of(t) as i32;
        let bytes = match count {
            Some(n) => bin(BinOp::Mul, ValType::I32, n, E::I32(size)),
            None => E::I32(size),
        };
        let ns = noscan(self.info(), t);
        let f = self.rt("mallocgc", pos);
        let l = self.new_local(ValType::I32);
        self.emit(S::Set(l, E::Call(f, vec![bytes, E::I32(ns as i32)])));
        l
    }

    /// Whether `n` values of type t fit in memory, as gc's linker limits a symbol; if not,
    /// an error (wasm32 addresses 4 GB, and sizes would wrap).
    pub(super) fn fits(&mut self, t: TypeId, n: u64, pos: Pos) -> bool {
        let size = size_align(&self.info().types, t).0.saturating_mul(n);
        if size <= MAX_OBJECT {
            return true;
        }
        let ts = if n == 1 { self.info().types.display(t) } else { format!("[{n}]{}", self.info().types.display(t)) };
        self.err(pos, format!("{ts} too large ({size} bytes > {MAX_OBJECT} bytes)"));
        false
    }

    /// Reads a value of type t stored at addr. Structs and arrays are their address.
    pub(super) fn load_at(&mut self, t: TypeId, addr: E) -> Vals {
        let info = self.info();
        if is_aggregate(info, t) {
            return vals![addr];
        }
        if let Some(m) = mem_of(info, t) {
            return vals![E::Load(m, Box::new(addr))];
        }
        let (m, size) = complex_part(info, t).map_or((Mem::I32, 4), |(_, m, size)| (m, size));
        let n = vals(info, t).len();
        let a = self.temp(addr, ValType::I32);
        (0..n).map(|k| E::Load(m, Box::new(offset(E::Local(a), size * k as u32)))).collect()
    }

    /// Stores a value of type t at addr (structs and arrays are copied).
    pub(super) fn store_at(&mut self, t: TypeId, addr: E, vs: Vals) {
        let info = self.info();
        if is_aggregate(info, t) {
            let size = self.size_of(t);
            if let Some(src) = vs.into_iter().next() {
                self.emit(S::mem_copy(addr, src, E::I32(size as i32)));
            }
            return;
        }
        if let Some(m) = mem_of(info, t) {
            if let Some(v) = vs.into_iter().next() {
                self.emit(S::Store(m, addr, v));
            }
            return;
        }
        // Several words: evaluate all first (they may read the destination). An address
        // `local + constant` is read again by each store (as the store's offset) when the
        // values run no statements that could set the local: a long composite literal then
        // needs no local per element.
        let (vt, m, size) = complex_part(info, t).unwrap_or((ValType::I32, Mem::I32, 4));
        let (base, at) = match addr {
            E::Bin(BinOp::Add, ValType::I32, bc) if matches!(&*bc, [E::Local(_), E::I32(k)] if *k >= 0) && !vs.iter().any(runs_stmts) => {
                let [b, E::I32(k)] = *bc else { unreachable!("matched above") };
                (b, k as u32)
            }
            addr => (E::Local(self.temp(addr, ValType::I32)), 0),
        };
        let ls: Vec<Local> = vs.into_iter().map(|v| self.temp(v, vt)).collect();
        for (k, l) in ls.into_iter().enumerate() {
            self.emit(S::Store(m, offset(base.clone(), at + size * k as u32), E::Local(l)));
        }
    }

    /// Declares a local variable: in Wasm locals, or in a heap cell when it is a struct or
    /// array or its address is taken. `fresh` values (composite literals) are adopted.
    pub(super) fn declare_var(&mut self, obj: ObjId, t: TypeId, init: Option<Vals>, fresh: bool, pos: Pos) {
        let info = self.info();
        if is_aggregate(info, t) {
            let l = self.root_local();
            match init {
                Some(vs) if fresh => self.emit(S::Set(l, vs.into_iter().next().unwrap_or(E::I32(0)))),
                init => {
                    let src = init.and_then(|vs| vs.into_iter().next()).map(|v| self.temp(v, ValType::I32));
                    let cell = self.alloc(t, None, pos);
                    self.emit(S::Set(l, E::Local(cell)));
                    if let Some(src) = src {
                        let size = self.size_of(t);
                        self.emit(S::mem_copy(E::Local(l), E::Local(src), E::I32(size as i32)));
                    }
                }
            }
            self.vars.insert(obj, Locals::one(l));
        } else if info.obj(obj).escapes && !self.runtime {
            let vs: Option<Vec<Local>> = init.map(|vs| vs.into_iter().zip(vals(info, t)).map(|(v, vt)| self.temp(v, vt)).collect());
            let l = self.root_local();
            let cell = self.alloc(t, None, pos);
            self.emit(S::Set(l, E::Local(cell)));
            if let Some(vs) = vs {
                self.store_at(t, E::Local(l), vs.into_iter().map(E::Local).collect());
            }
            self.boxed.insert(obj, l);
        } else {
            let ls = self.var_locals(t);
            // A variable's type is never a tuple: its values need no list.
            let vts = repr_single(info, t).iter().map(|r| r.0);
            match init {
                Some(vs) => {
                    let tmp: Vals = if vs.len() > 1 { vs.into_iter().zip(vts).map(|(v, vt)| E::Local(self.temp(v, vt))).collect() } else { vs };
                    for (l, v) in ls.iter().zip(tmp) {
                        self.emit(S::Set(*l, v));
                    }
                }
                None => {
                    for (l, vt) in ls.iter().zip(vts) {
                        self.emit(S::Set(*l, zero(vt)));
                    }
                }
            }
            self.vars.insert(obj, ls);
        }
    }

    /// Parameters whose address is taken move to heap cells; struct and array parameters
    /// are copied (the caller passes the address of its value).
    pub(super) fn adopt_param(&mut self, obj: ObjId, t: TypeId, ids: Vec<Local>, pos: Pos) {
        let info = self.info();
        if is_aggregate(info, t) || (info.obj(obj).escapes && !self.runtime) {
            let vs = ids.iter().map(|l| E::Local(*l)).collect();
            self.declare_var(obj, t, Some(vs), false, pos);
        } else {
            self.vars.insert(obj, ids.into());
        }
    }

    pub(super) fn nil_guard(&mut self, p: E, pos: Pos) -> E {
        if self.runtime {
            return p;
        }
        let l = self.temp(p, ValType::I32);
        let site = self.l.site(&self.name.clone(), pos);
        let f = self.rt("panicnil", pos);
        self.emit(S::If(E::Un(UnOp::Eqz, ValType::I32, Box::new(E::Local(l))), vec![S::Drop(E::Call(f, site), 0), S::Unreachable], vec![]));
        E::Local(l)
    }

    /// The address of an addressable expression (or of a composite literal, for `&T{}`).
    pub(super) fn addr_of(&mut self, e: &Expr) -> Option<E> {
        let info = self.info();
        let e = strip(e);
        let t = info.expr_type(e);
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) if matches!(e.kind, ExprKind::Ident(_)) || qualified(info, e).is_some() => {
                let obj = info.uses.get(&e.id).copied()?;
                if let Some(&g) = self.l.boxed_globals.get(&obj) {
                    return Some(E::Global(g));
                }
                if let Some(&b) = self.boxed.get(&obj) {
                    return Some(E::Local(b));
                }
                if is_aggregate(info, t) {
                    return self.expr(e).into_iter().next();
                }
                None
            }
            ExprKind::Star(p) => {
                let v = self.expr1(p);
                Some(self.nil_guard(v, e.pos))
            }
            ExprKind::Selector(x, _) => {
                let path = info.fields.get(&e.id)?.clone();
                Some(self.field_addr(x, &path, e.pos))
            }
            ExprKind::Index(x, idx) if self.is_map(x) => Some(self.map_assign_addr(x, &idx[0], e.pos)),
            ExprKind::Index(x, idx) => Some(self.index_addr(x, &idx[0], e.pos)),
            ExprKind::CompositeLit { .. } if is_aggregate(info, t) => self.expr(e).into_iter().next(),
            // &[]T{...}, &map[K]V{...}: a new cell holding the value.
            ExprKind::CompositeLit { .. } => {
                let vs = self.expr(e);
                let cell = self.alloc(t, None, e.pos);
                self.store_at(t, E::Local(cell), vs);
                Some(E::Local(cell))
            }
            _ => None,
        }
    }

    /// Address of field `path` (through embedded fields) of x (a struct or pointer to struct).
    pub(super) fn field_addr(&mut self, x: &Expr, path: &[usize], pos: Pos) -> E {
        let info = self.info();
        let mut t = info.expr_type(x);
        let mut addr = self.expr1(x);
        for (k, &i) in path.iter().enumerate() {
            if let Type::Pointer(el) = info.types.under_type(t) {
                if k > 0 {
                    addr = E::Load(Mem::I32, Box::new(addr));
                }
                addr = self.nil_guard(addr, pos);
                t = *el;
            }
            let Type::Struct(fields) = info.types.under_type(t) else { break };
            let off = field_offset(&info.types, t, i) as u32;
            addr = offset(addr, off);
            t = fields[i].ty;
        }
        addr
    }

    pub(super) fn selector(&mut self, e: &Expr, x: &Expr) -> Vals {
        let info = self.info();
        if let Some(v) = self.method_value(e, x) {
            return v;
        }
        let Some(path) = info.fields.get(&e.id).cloned() else {
            self.err(e.pos, "internal error: a selector that is neither a field nor a method");
            return vals![];
        };
        let t = info.expr_type(e);
        let a = self.field_addr(x, &path, e.pos);
        self.load_at(t, a)
    }

    /// Bounds-checked address of x[i] for arrays, pointers to arrays and slices.
    fn index_addr(&mut self, x: &Expr, i: &Expr, pos: Pos) -> E {
        let info = self.info();
        let xt = info.expr_type(x);
        let (el, base, len, known) = match info.types.under_type(xt).clone() {
            Type::Slice(el) => {
                let v = self.expr(x);
                let b = self.temp(part(&v, 0), ValType::I32);
                (el, E::Local(b), part(&v, 1), None)
            }
            Type::Array(n, el) => (el, self.expr1(x), E::I32(n as i32), Some(n)),
            Type::Pointer(p) => match info.types.under_type(p).clone() {
                Type::Array(n, el) => {
                    let v = self.expr1(x);
                    (el, self.nil_guard(v, pos), E::I32(n as i32), Some(n))
                }
                _ => return E::I32(0),
            },
            _ => return E::I32(0),
        };
        let base = self.temp(base, ValType::I32);
        let idx = self.checked_index(i, len, known, pos);
        let size = self.size_of(el) as i32;
        bin(BinOp::Add, ValType::I32, E::Local(base), bin(BinOp::Mul, ValType::I32, idx, E::I32(size)))
    }

    /// Lowers index i checked against len (skipped for constants already checked by the
    /// checker against a known length); returns it as i32.
    fn checked_index(&mut self, i: &Expr, len: E, known: Option<u64>, pos: Pos) -> E {
        let info = self.info();
        if let (Some(c), Some(_)) = (info.const_value(i).and_then(|c| c.as_int()), known) {
            return E::I32(c as i32);
        }
        let it = info.expr_type(i);
        let v = self.expr1(i);
        let wide = self.to_i64(v, it);
        let il = self.temp(wide, ValType::I64);
        // A length in a local or a constant is widened where it is compared (3 bytes), not
        // kept in a temporary of its own (5 more).
        let len = match len {
            E::Local(_) | E::I32(_) => len,
            len => E::Local(self.temp(len, ValType::I32)),
        };
        let ll = E::Conv(Conv::I64ExtendI32U, Box::new(len));
        let site = self.l.site(&self.name.clone(), pos);
        let f = self.rt("panicIndex", pos);
        let mut args = vec![E::Local(il), ll.clone()];
        args.extend(site);
        self.emit(S::If(bin(BinOp::GeU, ValType::I64, E::Local(il), ll), vec![S::Drop(E::Call(f, args), 0), S::Unreachable], vec![]));
        E::Conv(Conv::I32WrapI64, Box::new(E::Local(il)))
    }

    /// An integer value widened to i64 by its signedness.
    pub(super) fn to_i64(&self, v: E, t: TypeId) -> E {
        let info = self.info();
        match vals(info, t).first() {
            Some(ValType::I32) => {
                let unsigned = info.types.basic_of(t).map(|b| b.is_unsigned()).unwrap_or(false);
                E::Conv(if unsigned { Conv::I64ExtendI32U } else { Conv::I64ExtendI32S }, Box::new(v))
            }
            _ => v,
        }
    }

    pub(super) fn index(&mut self, e: &Expr, x: &Expr, i: &Expr) -> Vals {
        let info = self.info();
        let xt = info.expr_type(x);
        if info.types.basic_of(xt).map(|b| b.is_string()).unwrap_or(false) {
            let known = info.const_value(x).map(|c| match c {
                Const::String(s) => crate::types::constant::string_bytes(s).len() as u64,
                _ => 0,
            });
            let v = self.expr(x);
            let p = self.temp(part(&v, 0), ValType::I32);
            let idx = self.checked_index(i, part(&v, 1), known, e.pos);
            return vals![E::Load(Mem::I32_8U, Box::new(bin(BinOp::Add, ValType::I32, E::Local(p), idx)))];
        }
        if self.is_map(x) {
            return self.map_index(e, x, i, false);
        }
        let t = info.expr_type(e);
        let a = self.index_addr(x, i, e.pos);
        self.load_at(t, a)
    }

    /// `x[lo:hi:max]` of strings, arrays, pointers to arrays and slices.
    #[inline(never)] // keeps its caller small for the browser (ARCHITECTURE.md)
    pub(super) fn slice(&mut self, e: &Expr, x: &Expr, lo: Option<&Expr>, hi: Option<&Expr>, max: Option<&Expr>) -> Vals {
        let info = self.info();
        let xt = info.expr_type(x);
        let is_str = info.types.basic_of(xt).map(|b| b.is_string()).unwrap_or(false);
        let (ptr, len, cap, el_size) = if is_str {
            let v = self.expr(x);
            let (p, n) = (self.temp(part(&v, 0), ValType::I32), self.temp(part(&v, 1), ValType::I32));
            (p, n, n, 1)
        } else {
            match info.types.under_type(xt).clone() {
                Type::Slice(el) => {
                    let v = self.expr(x);
                    let p = self.temp(part(&v, 0), ValType::I32);
                    let n = self.temp(part(&v, 1), ValType::I32);
                    let c = self.temp(part(&v, 2), ValType::I32);
                    (p, n, c, self.size_of(el))
                }
                Type::Array(n, el) => {
                    let a = self.addr_of(x).unwrap_or(E::I32(0));
                    let p = self.temp(a, ValType::I32);
                    let nl = self.temp(E::I32(n as i32), ValType::I32);
                    (p, nl, nl, self.size_of(el))
                }
                Type::Pointer(pt) => {
                    let Type::Array(n, el) = info.types.under_type(pt).clone() else { return vals![] };
                    let v = self.expr1(x);
                    let v = self.nil_guard(v, e.pos);
                    let p = self.temp(v, ValType::I32);
                    let nl = self.temp(E::I32(n as i32), ValType::I32);
                    (p, nl, nl, self.size_of(el))
                }
                _ => return vals![],
            }
        };
        let is_slice = matches!(info.types.under_type(xt), Type::Slice(_));
        let bound = |f: &mut Self, b: Option<&Expr>, dflt: Local| -> Local {
            match b {
                Some(b) => {
                    let bt = f.info().expr_type(b);
                    let v = f.expr1(b);
                    let w = f.to_i64(v, bt);
                    f.temp(w, ValType::I64)
                }
                None => f.temp(E::Conv(Conv::I64ExtendI32U, Box::new(E::Local(dflt))), ValType::I64),
            }
        };
        let z = self_zero(self);
        let l = bound(self, lo, z);
        let h = bound(self, hi, len);
        let three = max.is_some();
        let m = bound(self, max, cap);
        let site = self.l.site(&self.name.clone(), e.pos);
        let f = self.rt("panicSlice", e.pos);
        let capv = E::Conv(Conv::I64ExtendI32U, Box::new(E::Local(cap)));
        let fail = |code: i32, x: Local, y: E| -> S {
            let mut args = vec![E::I32(code), E::Local(x), y];
            args.extend(site.clone());
            S::If(E::I32(1), vec![S::Drop(E::Call(f, args), 0), S::Unreachable], vec![])
        };
        let lenv = if is_slice { capv.clone() } else { E::Conv(Conv::I64ExtendI32U, Box::new(E::Local(len))) };
        if three {
            let code = if is_slice { 4 } else { 3 };
            self.emit(S::If(bin(BinOp::GtU, ValType::I64, E::Local(m), capv.clone()), vec![fail(code, m, capv.clone())], vec![]));
            self.emit(S::If(bin(BinOp::GtU, ValType::I64, E::Local(h), E::Local(m)), vec![fail(5, h, E::Local(m))], vec![]));
            self.emit(S::If(bin(BinOp::GtU, ValType::I64, E::Local(l), E::Local(h)), vec![fail(6, l, E::Local(h))], vec![]));
        } else {
            let code = if is_slice { 1 } else { 0 };
            let lim = if hi.is_some() { lenv } else { E::Conv(Conv::I64ExtendI32U, Box::new(E::Local(len))) };
            self.emit(S::If(bin(BinOp::GtU, ValType::I64, E::Local(h), lim.clone()), vec![fail(code, h, lim)], vec![]));
            self.emit(S::If(bin(BinOp::GtU, ValType::I64, E::Local(l), E::Local(h)), vec![fail(2, l, E::Local(h))], vec![]));
        }
        let w = |x: Local| E::Conv(Conv::I32WrapI64, Box::new(E::Local(x)));
        let newlen = bin(BinOp::Sub, ValType::I32, w(h), w(l));
        let newcap = bin(BinOp::Sub, ValType::I32, w(m), w(l));
        let nc = self.temp(newcap, ValType::I32);
        // Like gc, keep the base pointer when the result has no capacity, so it never points
        // past the end of its array.
        let adv = bin(BinOp::Add, ValType::I32, E::Local(ptr), bin(BinOp::Mul, ValType::I32, w(l), E::I32(el_size as i32)));
        let np = E::Select(Box::new(adv), Box::new(E::Local(ptr)), Box::new(E::Local(nc)));
        if is_str {
            let nl = self.temp(newlen, ValType::I32);
            let np = E::Select(
                Box::new(bin(BinOp::Add, ValType::I32, E::Local(ptr), w(l))),
                Box::new(E::Local(ptr)),
                Box::new(E::Local(nl)),
            );
            return vals![np, E::Local(nl)];
        }
        vals![np, newlen, E::Local(nc)]
    }

    /// A composite literal: a new struct, array or slice backing array.
    #[inline(never)] // keeps its caller small for the browser (ARCHITECTURE.md)
    pub(super) fn composite(&mut self, e: &Expr, elts: &[Element]) -> Vals {
        let info = self.info();
        let lt = info.expr_type(e);
        let (t, ptr) = match info.types.under_type(lt) {
            Type::Pointer(b) => (*b, true),
            _ => (lt, false),
        };
        let _ = ptr;
        match info.types.under_type(t).clone() {
            Type::Struct(fields) => {
                let cell = self.alloc(t, None, e.pos);
                for (k, el) in elts.iter().enumerate() {
                    let i = match &el.key {
                        Some(key) => match &key.kind {
                            ExprKind::Ident(n) => fields.iter().position(|f| &f.name == n).unwrap_or(0),
                            _ => 0,
                        },
                        None => k,
                    };
                    let off = field_offset(&info.types, t, i) as u32;
                    let v = self.expr(&el.value);
                    self.store_at(fields[i].ty, offset(E::Local(cell), off), v);
                }
                vals![E::Local(cell)]
            }
            Type::Array(n, el) => {
                let cell = self.alloc(t, None, e.pos);
                self.fill_elems(e.id, cell, el, elts);
                let _ = n;
                vals![E::Local(cell)]
            }
            Type::Map(..) => self.map_literal(e, t, elts),
            Type::Slice(el) => {
                let mut idx = 0u64;
                let mut n = 0u64;
                for x in elts {
                    if let Some(k) = &x.key {
                        idx = info.const_value(k).and_then(|c| c.as_int()).and_then(|i| u64::try_from(i).ok()).unwrap_or(0);
                    }
                    idx = idx.saturating_add(1);
                    n = n.max(idx);
                }
                if !self.fits(el, n, e.pos) {
                    return vals![E::I32(0), E::I32(0), E::I32(0)];
                }
                let cell = self.alloc(el, Some(E::I32(n as i32)), e.pos);
                self.fill_elems(e.id, cell, el, elts);
                vals![E::Local(cell), E::I32(n as i32), E::I32(n as i32)]
            }
            _ => {
                self.err(e.pos, "internal error: a composite literal of a type without elements");
                vals![]
            }
        }
    }

    /// Stores the elements of array or slice literal `lit` that fits in memory (`fits`).
    fn fill_elems(&mut self, lit: NodeId, cell: Local, el: TypeId, elts: &[Element]) {
        let size = self.size_of(el);
        if let Some(bytes) = self.table(lit, el, size, elts) {
            if bytes.iter().any(|&b| b != 0) {
                let n = bytes.len() as i32;
                let data = self.l.string_data(bytes);
                self.emit(S::mem_copy(E::Local(cell), E::Data(data), E::I32(n)));
            }
            return;
        }
        let mut idx = 0u32;
        for x in elts {
            if let Some(k) = &x.key {
                idx = self.info().const_value(k).and_then(|c| c.as_int()).and_then(|i| u32::try_from(i).ok()).unwrap_or(0);
            }
            let v = self.expr(&x.value);
            self.store_at(el, offset(E::Local(cell), idx.wrapping_mul(size)), v);
            idx = idx.wrapping_add(1);
        }
    }

    /// [`FnLower::const_elems`], once per prelude for a variable of its packages.
    fn table(&mut self, lit: NodeId, el: TypeId, size: u32, elts: &[Element]) -> Option<Vec<u8>> {
        if !self.l.prelude_var {
            return self.const_elems(el, size, elts);
        }
        let key = (self.l.prelude.id, lit);
        let tables = &self.l.cache.tables;
        if let Some(t) = tables.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return t.as_deref().map(<[u8]>::to_vec);
        }
        let t = self.const_elems(el, size, elts);
        tables.lock().unwrap_or_else(|e| e.into_inner()).insert(key, t.as_deref().map(Arc::from));
        t
    }

    /// The bytes of a literal's elements when there are at least `MIN_CONST_ELEMS`, all
    /// constants (or literals of constants) of a pointer-free type: tables such as unicode's
    /// ranges and strconv's powers of ten are then one `memory.copy` from a data segment
    /// instead of a store per element (gc puts such tables in read-only data).
    fn const_elems(&mut self, el: TypeId, size: u32, elts: &[Element]) -> Option<Vec<u8>> {
        if elts.len() < MIN_CONST_ELEMS || !noscan(self.info(), el) {
            return None;
        }
        let mut bytes = Vec::new();
        let mut idx = 0u64;
        for x in elts {
            if let Some(k) = &x.key {
                idx = self.info().const_value(k).and_then(|c| c.as_int()).and_then(|i| u64::try_from(i).ok())?;
            }
            let at = usize::try_from(idx.checked_mul(size as u64)?).ok()?;
            let end = at.checked_add(size as usize)?;
            if end > MAX_CONST_BYTES {
                return None;
            }
            if bytes.len() < end {
                bytes.resize(end, 0);
            }
            if !self.const_bytes(el, &x.value, &mut bytes[at..end]) {
                return None;
            }
            idx += 1;
        }
        Some(bytes)
    }

    /// Writes constant `e` of pointer-free type t into `out` (its memory layout); false when
    /// some part of it is not a constant.
    fn const_bytes(&mut self, t: TypeId, e: &Expr, out: &mut [u8]) -> bool {
        let info = self.info();
        if let Some(c) = info.const_value(e).cloned() {
            let Some(mem) = mem_of(info, t) else { return false };
            let v = self.const_of(&c, t);
            let raw: u64 = match (v.first(), v.len()) {
                (Some(E::I32(x)), 1) => *x as u32 as u64,
                (Some(E::I64(x)), 1) => *x as u64,
                (Some(E::F32(x)), 1) => *x as u64,
                (Some(E::F64(x)), 1) => *x,
                _ => return false,
            };
            let width = match mem {
                Mem::I32_8S | Mem::I32_8U => 1,
                Mem::I32_16S | Mem::I32_16U => 2,
                Mem::I32 | Mem::F32 => 4,
                Mem::I64 | Mem::F64 => 8,
            };
            out[..width].copy_from_slice(&raw.to_le_bytes()[..width]);
            return true;
        }
        let ExprKind::CompositeLit { elts, .. } = &strip(e).kind else { return false };
        match info.types.under_type(t).clone() {
            Type::Struct(fields) => {
                for (k, el) in elts.iter().enumerate() {
                    let i = match &el.key {
                        Some(Expr { kind: ExprKind::Ident(n), .. }) => match fields.iter().position(|f| &f.name == n) {
                            Some(i) => i,
                            None => return false,
                        },
                        Some(_) => return false,
                        None => k,
                    };
                    let off = field_offset(&self.info().types, t, i) as usize;
                    let fsize = self.size_of(fields[i].ty) as usize;
                    if !self.const_bytes(fields[i].ty, &el.value, &mut out[off..off + fsize]) {
                        return false;
                    }
                }
                true
            }
            Type::Array(_, et) => {
                let size = self.size_of(et) as usize;
                let mut idx = 0usize;
                for x in elts {
                    if let Some(k) = &x.key {
                        match self.info().const_value(k).and_then(|c| c.as_int()).and_then(|i| usize::try_from(i).ok()) {
                            Some(i) => idx = i,
                            None => return false,
                        }
                    }
                    let at = idx * size;
                    if at + size > out.len() || !self.const_bytes(et, &x.value, &mut out[at..at + size]) {
                        return false;
                    }
                    idx += 1;
                }
                true
            }
            _ => false,
        }
    }

    /// new, make, append, copy, cap and len of slices.
    pub(super) fn builtin_data(&mut self, e: &Expr, b: Builtin, args: &[Expr], ellipsis: bool) -> Vals {
        let info = self.info();
        let t = info.expr_type(e);
        match b {
            Builtin::New => {
                let Type::Pointer(el) = info.types.under_type(t).clone() else { return vals![] };
                let p = self.alloc(el, None, e.pos);
                // new(expr): the variable starts with expr's value.
                if let Some(x) = args.first().filter(|x| !info.exprs.get(&x.id).is_some_and(|i| i.is_type)) {
                    let v = self.expr(x);
                    self.store_at(el, E::Local(p), v);
                }
                vals![E::Local(p)]
            }
            Builtin::Make if matches!(info.types.under_type(t), Type::Map(..)) => self.map_make(e, t, args.get(1)),
            Builtin::Make => {
                let Type::Slice(el) = info.types.under_type(t).clone() else { return vals![] };
                let site = self.l.site(&self.name.clone(), e.pos);
                let lt = info.expr_type(&args[1]);
                let lv = self.expr1(&args[1]);
                let lw = self.to_i64(lv, lt);
                let len = self.temp(lw, ValType::I64);
                let cap = match args.get(2) {
                    Some(c) => {
                        let ct = info.expr_type(c);
                        let cv = self.expr1(c);
                        let cw = self.to_i64(cv, ct);
                        self.temp(cw, ValType::I64)
                    }
                    None => len,
                };
                let size = i64::from(self.size_of(el).max(1));
                let limit = (1i64 << 31) / size;
                let fl = self.rt("panicmakeslicelen", e.pos);
                let fc = self.rt("panicmakeslicecap", e.pos);
                self.emit(S::If(bin(BinOp::GeU, ValType::I64, E::Local(len), E::I64(limit)), vec![S::Drop(E::Call(fl, site.clone()), 0), S::Unreachable], vec![]));
                if cap != len {
                    let bad = bin(BinOp::Or, ValType::I32, bin(BinOp::GeU, ValType::I64, E::Local(cap), E::I64(limit)), bin(BinOp::LtS, ValType::I64, E::Local(cap), E::Local(len)));
                    self.emit(S::If(bad, vec![S::Drop(E::Call(fc, site), 0), S::Unreachable], vec![]));
                }
                let w = |x: Local| E::Conv(Conv::I32WrapI64, Box::new(E::Local(x)));
                let p = self.alloc(el, Some(w(cap)), e.pos);
                vals![E::Local(p), w(len), w(cap)]
            }
            Builtin::Cap | Builtin::Len => {
                let v = self.expr(&args[0]);
                let k = if b == Builtin::Cap { 2 } else { 1 };
                vals![E::Conv(Conv::I64ExtendI32U, Box::new(v.into_iter().nth(k).unwrap_or(E::I32(0))))]
            }
            Builtin::Clear => {
                let st = info.expr_type(&args[0]);
                let Type::Slice(el) = info.types.under_type(st).clone() else { return vals![] };
                let v = self.expr(&args[0]);
                let size = self.size_of(el) as i32;
                self.emit(S::mem_fill(part(&v, 0), E::I32(0), bin(BinOp::Mul, ValType::I32, part(&v, 1), E::I32(size))));
                vals![]
            }
            Builtin::Copy => {
                let st = info.expr_type(&args[0]);
                let Type::Slice(el) = info.types.under_type(st).clone() else { return vals![] };
                let d = self.expr(&args[0]);
                let (dp, dl) = (self.temp(part(&d, 0), ValType::I32), self.temp(part(&d, 1), ValType::I32));
                let s = self.expr(&args[1]);
                let (sp, sl) = (self.temp(part(&s, 0), ValType::I32), self.temp(part(&s, 1), ValType::I32));
                let n = self.temp(E::Select(Box::new(E::Local(dl)), Box::new(E::Local(sl)), Box::new(bin(BinOp::LtU, ValType::I32, E::Local(dl), E::Local(sl)))), ValType::I32);
                let size = self.size_of(el) as i32;
                self.emit(S::mem_copy(E::Local(dp), E::Local(sp), bin(BinOp::Mul, ValType::I32, E::Local(n), E::I32(size))));
                vals![E::Conv(Conv::I64ExtendI32U, Box::new(E::Local(n)))]
            }
            Builtin::Append => {
                let Type::Slice(el) = info.types.under_type(t).clone() else { return vals![] };
                let size = self.size_of(el) as i32;
                let s = self.expr(&args[0]);
                let p = self.new_local(ValType::I32);
                let l = self.new_local(ValType::I32);
                let c = self.new_local(ValType::I32);
                self.emit(S::Set(p, part(&s, 0)));
                self.emit(S::Set(l, part(&s, 1)));
                self.emit(S::Set(c, part(&s, 2)));
                // The added elements: one list of values per element, or a slice/string.
                let (add, src): (E, Option<Local>) = if ellipsis {
                    let v = self.expr(&args[1]);
                    let sp = self.temp(part(&v, 0), ValType::I32);
                    (part(&v, 1), Some(sp))
                } else {
                    (E::I32((args.len() - 1) as i32), None)
                };
                let n = self.temp(add, ValType::I32);
                let mut items = Vec::new();
                if src.is_none() {
                    for a in &args[1..] {
                        let v = self.expr(a);
                        let ls: Vals = v.into_iter().zip(vals(info, el)).map(|(v, vt)| E::Local(self.temp(v, vt))).collect();
                        items.push(ls);
                    }
                }
                let newlen = self.temp(bin(BinOp::Add, ValType::I32, E::Local(l), E::Local(n)), ValType::I32);
                let grow = self.rt("growslice", e.pos);
                let ns = noscan(info, el) as i32;
                let call = E::Call(grow, vec![E::Local(p), E::Local(l), E::Local(c), E::Local(newlen), E::I32(size), E::I32(ns)]);
                self.emit(S::If(bin(BinOp::GtU, ValType::I32, E::Local(newlen), E::Local(c)), vec![S::SetMulti(vec![p, c], call)], vec![]));
                let at = |k: E| bin(BinOp::Add, ValType::I32, E::Local(p), bin(BinOp::Mul, ValType::I32, k, E::I32(size)));
                match src {
                    Some(sp) => self.emit(S::mem_copy(at(E::Local(l)), E::Local(sp), bin(BinOp::Mul, ValType::I32, E::Local(n), E::I32(size)))),
                    None => {
                        for (k, v) in items.into_iter().enumerate() {
                            let a = at(bin(BinOp::Add, ValType::I32, E::Local(l), E::I32(k as i32)));
                            self.store_at(el, a, v);
                        }
                    }
                }
                vals![E::Local(p), E::Local(newlen), E::Local(c)]
            }
            _ => vals![],
        }
    }

    /// Conversions involving strings, byte and rune slices, and slices to arrays.
    pub(super) fn convert_data(&mut self, to: TypeId, arg: &Expr) -> Option<Vals> {
        let info = self.info();
        let from = info.expr_type(arg);
        let elem_kind = |t: TypeId| match info.types.under_type(t) {
            Type::Slice(e) => info.types.basic_of(*e).map(|b| b.canonical()),
            _ => None,
        };
        let is_str = |t: TypeId| info.types.basic_of(t).map(|b| b.is_string()).unwrap_or(false);
        let pos = arg.pos;
        if is_str(to) {
            if let Some(k) = elem_kind(from) {
                let v = self.expr(arg);
                let f = self.rt(if k == Basic::Uint8 { "bytesToString" } else { "runesToString" }, pos);
                let (p, n) = (self.new_local(ValType::I32), self.new_local(ValType::I32));
                self.emit(S::SetMulti(vec![p, n], E::Call(f, vec![part(&v, 0), part(&v, 1)])));
                return Some(vals![E::Local(p), E::Local(n)]);
            }
            if info.types.basic_of(from).map(|b| b.is_integer()).unwrap_or(false) {
                let v = self.expr1(arg);
                let w = self.to_i64(v, from);
                let f = self.rt("intstring", pos);
                let (p, n) = (self.new_local(ValType::I32), self.new_local(ValType::I32));
                self.emit(S::SetMulti(vec![p, n], E::Call(f, vec![w])));
                return Some(vals![E::Local(p), E::Local(n)]);
            }
            return None;
        }
        if is_str(from) {
            let k = elem_kind(to)?;
            let v = self.expr(arg);
            let (sp, sl) = (self.temp(part(&v, 0), ValType::I32), self.temp(part(&v, 1), ValType::I32));
            if k == Basic::Uint8 {
                let f = self.rt("stringToBytes", pos);
                let p = self.temp(E::Call(f, vec![E::Local(sp), E::Local(sl)]), ValType::I32);
                return Some(vals![E::Local(p), E::Local(sl), E::Local(sl)]);
            }
            let cf = self.rt("countrunes", pos);
            let n = self.temp(E::Call(cf, vec![E::Local(sp), E::Local(sl)]), ValType::I32);
            let f = self.rt("stringToRunes", pos);
            let p = self.temp(E::Call(f, vec![E::Local(sp), E::Local(sl), E::Local(n)]), ValType::I32);
            return Some(vals![E::Local(p), E::Local(n), E::Local(n)]);
        }
        if let Type::Slice(_) = info.types.under_type(from) {
            let (n, as_ptr) = match info.types.under_type(to) {
                Type::Array(n, _) => (*n, false),
                Type::Pointer(p) => match info.types.under_type(*p) {
                    Type::Array(n, _) => (*n, true),
                    _ => return None,
                },
                _ => return None,
            };
            let v = self.expr(arg);
            let (p, l) = (self.temp(part(&v, 0), ValType::I32), self.temp(part(&v, 1), ValType::I32));
            let site = self.l.site(&self.name.clone(), pos);
            let f = self.rt("panicSliceConvert", pos);
            let mut a = vec![E::Conv(Conv::I64ExtendI32U, Box::new(E::Local(l))), E::I64(n as i64)];
            a.extend(site);
            self.emit(S::If(bin(BinOp::LtU, ValType::I32, E::Local(l), E::I32(n as i32)), vec![S::Drop(E::Call(f, a), 0), S::Unreachable], vec![]));
            if as_ptr {
                return Some(vals![E::Local(p)]);
            }
            // An array value is a copy.
            let cell = self.alloc(to, None, pos);
            let size = self.size_of(to) as i32;
            self.emit(S::mem_copy(E::Local(cell), E::Local(p), E::I32(size)));
            return Some(vals![E::Local(cell)]);
        }
        None
    }

    /// `for k, v := range x` over strings, arrays, pointers to arrays and slices.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_data(&mut self, key: Option<&Expr>, value: Option<&Expr>, define: bool, x: &Expr, body: &Block, label: Option<String>) {
        let info = self.info();
        let xt = info.expr_type(x);
        let is_str = info.types.basic_of(xt).map(|b| b.is_string()).unwrap_or(false);
        fn used(e: Option<&Expr>) -> Option<&Expr> {
            e.filter(|e| !matches!(&e.kind, ExprKind::Ident(n) if n == "_"))
        }
        let (key, value) = (used(key), used(value));
        // The range expression is evaluated once; an array is copied when its values are used.
        let (ptr, len, el) = if is_str {
            let v = self.expr(x);
            let p = self.root_local();
            self.emit(S::Set(p, part(&v, 0)));
            let n = self.copy_local(part(&v, 1), ValType::I32);
            (p, n, crate::types::INVALID)
        } else if let Some(n) = array_len(info, xt).filter(|_| value.is_none()) {
            // With at most one iteration variable an array's length is constant and the range
            // expression is not evaluated (the spec's one exception).
            let p = self.root_local();
            let nl = self.temp(E::I32(n as i32), ValType::I32);
            (p, nl, crate::types::INVALID)
        } else {
            match info.types.under_type(xt).clone() {
                Type::Slice(el) => {
                    let v = self.expr(x);
                    let p = self.root_local();
                    self.emit(S::Set(p, part(&v, 0)));
                    let n = self.copy_local(part(&v, 1), ValType::I32);
                    (p, n, el)
                }
                Type::Array(n, el) => {
                    let v = self.expr1(x);
                    let p = self.root_local();
                    if value.is_some() {
                        let cell = self.alloc(xt, None, x.pos);
                        let size = self.size_of(xt) as i32;
                        self.emit(S::mem_copy(E::Local(cell), v, E::I32(size)));
                        self.emit(S::Set(p, E::Local(cell)));
                    } else {
                        self.emit(S::Set(p, v));
                    }
                    let nl = self.temp(E::I32(n as i32), ValType::I32);
                    (p, nl, el)
                }
                Type::Pointer(pt) => {
                    let Type::Array(n, el) = info.types.under_type(pt).clone() else { return };
                    let v = self.expr1(x);
                    let p = self.root_local();
                    self.emit(S::Set(p, v));
                    if value.is_some() {
                        let g = self.nil_guard(E::Local(p), x.pos);
                        self.emit(S::Drop(g, 1));
                    }
                    let nl = self.temp(E::I32(n as i32), ValType::I32);
                    (p, nl, el)
                }
                _ => return,
            }
        };
        let i = self.new_local(ValType::I32);
        let next = self.new_local(ValType::I32);
        self.emit(S::Set(next, E::I32(0)));
        let (brk, cont, head) = (self.new_label(), self.new_label(), self.new_label());
        self.loops.push(LoopCtx { label, brk, cont: Some(cont) });
        let rune = self.new_local(ValType::I32);
        let bind = self.nested(|f| {
            f.emit(S::Set(i, E::Local(next)));
            if is_str {
                // ASCII inline; anything else through runtime.decoderune.
                let b = E::Load(Mem::I32_8U, Box::new(bin(BinOp::Add, ValType::I32, E::Local(ptr), E::Local(i))));
                f.emit(S::Set(rune, b));
                let dec = f.rt("decoderune", x.pos);
                let call = E::Call(dec, vec![E::Local(ptr), E::Local(len), E::Conv(Conv::I64ExtendI32U, Box::new(E::Local(i)))]);
                let nx = f.new_local(ValType::I64);
                f.emit(S::If(
                    bin(BinOp::LtU, ValType::I32, E::Local(rune), E::I32(0x80)),
                    vec![S::Set(next, bin(BinOp::Add, ValType::I32, E::Local(i), E::I32(1)))],
                    vec![S::SetMulti(vec![rune, nx], call), S::Set(next, E::Conv(Conv::I32WrapI64, Box::new(E::Local(nx))))],
                ));
            } else {
                f.emit(S::Set(next, bin(BinOp::Add, ValType::I32, E::Local(i), E::I32(1))));
            }
            let kv = E::Conv(Conv::I64ExtendI32U, Box::new(E::Local(i)));
            let vv = |f: &mut Self| -> Vals {
                if is_str {
                    vals![E::Local(rune)]
                } else {
                    let size = f.size_of(el) as i32;
                    let a = bin(BinOp::Add, ValType::I32, E::Local(ptr), bin(BinOp::Mul, ValType::I32, E::Local(i), E::I32(size)));
                    f.load_at(el, a)
                }
            };
            for (target, is_key) in [(key, true), (value, false)] {
                let Some(target) = target else { continue };
                let v = if is_key { vals![kv.clone()] } else { vv(f) };
                if define {
                    if let Some(&obj) = f.info().defs.get(&target.pos) {
                        let t = f.info().obj(obj).ty;
                        f.declare_var(obj, t, Some(v), false, target.pos);
                    }
                } else {
                    let types = &f.info().types;
                    let from = match (is_key, is_str) {
                        (true, _) => types.basic_id(Basic::Int),
                        (false, true) => types.basic_id(Basic::Int32),
                        (false, false) => el,
                    };
                    f.store_range(target, v, from);
                }
            }
        });
        let inner = self.nested(|f| f.block(&body.stmts));
        self.loops.pop();
        let mut lp = vec![S::If(bin(BinOp::GeU, ValType::I32, E::Local(next), E::Local(len)), vec![S::Br(brk)], vec![])];
        lp.extend(bind);
        lp.push(S::Block(cont, inner));
        if self.ticks() {
            lp.push(S::Tick);
        }
        lp.push(S::Br(head));
        self.emit(S::Block(brk, vec![S::Loop(head, lp)]));
    }

    /// == on values of type t (structs and arrays field by field).
    pub(super) fn equal(&mut self, t: TypeId, a: Vals, b: Vals) -> E {
        let info = self.info();
        match info.types.under_type(t).clone() {
            Type::Struct(fields) => {
                let (x, y) = (self.temp(part(&a, 0), ValType::I32), self.temp(part(&b, 0), ValType::I32));
                let mut acc = E::I32(1);
                for (i, f) in fields.iter().enumerate() {
                    if f.name == "_" {
                        continue;
                    }
                    let off = field_offset(&info.types, t, i) as u32;
                    let av = self.nested_vals(f.ty, offset(E::Local(x), off));
                    let bv = self.nested_vals(f.ty, offset(E::Local(y), off));
                    let eq = self.equal(f.ty, av, bv);
                    acc = if acc == E::I32(1) { eq } else { E::If(ValType::I32, Box::new(acc), Box::new(eq), Box::new(E::I32(0))) };
                }
                acc
            }
            Type::Array(n, el) => {
                let (x, y) = (self.temp(part(&a, 0), ValType::I32), self.temp(part(&b, 0), ValType::I32));
                let size = self.size_of(el);
                if noscan(info, el) && info.types.basic_of(el).map(|b| b.is_integer() || b == Basic::Bool).unwrap_or(false) {
                    let f = self.rt("memequal", 0);
                    return E::Call(f, vec![E::Local(x), E::Local(y), E::I32((n as u32 * size) as i32)]);
                }
                let mut acc = E::I32(1);
                for k in 0..n.min(64) as u32 {
                    let av = self.nested_vals(el, offset(E::Local(x), k * size));
                    let bv = self.nested_vals(el, offset(E::Local(y), k * size));
                    let eq = self.equal(el, av, bv);
                    acc = if acc == E::I32(1) { eq } else { E::If(ValType::I32, Box::new(acc), Box::new(eq), Box::new(E::I32(0))) };
                }
                acc
            }
            Type::Basic(bb) if bb.is_string() => {
                let f = self.rt("eqstring", 0);
                let mut args = a;
                args.extend(b);
                E::Call(f, args.into_vec())
            }
            Type::Interface(_) => self.iface_equal(a, b),
            Type::Basic(bb) if bb.is_complex() => self.complex_eq(t, a, b),
            _ => {
                let vt = vals(info, t).first().copied().unwrap_or(ValType::I32);
                bin(BinOp::Eq, vt, a.into_iter().next().unwrap_or(E::I32(0)), b.into_iter().next().unwrap_or(E::I32(0)))
            }
        }
    }

    /// The receiver argument of a method call x.M(): x, or the embedded field at `path`,
    /// taking its address or dereferencing it to match the receiver type rt.
    pub(super) fn receiver(&mut self, x: &Expr, path: &[usize], rt: TypeId, pos: Pos) -> Vals {
        let info = self.info();
        let want_ptr = matches!(info.types.under_type(rt), Type::Pointer(_)) && !matches!(info.types.get(rt), Type::Named(_));
        let base_t = match info.types.get(rt) {
            Type::Pointer(b) => *b,
            _ => rt,
        };
        // The receiver's location: (address of a value of the base type) or a value.
        let (is_ptr, v) = if path.is_empty() {
            let xt = info.expr_type(x);
            if matches!(info.types.under_type(xt), Type::Pointer(_)) {
                (true, self.expr1(x))
            } else if want_ptr {
                match self.addr_of(x) {
                    Some(a) => (true, a),
                    None => {
                        // Not addressable (a call result): a temporary copy.
                        let v = self.expr(x);
                        let cell = self.alloc(xt, None, pos);
                        self.store_at(xt, E::Local(cell), v);
                        (true, E::Local(cell))
                    }
                }
            } else {
                return self.expr(x);
            }
        } else {
            let a = self.field_addr(x, path, pos);
            let mut ft = info.expr_type(x);
            for &i in path {
                if let Type::Pointer(el) = info.types.under_type(ft) {
                    ft = *el;
                }
                if let Type::Struct(fs) = info.types.under_type(ft) {
                    ft = fs[i].ty;
                }
            }
            if matches!(info.types.under_type(ft), Type::Pointer(_)) {
                (true, E::Load(Mem::I32, Box::new(a)))
            } else {
                (true, a)
            }
        };
        let _ = is_ptr;
        if want_ptr {
            return vals![v];
        }
        let p = self.nil_guard(v, pos);
        self.load_at(base_t, p)
    }

    /// The variadic arguments of a call as a new slice of type st.
    pub(super) fn pack_variadic(&mut self, st: TypeId, args: &[Expr], pos: Pos) -> Vals {
        let info = self.info();
        let Type::Slice(el) = info.types.under_type(st).clone() else { return vals![] };
        if args.is_empty() {
            return vals![E::I32(0), E::I32(0), E::I32(0)];
        }
        let cell = self.alloc(el, Some(E::I32(args.len() as i32)), pos);
        let size = self.size_of(el);
        for (k, a) in args.iter().enumerate() {
            let v = self.expr(a);
            self.store_at(el, offset(E::Local(cell), k as u32 * size), v);
        }
        let n = args.len() as i32;
        vals![E::Local(cell), E::I32(n), E::I32(n)]
    }

    /// Loads a value without side statements (for use inside conditional expressions).
    fn nested_vals(&mut self, t: TypeId, addr: E) -> Vals {
        let info = self.info();
        if is_aggregate(info, t) {
            return vals![addr];
        }
        if let Some(m) = mem_of(info, t) {
            return vals![E::Load(m, Box::new(addr))];
        }
        let (m, size) = complex_part(info, t).map_or((Mem::I32, 4), |(_, m, size)| (m, size));
        let n = vals(info, t).len();
        (0..n).map(|k| E::Load(m, Box::new(offset(addr.clone(), size * k as u32)))).collect()
    }
}

fn self_zero(f: &mut FnLower<'_, '_>) -> Local {
    f.temp(E::I32(0), ValType::I32)
}

pub(super) fn offset(a: E, off: u32) -> E {
    if off == 0 {
        return a;
    }
    bin(BinOp::Add, ValType::I32, a, E::I32(off as i32))
}

/// Whether evaluating `e` runs statements (a statement-expression somewhere in it).
fn runs_stmts(e: &E) -> bool {
    let mut found = matches!(e, E::Seq(..));
    e.each_child(|x| found = found || runs_stmts(x));
    found
}

/// The k-th Wasm value of a lowered expression (zero when lowering failed and reported).
fn part(v: &[E], k: usize) -> E {
    v.get(k).cloned().unwrap_or(E::I32(0))
}

/// The length of an array type or of the array a pointer type points to.
fn array_len(info: &Info, t: TypeId) -> Option<u64> {
    match info.types.under_type(t) {
        Type::Array(n, _) => Some(*n),
        Type::Pointer(p) => match info.types.under_type(*p) {
            Type::Array(n, _) => Some(*n),
            _ => None,
        },
        _ => None,
    }
}
