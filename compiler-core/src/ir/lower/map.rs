//! Lowering of maps onto the runtime's hash table (runtime/map.go): each map type gets a
//! descriptor in a data segment (sizes, slot layout, and how to hash and compare its keys);
//! keys are passed by address, scalar and string keys through the runtime's scratch word.

use crate::diag::Pos;
use crate::ir::{zero, BinOp, Conv, Expr as E, Mem, Stmt as S, UnOp, ValType};
use crate::layout::{field_offset, size_align};
use crate::syntax::ast::{Block, Element, Expr, ExprKind};
use crate::types::check::Builtin;
use crate::types::{Basic, Info, Type, TypeId};

use super::complex::complex_part;
use super::data::offset;
use super::vals::Vals;
use super::{bin, is_aggregate, mem_of, noscan, vals, FnLower, LoopCtx, Lowerer};

/// Key kinds of a map type's key shape (keep equal to runtime/map.go).
const PART_MEM: u32 = 0;
const PART_STRING: u32 = 1;
const PART_F32: u32 = 2;
const PART_F64: u32 = 3;
const PART_IFACE: u32 = 4;

impl FnLower<'_, '_> {
    /// Whether x has map type.
    pub(super) fn is_map(&self, x: &Expr) -> bool {
        let info = self.info();
        matches!(info.types.under_type(info.expr_type(x)), Type::Map(..))
    }

    /// The address of the descriptor of map type mt (deduplicated data).
    fn maptype(&mut self, mt: TypeId) -> E {
        E::Data(self.l.maptype_data(mt))
    }

    /// A key's runtime-call suffix and arguments: by value for strings and scalars (floats as
    /// their bits; a complex64 as one i64, its real part's bits low, as in memory; a
    /// complex128 as two), by address for structs and arrays.
    fn map_key(&mut self, kt: TypeId, k: &Expr) -> (&'static str, Vec<E>) {
        let info = self.info();
        let v = self.expr(k);
        if is_aggregate(info, kt) {
            return ("", v.into_vec());
        }
        if let Some((vt, _, _)) = complex_part(info, kt) {
            let mut parts = v.into_iter();
            let (re, im) = (parts.next().unwrap_or(E::F64(0)), parts.next().unwrap_or(E::F64(0)));
            if vt == ValType::F64 {
                let bits = |x: E| E::Conv(Conv::I64ReinterpretF64, Box::new(x));
                return ("128", vec![bits(re), bits(im)]);
            }
            let bits = |x: E| E::Conv(Conv::I64ExtendI32U, Box::new(E::Conv(Conv::I32ReinterpretF32, Box::new(x))));
            let packed = bin(BinOp::Or, ValType::I64, bits(re), bin(BinOp::Shl, ValType::I64, bits(im), E::I64(32)));
            return ("64", vec![packed]);
        }
        if info.types.basic_of(kt).is_some_and(|b| b.is_string()) {
            return ("Str", v.into_vec());
        }
        if matches!(info.types.under_type(kt), Type::Interface(_)) {
            return ("Iface", v.into_vec());
        }
        let x = v.into_iter().next().unwrap_or(E::I32(0));
        match vals(info, kt).first().copied().unwrap_or(ValType::I32) {
            ValType::I64 => ("64", vec![x]),
            ValType::F64 => ("64", vec![E::Conv(Conv::I64ReinterpretF64, Box::new(x))]),
            ValType::F32 => ("32", vec![E::Conv(Conv::I32ReinterpretF32, Box::new(x))]),
            ValType::I32 => ("32", vec![x]),
        }
    }

    /// The map value of x, its descriptor, and its key and value types.
    fn map_parts(&mut self, x: &Expr) -> (E, E, TypeId, TypeId) {
        let info = self.info();
        let mt = info.expr_type(x);
        let Type::Map(kt, vt) = info.types.under_type(mt).clone() else { return (E::I32(0), E::I32(0), crate::types::INVALID, crate::types::INVALID) };
        let h = self.expr1(x);
        let h = self.temp(h, ValType::I32);
        let t = self.maptype(mt);
        (E::Local(h), t, kt, vt)
    }

