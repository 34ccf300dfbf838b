//! The lexer: Go tokens with automatic semicolons, literals validated with gc's messages,
//! and `//go:` directives collected for the parser. Also a highlighter for the editor.

use super::token::{Op, T};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub t: T,
    /// Byte offsets in the file.
    pub start: u32,
    pub end: u32,
    /// 1-based line of `start`.
    pub line: u32,
}

/// A line comment starting with `//go:`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawDirective {
    /// Offset of the `g` after `//`.
    pub pos: u32,
    pub line: u32,
    pub text: String,
}

/// The result of lexing one file.
#[derive(Clone, Debug, Default)]
pub struct Lexed {
    pub tokens: Vec<Token>,
    /// Lines (1-based) that hold only a comment, for attaching directives.
    pub comment_lines: Vec<u32>,
    pub directives: Vec<RawDirective>,
    /// (offset, message) of lexical errors.
    pub errors: Vec<(u32, String)>,
}

/// Lexes a whole file.
pub fn lex(src: &str) -> Lexed {
    let mut lx = Lexer { s: src.as_bytes(), src, i: 0, line: 1, out: Lexed::default(), last: T::Semi { auto: true }, line_has_token: false };
    // Go source averages over two bytes a token: growing the vector cost more.
    lx.out.tokens.reserve(src.len() / 2 + 2);
    lx.run();
    lx.out
}

struct Lexer<'a> {
    s: &'a [u8],
    src: &'a str,
    i: usize,
    line: u32,
    out: Lexed,
    last: T,
    line_has_token: bool,
}

/// ASCII letters, digits and `_`.
static IDENT_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 128 {
        t[c] = (c as u8).is_ascii_alphanumeric() || c == b'_' as usize;
        c += 1;
    }
    t
};

fn needs_semi(t: T) -> bool {
    matches!(
        t,
        T::Ident | T::Int | T::Float | T::Imag | T::Char | T::Str | T::Break | T::Continue | T::Fallthrough | T::Return | T::Inc | T::Dec | T::RParen | T::RBrack | T::RBrace
    )
}

impl<'a> Lexer<'a> {
    fn peek(&self, k: usize) -> u8 {
        self.s.get(self.i + k).copied().unwrap_or(0)
    }

    fn push(&mut self, t: T, start: usize) {
        self.out.tokens.push(Token { t, start: start as u32, end: self.i as u32, line: self.line });
        self.last = t;
        self.line_has_token = true;
    }

    fn err(&mut self, at: usize, msg: impl Into<String>) {
        self.out.errors.push((at as u32, msg.into()));
    }

    fn newline(&mut self, at: usize) {
        if needs_semi(self.last) {
            self.out.tokens.push(Token { t: T::Semi { auto: true }, start: at as u32, end: at as u32, line: self.line });
            self.last = T::Semi { auto: true };
        }
        self.line += 1;
        self.line_has_token = false;
    }

    fn run(&mut self) {
        while self.i < self.s.len() {
            let c = self.s[self.i];
            let start = self.i;
            match c {
                b'\n' => {
                    self.newline(start);
                    self.i += 1;
                }
                b' ' | b'\t' | b'\r' => self.i += 1,
                b'/' if self.peek(1) == b'/' => {
                    let end = self.src[start..].find('\n').map(|n| start + n).unwrap_or(self.s.len());
                    let text = self.src[start + 2..end].trim_end();
                    if !self.line_has_token {
                        self.out.comment_lines.push(self.line);
                    }
                    if text.starts_with("go:") && start == self.line_start(start) {
                        self.out.directives.push(RawDirective { pos: (start + 2) as u32, line: self.line, text: text.to_string() });
                    }
                    self.i = end;
                }
                b'/' if self.peek(1) == b'*' => {
                    let had_token = self.line_has_token;
                    let first_line = self.line;
                    match self.src[start + 2..].find("*/") {
                        Some(n) => {
                            let body = &self.src[start..start + 2 + n + 2];
                            let newlines = body.bytes().filter(|&b| b == b'\n').count() as u32;
                            self.i = start + 2 + n + 2;
                            if newlines > 0 {
                                if needs_semi(self.last) {
                                    self.out.tokens.push(Token { t: T::Semi { auto: true }, start: start as u32, end: start as u32, line: self.line });
                                    self.last = T::Semi { auto: true };
                                }
                                self.line += newlines;
                                self.line_has_token = false;
                            } else if !had_token {
                                self.out.comment_lines.push(first_line);
                            }
                        }
                        None => {
                            self.err(start, "comment not terminated");
                            self.line += self.s[start..].iter().filter(|&&b| b == b'\n').count() as u32;
                            self.i = self.s.len();
                        }
                    }
                }
                b'0'..=b'9' => self.number(),
                b'.' if self.peek(1).is_ascii_digit() => self.number(),
                b'"' => self.string(),
                b'`' => self.raw_string(),
                b'\'' => self.rune(),
                c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => self.ident(),
                _ => self.operator(),
            }
        }
        if needs_semi(self.last) {
            let n = self.s.len();
            self.out.tokens.push(Token { t: T::Semi { auto: true }, start: n as u32, end: n as u32, line: self.line });
        }
        let n = self.s.len() as u32;
        self.out.tokens.push(Token { t: T::Eof, start: n, end: n, line: self.line });
    }

