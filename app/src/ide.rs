//! The editor's questions about Go (hover, go to definition, completion, signature help) and
//! diagnostics as you type, answered in the worker by compiler-core's `analyze` on the
//! editor's text. The worker keeps the analysis of the text it saw last ([`Cache`]), so
//! questions about the same text do not check it again.
//!
//! The editor speaks in UTF-16 offsets of its whole buffer, which may hold several files in
//! txtar form; the compiler in byte offsets of one file. [`answer`] translates both ways.

use compiler_core::{analyze, Analysis, CompletionItem, Diagnostic, Hover, SignatureHelp, StdBundle};

use crate::program;

/// What the editor asks about the place `at`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    Hover,
    Definition,
    Complete,
    Signature,
}

/// A question: `ask` at UTF-16 offset `at` of the buffer `code`.
#[derive(Clone, Debug, PartialEq)]
pub struct Query {
    pub ask: Ask,
    pub code: String,
    pub at: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    Hover(Option<Hover>),
    /// The declaration's 1-based line in the buffer and byte column.
    Definition(Option<(u32, u32)>),
    /// Items replacing the buffer's UTF-16 range `from..at`.
    Complete { from: u32, items: Vec<CompletionItem> },
    Signature(Option<SignatureHelp>),
}

/// The analysis of the text seen last.
#[derive(Default)]
pub struct Cache {
    last: Option<(String, Analysis)>,
}

impl Cache {
    /// The analysis of `code`, made now if the last one was of another text.
    pub fn of(&mut self, code: &str) -> &Analysis {
        if !self.last.as_ref().is_some_and(|(c, _)| c == code) {
            let (files, _) = program::source_files(code);
            self.last = Some((code.to_string(), analyze(&files)));
        }
        &self.last.as_ref().expect("just made").1
    }
}

/// The diagnostics of parsing and checking `code`.
pub fn check(cache: &mut Cache, code: &str) -> Vec<Diagnostic> {
    cache.of(code).diagnostics().to_vec()
}

pub fn answer(cache: &mut Cache, q: &Query) -> Answer {
    let a = cache.of(&q.code);
    let byte = byte_offset(&q.code, q.at);
    let located = locate(a, &q.code, byte);
    match q.ask {
        Ask::Hover => Answer::Hover(located.and_then(|(f, o)| a.hover(&f, o))),
        Ask::Definition => Answer::Definition(located.and_then(|(f, o)| a.definition(&f, o)).and_then(|p| Some((buffer_line(a, &q.code, &p.file)? + p.line, p.col)))),
        Ask::Complete => match located {
            Some((f, o)) => {
                let c = a.completions(&f, o);
                let from = utf16_offset(&q.code, byte - (o - c.start.min(o)));
                Answer::Complete { from, items: c.items }
            }
            None => Answer::Complete { from: q.at, items: Vec::new() },
        },
        Ask::Signature => Answer::Signature(located.and_then(|(f, o)| a.signature(&f, o))),
    }
}

/// The standard package whose doc comments a hover needs and the worker has not loaded.
pub fn docs_to_fetch(cache: &mut Cache, q: &Query) -> Option<StdBundle> {
    if q.ask != Ask::Hover {
        return None;
    }
    let a = cache.of(&q.code);
    let (f, o) = locate(a, &q.code, byte_offset(&q.code, q.at))?;
    a.docs_to_fetch(&f, o)
}

/// Where each file of the buffer starts: (name, byte offset of its first line, its line
/// index), as `txtar::split` cuts it: a file starts after its `-- name --` line, and the
/// text before the first marker is a file when it is not blank.
fn starts(a: &Analysis, code: &str) -> Vec<(String, usize, u32)> {
    let mut bodies = vec![(0usize, 0u32)];
    let mut first_marker = None;
    let (mut at, mut line) = (0usize, 0u32);
    for l in code.split_inclusive('\n') {
        let begin = at;
        at += l.len();
        line += 1;
        if is_marker(l) {
            first_marker.get_or_insert(begin);
            bodies.push((at, line));
        }
    }
    if first_marker.is_some_and(|m| code[..m].trim().is_empty()) {
        bodies.remove(0);
    }
    a.files().iter().zip(bodies).map(|(f, (at, line))| (f.name.clone(), at, line)).collect()
}

