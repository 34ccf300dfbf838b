//! Declarations and the file, as go/printer prints them, with gofmt's import sorting
//! (go/ast's SortImports): each run of imports without blank lines sorted by path, exact
//! duplicates dropped, comments moved with their import.

use super::exprs::{ParamMode, LE};
use super::printer::{Item, Printer, Ws};
use super::source::{Off, Src, NOPOS};
use crate::syntax::ast::{ConstSpec, Decl, Expr, File, FuncDecl, Ident, ImportSpec, TypeSpec, VarSpec};
use crate::syntax::token::T;

/// An import as printed: its slot's position after sorting.
#[derive(Clone)]
pub(super) struct Imp<'t> {
    name: Option<&'t Ident>,
    path: String,
    pos: Off,
    end: Off,
    /// The text of its line comment (the sort's last key; it also blocks dropping it).
    comment: Option<String>,
}

#[derive(Clone)]
pub(super) enum Spec<'t> {
    Import(Imp<'t>),
    Const(&'t ConstSpec),
    Var(&'t VarSpec),
    Type(&'t TypeSpec),
}

/// A declaration with what go/ast records and our tree does not: keyword and parentheses.
pub(super) enum TopDecl<'t> {
    Gen { kw: T, pos: Off, lparen: Option<usize>, specs: Vec<Spec<'t>> },
    Func { pos: Off, f: &'t FuncDecl },
}

struct ValueSpec<'t> {
    names: &'t [Ident],
    ty: Option<&'t Expr>,
    values: &'t [Expr],
}

fn value_spec<'t>(s: &Spec<'t>) -> Option<ValueSpec<'t>> {
    match s {
        Spec::Const(c) => Some(ValueSpec { names: &c.names, ty: c.ty.as_ref(), values: &c.values }),
        Spec::Var(v) => Some(ValueSpec { names: &v.names, ty: v.ty.as_ref(), values: &v.values }),
        _ => None,
    }
}

/// gofmt rewrites an import path literal to its canonical double-quoted form when it is a
/// plain path.
fn sanitize_import_path(raw: &str) -> String {
    let Some(inner) = raw.strip_prefix('`').and_then(|r| r.strip_suffix('`')) else { return raw.to_string() };
    const ILLEGAL: &str = "!\"#$%&'()*,:;<=>?[\\]^{|}`\u{FFFD}";
    if inner.is_empty() || inner.chars().any(|c| c.is_whitespace() || c.is_control() || ILLEGAL.contains(c) || !c.is_ascii()) {
        return raw.to_string();
    }
    format!("\"{inner}\"")
}

fn unquote(raw: &str) -> &str {
    raw.get(1..raw.len().saturating_sub(1)).unwrap_or("")
}

/// Splits the file's declarations as the source groups them: the tree keeps neither the
/// keywords' positions nor the parentheses, the tokens do.
pub(super) fn top_decls<'t>(src: &Src, file: &'t File) -> Option<Vec<TopDecl<'t>>> {
    let mut kws = Vec::new();
    let mut depth = 0i32;
    for (i, t) in src.toks.iter().enumerate() {
        match t.t {
            T::LParen | T::LBrack | T::LBrace => depth += 1,
            T::RParen | T::RBrack | T::RBrace => depth -= 1,
            T::Import | T::Const | T::Var | T::Type | T::Func if depth == 0 && i > 0 && matches!(src.toks[i - 1].t, T::Semi { .. }) => kws.push(i),
            _ => {}
        }
    }
    let mut out = Vec::new();
    let mut decls = file.decls.iter();
    for (k, &i) in kws.iter().enumerate() {
        let kw = src.tok(i);
        let pos = src.start(i);
        let lparen = (src.tok(i + 1) == T::LParen).then_some(i + 1);
        if kw == T::Import {
            let limit = kws.get(k + 1).map_or(Off::MAX, |&j| src.start(j));
            let specs = file.imports.iter().filter(|s| src.off(s.pos) > pos && src.off(s.pos) < limit).map(|s| Spec::Import(import(src, s))).collect();
            out.push(TopDecl::Gen { kw, pos, lparen, specs });
            continue;
        }
        let d = decls.next()?;
        out.push(match d {
            Decl::Func(f) => TopDecl::Func { pos, f },
            _ => TopDecl::Gen { kw, pos, lparen, specs: gen_specs(d) },
        });
    }
    decls.next().is_none().then_some(out)
}

