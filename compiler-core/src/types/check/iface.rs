//! Checking of interfaces: method sets and `implements`, implicit conversions to interface
//! types (recorded for the lowering), methods selected through interfaces, type assertions
//! and type switches.

use crate::diag::Pos;
use crate::syntax::ast::{CaseClause, Expr, ExprKind, Ident, Stmt};
use crate::types::{Basic, INVALID, Signature, Type, TypeId};
use crate::types::info::{ExprInfo, Info, ObjId, ObjKind};
use super::{Checker, Mode, Operand};
use super::expr::strip_parens;
use super::exprstring::expr_string;

/// Where a method of a type is found.
#[derive(Clone, Debug)]
pub enum MethodLoc {
    /// A declared method (the object) whose receiver is reached through `path`.
    Decl(ObjId),
    /// Method `index` of the interface type `iface` reached through `path` (an interface
    /// value itself, or an embedded interface field).
    Iface(TypeId, usize),
}

/// Method `name` of t, directly, through embedded fields (breadth-first, ambiguity at the
/// shallowest depth finds nothing, nor does a field of that name at that depth) or of an interface: where it is, the path of embedded
/// fields, and whether the path goes through a pointer (so pointer methods are in the
/// method set even of a value).
pub fn lookup_method(info: &Info, t: TypeId, name: &str) -> Option<(MethodLoc, Vec<usize>, bool)> {
    let mut level: Vec<(TypeId, Vec<usize>, bool)> = vec![(t, vec![], false)];
    for _ in 0..8 {
        let mut found = Vec::new();
        let mut next = Vec::new();
        // A field of that name at this depth hides deeper methods (and is ambiguous with a
        // method at the same depth), as Go's selector rule says.
        let mut field_here = false;
        for (ty, path, via_ptr) in &level {
            let (base, ptr) = match info.types.get(*ty) {
                Type::Pointer(e) => (*e, true),
                _ => (*ty, false),
            };
            if let Type::Named(n) = info.types.get(base) {
                if let Some((_, id)) = info.types.named[*n as usize].methods.iter().find(|(m, _)| m == name) {
                    found.push((MethodLoc::Decl(*id), path.clone(), *via_ptr || ptr));
                    continue;
                }
            }
            match info.types.under_type(base) {
                Type::Interface(ms) if !ptr => {
                    if let Some(i) = ms.iter().position(|m| m.name == name) {
                        found.push((MethodLoc::Iface(info.types.under(base), i), path.clone(), *via_ptr));
                    }
                }
                Type::Struct(fields) => {
                    for (i, f) in fields.iter().enumerate() {
                        field_here |= f.name == name;
                        if f.embedded {
                            let mut p = path.clone();
                            p.push(i);
                            next.push((f.ty, p, *via_ptr || ptr));
                        }
                    }
                }
                _ => {}
            }
        }
        if field_here {
            return None;
        }
        if found.len() == 1 {
            return found.pop();
        }
        if found.len() > 1 || next.is_empty() {
            return None;
        }
        level = next;
    }
    None
}

impl Checker {
    pub(super) fn lookup_method(&self, t: TypeId, name: &str) -> Option<(MethodLoc, Vec<usize>, bool)> {
        lookup_method(&self.info, t, name)
    }


    /// The type of the method expression `T.M`: M's signature with the receiver first.
    pub(super) fn method_expr_type(&mut self, e: &Expr, t: TypeId, mid: ObjId, sel: &Ident) -> Option<TypeId> {
        let is_ptr = matches!(self.t().get(t), Type::Pointer(_));
        if self.info.ptr_recv.contains(&mid) && !is_ptr {
            let ts = self.ty_str(t);
            let _ = e;
            self.error(sel.pos, format!("invalid method expression {ts}.{} (needs pointer receiver (*{ts}).{})", sel.name, sel.name));
            return None;
        }
        let Type::Func(sig) = self.t().get(self.info.objects[mid as usize].ty).clone() else { return None };
        let mut params = vec![t];
        params.extend(sig.params);
        Some(self.info.types.intern(Type::Func(Signature { params, results: sig.results, variadic: sig.variadic })))
    }

    /// Why t does not implement the interface `iface` (gc's parenthesized reason), or None.
    pub(super) fn missing_method(&self, t: TypeId, iface: TypeId) -> Option<String> {
        let Type::Interface(want) = self.t().under_type(iface).clone() else { return None };
        let is_ptr = matches!(self.t().get(t), Type::Pointer(_));
        for m in &want {
            let have = match self.lookup_method(t, &m.name) {
                Some((MethodLoc::Decl(id), _, via_ptr)) => {
                    if self.info.ptr_recv.contains(&id) && !is_ptr && !via_ptr && !self.t().is_interface(t) {
                        return Some(format!("method {} has pointer receiver", m.name));
                    }
                    Some(self.info.objects[id as usize].ty)
                }
                Some((MethodLoc::Iface(it, i), _, _)) => match self.t().get(it) {
                    Type::Interface(ms) => Some(ms[i].sig),
                    _ => None,
                },
                None => None,
            };
            match have {
                None if self.field_ambiguous(t, &m.name) => return Some(format!("ambiguous selector {}.{}", self.ty_str(t), m.name)),
                None if self.find_field(t, &m.name).is_some() => return Some(format!("{}.{} is a field, not a method", self.ty_str(t), m.name)),
                None => return Some(format!("missing method {}", m.name)),
                Some(h) if !self.t().identical(h, m.sig) => {
                    let sig = |s: TypeId| self.ty_str(s).trim_start_matches("func").to_string();
                    return Some(format!("wrong type for method {}\n\t\thave {}{}\n\t\twant {}{}", m.name, m.name, sig(h), m.name, sig(m.sig)));
                }
                _ => {}
            }
        }
        None
    }

