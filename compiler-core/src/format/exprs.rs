//! Expressions, expression lists, parameter and field lists, as go/printer's nodes.go prints
//! them: operator spacing by precedence and nesting depth, line breaks where the source has
//! them, key/value alignment in multi-line composite literals.

use super::printer::{Item, Printer, Ws, INFINITY, NO_EXTRA_BLANK, NO_EXTRA_LINEBREAK};
use super::source::{Off, NOPOS};
use crate::syntax::ast::{BinaryOp, ChanDir, Element, Expr, ExprKind, Field, FuncType, Ident, InterfaceElem, LitKind, Stmt, UnaryOp};
use crate::syntax::token::T;

const LOWEST_PREC: i64 = 0;
const UNARY_PREC: i64 = 6;
const HIGHEST_PREC: i64 = 7;

/// An element of an expression list.
#[derive(Clone, Copy)]
pub(super) enum LE<'t> {
    E(&'t Expr),
    Kv(&'t Element),
    Id(&'t Ident),
}

/// A node whose one-line size the printer may ask for.
#[derive(Clone, Copy)]
pub(super) enum Node<'t> {
    E(&'t Expr),
    Kv(&'t Element),
    S(&'t Stmt),
    /// An interface method's signature with the token index of its `(`.
    Sig(&'t FuncType, usize),
}

impl Node<'_> {
    /// The node's address and kind: a node may share its address with its first field.
    fn key(&self) -> (usize, u8) {
        match self {
            Node::E(e) => (*e as *const Expr as usize, 0),
            Node::Kv(e) => (*e as *const Element as usize, 1),
            Node::S(s) => (*s as *const Stmt as usize, 2),
            Node::Sig(f, _) => (*f as *const FuncType as usize, 3),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ParamMode {
    Func,
    FuncT,
    TypeT,
}

pub(super) const COMMA_TERM: u8 = 1;
pub(super) const NO_INDENT: u8 = 2;

pub(super) fn bin_tok(op: BinaryOp) -> T {
    use BinaryOp::*;
    match op {
        Add => T::Add,
        Sub => T::Sub,
        Mul => T::Mul,
        Div => T::Quo,
        Rem => T::Rem,
        And => T::And,
        Or => T::Or,
        Xor => T::Xor,
        Shl => T::Shl,
        Shr => T::Shr,
        AndNot => T::AndNot,
        LogAnd => T::LAnd,
        LogOr => T::LOr,
        Eq => T::Eql,
        Ne => T::Neq,
        Lt => T::Lss,
        Le => T::Leq,
        Gt => T::Gtr,
        Ge => T::Geq,
    }
}

fn prec(op: BinaryOp) -> i64 {
    use BinaryOp::*;
    match op {
        LogOr => 1,
        LogAnd => 2,
        Eq | Ne | Lt | Le | Gt | Ge => 3,
        Add | Sub | Or | Xor => 4,
        Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
    }
}

fn unary_tok(op: UnaryOp) -> T {
    match op {
        UnaryOp::Plus => T::Add,
        UnaryOp::Neg => T::Sub,
        UnaryOp::Not => T::Not,
        UnaryOp::Xor => T::Xor,
        UnaryOp::Addr => T::And,
        UnaryOp::Recv => T::Arrow,
        UnaryOp::Tilde => T::Tilde,
    }
}

pub(super) fn lit_tok(k: LitKind) -> T {
    match k {
        LitKind::Int => T::Int,
        LitKind::Float => T::Float,
        LitKind::Imag => T::Imag,
        LitKind::Char => T::Char,
        LitKind::String => T::Str,
    }
}

fn walk_binary(e: &Expr) -> (bool, bool, i64) {
    let ExprKind::Binary { op, xy, .. } = &e.kind else { return (false, false, 0) };
    let p = prec(*op);
    let (mut has4, mut has5, mut max_problem) = (p == 4, p == 5, 0);
    if let ExprKind::Binary { op: lop, .. } = &xy[0].kind {
        if prec(*lop) >= p {
            let (h4, h5, mp) = walk_binary(&xy[0]);
            has4 |= h4;
            has5 |= h5;
            max_problem = max_problem.max(mp);
        }
    }
    match &xy[1].kind {
        ExprKind::Binary { op: rop, .. } => {
            if prec(*rop) > p {
                let (h4, h5, mp) = walk_binary(&xy[1]);
                has4 |= h4;
                has5 |= h5;
                max_problem = max_problem.max(mp);
            }
        }
        ExprKind::Star(_) => {
            if *op == BinaryOp::Div {
                max_problem = 5;
            }
        }
        ExprKind::Unary(uop, _) => {
            let pair = (bin_tok(*op).text(), unary_tok(*uop).text());
            match pair {
                ("/", "*") | ("&", "&") | ("&", "^") => max_problem = 5,
                ("+", "+") | ("-", "-") => max_problem = max_problem.max(4),
                _ => {}
            }
        }
        _ => {}
    }
    (has4, has5, max_problem)
}

fn cutoff(e: &Expr, depth: i64) -> i64 {
    let (has4, has5, max_problem) = walk_binary(e);
    if max_problem > 0 {
        return max_problem + 1;
    }
    if has4 && has5 {
        return if depth == 1 { 5 } else { 4 };
    }
    if depth == 1 {
        6
    } else {
        4
    }
}

fn diff_prec(e: &Expr, p: i64) -> i64 {
    match &e.kind {
        ExprKind::Binary { op, .. } if prec(*op) == p => 0,
        _ => 1,
    }
}

fn reduce_depth(depth: i64) -> i64 {
    (depth - 1).max(1)
}

pub(super) fn strip_parens_always(x: &Expr) -> &Expr {
    match &x.kind {
        ExprKind::Paren(y) => strip_parens_always(y),
        _ => x,
    }
}

fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. } | ExprKind::StructType(_) | ExprKind::FuncType(_) | ExprKind::InterfaceType(_) | ExprKind::MapType { .. } | ExprKind::ChanType { .. } => true,
        ExprKind::Unary(UnaryOp::Tilde, _) => true,
        ExprKind::Binary { xy, .. } => is_type_elem(&xy[0]) || is_type_elem(&xy[1]),
        ExprKind::Paren(y) => is_type_elem(y),
        _ => false,
    }
}

fn combines_with_name(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Star(y) => !is_type_elem(y),
        ExprKind::Binary { xy, .. } => combines_with_name(&xy[0]) && !is_type_elem(&xy[1]),
        ExprKind::Paren(y) => !is_type_elem(y),
        _ => false,
    }
}

/// go/printer's crude log2 and exp2, identical on every architecture.
fn log2ish(x: f64) -> f64 {
    let (f, e) = frexp(x);
    e as f64 + 2.0 * (f - 1.0)
}

fn exp2ish(x: f64) -> f64 {
    let n = x.floor();
    let f = x - n;
    (1.0 + f) * 2f64.powi(n as i32)
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (f, e) = frexp(x * 2f64.powi(64));
        return (f, e - 64);
    }
    let f = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (f, exp - 1022)
}

impl<'s, 'a> Printer<'s, 'a> {
    pub(super) fn le_pos(&self, x: LE) -> Off {
        match x {
            LE::E(e) => self.src.off(e.pos),
            LE::Kv(kv) => self.src.off(kv.key.as_ref().unwrap_or(&kv.value).pos),
            LE::Id(id) => self.src.off(id.pos),
        }
    }

    pub(super) fn le_end(&self, x: LE) -> Off {
        match x {
            LE::E(e) => self.src.expr_end(e),
            LE::Kv(kv) => self.src.expr_end(&kv.value),
            LE::Id(id) => self.src.ident_end(id),
        }
    }

    /// Prints a node alone, without comments, and gives its length if it fits on one line
    /// within `max_size`, else `max_size + 1`.
    pub(super) fn node_size(&mut self, n: Node, max_size: i64) -> i64 {
        let key = n.key();
        if let Some(&s) = self.sizes.get(&key) {
            return s;
        }
        let mut size = max_size + 1;
        self.sizes.insert(key, size);
        let mut sub = Printer::new(self.src, false, std::mem::take(&mut self.sizes));
        match n {
            Node::E(e) => sub.expr(e),
            Node::Kv(kv) => sub.list_elem(LE::Kv(kv), 1),
            Node::S(s) => {
                if matches!(s.kind, crate::syntax::ast::StmtKind::Labeled { .. }) {
                    sub.indent = 1;
                }
                sub.stmt(s, false)
            }
            Node::Sig(ft, lparen) => {
                sub.tok(T::Func);
                sub.signature(ft, lparen);
            }
        }
        sub.finish();
        self.sizes = std::mem::take(&mut sub.sizes);
        let text = super::tabwriter::trim(&sub.output);
        if (text.len() as i64) <= max_size && !text.contains(&b'\n') {
            size = text.len() as i64;
            self.sizes.insert(key, size);
        }
        size
    }

    /// Prints `n` line breaks (at least `min`, at most two) before an item on `line`.
    pub(super) fn linebreak(&mut self, line: i64, min: i64, ws: Ws, new_section: bool) -> i64 {
        let mut n = (line - self.pos.line).min(super::printer::MAX_NEWLINES).max(min);
        let mut nbreaks = 0;
        if n > 0 {
            self.ws(ws);
            if new_section {
                self.ws(Ws::Formfeed);
                n -= 1;
                nbreaks = 2;
            }
            nbreaks += n;
            for _ in 0..n {
                self.ws(Ws::Newline);
            }
        }
        nbreaks
    }

    fn list_elem(&mut self, x: LE, depth: i64) {
        match x {
            LE::E(e) => self.expr0(e, depth),
            LE::Id(id) => {
                self.set_pos(self.src.off(id.pos));
                self.print(Item::Ident(&id.name));
            }
            LE::Kv(kv) => match &kv.key {
                Some(k) => {
                    self.set_pos(self.src.off(k.pos));
                    self.expr(k);
                    self.set_pos(self.src.start(self.src.after(self.src.expr_end(k))));
                    self.tok(T::Colon);
                    self.ws(Ws::Blank);
                    self.expr(&kv.value);
                }
                None => self.expr0(&kv.value, depth),
            },
        }
    }

    pub(super) fn ident_list(&mut self, list: &[Ident], indent: bool) {
        let xs: Vec<LE> = list.iter().map(LE::Id).collect();
        self.expr_list(NOPOS, &xs, 1, if indent { 0 } else { NO_INDENT }, NOPOS);
    }

    /// go/printer's exprList: one line when the source has it so, else line breaks where
    /// the source has them, sections broken where element sizes change much.
    pub(super) fn expr_list(&mut self, prev0: Off, list: &[LE], depth: i64, mode: u8, next0: Off) {
        if list.is_empty() {
            return;
        }
        let prev = self.pos_for(prev0);
        let next = self.pos_for(next0);
        let mut line = self.line_for(self.le_pos(list[0]));
        let end_line = self.line_for(self.le_end(list[list.len() - 1]));
        if prev.valid() && prev.line == line && line == end_line {
            for (i, &x) in list.iter().enumerate() {
                if i > 0 {
                    self.set_pos(self.le_pos(x));
                    self.tok(T::Comma);
                    self.ws(Ws::Blank);
                }
                self.list_elem(x, depth);
            }
            return;
        }
        let mut ws = if mode & NO_INDENT == 0 { Ws::Indent } else { Ws::Ignore };
        let mut prev_break: i64 = -1;
        if prev.valid() && prev.line < line && self.linebreak(line, 0, ws, true) > 0 {
            ws = Ws::Ignore;
            prev_break = 0;
        }
        let mut size: i64 = 0;
        let mut log2sum = 0.0f64;
        let mut count = 0i64;
        let mut prev_line = prev.line;
        for (i, &x) in list.iter().enumerate() {
            line = self.line_for(self.le_pos(x));
            let mut use_ff = true;
            let prev_size = size;
            const INF: i64 = 1_000_000;
            size = match x {
                LE::E(e) => self.node_size(Node::E(e), INF),
                LE::Kv(kv) if kv.key.is_none() => self.node_size(Node::E(&kv.value), INF),
                LE::Kv(kv) => self.node_size(Node::Kv(kv), INF),
                LE::Id(id) => id.name.len() as i64,
            };
            let pair = match x {
                LE::Kv(kv) => kv.key.as_ref(),
                _ => None,
            };
            if size <= INF && prev.valid() && next.valid() {
                if let Some(k) = pair {
                    size = self.node_size(Node::E(k), INF);
                }
            } else {
                size = 0;
            }
            if prev_size > 0 && size > 0 {
                const SMALL: i64 = 40;
                if count == 0 || prev_size <= SMALL && size <= SMALL {
                    use_ff = false;
                } else {
                    const R: f64 = 2.5;
                    let geomean = exp2ish(log2sum / count as f64);
                    let ratio = size as f64 / geomean;
                    use_ff = R * ratio <= 1.0 || R <= ratio;
                }
            }
            let needs_linebreak = 0 < prev_line && prev_line < line;
            if i > 0 {
                if !needs_linebreak {
                    self.set_pos(self.le_pos(x));
                }
                self.tok(T::Comma);
                let mut needs_blank = true;
                if needs_linebreak {
                    let nbreaks = self.linebreak(line, 0, ws, use_ff || prev_break + 1 < i as i64);
                    if nbreaks > 0 {
                        ws = Ws::Ignore;
                        prev_break = i as i64;
                        needs_blank = false;
                    }
                    if nbreaks > 1 {
                        log2sum = 0.0;
                        count = 0;
                    }
                }
                if needs_blank {
                    self.ws(Ws::Blank);
                }
            }
            match (pair, x) {
                (Some(k), LE::Kv(kv)) if list.len() > 1 && size > 0 && needs_linebreak => {
                    self.expr(k);
                    self.set_pos(self.src.start(self.src.after(self.src.expr_end(k))));
                    self.tok(T::Colon);
                    self.ws(Ws::Vtab);
                    self.expr(&kv.value);
                }
                _ => self.list_elem(x, depth),
            }
            if size > 0 {
                log2sum += log2ish(size as f64);
                count += 1;
            }
            prev_line = line;
        }
        if mode & COMMA_TERM != 0 && next.valid() && self.pos.line < next.line {
            self.tok(T::Comma);
            if ws == Ws::Ignore && mode & NO_INDENT == 0 {
                self.ws(Ws::Unindent);
            }
            self.ws(Ws::Formfeed);
            return;
        }
        if ws == Ws::Ignore && mode & NO_INDENT == 0 {
            self.ws(Ws::Unindent);
        }
    }

    /// A parameter, type parameter or result list whose opening bracket is token `open`.
    pub(super) fn parameters(&mut self, fields: &[Field], mode: ParamMode, open: usize) {
        let (open_tok, close_tok) = if mode == ParamMode::Func { (T::LParen, T::RParen) } else { (T::LBrack, T::RBrack) };
        let opening = self.src.start(open);
        let closing = self.src.start(self.src.partner(open));
        self.set_pos(opening);
        self.tok(open_tok);
        if !fields.is_empty() {
            let mut prev_line = self.line_for(opening);
            let mut ws = Ws::Indent;
            for (i, par) in fields.iter().enumerate() {
                let fpos = self.src.field_pos(par);
                let beg = self.line_for(fpos);
                let end = self.line_for(self.src.expr_end(&par.ty));
                let needs_linebreak = 0 < prev_line && prev_line < beg;
                if i > 0 {
                    if !needs_linebreak {
                        self.set_pos(fpos);
                    }
                    self.tok(T::Comma);
                }
                if needs_linebreak && self.linebreak(beg, 0, ws, true) > 0 {
                    ws = Ws::Ignore;
                } else if i > 0 {
                    self.ws(Ws::Blank);
                }
                if !par.names.is_empty() {
                    self.ident_list(&par.names, ws == Ws::Indent);
                    self.ws(Ws::Blank);
                }
                self.field_type(par);
                prev_line = end;
            }
            let close_line = self.line_for(closing);
            let nfields: usize = fields.iter().map(|f| f.names.len().max(1)).sum();
            if 0 < prev_line && prev_line < close_line {
                self.tok(T::Comma);
                self.linebreak(close_line, 0, Ws::Ignore, true);
            } else if mode == ParamMode::TypeT && nfields == 1 && combines_with_name(strip_parens_always(&fields[0].ty)) {
                self.tok(T::Comma);
            }
            if ws == Ws::Ignore {
                self.ws(Ws::Unindent);
            }
        }
        self.set_pos(closing);
        self.tok(close_tok);
    }

    fn field_type(&mut self, par: &Field) {
        if par.variadic {
            self.set_pos(self.src.field_pos(par).max(self.src.start(self.src.tix(self.src.off(par.ty.pos)).saturating_sub(1))));
            self.tok(T::Ellipsis);
        }
        self.expr(strip_parens_always(&par.ty));
    }

    /// Parameters and results of a signature whose `(` is token `lparen`.
    pub(super) fn signature(&mut self, ft: &FuncType, lparen: usize) {
        self.parameters(&ft.params, ParamMode::Func, lparen);
        let n: usize = ft.results.iter().map(|f| f.names.len().max(1)).sum();
        if n > 0 {
            self.ws(Ws::Blank);
            let close = self.src.partner(lparen);
            if n == 1 && ft.results[0].names.is_empty() {
                self.expr(strip_parens_always(&ft.results[0].ty));
                return;
            }
            self.parameters(&ft.results, ParamMode::Func, close + 1);
        }
    }

    fn is_one_line_field_list(&mut self, fields: &[Field], tags: bool) -> bool {
        if fields.len() != 1 {
            return false;
        }
        let f = &fields[0];
        if tags && self.src.tag_tok(f).is_some() || self.src.line_comment(self.src.field_end(f)).is_some() {
            return false;
        }
        const MAX: i64 = 30;
        let mut names: i64 = 0;
        for (i, x) in f.names.iter().enumerate() {
            if i > 0 {
                names += 2;
            }
            names += x.name.chars().count() as i64;
            if names >= MAX {
                break;
            }
        }
        if names > 0 {
            names = 1;
        }
        names + self.node_size(Node::E(&f.ty), MAX) <= MAX
    }

    /// The offsets of the braces of the list that token `lbrace_tok` opens, and whether a
    /// comment precedes its `}` (structs and interfaces alike, as go/printer's fieldList).
    fn braces(&mut self, lbrace_tok: usize) -> (Off, Off, bool) {
        let lbrace = self.src.start(lbrace_tok);
        let rbrace = self.src.start(self.src.partner(lbrace_tok));
        (lbrace, rbrace, self.comment_before(self.pos_for(rbrace)))
    }

    fn empty_braces(&mut self, lbrace: Off, rbrace: Off) {
        self.set_pos(lbrace);
        self.tok(T::LBrace);
        self.set_pos(rbrace);
        self.tok(T::RBrace);
    }

    /// A body of one element on the braces' line: `{ elem }`.
    fn one_line_braces(&mut self, lbrace: Off, rbrace: Off, elem: impl FnOnce(&mut Self)) {
        self.set_pos(lbrace);
        self.tok(T::LBrace);
        self.ws(Ws::Blank);
        elem(self);
        self.ws(Ws::Blank);
        self.set_pos(rbrace);
        self.tok(T::RBrace);
    }

    /// Opens a body of one element a line: ` {`, indented, on a new line unless empty.
    fn open_braces(&mut self, lbrace: Off, nonempty: bool) {
        self.ws(Ws::Blank);
        self.set_pos(lbrace);
        self.tok(T::LBrace);
        self.ws(Ws::Indent);
        if nonempty {
            self.ws(Ws::Formfeed);
        }
    }

    /// A struct's fields, with names, types, tags and comments in columns.
    fn struct_fields(&mut self, lbrace_tok: usize, list: &[Field]) {
        let (lbrace, rbrace, has_comments) = self.braces(lbrace_tok);
        if !has_comments && self.line_for(lbrace) == self.line_for(rbrace) {
            if list.is_empty() {
                self.empty_braces(lbrace, rbrace);
                return;
            } else if self.is_one_line_field_list(list, true) {
                let f = &list[0];
                self.one_line_braces(lbrace, rbrace, |p| {
                    for (i, x) in f.names.iter().enumerate() {
                        if i > 0 {
                            p.tok(T::Comma);
                            p.ws(Ws::Blank);
                        }
                        p.ident(x);
                    }
                    if !f.names.is_empty() {
                        p.ws(Ws::Blank);
                    }
                    p.expr(&f.ty);
                });
                return;
            }
        }
        self.open_braces(lbrace, has_comments || !list.is_empty());
        let sep = if list.len() == 1 { Ws::Blank } else { Ws::Vtab };
        let slot = self.slots.len();
        self.slots.push(0);
        for (i, f) in list.iter().enumerate() {
            if i > 0 {
                let from = self.lines_from(self.slots[slot]) > 0;
                self.linebreak(self.line_for(self.src.field_pos(f)), 1, Ws::Ignore, from);
            }
            self.record_line(slot);
            let mut extra_tabs;
            if !f.names.is_empty() {
                self.ident_list(&f.names, false);
                self.ws(sep);
                self.expr(&f.ty);
                extra_tabs = 1;
            } else {
                self.expr(&f.ty);
                extra_tabs = 2;
            }
            if let Some(tag) = self.src.tag_tok(f) {
                if !f.names.is_empty() && sep == Ws::Vtab {
                    self.ws(sep);
                }
                self.ws(sep);
                self.set_pos(self.src.start(tag));
                self.print(Item::Lit(T::Str, self.src.tok_text(tag)));
                extra_tabs = 0;
            }
            if self.src.line_comment(self.src.field_end(f)).is_some() {
                for _ in 0..extra_tabs {
                    self.ws(sep);
                }
            }
        }
        self.slots.truncate(slot);
        self.ws(Ws::Unindent);
        self.ws(Ws::Formfeed);
        self.set_pos(rbrace);
        self.tok(T::RBrace);
    }

    fn elem_pos(&self, e: &InterfaceElem) -> Off {
        match e {
            InterfaceElem::Method { name, .. } => self.src.off(name.pos),
            InterfaceElem::Embed(x) => self.src.off(x.pos),
        }
    }

    fn elem_end(&self, e: &InterfaceElem) -> Off {
        match e {
            InterfaceElem::Method { name, ty } => self.src.func_type_end(ty, self.src.tix(self.src.off(name.pos)) + 1),
            InterfaceElem::Embed(x) => self.src.expr_end(x),
        }
    }

    fn interface_elem(&mut self, e: &InterfaceElem) {
        match e {
            InterfaceElem::Method { name, ty } => {
                self.ident(name);
                let lparen = self.src.tix(self.src.off(name.pos)) + 1;
                self.signature(ty, lparen);
            }
            InterfaceElem::Embed(x) => self.expr(x),
        }
    }

    fn interface_elems(&mut self, lbrace_tok: usize, list: &[InterfaceElem]) {
        let (lbrace, rbrace, has_comments) = self.braces(lbrace_tok);
        if !has_comments && self.line_for(lbrace) == self.line_for(rbrace) {
            if list.is_empty() {
                self.empty_braces(lbrace, rbrace);
                return;
            }
            let fits = list.len() == 1 && self.src.line_comment(self.elem_end(&list[0])).is_none() && {
                let size = match &list[0] {
                    InterfaceElem::Method { name, ty } => 1 + self.node_size(Node::Sig(ty, self.src.tix(self.src.off(name.pos)) + 1), 30),
                    InterfaceElem::Embed(x) => self.node_size(Node::E(x), 30),
                };
                size <= 30
            };
            if fits {
                self.one_line_braces(lbrace, rbrace, |p| p.interface_elem(&list[0]));
                return;
            }
        }
        self.open_braces(lbrace, has_comments || !list.is_empty());
        let slot = self.slots.len();
        self.slots.push(0);
        for (i, e) in list.iter().enumerate() {
            if i > 0 {
                let from = self.lines_from(self.slots[slot]) > 0;
                self.linebreak(self.line_for(self.elem_pos(e)), 1, Ws::Ignore, from);
            }
            self.record_line(slot);
            self.interface_elem(e);
        }
        self.slots.truncate(slot);
        self.ws(Ws::Unindent);
        self.ws(Ws::Formfeed);
        self.set_pos(rbrace);
        self.tok(T::RBrace);
    }

    pub(super) fn ident(&mut self, id: &Ident) {
        self.set_pos(self.src.off(id.pos));
        self.print(Item::Ident(&id.name));
    }

    fn binary_expr(&mut self, x: &Expr, prec1: i64, cutoff: i64, depth: i64) {
        let ExprKind::Binary { op, op_pos, xy } = &x.kind else { return };
        let p = prec(*op);
        if p < prec1 {
            self.tok(T::LParen);
            self.expr0(x, reduce_depth(depth));
            self.tok(T::RParen);
            return;
        }
        let mut print_blank = p < cutoff;
        let mut ws = Ws::Indent;
        self.expr1(&xy[0], p, depth + diff_prec(&xy[0], p));
        if print_blank {
            self.ws(Ws::Blank);
        }
        let xline = self.pos.line;
        let yline = self.line_for(self.src.off(xy[1].pos));
        self.set_pos(self.src.off(*op_pos));
        self.tok(bin_tok(*op));
        if xline != yline && xline > 0 && yline > 0 && self.linebreak(yline, 1, ws, true) > 0 {
            ws = Ws::Ignore;
            print_blank = false;
        }
        if print_blank {
            self.ws(Ws::Blank);
        }
        self.expr1(&xy[1], p + 1, depth + 1);
        if ws == Ws::Ignore {
            self.ws(Ws::Unindent);
        }
    }

    pub(super) fn expr0(&mut self, x: &Expr, depth: i64) {
        self.expr1(x, LOWEST_PREC, depth);
    }

    pub(super) fn expr(&mut self, x: &Expr) {
        self.expr1(x, LOWEST_PREC, 1);
    }

    fn selector_expr(&mut self, x: &Expr, sel: &Ident, depth: i64, is_method: bool) -> bool {
        self.expr1(x, HIGHEST_PREC, depth);
        self.tok(T::Period);
        let line = self.line_for(self.src.off(sel.pos));
        if self.pos.valid() && self.pos.line < line {
            self.ws(Ws::Indent);
            self.ws(Ws::Newline);
            self.ident(sel);
            if !is_method {
                self.ws(Ws::Unindent);
            }
            return true;
        }
        self.ident(sel);
        false
    }

    fn tok_at(&mut self, t: T, at: usize) {
        self.set_pos(self.src.start(at));
        self.tok(t);
    }

    pub(super) fn expr1(&mut self, e: &Expr, prec1: i64, depth: i64) {
        let pos = self.src.off(e.pos);
        self.set_pos(pos);
        match &e.kind {
            ExprKind::Bad => {}
            ExprKind::Ident(n) => self.print(Item::Ident(n)),
            ExprKind::BasicLit { kind, raw } => self.print(Item::Lit(lit_tok(*kind), raw)),
            ExprKind::Binary { .. } => {
                let c = cutoff(e, depth.max(1));
                self.binary_expr(e, prec1, c, depth.max(1));
            }
            ExprKind::Star(x) => {
                if UNARY_PREC < prec1 {
                    self.tok(T::LParen);
                    self.tok(T::Mul);
                    self.expr(x);
                    self.tok(T::RParen);
                } else {
                    self.tok(T::Mul);
                    self.expr(x);
                }
            }
            ExprKind::Unary(op, x) => {
                if UNARY_PREC < prec1 {
                    self.tok(T::LParen);
                    self.expr(e);
                    self.tok(T::RParen);
                } else {
                    self.tok(unary_tok(*op));
                    self.expr1(x, UNARY_PREC, depth);
                }
            }
            ExprKind::FuncLit { ty, body } => {
                self.tok(T::Func);
                let start_col = self.out.column - 4;
                self.signature(ty, self.src.tix(pos) + 1);
                let header = self.distance_from(pos, start_col);
                self.func_body(header, Ws::Blank, body);
            }
            ExprKind::Paren(x) => {
                if matches!(x.kind, ExprKind::Paren(_)) {
                    self.expr0(x, depth);
                } else {
                    let close = self.src.partner(self.src.tix(pos));
                    self.tok(T::LParen);
                    self.expr0(x, reduce_depth(depth));
                    self.tok_at(T::RParen, close);
                }
            }
            ExprKind::Selector(x, sel) => {
                self.selector_expr(x, sel, depth, false);
            }
            ExprKind::TypeAssert { x, ty } => {
                let lparen = self.src.after(self.src.expr_end(x)) + 1;
                self.expr1(x, HIGHEST_PREC, depth);
                self.tok(T::Period);
                self.tok_at(T::LParen, lparen);
                match ty {
                    Some(t) => self.expr(t),
                    None => self.tok(T::Type),
                }
                self.tok_at(T::RParen, self.src.partner(lparen));
            }
            ExprKind::Index(x, args) => {
                let lb = self.src.after(self.src.expr_end(x));
                let rb = self.src.partner(lb);
                self.expr1(x, HIGHEST_PREC, 1);
                self.tok_at(T::LBrack, lb);
                if args.len() == 1 {
                    self.expr0(&args[0], depth + 1);
                } else {
                    let xs: Vec<LE> = args.iter().map(LE::E).collect();
                    self.expr_list(self.src.start(lb), &xs, depth + 1, COMMA_TERM, self.src.start(rb));
                }
                self.tok_at(T::RBrack, rb);
            }
            ExprKind::Slice { x, lo, hi, max } => {
                let lb = self.src.after(self.src.expr_end(x));
                let rb = self.src.partner(lb);
                self.expr1(x, HIGHEST_PREC, 1);
                self.tok_at(T::LBrack, lb);
                let mut indices: Vec<Option<&Expr>> = vec![lo.as_deref(), hi.as_deref()];
                if max.is_some() {
                    indices.push(max.as_deref());
                }
                let mut needs_blanks = false;
                if depth <= 1 {
                    let count = indices.iter().filter(|x| x.is_some()).count();
                    let binaries = indices.iter().any(|x| matches!(x, Some(Expr { kind: ExprKind::Binary { .. }, .. })));
                    needs_blanks = count > 1 && binaries;
                }
                for i in 0..indices.len() {
                    if i > 0 {
                        if indices[i - 1].is_some() && needs_blanks {
                            self.ws(Ws::Blank);
                        }
                        self.tok(T::Colon);
                        if indices[i].is_some() && needs_blanks {
                            self.ws(Ws::Blank);
                        }
                    }
                    if let Some(x) = indices[i] {
                        self.expr0(x, depth + 1);
                    }
                }
                self.tok_at(T::RBrack, rb);
            }
            ExprKind::Call { fun, args, ellipsis, rparen } => {
                let depth = if args.len() > 1 { depth + 1 } else { depth };
                let paren = matches!(fun.kind, ExprKind::FuncType(_) | ExprKind::ChanType { dir: ChanDir::Recv, .. });
                if paren {
                    self.tok(T::LParen);
                }
                let was_indented = match &fun.kind {
                    ExprKind::Selector(x, sel) => {
                        self.set_pos(self.src.off(fun.pos));
                        self.selector_expr(x, sel, depth, true)
                    }
                    _ => {
                        self.expr1(fun, HIGHEST_PREC, depth);
                        false
                    }
                };
                if paren {
                    self.tok(T::RParen);
                }
                let lparen = self.src.start(self.src.after(self.src.expr_end(fun)));
                let rparen = self.src.off(*rparen);
                self.set_pos(lparen);
                self.tok(T::LParen);
                let xs: Vec<LE> = args.iter().map(LE::E).collect();
                if let Some(el) = ellipsis {
                    let el = self.src.off(*el);
                    self.expr_list(lparen, &xs, depth, 0, el);
                    self.set_pos(el);
                    self.tok(T::Ellipsis);
                    if self.line_for(el) < self.line_for(rparen) {
                        self.tok(T::Comma);
                        self.ws(Ws::Formfeed);
                    }
                } else {
                    self.expr_list(lparen, &xs, depth, COMMA_TERM, rparen);
                }
                self.set_pos(rparen);
                self.tok(T::RParen);
                if was_indented {
                    self.ws(Ws::Unindent);
                }
            }
            ExprKind::CompositeLit { ty, elts, rbrace } => {
                let lbrace = match ty {
                    Some(t) => {
                        self.expr1(t, HIGHEST_PREC, depth);
                        self.src.start(self.src.after(self.src.expr_end(t)))
                    }
                    None => pos,
                };
                let rbrace = self.src.off(*rbrace);
                self.level += 1;
                self.set_pos(lbrace);
                self.tok(T::LBrace);
                let xs: Vec<LE> = elts.iter().map(|el| if el.key.is_some() { LE::Kv(el) } else { LE::E(&el.value) }).collect();
                self.expr_list(lbrace, &xs, 1, COMMA_TERM, rbrace);
                let mut mode = NO_EXTRA_LINEBREAK;
                if !elts.is_empty() {
                    mode |= NO_EXTRA_BLANK;
                }
                self.ws(Ws::Indent);
                self.ws(Ws::Unindent);
                self.mode(mode);
                self.set_pos(rbrace);
                self.tok(T::RBrace);
                self.mode(mode);
                self.level -= 1;
            }
            ExprKind::ArrayType { len, dots, elem } => {
                self.tok(T::LBrack);
                if let Some(l) = len {
                    self.expr(l);
                } else if *dots {
                    self.set_pos(self.src.start(self.src.tix(pos) + 1));
                    self.tok(T::Ellipsis);
                }
                self.tok(T::RBrack);
                self.expr(elem);
            }
            ExprKind::StructType(fields) => {
                self.tok(T::Struct);
                self.struct_fields(self.src.tix(pos) + 1, fields);
            }
            ExprKind::FuncType(ft) => {
                self.tok(T::Func);
                self.signature(ft, self.src.tix(pos) + 1);
            }
            ExprKind::InterfaceType(elems) => {
                self.tok(T::Interface);
                self.interface_elems(self.src.tix(pos) + 1, elems);
            }
            ExprKind::MapType { key, value } => {
                self.tok(T::Map);
                self.tok(T::LBrack);
                self.expr(key);
                self.tok(T::RBrack);
                self.expr(value);
            }
            ExprKind::ChanType { dir, elem } => {
                match dir {
                    ChanDir::Both => self.tok(T::Chan),
                    ChanDir::Recv => {
                        self.tok(T::Arrow);
                        self.tok(T::Chan);
                    }
                    ChanDir::Send => {
                        self.tok(T::Chan);
                        self.tok(T::Arrow);
                    }
                }
                self.ws(Ws::Blank);
                self.expr(elem);
            }
        }
    }

    pub(super) fn distance_from(&self, start: Off, start_col: i64) -> i64 {
        if start != NOPOS && self.pos.valid() && self.pos_for(start).line == self.pos.line {
            return self.out.column - start_col;
        }
        INFINITY
    }
}
