//! Statements, blocks and function bodies, as go/printer's nodes.go prints them.

use super::exprs::{strip_parens_always, Node, LE};
use super::printer::{Printer, Ws, NO_EXTRA_LINEBREAK};
use super::source::{Off, NOPOS};
use crate::syntax::ast::{AssignOp, BinaryOp, Block, BranchKind, CaseClause, CommClause, Expr, ExprKind, Stmt, StmtKind, UnaryOp};
use crate::syntax::token::{Op, T};

/// An element of a statement list: a statement or a clause of a switch or select.
#[derive(Clone, Copy)]
enum SL<'t> {
    S(&'t Stmt),
    Case(&'t CaseClause),
    Comm(&'t CommClause),
}

fn assign_tok(op: AssignOp) -> T {
    match op {
        AssignOp::Assign => T::Assign,
        AssignOp::Define => T::Define,
        AssignOp::Op(b) => T::OpAssign(match b {
            BinaryOp::Add => Op::Add,
            BinaryOp::Sub => Op::Sub,
            BinaryOp::Mul => Op::Mul,
            BinaryOp::Div => Op::Quo,
            BinaryOp::Rem => Op::Rem,
            BinaryOp::And => Op::And,
            BinaryOp::Or => Op::Or,
            BinaryOp::Xor => Op::Xor,
            BinaryOp::Shl => Op::Shl,
            BinaryOp::Shr => Op::Shr,
            _ => Op::AndNot,
        }),
    }
}

fn is_type_name(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Ident(_) => true,
        ExprKind::Selector(y, _) => is_type_name(y),
        _ => false,
    }
}

/// Whether `x` holds a composite literal with a type name outside parentheses: in a control
/// clause its parentheses must stay.
fn has_typed_composite(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Paren(_) => false,
        ExprKind::CompositeLit { ty, .. } => ty.as_deref().is_some_and(is_type_name),
        ExprKind::Selector(y, _) | ExprKind::Star(y) | ExprKind::Unary(_, y) => has_typed_composite(y),
        ExprKind::Binary { xy, .. } => has_typed_composite(&xy[0]) || has_typed_composite(&xy[1]),
        ExprKind::Index(y, args) => has_typed_composite(y) || args.iter().any(has_typed_composite),
        ExprKind::Slice { x, lo, hi, max } => has_typed_composite(x) || [lo, hi, max].iter().any(|e| e.as_deref().is_some_and(has_typed_composite)),
        ExprKind::TypeAssert { x, ty } => has_typed_composite(x) || ty.as_deref().is_some_and(has_typed_composite),
        ExprKind::Call { fun, args, .. } => has_typed_composite(fun) || args.iter().any(has_typed_composite),
        _ => false,
    }
}

fn strip_parens(x: &Expr) -> &Expr {
    match &x.kind {
        ExprKind::Paren(inner) if !has_typed_composite(inner) => strip_parens(inner),
        _ => x,
    }
}

fn is_composite_lit_like(x: &Expr) -> bool {
    let x = super::exprs::strip_parens_always(x);
    match &x.kind {
        ExprKind::CompositeLit { .. } => true,
        ExprKind::Unary(UnaryOp::Addr, y) => matches!(super::exprs::strip_parens_always(y).kind, ExprKind::CompositeLit { .. }),
        _ => false,
    }
}

impl<'s, 'a> Printer<'s, 'a> {
    fn sl_pos(&self, s: SL) -> Off {
        match s {
            SL::S(s) => self.src.off(s.pos),
            SL::Case(c) => self.src.off(c.pos),
            SL::Comm(c) => self.src.off(c.pos),
        }
    }

    fn stmt_list(&mut self, list: &[SL], nindent: i64, next_is_rbrace: bool) {
        if nindent > 0 {
            self.ws(Ws::Indent);
        }
        let slot = self.slots.len();
        self.slots.push(0);
        let mut i = 0;
        for s in list {
            if let SL::S(Stmt { kind: StmtKind::Empty, .. }) = s {
                continue;
            }
            if !self.output.is_empty() {
                let section = i == 0 || nindent == 0 || self.lines_from(self.slots[slot]) > 0;
                self.linebreak(self.line_for(self.sl_pos(*s)), 1, Ws::Ignore, section);
            }
            self.record_line(slot);
            let last = next_is_rbrace && i == list.len() - 1;
            match s {
                SL::S(st) => {
                    self.stmt(st, last);
                    let mut t: &Stmt = st;
                    while let StmtKind::Labeled { stmt, .. } = &t.kind {
                        self.slots[slot] += 1;
                        t = stmt;
                    }
                }
                SL::Case(c) => self.case_clause(c, last),
                SL::Comm(c) => self.comm_clause(c, last),
            }
            i += 1;
        }
        self.slots.truncate(slot);
        if nindent > 0 {
            self.ws(Ws::Unindent);
        }
    }