    fn line_start(&self, at: usize) -> usize {
        // A directive must begin its line (only blanks before it).
        let ls = self.src[..at].rfind('\n').map(|p| p + 1).unwrap_or(0);
        if self.src[ls..at].trim().is_empty() {
            at
        } else {
            usize::MAX
        }
    }

    fn ident(&mut self) {
        let start = self.i;
        while let Some(&c) = self.s.get(self.i) {
            if IDENT_BYTE[c as usize] {
                self.i += 1;
            } else if c >= 0x80 {
                match self.src.get(self.i..).and_then(|r| r.chars().next()) {
                    Some(ch) if ch.is_alphanumeric() => self.i += ch.len_utf8(),
                    _ => break,
                }
            } else {
                break;
            }
        }
        if self.i == start {
            // A non-letter Unicode character.
            let ch = self.src[start..].chars().next().unwrap_or('?');
            self.i += ch.len_utf8().max(1);
            self.err(start, format!("invalid character U+{:04X} '{}'", ch as u32, ch));
            self.push(T::Illegal, start);
            return;
        }
        let t = keyword(&self.s[start..self.i]);
        self.push(t, start);
    }

    fn number(&mut self) {
        let start = self.i;
        let mut base = 10;
        let mut t = T::Int;
        if self.peek(0) == b'0' {
            match self.peek(1) | 0x20 {
                b'x' => base = 16,
                b'b' => base = 2,
                b'o' => base = 8,
                _ => {}
            }
            if base != 10 {
                self.i += 2;
            }
        }
        let digits = |c: u8, base: u32| -> bool {
            match base {
                16 => c.is_ascii_hexdigit(),
                _ => c.is_ascii_digit(),
            }
        };
        let mut saw_digit = false;
        let mut underscore = false;
        let mut bad_digit: Option<(usize, u8)> = None;
        let mut scan = |lx: &mut Lexer, saw: &mut bool, bad: &mut Option<(usize, u8)>| {
            while lx.i < lx.s.len() {
                let c = lx.s[lx.i];
                if c == b'_' || digits(c, base) {
                    if c == b'_' {
                        underscore = true;
                    } else {
                        *saw = true;
                        let v = (c as char).to_digit(16).unwrap_or(0);
                        if base != 16 && v >= base && bad.is_none() {
                            *bad = Some((lx.i, c));
                        }
                    }
                    lx.i += 1;
                } else {
                    break;
                }
            }
        };
        scan(self, &mut saw_digit, &mut bad_digit);
        if self.peek(0) == b'.' && (base == 10 || base == 16) {
            t = T::Float;
            self.i += 1;
            scan(self, &mut saw_digit, &mut bad_digit);
        }
        let exp = if base == 16 { b'p' } else { b'e' };
        if (self.peek(0) | 0x20) == exp && (base == 10 || base == 16) {
            t = T::Float;
            self.i += 1;
            if matches!(self.peek(0), b'+' | b'-') {
                self.i += 1;
            }
            let ds = self.i;
            while self.peek(0).is_ascii_digit() || self.peek(0) == b'_' {
                underscore |= self.peek(0) == b'_';
                self.i += 1;
            }
            if ds == self.i {
                self.err(start, "exponent has no digits");
            }
        } else if base == 16 && t == T::Float {
            self.err(start, "hexadecimal mantissa requires a 'p' exponent");
        }
        if self.peek(0) == b'i' {
            self.i += 1;
            t = T::Imag;
        }
        let text = &self.src[start..self.i];
        if !saw_digit && base != 10 {
            let name = match base {
                16 => "hexadecimal",
                8 => "octal",
                _ => "binary",
            };
            self.err(start, format!("{name} literal has no digits"));
        } else if let Some((at, c)) = bad_digit {
            if !(base == 10 && t != T::Int) {
                let name = match base {
                    2 => "binary",
                    8 => "octal",
                    _ => "decimal",
                };
                self.err(at, format!("invalid digit '{}' in {name} literal", c as char));
            }
        } else if t == T::Int && base == 10 && text.len() > 1 && text.starts_with('0') && text.bytes().any(|b| b == b'8' || b == b'9') {
            let at = start + text.bytes().position(|b| b == b'8' || b == b'9').unwrap_or(0);
            self.err(at, format!("invalid digit '{}' in octal literal", self.s[at] as char));
        }
        if underscore && (text.contains("__") || text.ends_with('_') || text.contains("_.") || text.contains("._")) {
            self.err(start, "'_' must separate successive digits");
        }
        self.push(t, start);
    }