    /// `m[k]`: the value (zero when absent), plus `ok` for the comma-ok form.
    pub(super) fn map_index(&mut self, e: &Expr, x: &Expr, k: &Expr, comma_ok: bool) -> Vals {
        let info = self.info();
        let (h, t, kt, vt) = self.map_parts(x);
        let (suffix, mut args) = self.map_key(kt, k);
        args.insert(0, h);
        args.insert(0, t);
        let f = self.rt(&format!("mapaccess{suffix}"), e.pos);
        let p = self.temp(E::Call(f, args), ValType::I32);
        let found = bin(BinOp::Ne, ValType::I32, E::Local(p), E::I32(0));
        let mut out = if is_aggregate(info, vt) {
            let cell = self.alloc(vt, None, e.pos);
            let size = self.size_of(vt) as i32;
            self.emit(S::If(found.clone(), vec![S::mem_copy(E::Local(cell), E::Local(p), E::I32(size))], vec![]));
            vec![E::Local(cell)]
        } else {
            let vts = vals(info, vt);
            let loaded = self.nested_load(vt, E::Local(p));
            loaded
                .into_iter()
                .zip(vts)
                .map(|(v, vt)| {
                    let l = self.new_local(vt);
                    self.emit(S::If(found.clone(), vec![S::Set(l, v)], vec![S::Set(l, zero(vt))]));
                    E::Local(l)
                })
                .collect()
        };
        if comma_ok {
            out.push(found);
        }
        out.into()
    }

    /// The address of `m[k]`'s value, inserting k when absent (for assignments).
    pub(super) fn map_assign_addr(&mut self, x: &Expr, k: &Expr, pos: Pos) -> E {
        let (h, t, kt, _) = self.map_parts(x);
        let (name, mut args) = self.map_assign_key(kt, k);
        args.insert(0, h);
        args.insert(0, t);
        args.extend(self.l.site(&self.name.clone(), pos));
        let f = self.rt(&name, pos);
        E::Call(f, args)
    }

    /// The runtime's assignment function for a key and its arguments (`mapassign` stores
    /// again an equal key that may differ, floats and interfaces, as gc does).
    fn map_assign_key(&mut self, kt: TypeId, k: &Expr) -> (String, Vec<E>) {
        let (suffix, args) = self.map_key(kt, k);
        (format!("mapassign{suffix}"), args)
    }

    /// `map[K]V{k: v, ...}`.
    pub(super) fn map_literal(&mut self, e: &Expr, mt: TypeId, elts: &[Element]) -> Vals {
        let info = self.info();
        let Type::Map(kt, vt) = info.types.under_type(mt).clone() else { return vals![] };
        let t = self.maptype(mt);
        let mk = self.rt("makemap", e.pos);
        let h = self.root_local();
        self.emit(S::Set(h, E::Call(mk, vec![t.clone(), E::I64(elts.len() as i64)])));
        for el in elts {
            let Some(k) = &el.key else { continue };
            // The key first, as gc evaluates them.
            let (name, args) = self.map_assign_key(kt, k);
            let vts: &[ValType] = match name.as_str() {
                "mapassign64" => &[ValType::I64],
                "mapassign128" => &[ValType::I64, ValType::I64],
                "mapassignStr" | "mapassignIface" => &[ValType::I32, ValType::I32],
                _ => &[ValType::I32],
            };
            let mut args = self.temps(args.into(), vts).into_vec();
            let v = self.expr(&el.value);
            let vs: Vals = v.into_iter().zip(vals(info, vt)).map(|(v, vt)| E::Local(self.temp(v, vt))).collect();
            args.insert(0, E::Local(h));
            args.insert(0, t.clone());
            args.extend(self.l.site(&self.name.clone(), e.pos));
            let f = self.rt(&name, e.pos);
            let a = self.temp(E::Call(f, args), ValType::I32);
            self.store_at(vt, E::Local(a), vs);
        }
        vals![E::Local(h)]
    }