    fn stmts(&mut self, list: &[Stmt], nindent: i64, next_is_rbrace: bool) {
        let sl: Vec<SL> = list.iter().map(SL::S).collect();
        self.stmt_list(&sl, nindent, next_is_rbrace);
    }

    pub(super) fn block(&mut self, b: &Block, nindent: i64) {
        self.set_pos(self.src.off(b.lbrace));
        self.tok(T::LBrace);
        self.stmts(&b.stmts, nindent, true);
        self.clause_block_end(self.src.off(b.rbrace));
    }

    fn clause_block_end(&mut self, rbrace: Off) {
        self.linebreak(self.line_for(rbrace), 1, Ws::Ignore, true);
        self.set_pos(rbrace);
        self.tok(T::RBrace);
    }

    fn control_clause(&mut self, is_for: bool, init: Option<&Stmt>, expr: Option<&Expr>, post: Option<&Stmt>) {
        self.ws(Ws::Blank);
        let mut needs_blank = false;
        if init.is_none() && post.is_none() {
            if let Some(e) = expr {
                self.expr(strip_parens(e));
                needs_blank = true;
            }
        } else {
            if let Some(s) = init {
                self.stmt(s, false);
            }
            self.tok(T::Semi { auto: false });
            self.ws(Ws::Blank);
            if let Some(e) = expr {
                self.expr(strip_parens(e));
                needs_blank = true;
            }
            if is_for {
                self.tok(T::Semi { auto: false });
                self.ws(Ws::Blank);
                needs_blank = false;
                if let Some(s) = post {
                    self.stmt(s, false);
                    needs_blank = true;
                }
            }
        }
        if needs_blank {
            self.ws(Ws::Blank);
        }
    }

    fn indent_list(&self, list: &[Expr]) -> bool {
        if list.len() < 2 {
            return false;
        }
        let b = self.line_for(self.src.off(list[0].pos));
        let e = self.line_for(self.src.expr_end(&list[list.len() - 1]));
        if 0 < b && b < e {
            let mut n = 0;
            let mut line = b;
            for x in list {
                let xb = self.line_for(self.src.off(x.pos));
                let xe = self.line_for(self.src.expr_end(x));
                if line < xb {
                    return true;
                }
                if xb < xe && !is_composite_lit_like(x) {
                    n += 1;
                }
                line = xe;
            }
            return n > 1;
        }
        false
    }

    fn exprs(&mut self, prev: Off, list: &[Expr], depth: i64, mode: u8, next: Off) {
        let xs: Vec<LE> = list.iter().map(LE::E).collect();
        self.expr_list(prev, &xs, depth, mode, next);
    }

    fn case_clause(&mut self, c: &CaseClause, next_is_rbrace: bool) {
        self.set_pos(self.src.off(c.pos));
        let colon = self.src.off(c.colon);
        match &c.exprs {
            Some(list) => {
                self.tok(T::Case);
                self.ws(Ws::Blank);
                self.exprs(self.src.off(c.pos), list, 1, 0, colon);
            }
            None => self.tok(T::Default),
        }
        self.set_pos(colon);
        self.tok(T::Colon);
        self.stmts(&c.body, 1, next_is_rbrace);
    }

    fn comm_clause(&mut self, c: &CommClause, next_is_rbrace: bool) {
        self.set_pos(self.src.off(c.pos));
        match &c.comm {
            Some(s) => {
                self.tok(T::Case);
                self.ws(Ws::Blank);
                self.stmt(s, false);
            }
            None => self.tok(T::Default),
        }
        self.set_pos(self.src.off(c.colon));
        self.tok(T::Colon);
        self.stmts(&c.body, 1, next_is_rbrace);
    }

    /// The `{ ... }` of a switch or select: clauses at the statement's indentation.
    fn clause_body(&mut self, list: &[SL], rbrace: Off) {
        let lbrace = self.src.start(self.src.partner(self.src.tix(rbrace)));
        self.set_pos(lbrace);
        self.tok(T::LBrace);
        self.stmt_list(list, 0, true);
        self.clause_block_end(rbrace);
    }

