//! Composite literals.

use crate::diag::Pos;
use crate::syntax::ast::{Element, Expr, ExprKind};
use crate::types::{Basic, Const, INVALID, StructField, Type, TypeId};
use super::{Checker, Mode, Operand};
use super::exprstring::expr_string;

impl Checker {
    pub(super) fn composite_lit(&mut self, e: &Expr, ty: Option<&Expr>, elts: &[Element], rbrace: Pos, hint: Option<TypeId>) -> Operand {
        let inv = Operand::invalid(e.id);
        // The literal's type: written, `[...]T`, or elided inside another literal (a hint,
        // where `*T` elides `&T`).
        let mut dots_elem = None;
        let (t, result) = match ty {
            Some(te) => match &te.kind {
                ExprKind::ArrayType { len: None, dots: true, elem } => {
                    let el = self.type_expr(elem);
                    dots_elem = Some(el);
                    (INVALID, INVALID)
                }
                _ => {
                    let t = self.type_expr(te);
                    (t, t)
                }
            },
            None => match hint {
                Some(h) => match self.t().get(h) {
                    Type::Pointer(b) if ty.is_none() => (*b, h),
                    _ => (h, h),
                },
                None => {
                    self.error(e.pos, "invalid composite literal type: missing type");
                    return inv;
                }
            },
        };
        if let Some(el) = dots_elem {
            let n = self.array_elems(elts, el, None);
            let t = self.info.types.intern(Type::Array(n, el));
            return Operand { mode: Mode::Value, ty: t, val: None, id: e.id };
        }
        if t == INVALID {
            for el in elts {
                self.expr(&el.value, None);
            }
            return inv;
        }
        // The literal's type is matched by reference and its fields read by index: cloning
        // a struct type copied every field's name and tag for each literal (unicode's tables
        // hold thousands).
        match self.t().under_type(t) {
            Type::Struct(fields) => {
                let nfields = fields.len();
                let keyed = elts.iter().filter(|x| x.key.is_some()).count();
                if keyed > 0 && keyed < elts.len() {
                    self.error(e.pos, "mixture of field:value and value elements in struct literal");
                    for el in elts {
                        self.expr(&el.value, None);
                    }
                    return Operand { mode: Mode::Value, ty: result, val: None, id: e.id };
                }
                if keyed > 0 {
                    let mut seen = Vec::new();
                    for el in elts {
                        let key = el.key.as_ref().map(|k| match &k.kind {
                            ExprKind::Ident(n) => n.to_string(),
                            _ => String::new(),
                        });
                        let name = key.unwrap_or_default();
                        match self.lit_field(t, |_, f| f.name == name) {
                            Some(fty) => {
                                if seen.contains(&name) {
                                    self.error(el.key.as_ref().map(|k| k.pos).unwrap_or(e.pos), format!("duplicate field name {name} in struct literal"));
                                }
                                seen.push(name.clone());
                                let mut o = self.expr(&el.value, Some(fty));
                                self.single_value(&mut o, &el.value);
                                self.assign_op(&mut o, fty, &el.value, "struct literal");
                            }
                            None => {
                                self.error(el.key.as_ref().map(|k| k.pos).unwrap_or(e.pos), format!("unknown field {name} in struct literal of type {}", self.ty_str(t)));
                                self.expr(&el.value, None);
                            }
                        }
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        match self.lit_field(t, |j, _| j == i) {
                            Some(fty) => {
                                let mut o = self.expr(&el.value, Some(fty));
                                self.single_value(&mut o, &el.value);
                                self.assign_op(&mut o, fty, &el.value, "struct literal");
                            }
                            None => {
                                self.error(el.value.pos, format!("too many values in struct literal of type {}", self.ty_str(t)));
                                break;
                            }
                        }
                    }
                    if !elts.is_empty() && elts.len() < nfields {
                        self.error(rbrace, format!("too few values in struct literal of type {}", self.ty_str(t)));
                    }
                }
            }
            Type::Array(n, el) => {
                let (n, el) = (*n, *el);
                self.array_elems(elts, el, Some(n));
            }
            Type::Slice(el) => {
                let el = *el;
                self.array_elems(elts, el, None);
            }
            Type::Map(kt, vt) => {
                let (kt, vt) = (*kt, *vt);
                // Constant keys so far, as gc compares them (by value and type).
                let mut keys: Vec<(TypeId, Const)> = Vec::new();
                for el in elts {
                    match &el.key {
                        Some(k) => {
                            let mut o = self.expr(k, Some(kt));
                            self.single_value(&mut o, k);
                            self.assign_op(&mut o, kt, k, "map literal");
                            if let (Mode::Const, Some(v)) = (o.mode, &o.val) {
                                let ty = self.info.exprs.get(&k.id).map_or(o.ty, |i| i.ty);
                                if keys.iter().any(|(t, w)| self.t().identical(*t, ty) && w == v) {
                                    self.error(k.pos, format!("duplicate key {} in map literal", v.display()));
                                } else {
                                    keys.push((ty, v.clone()));
                                }
                            }
                        }
                        None => self.error(el.value.pos, "missing key in map literal"),
                    }
                    let mut o = self.expr(&el.value, Some(vt));
                    self.single_value(&mut o, &el.value);
                    self.assign_op(&mut o, vt, &el.value, "map literal");
                }
            }
            _ => {
                self.error(e.pos, format!("invalid composite literal type {}", self.ty_str(t)));
                return inv;
            }
        }
        Operand { mode: Mode::Value, ty: result, val: None, id: e.id }
    }

    /// The type of the first field of struct type `t` that `pick` (index, field) chooses.
    fn lit_field(&self, t: TypeId, pick: impl Fn(usize, &StructField) -> bool) -> Option<TypeId> {
        match self.t().under_type(t) {
            Type::Struct(fields) => fields.iter().enumerate().find(|(i, f)| pick(*i, f)).map(|(_, f)| f.ty),
            _ => None,
        }
    }

    /// Checks array or slice literal elements; returns the length they need.
    fn array_elems(&mut self, elts: &[Element], el: TypeId, len: Option<u64>) -> u64 {
        let mut idx: u64 = 0;
        let mut max: u64 = 0;
        for x in elts {
            if let Some(k) = &x.key {
                let o = self.expr(k, None);
                match o.val.as_ref().and_then(|v| v.as_int()) {
                    // An index is an int: gc reports the constant's overflow.
                    Some(v) if v > i128::from(i64::MAX) => {
                        let s = self.operand_string(k, &o);
                        self.error(k.pos, format!("{s} overflows int"));
                    }
                    Some(v) if v >= 0 => {
                        let int = self.basic(Basic::Int);
                        self.set_type(k, int, Some(Const::int(v)));
                        idx = v as u64;
                    }
                    _ => {
                        if o.mode != Mode::Invalid {
                            let s = expr_string(k);
                            self.error(k.pos, format!("index {s} must be integer constant"));
                        }
                    }
                }
            }
            if let Some(n) = len {
                if idx >= n {
                    self.error(x.value.pos, format!("index {idx} out of bounds [0:{n}]"));
                }
            }
            let mut o = self.expr(&x.value, Some(el));
            self.single_value(&mut o, &x.value);
            self.assign_op(&mut o, el, &x.value, "array or slice literal");
            idx += 1;
            max = max.max(idx);
        }
        max
    }
}
