//! The parser: recursive descent over the whole Go grammar, with gc's error wording and
//! recovery at statement and declaration boundaries.

use super::ast::{AssignOp, BinaryOp, Block, BranchKind, CaseClause, ChanDir, CommClause, ConstSpec, Decl, Directive, Element, Expr, ExprKind, Field, File, FuncDecl, FuncType, Ident, ImportSpec, InterfaceElem, LitKind, Name, NodeId, Stmt, StmtKind, TypeSpec, UnaryOp, VarSpec};
use super::lexer::{lex, Lexed, Token};
use super::token::{Op, T};
use crate::diag::{Diags, Pos};
use std::sync::Arc;

/// Nesting deeper than this is reported instead of recursing (keeps the stack bounded,
/// also on wasm32's small stack).
const MAX_DEPTH: u32 = 200;

/// Parses one file whose first byte is at position `base`. Expression ids are taken from
/// `next_id` (shared by all files of a compilation). Never panics; errors go to `diags`.
pub fn parse_file(text: &str, base: Pos, next_id: &mut NodeId, diags: &mut Diags) -> File {
    parse_lexed(text, lex(text), base, next_id, diags)
}

/// [`parse_file`] of a file already lexed (`lex(text)`): lexing needs no position, so it may
/// run before the file's base is known.
pub fn parse_lexed(text: &str, lexed: Lexed, base: Pos, next_id: &mut NodeId, diags: &mut Diags) -> File {
    for (at, msg) in &lexed.errors {
        diags.error(base + at, msg.clone());
    }
    let mut p = Parser {
        src: text,
        shared: Arc::from(text),
        toks: lexed.tokens,
        k: 0,
        base,
        next_id,
        diags,
        expr_lev: 0,
        depth: 0,
        links: 0,
        long_reported: false,
        last_err_line: 0,
        func_lines: Vec::new(),
    };
    let mut file = p.file();
    let func_lines = p.func_lines;
    // Attach directives to the function declared right below them (directives and comment
    // lines come in line order).
    let mut used = vec![false; lexed.directives.len()];
    let funcs = file.decls.iter_mut().filter_map(|d| match d {
        Decl::Func(f) => Some(f),
        _ => None,
    });
    for (f, &func_line) in funcs.zip(&func_lines) {
        let mut l = func_line.saturating_sub(1);
        while l > 0 && lexed.comment_lines.binary_search(&l).is_ok() {
            l -= 1;
        }
        let from = lexed.directives.partition_point(|rd| rd.line <= l);
        for (i, rd) in lexed.directives.iter().enumerate().skip(from) {
            if rd.line >= func_line {
                break;
            }
            used[i] = true;
            f.directives.push(Directive { pos: base + rd.pos, text: rd.text.clone() });
        }
    }
    // A well-formed export or import directive inside a function body attaches to nothing:
    // gc reports it there (elsewhere it is ignored, as before a variable).
    let bodies: Vec<(Pos, Pos)> = file.decls.iter().filter_map(|d| match d {
        Decl::Func(f) => f.body.as_ref().map(|b| (b.lbrace, b.rbrace)),
        _ => None,
    }).collect();
    for (i, rd) in lexed.directives.iter().enumerate() {
        if !used[i] {
            let pos = base + rd.pos;
            let fields = rd.text.split_whitespace().count();
            let verb = rd.text.split_whitespace().next().unwrap_or("");
            if ((verb == "go:wasmexport" && fields == 2) || (verb == "go:wasmimport" && fields == 3)) && bodies.iter().any(|&(l, r)| l < pos && pos < r) {
                p.diags.error(pos, format!("misplaced {verb} directive"));
            }
            file.stray_directives.push(Directive { pos, text: rd.text.clone() });
        }
    }
    file
}

struct Parser<'a, 'd> {
    src: &'a str,
    /// `src`, shared by the `Name`s of the tree.
    shared: Arc<str>,
    toks: Vec<Token>,
    k: usize,
    base: Pos,
    next_id: &'d mut NodeId,
    diags: &'d mut Diags,
    /// < 0 in control clauses, where `{` after a type name starts the block.
    expr_lev: i32,
    depth: u32,
    /// Links of binary-operator and else-if chains open on the current path: each deepens
    /// the tree without recursing here, but later passes recurse on it (see `link`).
    links: u32,
    /// The bound on `links` was passed and reported in the current outermost chain.
    long_reported: bool,
    last_err_line: u32,
    /// Line of each function declaration's `func` keyword, in order.
    func_lines: Vec<u32>,
}

impl<'a, 'd> Parser<'a, 'd> {
    // ---- token access ----

    fn tok(&self) -> T {
        self.toks.get(self.k).map(|t| t.t).unwrap_or(T::Eof)
    }

    fn peek_t(&self, n: usize) -> T {
        self.toks.get(self.k + n).map(|t| t.t).unwrap_or(T::Eof)
    }

    fn pos(&self) -> Pos {
        self.base + self.toks.get(self.k).map(|t| t.start).unwrap_or(self.src.len() as u32)
    }

