//! The editor's questions about a program, answered from the checker's own tables: what an
//! identifier is (hover), where it is declared (definition), what may be written at a place
//! (completion) and which parameter a call's argument is (signature help).
//!
//! [`analyze`] parses and checks the user's files on the prelude, as [`crate::compile`] does,
//! but stops before lowering; the checker keeps going after type errors, so a program with
//! errors is still answered. Text that does not parse (typing `x.` or `f(a, `) is answered
//! by a repaired copy: an identifier and then a `)` are tried at the cursor, the first copy
//! that parses is checked, so the selector's operand or the call still gets its type.
//! Positions in queries are byte offsets in a file; answers give 1-based lines and byte
//! columns, as diagnostics do.

mod complete;
mod describe;
mod index;

use crate::diag::{Diags, Pos, SourceMap};
use crate::stdpkg::PkgSet;
use crate::syntax::ast::{File, NodeId};
use crate::types::info::{Info, ObjId, ObjKind};
use crate::{packages, prelude_of, stdpkg, syntax, txtar, Diagnostic, SourceFile, StdBundle};
use index::Index;

/// A place in a file: 1-based line, 1-based column in bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub file: String,
    pub line: u32,
    pub col: u32,
}

/// What an identifier is: its declaration as Go reads (`var x int`, `func F(a int) string`,
/// `type T struct{...}`, `func fmt.Println(a ...any) (n int, err error)`) and its doc comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hover {
    pub text: String,
    pub doc: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompletionKind {
    Var,
    Const,
    Type,
    Func,
    Field,
    Method,
    Package,
    Keyword,
}

impl CompletionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CompletionKind::Var => "var",
            CompletionKind::Const => "const",
            CompletionKind::Type => "type",
            CompletionKind::Func => "func",
            CompletionKind::Field => "field",
            CompletionKind::Method => "method",
            CompletionKind::Package => "package",
            CompletionKind::Keyword => "keyword",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompletionItem {
    pub label: String,
    pub kind: CompletionKind,
    /// The type, or the signature of a function.
    pub detail: String,
}

/// Completions of the identifier that ends at the cursor: they replace the file's bytes
/// `start..cursor`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Completions {
    pub start: usize,
    pub items: Vec<CompletionItem>,
}

/// The function called by the call the cursor is in: `name(params) results`, the parameter
/// the cursor's argument goes to, and its doc comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignatureHelp {
    pub name: String,
    pub params: Vec<String>,
    pub results: String,
    pub active: usize,
    pub doc: String,
}

/// A checked program to ask questions of.
pub struct Analysis {
    files: Vec<SourceFile>,
    /// Each Go file's base position in `map`, by name.
    bases: Vec<(String, Pos)>,
    map: SourceMap,
    /// `None` when the files do not parse (the checker runs only on what parses).
    info: Option<Info>,
    index: Index,
    /// Objects from this index on were declared by the user's files.
    first_user_obj: usize,
    diagnostics: Vec<Diagnostic>,
}

