//! Parsing a compilation's files: natively one file per worker when `threads` allows
//! (`par`), in the page one after another.
//!
//! Node ids and positions come out as from parsing the files one after another: every file
//! has its base position before parsing starts, each file numbers its expressions from 0,
//! and then its ids are shifted by the number of expressions in the files before it.

use super::ast::{Block, CaseClause, CommClause, Decl, Expr, ExprKind, Field, File, FuncType, InterfaceElem, NodeId, Stmt, StmtKind};
use super::lexer::{lex, Lexed};
use super::parser::parse_lexed;
use crate::diag::{Diags, Pos};

/// Parses `texts[i]` (lexed as `lexed[i]`, or lexed here when that is `None`) at position
/// `bases[i]`, in order: ids are taken from `next_id`, errors go to `diags` in file order.
pub fn parse_all(texts: &[&str], lexed: Vec<Option<Lexed>>, bases: &[Pos], threads: usize, next_id: &mut NodeId, diags: &mut Diags) -> Vec<File> {
    let lexed_of = |i: usize, lexed: Option<Lexed>| lexed.unwrap_or_else(|| lex(texts[i]));
    // wasm32 has no threads: the page's compiler carries no threaded code.
    if threads.min(texts.len()) <= 1 || cfg!(target_arch = "wasm32") {
        return lexed.into_iter().enumerate().map(|(i, lexed)| parse_lexed(texts[i], lexed_of(i, lexed), bases[i], next_id, diags)).collect();
    }
    let mut jobs: Vec<(Option<Lexed>, Option<(File, Diags, NodeId)>)> = lexed.into_iter().map(|l| (l, None)).collect();
    crate::par::each_mut(&mut jobs, threads, || (), |_, i, (lexed, out)| {
        let (mut ids, mut file_diags) = (0, Diags::default());
        let file = parse_lexed(texts[i], lexed_of(i, lexed.take()), bases[i], &mut ids, &mut file_diags);
        *out = Some((file, file_diags, ids));
    });
    let mut parsed: Vec<(File, NodeId)> = Vec::with_capacity(jobs.len());
    for (file, file_diags, ids) in jobs.into_iter().filter_map(|(_, out)| out) {
        diags.append(file_diags);
        parsed.push((file, *next_id));
        *next_id += ids;
    }
    crate::par::each_mut(&mut parsed, threads, || (), |_, _, (file, by)| shift_file(file, *by));
    parsed.into_iter().map(|(file, _)| file).collect()
}

