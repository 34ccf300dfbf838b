//! The editor's window on a long text. Chromium restyles and lays out all of a textarea's
//! text whenever it changes (about 35 ms for 2,000 lines), so a text of more than [`LONG`]
//! lines is not all in the textarea: it holds the lines around the view, and the editor
//! keeps the text before and after them ([`Split`]). Offsets in the textarea are the text's
//! less the window's start; a selection of the whole window stands for the whole text
//! (Ctrl+A selects the window), so select-all then copy, cut, paste or typing act on the
//! text. The window is whole lines, so edits inside it (indentation, newlines) see their
//! lines whole; it moves in steps of [`STEP`] lines as the view comes near its edges.

use std::ops::Range;

use crate::ide::byte_offset;

/// Texts of more lines than this are shown a window at a time.
pub const LONG: usize = 300;
/// Lines the window keeps beyond each edge of the view (the textarea scrolls itself to its
/// caret and the editor follows, so keys move the caret up to this far before the window moves).
const MARGIN: usize = 100;
const STEP: usize = 50;

/// The lines (0-based) the textarea holds for a text of `n` lines whose view shows `rows`
/// lines from line `top`.
pub fn wanted(n: usize, top: usize, rows: usize) -> Range<usize> {
    if n <= LONG {
        return 0..n;
    }
    let end = ((top + rows + MARGIN).div_ceil(STEP) * STEP).min(n);
    (top.saturating_sub(MARGIN) / STEP * STEP).min(end)..end
}

/// Whether the window `lines` still serves that view: it keeps half its margin beyond the
/// view (or reaches the text's edge), and is not much larger than [`wanted`] (the whole
/// text, shown while a selection crossed the window's edge).
pub fn serves(lines: &Range<usize>, n: usize, top: usize, rows: usize) -> bool {
    if n <= LONG {
        return *lines == (0..n);
    }
    let keep = MARGIN / 2;
    lines.len() <= rows + 2 * (MARGIN + STEP) && (lines.start == 0 || lines.start + keep <= top) && (lines.end >= n || top + rows + keep <= lines.end)
}

/// The text before and after the window, the textarea holding the rest.
pub struct Split {
    before: String,
    after: String,
    /// UTF-16 units of `before` and `after` (the textarea's units).
    units: (u32, u32),
    /// Lines `before` ends (the window's first line) and newlines in `after`.
    newlines: (usize, usize),
}

impl Split {
    /// `text` split around its lines `lines`: the split and the textarea's text.
    pub fn new(text: &str, lines: Range<usize>) -> (Split, &str) {
        let start = line_start(text, lines.start);
        let end = line_start(text, lines.end).max(start);
        let (before, after) = (&text[..start], &text[end..]);
        let units = |s: &str| s.encode_utf16().count() as u32;
        let split = Split {
            before: before.to_string(),
            after: after.to_string(),
            units: (units(before), units(after)),
            newlines: (lines.start.min(text.matches('\n').count()), after.matches('\n').count()),
        };
        (split, &text[start..end])
    }

    /// Whether the textarea holds only part of the text.
    pub fn is_part(&self) -> bool {
        !(self.before.is_empty() && self.after.is_empty())
    }

    /// The whole text, `shown` being the textarea's.
    pub fn text(&self, shown: &str) -> String {
        [self.before.as_str(), shown, self.after.as_str()].concat()
    }

    /// The window's first line (0-based).
    pub fn first_line(&self) -> usize {
        self.newlines.0
    }

    /// The text's line count, `shown` being the textarea's.
    pub fn line_count(&self, shown: &str) -> usize {
        self.newlines.0 + shown.matches('\n').count() + self.newlines.1 + 1
    }

    /// The text's lines in the window, `shown` being the textarea's.
    pub fn lines(&self, shown: &str) -> Range<usize> {
        let n = self.line_count(shown);
        self.newlines.0..n - self.newlines.1 - usize::from(!self.after.is_empty())
    }

    /// The text's range (UTF-16) for the textarea's `range` in a window of `len` units: the
    /// whole window selected is the whole text.
    pub fn to_text(&self, (s, e): (u32, u32), len: u32) -> (u32, u32) {
        if self.is_part() && s == 0 && e >= len {
            (0, self.units.0 + len + self.units.1)
        } else {
            (s + self.units.0, e + self.units.0)
        }
    }

    /// The textarea's range for the text's `range`, if it lies in the window of `len` units.
    pub fn to_shown(&self, (s, e): (u32, u32), len: u32) -> Option<(u32, u32)> {
        let start = self.units.0;
        if self.is_part() && s == 0 && e == start + len + self.units.1 {
            return Some((0, len));
        }
        (s >= start && e <= start + len && s <= e).then(|| (s - start, e - start))
    }
}

