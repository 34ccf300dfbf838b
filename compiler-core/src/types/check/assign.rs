//! Assignments: converting a value to its target's type, assignment statements and `:=`,
//! and the count mismatches of multi-value assignments and returns.

use crate::diag::Pos;
use crate::syntax::ast::{AssignOp, Expr, ExprKind};
use crate::types::{Basic, INVALID, Type, TypeId};
use crate::types::constant::Misfit;
use crate::types::info::{ExprInfo, ObjKind};
use super::{Checker, Mode, Operand};
use super::expr::strip_parens;
use super::exprstring::expr_string;

impl Checker {
    pub(super) fn default_type(&mut self, t: TypeId) -> TypeId {
        match self.t().get(t) {
            Type::Basic(b) => match b {
                Basic::UntypedBool => self.basic(Basic::Bool),
                Basic::UntypedInt => self.basic(Basic::Int),
                Basic::UntypedRune => self.basic(Basic::Rune),
                Basic::UntypedFloat => self.basic(Basic::Float64),
                Basic::UntypedComplex => self.basic(Basic::Complex128),
                Basic::UntypedString => self.basic(Basic::String),
                _ => t,
            },
            _ => t,
        }
    }

    /// Converts `op` for assignment to `to`, reporting gc's error if it is not assignable.
    pub(super) fn assign_op(&mut self, op: &mut Operand, to: TypeId, e: &Expr, context: impl std::fmt::Display) {
        if op.mode == Mode::Invalid || to == INVALID {
            return;
        }
        if matches!(op.mode, Mode::Type) {
            let s = expr_string(e);
            self.error(e.pos, format!("{s} (type) is not an expression"));
            op.mode = Mode::Invalid;
            return;
        }
        if self.t().is_untyped(op.ty) {
            let target = if self.t().is_interface(to) { self.default_type(op.ty) } else { to };
            if let Some(tb) = self.t().basic_of(target) {
                if let Some(v) = op.val.clone() {
                    match v.convert(tb) {
                        Ok(v2) => op.val = Some(v2),
                        Err(m) => {
                            let s = self.operand_string(e, op);
                            let why = match self.gc_misfit(op.ty, target, m) {
                                Misfit::Overflows => " (overflows)",
                                Misfit::Truncated => " (truncated)",
                                Misfit::Mismatch => "",
                            };
                            self.error(e.pos, format!("cannot use {s} as {} value in {context}{why}", self.ty_str(to)));
                            op.mode = Mode::Invalid;
                            return;
                        }
                    }
                }
            }
            if !self.assignable(op.ty, to) {
                let s = self.operand_string(e, op);
                let msg = format!("cannot use {s} as {} value in {context}", self.ty_str(to));
                self.assign_error(e.pos, op.ty, to, msg);
                op.mode = Mode::Invalid;
                return;
            }
            self.set_type(e, target, op.val.clone());
            op.ty = target;
            if self.t().is_interface(to) {
                self.note_iface_conv(e, target, to);
                op.ty = to;
                op.val = None;
            }
            return;
        }
        if !self.assignable(op.ty, to) {
            let s = self.operand_string(e, op);
            let why = if self.t().is_interface(to) { self.not_implements(op.ty, to).map(|w| format!(": {w}")).unwrap_or_default() } else { String::new() };
            self.error(e.pos, format!("cannot use {s} as {} value in {context}{why}", self.ty_str(to)));
            op.mode = Mode::Invalid;
            return;
        }
        if self.t().is_interface(to) {
            self.note_iface_conv(e, op.ty, to);
            op.ty = to;
        }
    }

    pub(super) fn type_list(&self, ts: &[TypeId]) -> String {
        ts.iter().map(|t| self.ty_str(*t)).collect::<Vec<_>>().join(", ")
    }

