//! Type expressions and function signatures.

use crate::syntax::ast::{Expr, ExprKind, FuncType};
use crate::types::{INVALID, Signature, StructField, Type, TypeId};
use crate::types::info::ExprInfo;
use super::{Checker, Mode};
use super::exprstring::expr_string;

impl Checker {
    /// Evaluates a type expression.
    pub(super) fn type_expr(&mut self, e: &Expr) -> TypeId {
        let allow = std::mem::take(&mut self.allow_constraint);
        let t = self.type_expr_inner(e);
        if !allow {
            if let Some(msg) = self.misused_constraint(t) {
                self.error(e.pos, msg);
            }
        }
        self.info.exprs.insert(e.id, ExprInfo { ty: t, val: None, is_type: true });
        t
    }

    pub(super) fn type_expr_inner(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let op = self.expr(e, None);
                match op.mode {
                    Mode::Type => op.ty,
                    Mode::Invalid => INVALID,
                    _ => {
                        let s = expr_string(e);
                        self.error(e.pos, format!("{s} is not a type"));
                        INVALID
                    }
                }
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => {
                let t = self.type_expr(x);
                if t == INVALID {
                    return INVALID;
                }
                self.info.types.intern(Type::Pointer(t))
            }
            ExprKind::ArrayType { len: None, dots: false, elem } => {
                let t = self.type_expr(elem);
                self.info.types.intern(Type::Slice(t))
            }
            ExprKind::ArrayType { len, elem, .. } => {
                let n = match len {
                    Some(l) => {
                        let op = self.expr(l, None);
                        match op.val.as_ref().and_then(|v| v.as_int()) {
                            Some(n) if n >= 0 => n as u64,
                            Some(_) => {
                                self.error(l.pos, format!("invalid array length {}", expr_string(l)));
                                0
                            }
                            None => {
                                if op.mode == Mode::Const && op.val.is_some() {
                                    self.error(l.pos, format!("array length {} must be integer", self.operand_string(l, &op)));
                                } else if op.mode != Mode::Invalid {
                                    self.error(l.pos, format!("array length {} must be constant", expr_string(l)));
                                }
                                0
                            }
                        }
                    }
                    None => {
                        self.error(e.pos, "invalid use of [...] array (outside a composite literal)");
                        0
                    }
                };
                let t = self.type_expr(elem);
                self.info.types.intern(Type::Array(n, t))
            }
            ExprKind::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                if k != INVALID && !self.comparable(k) {
                    let s = self.ty_str(k);
                    self.error(key.pos, format!("invalid map key type {s}"));
                }
                self.info.types.intern(Type::Map(k, v))
            }
            ExprKind::ChanType { dir, elem } => {
                let t = self.type_expr(elem);
                self.info.types.intern(Type::Chan((*dir).into(), t))
            }
            ExprKind::FuncType(ft) => self.signature(ft),
            ExprKind::StructType(fields) => {
                let mut out: Vec<StructField> = Vec::new();
                for f in fields {
                    let t = self.type_expr(&f.ty);
                    if f.names.is_empty() {
                        let base = match self.t().get(t) {
                            Type::Pointer(b) => *b,
                            _ => t,
                        };
                        if matches!(self.t().get(base), Type::Param(_)) {
                            self.error(f.ty.pos, "embedded field type cannot be a (pointer to a) type parameter");
                        }
                        let name = embedded_name(&f.ty);
                        if name != "_" && out.iter().any(|x| x.name == name) {
                            self.error(f.ty.pos, format!("{name} redeclared"));
                        }
                        out.push(StructField { name, ty: t, embedded: true, tag: f.tag.clone().unwrap_or_default() });
                    }
                    for n in &f.names {
                        if n.name != "_" && out.iter().any(|x| x.name == n.name) {
                            self.error(n.pos, format!("{} redeclared", n.name));
                        }
                        out.push(StructField { name: n.name.to_string(), ty: t, embedded: false, tag: f.tag.clone().unwrap_or_default() });
                    }
                }
                self.info.types.intern(Type::Struct(out))
            }
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::Index(x, idx) => match self.generic_type_ref(x) {
                Some(g) => self.instantiate_type_expr(g, idx, e.pos),
                None => {
                    let t = self.type_expr(x);
                    if t != INVALID {
                        self.error(x.pos, format!("{} is not a generic type", expr_string(x)));
                    }
                    INVALID
                }
            },
            ExprKind::Bad => INVALID,
            _ => {
                let s = expr_string(e);
                self.error(e.pos, format!("{s} is not a type"));
                INVALID
            }
        }
    }

    pub(super) fn signature(&mut self, ft: &FuncType) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, p) in ft.params.iter().enumerate() {
            let mut t = self.type_expr(&p.ty);
            if p.variadic {
                if i + 1 != ft.params.len() || p.names.len() > 1 {
                    self.error(p.ty.pos, "can only use ... with final parameter in list");
                }
                variadic = true;
                t = self.info.types.intern(Type::Slice(t));
            }
            for _ in 0..p.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for r in &ft.results {
            let t = self.type_expr(&r.ty);
            for _ in 0..r.names.len().max(1) {
                results.push(t);
            }
        }
        self.info.types.intern(Type::Func(Signature { params, results, variadic }))
    }
}

fn embedded_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.to_string(),
        ExprKind::Star(x) => embedded_name(x),
        ExprKind::Selector(_, s) => s.name.to_string(),
        ExprKind::Index(x, _) => embedded_name(x),
        _ => String::new(),
    }
}