/// Parses and checks `files` (a `package main` and the packages of its directories, as
/// [`crate::compile`] takes them) for the editor's queries; its diagnostics are those of
/// parsing and checking.
pub fn analyze(files: &[SourceFile]) -> Analysis {
    let module = txtar::module_path(files);
    let go: Vec<(&SourceFile, String)> = files.iter().filter_map(|f| Some((f, txtar::package_of(&f.name, &module)?))).collect();
    let mut stdlib = PkgSet::default();
    loop {
        let prelude = prelude_of(&stdlib, 1);
        let mut map = prelude.map.clone();
        let mut diags = prelude.diags.clone();
        let mut next_id = prelude.next_id;
        let mut bases = Vec::new();
        let user: Vec<File> = go
            .iter()
            .map(|(f, _)| {
                let base = map.add(&f.name, &f.text);
                bases.push((f.name.clone(), base));
                syntax::parse_file(&f.text, base, &mut next_id, &mut diags)
            })
            .collect();
        let imported = PkgSet::closure(user.iter().flat_map(|f| f.imports.iter().map(|i| i.path.as_str())));
        let missing = stdpkg::source::missing(&imported);
        if imported != stdlib && missing.is_empty() {
            stdlib = imported;
            continue;
        }
        let files = files.to_vec();
        // The prelude's tables are shared layers: this copy costs a few pointer copies.
        let first_user_obj = prelude.checked.clone().finish(&mut Diags::default()).objects.len();
        let mut a = Analysis { files, bases, map, info: None, index: Index::default(), first_user_obj, diagnostics: Vec::new() };
        if let Some(&i) = missing.first() {
            let message = format!("the sources of standard package {} are not loaded (std_to_fetch, provide_std)", stdpkg::PACKAGES[i].path);
            a.diagnostics = vec![Diagnostic { file: go.first().map(|g| g.0.name.clone()).unwrap_or_default(), line: 1, col: 1, message }];
            return a;
        }
        if !diags.is_empty() {
            a.diagnostics = diags.finish(&a.map);
            return a;
        }
        let paths: Vec<String> = go.iter().map(|g| g.1.clone()).collect();
        a.index = Index::of(&user);
        let pkgs = packages::in_order(user, &paths, &mut diags);
        let mut checked = prelude.checked.clone();
        checked.reserve((next_id - prelude.next_id) as usize);
        for (path, files) in pkgs {
            checked.check(&path, files, &mut a.map, &mut next_id);
        }
        let info = checked.finish(&mut diags);
        a.diagnostics = diags.finish(&a.map);
        a.info = Some(info);
        return a;
    }
}

impl Analysis {
    /// The diagnostics of parsing and checking, sorted by position (gc's first ten).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The files analyzed.
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// What the identifier at byte `offset` of `file` denotes. A standard package's doc
    /// comment is there once its docs are loaded ([`Analysis::docs_to_fetch`]).
    pub fn hover(&self, file: &str, offset: usize) -> Option<Hover> {
        let (info, id, field) = self.target(file, offset)?;
        let pkg = self.package_of(file);
        let decl = Self::decl_pos(info, id, field.as_ref());
        let mut h = match field {
            Some(f) => describe::field(info, &f),
            None => describe::object(info, id, &pkg),
        };
        if let (true, Some(Ok(doc))) = (h.doc.is_empty(), decl.and_then(|p| self.std_doc(p))) {
            h.doc = doc;
        }
        Some(h)
    }

    /// The standard package whose docs the hover at byte `offset` of `file` would show, when
    /// they are not loaded yet: fetch the bundle named so and give it to
    /// [`crate::provide_std_docs`].
    pub fn docs_to_fetch(&self, file: &str, offset: usize) -> Option<StdBundle> {
        let (info, id, field) = self.target(file, offset)?;
        let i = self.std_doc(Self::decl_pos(info, id, field.as_ref())?)?.err()?;
        Some(StdBundle { path: stdpkg::PACKAGES[i].path, name: stdpkg::PACKAGES[i].docs })
    }

    /// Where a package-level object or a field is declared.
    fn decl_pos(info: &Info, id: ObjId, field: Option<&describe::FieldRef>) -> Option<Pos> {
        match field {
            Some(f) => f.decl,
            None => Some(info.obj(id)).filter(|o| o.global && o.pos != 0).map(|o| o.pos),
        }
    }

    /// The doc comment of the declaration at `pos` when it is in a standard package (whose
    /// embedded sources have no comments): `Err(package index)` while its docs are not loaded.
    fn std_doc(&self, pos: Pos) -> Option<Result<String, usize>> {
        if self.user_place(pos).is_some() {
            return None;
        }
        let (file, line, _) = self.map.locate(pos);
        let (path, name) = file.rsplit_once('/')?;
        let i = stdpkg::PACKAGES.iter().position(|p| p.path == path)?;
        Some(match stdpkg::source::doc_file(i, name) {
            Ok(text) => Ok(text.and_then(|t| t.split('\n').nth(line.saturating_sub(1) as usize)).map(unescape_doc).unwrap_or_default()),
            Err(()) => Err(i),
        })
    }

    /// Where the identifier at byte `offset` of `file` is declared, when that is in the
    /// user's files.
    pub fn definition(&self, file: &str, offset: usize) -> Option<Place> {
        let (info, id, field) = self.target(file, offset)?;
        let pos = match field {
            Some(f) => f.decl?,
            None => info.obj(id).pos,
        };
        self.user_place(pos)
    }

