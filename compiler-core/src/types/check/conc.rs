//! Checking of goroutines and channels: `go`, function literals (and what they capture),
//! channel operations, `make(chan T, n)`, `close`, `select`.

use crate::diag::Pos;
use crate::fx::{FxNew, HashMap};
use crate::syntax::ast::{AssignOp, Block, CommClause, Expr, ExprKind, FuncType, Stmt, StmtKind, UnaryOp};
use crate::types::{Basic, ChanDirKey, INVALID, Type, TypeId};
use crate::types::info::{Builtin, ObjId, ObjKind};
use super::{Checker, FuncCtx, Mode, Operand};
use super::expr::strip_parens;
use super::exprstring::expr_string;

impl Checker {
    /// Records that the identifier `name` (resolved to `id`) is used inside function literals
    /// that enclose it less deeply than its declaration: those literals capture it.
    pub(super) fn note_capture(&mut self, name: &str, id: ObjId) {
        if self.lits.is_empty() || self.info.objects[id as usize].global || self.info.objects[id as usize].kind != ObjKind::Var {
            return;
        }
        let Some(depth) = self.scopes.depth_of(&self.info.objects, name, id) else { return };
        for (lit, base, range_body) in self.lits.clone() {
            if depth < base {
                // Captured by reference: the variable lives in a heap cell.
                self.info.objects[id as usize].escapes = true;
                let caps = if range_body { self.info.range_captures.get_or_default(lit) } else { self.info.captures.get_or_default(lit) };
                if !caps.contains(&id) {
                    caps.push(id);
                }
            }
        }
    }

    /// A function literal: its signature, then its body as a function of its own.
    pub(super) fn func_lit(&mut self, e: &Expr, ty: &FuncType, body: &Block) -> Operand {
        let sig_t = self.signature(ty);
        let sig = match self.t().get(sig_t).clone() {
            Type::Func(s) => s,
            _ => return Operand::invalid(e.id),
        };
        self.lits.push((e.id, self.scopes.depth(), false));
        self.scopes.open();
        self.funcs.push(FuncCtx {
            results: sig.results.clone(),
            named_results: ty.results.iter().any(|r| !r.names.is_empty()),
            locals: Vec::new(),
            labels: HashMap::new(),
        });
        let saved_breakables = std::mem::take(&mut self.breakables);
        self.func_body(ty, &sig, body);
        self.breakables = saved_breakables;
        self.scopes.close();
        self.lits.pop();
        Operand { mode: Mode::Value, ty: sig_t, val: None, id: e.id }
    }

    /// `go f(x)` and `defer f(x)` (`word` is the keyword).
    pub(super) fn go_stmt(&mut self, s: &Stmt, e: &Expr, word: &str) {
        let ExprKind::Call { fun, .. } = &strip_parens(e).kind else {
            self.expr_multi(e);
            self.error(e.pos, format!("expression in {word} must be function call"));
            return;
        };
        let fo = self.expr_multi(e);
        if fo.mode == Mode::Invalid {
            return;
        }
        if matches!(self.builtin_of(fun), Mode::Builtin(_)) || self.info.exprs.get(&fun.id).is_some_and(|i| i.is_type) {
            let allowed = matches!(self.builtin_of(fun), Mode::Builtin(Builtin::Print | Builtin::Println | Builtin::Panic | Builtin::Copy | Builtin::Delete | Builtin::Clear | Builtin::Close | Builtin::Recover));
            if !allowed {
                let _ = s;
                let what = self.operand_string(e, &fo);
                self.error(e.pos, format!("{word} discards result of {what}"));
            }
        }
    }

    fn chan_of(&self, t: TypeId) -> Option<(ChanDirKey, TypeId)> {
        match self.t().under_type(t) {
            Type::Chan(d, el) => Some((*d, *el)),
            _ => None,
        }
    }

    /// `<-x`; in a multi-value context it may also give `ok` (`v, ok := <-x`).
    pub(super) fn recv_expr(&mut self, e: &Expr, x: &Expr, multi: bool) -> Operand {
        let xo = self.expr(x, None);
        if xo.mode == Mode::Invalid {
            return Operand::invalid(e.id);
        }
        let Some((dir, el)) = self.chan_of(xo.ty) else {
            let s = self.operand_string(x, &xo);
            self.error(e.pos, format!("invalid operation: cannot receive from non-channel {s}"));
            return Operand::invalid(e.id);
        };
        if dir == ChanDirKey::Send {
            let s = self.operand_string(x, &xo);
            self.error(x.pos, format!("invalid operation: cannot receive from send-only channel {} {s}", self.ty_str(xo.ty)));
            return Operand::invalid(e.id);
        }
        // Comma-ok: the lowering sees the two-variable context (tuple_types gives elem, bool).
        if multi {
            return Operand { mode: Mode::CommaOk, ty: el, val: None, id: e.id };
        }
        Operand { mode: Mode::Value, ty: el, val: None, id: e.id }
    }

