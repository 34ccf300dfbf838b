//! Statements: blocks, expression statements, `if`, `for`, `range`, `switch`, `return`, and
//! which statement lists are terminating.

use std::collections::HashMap;

use crate::diag::Pos;
use crate::syntax::ast::{AssignOp, BinaryOp, BranchKind, Decl, Expr, ExprKind, Stmt, StmtKind, UnaryOp};
use crate::types::{Basic, Const, INVALID, Type, TypeId};
use crate::types::info::{Builtin, ExprInfo, ObjKind};
use super::{Checker, Mode, Operand};
use super::expr::strip_parens;
use super::exprstring::expr_string;

impl Checker {
    pub(super) fn block_stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    pub(super) fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Decl(d) => match d {
                Decl::Var(specs) => {
                    for spec in specs {
                        self.check_var_spec(spec, false);
                    }
                }
                Decl::Const(specs) => {
                    for i in 0..specs.len() {
                        self.check_const_spec(specs, i, false);
                    }
                }
                Decl::Type(specs) => {
                    for spec in specs {
                        let id = self.new_obj(&spec.name.name, spec.name.pos, ObjKind::TypeName, INVALID);
                        self.declare_local(&spec.name, id);
                        self.check_type_spec(spec, id);
                    }
                }
                _ => {}
            },
            StmtKind::Labeled { label, stmt } => {
                let is_loop = matches!(stmt.kind, StmtKind::For { .. } | StmtKind::Range { .. });
                let is_breakable = is_loop || matches!(stmt.kind, StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select { .. });
                // A duplicate label does not label its statement.
                let first = self.funcs.last().and_then(|f| f.labels.get(label.name.as_str())).map(|&(id, _)| self.info.objects[id as usize].pos);
                let name = (first == Some(label.pos)).then(|| label.name.to_string());
                if is_breakable {
                    self.breakables.push((is_loop, name));
                    self.stmt_breakable(stmt, true);
                    self.breakables.pop();
                } else {
                    self.stmt(stmt);
                }
            }
            StmtKind::Expr(e) => {
                let op = self.expr_multi(e);
                let is_call = matches!(strip_parens(e).kind, ExprKind::Call { .. });
                let is_recv = matches!(strip_parens(e).kind, ExprKind::Unary(UnaryOp::Recv, _));
                if op.mode != Mode::Invalid && !is_call && !is_recv {
                    let s = expr_string(e);
                    self.error(e.pos, format!("{s} ({}) is not used", self.describe_unused(&op, &s)));
                } else if is_call && op.mode != Mode::Invalid {
                    if let ExprKind::Call { fun, .. } = &strip_parens(e).kind {
                        if let Some(info) = self.info.exprs.get(&fun.id) {
                            if info.is_type {
                                let s = expr_string(e);
                                self.error(e.pos, format!("{s} ({}) is not used", self.describe_unused(&op, &s)));
                            }
                        }
                        if let Mode::Builtin(_) = self.builtin_of(fun) {
                            let b = self.builtin_of(fun);
                            if let Mode::Builtin(b) = b {
                                if !matches!(b, Builtin::Print | Builtin::Println | Builtin::Panic | Builtin::Copy | Builtin::Delete | Builtin::Clear | Builtin::Close | Builtin::Recover) {
                                    let s = expr_string(e);
                                    self.error(e.pos, format!("{s} ({}) is not used", self.describe_unused(&op, &s)));
                                }
                            }
                        }
                    }
                }
            }
            StmtKind::Send { ch, value } => self.send_stmt(ch, value),
            StmtKind::IncDec { x, inc } => {
                let mut op = self.expr(x, None);
                if op.mode == Mode::Invalid {
                    return;
                }
                if !self.t().basic_of(op.ty).map(|b| b.is_numeric()).unwrap_or(false) {
                    let s = expr_string(x);
                    let o = if *inc { "++" } else { "--" };
                    self.error(x.pos, format!("invalid operation: {s}{o} (non-numeric type {})", self.ty_str(op.ty)));
                    return;
                }
                self.check_assignable_lhs(x, &mut op);
            }
            StmtKind::Assign { lhs, op, op_pos, rhs } => self.assign_stmt(lhs, *op, *op_pos, rhs, s.pos),
            StmtKind::Go(e) => self.go_stmt(s, e, "go"),
            StmtKind::Defer(e) => {
                self.info.uses_defer = true;
                self.go_stmt(s, e, "defer")
            }
            StmtKind::Return(results) => self.return_stmt(s.pos, results),
            StmtKind::Branch { kind, label } => self.branch_stmt(s.pos, *kind, label.as_ref()),
            StmtKind::Block(b) => {
                self.open_scope();
                self.block_stmts(&b.stmts);
                self.close_scope();
            }
            StmtKind::If { init, cond, then, els } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.condition(cond, "if statement");
                self.open_scope();
                self.block_stmts(&then.stmts);
                self.close_scope();
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.close_scope();
            }
            StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select { .. } | StmtKind::For { .. } | StmtKind::Range { .. } => {
                let is_loop = matches!(s.kind, StmtKind::For { .. } | StmtKind::Range { .. });
                self.breakables.push((is_loop, None));
                self.stmt_breakable(s, false);
                self.breakables.pop();
            }
        }
    }

    pub(super) fn builtin_of(&self, fun: &Expr) -> Mode {
        match self.info.uses.get(&strip_parens(fun).id) {
            Some(&id) => match self.info.objects[id as usize].kind {
                ObjKind::Builtin(b) => Mode::Builtin(b),
                _ => Mode::Value,
            },
            None => Mode::Value,
        }
    }

    fn describe_unused(&self, op: &Operand, shown: &str) -> String {
        match op.mode {
            Mode::Const => {
                let v = op.val.as_ref().map(|v| v.display()).unwrap_or_default();
                if self.t().is_untyped(op.ty) {
                    // types2 leaves out a value its expression spells already.
                    let v = if v.is_empty() || v == shown { String::new() } else { format!(" {v}") };
                    format!("{} constant{v}", self.ty_str(op.ty))
                } else {
                    format!("constant {v} of type {}", self.ty_str(op.ty))
                }
            }
            Mode::Var => format!("variable of type {}", self.ty_str(op.ty)),
            Mode::Type => "type".to_string(),
            _ if self.t().is_untyped(op.ty) => format!("{} value", self.ty_str(op.ty)),
            _ => format!("value of type {}", self.ty_str(op.ty)),
        }
    }

    /// Loops, switches and selects; `labeled` tells whether the breakable entry was pushed by a label.
    fn stmt_breakable(&mut self, s: &Stmt, _labeled: bool) {
        match &s.kind {
            StmtKind::For { init, cond, post, body } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.condition(c, "for loop");
                }
                if let Some(p) = post {
                    if let StmtKind::Assign { op: AssignOp::Define, .. } = p.kind {
                        self.error(p.pos, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(p);
                    }
                }
                self.open_scope();
                self.block_stmts(&body.stmts);
                self.close_scope();
                self.close_scope();
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.open_scope();
                let mut op = self.expr(x, None);
                let (kt, vt) = match self.t().under_type(op.ty).clone() {
                    Type::Basic(b) if b.is_integer() => {
                        if value.is_some() {
                            let s = self.operand_string(x, &op);
                            self.error(value.as_ref().map(|v| v.pos).unwrap_or(x.pos), format!("range over {s} permits only one iteration variable"));
                        }
                        // An untyped constant takes the type of the variable it is assigned to.
                        let target = match key.as_ref().filter(|k| !*define && !is_blank(k)) {
                            Some(k) if b.is_untyped() => Some(self.expr(k, None).ty),
                            _ => None,
                        };
                        match target {
                            Some(t) if t != INVALID && !self.t().is_interface(t) => {
                                self.assign_op(&mut op, t, x, "range clause");
                                t
                            }
                            _ if b.is_untyped() => {
                                let d = self.default_type(op.ty);
                                self.set_type(x, d, op.val.clone().and_then(|v| v.convert(Basic::Int).ok()));
                                d
                            }
                            _ => op.ty,
                        };
                        (if op.mode == Mode::Invalid { INVALID } else { self.info.expr_type(x) }, INVALID)
                    }
                    Type::Chan(..) => {
                        let el = self.range_chan(x, &op, value.as_ref()).unwrap_or(INVALID);
                        (el, INVALID)
                    }
                    _ if op.mode == Mode::Invalid => (INVALID, INVALID),
                    Type::Param(_) => self.range_param(x, &op),
                    _ if self.range_data(x, op.ty).is_some() => self.range_data(x, op.ty).unwrap_or((INVALID, INVALID)),
                    Type::Func(_) => self.range_func_kv(x, &op, key.as_ref(), value.as_ref()),
                    _ => {
                        let s = self.operand_string(x, &op);
                        self.error(x.pos, format!("cannot range over {s}"));
                        (INVALID, INVALID)
                    }
                };
                let over_func = op.mode != Mode::Invalid && matches!(self.t().under_type(op.ty), Type::Func(_));
                if over_func {
                    self.open_range_body(x);
                }
                if *define {
                    for (e, t) in [(key, kt), (value, vt)] {
                        if let Some(e) = e {
                            if let ExprKind::Ident(name) = &e.kind {
                                let id = self.new_obj(name, e.pos, ObjKind::Var, t);
                                self.info.defs.insert(e.pos, id);
                                self.info.exprs.insert(e.id, ExprInfo { ty: t, val: None, is_type: false });
                                self.declare_local_name(name, e.pos, id);
                                if let Some(f) = self.funcs.last_mut() {
                                    f.locals.push(id);
                                }
                            } else {
                                self.error(e.pos, format!("non-name {} on left side of :=", expr_string(e)));
                            }
                        }
                    }
                } else {
                    for (e, t) in [(key, kt), (value, vt)] {
                        if let Some(e) = e.as_ref().filter(|e| !is_blank(e)) {
                            let mut lop = self.expr(e, None);
                            self.check_assignable_lhs(e, &mut lop);
                            if lop.mode != Mode::Invalid && t != INVALID && !self.assignable(t, lop.ty) {
                                self.error(e.pos, format!("cannot use {} (value of type {}) as {} value in assignment", expr_string(e), self.ty_str(t), self.ty_str(lop.ty)));
                            }
                        }
                    }
                }
                self.open_scope();
                self.block_stmts(&body.stmts);
                self.close_scope();
                if over_func {
                    self.lits.pop();
                }
                self.close_scope();
            }
            StmtKind::Switch { init, tag, clauses, .. } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                let tag_op = match tag {
                    Some(t) => {
                        let mut op = self.expr(t, None);
                        self.single_value(&mut op, t);
                        if op.mode != Mode::Invalid && self.t().is_untyped(op.ty) {
                            if self.t().basic_of(op.ty) == Some(Basic::UntypedNil) {
                                self.error(t.pos, "use of untyped nil in switch expression");
                            }
                            let d = self.default_type(op.ty);
                            self.assign_op(&mut op, d, t, "switch expression");
                        }
                        Some(op)
                    }
                    None => None,
                };
                let mut seen_default: Option<Pos> = None;
                // Constant cases by value, then type (an interface tag takes constants of any
                // type); a map, so a switch of thousands of cases checks in linear time.
                let mut seen_consts: HashMap<Const, Vec<TypeId>> = HashMap::new();
                for (ci, c) in clauses.iter().enumerate() {
                    match &c.exprs {
                        None => {
                            match seen_default {
                                Some(first) => self.error(c.pos, format!("multiple defaults (first at {})", crate::diag::pos_ref(first))),
                                None => seen_default = Some(c.pos),
                            }
                        }
                        Some(exprs) => {
                            for e in exprs {
                                match (&tag_op, tag) {
                                    (Some(top), Some(te)) => {
                                        if top.mode == Mode::Invalid {
                                            self.expr(e, None);
                                            continue;
                                        }
                                        let mut op = self.expr(e, Some(top.ty));
                                        self.single_value(&mut op, e);
                                        self.comparison_operands(&mut op, e, top.ty, te, BinaryOp::Eq, e.pos, true);
                                        // types2 compares int, float and string cases only (goVal).
                                        if let Some(v) = self.info.const_value(e).cloned().filter(|v| !matches!(v, Const::Complex(_))) {
                                            let ct = self.info.expr_type(e);
                                            let same_value = seen_consts.entry(v).or_default();
                                            if same_value.iter().any(|t| self.t().identical(*t, ct)) {
                                                let s = self.operand_string(e, &op);
                                                self.error(e.pos, format!("duplicate case {s} in expression switch"));
                                            } else {
                                                same_value.push(ct);
                                            }
                                        }
                                    }
                                    _ => {
                                        let mut op = self.expr(e, None);
                                        self.single_value(&mut op, e);
                                        if op.mode != Mode::Invalid {
                                            if !self.t().basic_of(op.ty).map(|b| b.is_boolean()).unwrap_or(false) {
                                                self.error(e.pos, format!("invalid case {} in switch (mismatched types {} and bool)", expr_string(e), self.ty_str(op.ty)));
                                            } else {
                                                let b = self.basic(Basic::Bool);
                                                self.assign_op(&mut op, b, e, "switch case");
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    self.open_scope();
                    self.block_stmts(&c.body);
                    if let Some(last) = c.body.last() {
                        if let StmtKind::Branch { kind: BranchKind::Fallthrough, .. } = last.kind {
                            if ci + 1 == clauses.len() {
                                self.error(last.pos, "cannot fallthrough final case in switch");
                            }
                        }
                    }
                    self.close_scope();
                }
                self.close_scope();
            }
            StmtKind::TypeSwitch { init, bind, x, clauses, .. } => self.type_switch(init.as_deref(), bind.as_ref(), x, clauses),
            StmtKind::Select { clauses, .. } => self.select_stmt(clauses),
            _ => self.stmt(s),
        }
    }

    fn condition(&mut self, cond: &Expr, what: &str) {
        let mut op = self.expr(cond, None);
        self.single_value(&mut op, cond);
        if op.mode == Mode::Invalid {
            return;
        }
        if !self.t().basic_of(op.ty).map(|b| b.is_boolean()).unwrap_or(false) {
            let s = self.operand_string(cond, &op);
            self.error(cond.pos, format!("non-boolean condition in {}", what.replace(" loop", " statement")));
            let _ = s;
            return;
        }
        let b = self.basic(Basic::Bool);
        if self.t().is_untyped(op.ty) {
            self.assign_op(&mut op, b, cond, what);
        }
    }

    /// Key and value types of `range x` over a string, array, pointer to array or slice.
    pub(super) fn range_data(&mut self, x: &Expr, ty: TypeId) -> Option<(TypeId, TypeId)> {
        let int = self.basic(Basic::Int);
        match self.t().under_type(ty).clone() {
            Type::Basic(b) if b.is_string() => {
                if self.t().is_untyped(ty) {
                    let st = self.basic(Basic::String);
                    let v = self.info.const_value(x).cloned();
                    self.set_type(x, st, v);
                }
                Some((int, self.basic(Basic::Rune)))
            }
            Type::Array(_, el) | Type::Slice(el) => Some((int, el)),
            Type::Map(k, v) => Some((k, v)),
            Type::Pointer(p) => match self.t().under_type(p).clone() {
                Type::Array(_, el) => Some((int, el)),
                _ => None,
            },
            _ => None,
        }
    }

    fn return_stmt(&mut self, pos: Pos, results: &[Expr]) {
        let Some(ctx) = self.funcs.last() else { return };
        let want = ctx.results.clone();
        let named = ctx.named_results;
        if results.is_empty() {
            if !want.is_empty() && !named {
                self.error(pos, "not enough return values\n\thave ()\n\twant (".to_string() + &self.type_list(&want) + ")");
            }
            return;
        }
        if results.len() == 1 && want.len() > 1 {
            let op = self.expr_multi(&results[0]);
            let got = self.tuple_types(&op);
            if op.mode != Mode::Invalid && (got.len() != want.len() || !got.iter().zip(&want).all(|(g, w)| self.assignable(*g, *w))) {
                let msg = if got.len() < want.len() { "not enough return values" } else { "too many return values" };
                self.error(results[0].pos, format!("{msg}\n\thave ({})\n\twant ({})", self.type_list(&got), self.type_list(&want)));
            }
            return;
        }
        if results.len() != want.len() {
            let ops: Vec<Operand> = results.iter().map(|r| self.expr(r, None)).collect();
            let got: Vec<TypeId> = ops.iter().map(|o| o.ty).collect();
            if want.is_empty() {
                self.error(results[0].pos, "too many return values\n\thave (".to_string() + &self.type_list_ops(&ops, results) + ")\n\twant ()");
            } else {
                let msg = if results.len() < want.len() { "not enough return values" } else { "too many return values" };
                let _ = got;
                self.error(results[0].pos, format!("{msg}\n\thave ({})\n\twant ({})", self.type_list_ops(&ops, results), self.type_list(&want)));
            }
            return;
        }
        for (r, w) in results.iter().zip(want) {
            let mut op = self.expr(r, Some(w));
            self.single_value(&mut op, r);
            self.assign_op(&mut op, w, r, "return statement");
        }
    }

    pub(super) fn is_terminating_list(&self, stmts: &[Stmt]) -> bool {
        stmts.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty)).map(|s| self.is_terminating(s, None)).unwrap_or(false)
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Branch { kind: BranchKind::Goto, .. } => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { fun, .. } = &strip_parens(e).kind {
                    return matches!(self.builtin_of(fun), Mode::Builtin(Builtin::Panic));
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts),
            StmtKind::Labeled { label, stmt } => self.is_terminating(stmt, Some(&label.name)),
            StmtKind::If { then, els, .. } => {
                els.as_ref().map(|e| self.is_terminating(e, None)).unwrap_or(false) && self.is_terminating_list(&then.stmts)
            }
            StmtKind::For { cond: None, body, .. } => !has_break(&body.stmts, label, true),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| c.exprs.is_none())
                    && clauses.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body)
                                || matches!(c.body.last().map(|s| &s.kind), Some(StmtKind::Branch { kind: BranchKind::Fallthrough, .. })))
                    })
            }
            StmtKind::Select { clauses, .. } => clauses.iter().all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body)),
            _ => false,
        }
    }
}

/// Whether `stmts` contain a `break` that leaves the enclosing statement (unlabeled at this
/// level, or naming `label`).
fn has_break(stmts: &[Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Branch { kind: BranchKind::Break, label: l } => match l {
            None => top,
            Some(l) => Some(l.name.as_str()) == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => has_break(&then.stmts, label, top) || els.as_ref().map(|e| has_break(std::slice::from_ref(e), label, top)).unwrap_or(false),
        StmtKind::Labeled { stmt, .. } => has_break(std::slice::from_ref(stmt), label, top),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => has_break(&body.stmts, label, false),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::Select { clauses, .. } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    })
}

/// `_` (possibly parenthesized) as an assignment target.
fn is_blank(e: &Expr) -> bool {
    matches!(&strip_parens(e).kind, ExprKind::Ident(n) if n == "_")
}