    fn escape(&mut self, quote: u8) -> bool {
        // At the backslash.
        let at = self.i;
        self.i += 1;
        let c = self.peek(0);
        let (n, base, max): (usize, u32, u32) = match c {
            b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' => {
                self.i += 1;
                return true;
            }
            c if c == quote => {
                self.i += 1;
                return true;
            }
            b'0'..=b'7' => (3, 8, 255),
            b'x' => {
                self.i += 1;
                (2, 16, 255)
            }
            b'u' => {
                self.i += 1;
                (4, 16, 0x10FFFF)
            }
            b'U' => {
                self.i += 1;
                (8, 16, 0x10FFFF)
            }
            _ => {
                self.err(at, "unknown escape");
                if c != b'\n' && c != 0 {
                    // The whole character: stopping inside a multi-byte one broke later slicing.
                    self.i += self.src.get(self.i..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
                }
                return false;
            }
        };
        let mut v: u32 = 0;
        for _ in 0..n {
            let d = (self.peek(0) as char).to_digit(base);
            match d {
                Some(d) => {
                    v = v.saturating_mul(base).saturating_add(d);
                    self.i += 1;
                }
                None => {
                    self.err(self.i, "invalid character in escape sequence");
                    return false;
                }
            }
        }
        if v > max || (base == 16 && n > 2 && (0xD800..0xE000).contains(&v)) {
            self.err(at, "escape is invalid Unicode code point");
            return false;
        }
        true
    }

    fn string(&mut self) {
        let start = self.i;
        self.i += 1;
        loop {
            match self.peek(0) {
                b'"' => {
                    self.i += 1;
                    break;
                }
                b'\\' => {
                    self.escape(b'"');
                }
                b'\n' => {
                    self.err(start, "newline in string");
                    break;
                }
                0 if self.i >= self.s.len() => {
                    self.err(start, "string literal not terminated");
                    break;
                }
                _ => self.i += 1,
            }
        }
        self.push(T::Str, start);
    }

    fn raw_string(&mut self) {
        let start = self.i;
        match self.src[start + 1..].find('`') {
            Some(n) => self.i = start + n + 2,
            None => {
                self.err(start, "raw string literal not terminated");
                self.i = self.s.len();
            }
        }
        // The token's line is the one it starts on.
        self.push(T::Str, start);
        self.line += self.s[start..self.i].iter().filter(|&&b| b == b'\n').count() as u32;
    }