    fn text(&self) -> &'a str {
        let t = self.toks.get(self.k);
        t.and_then(|t| self.src.get(t.start as usize..t.end as usize)).unwrap_or("")
    }

    /// The current token's text as a `Name` sharing the file's text.
    fn name(&self) -> Name {
        match self.toks.get(self.k) {
            Some(t) => Name::slice(&self.shared, t.start, t.end),
            None => Name::default(),
        }
    }

    fn next(&mut self) {
        if self.k + 1 < self.toks.len() {
            self.k += 1;
        }
    }

    fn got(&mut self, t: T) -> bool {
        if self.tok() == t {
            self.next();
            true
        } else {
            false
        }
    }

    fn is_semi(&self) -> bool {
        matches!(self.tok(), T::Semi { .. })
    }

    fn id(&mut self) -> NodeId {
        let id = *self.next_id;
        *self.next_id += 1;
        id
    }

    fn mk(&mut self, pos: Pos, kind: ExprKind) -> Expr {
        Expr { id: self.id(), pos, kind }
    }

    /// gc's description of the current token in "unexpected X".
    fn describe(&self) -> String {
        match self.tok() {
            T::Eof => "EOF".into(),
            T::Semi { auto: true } => {
                if self.toks.get(self.k).map(|t| t.start as usize >= self.src.len()).unwrap_or(true) {
                    "EOF".into()
                } else {
                    "newline".into()
                }
            }
            T::Semi { auto: false } => "semicolon".into(),
            T::Ident => format!("name {}", self.text()),
            T::Int | T::Float | T::Imag | T::Char | T::Str => format!("literal {}", self.text()),
            t if t.is_keyword() => format!("keyword {}", t.text()),
            t => t.text().to_string(),
        }
    }

    fn error_at(&mut self, pos: Pos, msg: impl Into<String>) {
        let line = self.toks.get(self.k).map_or(0, |t| t.line);
        if line != 0 && line == self.last_err_line {
            return;
        }
        self.last_err_line = line;
        self.diags.error(pos, msg);
    }

    fn syntax_error(&mut self, expected: &str) {
        let msg = if expected.is_empty() {
            format!("syntax error: unexpected {}", self.describe())
        } else if expected.starts_with("expected ") {
            format!("syntax error: unexpected {}, {expected}", self.describe())
        } else {
            // gc: "unexpected x in argument list", "unexpected x at end of statement".
            format!("syntax error: unexpected {} {expected}", self.describe())
        };
        let pos = self.pos();
        self.error_at(pos, msg);
    }

    fn want(&mut self, t: T, ctx: &str) {
        if !self.got(t) {
            let exp = if ctx.is_empty() { format!("expected {}", t.text()) } else { ctx.to_string() };
            self.syntax_error(&exp);
            self.advance(&[]);
        }
    }

    /// Skips to a statement or declaration boundary (or one of `stop`).
    fn advance(&mut self, stop: &[T]) {
        let mut depth = 0i32;
        loop {
            let t = self.tok();
            if t == T::Eof {
                return;
            }
            if depth == 0 && (stop.contains(&t) || matches!(t, T::Semi { .. } | T::RBrace | T::RParen)) {
                return;
            }
            match t {
                T::LBrace | T::LParen | T::LBrack => depth += 1,
                T::RBrace | T::RParen | T::RBrack => depth -= 1,
                _ => {}
            }
            if depth < 0 {
                return;
            }
            self.next();
        }
    }

    #[inline]
    fn enter(&mut self) -> bool {
        self.depth += 1;
        self.depth <= MAX_DEPTH || self.too_deep()
    }

    #[cold]
    fn too_deep(&mut self) -> bool {
        if self.depth == MAX_DEPTH + 1 {
            let p = self.pos();
            self.diags.error(p, "syntax error: nesting too deep");
        }
        false
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// One more link of a chain (`a + b + ...`, `else if ...`): the tree gets deeper without
    /// recursion here, but later passes recurse on it, so its depth is bounded as nesting
    /// is: an operator counts a quarter of a nesting level, an `else if` a whole one. False
    /// when the bound is passed (reported once, where it is passed).
    fn link(&mut self, quarters: u32) -> bool {
        let before = self.depth * 4 + self.links;
        self.links += quarters;
        if before + quarters <= MAX_DEPTH * 4 {
            return true;
        }
        if !self.long_reported {
            self.long_reported = true;
            let p = self.pos();
            self.diags.error(p, "syntax error: expression too long");
        }
        false
    }

    /// Leaves a chain: back to `links` links open.
    fn unlink(&mut self, links: u32) {
        self.links = links;
        if links == 0 {
            self.long_reported = false;
        }
    }

    fn ident(&mut self) -> Ident {
        let pos = self.pos();
        if self.tok() == T::Ident {
            let name = self.name();
            self.next();
            Ident { pos, name }
        } else {
            self.syntax_error("expected name");
            Ident { pos, name: "_".into() }
        }
    }

    // ---- file and declarations ----

    fn file(&mut self) -> File {
        let pos = self.pos();
        let package = if self.got(T::Package) {
            self.ident()
        } else {
            self.syntax_error("expected package clause");
            Ident { pos, name: "".into() }
        };
        self.want_semi();
        let mut imports = Vec::new();
        while self.tok() == T::Import {
            self.next();
            if self.got(T::LParen) {
                while !matches!(self.tok(), T::RParen | T::Eof) {
                    let start = self.k;
                    imports.push(self.import_spec());
                    if !self.got_semi() && self.tok() != T::RParen {
                        self.syntax_error("expected semicolon, newline, or )");
                        self.advance(&[]);
                        self.got_semi();
                    }
                    // Recovery stops at a stray `}`: step over it, or this loops forever.
                    if self.k == start {
                        self.next();
                    }
                }
                self.want(T::RParen, "");
            } else {
                imports.push(self.import_spec());
            }
            self.want_semi();
        }
        let mut decls = Vec::new();
        while self.tok() != T::Eof {
            let start = self.k;
            match self.tok() {
                T::Const | T::Var | T::Type => decls.push(self.gen_decl()),
                T::Func => decls.push(self.func_decl()),
                T::Import => {
                    let p = self.pos();
                    self.error_at(p, "syntax error: imports must appear before other declarations");
                    self.next();
                    self.import_spec();
                }
                T::Semi { .. } => {}
                _ => {
                    let p = self.pos();
                    let msg = if self.tok() == T::LBrace || self.tok() == T::Ident {
                        "syntax error: non-declaration statement outside function body".to_string()
                    } else {
                        format!("syntax error: non-declaration statement outside function body")
                    };
                    self.error_at(p, msg);
                    decls.push(Decl::Bad(p));
                    self.skip_to_decl();
                    continue;
                }
            }
            if !self.got_semi() && self.tok() != T::Eof {
                self.syntax_error("after top level declaration");
                self.skip_to_decl();
            }
            if self.k == start {
                self.next();
            }
        }
        let end = self.base + self.src.len() as u32;
        File { pos, package, imports, decls, stray_directives: Vec::new(), end }
    }

    fn skip_to_decl(&mut self) {
        loop {
            match self.tok() {
                T::Eof => return,
                T::Func | T::Const | T::Var | T::Type | T::Import => {
                    // Only at the start of a line.
                    let prev_semi = self.k == 0 || matches!(self.toks[self.k - 1].t, T::Semi { .. });
                    if prev_semi {
                        return;
                    }
                    self.next();
                }
                _ => self.next(),
            }
        }
    }

    fn got_semi(&mut self) -> bool {
        if self.is_semi() {
            self.next();
            true
        } else {
            false
        }
    }

    fn want_semi(&mut self) {
        if !self.got_semi() && self.tok() != T::Eof && self.tok() != T::RParen && self.tok() != T::RBrace {
            self.syntax_error("expected semicolon or newline");
            self.advance(&[]);
            self.got_semi();
        }
    }

    fn import_spec(&mut self) -> ImportSpec {
        let pos = self.pos();
        let name = match self.tok() {
            T::Ident => Some(self.ident()),
            T::Period => {
                let p = self.pos();
                self.next();
                Some(Ident { pos: p, name: ".".into() })
            }
            _ => None,
        };
        let path_pos = self.pos();
        let path = if self.tok() == T::Str {
            let raw = self.text();
            let v = crate::types::constant::Const::from_literal(LitKind::String, raw);
            self.next();
            match v {
                Some(crate::types::constant::Const::String(s)) => s,
                _ => String::new(),
            }
        } else {
            // gc's wording for a missing path (a literal that is not a string is another error).
            if matches!(self.tok(), T::Int | T::Float | T::Imag | T::Char) {
                self.syntax_error("expected import path");
            } else {
                let pos = self.pos();
                self.error_at(pos, "syntax error: missing import path");
            }
            self.advance(&[]);
            String::new()
        };
        ImportSpec { pos, name, path, path_pos }
    }

    fn group<F: FnMut(&mut Self, u32)>(&mut self, mut spec: F) {
        if self.got(T::LParen) {
            let mut i = 0;
            while !matches!(self.tok(), T::RParen | T::Eof) {
                let start = self.k;
                spec(self, i);
                i += 1;
                if !self.got_semi() && self.tok() != T::RParen {
                    self.syntax_error("expected semicolon, newline, or )");
                    self.advance(&[]);
                    self.got_semi();
                }
                if self.k == start {
                    self.next();
                }
            }
            self.want(T::RParen, "");
        } else {
            spec(self, 0);
        }
    }

    fn gen_decl(&mut self) -> Decl {
        let kw = self.tok();
        self.next();
        match kw {
            T::Const => {
                let mut specs = Vec::new();
                self.group(|p, i| {
                    let pos = p.pos();
                    let names = p.ident_list();
                    let mut ty = None;
                    let mut values = Vec::new();
                    if !matches!(p.tok(), T::Assign | T::Semi { .. } | T::RParen) {
                        ty = Some(p.type_());
                    }
                    if p.got(T::Assign) {
                        values = p.expr_list();
                    }
                    specs.push(ConstSpec { pos, names, ty, values, iota: i });
                });
                Decl::Const(specs)
            }
            T::Var => {
                let mut specs = Vec::new();
                self.group(|p, _| {
                    let pos = p.pos();
                    let names = p.ident_list();
                    let mut ty = None;
                    let mut values = Vec::new();
                    if p.got(T::Assign) {
                        values = p.expr_list();
                    } else {
                        ty = Some(p.type_());
                        if p.got(T::Assign) {
                            values = p.expr_list();
                        }
                    }
                    specs.push(VarSpec { pos, names, ty, values });
                });
                Decl::Var(specs)
            }
            _ => {
                let mut specs = Vec::new();
                self.group(|p, _| {
                    let pos = p.pos();
                    let name = p.ident();
                    let mut tparams = Vec::new();
                    if p.tok() == T::LBrack && p.looks_like_tparams() {
                        p.next();
                        tparams = p.param_list(T::RBrack);
                    }
                    let alias = p.got(T::Assign);
                    let ty = p.type_();
                    specs.push(TypeSpec { pos, name, tparams, alias, ty });
                });
                Decl::Type(specs)
            }
        }
    }

    /// After `type Name`, at `[`: type parameters (`[T any]`) or an array length (`[N]T`)?
    fn looks_like_tparams(&self) -> bool {
        if self.peek_t(1) != T::Ident {
            return false;
        }
        matches!(
            self.peek_t(2),
            T::Ident | T::Comma | T::Interface | T::Tilde | T::LBrack | T::Func | T::Map | T::Chan | T::Mul | T::Struct | T::LParen
        ) && !(self.peek_t(2) == T::Mul && self.peek_t(3) != T::Ident)
    }

    fn ident_list(&mut self) -> Vec<Ident> {
        let mut v = vec![self.ident()];
        while self.got(T::Comma) {
            v.push(self.ident());
        }
        v
    }

    fn func_decl(&mut self) -> Decl {
        let line = self.toks.get(self.k).map_or(0, |t| t.line);
        self.func_lines.push(line);
        self.next(); // func
        let pos = self.pos();
        let mut recv = None;
        if self.tok() == T::LParen {
            self.next();
            let mut rs = self.param_list(T::RParen);
            if rs.len() != 1 {
                self.error_at(pos, "method has multiple receivers");
            }
            if !rs.is_empty() {
                recv = Some(rs.remove(0));
            }
        }
        let name = self.ident();
        let mut tparams = Vec::new();
        if self.tok() == T::LBrack {
            self.next();
            tparams = self.param_list(T::RBrack);
        }
        let ty = self.signature(pos);
        let body = if self.tok() == T::LBrace { Some(self.block()) } else { None };
        Decl::Func(Box::new(FuncDecl { pos, recv, name, tparams, ty, body, directives: Vec::new() }))
    }

    fn signature(&mut self, pos: Pos) -> FuncType {
        let params = if self.got(T::LParen) {
            self.param_list(T::RParen)
        } else {
            self.syntax_error("expected (");
            Vec::new()
        };
        let results = self.results();
        FuncType { pos, params, results }
    }

    fn results(&mut self) -> Vec<Field> {
        if self.got(T::LParen) {
            return self.param_list(T::RParen);
        }
        if self.starts_type() {
            let pos = self.pos();
            let ty = self.type_();
            return vec![Field { pos, names: vec![], ty, tag: None, variadic: false }];
        }
        Vec::new()
    }

    fn starts_type(&self) -> bool {
        matches!(self.tok(), T::Ident | T::LBrack | T::Struct | T::Mul | T::Func | T::Interface | T::Map | T::Chan | T::LParen | T::Arrow)
    }

    /// A parameter list after its opening token, up to and including `close`. Handles both
    /// `(a, b int, c string)` and `(int, string)`.
    fn param_list(&mut self, close: T) -> Vec<Field> {
        struct Entry {
            pos: Pos,
            name: Option<Ident>,
            ty: Option<Expr>,
            variadic: bool,
        }
        let mut entries: Vec<Entry> = Vec::new();
        while self.tok() != close && self.tok() != T::Eof {
            let pos = self.pos();
            let start = self.k;
            let mut e = Entry { pos, name: None, ty: None, variadic: false };
            if self.tok() == T::Ident {
                // name Type | name ...Type | Type (possibly qualified or generic)
                let id = self.ident();
                match self.tok() {
                    T::Comma | T::RParen | T::RBrack => {
                        e.ty = Some(self.mk(id.pos, ExprKind::Ident(id.name.clone())));
                        e.name = Some(id);
                        // Decide later whether it was a name or a type.
                    }
                    T::Period => {
                        self.next();
                        let sel = self.ident();
                        let x = self.mk(id.pos, ExprKind::Ident(id.name));
                        e.ty = Some(self.mk(pos, ExprKind::Selector(Box::new(x), sel)));
                    }
                    T::Ellipsis => {
                        self.next();
                        e.variadic = true;
                        e.name = Some(id);
                        e.ty = Some(self.type_());
                    }
                    T::LBrack if close == T::RParen && !self.is_array_after_name() => {
                        // Generic type instance used as a parameter type: `List[int]`.
                        let x = self.mk(id.pos, ExprKind::Ident(id.name));
                        e.ty = Some(self.type_suffix_index(x));
                    }
                    _ => {
                        e.name = Some(id);
                        e.ty = Some(if close == T::RBrack { self.constraint() } else { self.type_() });
                    }
                }
            } else if self.tok() == T::Ellipsis {
                self.next();
                e.variadic = true;
                e.ty = Some(self.type_());
            } else if self.starts_type() || self.tok() == T::Tilde {
                e.ty = Some(if close == T::RBrack { self.constraint() } else { self.type_() });
            } else {
                self.syntax_error(&format!("expected {}", if close == T::RParen { ")" } else { "]" }));
                self.advance(&[T::Comma, close]);
            }
            entries.push(e);
            if !self.got(T::Comma) {
                if self.tok() != close {
                    let exp = if close == T::RParen { "in parameter list; possibly missing comma or )" } else { "expected comma or ]" };
                    self.syntax_error(exp);
                    self.advance(&[close]);
                }
                break;
            }
            if self.k == start {
                self.next();
            }
        }
        let close_pos = self.pos();
        self.want(close, "");
        // A bare identifier is a name or a type; `name Type` entries are named. With some
        // but not all named, every entry must be named: gc's sweep from the right gives bare
        // names the type that follows them and reports the left-most entry without a name
        // (a type alone) or, when only trailing names lack a type, the closing token.
        let bare = |e: &Entry| matches!(&e.ty, Some(t) if e.name.as_ref().map(|n| t.pos == n.pos).unwrap_or(false) && !e.variadic);
        let named = entries.iter().filter(|e| e.name.is_some() && !bare(e)).count();
        let typed = named + entries.iter().filter(|e| e.name.is_none()).count();
        let mut fields = Vec::new();
        if named > 0 {
            if named != entries.len() {
                let mut err = None;
                let mut has_type = false;
                for e in entries.iter().rev() {
                    if !bare(e) {
                        has_type = true;
                        if e.name.is_none() {
                            err = Some(e.pos);
                        }
                    } else if !has_type {
                        err = Some(e.pos);
                    }
                }
                if let Some(p) = err {
                    let tparams = close == T::RBrack;
                    if named == typed {
                        self.error_at(close_pos, if tparams { "syntax error: missing type constraint" } else { "syntax error: missing parameter type" });
                    } else if tparams {
                        self.error_at(p, if entries.len() == 1 { "syntax error: missing type parameter name or invalid array length" } else { "syntax error: missing type parameter name" });
                    } else {
                        self.error_at(p, "syntax error: missing parameter name");
                    }
                }
            }
            let mut pending: Vec<Ident> = Vec::new();
            let mut pos0 = None;
            for e in entries {
                if bare(&e) {
                    pos0.get_or_insert(e.pos);
                    if let Some(n) = e.name {
                        pending.push(n);
                    }
                    continue;
                }
                // A type without a name was reported above.
                if let Some(n) = e.name {
                    pending.push(n);
                    let ty = e.ty.unwrap_or_else(|| Expr { id: 0, pos: e.pos, kind: ExprKind::Bad });
                    fields.push(Field { pos: pos0.take().unwrap_or(e.pos), names: std::mem::take(&mut pending), ty, tag: None, variadic: e.variadic });
                }
            }
        } else {
            for e in entries {
                let ty = e.ty.unwrap_or_else(|| Expr { id: 0, pos: e.pos, kind: ExprKind::Bad });
                fields.push(Field { pos: e.pos, names: vec![], ty, tag: None, variadic: e.variadic });
            }
        }
        fields
    }

    /// `name [N]T` / `name []T`: a name followed by an array or slice type, not type
    /// arguments. As gc's arrayOrTArgs: brackets without a top-level comma followed by a type
    /// (`iv [BlockSize]byte`) are an array's.
    fn is_array_after_name(&self) -> bool {
        if matches!(self.peek_t(1), T::RBrack | T::Int | T::Ellipsis) {
            return true;
        }
        let (mut depth, mut i) = (0usize, 1);
        loop {
            match self.peek_t(i) {
                T::LBrack | T::LParen | T::LBrace => depth += 1,
                T::RBrack | T::RParen | T::RBrace if depth > 0 => depth -= 1,
                T::RBrack => break,
                T::Comma if depth == 0 => return false,
                T::RParen | T::RBrace | T::Semi { .. } | T::Eof => return false,
                _ => {}
            }
            i += 1;
        }
        matches!(self.peek_t(i + 1), T::Ident | T::LBrack | T::Struct | T::Mul | T::Func | T::Interface | T::Map | T::Chan | T::LParen | T::Arrow)
    }

    /// A type constraint: a type, `~T`, or a union.
    fn constraint(&mut self) -> Expr {
        let mut x = self.constraint_term();
        while self.tok() == T::Or {
            let op_pos = self.pos();
            self.next();
            let y = self.constraint_term();
            let pos = x.pos;
            x = self.mk(pos, ExprKind::Binary { op: BinaryOp::Or, op_pos, xy: Box::new([x, y]) });
        }
        x
    }

    fn constraint_term(&mut self) -> Expr {
        if self.tok() == T::Tilde {
            let pos = self.pos();
            self.next();
            let t = self.type_();
            return self.mk(pos, ExprKind::Unary(UnaryOp::Tilde, Box::new(t)));
        }
        self.type_()
    }

    // ---- types ----

    fn type_(&mut self) -> Expr {
        if !self.enter() {
            let p = self.pos();
            self.advance(&[]);
            self.leave();
            return self.mk(p, ExprKind::Bad);
        }
        let t = self.type_inner();
        self.leave();
        t
    }

    fn type_inner(&mut self) -> Expr {
        let pos = self.pos();
        match self.tok() {
            T::Ident => {
                let id = self.ident();
                let mut x = self.mk(pos, ExprKind::Ident(id.name));
                if self.tok() == T::Period {
                    self.next();
                    let sel = self.ident();
                    x = self.mk(pos, ExprKind::Selector(Box::new(x), sel));
                }
                if self.tok() == T::LBrack {
                    x = self.type_suffix_index(x);
                }
                x
            }
            T::LParen => {
                self.next();
                let t = self.type_();
                self.want(T::RParen, "");
                self.mk(pos, ExprKind::Paren(Box::new(t)))
            }
            T::LBrack => {
                self.next();
                if self.got(T::RBrack) {
                    let elem = self.type_();
                    return self.mk(pos, ExprKind::ArrayType { len: None, dots: false, elem: Box::new(elem) });
                }
                if self.tok() == T::Ellipsis && self.peek_t(1) == T::RBrack {
                    self.next();
                    self.next();
                    let elem = self.type_();
                    return self.mk(pos, ExprKind::ArrayType { len: None, dots: true, elem: Box::new(elem) });
                }
                let saved = self.expr_lev;
                self.expr_lev += 1;
                let len = self.expr();
                self.expr_lev = saved;
                self.want(T::RBrack, "expected ]");
                let elem = self.type_();
                self.mk(pos, ExprKind::ArrayType { len: Some(Box::new(len)), dots: false, elem: Box::new(elem) })
            }
            T::Mul => {
                self.next();
                let t = self.type_();
                self.mk(pos, ExprKind::Star(Box::new(t)))
            }
            T::Arrow => {
                self.next();
                if !self.got(T::Chan) {
                    self.syntax_error("expected chan");
                }
                let t = self.type_();
                self.mk(pos, ExprKind::ChanType { dir: ChanDir::Recv, elem: Box::new(t) })
            }
            T::Chan => {
                self.next();
                let dir = if self.got(T::Arrow) { ChanDir::Send } else { ChanDir::Both };
                let t = self.type_();
                self.mk(pos, ExprKind::ChanType { dir, elem: Box::new(t) })
            }
            T::Map => {
                self.next();
                self.want(T::LBrack, "");
                let k = self.type_();
                self.want(T::RBrack, "");
                let v = self.type_();
                self.mk(pos, ExprKind::MapType { key: Box::new(k), value: Box::new(v) })
            }
            T::Func => {
                self.next();
                let ft = self.signature(pos);
                self.mk(pos, ExprKind::FuncType(Box::new(ft)))
            }
            T::Struct => self.struct_type(),
            T::Interface => self.interface_type(),
            _ => {
                self.syntax_error("expected type");
                self.mk(pos, ExprKind::Bad)
            }
        }
    }

    fn type_suffix_index(&mut self, x: Expr) -> Expr {
        let pos = x.pos;
        self.next(); // [
        let mut args = Vec::new();
        while self.tok() != T::RBrack && self.tok() != T::Eof {
            args.push(self.type_());
            if !self.got(T::Comma) {
                break;
            }
        }
        self.want(T::RBrack, "expected ]");
        self.mk(pos, ExprKind::Index(Box::new(x), args))
    }

    fn struct_type(&mut self) -> Expr {
        let pos = self.pos();
        self.next();
        self.want(T::LBrace, "");
        let mut fields = Vec::new();
        while !matches!(self.tok(), T::RBrace | T::Eof) {
            let fpos = self.pos();
            let start = self.k;
            let embedded = match self.tok() {
                T::Mul => true,
                T::Ident => matches!(self.peek_t(1), T::Semi { .. } | T::RBrace | T::Str | T::Period) || self.embedded_instance(),
                _ => false,
            };
            let (names, ty) = if embedded {
                (Vec::new(), self.type_())
            } else {
                let names = self.ident_list();
                (names, self.type_())
            };
            let tag = if self.tok() == T::Str {
                let v = crate::types::constant::Const::from_literal(LitKind::String, self.text());
                self.next();
                match v {
                    Some(crate::types::constant::Const::String(s)) => Some(s),
                    _ => None,
                }
            } else {
                None
            };
            fields.push(Field { pos: fpos, names, ty, tag, variadic: false });
            if !self.got_semi() && self.tok() != T::RBrace {
                self.syntax_error("expected semicolon, newline, or }");
                self.advance(&[]);
                self.got_semi();
            }
            if self.k == start {
                self.next();
            }
        }
        self.want(T::RBrace, "");
        self.mk(pos, ExprKind::StructType(fields))
    }

    /// At `Name[...]` in a struct: an embedded instance (`Box[T]`) when the brackets end the
    /// field; a field of array type (`a [3]int`) otherwise.
    fn embedded_instance(&self) -> bool {
        if self.peek_t(1) != T::LBrack {
            return false;
        }
        let mut depth = 0usize;
        for n in 1.. {
            match self.peek_t(n) {
                T::LBrack | T::LParen | T::LBrace => depth += 1,
                T::RBrack | T::RParen | T::RBrace => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return matches!(self.peek_t(n + 1), T::Semi { .. } | T::RBrace | T::Str);
                    }
                }
                T::Eof => return false,
                _ => {}
            }
        }
        false
    }

    fn interface_type(&mut self) -> Expr {
        let pos = self.pos();
        self.next();
        self.want(T::LBrace, "");
        let mut elems = Vec::new();
        while !matches!(self.tok(), T::RBrace | T::Eof) {
            let start = self.k;
            if self.tok() == T::Ident && self.peek_t(1) == T::LParen {
                let name = self.ident();
                let p = self.pos();
                let ty = self.signature(p);
                elems.push(InterfaceElem::Method { name, ty });
            } else {
                elems.push(InterfaceElem::Embed(self.constraint()));
            }
            if !self.got_semi() && self.tok() != T::RBrace {
                self.syntax_error("expected semicolon, newline, or }");
                self.advance(&[]);
                self.got_semi();
            }
            if self.k == start {
                self.next();
            }
        }
        self.want(T::RBrace, "");
        self.mk(pos, ExprKind::InterfaceType(elems))
    }

    // ---- statements ----

    fn block(&mut self) -> Block {
        let lbrace = self.pos();
        self.want(T::LBrace, "");
        let saved = self.expr_lev;
        self.expr_lev = 0;
        let stmts = self.stmt_list();
        self.expr_lev = saved;
        let rbrace = self.pos();
        if !self.got(T::RBrace) {
            self.syntax_error("expected }");
        }
        Block { lbrace, stmts, rbrace }
    }

    fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut v = Vec::new();
        // `else` cannot start a statement: the enclosing block reports "expected }".
        while !matches!(self.tok(), T::RBrace | T::Eof | T::Case | T::Default | T::Else) {
            let start = self.k;
            if self.got_semi() {
                continue;
            }
            let s = self.stmt();
            v.push(s);
            if !self.got_semi() && !matches!(self.tok(), T::RBrace | T::Case | T::Default) {
                self.syntax_error("at end of statement");
                self.advance(&[]);
                self.got_semi();
            }
            if self.k == start {
                self.next();
            }
        }
        v
    }

    fn stmt(&mut self) -> Stmt {
        let pos = self.pos();
        if !self.enter() {
            self.advance(&[]);
            self.leave();
            return Stmt { pos, kind: StmtKind::Bad };
        }
        let kind = self.stmt_kind(pos);
        self.leave();
        Stmt { pos, kind }
    }

    fn stmt_kind(&mut self, pos: Pos) -> StmtKind {
        match self.tok() {
            T::Const | T::Var | T::Type => StmtKind::Decl(self.gen_decl()),
            T::LBrace => StmtKind::Block(self.block()),
            T::If => self.if_stmt(),
            T::For => self.for_stmt(),
            T::Switch => self.switch_stmt(),
            T::Select => self.select_stmt(),
            T::Return => {
                self.next();
                let results = if self.is_semi() || self.tok() == T::RBrace { Vec::new() } else { self.expr_list() };
                StmtKind::Return(results)
            }
            T::Go | T::Defer => {
                let is_go = self.tok() == T::Go;
                self.next();
                // Any expression parses; the checker says it must be a call, as types2 does,
                // so the rest of the program is still checked.
                let e = self.expr();
                if is_go {
                    StmtKind::Go(e)
                } else {
                    StmtKind::Defer(e)
                }
            }
            T::Break | T::Continue | T::Goto | T::Fallthrough => {
                let kind = match self.tok() {
                    T::Break => BranchKind::Break,
                    T::Continue => BranchKind::Continue,
                    T::Goto => BranchKind::Goto,
                    _ => BranchKind::Fallthrough,
                };
                self.next();
                let label = if self.tok() == T::Ident && kind != BranchKind::Fallthrough { Some(self.ident()) } else { None };
                StmtKind::Branch { kind, label }
            }
            T::Ident if self.peek_t(1) == T::Colon => {
                let label = self.ident();
                self.next();
                if matches!(self.tok(), T::RBrace) {
                    return StmtKind::Labeled { label, stmt: Box::new(Stmt { pos: self.pos(), kind: StmtKind::Empty }) };
                }
                let s = self.stmt();
                StmtKind::Labeled { label, stmt: Box::new(s) }
            }
            T::Semi { .. } => StmtKind::Empty,
            _ => {
                let s = self.simple_stmt(false);
                let _ = pos;
                s.kind
            }
        }
    }

    /// Expression, send, inc/dec, assignment or short variable declaration. With
    /// `range_ok`, also `k, v := range x` (returned as a Range with an empty body).
    fn simple_stmt(&mut self, range_ok: bool) -> Stmt {
        let pos = self.pos();
        if range_ok && self.tok() == T::Range {
            self.next();
            let x = self.expr();
            return Stmt { pos, kind: StmtKind::Range { key: None, value: None, define: false, x, body: empty_block() } };
        }
        // Most simple statements are one expression: its list is made only when needed.
        let first = self.expr();
        let mut more = Vec::new();
        while self.got(T::Comma) {
            more.push(self.expr());
        }
        let list = |first: Expr, more: Vec<Expr>| -> Vec<Expr> {
            let mut v = Vec::with_capacity(1 + more.len());
            v.push(first);
            v.extend(more);
            v
        };
        let op_pos = self.pos();
        match self.tok() {
            T::Define | T::Assign => {
                let define = self.tok() == T::Define;
                self.next();
                if range_ok && self.tok() == T::Range {
                    self.next();
                    let x = self.expr();
                    let mut it = more.into_iter();
                    let key = Some(first);
                    let value = it.next();
                    if let Some(extra) = it.next() {
                        self.error_at(extra.pos, "syntax error: range clause permits at most two iteration variables");
                    }
                    return Stmt { pos, kind: StmtKind::Range { key, value, define, x, body: empty_block() } };
                }
                let rhs = self.expr_list();
                let op = if define { AssignOp::Define } else { AssignOp::Assign };
                Stmt { pos, kind: StmtKind::Assign { lhs: list(first, more), op, op_pos, rhs } }
            }
            T::OpAssign(o) => {
                self.next();
                let rhs = self.expr_list();
                let op = AssignOp::Op(binop_of(o));
                Stmt { pos, kind: StmtKind::Assign { lhs: list(first, more), op, op_pos, rhs } }
            }
            T::Inc | T::Dec => {
                let inc = self.tok() == T::Inc;
                self.next();
                Stmt { pos, kind: StmtKind::IncDec { x: first, inc } }
            }
            T::Arrow => {
                self.next();
                let value = self.expr();
                Stmt { pos, kind: StmtKind::Send { ch: first, value } }
            }
            _ => {
                if !more.is_empty() {
                    self.syntax_error("expected := or = or comma");
                    self.advance(&[]);
                }
                Stmt { pos, kind: StmtKind::Expr(first) }
            }
        }
    }

    fn header_stmt(&mut self, range_ok: bool) -> Option<Stmt> {
        if self.is_semi() || self.tok() == T::LBrace {
            return None;
        }
        if self.tok() == T::Var {
            let p = self.pos();
            self.error_at(p, "syntax error: var declaration not allowed in for initializer");
            self.advance(&[T::LBrace]);
            return None;
        }
        Some(self.simple_stmt(range_ok))
    }

    fn if_stmt(&mut self) -> StmtKind {
        let links = self.links;
        let s = self.if_chain();
        self.unlink(links);
        s
    }

    fn if_chain(&mut self) -> StmtKind {
        self.next();
        let saved = self.expr_lev;
        self.expr_lev = -1;
        let mut init = None;
        let mut cond = None;
        if self.tok() == T::LBrace {
            let p = self.pos();
            self.error_at(p, "syntax error: missing condition in if statement");
        } else {
            let s = self.header_stmt(false);
            if self.got_semi() {
                init = s.map(Box::new);
                if self.tok() != T::LBrace {
                    cond = self.header_stmt(false);
                } else {
                    let p = self.pos();
                    self.error_at(p, "syntax error: missing condition in if statement");
                }
            } else {
                cond = s;
            }
        }
        self.expr_lev = saved;
        let cond = match cond.map(|s| s.kind) {
            Some(StmtKind::Expr(e)) => e,
            Some(_) => {
                let p = self.pos();
                self.error_at(p, "syntax error: cannot use assignment as value");
                Expr { id: self.id(), pos: p, kind: ExprKind::Bad }
            }
            None => Expr { id: self.id(), pos: self.pos(), kind: ExprKind::Bad },
        };
        if self.tok() != T::LBrace {
            self.syntax_error("expected { after if clause");
            self.advance(&[T::LBrace]);
        }
        let then = self.block();
        let els = if self.got(T::Else) {
            match self.tok() {
                T::If => {
                    let pos = self.pos();
                    if self.link(4) {
                        let k = self.if_chain();
                        Some(Box::new(Stmt { pos, kind: k }))
                    } else {
                        // past the bound: the rest of the chain is skipped, not recursed into
                        self.advance(&[]);
                        None
                    }
                }
                T::LBrace => {
                    let pos = self.pos();
                    let b = self.block();
                    Some(Box::new(Stmt { pos, kind: StmtKind::Block(b) }))
                }
                _ => {
                    let p = self.pos();
                    self.error_at(p, "syntax error: else must be followed by if or statement block");
                    self.advance(&[]);
                    None
                }
            }
        } else {
            None
        };
        StmtKind::If { init, cond, then, els }
    }

    fn for_stmt(&mut self) -> StmtKind {
        self.next();
        let saved = self.expr_lev;
        self.expr_lev = -1;
        let mut init = None;
        let mut cond = None;
        let mut post = None;
        if self.tok() != T::LBrace {
            let first = self.header_stmt(true);
            if let Some(Stmt { kind: StmtKind::Range { key, value, define, x, .. }, .. }) = first {
                self.expr_lev = saved;
                let body = self.body_block("for clause");
                return StmtKind::Range { key, value, define, x, body };
            }
            if self.is_semi() {
                self.next();
                init = first.map(Box::new);
                if !self.is_semi() {
                    cond = self.header_stmt(false).and_then(|s| match s.kind {
                        StmtKind::Expr(e) => Some(e),
                        _ => None,
                    });
                }
                if !self.got_semi() {
                    self.syntax_error("expected for loop condition");
                }
                if self.tok() != T::LBrace {
                    post = self.header_stmt(false).map(Box::new);
                }
            } else {
                cond = first.and_then(|s| match s.kind {
                    StmtKind::Expr(e) => Some(e),
                    kind => {
                        // gc names the statement as written, at its operator.
                        let at = match kind {
                            StmtKind::Assign { op_pos, .. } => op_pos,
                            _ => s.pos,
                        };
                        let end = self.toks.get(self.k).map_or(self.src.len(), |t| t.start as usize);
                        let text = self.src.get((s.pos - self.base) as usize..end).unwrap_or("").trim_end();
                        self.error_at(at, format!("syntax error: cannot use {text} as value"));
                        None
                    }
                });
            }
        }
        self.expr_lev = saved;
        let body = self.body_block("for clause");
        StmtKind::For { init, cond, post, body }
    }

    fn body_block(&mut self, what: &str) -> Block {
        if self.tok() != T::LBrace {
            self.syntax_error(&format!("expected {{ after {what}"));
            // Skip the rest of the header (semicolons included) up to the body.
            while !matches!(self.tok(), T::LBrace | T::RBrace | T::Eof) {
                self.next();
            }
        }
        self.block()
    }

    fn switch_stmt(&mut self) -> StmtKind {
        self.next();
        let saved = self.expr_lev;
        self.expr_lev = -1;
        let mut init = None;
        let mut tag: Option<Stmt> = None;
        if self.tok() != T::LBrace {
            let s = self.header_stmt(false);
            if self.got_semi() {
                init = s.map(Box::new);
                if self.tok() != T::LBrace {
                    tag = self.header_stmt(false);
                }
            } else {
                tag = s;
            }
        }
        self.expr_lev = saved;
        // Type switch: `x.(type)` or `v := x.(type)`.
        let mut ts: Option<(Option<Ident>, Expr)> = None;
        let mut tag_expr = None;
        match tag.map(|s| s.kind) {
            Some(StmtKind::Expr(e)) => {
                if let ExprKind::TypeAssert { x, ty: None } = e.kind {
                    ts = Some((None, *x));
                } else {
                    tag_expr = Some(e);
                }
            }
            Some(StmtKind::Assign { lhs, op: AssignOp::Define, rhs, .. }) if lhs.len() == 1 && rhs.len() == 1 => {
                let mut rhs = rhs;
                let r = rhs.remove(0);
                match (lhs.into_iter().next(), r.kind) {
                    (Some(Expr { kind: ExprKind::Ident(n), pos, .. }), ExprKind::TypeAssert { x, ty: None }) => ts = Some((Some(Ident { pos, name: n }), *x)),
                    _ => {
                        let p = self.pos();
                        self.error_at(p, "syntax error: switch expression must be an expression");
                    }
                }
            }
            Some(_) => {
                let p = self.pos();
                self.error_at(p, "syntax error: switch expression must be an expression");
            }
            None => {}
        }
        if self.tok() != T::LBrace {
            self.syntax_error("expected { after switch clause");
            self.advance(&[T::LBrace]);
        }
        self.want(T::LBrace, "");
        let mut clauses = Vec::new();
        while matches!(self.tok(), T::Case | T::Default) {
            let cpos = self.pos();
            let exprs = if self.got(T::Default) {
                None
            } else {
                self.next();
                Some(if ts.is_some() { self.type_list() } else { self.expr_list() })
            };
            let colon = self.pos();
            self.want(T::Colon, "expected :");
            let body = self.stmt_list();
            clauses.push(CaseClause { pos: cpos, exprs, colon, body });
        }
        let rbrace = self.pos();
        if !self.got(T::RBrace) {
            self.syntax_error("expected case or default or }");
            self.advance(&[T::RBrace]);
            self.got(T::RBrace);
        }
        match ts {
            Some((bind, x)) => StmtKind::TypeSwitch { init, bind, x, clauses, rbrace },
            None => StmtKind::Switch { init, tag: tag_expr, clauses, rbrace },
        }
    }

    fn type_list(&mut self) -> Vec<Expr> {
        let mut v = vec![self.type_or_nil()];
        while self.got(T::Comma) {
            v.push(self.type_or_nil());
        }
        v
    }

    fn type_or_nil(&mut self) -> Expr {
        self.type_()
    }

    fn select_stmt(&mut self) -> StmtKind {
        self.next();
        self.want(T::LBrace, "");
        let mut clauses = Vec::new();
        while matches!(self.tok(), T::Case | T::Default) {
            let cpos = self.pos();
            let comm = if self.got(T::Default) {
                None
            } else {
                self.next();
                Some(Box::new(self.simple_stmt(false)))
            };
            let colon = self.pos();
            self.want(T::Colon, "expected :");
            let body = self.stmt_list();
            clauses.push(CommClause { pos: cpos, comm, colon, body });
        }
        let rbrace = self.pos();
        if !self.got(T::RBrace) {
            self.syntax_error("expected case or default or }");
            self.advance(&[T::RBrace]);
            self.got(T::RBrace);
        }
        StmtKind::Select { clauses, rbrace }
    }

    // ---- expressions ----

    fn expr_list(&mut self) -> Vec<Expr> {
        let mut v = vec![self.expr()];
        while self.got(T::Comma) {
            v.push(self.expr());
        }
        v
    }

    fn expr(&mut self) -> Expr {
        if !self.enter() {
            let p = self.pos();
            self.advance(&[]);
            self.leave();
            return self.mk(p, ExprKind::Bad);
        }
        let e = self.binary(1);
        self.leave();
        e
    }

    fn binary(&mut self, prec: u8) -> Expr {
        let x = self.unary();
        self.binary_rest(x, prec)
    }

    /// The operators (of precedence `prec` or higher) and operands after a first operand `x`.
    fn binary_rest(&mut self, mut x: Expr, prec: u8) -> Expr {
        let links = self.links;
        loop {
            let (op, p) = match binary_op(self.tok()) {
                Some(o) if o.1 >= prec => o,
                _ => break,
            };
            let op_pos = self.pos();
            self.next();
            let deeper = self.link(1);
            let y = self.binary(p + 1);
            // Past the bound the operands are still parsed, but the tree stops growing.
            if deeper {
                let pos = x.pos;
                x = self.mk(pos, ExprKind::Binary { op, op_pos, xy: Box::new([x, y]) });
            }
        }
        self.unlink(links);
        x
    }

    fn unary(&mut self) -> Expr {
        let pos = self.pos();
        let op = match self.tok() {
            T::Add => UnaryOp::Plus,
            T::Sub => UnaryOp::Neg,
            T::Not => UnaryOp::Not,
            T::Xor => UnaryOp::Xor,
            T::And => UnaryOp::Addr,
            T::Tilde => UnaryOp::Tilde,
            T::Arrow => {
                self.next();
                // `<-chan T` is a type; otherwise a receive.
                if self.tok() == T::Chan {
                    self.next();
                    let t = self.type_();
                    let ct = self.mk(pos, ExprKind::ChanType { dir: ChanDir::Recv, elem: Box::new(t) });
                    return self.primary_suffix(ct);
                }
                if !self.enter() {
                    self.leave();
                    return self.mk(pos, ExprKind::Bad);
                }
                let x = self.unary();
                self.leave();
                return self.mk(pos, ExprKind::Unary(UnaryOp::Recv, Box::new(x)));
            }
            T::Mul => {
                self.next();
                if !self.enter() {
                    self.leave();
                    return self.mk(pos, ExprKind::Bad);
                }
                let x = self.unary();
                self.leave();
                return self.mk(pos, ExprKind::Star(Box::new(x)));
            }
            _ => return self.primary(),
        };
        self.next();
        if !self.enter() {
            self.leave();
            return self.mk(pos, ExprKind::Bad);
        }
        let x = self.unary();
        self.leave();
        self.mk(pos, ExprKind::Unary(op, Box::new(x)))
    }

    fn primary(&mut self) -> Expr {
        let pos = self.pos();
        let x = match self.tok() {
            T::Ident => {
                let name = self.name();
                self.next();
                self.mk(pos, ExprKind::Ident(name))
            }
            T::Int | T::Float | T::Imag | T::Char | T::Str => {
                let kind = match self.tok() {
                    T::Int => LitKind::Int,
                    T::Float => LitKind::Float,
                    T::Imag => LitKind::Imag,
                    T::Char => LitKind::Char,
                    _ => LitKind::String,
                };
                let raw = self.name();
                self.next();
                self.mk(pos, ExprKind::BasicLit { kind, raw })
            }
            T::LParen => {
                self.next();
                let saved = self.expr_lev;
                self.expr_lev += 1;
                let x = if self.tok() == T::Mul || self.starts_only_type() { self.type_or_expr() } else { self.expr() };
                self.expr_lev = saved;
                self.want(T::RParen, "expected )");
                self.mk(pos, ExprKind::Paren(Box::new(x)))
            }
            T::Func => {
                self.next();
                let ft = self.signature(pos);
                if self.tok() == T::LBrace {
                    let saved = self.expr_lev;
                    self.expr_lev = 0;
                    let body = self.block();
                    self.expr_lev = saved;
                    self.mk(pos, ExprKind::FuncLit { ty: Box::new(ft), body: Box::new(body) })
                } else {
                    self.mk(pos, ExprKind::FuncType(Box::new(ft)))
                }
            }
            T::LBrack | T::Struct | T::Map | T::Chan | T::Interface => self.type_(),
            _ => {
                self.syntax_error("expected expression");
                if !matches!(self.tok(), T::RBrace | T::RParen | T::RBrack | T::Semi { .. } | T::Eof | T::Comma) {
                    self.next();
                }
                return self.mk(pos, ExprKind::Bad);
            }
        };
        self.primary_suffix(x)
    }

    fn starts_only_type(&self) -> bool {
        matches!(self.tok(), T::LBrack | T::Struct | T::Map | T::Chan | T::Interface)
    }

    fn type_or_expr(&mut self) -> Expr {
        self.expr()
    }

    fn primary_suffix(&mut self, mut x: Expr) -> Expr {
        let mut n = 0u32;
        loop {
            n += 1;
            if n > MAX_DEPTH * 4 {
                self.syntax_error("expression too long");
                return x;
            }
            let pos = x.pos;
            match self.tok() {
                T::Period => {
                    self.next();
                    match self.tok() {
                        T::Ident => {
                            let sel = self.ident();
                            x = self.mk(pos, ExprKind::Selector(Box::new(x), sel));
                        }
                        T::LParen => {
                            self.next();
                            let ty = if self.got(T::Type) { None } else { Some(Box::new(self.type_())) };
                            self.want(T::RParen, "expected )");
                            x = self.mk(pos, ExprKind::TypeAssert { x: Box::new(x), ty });
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            return x;
                        }
                    }
                }
                T::LBrack => {
                    self.next();
                    let saved = self.expr_lev;
                    self.expr_lev += 1;
                    let mut idx: [Option<Box<Expr>>; 3] = [None, None, None];
                    let mut ncolon = 0;
                    if self.tok() != T::Colon {
                        idx[0] = Some(Box::new(self.type_or_index_expr()));
                    }
                    let mut list = Vec::new();
                    while self.tok() == T::Comma && ncolon == 0 {
                        self.next();
                        if self.tok() == T::RBrack {
                            break;
                        }
                        list.push(self.type_or_index_expr());
                    }
                    while self.tok() == T::Colon && ncolon < 2 {
                        self.next();
                        ncolon += 1;
                        if !matches!(self.tok(), T::Colon | T::RBrack) {
                            idx[ncolon] = Some(Box::new(self.expr()));
                        }
                    }
                    self.expr_lev = saved;
                    self.want(T::RBrack, "expected ]");
                    if ncolon > 0 {
                        let [lo, hi, max] = idx;
                        if ncolon == 2 && (hi.is_none() || max.is_none()) {
                            self.error_at(pos, "syntax error: middle index required in 3-index slice");
                        }
                        x = self.mk(pos, ExprKind::Slice { x: Box::new(x), lo, hi, max });
                    } else {
                        let mut all = Vec::new();
                        if let Some(first) = idx[0].take() {
                            all.push(*first);
                        } else {
                            self.error_at(pos, "syntax error: expected operand");
                        }
                        all.extend(list);
                        x = self.mk(pos, ExprKind::Index(Box::new(x), all));
                    }
                }
                T::LParen => {
                    self.next();
                    let saved = self.expr_lev;
                    self.expr_lev += 1;
                    let mut args = Vec::new();
                    let mut ellipsis = None;
                    while !matches!(self.tok(), T::RParen | T::Eof) {
                        args.push(self.type_or_index_expr());
                        let dots = self.tok() == T::Ellipsis;
                        if dots {
                            ellipsis = Some(self.pos());
                            self.next();
                        }
                        if !self.got(T::Comma) {
                            if self.tok() != T::RParen {
                                self.syntax_error("in argument list; possibly missing comma or )");
                                self.advance(&[T::RParen]);
                            }
                            break;
                        }
                        // As gc: `...` ends the list (a comma may follow it).
                        if dots {
                            break;
                        }
                    }
                    self.expr_lev = saved;
                    let rparen = self.pos();
                    self.want(T::RParen, "expected )");
                    x = self.mk(pos, ExprKind::Call { fun: Box::new(x), args, ellipsis, rparen });
                }
                T::LBrace => {
                    if !self.is_literal_type(&x) || (self.expr_lev < 0 && !matches!(x.kind, ExprKind::ArrayType { .. } | ExprKind::MapType { .. } | ExprKind::StructType(_))) {
                        return x;
                    }
                    x = self.composite_lit(Some(x));
                }
                _ => return x,
            }
        }
    }

    fn type_or_index_expr(&mut self) -> Expr {
        if self.starts_only_type() {
            // a conversion or composite literal may go on as an operand: `[]byte(s) != nil`
            let t = self.type_();
            let x = self.primary_suffix(t);
            return self.binary_rest(x, 1);
        }
        self.expr()
    }

    fn is_literal_type(&self, x: &Expr) -> bool {
        match &x.kind {
            ExprKind::Ident(_) | ExprKind::ArrayType { .. } | ExprKind::StructType(_) | ExprKind::MapType { .. } => true,
            ExprKind::Selector(b, _) => matches!(b.kind, ExprKind::Ident(_)),
            ExprKind::Index(b, _) => matches!(b.kind, ExprKind::Ident(_) | ExprKind::Selector(..)),
            _ => false,
        }
    }

    fn composite_lit(&mut self, ty: Option<Expr>) -> Expr {
        let pos = ty.as_ref().map(|t| t.pos).unwrap_or_else(|| self.pos());
        self.want(T::LBrace, "");
        let saved = self.expr_lev;
        self.expr_lev = 0;
        let mut elts = Vec::new();
        while !matches!(self.tok(), T::RBrace | T::Eof) {
            let start = self.k;
            let first = self.element_value();
            let elt = if self.got(T::Colon) {
                let value = self.element_value();
                Element { key: Some(first), value }
            } else {
                Element { key: None, value: first }
            };
            elts.push(elt);
            if !self.got(T::Comma) {
                if self.tok() != T::RBrace {
                    if self.tok() == T::Define {
                        self.syntax_error("in composite literal; possibly missing comma or }");
                    } else {
                        self.syntax_error("in composite literal; possibly missing comma or }");
                    }
                    self.advance(&[T::RBrace]);
                }
                break;
            }
            if self.k == start {
                self.next();
            }
        }
        self.expr_lev = saved;
        let rbrace = self.pos();
        self.want(T::RBrace, "expected }");
        self.mk(pos, ExprKind::CompositeLit { ty: ty.map(Box::new), elts, rbrace })
    }

    fn element_value(&mut self) -> Expr {
        if self.tok() == T::LBrace {
            if !self.enter() {
                self.leave();
                let p = self.pos();
                self.advance(&[T::RBrace]);
                return self.mk(p, ExprKind::Bad);
            }
            let e = self.composite_lit(None);
            self.leave();
            return e;
        }
        self.expr()
    }
}

