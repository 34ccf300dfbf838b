//! Several files parsed at once. Each file is independent but for its expression ids, which
//! continue from the previous file's: natively the files are parsed on threads (`par.rs`),
//! each numbering its expressions from 0, and then every id is moved past the files before
//! it, so the trees, ids and diagnostics are those of parsing the files one after another.
//! The page's compiler (wasm32) parses them in turn.

use super::ast::{File, NodeId};
use super::parse_file;
use crate::diag::{Diags, Pos};

/// Parses `files` (each text with the position of its first byte) as [`parse_file`] would
/// one after another, on up to `threads` workers.
#[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
pub fn parse_files(files: &[(&str, Pos)], next_id: &mut NodeId, diags: &mut Diags, threads: usize) -> Vec<File> {
    #[cfg(not(target_arch = "wasm32"))]
    if threads > 1 && files.len() > 1 {
        let parsed = crate::par::map(files.len(), threads, || (), |_, i| {
            let (mut ids, mut own) = (0, Diags::default());
            let file = parse_file(files[i].0, files[i].1, &mut ids, &mut own);
            (file, ids, own)
        });
        return parsed
            .into_iter()
            .map(|(mut file, ids, own)| {
                shift::file(&mut file, *next_id);
                *next_id += ids;
                diags.append(own);
                file
            })
            .collect();
    }
    files.iter().map(|&(text, base)| parse_file(text, base, next_id, diags)).collect()
}

/// Adds a number to every expression id of a tree. The matches name every variant, so a new
/// kind of node cannot be missed.
#[cfg(not(target_arch = "wasm32"))]
mod shift {
    use crate::syntax::ast::{Block, Decl, Expr, ExprKind, Field, File, FuncType, InterfaceElem, NodeId, Stmt, StmtKind};

    pub fn file(f: &mut File, by: NodeId) {
        if by != 0 {
            f.decls.iter_mut().for_each(|d| decl(d, by));
        }
    }

    fn decl(d: &mut Decl, by: NodeId) {
        match d {
            Decl::Const(specs) => specs.iter_mut().for_each(|s| {
                s.ty.iter_mut().chain(&mut s.values).for_each(|e| expr(e, by));
            }),
            Decl::Var(specs) => specs.iter_mut().for_each(|s| {
                s.ty.iter_mut().chain(&mut s.values).for_each(|e| expr(e, by));
            }),
            Decl::Type(specs) => specs.iter_mut().for_each(|s| {
                fields(&mut s.tparams, by);
                expr(&mut s.ty, by);
            }),
            Decl::Func(f) => {
                fields(f.recv.as_mut_slice(), by);
                fields(&mut f.tparams, by);
                func_type(&mut f.ty, by);
                f.body.iter_mut().for_each(|b| block(b, by));
            }
            Decl::Bad(_) => {}
        }
    }

    fn fields(fs: &mut [Field], by: NodeId) {
        fs.iter_mut().for_each(|f| expr(&mut f.ty, by));
    }

    fn func_type(t: &mut FuncType, by: NodeId) {
        fields(&mut t.params, by);
        fields(&mut t.results, by);
    }

    fn block(b: &mut Block, by: NodeId) {
        stmts(&mut b.stmts, by);
    }

    fn stmts(ss: &mut [Stmt], by: NodeId) {
        ss.iter_mut().for_each(|s| stmt(s, by));
    }

    fn opt_stmt(s: &mut Option<Box<Stmt>>, by: NodeId) {
        s.iter_mut().for_each(|s| stmt(s, by));
    }

    fn exprs<'a>(es: impl IntoIterator<Item = &'a mut Expr>, by: NodeId) {
        es.into_iter().for_each(|e| expr(e, by));
    }

    fn stmt(s: &mut Stmt, by: NodeId) {
        match &mut s.kind {
            StmtKind::Empty | StmtKind::Bad | StmtKind::Branch { .. } => {}
            StmtKind::Decl(d) => decl(d, by),
            StmtKind::Labeled { stmt: s, .. } => stmt(s, by),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec { x: e, .. } => expr(e, by),
            StmtKind::Send { ch, value } => exprs([ch, value], by),
            StmtKind::Assign { lhs, rhs, .. } => exprs(lhs.iter_mut().chain(rhs), by),
            StmtKind::Return(es) => exprs(es, by),
            StmtKind::Block(b) => block(b, by),
            StmtKind::If { init, cond, then, els } => {
                opt_stmt(init, by);
                expr(cond, by);
                block(then, by);
                opt_stmt(els, by);
            }
            StmtKind::Switch { init, tag, clauses, .. } => {
                opt_stmt(init, by);
                exprs(tag, by);
                clauses.iter_mut().for_each(|c| {
                    exprs(c.exprs.iter_mut().flatten(), by);
                    stmts(&mut c.body, by);
                });
            }
            StmtKind::TypeSwitch { init, x, clauses, .. } => {
                opt_stmt(init, by);
                expr(x, by);
                clauses.iter_mut().for_each(|c| {
                    exprs(c.exprs.iter_mut().flatten(), by);
                    stmts(&mut c.body, by);
                });
            }
            StmtKind::Select { clauses, .. } => clauses.iter_mut().for_each(|c| {
                opt_stmt(&mut c.comm, by);
                stmts(&mut c.body, by);
            }),
            StmtKind::For { init, cond, post, body } => {
                opt_stmt(init, by);
                exprs(cond, by);
                opt_stmt(post, by);
                block(body, by);
            }
            StmtKind::Range { key, value, x, body, .. } => {
                exprs(key.iter_mut().chain(value).chain([x]), by);
                block(body, by);
            }
        }
    }

    fn boxed<'a>(es: impl IntoIterator<Item = &'a mut Box<Expr>>, by: NodeId) {
        es.into_iter().for_each(|e| expr(e, by));
    }

    fn expr(e: &mut Expr, by: NodeId) {
        e.id += by;
        match &mut e.kind {
            ExprKind::Bad | ExprKind::Ident(_) | ExprKind::BasicLit { .. } => {}
            ExprKind::CompositeLit { ty, elts, .. } => {
                boxed(ty, by);
                elts.iter_mut().for_each(|el| exprs(el.key.iter_mut().chain([&mut el.value]), by));
            }
            ExprKind::FuncLit { ty, body } => {
                func_type(ty, by);
                block(body, by);
            }
            ExprKind::Paren(x) | ExprKind::Selector(x, _) | ExprKind::Star(x) | ExprKind::Unary(_, x) => expr(x, by),
            ExprKind::Index(x, es) => {
                expr(x, by);
                exprs(es, by);
            }
            ExprKind::Slice { x, lo, hi, max } => boxed([x].into_iter().chain(lo).chain(hi).chain(max), by),
            ExprKind::TypeAssert { x, ty } => boxed([x].into_iter().chain(ty), by),
            ExprKind::Call { fun, args, .. } => {
                expr(fun, by);
                exprs(args, by);
            }
            ExprKind::Binary { xy, .. } => exprs(xy.iter_mut(), by),
            ExprKind::ArrayType { len, elem, .. } => boxed(len.iter_mut().chain([elem]), by),
            ExprKind::StructType(fs) => fields(fs, by),
            ExprKind::FuncType(t) => func_type(t, by),
            ExprKind::InterfaceType(elems) => elems.iter_mut().for_each(|el| match el {
                InterfaceElem::Method { ty, .. } => func_type(ty, by),
                InterfaceElem::Embed(x) => expr(x, by),
            }),
            ExprKind::MapType { key, value } => boxed([key, value], by),
            ExprKind::ChanType { elem, .. } => expr(elem, by),
        }
    }
}
