//! Positions and diagnostics. Every file of a compilation gets a range of positions in one
//! `SourceMap` (as go/token's FileSet does), so a `Pos` alone names file, line and column.
//! Diagnostics print as `file:line:col: message`, as gc prints them.

use std::collections::HashSet;
use std::fmt;
use std::sync::Arc;

/// gc's limit: the tenth error ends the list with `too many errors`.
pub const MAX_ERRORS: usize = 10;

/// A position in some file of the compilation: the file's base plus a byte offset.
pub type Pos = u32;

/// One error found in the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in bytes as gc does.
    pub col: u32,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.col, self.message)
    }
}

#[derive(Debug)]
struct FileInfo {
    name: String,
    base: Pos,
    len: u32,
    line_starts: Vec<u32>,
}

/// The files of one compilation and their position ranges. Files are shared, so a
/// compilation's copy of the prelude's map costs no more than its list of files.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    files: Vec<Arc<FileInfo>>,
}

impl SourceMap {
    /// Registers a file and returns its base position (the position of its first byte).
    pub fn add(&mut self, name: &str, text: &str) -> Pos {
        let base = self.end();
        let mut line_starts = Vec::with_capacity(text.len() / 24 + 1);
        line_starts.push(0);
        // `match_indices` finds newlines with memchr.
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i as u32 + 1));
        self.files.push(Arc::new(FileInfo { name: name.to_string(), base, len: text.len() as u32, line_starts }));
        base
    }

    /// File name, 1-based line and column of a position.
    pub fn locate(&self, pos: Pos) -> (&str, u32, u32) {
        let Some((idx, line)) = self.find(pos) else { return ("?", 0, 0) };
        let f = &self.files[idx];
        (&f.name, line as u32 + 1, pos - f.base - f.line_starts[line] + 1)
    }

    /// The 1-based line of `pos`, as [`SourceMap::locate`] gives it. `hint` is the (file,
    /// line index) found last: lowering asks in source order, so the line is usually a step
    /// or two further on, and a scan from there beats a binary search over every line.
    pub fn line_near(&self, pos: Pos, hint: &mut (usize, usize)) -> u32 {
        let (idx, mut line) = *hint;
        if let Some(f) = self.files.get(idx).filter(|f| pos >= f.base && pos - f.base <= f.len) {
            let off = pos - f.base;
            if f.line_starts.get(line).is_some_and(|&s| s <= off) {
                for _ in 0..8 {
                    match f.line_starts.get(line + 1) {
                        Some(&s) if s <= off => line += 1,
                        _ => {
                            *hint = (idx, line);
                            return line as u32 + 1;
                        }
                    }
                }
            }
        }
        match self.find(pos) {
            Some(found) => {
                *hint = found;
                found.1 as u32 + 1
            }
            None => 0,
        }
    }

    /// The index of the file holding `pos` and the index of its line there.
    fn find(&self, pos: Pos) -> Option<(usize, usize)> {
        let idx = match self.files.binary_search_by(|f| f.base.cmp(&pos)) {
            Ok(i) => i,
            Err(0) => return None,
            Err(i) => i - 1,
        };
        let off = pos - self.files[idx].base;
        let line = match self.files[idx].line_starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        Some((idx, line))
    }

    /// Registers a copy of the file holding `of` at `base` (past every file so far): a
    /// generic function's instance is parsed again from a copy of its file's text, so that
    /// its nodes have positions of their own that print as the original's.
    pub fn alias(&mut self, base: Pos, of: Pos) {
        let Some((idx, _)) = self.find(of) else { return };
        let orig = &self.files[idx];
        let copy = FileInfo { name: orig.name.clone(), base, len: orig.len, line_starts: orig.line_starts.clone() };
        self.files.push(Arc::new(copy));
    }

    /// The position after the last file: where the next file's range may start.
    pub fn end(&self) -> Pos {
        self.files.last().map(|f| f.base + f.len + 1).unwrap_or(1)
    }

    /// The files' names, in registration order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.files.iter().map(|f| f.name.as_str())
    }

    /// Index of the file `pos` prints in: for a copy (`alias`), its original's.
    pub fn source_index(&self, pos: Pos) -> usize {
        let i = self.file_index(pos);
        match self.files.get(i) {
            Some(f) => self.files.iter().position(|g| g.name == f.name).unwrap_or(i),
            None => i,
        }
    }

    /// Index of the file holding `pos`, in registration order.
    pub fn file_index(&self, pos: Pos) -> usize {
        match self.files.binary_search_by(|f| f.base.cmp(&pos)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
}

/// Errors collected by all stages, as (position, message).
#[derive(Clone, Debug, Default)]
pub struct Diags {
    list: Vec<(Pos, String)>,
}

/// A position inside a message, printed `./main.go:8:1` as gc does; `Diags::finish` resolves it.
pub fn pos_ref(pos: Pos) -> String {
    format!("\u{1}{pos}\u{1}")
}

impl Diags {
    pub fn error(&mut self, pos: Pos, message: impl Into<String>) {
        self.list.push((pos, message.into()));
    }

    /// Moves every diagnostic of `other` here.
    pub fn append(&mut self, mut other: Diags) {
        self.list.append(&mut other.list);
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Resolves positions; sorted by position (files in order), duplicates on one line dropped
    /// as gc does. As gc, at most [`MAX_ERRORS`] are kept: reaching that many ends the list
    /// with `too many errors` at the last one's position.
    pub fn finish(mut self, map: &SourceMap) -> Vec<Diagnostic> {
        crate::sort::sort_by_key(&mut self.list, |(p, _)| *p);
        // Sorted again by where they print: a generic body parsed again (`types/check`) has
        // positions after every file's.
        let mut located: Vec<(usize, u32, u32, Pos, String)> = self
            .list
            .into_iter()
            .map(|(pos, message)| {
                let (_, line, col) = map.locate(pos);
                (map.source_index(pos), line, col, pos, message)
            })
            .collect();
        crate::sort::sort_by_key(&mut located, |(fi, line, col, _, _)| (*fi, *line, *col));
        let mut seen: HashSet<(usize, u32, String)> = HashSet::new();
        let mut out: Vec<Diagnostic> = Vec::new();
        for (fi, line, col, pos, message) in located {
            let (file, _, _) = map.locate(pos);
            let message = resolve_refs(&message, map);
            if !seen.insert((fi, line, message.clone())) {
                continue;
            }
            out.push(Diagnostic { file: file.to_string(), line, col, message });
            if out.len() == MAX_ERRORS {
                out.push(Diagnostic { file: file.to_string(), line, col, message: "too many errors".into() });
                break;
            }
        }
        out
    }
}

fn resolve_refs(message: &str, map: &SourceMap) -> String {
    let mut parts = message.split('\u{1}');
    let mut out = parts.next().unwrap_or("").to_string();
    while let Some(p) = parts.next() {
        match p.parse::<Pos>() {
            Ok(pos) => {
                let (file, line, col) = map.locate(pos);
                out.push_str(&format!("./{file}:{line}:{col}"));
            }
            Err(_) => out.push_str(p),
        }
        out.push_str(parts.next().unwrap_or(""));
    }
    out
}