    /// `T does not implement I (reason)`, as gc words it (a `wrong type` reason's have/want
    /// lines follow).
    pub(super) fn not_implements(&self, t: TypeId, iface: TypeId) -> Option<String> {
        let why = self.missing_method(t, iface)?;
        let head = format!("{} does not implement {}", self.ty_str(t), self.ty_str(iface));
        if why.contains('\n') {
            let (first, rest) = why.split_once('\n').unwrap_or((&why, ""));
            return Some(format!("{head} ({first})\n{rest}"));
        }
        Some(format!("{head} ({why})"))
    }

    /// Records that the value of `e` (of type `from`) is converted to interface type `to`.
    pub(super) fn note_iface_conv(&mut self, e: &Expr, from: TypeId, to: TypeId) {
        if !self.t().is_interface(to) || self.t().is_interface(from) || from == INVALID {
            return;
        }
        if matches!(self.t().get(self.info.expr_type(e)), Type::Tuple(_)) {
            return;
        }
        self.info.iface_conv.insert(e.id, to);
    }

    /// `x.(T)`; in a two-value context it also gives `ok`.
    pub(super) fn type_assert(&mut self, e: &Expr, x: &Expr, ty: Option<&Expr>, multi: bool) -> Operand {
        let inv = Operand::invalid(e.id);
        let mut xo = self.expr(x, None);
        self.single_value(&mut xo, x);
        let Some(ty) = ty else {
            self.error(e.pos, "invalid syntax tree: use of .(type) outside type switch");
            return inv;
        };
        let t = self.type_expr(ty);
        if xo.mode == Mode::Invalid || t == INVALID {
            return inv;
        }
        if !self.t().is_interface(xo.ty) {
            let s = self.operand_string(x, &xo);
            self.error(x.pos, format!("invalid operation: {s} is not an interface"));
            return inv;
        }
        if !self.t().is_interface(t) {
            if let Some(why) = self.not_implements(t, xo.ty) {
                self.error(x.pos, format!("impossible type assertion: {}\n\t{why}", expr_string(e)));
                return inv;
            }
        }
        let mode = if multi { Mode::CommaOk } else { Mode::Value };
        Operand { mode, ty: t, val: None, id: e.id }
    }

    pub(super) fn type_switch(&mut self, init: Option<&Stmt>, bind: Option<&Ident>, x: &Expr, clauses: &[CaseClause]) {
        self.open_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let mut xo = self.expr(x, None);
        self.single_value(&mut xo, x);
        let xt = xo.ty;
        if xo.mode != Mode::Invalid && !self.t().is_interface(xt) {
            let s = self.operand_string(x, &xo);
            self.error(x.pos, format!("{s} is not an interface"));
            xo.mode = Mode::Invalid;
        }
        let mut binds = Vec::new();
        let mut defaults = 0;
        // The case types so far, for "duplicate case".
        let mut seen: Vec<(TypeId, Pos)> = Vec::new();
        for c in clauses {
            let mut single = None;
            match &c.exprs {
                None => {
                    defaults += 1;
                    if defaults > 1 {
                        self.error(c.pos, "multiple defaults in switch");
                    }
                }
                Some(list) => {
                    for te in list {
                        let nil = matches!(&strip_parens(te).kind, ExprKind::Ident(n) if n == "nil")
                            && self.lookup("nil").is_some_and(|id| matches!(self.info.objects[id as usize].kind, ObjKind::Nil));
                        if nil {
                            self.info.exprs.insert(te.id, ExprInfo { ty: self.info.types.basic_id(Basic::UntypedNil), val: None, is_type: false });
                            single = Some(if list.len() == 1 { xt } else { INVALID });
                            continue;
                        }
                        let t = self.type_expr(te);
                        if t == INVALID || xo.mode == Mode::Invalid {
                            continue;
                        }
                        if let Some(&(_, at)) = seen.iter().find(|(s, _)| self.t().identical(*s, t)) {
                            self.error(te.pos, format!("duplicate case {} in type switch\n\tprevious case at {}", expr_string(te), crate::diag::pos_ref(at)));
                        } else {
                            seen.push((t, te.pos));
                        }
                        if !self.t().is_interface(t) {
                            if let Some(why) = self.missing_method(t, xt) {
                                let (first, rest) = why.split_once('\n').unwrap_or((&why, ""));
                                let rest = if rest.is_empty() { String::new() } else { format!("\n{rest}") };
                                self.error(te.pos, format!("impossible type switch case: {}\n\t{} cannot have dynamic type {} ({first}){rest}", expr_string(te), self.operand_string(x, &xo), self.ty_str(t)));
                                continue;
                            }
                        }
                        single = Some(t);
                    }
                    if list.len() != 1 {
                        single = None;
                    }
                }
            }
            self.open_scope();
            if let Some(b) = bind {
                let t = match single {
                    Some(t) if t != INVALID => t,
                    _ => xt,
                };
                let id = self.new_obj(&b.name, b.pos, ObjKind::Var, t);
                self.info.implicits.insert(c.colon, id);
                self.declare_local(b, id);
                binds.push(id);
            }
            self.block_stmts(&c.body);
            self.close_scope();
        }
        if let Some(b) = bind {
            if b.name == "_" {
                self.error(b.pos, "no new variable on left side of :=");
            } else if !binds.is_empty() && binds.iter().all(|id| !self.info.objects[*id as usize].used) && xo.mode != Mode::Invalid {
                self.error(b.pos, format!("{} declared and not used", b.name));
            } else if binds.is_empty() && xo.mode != Mode::Invalid {
                self.error(b.pos, format!("{} declared and not used", b.name));
            }
            for id in binds {
                self.info.objects[id as usize].used = true;
            }
        }
        self.close_scope();
    }
}
