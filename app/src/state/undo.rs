//! Undo and redo, one history per file, as an editor with tabs keeps them: switching tabs
//! sets the textarea's text, which empties the browser's own undo stack, so the page keeps
//! its own. A step is the text before an edit the page took (`Action::Edit`, once typing
//! pauses); typing or deleting on, within one line, from where the last edit ended, adds to
//! the same step, as the browser's own typing does.

use std::rc::Rc;

/// Steps kept per file; the oldest go first.
const MAX_STEPS: usize = 200;

/// A file's undo and redo stacks: earlier and later texts (shared, so the reducer's copy of
/// the state stays cheap).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    undo: Vec<Rc<str>>,
    redo: Vec<Rc<str>>,
    /// The last edit, when typing or deleting may go on in its step.
    run: Option<Run>,
}

/// An edit that a next one may join.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Run {
    /// Text typed, ending at this byte offset.
    Typing(usize),
    /// Text deleted at this byte offset.
    Deleting(usize),
}

/// What changed from `old` to `new`: the common prefix's length, the text removed and the
/// text inserted there.
fn diff<'a>(old: &'a str, new: &'a str) -> (usize, &'a str, &'a str) {
    let mut p = old.bytes().zip(new.bytes()).take_while(|(a, b)| a == b).count();
    while !old.is_char_boundary(p) || !new.is_char_boundary(p) {
        p -= 1;
    }
    let max = old.len().min(new.len()) - p;
    let mut s = old.bytes().rev().zip(new.bytes().rev()).take(max).take_while(|(a, b)| a == b).count();
    while !old.is_char_boundary(old.len() - s) || !new.is_char_boundary(new.len() - s) {
        s -= 1;
    }
    (p, &old[p..old.len() - s], &new[p..new.len() - s])
}

impl History {
    /// The file's text went from `old` to `new`.
    pub fn record(&mut self, old: &str, new: &str) {
        let (at, removed, inserted) = diff(old, new);
        let run = match (removed.is_empty(), inserted.is_empty()) {
            (true, false) if !inserted.contains('\n') => Some(Run::Typing(at + inserted.len())),
            (false, true) if !removed.contains('\n') => Some(Run::Deleting(at)),
            _ => None,
        };
        let joins = match (self.run, run) {
            (Some(Run::Typing(end)), Some(Run::Typing(_))) => end == at,
            // Backspace (the deletion ends where the last began) or Delete (same place).
            (Some(Run::Deleting(was)), Some(Run::Deleting(_))) => at + removed.len() == was || at == was,
            _ => false,
        };
        self.run = run;
        self.redo.clear();
        if joins {
            return;
        }
        if self.undo.len() == MAX_STEPS {
            self.undo.remove(0);
        }
        self.undo.push(old.into());
    }

    /// The text before the last step, given the text now (which redo brings back).
    pub fn undo(&mut self, now: &str) -> Option<Rc<str>> {
        let before = self.undo.pop()?;
        self.redo.push(now.into());
        self.run = None;
        Some(before)
    }

    /// The text the last undo took away, given the text now.
    pub fn redo(&mut self, now: &str) -> Option<Rc<str>> {
        let after = self.redo.pop()?;
        self.undo.push(now.into());
        self.run = None;
        Some(after)
    }
}

/// Where the cursor goes when `now` becomes `then` by undo or redo: after the text that
/// changed (before it, when the change is a removal), as a byte offset of `then`.
pub fn changed_at(now: &str, then: &str) -> usize {
    let (at, _, inserted) = diff(now, then);
    at + inserted.len()
}

#[cfg(test)]
mod tests {
    use super::{changed_at, diff, History};

    /// Applies each text in turn to a history starting at `texts[0]`.
    fn typed(texts: &[&str]) -> History {
        let mut h = History::default();
        for w in texts.windows(2) {
            h.record(w[0], w[1]);
        }
        h
    }

    #[test]
    fn the_difference_is_one_range() {
        assert_eq!(diff("abc", "abXc"), (2, "", "X"));
        assert_eq!(diff("abXc", "abc"), (2, "X", ""));
        assert_eq!(diff("aaa", "aaaa"), (3, "", "a"));
        assert_eq!(diff("héllo", "hallo"), (1, "é", "a"));
        assert_eq!(diff("same", "same"), (4, "", ""));
    }

    #[test]
    fn typing_on_one_line_is_one_step() {
        let mut h = typed(&["x", "xa", "xab", "xabc"]);
        assert_eq!(h.undo("xabc").as_deref(), Some("x"));
        assert_eq!(h.undo("x"), None);
        assert_eq!(h.redo("x").as_deref(), Some("xabc"));
        assert_eq!(h.redo("xabc"), None);
    }

    #[test]
    fn a_new_line_a_jump_or_a_paste_starts_a_step() {
        // Typing, then Enter, then typing elsewhere.
        let mut h = typed(&["ab", "abc", "abc\n", "abc\nd", "Zabc\nd"]);
        assert_eq!(h.undo("Zabc\nd").as_deref(), Some("abc\nd"));
        assert_eq!(h.undo("abc\nd").as_deref(), Some("abc\n"));
        assert_eq!(h.undo("abc\n").as_deref(), Some("abc"));
        assert_eq!(h.undo("abc").as_deref(), Some("ab"));
        assert_eq!(h.undo("ab"), None);
    }

    #[test]
    fn backspaces_and_deletes_in_a_row_are_one_step() {
        let mut h = typed(&["abcdef", "abcde", "abcd", "abc"]);
        assert_eq!(h.undo("abc").as_deref(), Some("abcdef"));
        let mut h = typed(&["abcdef", "bcdef", "cdef"]);
        assert_eq!(h.undo("cdef").as_deref(), Some("abcdef"));
        // Typing after deleting is a step of its own.
        let mut h = typed(&["abc", "ab", "abX"]);
        assert_eq!(h.undo("abX").as_deref(), Some("ab"));
        assert_eq!(h.undo("ab").as_deref(), Some("abc"));
    }

    #[test]
    fn an_edit_after_undo_drops_the_redo_and_starts_a_step() {
        let mut h = typed(&["", "a", "ab"]);
        assert_eq!(h.undo("ab").as_deref(), Some(""));
        h.record("", "b");
        assert_eq!(h.redo("b"), None);
        h.record("b", "bc");
        assert_eq!(h.undo("bc").as_deref(), Some(""));
    }

    #[test]
    fn the_history_is_bounded() {
        let texts: Vec<String> = (0..=super::MAX_STEPS + 10).map(|i| "\n".repeat(i)).collect();
        let mut h = typed(&texts.iter().map(String::as_str).collect::<Vec<_>>());
        let mut now = texts.last().unwrap().clone();
        let mut n = 0;
        while let Some(t) = h.undo(&now) {
            now = t.to_string();
            n += 1;
        }
        assert_eq!(n, super::MAX_STEPS);
    }

    #[test]
    fn the_cursor_goes_to_the_change() {
        // Undoing an insertion: where it was. Undoing a deletion: after the text back.
        assert_eq!(changed_at("abXYc", "abc"), 2);
        assert_eq!(changed_at("abc", "abXYc"), 4);
    }
}