    /// make(map[K]V[, hint]).
    pub(super) fn map_make(&mut self, e: &Expr, mt: TypeId, hint: Option<&Expr>) -> Vals {
        let info = self.info();
        let t = self.maptype(mt);
        let n = match hint {
            Some(h) => {
                let ht = info.expr_type(h);
                let v = self.expr1(h);
                self.to_i64(v, ht)
            }
            None => E::I64(0),
        };
        let f = self.rt("makemap", e.pos);
        vals![E::Call(f, vec![t, n])]
    }

    /// delete(m, k), clear(m) and len(m); None when the argument is not a map.
    pub(super) fn map_builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr]) -> Option<Vals> {
        let x = args.first()?;
        if !self.is_map(x) {
            return None;
        }
        match b {
            Builtin::Len => {
                let h = self.expr1(x);
                let f = self.rt("maplen", e.pos);
                Some(vals![E::Call(f, vec![h])])
            }
            Builtin::Clear => {
                let (h, t, _, _) = self.map_parts(x);
                let f = self.rt("mapclear", e.pos);
                self.emit(S::Drop(E::Call(f, vec![t, h]), 0));
                Some(vals![])
            }
            Builtin::Delete => {
                let (h, t, kt, _) = self.map_parts(x);
                let (suffix, mut a) = self.map_key(kt, args.get(1)?);
                a.insert(0, h);
                a.insert(0, t);
                let f = self.rt(&format!("mapdelete{suffix}"), e.pos);
                self.emit(S::Drop(E::Call(f, a), 0));
                Some(vals![])
            }
            _ => None,
        }
    }

    /// `for k, v := range m`: a runtime iterator from a random slot; entries deleted before
    /// they are reached are not produced.
    pub(super) fn range_map(&mut self, key: Option<&Expr>, value: Option<&Expr>, define: bool, x: &Expr, body: &Block, label: Option<String>) {
        fn used(e: Option<&Expr>) -> Option<&Expr> {
            e.filter(|e| !matches!(&e.kind, ExprKind::Ident(n) if n == "_"))
        }
        let (key, value) = (used(key), used(value));
        let (h, t, kt, vt) = self.map_parts(x);
        let init = self.rt("mapiterinit", x.pos);
        let next = self.rt("mapiternext", x.pos);
        let it = self.root_local();
        self.emit(S::Set(it, E::Call(init, vec![t, h])));
        let (brk, cont, head) = (self.new_label(), self.new_label(), self.new_label());
        self.loops.push(LoopCtx { label, brk, cont: Some(cont) });
        let bind = self.nested(|f| {
            for (target, off, ty) in [(key, 20, kt), (value, 24, vt)] {
                let Some(target) = target else { continue };
                let addr = E::Load(Mem::I32, Box::new(offset(E::Local(it), off)));
                let v = f.load_at(ty, addr);
                if define {
                    if let Some(&obj) = f.info().defs.get(&target.pos) {
                        let t = f.info().obj(obj).ty;
                        f.declare_var(obj, t, Some(v), false, target.pos);
                    }
                } else {
                    f.store_range(target, v, ty);
                }
            }
        });
        let inner = self.nested(|f| f.block(&body.stmts));
        self.loops.pop();
        let mut lp = vec![S::If(E::Un(UnOp::Eqz, ValType::I32, Box::new(E::Call(next, vec![E::Local(it)]))), vec![S::Br(brk)], vec![])];
        lp.extend(bind);
        lp.push(S::Block(cont, inner));
        if self.ticks() {
            lp.push(S::Tick);
        }
        lp.push(S::Br(head));
        self.emit(S::Block(brk, vec![S::Loop(head, lp)]));
    }

    /// Loads a value of type t at addr without side statements (addr may be evaluated once
    /// per word).
    fn nested_load(&mut self, t: TypeId, addr: E) -> Vals {
        let info = self.info();
        if let Some(m) = mem_of(info, t) {
            return vals![E::Load(m, Box::new(addr))];
        }
        let (m, size) = complex_part(info, t).map_or((Mem::I32, 4), |(_, m, size)| (m, size));
        let n = vals(info, t).len();
        (0..n).map(|k| E::Load(m, Box::new(offset(addr.clone(), size * k as u32)))).collect()
    }
}