pub(super) fn gen_specs(d: &Decl) -> Vec<Spec<'_>> {
    match d {
        Decl::Const(v) => v.iter().map(Spec::Const).collect(),
        Decl::Var(v) => v.iter().map(Spec::Var).collect(),
        Decl::Type(v) => v.iter().map(Spec::Type).collect(),
        _ => Vec::new(),
    }
}

fn import<'t>(src: &Src, s: &'t ImportSpec) -> Imp<'t> {
    let path_tok = src.tix(src.off(s.path_pos));
    let pos = s.name.as_ref().map_or(src.off(s.path_pos), |n| src.off(n.pos));
    let end = src.toks.get(path_tok).map_or(pos, |t| t.end);
    let comment = src.line_comment(end).map(|g| {
        let gr = src.groups[g];
        src.comments[gr.first..gr.last].iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join("\n")
    });
    Imp { name: s.name.as_ref(), path: sanitize_import_path(src.tok_text(path_tok)), pos, end, comment }
}

/// Sorts the imports of parenthesized import declarations, moving their comments along.
pub(super) fn sort_imports(src: &mut Src, decls: &mut [TopDecl]) {
    for d in decls.iter_mut() {
        let TopDecl::Gen { kw: T::Import, lparen: Some(lp), specs, .. } = d else { continue };
        let rparen = src.start(src.partner(*lp));
        let mut imps: Vec<Imp> = specs.iter().filter_map(|s| if let Spec::Import(i) = s { Some(i.clone()) } else { None }).collect();
        let mut out = Vec::new();
        let mut i = 0;
        for j in 0..imps.len() {
            if j > i && src.line(imps[j].pos) > 1 + src.line(imps[j - 1].end) {
                out.extend(sort_run(src, &mut imps[i..j].to_vec(), rparen));
                i = j;
            }
        }
        let run = imps.split_off(i);
        out.extend(sort_run(src, &mut run.clone(), rparen));
        if let Some(last) = out.last() {
            let last_line = src.line(last.pos);
            let mut r = src.line(rparen);
            while r > last_line + 1 {
                r -= 1;
                src.merge_line(r);
            }
        }
        *specs = out.into_iter().map(Spec::Import).collect();
    }
}

fn sort_run<'t>(src: &mut Src, specs: &mut Vec<Imp<'t>>, rparen: Off) -> Vec<Imp<'t>> {
    if specs.len() <= 1 {
        return specs.clone();
    }
    let pos: Vec<(Off, Off)> = specs.iter().map(|s| (s.pos, s.end)).collect();
    let beg = src.line_starts[(src.line(pos[0].0) - 1) as usize];
    let end_line = src.line(pos[pos.len() - 1].1);
    let end = src.line_starts.get(end_line as usize).copied().unwrap_or(pos[pos.len() - 1].1);
    let mut first = src.groups.len();
    let mut last: Option<usize> = None;
    for g in 0..src.groups.len() {
        if src.group_end(g) >= end {
            break;
        }
        if beg <= src.group_pos(g) {
            first = first.min(g);
            last = Some(g);
        }
    }
    // Which import each comment group belongs to, and whether it stands left of it.
    let mut attached: Vec<(usize, usize, bool)> = Vec::new();
    if let Some(last) = last {
        let mut si = 0;
        for g in first..=last {
            let gp = src.group_pos(g);
            while si + 1 < specs.len() && pos[si + 1].0 <= gp {
                si += 1;
            }
            let mut left = false;
            if si == 0 && pos[si].0 > gp {
                left = true;
            } else if si + 1 < specs.len() && src.line(pos[si].0) + 1 == src.line(gp) {
                si += 1;
                left = true;
            }
            attached.push((g, si, left));
        }
    }
    let mut order: Vec<usize> = (0..specs.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&specs[a], &specs[b]);
        unquote(&x.path)
            .cmp(unquote(&y.path))
            .then_with(|| x.name.map_or("", |n| &n.name).cmp(y.name.map_or("", |n| &n.name)))
            .then_with(|| x.comment.as_deref().unwrap_or("").cmp(y.comment.as_deref().unwrap_or("")))
    });
    let mut deduped: Vec<usize> = Vec::new();
    for (k, &s) in order.iter().enumerate() {
        let collapse = order.get(k + 1).is_some_and(|&n| {
            let (a, b) = (&specs[s], &specs[n]);
            unquote(&a.path) == unquote(&b.path) && a.name.map(|n| n.name.as_str()) == b.name.map(|n| n.name.as_str()) && a.comment.is_none()
        });
        if !collapse {
            deduped.push(s);
        } else {
            let l = src.line(specs[s].pos);
            if l != src.line(rparen) {
                src.merge_line(l);
            }
        }
    }
    let mut out = Vec::new();
    for (slot, &s) in deduped.iter().enumerate() {
        let mut imp = specs[s].clone();
        imp.pos = pos[slot].0;
        imp.end = pos[slot].1;
        for &(g, si, left) in &attached {
            if si == s {
                let gr = src.groups[g];
                for c in &mut src.comments[gr.first..gr.last] {
                    c.pos = if left { imp.pos - 1 } else { imp.end };
                }
            }
        }
        out.push(imp);
    }
    if let Some(last) = last {
        let comments = &src.comments;
        src.groups[first..=last].sort_by_key(|g| comments[g.first].pos);
    }
    out
}