/// A `-- name --` line.
fn is_marker(line: &str) -> bool {
    let l = line.trim_end_matches(['\n', '\r']);
    l.strip_prefix("-- ").and_then(|r| r.strip_suffix(" --")).is_some_and(|n| !n.trim().is_empty())
}

/// The file holding byte `byte` of the buffer, and the offset there.
fn locate(a: &Analysis, code: &str, byte: usize) -> Option<(String, usize)> {
    let (name, start, _) = starts(a, code).into_iter().filter(|(_, s, _)| *s <= byte).last()?;
    Some((name, byte - start))
}

/// The buffer line (0-based) where `file`'s first line is.
fn buffer_line(a: &Analysis, code: &str, file: &str) -> Option<u32> {
    starts(a, code).into_iter().find(|(n, _, _)| n == file).map(|(_, _, l)| l)
}

/// The byte offset of UTF-16 offset `at` (clamped to the text, on a character boundary).
pub fn byte_offset(code: &str, at: u32) -> usize {
    let mut units = 0u32;
    for (i, c) in code.char_indices() {
        if units >= at {
            return i;
        }
        units += c.len_utf16() as u32;
    }
    code.len()
}

pub fn utf16_offset(code: &str, byte: usize) -> u32 {
    let mut b = byte.min(code.len());
    while !code.is_char_boundary(b) {
        b -= 1;
    }
    code[..b].encode_utf16().count() as u32
}

#[cfg(test)]
mod tests {
    use super::{answer, byte_offset, check, utf16_offset, Answer, Ask, Cache, Query};

    fn ask(cache: &mut Cache, code: &str, marker: &str, ask: Ask) -> Answer {
        let at = utf16_offset(code, code.find(marker).expect("the marker"));
        answer(cache, &Query { ask, code: code.to_string(), at })
    }

    #[test]
    fn offsets_convert_between_utf16_and_bytes() {
        let code = "é😀x";
        assert_eq!(byte_offset(code, 3), 6);
        assert_eq!(utf16_offset(code, 6), 3);
        assert_eq!(byte_offset(code, 99), code.len());
    }

    #[test]
    fn questions_about_one_file() {
        let code = "package main\n\n// Twice doubles n.\nfunc Twice(n int) int { return n * 2 }\n\nfunc main() {\n\tv := Twice(3)\n\tprintln(v)\n}\n";
        let mut cache = Cache::default();
        let Answer::Hover(Some(h)) = ask(&mut cache, code, "Twice(3)", Ask::Hover) else { panic!("a hover") };
        assert_eq!((h.text.as_str(), h.doc.as_str()), ("func Twice(n int) int", "Twice doubles n."));
        assert_eq!(ask(&mut cache, code, "v)", Ask::Definition), Answer::Definition(Some((7, 2))));
        let Answer::Signature(Some(s)) = ask(&mut cache, code, "3)", Ask::Signature) else { panic!("a signature") };
        assert_eq!((s.name.as_str(), s.active), ("Twice", 0));
        assert!(check(&mut cache, code).is_empty());
    }

    #[test]
    fn definitions_across_the_files_of_a_buffer() {
        let code = "package main\n\nimport \"play.ground/util\"\n\nfunc main() { println(util.N) }\n-- util/util.go --\npackage util\n\nvar N = 1\n";
        let mut cache = Cache::default();
        // util.N is declared on the buffer's ninth line.
        assert_eq!(ask(&mut cache, code, "N)", Ask::Definition), Answer::Definition(Some((9, 5))));
        let Answer::Hover(Some(h)) = ask(&mut cache, code, "N = 1", Ask::Hover) else { panic!("a hover") };
        assert_eq!(h.text, "var N int");
    }

    #[test]
    fn completion_replaces_the_word_before_the_cursor() {
        let code = "package main\n\nimport \"strings\"\n\nfunc main() {\n\tprintln(strings.HasP)\n}\n";
        let mut cache = Cache::default();
        let Answer::Complete { from, items } = ask(&mut cache, code, ")\n}", Ask::Complete) else { panic!("completions") };
        assert_eq!(from as usize, code.find("HasP").unwrap());
        assert_eq!(items.iter().map(|i| i.label.as_str()).collect::<Vec<_>>(), ["HasPrefix"]);
        // Diagnostics as typed, while the call is incomplete.
        let broken = "package main\n\nfunc main() {\n\tprintln(x\n}\n";
        assert_eq!(check(&mut cache, broken).len(), 1);
    }
}