/// The parts of a key of type t: (kind, offset, size), in offset order. An explicit stack,
/// not recursion: named types may nest a key's fields and arrays arbitrarily deep.
fn key_shape(info: &Info, t: TypeId, out: &mut Vec<(u32, u32, u32)>) {
    let mut todo = vec![(t, 0u32)];
    while let Some((t, off)) = todo.pop() {
        let size = size_align(&info.types, t).0 as u32;
        match info.types.under_type(t).clone() {
            Type::Struct(fields) => {
                for (i, f) in fields.iter().enumerate().rev() {
                    if f.name != "_" {
                        todo.push((f.ty, off + field_offset(&info.types, t, i) as u32));
                    }
                }
            }
            Type::Array(n, el) => {
                let es = size_align(&info.types, el).0 as u32;
                todo.extend((0..n as u32).rev().map(|k| (el, off + k * es)));
            }
            Type::Interface(_) => out.push((PART_IFACE, off, size)),
            Type::Basic(b) => {
                let kind = match b.canonical() {
                    Basic::String => PART_STRING,
                    Basic::Float32 => PART_F32,
                    Basic::Float64 => PART_F64,
                    // Two floats, each hashed as a float key.
                    Basic::Complex64 | Basic::Complex128 => {
                        let half = size / 2;
                        let kind = if half == 4 { PART_F32 } else { PART_F64 };
                        out.extend([(kind, off, half), (kind, off + half, half)]);
                        continue;
                    }
                    _ => PART_MEM,
                };
                out.push((kind, off, size));
            }
            _ => out.push((PART_MEM, off, size)),
        }
    }
}

impl Lowerer<'_> {
    /// The data segment of map type mt's maptype (`runtime/map.go`; deduplicated data).
    pub(super) fn maptype_data(&mut self, mt: TypeId) -> u32 {
        let info = self.info;
        let Type::Map(kt, vt) = info.types.under_type(mt).clone() else { return 0 };
        let ksize = size_align(&info.types, kt).0 as u32;
        let vsize = size_align(&info.types, vt).0 as u32;
        let voff = 4 + ksize.next_multiple_of(4);
        let slot = (voff + vsize).next_multiple_of(4);
        let mut parts = Vec::new();
        key_shape(info, kt, &mut parts);
        // Merge adjacent plain-memory parts.
        let mut merged: Vec<(u32, u32, u32)> = Vec::new();
        for p in parts {
            match merged.last_mut() {
                Some(last) if last.0 == PART_MEM && p.0 == PART_MEM && last.1 + last.2 == p.1 => last.2 += p.2,
                _ => merged.push(p),
            }
        }
        let mut flags = 0u32;
        if noscan(info, kt) && noscan(info, vt) {
            flags |= 1;
        }
        if merged.len() == 1 && merged[0] == (PART_MEM, 0, ksize) {
            flags |= 2;
        }
        if merged.len() == 1 && merged[0].0 == PART_STRING && ksize == 8 {
            flags |= 4;
        }
        let mut d = Vec::new();
        for w in [ksize, vsize, slot, voff, flags, merged.len() as u32] {
            d.extend_from_slice(&w.to_le_bytes());
        }
        for (k, o, s) in merged {
            for w in [k, o, s] {
                d.extend_from_slice(&w.to_le_bytes());
            }
        }
        self.string_data(d)
    }
}