    pub(super) fn send_stmt(&mut self, ch: &Expr, value: &Expr) {
        let co = self.expr(ch, None);
        if co.mode == Mode::Invalid {
            self.expr(value, None);
            return;
        }
        if self.is_param(co.ty) {
            self.send_param(ch, &co, value);
            return;
        }
        let Some((dir, el)) = self.chan_of(co.ty) else {
            self.expr(value, None);
            let s = self.operand_string(ch, &co);
            self.error(ch.pos, format!("invalid operation: cannot send to non-channel {s}"));
            return;
        };
        if dir == ChanDirKey::Recv {
            self.expr(value, None);
            let s = self.operand_string(ch, &co);
            self.error(ch.pos, format!("invalid operation: cannot send to receive-only channel {} {s}", self.ty_str(co.ty)));
            return;
        }
        let mut vo = self.expr(value, Some(el));
        self.assign_op(&mut vo, el, value, "send");
    }

    /// `make(chan T)` / `make(chan T, n)`; `None` when the type is not a channel.
    pub(super) fn make_chan(&mut self, e: &Expr, args: &[Expr]) -> Option<Operand> {
        let first = args.first()?;
        let t = self.type_expr(first);
        self.chan_of(t)?;
        if args.len() > 2 {
            self.error(args[2].pos, format!("invalid operation: {} expects 1 or 2 arguments; found {}", expr_string(e), args.len()));
            return Some(Operand::invalid(e.id));
        }
        if let Some(n) = args.get(1) {
            let int = self.basic(Basic::Int);
            let mut o = self.expr(n, Some(int));
            if o.mode != Mode::Invalid {
                let is_int = self.t().basic_of(o.ty).is_some_and(|b| b.is_integer() || (b.is_untyped() && o.val.as_ref().is_some_and(|v| v.as_int().is_some())));
                if !is_int {
                    let s = self.operand_string(n, &o);
                    self.error(n.pos, format!("cannot convert {s} to type int"));
                } else if self.t().is_untyped(o.ty) {
                    self.assign_op(&mut o, int, n, "argument to make");
                    if o.val.as_ref().and_then(|v| v.as_int()).is_some_and(|v| v < 0) {
                        self.error(n.pos, format!("invalid argument: index {} (constant of type int) must not be negative", expr_string(n)));
                    }
                }
            }
        }
        Some(Operand { mode: Mode::Value, ty: t, val: None, id: e.id })
    }

    /// `close(ch)`; `None` when the argument is not a channel.
    pub(super) fn close_chan(&mut self, e: &Expr, args: &[Expr]) -> Operand {
        let none = Operand { mode: Mode::NoValue, ty: INVALID, val: None, id: e.id };
        if args.len() != 1 {
            self.error(e.pos, format!("not enough arguments for close() (expected 1, found {})", args.len()));
            return Operand::invalid(e.id);
        }
        let o = self.expr(&args[0], None);
        if o.mode == Mode::Invalid {
            return none;
        }
        match self.chan_of(o.ty) {
            Some((ChanDirKey::Recv, _)) => {
                let s = self.operand_string(&args[0], &o);
                self.error(args[0].pos, format!("invalid operation: cannot close receive-only channel {s}"));
            }
            Some(_) => {}
            None => {
                let s = self.operand_string(&args[0], &o);
                self.error(args[0].pos, format!("invalid operation: non-chan argument {s}"));
            }
        }
        none
    }

    /// len/cap of a channel operand; `None` for other types.
    pub(super) fn chan_len(&mut self, e: &Expr, o: &Operand) -> Option<Operand> {
        self.chan_of(o.ty)?;
        let int = self.basic(Basic::Int);
        Some(Operand { mode: Mode::Value, ty: int, val: None, id: e.id })
    }

    /// The element type for `range ch`.
    pub(super) fn range_chan(&mut self, x: &Expr, op: &Operand, value: Option<&Expr>) -> Option<TypeId> {
        let t = op.ty;
        let (dir, el) = self.chan_of(t)?;
        if dir == ChanDirKey::Send {
            self.error(x.pos, format!("cannot range over {}: receive from send-only channel {}", self.operand_string(x, op), self.ty_str(t)));
        }
        if let Some(v) = value {
            self.error(v.pos, format!("range over {} permits only one iteration variable", self.operand_string(x, op)));
        }
        Some(el)
    }

    /// `select`: each case is a send, a receive (possibly assigned), or default.
    pub(super) fn select_stmt(&mut self, clauses: &[CommClause]) {
        let mut default: Option<Pos> = None;
        for c in clauses {
            self.open_scope();
            match &c.comm {
                None => {
                    if let Some(first) = default {
                        let (_, _) = (first, ());
                        self.error(c.pos, "multiple defaults in select");
                    }
                    default = Some(c.pos);
                }
                Some(s) => {
                    let ok = match &s.kind {
                        StmtKind::Send { .. } => true,
                        StmtKind::Expr(x) => matches!(strip_parens(x).kind, ExprKind::Unary(UnaryOp::Recv, _)),
                        StmtKind::Assign { rhs, lhs, op, .. } => {
                            rhs.len() == 1 && lhs.len() <= 2 && matches!(strip_parens(&rhs[0]).kind, ExprKind::Unary(UnaryOp::Recv, _)) && !matches!(op, AssignOp::Op(_))
                        }
                        _ => false,
                    };
                    if ok {
                        self.stmt(s);
                    } else {
                        self.error(s.pos, "select case must be receive, send or assign recv");
                    }
                }
            }
            self.open_scope();
            self.block_stmts(&c.body);
            self.close_scope();
            self.close_scope();
        }
    }
}
