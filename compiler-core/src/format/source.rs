//! What the printer knows of the source besides the syntax tree: lines, tokens (to find the
//! brackets, keywords and tags the tree does not record), and the comments, grouped as
//! go/parser groups them.

use crate::diag::Pos;
use crate::syntax::ast::{Expr, ExprKind, Field, FuncType, Ident};
use crate::syntax::lexer::Token;
use crate::syntax::token::T;

/// A byte offset in the file; `NOPOS` when there is none.
pub(super) type Off = u32;
pub(super) const NOPOS: Off = u32::MAX;

#[derive(Clone, Debug)]
pub(super) struct Comment {
    /// Offset of the comment's first `/`; moved when imports are sorted.
    pub pos: Off,
    pub text: String,
}

impl Comment {
    pub fn end(&self) -> Off {
        self.pos + self.text.len() as Off
    }
    pub fn is_line(&self) -> bool {
        self.text.as_bytes().get(1) == Some(&b'/')
    }
}

/// Adjacent comments, as go/parser groups them (`first..last` in `Src::comments`).
#[derive(Clone, Copy, Debug)]
pub(super) struct Group {
    pub first: usize,
    pub last: usize,
    /// The group follows a token on that token's line and the next token is on a later
    /// line: go/parser's line comment of that token.
    pub line_comment: bool,
    /// The group ends on the line just above the next token, not as a line comment.
    pub lead: bool,
}

pub(super) struct Src<'a> {
    pub text: &'a str,
    /// The position the parser gave the file's first byte.
    pub base: Pos,
    pub toks: Vec<Token>,
    /// For each bracket token, the index of its partner.
    partner: Vec<u32>,
    /// Offsets where lines start; entries are removed where gofmt merges lines.
    pub line_starts: Vec<Off>,
    pub comments: Vec<Comment>,
    pub groups: Vec<Group>,
}

