//! Expressions: the dispatch on expression kinds, identifiers, selectors, unary operators, and
//! the final types of untyped expressions.

use crate::syntax::ast::{BinaryOp, Expr, ExprKind, Ident, LitKind, UnaryOp};
use crate::types::{Basic, Const, INVALID, Signature, Type, TypeId};
use crate::types::info::{ExprInfo, ObjKind};
use super::{Checker, Mode, Operand};
use super::exprstring::expr_string;
use super::iface::MethodLoc;

impl Checker {
    /// Records the final type of an untyped expression (and of its untyped operands).
    pub(super) fn set_type(&mut self, e: &Expr, t: TypeId, val: Option<Const>) {
        let was_untyped = self.info.exprs.get(&e.id).map(|i| self.info.types.is_untyped(i.ty)).unwrap_or(false);
        if !was_untyped {
            return;
        }
        let is_const = val.is_some();
        self.info.exprs.insert(e.id, ExprInfo { ty: t, val, is_type: false });
        if is_const {
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.set_type(x, t, None),
            ExprKind::Unary(_, x) => self.set_type(x, t, None),
            ExprKind::Binary { op, xy, .. } if !op.is_comparison() => {
                let [x, y] = &**xy;
                if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                    let v = self.info.const_value(x).cloned();
                    let xv = v.and_then(|v| self.t().basic_of(t).and_then(|b| v.convert(b).ok()));
                    if self.info.const_value(x).is_some() {
                        self.info.exprs.insert(x.id, ExprInfo { ty: t, val: xv, is_type: false });
                    } else {
                        self.set_type(x, t, None);
                    }
                } else {
                    for s in [x, y] {
                        let v = self.info.const_value(s).cloned();
                        let v = v.and_then(|v| self.t().basic_of(t).and_then(|b| v.convert(b).ok()));
                        self.set_type(s, t, v);
                    }
                }
            }
            _ => {}
        }
    }

    /// An expression that may be multi-valued (a call) or comma-ok.
    pub(super) fn expr_multi(&mut self, e: &Expr) -> Operand {
        self.expr_inner(e, None, true)
    }

    pub(super) fn expr(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        self.expr_inner(e, hint, false)
    }

    /// Reports a multi-valued or no-value operand used as a single value.
    pub(super) fn single_value(&mut self, op: &mut Operand, e: &Expr) {
        match op.mode {
            Mode::NoValue => {
                let s = expr_string(e);
                self.error(e.pos, format!("{s} (no value) used as value"));
                op.mode = Mode::Invalid;
            }
            Mode::Builtin(_) => {
                self.error(e.pos, format!("{} (built-in) must be called", expr_string(e)));
                op.mode = Mode::Invalid;
            }
            _ => {
                if let Type::Tuple(ts) = self.t().get(op.ty) {
                    let n = ts.len();
                    if let Some(id) = self.single_assign {
                        if id == e.id {
                            let o = op.clone();
                            self.assignment_mismatch(1, e, &o, n);
                            op.mode = Mode::Invalid;
                            return;
                        }
                    }
                    let s = expr_string(e);
                    self.error(e.pos, format!("multiple-value {s} (value of type {}) in single-value context", self.ty_str(op.ty)));
                    let _ = n;
                    op.mode = Mode::Invalid;
                }
            }
        }
    }

    fn expr_inner(&mut self, e: &Expr, hint: Option<TypeId>, multi: bool) -> Operand {
        let mut op = self.expr_kind(e, hint, multi);
        op.id = e.id;
        if op.mode != Mode::Invalid && !matches!(op.mode, Mode::Builtin(_)) {
            self.info.exprs.insert(e.id, ExprInfo { ty: op.ty, val: op.val.clone(), is_type: op.mode == Mode::Type });
        }
        if !multi && op.mode != Mode::Invalid && op.mode != Mode::Type {
            if let Type::Tuple(_) = self.t().get(op.ty) {
                self.single_value(&mut op, e);
            }
        }
        op
    }

    fn expr_kind(&mut self, e: &Expr, hint: Option<TypeId>, multi: bool) -> Operand {
        let inv = Operand::invalid(e.id);
        match &e.kind {
            ExprKind::Bad => inv,
            ExprKind::Ident(name) => self.ident(e, name, hint),
            ExprKind::BasicLit { kind, raw } => {
                let b = match kind {
                    LitKind::Int => Basic::UntypedInt,
                    LitKind::Float => Basic::UntypedFloat,
                    LitKind::Char => Basic::UntypedRune,
                    LitKind::String => Basic::UntypedString,
                    LitKind::Imag => Basic::UntypedComplex,
                };
                match Const::from_literal(*kind, raw) {
                    Some(v) => Operand { mode: Mode::Const, ty: self.basic(b), val: Some(v), id: e.id },
                    None => {
                        if *kind == LitKind::Int {
                            self.error(e.pos, "integer constant overflow");
                        }
                        inv
                    }
                }
            }
            ExprKind::Paren(x) => {
                let op = self.expr_inner(x, hint, multi);
                if let Some(&id) = self.info.uses.get(&x.id) {
                    self.info.uses.insert(e.id, id);
                }
                op
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel, hint),
            ExprKind::Call { fun, args, ellipsis, rparen } => self.call(e, fun, args, *ellipsis, *rparen, hint),
            ExprKind::Unary(UnaryOp::Recv, x) => self.recv_expr(e, x, multi),
            ExprKind::Unary(op, x) => self.unary(e, *op, x, hint),
            ExprKind::Binary { op, op_pos, xy } => {
                let [x, y] = &**xy;
                let l = self.expr(x, hint.filter(|_| !op.is_comparison() && !matches!(op, BinaryOp::Shl | BinaryOp::Shr | BinaryOp::LogAnd | BinaryOp::LogOr)));
                let r = if matches!(op, BinaryOp::Shl | BinaryOp::Shr) { self.expr(y, None) } else { self.expr(y, if op.is_comparison() { Some(l.ty) } else { hint }) };
                self.binary_ops(l, r, x, y, *op, *op_pos, Some(e))
            }
            ExprKind::Star(x) => {
                let op = self.expr(x, None);
                match op.mode {
                    Mode::Invalid => inv,
                    Mode::Type => {
                        let t = self.info.types.intern(Type::Pointer(op.ty));
                        Operand { mode: Mode::Type, ty: t, val: None, id: e.id }
                    }
                    _ => match self.t().under_type(op.ty).clone() {
                        Type::Pointer(elem) => Operand { mode: Mode::Var, ty: elem, val: None, id: e.id },
                        _ => {
                            if self.t().basic_of(op.ty) == Some(Basic::UntypedNil) {
                                self.error(e.pos, "invalid operation: cannot indirect nil");
                            } else {
                                let s = self.operand_string(x, &op);
                                self.error(e.pos, format!("invalid operation: cannot indirect {s}"));
                            }
                            inv
                        }
                    },
                }
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.type_expr_inner(e);
                if t == INVALID {
                    return inv;
                }
                Operand { mode: Mode::Type, ty: t, val: None, id: e.id }
            }
            ExprKind::CompositeLit { ty, elts, rbrace } => self.composite_lit(e, ty.as_deref(), elts, *rbrace, hint),
            ExprKind::FuncLit { ty, body } => self.func_lit(e, ty, body),
            ExprKind::Index(x, idx) => self.index_expr(e, x, idx, multi, hint),
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref()),
            ExprKind::TypeAssert { x, ty } => self.type_assert(e, x, ty.as_deref(), multi),
        }
    }

    /// `hint`: the type the context wants (a generic function infers its type arguments
    /// from a function type; here, off the recursion of binary expressions).
    fn ident(&mut self, e: &Expr, name: &str, hint: Option<TypeId>) -> Operand {
        if let Some(op) = hint.and_then(|h| self.infer_value(e, h)) {
            return op;
        }
        let inv = Operand::invalid(e.id);
        if name == "_" {
            self.error(e.pos, "cannot use _ as value");
            return inv;
        }
        let Some(id) = self.lookup(name) else {
            if !self.failed_imports.contains(name) {
                self.error(e.pos, format!("undefined: {name}"));
            }
            return inv;
        };
        self.info.uses.insert(e.id, id);
        self.note_capture(name, id);
        // Marked only once: writing to a prelude object (`int64`, a runtime function) copies
        // it into the table's patches, which every later read then looks through.
        if !self.info.objects[id as usize].used {
            self.info.objects[id as usize].used = true;
        }
        if self.info.objects[id as usize].global {
            if let Some(&cur) = self.decl_stack.last() {
                self.deps.entry(cur).or_default().push(id);
            }
            self.resolve(id);
        }
        let o = &self.info.objects[id as usize];
        match &o.kind {
            ObjKind::Const(v) => {
                if o.name == "iota" && o.pkg.is_empty() {
                    return match self.iota {
                        Some(i) => Operand { mode: Mode::Const, ty: o.ty, val: Some(Const::int(i)), id: e.id },
                        None => {
                            self.error(e.pos, "cannot use iota outside constant declaration");
                            inv
                        }
                    };
                }
                match v {
                    Some(v) => Operand { mode: Mode::Const, ty: o.ty, val: Some(v.clone()), id: e.id },
                    None => inv,
                }
            }
            ObjKind::Var => {
                if o.ty == INVALID {
                    return inv;
                }
                Operand { mode: Mode::Var, ty: o.ty, val: None, id: e.id }
            }
            ObjKind::TypeName => {
                if self.is_generic(id) {
                    let name = self.generic_type_name(id);
                    self.error(e.pos, format!("cannot use generic type {name} without instantiation"));
                    return inv;
                }
                if o.ty == INVALID {
                    return inv;
                }
                Operand { mode: Mode::Type, ty: o.ty, val: None, id: e.id }
            }
            ObjKind::Func => {
                if self.is_generic(id) {
                    self.error(e.pos, format!("cannot use generic function {name} without instantiation"));
                    return inv;
                }
                if o.ty == INVALID {
                    return inv;
                }
                Operand { mode: Mode::Value, ty: o.ty, val: None, id: e.id }
            }
            ObjKind::Builtin(b) => Operand { mode: Mode::Builtin(*b), ty: INVALID, val: None, id: e.id },
            ObjKind::Nil => Operand { mode: Mode::Value, ty: o.ty, val: None, id: e.id },
            ObjKind::PkgName(_) => {
                self.error(e.pos, format!("use of package {name} without selector"));
                inv
            }
            ObjKind::Label => inv,
        }
    }

    fn selector(&mut self, e: &Expr, x: &Expr, sel: &Ident, hint: Option<TypeId>) -> Operand {
        if let Some(op) = hint.and_then(|h| self.infer_value(e, h)) {
            return op;
        }
        let inv = Operand::invalid(e.id);
        if let ExprKind::Ident(pkg) = &x.kind {
            if let Some(id) = self.lookup(pkg) {
                if let ObjKind::PkgName(path) = self.info.objects[id as usize].kind.clone() {
                    self.info.objects[id as usize].used = true;
                    self.info.uses.insert(x.id, id);
                    let member = self
                        .std_pkgs
                        .get(&path)
                        .and_then(|m| m.get(sel.name.as_str()))
                        .copied()
                        .or_else(|| self.info.packages.iter().find(|p| p.path == path).and_then(|p| p.scope.get(sel.name.as_str())).copied());
                    let Some(mid) = member.filter(|_| sel.name.starts_with(|c: char| c.is_uppercase()) || path == "runtime") else {
                        self.error(sel.pos, format!("undefined: {pkg}.{}", sel.name));
                        return inv;
                    };
                    self.info.uses.insert(e.id, mid);
                    if path == "runtime" && sel.name == "Caller" {
                        self.info.uses_caller = true;
                    }
                    // fmt's scanner recovers its own panics (`check`).
                    if path == "fmt" && sel.name.to_ascii_lowercase().contains("scan") {
                        self.info.uses_recover = true;
                    }
                    if self.is_generic(mid) {
                        let what = if self.info.objects[mid as usize].kind == ObjKind::Func { "function" } else { "type" };
                        self.error(e.pos, format!("cannot use generic {what} {pkg}.{} without instantiation", sel.name));
                        return inv;
                    }
                    let o = self.info.objects[mid as usize].clone();
                    return match o.kind {
                        ObjKind::TypeName => Operand { mode: Mode::Type, ty: o.ty, val: None, id: e.id },
                        ObjKind::Builtin(b) => Operand { mode: Mode::Builtin(b), ty: INVALID, val: None, id: e.id },
                        ObjKind::Const(v) => Operand { mode: Mode::Const, ty: o.ty, val: v, id: e.id },
                        ObjKind::Var => Operand { mode: Mode::Var, ty: o.ty, val: None, id: e.id },
                        ObjKind::Func => Operand { mode: Mode::Value, ty: o.ty, val: None, id: e.id },
                        _ => inv,
                    };
                }
            }
        }
        let xo = self.expr(x, None);
        if xo.mode == Mode::Invalid {
            return inv;
        }
        if xo.mode != Mode::Type && self.is_param(xo.ty) {
            return self.selector_param(x, &xo, sel, e.id);
        }
        // Fields (through pointers and embedded structs) and methods of named types.
        let (base, via_ptr) = match self.t().under_type(xo.ty) {
            Type::Pointer(e) => (*e, true),
            _ => (xo.ty, false),
        };
        if xo.mode != Mode::Type {
            if let Some(fp) = self.find_field(xo.ty, &sel.name) {
                let mode = if fp.via_ptr || xo.mode == Mode::Var { Mode::Var } else { Mode::Value };
                self.info.fields.insert(e.id, fp.path);
                return Operand { mode, ty: fp.ty, val: None, id: e.id };
            }
        }
        let _ = base;
        if xo.mode == Mode::Type && self.t().is_interface(xo.ty) {
            // `I.M`: M's signature with the interface value first.
            if let Some((MethodLoc::Iface(it, i), _, _)) = self.lookup_method(xo.ty, &sel.name) {
                let Type::Interface(ms) = self.t().get(it).clone() else { return inv };
                let Type::Func(sig) = self.t().get(ms[i].sig).clone() else { return inv };
                self.info.iface_methods.insert(e.id, (it, i));
                let mut params = vec![xo.ty];
                params.extend(sig.params);
                let ty = self.info.types.intern(Type::Func(Signature { params, results: sig.results, variadic: sig.variadic }));
                return Operand { mode: Mode::Value, ty, val: None, id: e.id };
            }
        }
        if xo.mode != Mode::Type {
            if let Some((MethodLoc::Iface(it, i), path, _)) = self.lookup_method(xo.ty, &sel.name) {
                self.note_reflect_call(xo.ty, &sel.name);
                if !path.is_empty() {
                    self.info.fields.insert(e.id, path);
                }
                self.info.iface_methods.insert(e.id, (it, i));
                let ty = match self.t().get(it) {
                    Type::Interface(ms) => ms[i].sig,
                    _ => INVALID,
                };
                return Operand { mode: Mode::Value, ty, val: None, id: e.id };
            }
        }
        if let Some((mid, path)) = self.find_method(xo.ty, &sel.name) {
            {
                self.resolve(mid);
                // A pointer method takes the variable's address implicitly: keep it in a
                // cell. A value method of a non-generic type takes a copy and needs none.
                let value_method = !self.info.ptr_recv.contains(&mid) && matches!(self.t().get(xo.ty), Type::Named(n) if self.info.types.named[*n as usize].origin.is_none());
                if path.is_empty() && xo.mode == Mode::Var && !value_method && !matches!(self.t().under_type(xo.ty), Type::Pointer(_)) {
                    if let Some(&id) = self.info.uses.get(&strip_parens(x).id) {
                        self.info.objects[id as usize].escapes = true;
                    }
                }
                if !path.is_empty() {
                    self.info.fields.insert(e.id, path);
                }
                let mut ty = self.info.objects[mid as usize].ty;
                self.info.uses.insert(e.id, mid);
                self.note_reflect_call(xo.ty, &sel.name);
                if xo.mode == Mode::Type {
                    ty = match self.method_expr_type(e, xo.ty, mid, sel) {
                        Some(t) => t,
                        None => return inv,
                    };
                }
                return Operand { mode: Mode::Value, ty, val: None, id: e.id };
            }
        }
        if xo.mode == Mode::Type && self.find_field(xo.ty, &sel.name).is_some() {
            self.error(x.pos, format!("operand for field selector {} must be value of type {}", sel.name, self.ty_str(xo.ty)));
            return inv;
        }
        let s = expr_string(x);
        if self.field_ambiguous(xo.ty, &sel.name) {
            self.error(sel.pos, format!("ambiguous selector {s}.{}", sel.name));
            return inv;
        }
        let what = if via_ptr || matches!(self.t().under_type(base), Type::Struct(_)) || self.t().is_named(base) {
            format!("type {} has no field or method {}", self.ty_str(xo.ty), sel.name)
        } else {
            format!("type {} has no field or method {}", self.ty_str(xo.ty), sel.name)
        };
        self.error(sel.pos, format!("{s}.{} undefined ({what})", sel.name));
        inv
    }

    /// Sets `Info::uses_reflect_call` for a selection of reflect's `Value.Call`,
    /// `Value.CallSlice` or a func type's signature (which CanSeq and CanSeq2 read) outside
    /// package reflect.
    fn note_reflect_call(&mut self, t: TypeId, name: &str) {
        if !matches!(name, "Call" | "CallSlice" | "NumIn" | "In" | "NumOut" | "Out" | "IsVariadic" | "CanSeq" | "CanSeq2") {
            return;
        }
        let Type::Named(n) = self.t().get(t) else { return };
        let nt = &self.info.types.named[*n as usize];
        let inside = self.info.packages.get(self.cur_pkg).is_some_and(|p| p.path.as_str() == "reflect");
        if nt.pkg == "reflect" && (nt.name == "Value" || nt.name == "Type") && !inside {
            self.info.uses_reflect_call = true;
        }
    }

    fn unary(&mut self, e: &Expr, op: UnaryOp, x: &Expr, hint: Option<TypeId>) -> Operand {
        let inv = Operand::invalid(e.id);
        match op {
            UnaryOp::Addr => {
                let xo = self.expr(x, None);
                if xo.mode == Mode::Invalid {
                    return inv;
                }
                let lit = matches!(strip_parens(x).kind, ExprKind::CompositeLit { .. });
                if xo.mode != Mode::Var && !lit {
                    let s = self.operand_string(x, &xo);
                    // A map index is assignable but not addressable (gc names it so).
                    let is_map_index = matches!(&strip_parens(x).kind, ExprKind::Index(m, _) if matches!(self.t().under_type(self.info.exprs.get(&m.id).map(|i| i.ty).unwrap_or(INVALID)), Type::Map(..)));
                    if is_map_index {
                        let ts = self.ty_str(xo.ty);
                        self.error(x.pos, format!("invalid operation: cannot take address of {} (map index expression of type {ts})", expr_string(x)));
                        return inv;
                    }
                    self.error(e.pos, format!("invalid operation: cannot take address of {s}"));
                    return inv;
                }
                if let Some(&id) = self.info.uses.get(&strip_parens(x).id) {
                    self.info.objects[id as usize].escapes = true;
                }
                let t = self.info.types.intern(Type::Pointer(xo.ty));
                Operand { mode: Mode::Value, ty: t, val: None, id: e.id }
            }
            UnaryOp::Recv => {
                self.expr(x, None);
                self.error(e.pos, "internal error: a receive reached the unary operators (receives are checked apart)");
                inv
            }
            UnaryOp::Tilde => {
                self.expr(x, None);
                self.error(e.pos, "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)");
                inv
            }
            _ => {
                let mut xo = self.expr(x, hint);
                self.single_value(&mut xo, x);
                if xo.mode == Mode::Invalid {
                    return inv;
                }
                let b = self.t().basic_of(xo.ty);
                let ok = match op {
                    UnaryOp::Plus | UnaryOp::Neg => b.map(|b| b.is_numeric()).unwrap_or(false),
                    UnaryOp::Not => b.map(|b| b.is_boolean()).unwrap_or(false),
                    UnaryOp::Xor => b.map(|b| b.is_integer()).unwrap_or(false),
                    _ => false,
                };
                if !ok {
                    let s = self.operand_string(x, &xo);
                    self.error(x.pos, format!("invalid operation: operator {} not defined on {s}", op.as_str()));
                    return inv;
                }
                if let (Mode::Const, Some(v)) = (xo.mode, &xo.val) {
                    let b = b.unwrap_or(Basic::UntypedInt);
                    match v.unary(op, b) {
                        Some(r) => {
                            if !b.is_untyped() {
                                if let Err(m) = r.convert(b) {
                                    let _ = m;
                                    self.error(e.pos, format!("constant {} overflows {}", r.display(), self.ty_str(xo.ty)));
                                    return inv;
                                }
                            }
                            return Operand { mode: Mode::Const, ty: xo.ty, val: Some(r), id: e.id };
                        }
                        None => return inv,
                    }
                }
                Operand { mode: Mode::Value, ty: xo.ty, val: None, id: e.id }
            }
        }
    }
}

pub(super) fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}