    fn rune(&mut self) {
        let start = self.i;
        self.i += 1;
        let mut n = 0;
        let mut ok = true;
        loop {
            match self.peek(0) {
                b'\'' => {
                    self.i += 1;
                    break;
                }
                b'\\' => {
                    ok &= self.escape(b'\'');
                    n += 1;
                }
                b'\n' | 0 => {
                    self.err(start, "rune literal not terminated");
                    ok = false;
                    break;
                }
                _ => {
                    self.i += self.src.get(self.i..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
                    n += 1;
                }
            }
        }
        if ok && n == 0 {
            self.err(start, "empty rune literal or unescaped ' in rune literal");
        } else if ok && n > 1 {
            self.err(start, "more than one character in rune literal");
        }
        self.push(T::Char, start);
    }

    fn operator(&mut self) {
        let start = self.i;
        let c1 = self.peek(1);
        let c2 = self.peek(2);
        // Nested on the first byte: the flat match on three bytes compiled to long chains.
        let (t, len) = match self.peek(0) {
            b'+' => match c1 {
                b'+' => (T::Inc, 2),
                b'=' => (T::OpAssign(Op::Add), 2),
                _ => (T::Add, 1),
            },
            b'-' => match c1 {
                b'-' => (T::Dec, 2),
                b'=' => (T::OpAssign(Op::Sub), 2),
                _ => (T::Sub, 1),
            },
            b'*' => if c1 == b'=' { (T::OpAssign(Op::Mul), 2) } else { (T::Mul, 1) },
            b'/' => if c1 == b'=' { (T::OpAssign(Op::Quo), 2) } else { (T::Quo, 1) },
            b'%' => if c1 == b'=' { (T::OpAssign(Op::Rem), 2) } else { (T::Rem, 1) },
            b'^' => if c1 == b'=' { (T::OpAssign(Op::Xor), 2) } else { (T::Xor, 1) },
            b'&' => match (c1, c2) {
                (b'^', b'=') => (T::OpAssign(Op::AndNot), 3),
                (b'^', _) => (T::AndNot, 2),
                (b'&', _) => (T::LAnd, 2),
                (b'=', _) => (T::OpAssign(Op::And), 2),
                _ => (T::And, 1),
            },
            b'|' => match c1 {
                b'|' => (T::LOr, 2),
                b'=' => (T::OpAssign(Op::Or), 2),
                _ => (T::Or, 1),
            },
            b'<' => match (c1, c2) {
                (b'<', b'=') => (T::OpAssign(Op::Shl), 3),
                (b'<', _) => (T::Shl, 2),
                (b'-', _) => (T::Arrow, 2),
                (b'=', _) => (T::Leq, 2),
                _ => (T::Lss, 1),
            },
            b'>' => match (c1, c2) {
                (b'>', b'=') => (T::OpAssign(Op::Shr), 3),
                (b'>', _) => (T::Shr, 2),
                (b'=', _) => (T::Geq, 2),
                _ => (T::Gtr, 1),
            },
            b'=' => if c1 == b'=' { (T::Eql, 2) } else { (T::Assign, 1) },
            b'!' => if c1 == b'=' { (T::Neq, 2) } else { (T::Not, 1) },
            b':' => if c1 == b'=' { (T::Define, 2) } else { (T::Colon, 1) },
            b'.' => if c1 == b'.' && c2 == b'.' { (T::Ellipsis, 3) } else { (T::Period, 1) },
            b'(' => (T::LParen, 1),
            b'[' => (T::LBrack, 1),
            b'{' => (T::LBrace, 1),
            b',' => (T::Comma, 1),
            b')' => (T::RParen, 1),
            b']' => (T::RBrack, 1),
            b'}' => (T::RBrace, 1),
            b';' => (T::Semi { auto: false }, 1),
            b'~' => (T::Tilde, 1),
            _ => {
                let ch = self.src[start..].chars().next().unwrap_or('?');
                self.i += ch.len_utf8().max(1);
                self.err(start, format!("invalid character U+{:04X} '{}'", ch as u32, ch));
                self.push(T::Illegal, start);
                return;
            }
        };
        self.i += len;
        self.push(t, start);
    }
}

/// The keyword spelled `w`, or `Ident`: one comparison after a switch on first byte and length.
fn keyword(w: &[u8]) -> T {
    let (t, spelling): (T, &[u8]) = match (w.first().copied().unwrap_or(0), w.len()) {
        (b'b', 5) => (T::Break, b"break"),
        (b'c', 4) if w[1] == b'a' => (T::Case, b"case"),
        (b'c', 4) => (T::Chan, b"chan"),
        (b'c', 5) => (T::Const, b"const"),
        (b'c', 8) => (T::Continue, b"continue"),
        (b'd', 7) => (T::Default, b"default"),
        (b'd', 5) => (T::Defer, b"defer"),
        (b'e', 4) => (T::Else, b"else"),
        (b'f', 11) => (T::Fallthrough, b"fallthrough"),
        (b'f', 3) => (T::For, b"for"),
        (b'f', 4) => (T::Func, b"func"),
        (b'g', 2) => (T::Go, b"go"),
        (b'g', 4) => (T::Goto, b"goto"),
        (b'i', 2) => (T::If, b"if"),
        (b'i', 6) => (T::Import, b"import"),
        (b'i', 9) => (T::Interface, b"interface"),
        (b'm', 3) => (T::Map, b"map"),
        (b'p', 7) => (T::Package, b"package"),
        (b'r', 5) => (T::Range, b"range"),
        (b'r', 6) => (T::Return, b"return"),
        (b's', 6) => match w[1] {
            b'e' => (T::Select, b"select"),
            b't' => (T::Struct, b"struct"),
            _ => (T::Switch, b"switch"),
        },
        (b't', 4) => (T::Type, b"type"),
        (b'v', 3) => (T::Var, b"var"),
        _ => return T::Ident,
    };
    if w == spelling {
        t
    } else {
        T::Ident
    }
}

/// What the editor colours a span as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HighlightClass {
    Keyword,
    Ident,
    Builtin,
    Number,
    String,
    Rune,
    Comment,
    Directive,
    Operator,
    Punct,
    Invalid,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HighlightSpan {
    pub start: usize,
    pub end: usize,
    pub class: HighlightClass,
}

const PREDECLARED: &[&str] = &[
    "bool", "byte", "complex64", "complex128", "error", "float32", "float64", "int", "int8", "int16", "int32", "int64", "rune", "string",
    "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "any", "comparable", "true", "false", "iota", "nil", "append", "cap",
    "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max", "min", "new", "panic", "print", "println", "real",
    "recover",
];

/// Spans for syntax highlighting: tokens and comments, never panicking on any input.
pub fn highlight(text: &str) -> Vec<HighlightSpan> {
    let lexed = lex(text);
    let mut spans: Vec<HighlightSpan> = Vec::new();
    for tk in &lexed.tokens {
        if tk.start == tk.end {
            continue;
        }
        let (s, e) = (tk.start as usize, tk.end as usize);
        let class = match tk.t {
            T::Ident => {
                if PREDECLARED.contains(&text.get(s..e).unwrap_or("")) {
                    HighlightClass::Builtin
                } else {
                    HighlightClass::Ident
                }
            }
            T::Int | T::Float | T::Imag => HighlightClass::Number,
            T::Str => HighlightClass::String,
            T::Char => HighlightClass::Rune,
            T::Illegal => HighlightClass::Invalid,
            T::LParen | T::RParen | T::LBrack | T::RBrack | T::LBrace | T::RBrace | T::Comma | T::Period | T::Colon | T::Semi { .. } => {
                HighlightClass::Punct
            }
            t if t.is_keyword() => HighlightClass::Keyword,
            _ => HighlightClass::Operator,
        };
        spans.push(HighlightSpan { start: s, end: e, class });
    }
    // Comments: whatever non-blank text between tokens starts with `//` or `/*`.
    let mut comments = Vec::new();
    let mut prev = 0usize;
    for sp in spans.iter().map(|s| (s.start, s.end)).chain(std::iter::once((text.len(), text.len()))) {
        let gap = text.get(prev..sp.0).unwrap_or("");
        let mut off = 0;
        while let Some(p) = gap[off..].find('/') {
            let at = off + p;
            let rest = &gap[at..];
            let len = if rest.starts_with("//") {
                rest.find('\n').unwrap_or(rest.len())
            } else if rest.starts_with("/*") {
                rest.find("*/").map(|n| n + 2).unwrap_or(rest.len())
            } else {
                off = at + 1;
                continue;
            };
            let class = if rest.starts_with("//go:") { HighlightClass::Directive } else { HighlightClass::Comment };
            comments.push(HighlightSpan { start: prev + at, end: prev + at + len, class });
            off = at + len;
            if off >= gap.len() {
                break;
            }
        }
        prev = sp.1;
    }
    spans.extend(comments);
    crate::sort::sort_by_key(&mut spans, |s| s.start);
    spans
}
