//! The editor's coloured copy of the code, per line and only for the lines on show:
//! compiler-core's own lexer decides the classes, diagnostics underline the token they point
//! at.

use std::ops::Range;

use compiler_core::{highlight, HighlightClass};

/// A run of text with one style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seg {
    pub text: String,
    /// CSS class of the token kind; `None` for whitespace.
    pub class: Option<&'static str>,
    /// Inside the token a diagnostic points at.
    pub under: bool,
}

/// The styled runs of the code's lines in `range` (0-based line numbers; lines past the end
/// are left out): the text is lexed from its start (a comment or raw string may begin far
/// above) to the last line asked for, and only the lines asked for are cut into runs, so
/// the lines on show at the top of a long pasted text cost what a short text does.
/// `marks` are 1-based (line, byte column) diagnostic positions; positions outside the text
/// are ignored.
pub fn lines(code: &str, marks: &[(u32, u32)], range: Range<usize>) -> Vec<Vec<Seg>> {
    let starts: Vec<usize> = std::iter::once(0).chain(code.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let (first, last) = (range.start.min(starts.len()), range.end.min(starts.len()));
    if first >= last {
        return Vec::new();
    }
    // The text of the lines asked for, without the newline after the last one.
    let (lo, hi) = (starts[first], starts.get(last).map_or(code.len(), |s| s - 1));
    // Tokens after the lines asked for do not matter: the text is lexed up to their end.
    let spans = highlight(&code[..hi]);
    let spans = &spans[spans.partition_point(|s| s.end <= lo)..];
    let spans = &spans[..spans.partition_point(|s| s.start < hi)];
    let mut under: Vec<(usize, usize)> = Vec::new();
    for &(line, col) in marks {
        let Some(&ls) = starts.get((line as usize).wrapping_sub(1)) else { continue };
        if ls < lo || ls > hi {
            continue;
        }
        let le = code[ls..].find('\n').map_or(code.len(), |n| ls + n);
        let mut at = (ls + (col as usize).saturating_sub(1)).min(le);
        while !code.is_char_boundary(at) {
            at -= 1;
        }
        let range = match spans.iter().find(|s| s.start <= at && at < s.end) {
            Some(s) => (s.start, s.end.min(le)),
            // Past the end of a line (a missing token): mark the last character.
            None if at == le && at > ls => (code[ls..le].char_indices().last().map_or(ls, |(i, _)| ls + i), le),
            None => (at, code[at..le].chars().next().map_or(at, |c| at + c.len_utf8())),
        };
        if range.0 < range.1 {
            under.push(range);
        }
    }
    let mut cuts: Vec<usize> = vec![lo, hi];
    cuts.extend(spans.iter().flat_map(|s| [s.start, s.end]));
    cuts.extend(under.iter().flat_map(|u| [u.0, u.1]));
    cuts.extend(starts[first + 1..last].iter().flat_map(|&s| [s - 1, s]));
    cuts.retain(|&c| (lo..=hi).contains(&c) && code.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = vec![Vec::new()];
    let mut span = spans.iter().peekable();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let text = &code[a..b];
        if text == "\n" {
            out.push(Vec::new());
            continue;
        }
        while span.peek().is_some_and(|s| s.end <= a) {
            span.next();
        }
        let class = span.peek().filter(|s| s.start <= a).map(|s| class_name(s.class));
        let under = under.iter().any(|u| u.0 <= a && b <= u.1);
        if let Some(line) = out.last_mut() {
            line.push(Seg { text: text.to_string(), class, under });
        }
    }
    out
}

/// How many lines the editor shows for `code` (a final newline starts an empty last line).
pub fn line_count(code: &str) -> usize {
    code.bytes().filter(|b| *b == b'\n').count() + 1
}

fn class_name(c: HighlightClass) -> &'static str {
    match c {
        HighlightClass::Keyword => "tk-kw",
        HighlightClass::Ident => "tk-id",
        HighlightClass::Builtin => "tk-bi",
        HighlightClass::Number => "tk-num",
        HighlightClass::String | HighlightClass::Rune => "tk-str",
        HighlightClass::Comment => "tk-com",
        HighlightClass::Directive => "tk-dir",
        HighlightClass::Operator => "tk-op",
        HighlightClass::Punct => "tk-p",
        HighlightClass::Invalid => "tk-bad",
    }
}

#[cfg(test)]
mod tests {
    use super::{line_count, lines, Seg};

    const ALL: std::ops::Range<usize> = 0..usize::MAX;

    fn flat(lines: &[Vec<Seg>]) -> String {
        lines.iter().map(|l| l.iter().map(|s| s.text.as_str()).collect::<String>()).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn text_is_kept_exactly_and_classified() {
        let code = "package main\n\n//go:wasmexport f\nfunc f(x int32) bool { return x > 0 } // é\n";
        let l = lines(code, &[], ALL);
        assert_eq!(flat(&l), code);
        assert_eq!(l.len(), 5);
        assert_eq!(l[0][0], Seg { text: "package".into(), class: Some("tk-kw"), under: false });
        assert_eq!(l[2][0].class, Some("tk-dir"));
        assert!(l[3].iter().any(|s| s.text == "int32" && s.class == Some("tk-bi")));
        assert!(l[3].iter().any(|s| s.text == "// é" && s.class == Some("tk-com")));
    }

    #[test]
    fn diagnostics_underline_their_token() {
        let code = "package main\nfunc f(x int) {}\n";
        let l = lines(code, &[(2, 10), (9, 1), (2, 400)], ALL);
        let under: Vec<_> = l[1].iter().filter(|s| s.under).map(|s| s.text.as_str()).collect();
        assert_eq!(under, ["int", "}"]);
    }

    #[test]
    fn any_input_is_safe() {
        for code in ["", "\n", "\"unterminated\n", "x := 'é", "/* open", "é\u{0}\t`raw\nmore"] {
            let l = lines(code, &[(1, 2), (1, 1), (2, 1), (0, 0)], ALL);
            assert_eq!(flat(&l), code);
            assert_eq!(l.len(), line_count(code));
        }
    }

    #[test]
    fn a_range_of_lines_is_cut_as_the_whole_text_is() {
        let code = "package main\n\n/* a comment\nover lines */\nvar s = `raw\nstring` // é\nfunc f(x int) {}\n";
        let all = lines(code, &[(7, 10)], ALL);
        for a in 0..=all.len() {
            for b in a..=all.len() + 1 {
                assert_eq!(lines(code, &[(7, 10)], a..b), all[a.min(all.len())..b.min(all.len())], "{a}..{b}");
            }
        }
        assert_eq!(all[3][0].class, Some("tk-com"), "the comment's second line: {:?}", all[3]);
        assert!(all[6].iter().any(|s| s.under && s.text == "int"));
    }
}