fn keep_type_column(specs: &[Spec]) -> Vec<bool> {
    let mut m = vec![false; specs.len()];
    let mut i0: Option<usize> = None;
    let mut keep_type = false;
    for (i, s) in specs.iter().enumerate() {
        let Some(v) = value_spec(s) else { continue };
        if !v.values.is_empty() {
            if i0.is_none() {
                i0 = Some(i);
                keep_type = false;
            }
        } else if let Some(start) = i0.take() {
            if keep_type {
                m[start..i].iter_mut().for_each(|b| *b = true);
            }
        }
        if v.ty.is_some() {
            keep_type = true;
        }
    }
    if let Some(start) = i0 {
        if keep_type {
            m[start..].iter_mut().for_each(|b| *b = true);
        }
    }
    m
}

impl<'s, 'a> Printer<'s, 'a> {
    fn spec_pos(&self, s: &Spec) -> Off {
        match s {
            Spec::Import(i) => i.pos,
            Spec::Type(t) => self.src.off(t.name.pos),
            _ => value_spec(s).and_then(|v| v.names.first()).map_or(NOPOS, |n| self.src.off(n.pos)),
        }
    }

    fn value_spec_end(&self, v: &ValueSpec) -> Off {
        if let Some(x) = v.values.last() {
            return self.src.expr_end(x);
        }
        if let Some(t) = v.ty {
            return self.src.expr_end(t);
        }
        v.names.last().map_or(NOPOS, |n| self.src.ident_end(n))
    }

    fn value_spec_line(&mut self, v: &ValueSpec, keep_type: bool) {
        self.ident_list(v.names, false);
        let mut extra_tabs = 3;
        if v.ty.is_some() || keep_type {
            self.ws(Ws::Vtab);
            extra_tabs -= 1;
        }
        if let Some(t) = v.ty {
            self.expr(t);
        }
        if !v.values.is_empty() {
            self.ws(Ws::Vtab);
            self.tok(T::Assign);
            self.ws(Ws::Blank);
            let xs: Vec<LE> = v.values.iter().map(LE::E).collect();
            self.expr_list(NOPOS, &xs, 1, 0, NOPOS);
            extra_tabs -= 1;
        }
        if self.src.line_comment(self.value_spec_end(v)).is_some() {
            for _ in 0..extra_tabs {
                self.ws(Ws::Vtab);
            }
        }
    }

    fn spec(&mut self, s: &Spec, n: usize, do_indent: bool) {
        match s {
            Spec::Import(i) => {
                if let Some(name) = i.name {
                    self.set_pos(if i.pos == self.src.off(name.pos) { i.pos } else { i.pos });
                    self.print(Item::Ident(&name.name));
                    self.ws(Ws::Blank);
                }
                self.set_pos(i.pos);
                self.print(Item::Lit(T::Str, &i.path));
                self.set_pos(i.end);
            }
            Spec::Type(t) => {
                self.ident(&t.name);
                if !t.tparams.is_empty() {
                    self.parameters(&t.tparams, ParamMode::TypeT, self.src.tix(self.src.ident_end(&t.name)));
                }
                self.ws(if n == 1 { Ws::Blank } else { Ws::Vtab });
                if t.alias {
                    self.tok(T::Assign);
                    self.ws(Ws::Blank);
                }
                self.expr(&t.ty);
            }
            _ => {
                let Some(v) = value_spec(s) else { return };
                self.ident_list(v.names, do_indent);
                if let Some(t) = v.ty {
                    self.ws(Ws::Blank);
                    self.expr(t);
                }
                if !v.values.is_empty() {
                    self.ws(Ws::Blank);
                    self.tok(T::Assign);
                    self.ws(Ws::Blank);
                    let xs: Vec<LE> = v.values.iter().map(LE::E).collect();
                    self.expr_list(NOPOS, &xs, 1, 0, NOPOS);
                }
            }
        }
    }