fn empty_block() -> Block {
    Block { lbrace: 0, stmts: Vec::new(), rbrace: 0 }
}

fn binary_op(t: T) -> Option<(BinaryOp, u8)> {
    use BinaryOp::{Add, Sub, Mul, Div, Rem, And, Or, Xor, Shl, Shr, AndNot, LogAnd, LogOr, Eq, Ne, Lt, Le, Gt, Ge};
    Some(match t {
        T::LOr => (LogOr, 1),
        T::LAnd => (LogAnd, 2),
        T::Eql => (Eq, 3),
        T::Neq => (Ne, 3),
        T::Lss => (Lt, 3),
        T::Leq => (Le, 3),
        T::Gtr => (Gt, 3),
        T::Geq => (Ge, 3),
        T::Add => (Add, 4),
        T::Sub => (Sub, 4),
        T::Or => (Or, 4),
        T::Xor => (Xor, 4),
        T::Mul => (Mul, 5),
        T::Quo => (Div, 5),
        T::Rem => (Rem, 5),
        T::Shl => (Shl, 5),
        T::Shr => (Shr, 5),
        T::And => (And, 5),
        T::AndNot => (AndNot, 5),
        _ => return None,
    })
}

fn binop_of(o: Op) -> BinaryOp {
    match o {
        Op::Add => BinaryOp::Add,
        Op::Sub => BinaryOp::Sub,
        Op::Mul => BinaryOp::Mul,
        Op::Quo => BinaryOp::Div,
        Op::Rem => BinaryOp::Rem,
        Op::And => BinaryOp::And,
        Op::Or => BinaryOp::Or,
        Op::Xor => BinaryOp::Xor,
        Op::Shl => BinaryOp::Shl,
        Op::Shr => BinaryOp::Shr,
        Op::AndNot => BinaryOp::AndNot,
    }
}