    /// What may be written at byte `offset` of `file`: members after `x.`, else the names
    /// in scope and keywords, those starting with the identifier before the cursor.
    pub fn completions(&self, file: &str, offset: usize) -> Completions {
        let repaired;
        let a = match self.parsed_at(file, offset) {
            Some(r) => {
                repaired = r;
                repaired.as_ref().unwrap_or(self)
            }
            None => return Completions::default(),
        };
        complete::at(a, file, offset)
    }

    /// The call whose parentheses hold byte `offset` of `file`, and the argument there.
    pub fn signature(&self, file: &str, offset: usize) -> Option<SignatureHelp> {
        let repaired = self.parsed_at(file, offset)?;
        let a = repaired.as_ref().unwrap_or(self);
        describe::signature(a, file, offset)
    }

    /// `self` when its files parse (`Some(None)`), else a copy repaired at the cursor that
    /// parses; `None` when no repair helps.
    fn parsed_at(&self, file: &str, offset: usize) -> Option<Option<Analysis>> {
        if self.info.is_some() {
            return Some(None);
        }
        let i = self.files.iter().position(|f| f.name == file)?;
        let text = &self.files[i].text;
        if offset > text.len() || !text.is_char_boundary(offset) {
            return None;
        }
        for patch in ["_", ")", "_)", "}", "_}"] {
            let mut files = self.files.clone();
            files[i].text = format!("{}{patch}{}", &text[..offset], &text[offset..]);
            let a = analyze(&files);
            if a.info.is_some() {
                return Some(Some(a));
            }
        }
        None
    }

    fn base(&self, file: &str) -> Option<Pos> {
        self.bases.iter().find(|(n, _)| n == file).map(|(_, b)| *b)
    }

    fn text(&self, file: &str) -> Option<&str> {
        self.files.iter().find(|f| f.name == file).map(|f| f.text.as_str())
    }

    /// The import path of `file`'s package.
    fn package_of(&self, file: &str) -> String {
        txtar::package_of(file, &txtar::module_path(&self.files)).unwrap_or_else(|| "main".into())
    }

    /// The place of `pos` when it is in one of the user's files.
    fn user_place(&self, pos: Pos) -> Option<Place> {
        let (file, line, col) = self.map.locate(pos);
        let base = self.base(file)?;
        (pos >= base).then(|| Place { file: file.to_string(), line, col })
    }

    /// The object the identifier at `offset` denotes, or the field a selector selects.
    fn target(&self, file: &str, offset: usize) -> Option<(&Info, ObjId, Option<describe::FieldRef>)> {
        let info = self.info.as_ref()?;
        let text = self.text(file)?;
        let (start, _) = word_at(text, offset)?;
        let pos = self.base(file)? + start as Pos;
        if let Some(&id) = info.defs.get(&pos).or_else(|| self.index.idents.get(&pos).and_then(|n| info.uses.get(n))) {
            return Some((info, id, None));
        }
        let &(sel, x) = self.index.selectors.get(&pos)?;
        if let Some(&id) = info.uses.get(&sel) {
            return Some((info, id, None));
        }
        let path = info.fields.get(&sel)?;
        let field = describe::field_ref(info, info.exprs.get(&x)?.ty, path)?;
        Some((info, 0, Some(field)))
    }

    fn node_obj(&self, info: &Info, node: NodeId) -> Option<ObjId> {
        info.uses.get(&node).copied()
    }

    fn is_pkg(&self, info: &Info, node: NodeId) -> Option<String> {
        match &info.obj(self.node_obj(info, node)?).kind {
            ObjKind::PkgName(path) => Some(path.clone()),
            _ => None,
        }
    }
}

/// A docs file's line as the doc comment it holds (`\n` a line break, `\\` a backslash).
fn unescape_doc(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            },
            (c, false) => out.push(c),
        }
    }
    out
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// The identifier at or just before byte `offset`: its byte range.
fn word_at(text: &str, offset: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let offset = offset.min(bytes.len());
    let mut start = offset;
    while start > 0 && is_ident_byte(bytes[start - 1]) {
        start -= 1;
    }
    let mut end = offset;
    while end < bytes.len() && is_ident_byte(bytes[end]) {
        end += 1;
    }
    (start < end && !bytes[start].is_ascii_digit()).then_some((start, end))
}
