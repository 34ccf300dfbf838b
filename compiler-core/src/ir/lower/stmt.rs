//! Statements: blocks, control flow (loops, switches, labels, goto), declarations,
//! assignments and returns.


use crate::diag::Pos;
use crate::ir::{BinOp, Expr as E, Label, Local, Stmt as S, UnOp, ValType};
use crate::syntax::ast::{AssignOp, BinaryOp, BranchKind, CaseClause, Decl, Expr, ExprKind, Ident, Stmt, StmtKind, UnaryOp, VarSpec};
use crate::types::check::ObjKind;
use crate::types::{Const, Type, TypeId};

use super::expr::is_fresh;
use super::vals::Vals;
use super::{bin, is_aggregate, qualified, strip, val_count, vals, FnLower, LoopCtx};

/// Switches with more clauses than this choose their clause through a local rather than
/// through one nested block per clause (see the `Switch` lowering).
const FLAT_SWITCH_CLAUSES: usize = 64;

/// Labels targeted by goto statements in a function body (not in its function literals).
pub(super) fn goto_labels(stmts: &[Stmt]) -> std::collections::HashSet<String> {
    fn walk(ss: &[Stmt], out: &mut std::collections::HashSet<String>) {
        for s in ss {
            one(s, out);
        }
    }
    fn one(s: &Stmt, out: &mut std::collections::HashSet<String>) {
        match &s.kind {
            StmtKind::Branch { kind: BranchKind::Goto, label: Some(l) } => {
                out.insert(l.name.to_string());
            }
            StmtKind::Labeled { stmt, .. } => one(stmt, out),
            StmtKind::Block(b) | StmtKind::For { body: b, .. } | StmtKind::Range { body: b, .. } => walk(&b.stmts, out),
            StmtKind::If { then, els, .. } => {
                walk(&then.stmts, out);
                if let Some(e) = els {
                    one(e, out);
                }
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => clauses.iter().for_each(|c| walk(&c.body, out)),
            StmtKind::Select { clauses, .. } => clauses.iter().for_each(|c| walk(&c.body, out)),
            _ => {}
        }
    }
    let mut out = Default::default();
    walk(stmts, &mut out);
    out
}

impl<'l, 'a> FnLower<'l, 'a> {
    pub(super) fn block(&mut self, stmts: &[Stmt]) {
        if stmts.iter().any(|s| matches!(&s.kind, StmtKind::Labeled { label, .. } if self.goto_labels.contains(label.name.as_str()))) {
            return self.goto_block(stmts);
        }
        for s in stmts {
            if !self.runtime {
                self.emit(S::FrameReset { fp: 0, size: 0 });
            }
            self.stmt(s);
        }
    }

    pub(super) fn stmt(&mut self, s: &Stmt) {
        let line = self.l.map.line_near(s.pos, &mut self.line_hint);
        if line != self.line {
            self.line = line;
            self.emit(S::Line(line));
            if let Some(g) = self.l.trace_pos.filter(|_| self.name.starts_with("main.")) {
                let code = self.l.trace_code(s.pos);
                self.emit(S::SetGlobal(g, E::I32(code)));
            }
        }
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Send { ch, value } => self.send(s.pos, ch, value),
            StmtKind::Go(call) => self.go_stmt(s, call),
            StmtKind::Defer(call) => self.defer_stmt(s, call),
            StmtKind::Select { clauses, .. } => self.select(s, None, clauses),
            StmtKind::Decl(Decl::Var(specs)) => {
                for spec in specs {
                    self.local_var_spec(spec);
                }
            }
            StmtKind::Decl(_) => {}
            StmtKind::Labeled { label, stmt } => match &stmt.kind {
                StmtKind::For { .. } | StmtKind::Range { .. } | StmtKind::Switch { .. } => self.breakable(stmt, Some(label.name.to_string())),
                StmtKind::TypeSwitch { init, bind, x, clauses, .. } => self.type_switch(Some(label.name.to_string()), init.as_deref(), bind.as_ref(), x, clauses),
                StmtKind::Select { clauses, .. } => self.select(stmt, Some(label.name.to_string()), clauses),
                _ => self.stmt(stmt),
            },
            StmtKind::Expr(e) => {
                let t = self.info().expr_type(e);
                let is_call = matches!(strip(e).kind, ExprKind::Call { .. });
                if is_call && !self.is_builtin_call(e) && !self.is_conversion(e) {
                    if let ExprKind::Call { fun, args, .. } = &strip(e).kind {
                        let call = self.call(e, fun, args);
                        let n = val_count(self.info(), t);
                        let n = if t == crate::types::INVALID { 0 } else { n };
                        match call {
                            // A void intrinsic: its statements.
                            E::Seq(ss, _) if n == 0 => ss.into_iter().for_each(|s| self.emit(s)),
                            call => self.emit(S::Drop(call, n)),
                        }
                    }
                } else {
                    for v in self.expr(e) {
                        self.emit(S::Drop(v, 1));
                    }
                }
            }
            StmtKind::IncDec { x, inc } => {
                let t = self.info().expr_type(x);
                let one = self.const_of(&Const::int(1), t);
                let op = if *inc { BinaryOp::Add } else { BinaryOp::Sub };
                self.preset_lhs_operands(std::slice::from_ref(x));
                let cur = self.expr(x);
                let v = self.arith(op, t, cur, one, x.pos);
                self.store(x, v);
            }
            StmtKind::Assign { lhs, op, rhs, op_pos } => self.assign(lhs, *op, rhs, *op_pos),
            StmtKind::Return(results) if self.range_body.is_some() => self.range_return(s, results),
            StmtKind::Return(results) => self.ret(results),
            StmtKind::Branch { kind, label } if self.range_body.is_some() && self.range_branch(s, *kind, label.as_ref()) => {}
            StmtKind::Branch { kind, label } => {
                let target = match kind {
                    BranchKind::Break => self.find_loop(label.as_ref()).map(|l| l.brk),
                    BranchKind::Continue => self.loops.iter().rev().find(|l| l.cont.is_some() && (label.is_none() || l.label.as_deref() == label.as_ref().map(|x| x.name.as_str()))).and_then(|l| l.cont),
                    BranchKind::Fallthrough => self.fallthrough,
                    BranchKind::Goto => {
                        let target = label.as_ref().and_then(|l| self.goto_targets.get(l.name.as_str()).copied());
                        match target {
                            Some((head, state, i)) => {
                                self.emit(S::Set(state, E::I32(i)));
                                Some(head)
                            }
                            None => {
                                self.err(s.pos, "goto into a block is not allowed");
                                return;
                            }
                        }
                    }
                };
                match target {
                    Some(t) => self.emit(S::Br(t)),
                    None => self.err(s.pos, "internal error: a branch without its target (the checker resolves labels)"),
                }
            }
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let c = self.expr1(cond);
                // A constant condition (`if recoverEnabled()`, `if debug`): the other branch
                // is not lowered, so what only it calls is not reached.
                let t = if c == E::I32(0) { Vec::new() } else { self.nested(|f| f.block(&then.stmts)) };
                let e = match els {
                    Some(e) if c != E::I32(1) => self.nested(|f| f.stmt(e)),
                    _ => Vec::new(),
                };
                self.emit(S::If(c, t, e));
            }
            StmtKind::For { .. } | StmtKind::Range { .. } | StmtKind::Switch { .. } => self.breakable(s, None),
            StmtKind::TypeSwitch { init, bind, x, clauses, .. } => self.type_switch(None, init.as_deref(), bind.as_ref(), x, clauses),
        }
    }

    /// A statement list with goto targets: a dispatch loop over its segments (each starts
    /// at a target label); `goto L` sets the state and restarts the dispatch, from any depth.
    fn goto_block(&mut self, stmts: &[Stmt]) {
        let state = self.new_local(ValType::I32);
        let head = self.new_label();
        let mut starts = vec![0usize];
        for (i, s) in stmts.iter().enumerate() {
            if let StmtKind::Labeled { label, .. } = &s.kind {
                if self.goto_labels.contains(label.name.as_str()) && i > 0 {
                    starts.push(i);
                }
                if self.goto_labels.contains(label.name.as_str()) {
                    let k = if i == 0 { 0 } else { starts.len() - 1 };
                    self.goto_targets.insert(label.name.to_string(), (head, state, k as i32));
                }
            }
        }
        self.emit(S::Set(state, E::I32(0)));
        let labels: Vec<Label> = starts.iter().map(|_| self.new_label()).collect();
        let mut inner = vec![S::BrTable(labels.clone(), labels[0], E::Local(state))];
        for (k, &start) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(stmts.len());
            let seg = self.nested(|f| {
                for s in &stmts[start..end] {
                    if !f.runtime {
                        f.emit(S::FrameReset { fp: 0, size: 0 });
                    }
                    f.stmt(s);
                }
            });
            let mut blk = vec![S::Block(labels[k], inner)];
            blk.extend(seg);
            inner = blk;
        }
        if self.ticks() {
            inner.insert(0, S::Tick);
        }
        self.emit(S::Loop(head, inner));
    }

    fn find_loop(&self, label: Option<&Ident>) -> Option<&LoopCtx> {
        match label {
            Some(l) => self.loops.iter().rev().find(|c| c.label.as_deref() == Some(l.name.as_str())),
            None => self.loops.last(),
        }
    }

    fn breakable(&mut self, s: &Stmt, label: Option<String>) {
        match &s.kind {
            StmtKind::For { init, cond, post, body } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let (brk, cont, head) = (self.new_label(), self.new_label(), self.new_label());
                self.loops.push(LoopCtx { label, brk, cont: Some(cont) });
                // The condition's side statements run at every iteration.
                let c = cond.as_ref().map(|c| self.nested_value(c));
                let inner = self.nested(|f| f.block(&body.stmts));
                self.loops.pop();
                // Go 1.22: each iteration has its own copy of the loop variables, which matters
                // once their address is taken (they live in heap cells): copy before `post`.
                let mut fresh = Vec::new();
                if let Some(Stmt { kind: StmtKind::Assign { lhs, op: AssignOp::Define, .. }, .. }) = init.as_deref() {
                    for l in lhs {
                        if let Some(&obj) = self.info().defs.get(&l.pos) {
                            if let Some(&cell) = self.boxed.get(&obj) {
                                fresh.push((obj, cell));
                            }
                        }
                    }
                }
                let renew = self.nested(|f| {
                    for (obj, cell) in fresh {
                        let (t, pos) = (f.info().obj(obj).ty, f.info().obj(obj).pos);
                        let size = f.size_of(t) as i32;
                        let n = f.alloc(t, None, pos);
                        f.emit(S::mem_copy(E::Local(n), E::Local(cell), E::I32(size)));
                        f.emit(S::Set(cell, E::Local(n)));
                    }
                });
                let post_s = match post {
                    Some(p) => self.nested(|f| f.stmt(p)),
                    None => Vec::new(),
                };
                let mut lp = Vec::with_capacity(renew.len() + post_s.len() + 4);
                if let Some(c) = c {
                    lp.push(S::If(E::Un(UnOp::Eqz, ValType::I32, Box::new(c)), vec![S::Br(brk)], vec![]));
                }
                lp.push(S::Block(cont, inner));
                lp.extend(renew);
                lp.extend(post_s);
                if self.ticks() {
                    lp.push(S::Tick);
                }
                lp.push(S::Br(head));
                self.emit(S::Block(brk, vec![S::Loop(head, lp)]));
            }
            StmtKind::Range { key, value, define, x, body } if self.ranges_over_func(x) => {
                self.range_func(label, key.as_ref(), value.as_ref(), *define, x, body);
            }
            StmtKind::Range { key, define, x, body, .. } if matches!(self.info().types.under_type(self.info().expr_type(x)), Type::Chan(..)) => {
                self.range_chan(label, key.as_ref(), *define, x, body);
            }
            StmtKind::Range { key, value, define, x, body } if self.is_map(x) => {
                self.range_map(key.as_ref(), value.as_ref(), *define, x, body, label);
            }
            StmtKind::Range { key, value, define, x, body } if !self.info().types.basic_of(self.info().expr_type(x)).map(|b| b.is_integer()).unwrap_or(false) => {
                self.range_data(key.as_ref(), value.as_ref(), *define, x, body, label);
            }
            StmtKind::Range { key, value: _, define, x, body } => {
                // Range over an integer.
                let t = self.info().expr_type(x);
                let vt = vals(self.info(), t)[0];
                let n = self.expr1(x);
                let limit = self.new_local(vt);
                self.emit(S::Set(limit, n));
                let i = self.new_local(vt);
                self.emit(S::Set(i, if vt == ValType::I64 { E::I64(0) } else { E::I32(0) }));
                let (brk, cont, head) = (self.new_label(), self.new_label(), self.new_label());
                self.loops.push(LoopCtx { label, brk, cont: Some(cont) });
                let bind = self.nested(|f| {
                    if let Some(k) = key {
                        if *define {
                            if let Some(&obj) = f.info().defs.get(&k.pos) {
                                f.declare_var(obj, t, Some(vals![E::Local(i)]), false, k.pos);
                            }
                        } else {
                            f.store_range(k, vals![E::Local(i)], t);
                        }
                    }
                });
                let inner = self.nested(|f| f.block(&body.stmts));
                self.loops.pop();
                let ge = if self.info().types.basic_of(t).is_some_and(|b| b.is_unsigned()) { BinOp::GeU } else { BinOp::GeS };
                let mut lp = vec![S::If(bin(ge, vt, E::Local(i), E::Local(limit)), vec![S::Br(brk)], vec![])];
                lp.extend(bind);
                lp.push(S::Block(cont, inner));
                let one = if vt == ValType::I64 { E::I64(1) } else { E::I32(1) };
                lp.push(S::Set(i, bin(BinOp::Add, vt, E::Local(i), one)));
                if self.ticks() {
                    lp.push(S::Tick);
                }
                lp.push(S::Br(head));
                self.emit(S::Block(brk, vec![S::Loop(head, lp)]));
            }
            StmtKind::Switch { init, tag, clauses, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let tag_v = tag.as_ref().map(|t| {
                    let ty = self.info().expr_type(t);
                    let vs = self.expr(t);
                    let ls: Vec<Local> = vs.into_iter().zip(vals(self.info(), ty)).map(|(v, vt)| {
                        let l = self.new_local(vt);
                        self.emit(S::Set(l, v));
                        l
                    }).collect();
                    (ty, ls)
                });
                let brk = self.new_label();
                self.loops.push(LoopCtx { label, brk, cont: None });
                // Nested blocks: the dispatch sits innermost; each clause body follows the end
                // of its block, so falling off a body runs into the next one (fallthrough).
                // A block per clause nests as deep as the switch is long, and every IR walk
                // recurses through that depth; a long switch instead records the chosen
                // clause in a local and runs the bodies in sequence, each behind a test of it.
                let chosen = (clauses.len() > FLAT_SWITCH_CLAUSES).then(|| (self.new_local(ValType::I32), self.new_label()));
                let labels: Vec<Label> = clauses.iter().map(|_| self.new_label()).collect();
                let choose = |ci: usize| match chosen {
                    Some((k, picked)) => vec![S::Set(k, E::I32(ci as i32)), S::Br(picked)],
                    None => vec![S::Br(labels[ci])],
                };
                let mut dispatch = Vec::new();
                let mut default_idx = None;
                // Clauses that cannot be chosen (every expression a constant false) and that no
                // fallthrough enters are not lowered.
                let mut dead = vec![false; clauses.len()];
                for (ci, c) in clauses.iter().enumerate() {
                    let Some(exprs) = &c.exprs else {
                        default_idx = Some(ci);
                        continue;
                    };
                    let entered = ci > 0 && matches!(clauses[ci - 1].body.last().map(|s| &s.kind), Some(StmtKind::Branch { kind: BranchKind::Fallthrough, .. }));
                    dead[ci] = !entered;
                    for e in exprs {
                        let cond = match &tag_v {
                            Some((ty, ls)) => {
                                let lv: Vals = ls.iter().map(|l| E::Local(*l)).collect();
                                let rv = self.expr(e);
                                self.compare(BinaryOp::Eq, *ty, lv, rv)
                            }
                            None => self.expr1(e),
                        };
                        if let Some(pre) = self.out.last_mut() {
                            dispatch.extend(pre.drain(..));
                        }
                        if cond == E::I32(0) {
                            continue;
                        }
                        dead[ci] = false;
                        dispatch.push(S::If(cond, choose(ci), vec![]));
                    }
                }
                let ends_in_fallthrough = |c: &CaseClause| matches!(c.body.last().map(|s| &s.kind), Some(StmtKind::Branch { kind: BranchKind::Fallthrough, .. }));
                // A clause's body, lowered with `fallthrough` jumping to `target`.
                let clause_body = |f: &mut Self, c: &CaseClause, target: Option<Label>| {
                    let saved = std::mem::replace(&mut f.fallthrough, target);
                    let body = f.nested(|f| f.block(&c.body));
                    f.fallthrough = saved;
                    body
                };
                let inner = if let Some((k, picked)) = chosen {
                    match default_idx {
                        Some(i) => dispatch.push(S::Set(k, E::I32(i as i32))),
                        None => dispatch.push(S::Br(brk)),
                    }
                    let mut seq = vec![S::Block(picked, dispatch)];
                    for (ci, c) in clauses.iter().enumerate().filter(|(ci, _)| !dead[*ci]) {
                        // A fallthrough leaves the clause's block and picks the next clause.
                        let mut body = clause_body(self, c, Some(labels[ci]));
                        if ends_in_fallthrough(c) {
                            body = vec![S::Block(labels[ci], body), S::Set(k, E::I32(ci as i32 + 1))];
                        } else {
                            body.push(S::Br(brk));
                        }
                        seq.push(S::If(bin(BinOp::Eq, ValType::I32, E::Local(k), E::I32(ci as i32)), body, vec![]));
                    }
                    seq
                } else {
                    dispatch.push(S::Br(default_idx.map(|i| labels[i]).unwrap_or(brk)));
                    // Clause i's block ends right before its body, so a fallthrough from body
                    // i, a br to the block of clause i+1 (which encloses body i), lands at
                    // body i+1.
                    let mut inner = dispatch;
                    for (ci, c) in clauses.iter().enumerate() {
                        let body = if dead[ci] { Vec::new() } else { clause_body(self, c, labels.get(ci + 1).copied()) };
                        let mut blk = vec![S::Block(labels[ci], inner)];
                        blk.extend(body);
                        if !ends_in_fallthrough(c) {
                            blk.push(S::Br(brk));
                        }
                        inner = blk;
                    }
                    inner
                };
                self.loops.pop();
                self.emit(S::Block(brk, inner));
            }
            _ => self.stmt(s),
        }
    }

    fn local_var_spec(&mut self, spec: &VarSpec) {
        let info = self.info();
        let values = self.spec_values(&spec.values, spec.names.len());
        let targets: Vec<TypeId> = spec.names.iter().map(|n| info.defs.get(&n.pos).map(|o| info.obj(*o).ty).unwrap_or(crate::types::INVALID)).collect();
        let values = self.convert_spread(&spec.values, values, &targets);
        // Evaluate all values before binding (`var a, b = b0, a0` semantics).
        let mut staged: Vec<Option<Vals>> = Vec::new();
        for (i, n) in spec.names.iter().enumerate() {
            let obj = info.defs.get(&n.pos).copied();
            let t = obj.map(|o| info.obj(o).ty).unwrap_or(crate::types::INVALID);
            staged.push(values.get(i).map(|vs| {
                if spec.names.len() > 1 {
                    vs.iter().zip(vals(info, t)).map(|(v, vt)| E::Local(self.temp(v.clone(), vt))).collect()
                } else {
                    vs.clone()
                }
            }));
        }
        for (i, n) in spec.names.iter().enumerate() {
            if let Some(&obj) = info.defs.get(&n.pos) {
                let t = info.obj(obj).ty;
                let fresh = spec.values.len() == spec.names.len() && is_fresh(&spec.values[i]);
                self.declare_var(obj, t, staged[i].take(), fresh, n.pos);
            }
        }
    }

    /// The values of a var spec, one list of Wasm values per name (a multi-value call is split).
    fn spec_values(&mut self, exprs: &[Expr], names: usize) -> Vec<Vals> {
        let mut values: Vec<Vals> = Vec::new();
        if exprs.len() == 1 && names > 1 {
            values = self.split_multi(&exprs[0]);
        } else {
            for v in exprs {
                values.push(self.expr(v));
            }
        }
        values
    }

    pub(super) fn global_var_init(&mut self, spec: &VarSpec) {
        let info = self.info();
        let values = self.spec_values(&spec.values, spec.names.len());
        let targets: Vec<TypeId> = spec.names.iter().map(|n| info.defs.get(&n.pos).map(|o| info.obj(*o).ty).unwrap_or(crate::types::INVALID)).collect();
        let values = self.convert_spread(&spec.values, values, &targets);
        for (i, n) in spec.names.iter().enumerate() {
            let Some(vs) = values.get(i) else { continue };
            if let Some(&obj) = info.defs.get(&n.pos) {
                if let Some(&g) = self.l.boxed_globals.get(&obj) {
                    self.store_at(info.obj(obj).ty, E::Global(g), vs.clone());
                    continue;
                }
            }
            match info.defs.get(&n.pos).and_then(|o| self.l.globals.get(o)).cloned() {
                Some(gs) => {
                    for (g, v) in gs.into_iter().zip(vs.clone()) {
                        self.set_global(g, v);
                    }
                }
                None => {
                    for v in vs.clone() {
                        self.emit(S::Drop(v, 1));
                    }
                }
            }
        }
    }

    fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr], op_pos: Pos) {
        let info = self.info();
        match op {
            AssignOp::Op(bop) => {
                let t = info.expr_type(&lhs[0]);
                self.preset_lhs_operands(lhs);
                let cur = self.expr(&lhs[0]);
                let r = self.expr(&rhs[0]);
                let v = if matches!(bop, BinaryOp::Shl | BinaryOp::Shr) {
                    let rt = info.expr_type(&rhs[0]);
                    let (x, y) = (cur.into_iter().next().unwrap_or(E::I32(0)), r.into_iter().next().unwrap_or(E::I32(0)));
                    vals![self.shift(bop, t, x, rt, y, op_pos)]
                } else {
                    self.arith(bop, t, cur, r, op_pos)
                };
                self.store(&lhs[0], v);
            }
            AssignOp::Define | AssignOp::Assign => {
                let define = op == AssignOp::Define;
                self.preset_lhs_operands(lhs);
                // The common `x = v`: nothing to stage.
                if let ([l], [r]) = (lhs, rhs) {
                    let vs = self.expr(r);
                    return self.bind(l, vs, define, is_fresh(r));
                }
                let mut values: Vec<Vals> = Vec::with_capacity(rhs.len());
                if rhs.len() == 1 && lhs.len() > 1 {
                    values = self.split_multi(&rhs[0]);
                    let targets: Vec<TypeId> = lhs.iter().map(|l| self.lhs_type(l, None)).collect();
                    values = self.convert_spread(rhs, values, &targets);
                } else {
                    for r in rhs {
                        values.push(self.expr(r));
                    }
                }
                // Tuple assignment: evaluate every right side into temporaries first.
                let single = lhs.len() == 1;
                let mut staged: Vec<Vals> = Vec::with_capacity(values.len());
                for (i, vs) in values.into_iter().enumerate() {
                    if single {
                        staged.push(vs);
                        continue;
                    }
                    let mut t = self.lhs_type(&lhs[i], rhs.get(i));
                    // `_` takes the type of its result of a multi-value call (`x, _ = f()`).
                    if let (crate::types::INVALID, [r]) = (t, rhs) {
                        if let Type::Tuple(ts) = info.types.get(info.expr_type(r)) {
                            t = ts.get(i).copied().unwrap_or(t);
                        }
                    }
                    let vts = vals(info, t);
                    let mut out = Vals::new();
                    if is_aggregate(info, t) {
                        // Copy: a later assignment in the tuple may overwrite the source.
                        let src = self.temp(vs[0].clone(), ValType::I32);
                        let cell = self.alloc(t, None, op_pos);
                        let size = self.size_of(t) as i32;
                        self.emit(S::mem_copy(E::Local(cell), E::Local(src), E::I32(size)));
                        staged.push(vals![E::Local(cell)]);
                        continue;
                    }
                    for (v, vt) in vs.into_iter().zip(vts) {
                        let l = self.new_local(vt);
                        self.emit(S::Set(l, v));
                        out.push(E::Local(l));
                    }
                    staged.push(out);
                }
                let mut staged = staged.into_iter();
                for (i, l) in lhs.iter().enumerate() {
                    let vs = staged.next().unwrap_or_default();
                    let fresh = rhs.len() == lhs.len() && is_fresh(&rhs[i]);
                    self.bind(l, vs, define, fresh);
                }
            }
        }
    }

    /// Assigns (or, for `:=`, declares) one left side of an assignment.
    fn bind(&mut self, l: &Expr, vs: Vals, define: bool, fresh: bool) {
        let info = self.info();
        if let ExprKind::Ident(n) = &l.kind {
            if n == "_" {
                for v in vs {
                    self.emit(S::Drop(v, 1));
                }
                return;
            }
            if define {
                if let Some(&obj) = info.defs.get(&l.pos) {
                    if !self.vars.contains_key(&obj) && !self.boxed.contains_key(&obj) {
                        let t = info.obj(obj).ty;
                        return self.declare_var(obj, t, Some(vs), fresh, l.pos);
                    }
                }
            }
        }
        self.store(l, vs);
    }

    /// Operands of left sides that call functions are evaluated before the right sides, as
    /// in gc (`m[k()] = v()` calls k first; a panic in v leaves m as it was), and only once.
    /// In a tuple assignment every other operand is copied first too: the spec evaluates
    /// the index operands and pointer indirections of all left sides before assigning any,
    /// so `x, a[x] = 1, 2` indexes with the old x.
    fn preset_lhs_operands(&mut self, lhs: &[Expr]) {
        let info = self.info();
        let tuple = lhs.len() > 1;
        for l in lhs {
            let l = strip(l);
            let ops: Vec<&Expr> = match &l.kind {
                ExprKind::Index(x, idx) => std::iter::once(&**x).chain(idx.iter()).collect(),
                ExprKind::Star(p) => vec![&**p],
                ExprKind::Selector(x, _) if qualified(info, l).is_none() => vec![&**x],
                _ => vec![],
            };
            for o in ops {
                if self.preset.contains_key(&o.id) {
                    continue;
                }
                let t = info.iface_conv.get(&o.id).copied().unwrap_or_else(|| info.expr_type(o));
                if self.calls_func(o) {
                    let v = self.expr(o);
                    let vs = self.temps(v, &vals(info, t));
                    self.preset.insert(o.id, vs);
                } else if tuple && info.const_value(o).is_none() && !is_aggregate(info, t) {
                    // a copy, not `temps`: a variable's own local would see the assignment
                    let v = self.expr(o);
                    let vs: Vals = v
                        .into_iter()
                        .zip(vals(info, t))
                        .map(|(v, vt)| {
                            let l = self.new_local(vt);
                            self.emit(S::Set(l, v));
                            E::Local(l)
                        })
                        .collect();
                    self.preset.insert(o.id, vs);
                }
            }
        }
    }

    /// Whether evaluating e calls a function or receives (not counting conversions and
    /// built-ins, whose order against other calls cannot be seen).
    fn calls_func(&self, e: &Expr) -> bool {
        let info = self.info();
        match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                let f = strip(fun);
                let builtin = info.uses.get(&f.id).is_some_and(|o| matches!(info.obj(*o).kind, ObjKind::Builtin(_)));
                if self.is_conversion(e) || builtin {
                    args.iter().any(|a| self.calls_func(a))
                } else {
                    true
                }
            }
            ExprKind::Unary(UnaryOp::Recv, _) => true,
            ExprKind::Paren(x) | ExprKind::Unary(_, x) | ExprKind::Star(x) | ExprKind::Selector(x, _) => self.calls_func(x),
            ExprKind::Binary { xy, .. } => xy.iter().any(|x| self.calls_func(x)),
            ExprKind::Index(x, idx) => self.calls_func(x) || idx.iter().any(|i| self.calls_func(i)),
            ExprKind::Slice { x, lo, hi, max } => self.calls_func(x) || [lo, hi, max].into_iter().flatten().any(|y| self.calls_func(y)),
            ExprKind::CompositeLit { elts, .. } => elts.iter().any(|el| self.calls_func(&el.value) || el.key.as_ref().is_some_and(|k| self.calls_func(k))),
            _ => false,
        }
    }

    fn lhs_type(&self, l: &Expr, r: Option<&Expr>) -> TypeId {
        let info = self.info();
        let t = info.expr_type(l);
        if t != crate::types::INVALID {
            return t;
        }
        if let Some(&obj) = info.defs.get(&l.pos) {
            return info.obj(obj).ty;
        }
        r.map(|r| info.expr_type(r)).unwrap_or(t)
    }

    /// A range clause's assignment of a value of type `from` (`_` discards it): converted
    /// when the variable is an interface.
    pub(super) fn store_range(&mut self, target: &Expr, vs: Vals, from: TypeId) {
        let info = self.info();
        let to = info.expr_type(target);
        if matches!(&strip(target).kind, ExprKind::Ident(n) if n == "_") {
            return;
        }
        let vs = if info.types.is_interface(to) && !info.types.is_interface(from) { self.to_iface(from, vs, target.pos) } else { vs };
        self.store(target, vs);
    }

    /// Assigns values to an addressable expression.
    pub(super) fn store(&mut self, target: &Expr, vs: Vals) {
        let info = self.info();
        let target = strip(target);
        match &target.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) if matches!(target.kind, ExprKind::Ident(_)) || qualified(info, target).is_some() => {
                let obj = info.uses.get(&target.id).copied().or_else(|| info.defs.get(&target.pos).copied());
                let Some(obj) = obj else { return };
                let t = info.obj(obj).ty;
                if let Some(&g) = self.l.boxed_globals.get(&obj) {
                    self.store_at(t, E::Global(g), vs);
                } else if let Some(&b) = self.boxed.get(&obj) {
                    self.store_at(t, E::Local(b), vs);
                } else if is_aggregate(info, t) && self.vars.contains_key(&obj) {
                    let dst = E::Local(self.vars[&obj][0]);
                    self.store_at(t, dst, vs);
                } else if let Some(ls) = self.vars.get(&obj).cloned() {
                    let vs: Vals = if vs.len() > 1 { vs.into_iter().zip(vals(info, t)).map(|(v, vt)| E::Local(self.temp(v, vt))).collect() } else { vs };
                    for (l, v) in ls.iter().zip(vs) {
                        self.emit(S::Set(*l, v));
                    }
                } else if let Some(gs) = self.l.globals.get(&obj).cloned() {
                    for (g, v) in gs.into_iter().zip(vs) {
                        self.set_global(g, v);
                    }
                } else {
                    self.err(target.pos, format!("internal error: assignment to {}, which has no local, cell or global", info.obj(obj).name));
                }
            }
            ExprKind::Star(_) | ExprKind::Selector(..) | ExprKind::Index(..) => {
                let t = info.expr_type(target);
                // Values first: Go evaluates index operands and pointer indirections before
                // the assignment, but a panic in them must come after the right side.
                let vs: Vals = vs.into_iter().zip(vals(info, t)).map(|(v, vt)| E::Local(self.temp(v, vt))).collect();
                match self.addr_of(target) {
                    Some(a) => self.store_at(t, a, vs),
                    None => self.err(target.pos, "internal error: assignment to an operand that is not addressable"),
                }
            }
            _ => self.err(target.pos, "internal error: assignment to an expression that is not an operand"),
        }
    }

    fn ret(&mut self, results: &[Expr]) {
        let out = (!results.is_empty()).then(|| self.result_vals(results));
        self.ret_vals(out);
    }

    /// The values of a return statement's results, in a range-over-func body those of the
    /// function the loop is in (a multi-value call is spread, each of its results converted
    /// to that function's result type).
    pub(super) fn result_vals(&mut self, results: &[Expr]) -> Vals {
        let info = self.info();
        let mut out = Vals::new();
        if results.len() == 1 && self.returned().0.len() > 1 && matches!(info.types.get(info.expr_type(&results[0])), Type::Tuple(_)) {
            let go = self.returned().1.to_vec();
            let values = self.split_multi(&results[0]);
            for v in self.convert_spread(results, values, &go) {
                out.extend(v);
            }
        } else {
            for r in results {
                out.extend(self.expr(r));
            }
        }
        out
    }

    /// Returns the given values (None: a bare return).
    pub(super) fn ret_vals(&mut self, out: Option<Vals>) {
        if self.dbase.is_some() {
            return self.ret_deferred(out);
        }
        match out {
            None => self.return_named_results(),
            Some(out) => self.emit(S::Return(out.into_vec())),
        }
    }

    /// A return in a function with defer statements: results are set, deferred calls run,
    /// then the (named) results are returned.
    fn ret_deferred(&mut self, out: Option<Vals>) {
        let given = out.is_some();
        let out = out.unwrap_or_default();
        let vts = self.results.clone();
        let temps: Vals = out.into_iter().zip(vts).map(|(v, vt)| E::Local(self.temp(v, vt))).collect();
        if self.result_slots.is_empty() {
            self.run_defers();
            self.emit(S::Return(temps.into_vec()));
            return;
        }
        if given {
            self.set_results(temps);
        }
        self.run_defers();
        self.return_named_results();
    }

    /// Returns the named results, reloading those that closures captured into cells.
    fn return_named_results(&mut self) {
        for (ids, t, cell) in self.boxed_results.clone() {
            let vs = self.load_at(t, E::Local(cell));
            for (l, v) in ids.into_iter().zip(vs) {
                self.emit(S::Set(l, v));
            }
        }
        let vs = self.named_results.iter().map(|l| E::Local(*l)).collect();
        self.emit(S::Return(vs));
    }
}