    pub(super) fn stmt(&mut self, s: &Stmt, next_is_rbrace: bool) {
        let pos = self.src.off(s.pos);
        self.set_pos(pos);
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Decl(d) => self.local_decl(pos, d),
            StmtKind::Labeled { label, stmt } => {
                self.ws(Ws::Unindent);
                self.ident(label);
                self.set_pos(self.src.start(self.src.after(self.src.ident_end(label))));
                self.tok(T::Colon);
                self.ws(Ws::Indent);
                if matches!(stmt.kind, StmtKind::Empty) {
                    if !next_is_rbrace {
                        self.ws(Ws::Newline);
                        self.set_pos(self.src.off(stmt.pos));
                        self.tok(T::Semi { auto: false });
                        return;
                    }
                } else {
                    self.linebreak(self.line_for(self.src.off(stmt.pos)), 1, Ws::Ignore, true);
                }
                self.stmt(stmt, next_is_rbrace);
            }
            StmtKind::Expr(x) => self.expr0(x, 1),
            StmtKind::Send { ch, value } => {
                self.expr0(ch, 1);
                self.ws(Ws::Blank);
                self.set_pos(self.src.start(self.src.after(self.src.expr_end(ch))));
                self.tok(T::Arrow);
                self.ws(Ws::Blank);
                self.expr0(value, 1);
            }
            StmtKind::IncDec { x, inc } => {
                self.expr0(x, 2);
                self.set_pos(self.src.start(self.src.after(self.src.expr_end(x))));
                self.tok(if *inc { T::Inc } else { T::Dec });
            }
            StmtKind::Assign { lhs, op, op_pos, rhs } => {
                let depth = if lhs.len() > 1 && rhs.len() > 1 { 2 } else { 1 };
                let tok_pos = self.src.off(*op_pos);
                self.exprs(pos, lhs, depth, 0, tok_pos);
                self.ws(Ws::Blank);
                self.set_pos(tok_pos);
                self.tok(assign_tok(*op));
                self.ws(Ws::Blank);
                self.exprs(tok_pos, rhs, depth, 0, NOPOS);
            }
            StmtKind::Go(x) | StmtKind::Defer(x) => {
                let (word, tok) = if matches!(s.kind, StmtKind::Go(_)) { ("go", T::Go) } else { ("defer", T::Defer) };
                if !matches!(strip_parens_always(x).kind, ExprKind::Call { .. } | ExprKind::Bad) {
                    self.not_calls.push((x.pos, word));
                }
                self.tok(tok);
                self.ws(Ws::Blank);
                self.expr(x);
            }
            StmtKind::Return(results) => {
                self.tok(T::Return);
                if !results.is_empty() {
                    self.ws(Ws::Blank);
                    if self.indent_list(results) {
                        self.ws(Ws::Indent);
                        self.exprs(NOPOS, results, 1, super::exprs::NO_INDENT, NOPOS);
                        self.ws(Ws::Unindent);
                    } else {
                        self.exprs(NOPOS, results, 1, 0, NOPOS);
                    }
                }
            }
            StmtKind::Branch { kind, label } => {
                self.tok(match kind {
                    BranchKind::Break => T::Break,
                    BranchKind::Continue => T::Continue,
                    BranchKind::Goto => T::Goto,
                    BranchKind::Fallthrough => T::Fallthrough,
                });
                if let Some(l) = label {
                    self.ws(Ws::Blank);
                    self.ident(l);
                }
            }
            StmtKind::Block(b) => self.block(b, 1),
            StmtKind::If { init, cond, then, els } => {
                self.tok(T::If);
                self.control_clause(false, init.as_deref(), Some(cond), None);
                self.block(then, 1);
                if let Some(e) = els {
                    self.ws(Ws::Blank);
                    self.tok(T::Else);
                    self.ws(Ws::Blank);
                    self.stmt(e, next_is_rbrace);
                }
            }
            StmtKind::Switch { init, tag, clauses, rbrace } => {
                self.tok(T::Switch);
                self.control_clause(false, init.as_deref(), tag.as_ref(), None);
                let sl: Vec<SL> = clauses.iter().map(SL::Case).collect();
                self.clause_body(&sl, self.src.off(*rbrace));
            }
            StmtKind::TypeSwitch { init, bind, x, clauses, rbrace } => {
                self.tok(T::Switch);
                if let Some(i) = init {
                    self.ws(Ws::Blank);
                    self.stmt(i, false);
                    self.tok(T::Semi { auto: false });
                }
                self.ws(Ws::Blank);
                let lparen = self.src.after(self.src.expr_end(x)) + 1;
                let rparen = self.src.partner(lparen);
                // `bind := x.(type)` is an assignment: its right side may start a line.
                let mut broke = false;
                if let Some(b) = bind {
                    self.ident(b);
                    self.ws(Ws::Blank);
                    let tok_pos = self.src.start(self.src.after(self.src.ident_end(b)));
                    self.set_pos(tok_pos);
                    self.tok(T::Define);
                    self.ws(Ws::Blank);
                    let (prev, line) = (self.line_for(tok_pos), self.line_for(self.src.off(x.pos)));
                    let one_line = prev == line && line == self.line_for(self.src.start(rparen));
                    broke = !one_line && prev < line && self.linebreak(line, 0, Ws::Indent, true) > 0;
                }
                self.expr1(x, 7, 1);
                self.tok(T::Period);
                self.set_pos(self.src.start(lparen));
                self.tok(T::LParen);
                self.tok(T::Type);
                self.set_pos(self.src.start(rparen));
                self.tok(T::RParen);
                if broke {
                    self.ws(Ws::Unindent);
                }
                self.ws(Ws::Blank);
                let sl: Vec<SL> = clauses.iter().map(SL::Case).collect();
                self.clause_body(&sl, self.src.off(*rbrace));
            }
            StmtKind::Select { clauses, rbrace } => {
                self.tok(T::Select);
                self.ws(Ws::Blank);
                let rbrace = self.src.off(*rbrace);
                if clauses.is_empty() && !self.comment_before(self.pos_for(rbrace)) {
                    self.set_pos(self.src.start(self.src.partner(self.src.tix(rbrace))));
                    self.tok(T::LBrace);
                    self.set_pos(rbrace);
                    self.tok(T::RBrace);
                } else {
                    let sl: Vec<SL> = clauses.iter().map(SL::Comm).collect();
                    self.clause_body(&sl, rbrace);
                }
            }
            StmtKind::For { init, cond, post, body } => {
                self.tok(T::For);
                self.control_clause(true, init.as_deref(), cond.as_ref(), post.as_deref());
                self.block(body, 1);
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.tok(T::For);
                self.ws(Ws::Blank);
                if let Some(k) = key {
                    self.expr(k);
                    let mut last_end = self.src.expr_end(k);
                    if let Some(v) = value {
                        self.set_pos(self.src.off(v.pos));
                        self.tok(T::Comma);
                        self.ws(Ws::Blank);
                        self.expr(v);
                        last_end = self.src.expr_end(v);
                    }
                    self.ws(Ws::Blank);
                    self.set_pos(self.src.start(self.src.after(last_end)));
                    self.tok(if *define { T::Define } else { T::Assign });
                    self.ws(Ws::Blank);
                }
                self.tok(T::Range);
                self.ws(Ws::Blank);
                self.expr(strip_parens(x));
                self.ws(Ws::Blank);
                self.block(body, 1);
            }
        }
    }

    fn body_size(&mut self, b: &Block, max_size: i64) -> i64 {
        let (l, r) = (self.src.off(b.lbrace), self.src.off(b.rbrace));
        if self.line_for(l) != self.line_for(r) || b.stmts.len() > 5 {
            return max_size + 1;
        }
        let mut size = self.comment_size_before(self.pos_for(r));
        for (i, s) in b.stmts.iter().enumerate() {
            if size > max_size {
                break;
            }
            if i > 0 {
                size += 2;
            }
            size += self.node_size(Node::S(s), max_size);
        }
        size
    }

    /// A function body: on the header's line when small enough and written on one line.
    pub(super) fn func_body(&mut self, header_size: i64, sep: Ws, b: &Block) {
        let saved = self.level;
        self.level = 0;
        const MAX: i64 = 100;
        if header_size.saturating_add(self.body_size(b, MAX)) <= MAX {
            self.ws(sep);
            self.set_pos(self.src.off(b.lbrace));
            self.tok(T::LBrace);
            if !b.stmts.is_empty() {
                self.ws(Ws::Blank);
                for (i, s) in b.stmts.iter().enumerate() {
                    if i > 0 {
                        self.tok(T::Semi { auto: false });
                        self.ws(Ws::Blank);
                    }
                    self.stmt(s, i == b.stmts.len() - 1);
                }
                self.ws(Ws::Blank);
            }
            self.mode(NO_EXTRA_LINEBREAK);
            self.set_pos(self.src.off(b.rbrace));
            self.tok(T::RBrace);
            self.mode(NO_EXTRA_LINEBREAK);
            self.level = saved;
            return;
        }
        if sep != Ws::Ignore {
            self.ws(Ws::Blank);
        }
        self.block(b, 1);
        self.level = saved;
    }
}
