//! The printer's core, as go/printer's: items go out with delayed white space, comments are
//! interleaved by source position, and line breaks follow the source's lines. The output
//! still carries tabwriter cells (`\t`, `\v`, `\f`, escapes) for `tabwriter` to align.

use std::collections::HashMap;

use super::doc;
use super::source::{Comment, Off, Src, NOPOS};
use crate::syntax::token::T;

pub(super) const MAX_NEWLINES: i64 = 2;
pub(super) const INFINITY: i64 = 1 << 30;
/// Brackets text the tabwriter must not split into cells.
pub(super) const ESCAPE: u8 = 0xff;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Ws {
    Ignore,
    Blank,
    Vtab,
    Newline,
    Formfeed,
    Indent,
    Unindent,
}

impl Ws {
    fn byte(self) -> u8 {
        match self {
            Ws::Blank => b' ',
            Ws::Vtab => b'\x0b',
            Ws::Newline => b'\n',
            Ws::Formfeed => b'\x0c',
            _ => 0,
        }
    }
}

/// Printer modes toggled by `Item::Mode`.
pub(super) const NO_EXTRA_BLANK: u8 = 1;
pub(super) const NO_EXTRA_LINEBREAK: u8 = 2;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Position {
    pub offset: i64,
    pub line: i64,
    pub column: i64,
}

impl Position {
    pub fn valid(&self) -> bool {
        self.line > 0
    }
}