impl<'a> Src<'a> {
    pub fn new(text: &'a str, base: Pos, toks: Vec<Token>) -> Src<'a> {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i as Off + 1));
        let mut partner = vec![u32::MAX; toks.len()];
        let mut stack: Vec<usize> = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            match t.t {
                T::LParen | T::LBrack | T::LBrace => stack.push(i),
                T::RParen | T::RBrack | T::RBrace => {
                    if let Some(o) = stack.pop() {
                        partner[o] = i as u32;
                        partner[i] = o as u32;
                    }
                }
                _ => {}
            }
        }
        let mut src = Src { text, base, toks, partner, line_starts, comments: Vec::new(), groups: Vec::new() };
        src.collect_comments();
        src
    }

    /// Joins `line` and the next one, as go/token's MergeLine.
    pub fn merge_line(&mut self, line: i64) {
        let i = line as usize;
        if i >= 1 && i < self.line_starts.len() {
            self.line_starts.remove(i);
        }
    }

    /// 1-based line of an offset (0 for `NOPOS`).
    pub fn line(&self, off: Off) -> i64 {
        if off == NOPOS {
            return 0;
        }
        self.line_starts.partition_point(|&s| s <= off) as i64
    }

    /// 1-based line and column of an offset.
    pub fn line_col(&self, off: Off) -> (i64, i64) {
        let l = self.line_starts.partition_point(|&s| s <= off);
        let start = self.line_starts[l.saturating_sub(1)];
        (l as i64, (off - start) as i64 + 1)
    }

    /// Offset of an AST position.
    pub fn off(&self, p: Pos) -> Off {
        p.saturating_sub(self.base)
    }

    /// Index of the token (not an inserted semicolon) starting at `off`, or of the next one.
    pub fn tix(&self, off: Off) -> usize {
        let mut i = self.toks.partition_point(|t| t.start < off);
        while i + 1 < self.toks.len() && self.toks[i].t == (T::Semi { auto: true }) {
            i += 1;
        }
        i
    }

    pub fn tok(&self, i: usize) -> T {
        self.toks.get(i).map_or(T::Eof, |t| t.t)
    }

    pub fn start(&self, i: usize) -> Off {
        self.toks.get(i).map_or(self.text.len() as Off, |t| t.start)
    }

    pub fn tok_text(&self, i: usize) -> &'a str {
        self.toks.get(i).and_then(|t| self.text.get(t.start as usize..t.end as usize)).unwrap_or("")
    }

    /// The partner of a bracket token.
    pub fn partner(&self, i: usize) -> usize {
        self.partner.get(i).map_or(i, |&p| if p == u32::MAX { i } else { p as usize })
    }

    /// Index of the token that follows a node ending at `end` (inserted semicolons skipped).
    pub fn after(&self, end: Off) -> usize {
        self.tix(end)
    }

    pub fn ident_end(&self, id: &Ident) -> Off {
        self.off(id.pos) + id.name.len() as Off
    }

    /// End offset (exclusive) of an expression, as go/ast's `End`.
    pub fn expr_end(&self, e: &Expr) -> Off {
        let pos = self.off(e.pos);
        match &e.kind {
            ExprKind::Bad => pos,
            ExprKind::Ident(n) => pos + n.len() as Off,
            ExprKind::BasicLit { raw, .. } => pos + raw.len() as Off,
            ExprKind::CompositeLit { rbrace, .. } => self.off(*rbrace) + 1,
            ExprKind::FuncLit { body, .. } => self.off(body.rbrace) + 1,
            ExprKind::Paren(_) => self.start(self.partner(self.tix(pos))) + 1,
            ExprKind::Selector(_, sel) => self.ident_end(sel),
            ExprKind::Index(x, _) | ExprKind::Slice { x, .. } => {
                let lb = self.after(self.expr_end(x));
                self.start(self.partner(lb)) + 1
            }
            ExprKind::TypeAssert { x, .. } => {
                let lp = self.after(self.expr_end(x)) + 1;
                self.start(self.partner(lp)) + 1
            }
            ExprKind::Call { rparen, .. } => self.off(*rparen) + 1,
            ExprKind::Star(x) | ExprKind::Unary(_, x) => self.expr_end(x),
            ExprKind::Binary { xy, .. } => self.expr_end(&xy[1]),
            ExprKind::ArrayType { elem, .. } => self.expr_end(elem),
            ExprKind::StructType(_) | ExprKind::InterfaceType(_) => {
                let lb = self.tix(pos) + 1;
                self.start(self.partner(lb)) + 1
            }
            ExprKind::FuncType(ft) => self.func_type_end(ft, self.tix(pos) + 1),
            ExprKind::MapType { value, .. } => self.expr_end(value),
            ExprKind::ChanType { elem, .. } => self.expr_end(elem),
        }
    }

    /// End of a signature whose parameter list opens at token `lparen`.
    pub fn func_type_end(&self, ft: &FuncType, lparen: usize) -> Off {
        let close = self.partner(lparen);
        match ft.results.last() {
            None => self.start(close) + 1,
            Some(last) => {
                if self.tok(close + 1) == T::LParen {
                    self.start(self.partner(close + 1)) + 1
                } else {
                    self.expr_end(&last.ty)
                }
            }
        }
    }

    /// Start of a field: its first name, its `...`, or its type.
    pub fn field_pos(&self, f: &Field) -> Off {
        match f.names.first() {
            Some(n) => self.off(n.pos),
            None if f.variadic => self.start(self.tix(self.off(f.ty.pos)).saturating_sub(1)),
            None => self.off(f.ty.pos),
        }
    }

    /// The token index of a struct field's tag, if it has one.
    pub fn tag_tok(&self, f: &Field) -> Option<usize> {
        let i = self.after(self.expr_end(&f.ty));
        (self.tok(i) == T::Str).then_some(i)
    }

    pub fn field_end(&self, f: &Field) -> Off {
        match self.tag_tok(f) {
            Some(i) => self.toks[i].end,
            None => self.expr_end(&f.ty),
        }
    }

    pub fn group_pos(&self, g: usize) -> Off {
        self.comments[self.groups[g].first].pos
    }

    pub fn group_end(&self, g: usize) -> Off {
        self.comments[self.groups[g].last - 1].end()
    }

    /// The first comment group at or after `off`.
    pub fn group_at(&self, off: Off) -> usize {
        self.groups.partition_point(|g| self.comments[g.first].pos < off)
    }

    /// The line comment of a node whose last token ends at `end` (go/parser's `Comment`).
    pub fn line_comment(&self, end: Off) -> Option<usize> {
        let g = self.group_at(end);
        let next = self.start(self.after(end));
        (g < self.groups.len() && self.group_pos(g) < next && self.groups[g].line_comment).then_some(g)
    }

    /// Whether the token starting at `off` has a doc comment (go/parser's lead comment).
    pub fn has_doc(&self, off: Off) -> bool {
        let g = self.group_at(off);
        g > 0 && self.groups[g - 1].lead && self.line(self.group_end(g - 1)) + 1 == self.line(off) && {
            let i = self.tix(off);
            i == 0 || self.toks[i - 1].end <= self.group_pos(g - 1)
        }
    }

    /// Comments are whatever the lexer skipped between tokens.
    fn collect_comments(&mut self) {
        let bytes = self.text.as_bytes();
        let mut prev_end: usize = 0;
        let mut prev_line: i64 = 0;
        let real: Vec<(Off, Off, T)> = self.toks.iter().filter(|t| t.t != T::Semi { auto: true }).map(|t| (t.start, t.end, t.t)).collect();
        for &(start, end, t) in &real {
            let gap_from = self.comments.len();
            let mut i = prev_end;
            let stop = start as usize;
            while i < stop {
                match (bytes[i], bytes.get(i + 1)) {
                    (b'/', Some(b'/')) => {
                        let e = self.text[i..stop].find('\n').map_or(stop, |n| i + n);
                        let text = self.text[i..e].trim_end_matches('\r');
                        self.comments.push(Comment { pos: i as Off, text: text.to_string() });
                        i = e;
                    }
                    (b'/', Some(b'*')) => {
                        let e = self.text[i + 2..stop].find("*/").map_or(stop, |n| i + 2 + n + 2);
                        let text: String = self.text[i..e].chars().filter(|&c| c != '\r').collect();
                        self.comments.push(Comment { pos: i as Off, text });
                        i = e;
                    }
                    _ => i += 1,
                }
            }
            let next_line = self.line(start);
            self.group_gap(gap_from, prev_line, next_line, t == T::Semi { auto: false } || t == T::Eof);
            prev_end = end as usize;
            prev_line = if end > start { self.line(end - 1) } else { self.line(start) };
        }
    }

    /// Groups the comments `from..` of one gap between tokens as go/parser does.
    fn group_gap(&mut self, from: usize, prev_line: i64, next_line: i64, next_is_semi: bool) {
        let n = self.comments.len();
        let mut i = from;
        let take = |src: &Src, i: usize, slack: i64| -> usize {
            let mut end_line = src.line(src.comments[i].pos);
            let mut j = i;
            while j < n && src.line(src.comments[j].pos) <= end_line + slack {
                end_line = src.line(src.comments[j].end().saturating_sub(1).max(src.comments[j].pos));
                j += 1;
            }
            j
        };
        if i < n && prev_line > 0 && self.line(self.comments[i].pos) == prev_line {
            let j = take(self, i, 0);
            let end_line = self.line(self.comments[j - 1].end() - 1);
            let line_comment = next_line != end_line || next_is_semi;
            self.groups.push(Group { first: i, last: j, line_comment, lead: false });
            i = j;
        }
        let loop_start = self.groups.len();
        while i < n {
            let j = take(self, i, 1);
            self.groups.push(Group { first: i, last: j, line_comment: false, lead: false });
            i = j;
        }
        if self.groups.len() > loop_start {
            let end_line = self.line(self.comments[n - 1].end() - 1);
            if let Some(g) = self.groups.last_mut() {
                g.lead = end_line + 1 == next_line;
            }
        }
    }
}
