//! Where things are in the user's files, for queries by position: identifier expressions and
//! selectors by the position of their name, and the ranges of the scopes a local name may be
//! declared in (function, block, `if`, `for`, `switch` and `select` clauses).

use crate::diag::Pos;
use crate::fx::{FxNew, HashMap};
use crate::syntax::ast::{Block, CaseClause, CommClause, Decl, Element, Expr, ExprKind, Field, File, FuncType, InterfaceElem, Stmt, StmtKind};
use crate::syntax::ast::NodeId;

#[derive(Default)]
pub(super) struct Index {
    /// Identifier expressions by position.
    pub idents: HashMap<Pos, NodeId>,
    /// Selectors `x.sel` by the position of `sel`: (the selector's node, `x`'s node).
    pub selectors: HashMap<Pos, (NodeId, NodeId)>,
    /// Scope ranges, (start, end) inclusive.
    pub scopes: Vec<(Pos, Pos)>,
}

impl Index {
    pub fn of(files: &[File]) -> Index {
        let mut ix = Index { idents: HashMap::new(), selectors: HashMap::new(), scopes: Vec::new() };
        for f in files {
            for d in &f.decls {
                ix.decl(d);
            }
        }
        ix
    }

    /// The innermost scope holding `pos`, if any (else `pos` is at package level).
    pub fn scope_of(&self, pos: Pos) -> Option<(Pos, Pos)> {
        self.scopes.iter().filter(|(s, e)| *s <= pos && pos <= *e).min_by_key(|(s, e)| e - s).copied()
    }

    fn decl(&mut self, d: &Decl) {
        match d {
            Decl::Const(specs) => {
                for s in specs {
                    self.opt(s.ty.as_ref());
                    self.exprs(&s.values);
                }
            }
            Decl::Var(specs) => {
                for s in specs {
                    self.opt(s.ty.as_ref());
                    self.exprs(&s.values);
                }
            }
            Decl::Type(specs) => {
                for s in specs {
                    self.fields(&s.tparams);
                    self.expr(&s.ty);
                }
            }
            Decl::Func(f) => {
                if let Some(body) = &f.body {
                    self.scopes.push((f.pos, body.rbrace));
                }
                if let Some(r) = &f.recv {
                    self.expr(&r.ty);
                }
                self.fields(&f.tparams);
                self.func_type(&f.ty);
                if let Some(b) = &f.body {
                    self.block(b);
                }
            }
            Decl::Bad(_) => {}
        }
    }

    fn fields(&mut self, fs: &[Field]) {
        for f in fs {
            self.expr(&f.ty);
        }
    }

    fn func_type(&mut self, t: &FuncType) {
        self.fields(&t.params);
        self.fields(&t.results);
    }

    fn opt(&mut self, e: Option<&Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn exprs(&mut self, es: &[Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Bad | ExprKind::BasicLit { .. } => {}
            ExprKind::Ident(_) => {
                self.idents.insert(e.pos, e.id);
            }
            ExprKind::CompositeLit { ty, elts, .. } => {
                self.opt(ty.as_deref());
                for Element { key, value } in elts {
                    self.opt(key.as_ref());
                    self.expr(value);
                }
            }
            ExprKind::FuncLit { ty, body } => {
                self.scopes.push((ty.pos, body.rbrace));
                self.func_type(ty);
                self.block(body);
            }
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => self.expr(x),
            ExprKind::Selector(x, sel) => {
                self.selectors.insert(sel.pos, (e.id, x.id));
                self.expr(x);
            }
            ExprKind::Index(x, idx) => {
                self.expr(x);
                self.exprs(idx);
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.expr(x);
                for part in [lo, hi, max].into_iter().flatten() {
                    self.expr(part);
                }
            }
            ExprKind::TypeAssert { x, ty } => {
                self.expr(x);
                self.opt(ty.as_deref());
            }
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                self.exprs(args);
            }
            ExprKind::Binary { xy, .. } => self.exprs(&xy[..]),
            ExprKind::ArrayType { len, elem, .. } => {
                self.opt(len.as_deref());
                self.expr(elem);
            }
            ExprKind::StructType(fs) => self.fields(fs),
            ExprKind::FuncType(t) => self.func_type(t),
            ExprKind::InterfaceType(elems) => {
                for el in elems {
                    match el {
                        InterfaceElem::Method { ty, .. } => self.func_type(ty),
                        InterfaceElem::Embed(x) => self.expr(x),
                    }
                }
            }
            ExprKind::MapType { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            ExprKind::ChanType { elem, .. } => self.expr(elem),
        }
    }

    fn block(&mut self, b: &Block) {
        self.scopes.push((b.lbrace, b.rbrace));
        self.stmts(&b.stmts);
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn opt_stmt(&mut self, s: Option<&Stmt>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad | StmtKind::Branch { .. } => {}
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                self.exprs(lhs);
                self.exprs(rhs);
            }
            StmtKind::Return(es) => self.exprs(es),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If { init, cond, then, els } => {
                self.scopes.push((s.pos, if_end(then, els.as_deref())));
                self.opt_stmt(init.as_deref());
                self.expr(cond);
                self.block(then);
                self.opt_stmt(els.as_deref());
            }
            StmtKind::Switch { init, tag, clauses, rbrace } => {
                self.scopes.push((s.pos, *rbrace));
                self.opt_stmt(init.as_deref());
                self.opt(tag.as_ref());
                self.cases(clauses, *rbrace);
            }
            StmtKind::TypeSwitch { init, x, clauses, rbrace, .. } => {
                self.scopes.push((s.pos, *rbrace));
                self.opt_stmt(init.as_deref());
                self.expr(x);
                self.cases(clauses, *rbrace);
            }
            StmtKind::Select { clauses, rbrace } => {
                self.scopes.push((s.pos, *rbrace));
                self.comms(clauses, *rbrace);
            }
            StmtKind::For { init, cond, post, body } => {
                self.scopes.push((s.pos, body.rbrace));
                self.opt_stmt(init.as_deref());
                self.opt(cond.as_ref());
                self.opt_stmt(post.as_deref());
                self.block(body);
            }
            StmtKind::Range { key, value, x, body, .. } => {
                self.scopes.push((s.pos, body.rbrace));
                self.opt(key.as_ref());
                self.opt(value.as_ref());
                self.expr(x);
                self.block(body);
            }
        }
    }

    fn cases(&mut self, clauses: &[CaseClause], rbrace: Pos) {
        for (i, c) in clauses.iter().enumerate() {
            let end = clauses.get(i + 1).map_or(rbrace, |n| n.pos.saturating_sub(1));
            self.scopes.push((c.colon, end));
            if let Some(es) = &c.exprs {
                self.exprs(es);
            }
            self.stmts(&c.body);
        }
    }

    fn comms(&mut self, clauses: &[CommClause], rbrace: Pos) {
        for (i, c) in clauses.iter().enumerate() {
            let end = clauses.get(i + 1).map_or(rbrace, |n| n.pos.saturating_sub(1));
            self.scopes.push((c.pos, end));
            self.opt_stmt(c.comm.as_deref());
            self.stmts(&c.body);
        }
    }
}

/// Where an `if` statement ends: its last block's closing brace.
fn if_end(then: &Block, els: Option<&Stmt>) -> Pos {
    match els.map(|s| &s.kind) {
        Some(StmtKind::Block(b)) => b.rbrace,
        Some(StmtKind::If { then, els, .. }) => if_end(then, els.as_deref()),
        _ => then.rbrace,
    }
}