fn shift_file(file: &mut File, by: NodeId) {
    if by != 0 {
        file.decls.iter_mut().for_each(|d| decl(d, by));
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

fn cases(clauses: &mut [CaseClause], by: NodeId) {
    for c in clauses {
        c.exprs.iter_mut().flatten().for_each(|e| expr(e, by));
        stmts(&mut c.body, by);
    }
}

fn stmt(s: &mut Stmt, by: NodeId) {
    match &mut s.kind {
        StmtKind::Empty | StmtKind::Bad | StmtKind::Branch { .. } => {}
        StmtKind::Decl(d) => decl(d, by),
        StmtKind::Labeled { stmt: s, .. } => stmt(s, by),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec { x: e, .. } => expr(e, by),
        StmtKind::Send { ch, value } => {
            expr(ch, by);
            expr(value, by);
        }
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter_mut().chain(rhs).for_each(|e| expr(e, by)),
        StmtKind::Return(es) => es.iter_mut().for_each(|e| expr(e, by)),
        StmtKind::Block(b) => block(b, by),
        StmtKind::If { init, cond, then, els } => {
            opt_stmt(init, by);
            expr(cond, by);
            block(then, by);
            opt_stmt(els, by);
        }
        StmtKind::Switch { init, tag, clauses, .. } => {
            opt_stmt(init, by);
            tag.iter_mut().for_each(|e| expr(e, by));
            cases(clauses, by);
        }
        StmtKind::TypeSwitch { init, x, clauses, .. } => {
            opt_stmt(init, by);
            expr(x, by);
            cases(clauses, by);
        }
        StmtKind::Select { clauses, .. } => {
            for CommClause { comm, body, .. } in clauses {
                opt_stmt(comm, by);
                stmts(body, by);
            }
        }
        StmtKind::For { init, cond, post, body } => {
            opt_stmt(init, by);
            cond.iter_mut().for_each(|e| expr(e, by));
            opt_stmt(post, by);
            block(body, by);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            key.iter_mut().chain(value.iter_mut()).for_each(|e| expr(e, by));
            expr(x, by);
            block(body, by);
        }
    }
}

fn opt(e: &mut Option<Box<Expr>>, by: NodeId) {
    e.iter_mut().for_each(|e| expr(e, by));
}

fn expr(e: &mut Expr, by: NodeId) {
    e.id += by;
    match &mut e.kind {
        ExprKind::Bad | ExprKind::Ident(_) | ExprKind::BasicLit { .. } => {}
        ExprKind::CompositeLit { ty, elts, .. } => {
            opt(ty, by);
            for el in elts {
                el.key.iter_mut().for_each(|k| expr(k, by));
                expr(&mut el.value, by);
            }
        }
        ExprKind::FuncLit { ty, body } => {
            func_type(ty, by);
            block(body, by);
        }
        ExprKind::Paren(x) | ExprKind::Selector(x, _) | ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::ChanType { elem: x, .. } => expr(x, by),
        ExprKind::Index(x, args) | ExprKind::Call { fun: x, args, .. } => {
            expr(x, by);
            args.iter_mut().for_each(|a| expr(a, by));
        }
        ExprKind::Slice { x, lo, hi, max } => {
            expr(x, by);
            opt(lo, by);
            opt(hi, by);
            opt(max, by);
        }
        ExprKind::TypeAssert { x, ty } => {
            expr(x, by);
            opt(ty, by);
        }
        ExprKind::Binary { xy, .. } => xy.iter_mut().for_each(|x| expr(x, by)),
        ExprKind::ArrayType { len, elem, .. } => {
            opt(len, by);
            expr(elem, by);
        }
        ExprKind::StructType(fs) => fields(fs, by),
        ExprKind::FuncType(t) => func_type(t, by),
        ExprKind::InterfaceType(elems) => {
            for el in elems {
                match el {
                    InterfaceElem::Method { ty, .. } => func_type(ty, by),
                    InterfaceElem::Embed(x) => expr(x, by),
                }
            }
        }
        ExprKind::MapType { key, value } => {
            expr(key, by);
            expr(value, by);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_all;
    use crate::diag::{Diags, Pos};
    use crate::syntax::{lexer::lex, parse_file};

    fn go_files(dir: &std::path::Path, out: &mut Vec<String>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                go_files(&path, out);
            } else if path.extension().is_some_and(|x| x == "go") {
                out.push(std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }

    /// The standard library's and testdata's files (syntax errors included, every other one
    /// lexed before) parse on two threads into the trees, ids, positions and diagnostics of a
    /// parse in order.
    #[test]
    fn parallel_parse_is_the_sequential_parse() {
        let mut texts: Vec<String> = crate::stdpkg::PACKAGES.iter().flat_map(|p| p.files.iter().map(|(_, text)| text.to_string())).collect();
        go_files(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata")), &mut texts);
        assert!(texts.len() > 1000, "{} files", texts.len());
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let mut bases: Vec<Pos> = Vec::new();
        let mut at: Pos = 7;
        for t in &texts {
            bases.push(at);
            at += t.len() as Pos + 1;
        }
        let (mut next_id, mut diags) = (3, Diags::default());
        let want: Vec<_> = texts.iter().zip(&bases).map(|(t, &base)| parse_file(t, base, &mut next_id, &mut diags)).collect();
        let (mut par_id, mut par_diags) = (3, Diags::default());
        let lexed = texts.iter().enumerate().map(|(i, t)| (i % 2 == 0).then(|| lex(t))).collect();
        let got = parse_all(&texts, lexed, &bases, 2, &mut par_id, &mut par_diags);
        assert_eq!(par_id, next_id);
        assert!(!diags.is_empty());
        assert_eq!(format!("{par_diags:?}"), format!("{diags:?}"));
        assert_eq!(got.len(), want.len());
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            assert!(g == w, "file {i} differs");
        }
    }
}