    pub(super) fn type_list_ops(&self, ops: &[Operand], es: &[Expr]) -> String {
        ops.iter()
            .zip(es)
            .map(|(o, e)| if o.mode == Mode::Const && self.t().is_untyped(o.ty) { "number".to_string() } else { let _ = e; self.ty_str(o.ty) })
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub(super) fn assign_stmt(&mut self, lhs: &[Expr], op: AssignOp, op_pos: Pos, rhs: &[Expr], pos: Pos) {
        let _ = pos;
        if let ([_], [r]) = (lhs, rhs) {
            self.single_assign = Some(r.id);
        }
        match op {
            AssignOp::Op(bop) => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error(op_pos, format!("assignment operation {}= requires single-valued expressions", bop.as_str()));
                    return;
                }
                let mut l = self.expr(&lhs[0], None);
                if l.mode == Mode::Invalid {
                    self.expr(&rhs[0], None);
                    return;
                }
                let r = self.expr(&rhs[0], Some(l.ty));
                let res = self.binary_ops(l.clone(), r, &lhs[0], &rhs[0], bop, op_pos, None);
                self.check_assignable_lhs(&lhs[0], &mut l);
                if res.mode != Mode::Invalid && l.mode != Mode::Invalid && !self.t().identical(res.ty, l.ty) && !self.t().is_untyped(res.ty) {
                    self.error(op_pos, format!("cannot use result of {} as {} value", bop.as_str(), self.ty_str(l.ty)));
                }
            }
            AssignOp::Define => {
                // New variables for names not yet declared in this scope; at least one must be new.
                let mut rtypes = std::mem::take(&mut self.assign_lists.rtypes);
                rtypes.clear();
                let mut ok = true;
                if rhs.len() == 1 && lhs.len() > 1 {
                    let o = self.expr_multi(&rhs[0]);
                    let ts = self.tuple_types(&o);
                    if o.mode != Mode::Invalid && ts.len() != lhs.len() {
                        self.assignment_mismatch(lhs.len(), &rhs[0], &o, ts.len());
                        ok = false;
                    }
                    rtypes.extend(ts.into_iter().map(|t| (t, true)));
                    if o.mode == Mode::Invalid {
                        ok = false;
                    }
                } else if lhs.len() != rhs.len() {
                    for r in rhs {
                        self.expr(r, None);
                    }
                    self.error(lhs[0].pos, format!("assignment mismatch: {} variable{} but {} value{}", lhs.len(), if lhs.len() == 1 { "" } else { "s" }, rhs.len(), if rhs.len() == 1 { "" } else { "s" }));
                    ok = false;
                }
                // Left side first (to know declared types), then values.
                let mut targets = std::mem::take(&mut self.assign_lists.targets);
                targets.clear();
                // Indices in `lhs` of the new variables.
                let mut new_vars = std::mem::take(&mut self.assign_lists.new_vars);
                new_vars.clear();
                for (i, l) in lhs.iter().enumerate() {
                    match &l.kind {
                        ExprKind::Ident(name) => {
                            let existing = if name == "_" { None } else { self.scopes.innermost(&self.info.objects, name) };
                            match existing {
                                Some(id) => {
                                    self.info.uses.insert(l.id, id);
                                    targets.push(Some(id));
                                }
                                None => {
                                    new_vars.push(i);
                                    targets.push(None);
                                }
                            }
                        }
                        _ => {
                            self.error(l.pos, format!("non-name {} on left side of :=", expr_string(l)));
                            targets.push(None);
                            ok = false;
                        }
                    }
                }
                if ok && new_vars.iter().all(|&i| matches!(&lhs[i].kind, ExprKind::Ident(n) if n == "_")) && lhs.iter().all(|l| matches!(l.kind, ExprKind::Ident(_))) {
                    self.error(op_pos, "no new variables on left side of :=");
                }
                if rhs.len() == lhs.len() {
                    for (i, r) in rhs.iter().enumerate() {
                        let hint = targets[i].map(|id| self.info.objects[id as usize].ty);
                        let mut o = self.expr(r, hint);
                        self.single_value(&mut o, r);
                        let t = match targets[i] {
                            Some(id) => {
                                let t = self.info.objects[id as usize].ty;
                                self.assign_op(&mut o, t, r, "assignment");
                                t
                            }
                            None => {
                                if o.mode != Mode::Invalid && self.t().basic_of(o.ty) == Some(Basic::UntypedNil) {
                                    self.error(r.pos, "use of untyped nil in assignment");
                                    o.mode = Mode::Invalid;
                                } else if o.mode == Mode::Type {
                                    self.error(r.pos, format!("{} (type) is not an expression", expr_string(r)));
                                    o.mode = Mode::Invalid;
                                } else if o.mode == Mode::NoValue {
                                    o.mode = Mode::Invalid;
                                }
                                let d = self.default_type(o.ty);
                                self.assign_op(&mut o, d, r, "assignment");
                                d
                            }
                        };
                        rtypes.push((if o.mode == Mode::Invalid { INVALID } else { t }, true));
                    }
                } else if rtypes.is_empty() {
                    rtypes.resize(lhs.len(), (INVALID, false));
                }
                for &i in &new_vars {
                    let t = rtypes.get(i).map(|x| x.0).unwrap_or(INVALID);
                    let l = &lhs[i];
                    let ExprKind::Ident(name) = &l.kind else { continue };
                    let id = self.new_obj(name, l.pos, ObjKind::Var, t);
                    self.info.exprs.insert(l.id, ExprInfo { ty: t, val: None, is_type: false });
                    self.declare_local_name(name, l.pos, id);
                    if let Some(f) = self.funcs.last_mut() {
                        f.locals.push(id);
                    }
                }
                for (i, l) in lhs.iter().enumerate() {
                    if let Some(id) = targets[i] {
                        let t = self.info.objects[id as usize].ty;
                        self.info.exprs.insert(l.id, ExprInfo { ty: t, val: None, is_type: false });
                        if rhs.len() == 1 && lhs.len() > 1 {
                            if let Some((rt, _)) = rtypes.get(i) {
                                if !self.assignable(*rt, t) {
                                    self.error(l.pos, format!("cannot use {} value as {} value in assignment", self.ty_str(*rt), self.ty_str(t)));
                                }
                            }
                        }
                    }
                }
                self.assign_lists.targets = targets;
                self.assign_lists.new_vars = new_vars;
                self.assign_lists.rtypes = rtypes;
            }
            AssignOp::Assign => {
                let mut lops = std::mem::take(&mut self.assign_lists.lops);
                lops.clear();
                for l in lhs {
                    if let ExprKind::Ident(n) = &l.kind {
                        if n == "_" {
                            self.info.exprs.insert(l.id, ExprInfo { ty: INVALID, val: None, is_type: false });
                            lops.push(None);
                            continue;
                        }
                    }
                    let mut o = self.expr_lhs(l);
                    self.check_assignable_lhs(l, &mut o);
                    lops.push(Some(o));
                }
                if rhs.len() == 1 && lhs.len() > 1 {
                    let o = self.expr_multi(&rhs[0]);
                    let ts = self.tuple_types(&o);
                    if o.mode == Mode::Invalid {
                        return;
                    }
                    if ts.len() != lhs.len() {
                        self.assignment_mismatch(lhs.len(), &rhs[0], &o, ts.len());
                        return;
                    }
                    for (i, t) in ts.iter().enumerate() {
                        if let Some(Some(l)) = lops.get(i) {
                            if l.mode != Mode::Invalid && !self.assignable(*t, l.ty) {
                                self.error(rhs[0].pos, format!("cannot use {} value as {} value in assignment", self.ty_str(*t), self.ty_str(l.ty)));
                            }
                        }
                    }
                    return;
                }
                if lhs.len() != rhs.len() {
                    for r in rhs {
                        self.expr(r, None);
                    }
                    self.error(lhs[0].pos, format!("assignment mismatch: {} variable{} but {} value{}", lhs.len(), if lhs.len() == 1 { "" } else { "s" }, rhs.len(), if rhs.len() == 1 { "" } else { "s" }));
                    return;
                }
                for (i, r) in rhs.iter().enumerate() {
                    let target = lops[i].as_ref().filter(|o| o.mode != Mode::Invalid).map(|o| o.ty);
                    let mut o = self.expr(r, target);
                    self.single_value(&mut o, r);
                    match target {
                        Some(t) => self.assign_op(&mut o, t, r, "assignment"),
                        None => {
                            if lops[i].is_none() && o.mode != Mode::Invalid {
                                if self.t().basic_of(o.ty) == Some(Basic::UntypedNil) {
                                    self.error(r.pos, "use of untyped nil in assignment");
                                } else {
                                    let d = self.default_type(o.ty);
                                    self.assign_op(&mut o, d, r, "assignment");
                                }
                            }
                        }
                    }
                }
                self.assign_lists.lops = lops;
            }
        }
    }

    /// Evaluates the left side of an assignment without counting it as a use.
    fn expr_lhs(&mut self, l: &Expr) -> Operand {
        if let ExprKind::Ident(name) = &l.kind {
            if let Some(id) = self.lookup(name) {
                let o = &self.info.objects[id as usize];
                if o.kind == ObjKind::Var && !o.global {
                    let was_used = o.used;
                    let op = self.expr(l, None);
                    self.info.objects[id as usize].used = was_used;
                    return op;
                }
            }
        }
        self.expr(l, None)
    }

    pub(super) fn check_assignable_lhs(&mut self, e: &Expr, op: &mut Operand) {
        if op.mode == Mode::Invalid || op.mode == Mode::Var {
            return;
        }
        if let ExprKind::Index(x, _) = &strip_parens(e).kind {
            let xt = self.info.exprs.get(&x.id).map(|i| i.ty).unwrap_or(INVALID);
            if matches!(self.t().under_type(xt), Type::Map(..)) {
                return;
            }
        }
        let s = expr_string(e);
        self.error(e.pos, format!("cannot assign to {s} (neither addressable nor a map index expression)"));
        op.mode = Mode::Invalid;
    }

    /// types2's assignError, at the value: a comma-ok expression counts as one value there.
    pub(super) fn assignment_mismatch(&mut self, nvars: usize, rhs: &Expr, op: &Operand, nvals: usize) {
        let pos = rhs.pos;
        let nvals = if op.mode == Mode::CommaOk { 1 } else { nvals };
        let vars = format!("{nvars} variable{}", if nvars == 1 { "" } else { "s" });
        if let ExprKind::Call { fun, .. } = &strip_parens(rhs).kind {
            let f = expr_string(fun);
            self.error(pos, format!("assignment mismatch: {vars} but {f} returns {nvals} value{}", if nvals == 1 { "" } else { "s" }));
        } else {
            self.error(pos, format!("assignment mismatch: {vars} but {nvals} value{}", if nvals == 1 { "" } else { "s" }));
        }
    }

    pub(super) fn tuple_types(&self, op: &Operand) -> Vec<TypeId> {
        if op.mode == Mode::NoValue {
            return Vec::new();
        }
        if op.mode == Mode::CommaOk {
            return vec![op.ty, self.info.types.basic_id(Basic::Bool)];
        }
        match self.t().get(op.ty) {
            Type::Tuple(ts) => ts.clone(),
            _ => vec![op.ty],
        }
    }
}