    pub(super) fn gen_decl(&mut self, kw: T, pos: Off, lparen: Option<usize>, specs: &[Spec]) {
        self.set_pos(pos);
        self.tok(kw);
        self.ws(Ws::Blank);
        if lparen.is_some() || specs.len() != 1 {
            let lp = lparen.unwrap_or(self.src.tix(pos) + 1);
            self.set_pos(self.src.start(lp));
            self.tok(T::LParen);
            let n = specs.len();
            if n > 0 {
                self.ws(Ws::Indent);
                self.ws(Ws::Formfeed);
                let slot = self.slots.len();
                self.slots.push(0);
                let keep = if n > 1 && (kw == T::Const || kw == T::Var) { Some(keep_type_column(specs)) } else { None };
                for (i, s) in specs.iter().enumerate() {
                    if i > 0 {
                        let from = self.lines_from(self.slots[slot]) > 0;
                        self.linebreak(self.line_for(self.spec_pos(s)), 1, Ws::Ignore, from);
                    }
                    self.record_line(slot);
                    match (&keep, value_spec(s)) {
                        (Some(k), Some(v)) => self.value_spec_line(&v, k[i]),
                        _ => self.spec(s, n, false),
                    }
                }
                self.slots.truncate(slot);
                self.ws(Ws::Unindent);
                self.ws(Ws::Formfeed);
            }
            self.set_pos(self.src.start(self.src.partner(lp)));
            self.tok(T::RParen);
        } else if let Some(s) = specs.first() {
            self.spec(s, 1, true);
        }
    }

    /// A const, var or type declaration inside a function; `pos` is its keyword.
    pub(super) fn local_decl(&mut self, pos: Off, d: &Decl) {
        let i = self.src.tix(pos);
        let lparen = (self.src.tok(i + 1) == T::LParen).then_some(i + 1);
        self.gen_decl(self.src.tok(i), pos, lparen, &gen_specs(d));
    }

    fn func_decl(&mut self, pos: Off, d: &FuncDecl) {
        self.set_pos(pos);
        self.tok(T::Func);
        self.ws(Ws::Blank);
        let start_col = self.out.column - 5;
        if let Some(r) = &d.recv {
            self.parameters(std::slice::from_ref(r), ParamMode::Func, self.src.tix(self.src.off(d.pos)));
            self.ws(Ws::Blank);
        }
        self.ident(&d.name);
        let mut lparen = self.src.tix(self.src.ident_end(&d.name));
        if !d.tparams.is_empty() {
            self.parameters(&d.tparams, ParamMode::FuncT, lparen);
            lparen = self.src.partner(lparen) + 1;
        }
        self.signature(&d.ty, lparen);
        if let Some(b) = &d.body {
            let header = self.distance_from(pos, start_col);
            self.func_body(header, Ws::Vtab, b);
        }
    }

    fn decl_end(&self, d: &TopDecl) -> Off {
        match d {
            TopDecl::Func { f, .. } => match &f.body {
                Some(b) => self.src.off(b.rbrace) + 1,
                None => self.src.func_type_end(&f.ty, self.src.tix(self.src.ident_end(&f.name))),
            },
            TopDecl::Gen { pos, .. } => *pos,
        }
    }

    pub(super) fn file(&mut self, file: &File, decls: &[TopDecl]) {
        self.set_pos(self.src.off(file.pos));
        self.tok(T::Package);
        self.ws(Ws::Blank);
        self.ident(&file.package);
        let mut tok = T::Illegal;
        for d in decls {
            let prev = tok;
            let pos = match d {
                TopDecl::Gen { kw, pos, .. } => {
                    tok = *kw;
                    *pos
                }
                TopDecl::Func { pos, .. } => {
                    tok = T::Func;
                    *pos
                }
            };
            if !self.output.is_empty() {
                let min = if prev != tok || self.src.has_doc(pos) { 2 } else { 1 };
                let multi = tok == T::Func && self.line_for(self.decl_end(d)) > self.line_for(pos);
                self.linebreak(self.line_for(pos), min, Ws::Ignore, multi);
            }
            match d {
                TopDecl::Gen { kw, pos, lparen, specs } => self.gen_decl(*kw, *pos, *lparen, specs),
                TopDecl::Func { pos, f } => self.func_decl(*pos, f),
            }
        }
        self.ws(Ws::Newline);
    }
}