#[derive(Clone, Copy, Debug)]
pub(super) enum Item<'t> {
    Ws(Ws),
    Mode(u8),
    Tok(T),
    Ident(&'t str),
    /// A basic literal of the given kind, written as is.
    Lit(T, &'t str),
}

pub(super) struct Printer<'s, 'a> {
    pub src: &'s Src<'a>,
    pub output: Vec<u8>,
    pub indent: i64,
    /// > 0 inside composite literals.
    pub level: i64,
    mode: u8,
    end_alignment: bool,
    implied_semi: bool,
    last_tok: T,
    pub prev_open: T,
    wsbuf: Vec<Ws>,
    pub pos: Position,
    pub out: Position,
    last: Position,
    line_slot: Option<usize>,
    /// Output lines recorded for callers (`record_line`).
    pub slots: Vec<i64>,
    with_comments: bool,
    cindex: usize,
    /// Group index of the next comment group, if any.
    comment: Option<usize>,
    comment_offset: i64,
    comment_newline: bool,
    /// Sizes of nodes printed on one line, by node address and kind (go/printer's nodeSizes).
    pub sizes: HashMap<(usize, u8), i64>,
    pub normalize_numbers: bool,
    /// `go` and `defer` statements whose expression is not a call, with the keyword: go/parser
    /// rejects them, so gofmt does (the compiler's parser leaves them to the checker).
    pub not_calls: Vec<(u32, &'static str)>,
}

fn nlimit(n: i64) -> i64 {
    n.min(MAX_NEWLINES)
}

fn may_combine(prev: T, next: u8) -> bool {
    match prev {
        T::Int => next == b'.',
        T::Add => next == b'+',
        T::Sub => next == b'-',
        T::Quo => next == b'*',
        T::Lss => next == b'-' || next == b'<',
        T::And => next == b'&' || next == b'^',
        _ => false,
    }
}

fn implies_semi(t: T) -> bool {
    matches!(t, T::Break | T::Continue | T::Fallthrough | T::Return | T::Inc | T::Dec | T::RParen | T::RBrack | T::RBrace)
}

impl<'s, 'a> Printer<'s, 'a> {
    pub fn new(src: &'s Src<'a>, with_comments: bool, sizes: HashMap<(usize, u8), i64>) -> Self {
        let start = Position { offset: 0, line: 1, column: 1 };
        let mut p = Printer {
            src,
            output: Vec::with_capacity(if with_comments { src.text.len() + 1024 } else { 64 }),
            indent: 0,
            level: 0,
            mode: 0,
            end_alignment: false,
            implied_semi: false,
            last_tok: T::Illegal,
            prev_open: T::Illegal,
            wsbuf: Vec::with_capacity(16),
            pos: start,
            out: start,
            last: Position::default(),
            line_slot: None,
            slots: Vec::new(),
            with_comments,
            cindex: 0,
            comment: None,
            comment_offset: INFINITY,
            comment_newline: false,
            sizes,
            normalize_numbers: with_comments,
            not_calls: Vec::new(),
        };
        p.next_comment();
        p
    }

    pub fn pos_for(&self, off: Off) -> Position {
        if off == NOPOS {
            return Position::default();
        }
        let (line, column) = self.src.line_col(off);
        Position { offset: off as i64, line, column }
    }

    pub fn line_for(&self, off: Off) -> i64 {
        self.src.line(off)
    }

    pub fn set_pos(&mut self, off: Off) {
        if off != NOPOS {
            self.pos = self.pos_for(off);
        }
    }

    /// Records the output line of the next item in `slots[slot]`.
    pub fn record_line(&mut self, slot: usize) {
        self.line_slot = Some(slot);
    }

    pub fn lines_from(&self, line: i64) -> i64 {
        self.out.line - line
    }

    fn group_list(&self, g: usize) -> &'s [Comment] {
        let gr = self.src.groups[g];
        &self.src.comments[gr.first..gr.last]
    }

    fn comments_have_newline(&self, list: &[Comment]) -> bool {
        let line = self.line_for(list[0].pos);
        for (i, c) in list.iter().enumerate() {
            if i > 0 && self.line_for(c.pos) != line {
                return true;
            }
            if c.is_line() || c.text.contains('\n') {
                return true;
            }
        }
        false
    }

    fn next_comment(&mut self) {
        if self.with_comments && self.cindex < self.src.groups.len() {
            let g = self.cindex;
            self.cindex += 1;
            self.comment = Some(g);
            let list = self.group_list(g);
            self.comment_offset = list[0].pos as i64;
            self.comment_newline = self.comments_have_newline(list);
            return;
        }
        self.comment = None;
        self.comment_offset = INFINITY;
    }

    pub fn comment_before(&self, next: Position) -> bool {
        self.comment_offset < next.offset && (!self.implied_semi || !self.comment_newline)
    }

    /// Total length of the comments before `next`, leaving the comment state unchanged.
    pub fn comment_size_before(&mut self, next: Position) -> i64 {
        let saved = (self.cindex, self.comment, self.comment_offset, self.comment_newline);
        let mut size = 0;
        while self.comment_before(next) {
            if let Some(g) = self.comment {
                size += self.group_list(g).iter().map(|c| c.text.len() as i64).sum::<i64>();
            }
            self.next_comment();
        }
        (self.cindex, self.comment, self.comment_offset, self.comment_newline) = saved;
        size
    }

    fn write_indent(&mut self) {
        let n = self.indent.max(0);
        for _ in 0..n {
            self.output.push(b'\t');
        }
        self.pos.offset += n;
        self.pos.column += n;
        self.out.column += n;
    }

    pub fn write_byte(&mut self, ch: u8, n: i64) {
        let mut ch = ch;
        if self.end_alignment {
            match ch {
                b'\t' | b'\x0b' => ch = b' ',
                b'\n' | b'\x0c' => {
                    ch = b'\x0c';
                    self.end_alignment = false;
                }
                _ => {}
            }
        }
        if self.out.column == 1 {
            self.write_indent();
        }
        for _ in 0..n {
            self.output.push(ch);
        }
        self.pos.offset += n;
        if ch == b'\n' || ch == b'\x0c' {
            self.pos.line += n;
            self.out.line += n;
            self.pos.column = 1;
            self.out.column = 1;
            return;
        }
        self.pos.column += n;
        self.out.column += n;
    }

    fn write_string(&mut self, pos: Position, s: &str, is_lit: bool) {
        if self.out.column == 1 {
            self.write_indent();
        }
        if pos.valid() {
            self.pos = pos;
        }
        if is_lit {
            self.output.push(ESCAPE);
        }
        self.output.extend_from_slice(s.as_bytes());
        let mut nlines = 0;
        let mut li = 0;
        for (i, ch) in s.bytes().enumerate() {
            if ch == b'\n' || ch == b'\x0c' {
                nlines += 1;
                li = i;
                self.end_alignment = true;
            }
        }
        self.pos.offset += s.len() as i64;
        if nlines > 0 {
            self.pos.line += nlines;
            self.out.line += nlines;
            let c = (s.len() - li) as i64;
            self.pos.column = c;
            self.out.column = c;
        } else {
            self.pos.column += s.len() as i64;
            self.out.column += s.len() as i64;
        }
        if is_lit {
            self.output.push(ESCAPE);
        }
        self.last = self.pos;
    }

    fn write_comment_prefix(&mut self, pos: Position, next: Position, prev: Option<&Comment>, tok: T) {
        if self.output.is_empty() {
            return;
        }
        if pos.line == self.last.line && prev.is_none_or(|c| !c.is_line()) {
            // Comment on the same line as the last item: separate with at least one blank.
            let mut has_sep = false;
            if prev.is_none() {
                let mut j = 0;
                let mut i = 0;
                while i < self.wsbuf.len() {
                    match self.wsbuf[i] {
                        Ws::Blank => {
                            self.wsbuf[i] = Ws::Ignore;
                            i += 1;
                            continue;
                        }
                        Ws::Vtab => {
                            has_sep = true;
                            i += 1;
                            continue;
                        }
                        Ws::Indent => {
                            i += 1;
                            continue;
                        }
                        _ => {}
                    }
                    j = i;
                    break;
                }
                self.write_whitespace(j);
            }
            if !has_sep {
                let sep = if pos.line == next.line { b' ' } else { b'\t' };
                self.write_byte(sep, 1);
            }
        } else {
            // Comment on a different line: separate with at least one line break.
            let mut dropped_linebreak = false;
            let mut j = 0;
            let mut i = 0;
            while i < self.wsbuf.len() {
                match self.wsbuf[i] {
                    Ws::Blank | Ws::Vtab => {
                        self.wsbuf[i] = Ws::Ignore;
                        i += 1;
                        continue;
                    }
                    Ws::Indent => {
                        i += 1;
                        continue;
                    }
                    Ws::Unindent => {
                        if i + 1 < self.wsbuf.len() && self.wsbuf[i + 1] == Ws::Unindent {
                            i += 1;
                            continue;
                        }
                        if tok != T::RBrace && pos.column == next.column {
                            i += 1;
                            continue;
                        }
                    }
                    Ws::Newline | Ws::Formfeed => {
                        self.wsbuf[i] = Ws::Ignore;
                        dropped_linebreak = prev.is_none();
                    }
                    _ => {}
                }
                j = i;
                break;
            }
            self.write_whitespace(j);
            let mut n = 0;
            if pos.valid() && self.last.valid() {
                n = (pos.line - self.last.line).max(0);
            }
            if self.indent == 0 && dropped_linebreak {
                n += 1;
            }
            if n == 0 && prev.is_some_and(|c| c.is_line()) {
                n = 1;
            }
            if n > 0 {
                self.write_byte(b'\x0c', nlimit(n));
            }
        }
    }

    fn write_comment(&mut self, c: &Comment) {
        let text = c.text.as_str();
        let mut pos = self.pos_for(c.pos);
        if c.is_line() {
            self.write_string(pos, text.trim_end(), true);
            return;
        }
        let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        if pos.valid() && pos.column == 1 && self.indent > 0 {
            for l in lines.iter_mut().skip(1) {
                l.insert_str(0, "   ");
            }
        }
        doc::strip_common_prefix(&mut lines);
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                self.write_byte(b'\x0c', 1);
                pos = self.pos;
            }
            if !line.is_empty() {
                self.write_string(pos, line.trim_end(), true);
            }
        }
    }

    fn write_comment_suffix(&mut self, mut needs_linebreak: bool) -> (bool, bool) {
        let mut wrote_newline = false;
        let mut dropped_ff = false;
        for i in 0..self.wsbuf.len() {
            match self.wsbuf[i] {
                Ws::Blank | Ws::Vtab => self.wsbuf[i] = Ws::Ignore,
                Ws::Newline | Ws::Formfeed => {
                    if needs_linebreak {
                        needs_linebreak = false;
                        wrote_newline = true;
                    } else {
                        if self.wsbuf[i] == Ws::Formfeed {
                            dropped_ff = true;
                        }
                        self.wsbuf[i] = Ws::Ignore;
                    }
                }
                _ => {}
            }
        }
        self.write_whitespace(self.wsbuf.len());
        if needs_linebreak {
            self.write_byte(b'\n', 1);
            wrote_newline = true;
        }
        (wrote_newline, dropped_ff)
    }

    fn contains_linebreak(&self) -> bool {
        self.wsbuf.iter().any(|&w| w == Ws::Newline || w == Ws::Formfeed)
    }

    fn intersperse_comments(&mut self, next: Position, tok: T) -> (bool, bool) {
        let mut last: Option<Comment> = None;
        while self.comment_before(next) {
            let Some(g) = self.comment else { break };
            let list = self.group_list(g);
            let first = &list[0];
            let end = list[list.len() - 1].end();
            let mut changed = false;
            let mut formatted: Option<Vec<Comment>> = None;
            if tok != T::Ident && self.last_tok != T::Import && self.pos_for(first.pos).column == 1 && self.pos_for(end + 1) == next {
                formatted = doc::format_doc_comment(list);
                changed = true;
            }
            let items: &[Comment] = formatted.as_deref().unwrap_or(list);
            for c in items {
                self.write_comment_prefix(self.pos_for(c.pos), next, last.as_ref(), tok);
                self.write_comment(c);
                last = Some(c.clone());
            }
            if changed {
                let l = &list[list.len() - 1];
                last = Some(l.clone());
                self.pos = self.pos_for(l.end());
                self.last = self.pos;
            }
            self.next_comment();
        }
        if let Some(last) = last {
            let mut needs_linebreak = false;
            if self.mode & NO_EXTRA_BLANK == 0
                && !last.is_line()
                && self.line_for(last.pos) == next.line
                && tok != T::Comma
                && (tok != T::RParen || self.prev_open == T::LParen)
                && (tok != T::RBrack || self.prev_open == T::LBrack)
            {
                if self.contains_linebreak() && self.mode & NO_EXTRA_LINEBREAK == 0 && self.level == 0 {
                    needs_linebreak = true;
                } else {
                    self.write_byte(b' ', 1);
                }
            }
            if last.is_line() || tok == T::Eof || (tok == T::RBrace && self.mode & NO_EXTRA_LINEBREAK == 0) {
                needs_linebreak = true;
            }
            return self.write_comment_suffix(needs_linebreak);
        }
        (false, false)
    }

    fn write_whitespace(&mut self, n: usize) {
        let mut i = 0;
        while i < n {
            match self.wsbuf[i] {
                Ws::Ignore => {}
                Ws::Indent => self.indent += 1,
                Ws::Unindent => self.indent = (self.indent - 1).max(0),
                ch @ (Ws::Newline | Ws::Formfeed) => {
                    // A line break followed by an unindent: unindent first, so a comment
                    // at the break gets the right indentation.
                    if i + 1 < n && self.wsbuf[i + 1] == Ws::Unindent {
                        self.wsbuf[i] = Ws::Unindent;
                        self.wsbuf[i + 1] = Ws::Formfeed;
                        continue;
                    }
                    self.write_byte(ch.byte(), 1);
                }
                ch => self.write_byte(ch.byte(), 1),
            }
            i += 1;
        }
        self.wsbuf.drain(..n);
    }

    pub fn ws(&mut self, w: Ws) {
        self.print(Item::Ws(w));
    }

    pub fn tok(&mut self, t: T) {
        self.print(Item::Tok(t));
    }

    pub fn mode(&mut self, m: u8) {
        self.print(Item::Mode(m));
    }

    pub fn print(&mut self, item: Item<'_>) {
        match self.last_tok {
            T::Illegal => {}
            T::LParen | T::LBrack => self.prev_open = self.last_tok,
            _ => self.prev_open = T::Illegal,
        }
        let data: &str;
        let is_lit: bool;
        let implied_semi: bool;
        let owned;
        match item {
            Item::Mode(m) => {
                self.mode ^= m;
                return;
            }
            Item::Ws(w) => {
                if w == Ws::Ignore {
                    return;
                }
                self.wsbuf.push(w);
                if w == Ws::Newline || w == Ws::Formfeed {
                    self.implied_semi = false;
                }
                self.last_tok = T::Illegal;
                return;
            }
            Item::Ident(s) => {
                data = s;
                is_lit = false;
                implied_semi = true;
                self.last_tok = T::Ident;
            }
            Item::Lit(kind, s) => {
                // go/scanner drops carriage returns from raw strings.
                owned = if self.normalize_numbers { normalized_number(kind, s) } else { None }.or_else(|| (s.starts_with('`') && s.contains('\r')).then(|| s.replace('\r', "")));
                data = owned.as_deref().unwrap_or(s);
                is_lit = true;
                implied_semi = true;
                self.last_tok = kind;
            }
            Item::Tok(t) => {
                let s = t.text();
                if may_combine(self.last_tok, s.as_bytes()[0]) {
                    self.wsbuf.clear();
                    self.wsbuf.push(Ws::Blank);
                }
                data = s;
                is_lit = false;
                implied_semi = implies_semi(t);
                self.last_tok = t;
            }
        }
        let next = self.pos;
        let (wrote_newline, dropped_ff) = self.flush(next, self.last_tok);
        let mut implied = implied_semi;
        if !self.implied_semi {
            let mut n = nlimit(next.line - self.pos.line);
            if wrote_newline && n == MAX_NEWLINES {
                n = MAX_NEWLINES - 1;
            }
            if n > 0 {
                let ch = if dropped_ff { b'\x0c' } else { b'\n' };
                self.write_byte(ch, n);
                implied = false;
            }
        }
        if let Some(slot) = self.line_slot.take() {
            if let Some(s) = self.slots.get_mut(slot) {
                *s = self.out.line;
            }
        }
        self.write_string(next, data, is_lit);
        self.implied_semi = implied;
    }

    pub fn flush(&mut self, next: Position, tok: T) -> (bool, bool) {
        if self.comment_before(next) {
            self.intersperse_comments(next, tok)
        } else {
            self.write_whitespace(self.wsbuf.len());
            (false, false)
        }
    }

    /// Flushes everything at the end of the file.
    pub fn finish(&mut self) {
        self.implied_semi = false;
        self.flush(Position { offset: INFINITY, line: INFINITY, column: 0 }, T::Eof);
    }
}

/// gofmt's number normalization: lower-case prefixes and exponents, no leading zeros on
/// imaginary integer literals.
fn normalized_number(kind: T, x: &str) -> Option<String> {
    if !matches!(kind, T::Int | T::Float | T::Imag) || x.len() < 2 {
        return None;
    }
    let out = match &x[..2] {
        "0X" => {
            let mut s = format!("0x{}", &x[2..]);
            if let Some(i) = s.rfind('P') {
                s.replace_range(i..i + 1, "p");
            }
            s
        }
        "0x" => {
            let i = x.rfind('P')?;
            format!("{}p{}", &x[..i], &x[i + 1..])
        }
        "0O" => format!("0o{}", &x[2..]),
        "0B" => format!("0b{}", &x[2..]),
        "0o" | "0b" => return None,
        _ => {
            if let Some(i) = x.rfind('E') {
                format!("{}e{}", &x[..i], &x[i + 1..])
            } else if x.ends_with('i') && !x.contains(['.', 'e']) {
                let t = x.trim_start_matches(['0', '_']);
                if t == "i" {
                    "0i".to_string()
                } else {
                    t.to_string()
                }
            } else {
                return None;
            }
        }
    };
    (out != x).then_some(out)
}