/// The byte offset where line `line` (0-based) of `text` starts; the text's length past its end.
fn line_start(text: &str, line: usize) -> usize {
    if line == 0 {
        return 0;
    }
    text.match_indices('\n').nth(line - 1).map_or(text.len(), |(i, _)| i + 1)
}

/// The line (0-based) of UTF-16 offset `at` in `text`.
pub fn line_of(text: &str, at: u32) -> usize {
    text[..byte_offset(text, at)].matches('\n').count()
}

/// `text` with its UTF-16 range `range` replaced by `by`, and the offset just after `by`.
pub fn replaced(text: &str, (s, e): (u32, u32), by: &str) -> (String, u32) {
    let (s, e) = (byte_offset(text, s), byte_offset(text, e));
    let e = e.max(s);
    let out = [&text[..s], by, &text[e..]].concat();
    let caret = out[..s + by.len()].encode_utf16().count() as u32;
    (out, caret)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn program(n: usize) -> String {
        (0..n).map(|i| format!("line é{i}")).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn short_texts_are_whole() {
        assert_eq!(wanted(300, 250, 30), 0..300);
        assert!(serves(&(0..300), 300, 250, 30));
        assert!(!serves(&(0..250), 300, 0, 30));
        let (split, shown) = Split::new("a\nb", 0..2);
        assert!(!split.is_part());
        assert_eq!(shown, "a\nb");
        assert_eq!(split.to_text((0, 3), 3), (0, 3));
    }

    #[test]
    fn the_window_follows_the_view() {
        let w = wanted(2000, 1000, 30);
        assert!(w.start <= 900 && w.end >= 1130 && w.start % STEP == 0);
        assert!(serves(&w, 2000, 1000, 30));
        assert!(serves(&w, 2000, 1030, 30));
        assert!(!serves(&w, 2000, 1200, 30));
        assert!(!serves(&w, 2000, 850, 30));
        assert_eq!(wanted(2000, 0, 30), 0..150);
        assert_eq!(wanted(2000, 1990, 30).end, 2000);
        assert!(serves(&wanted(2000, 1990, 30), 2000, 1990, 30));
        // The whole text, shown for a selection, is not kept once the view moves.
        assert!(!serves(&(0..2000), 2000, 1000, 30));
    }

    #[test]
    fn offsets_map_through_the_window_start() {
        let text = program(1000);
        let (split, shown) = Split::new(&text, 200..450);
        assert_eq!(split.text(shown), text);
        assert_eq!(split.first_line(), 200);
        assert_eq!(split.line_count(shown), 1000);
        assert_eq!(split.lines(shown), 200..450);
        assert!(shown.starts_with("line é200\n") && shown.ends_with("line é449\n"));
        let len = shown.encode_utf16().count() as u32;
        // The caret on line 300, column 2, in the textarea and in the text.
        let local = shown.split_inclusive('\n').take(100).map(|l| l.encode_utf16().count() as u32).sum::<u32>() + 2;
        let at = split.to_text((local, local), len);
        assert_eq!(line_of(&text, at.0), 300);
        assert!(text[byte_offset(&text, at.0)..].starts_with("ne é300"));
        assert_eq!(split.to_shown(at, len), Some((local, local)));
        assert_eq!(split.to_shown((0, 0), len), None);
        // The whole window selected is the whole text.
        let all = (0, text.encode_utf16().count() as u32);
        assert_eq!(split.to_text((0, len), len), all);
        assert_eq!(split.to_shown(all, len), Some((0, len)));
    }

    #[test]
    fn edits_inside_the_window_keep_the_rest() {
        let text = program(1000);
        let (split, shown) = Split::new(&text, 950..1000);
        assert_eq!(split.lines(shown), 950..1000);
        let edited = shown.replacen("line é960\n", "line é960\nnew\n", 1);
        assert_eq!(split.line_count(&edited), 1001);
        assert_eq!(split.lines(&edited), 950..1001);
        assert_eq!(split.text(&edited), text.replacen("line é960\n", "line é960\nnew\n", 1));
    }

    #[test]
    fn replacing_a_range() {
        assert_eq!(replaced("aéb\nc", (1, 2), "xy\nz"), ("axy\nzb\nc".to_string(), 5));
        assert_eq!(replaced("ab", (0, 2), ""), (String::new(), 0));
        assert_eq!(line_of("a\nb\nc", 4), 2);
    }
}
