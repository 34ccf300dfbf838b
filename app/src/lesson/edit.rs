//! The text an editing event would leave, worked out before the browser makes the edit, so
//! an edit of a read-only region can be refused. Offsets are the textarea's (UTF-16 units).

/// The text after `input_type` (an `InputEvent`'s `inputType`) with the selection
/// `start..end` and the event's text; `None` for edits whose effect is not known in advance
/// (undo and redo replay edits that were allowed).
pub fn after(before: &str, start: usize, end: usize, input_type: &str, data: Option<&str>) -> Option<String> {
    let units: Vec<u16> = before.encode_utf16().collect();
    let (s, e) = (start.min(units.len()), end.min(units.len()).max(start.min(units.len())));
    let nl = u16::from(b'\n');
    let line_start = |at: usize| units[..at].iter().rposition(|c| *c == nl).map_or(0, |i| i + 1);
    let line_end = |at: usize| units[at..].iter().position(|c| *c == nl).map_or(units.len(), |i| at + i);
    let (from, to, insert) = match input_type {
        t if t.starts_with("insert") => (s, e, data.unwrap_or(if t == "insertLineBreak" || t == "insertParagraph" { "\n" } else { "" })),
        _ if s < e && input_type.starts_with("delete") => (s, e, ""),
        "deleteContentBackward" => (s.saturating_sub(if s >= 2 && is_low(units[s - 1]) { 2 } else { 1 }), s, ""),
        "deleteContentForward" => (s, (s + if units.get(s).copied().is_some_and(is_high) { 2 } else { 1 }).min(units.len()), ""),
        // Words and lines: as far as the line's start or end (or the newline next to it),
        // which covers what any of them deletes.
        "deleteWordBackward" | "deleteSoftLineBackward" | "deleteHardLineBackward" => (if s == line_start(s) { s.saturating_sub(1) } else { line_start(s) }, s, ""),
        "deleteWordForward" | "deleteSoftLineForward" | "deleteHardLineForward" => (s, if s == line_end(s) { (s + 1).min(units.len()) } else { line_end(s) }, ""),
        _ => return None,
    };
    let mut out = units[..from].to_vec();
    out.extend(insert.encode_utf16());
    out.extend_from_slice(&units[to..]);
    Some(String::from_utf16_lossy(&out))
}

fn is_low(u: u16) -> bool {
    (0xDC00..0xE000).contains(&u)
}

fn is_high(u: u16) -> bool {
    (0xD800..0xDC00).contains(&u)
}

#[cfg(test)]
mod tests {
    use super::after;

    #[test]
    fn edits_as_the_browser_makes_them() {
        assert_eq!(after("abc", 1, 1, "insertText", Some("X")).as_deref(), Some("aXbc"));
        assert_eq!(after("abc", 0, 2, "insertFromPaste", Some("")).as_deref(), Some("c"));
        assert_eq!(after("abc", 3, 3, "insertLineBreak", None).as_deref(), Some("abc\n"));
        assert_eq!(after("abc", 1, 1, "deleteContentBackward", None).as_deref(), Some("bc"));
        assert_eq!(after("a😀", 3, 3, "deleteContentBackward", None).as_deref(), Some("a"));
        assert_eq!(after("abc", 0, 0, "deleteContentBackward", None).as_deref(), Some("abc"));
        assert_eq!(after("abc", 1, 1, "deleteContentForward", None).as_deref(), Some("ac"));
        assert_eq!(after("ab\ncd", 1, 4, "deleteByCut", None).as_deref(), Some("ad"));
        assert_eq!(after("ab\ncd ef", 8, 8, "deleteWordBackward", None).as_deref(), Some("ab\n"));
        assert_eq!(after("ab\ncd", 3, 3, "deleteWordBackward", None).as_deref(), Some("abcd"));
        assert_eq!(after("ab\ncd", 2, 2, "deleteWordForward", None).as_deref(), Some("abcd"));
        assert_eq!(after("abc", 1, 1, "historyUndo", None), None);
    }
}
