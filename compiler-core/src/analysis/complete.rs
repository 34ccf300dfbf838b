//! Completion: after `x.` the members of `x` (a package's exported names, a value's fields
//! and methods, through embedded fields and pointers; a type's methods), elsewhere the names
//! in scope at the cursor (locals declared before it, the package's names, imports,
//! predeclared names) and keywords.

use crate::diag::Pos;
use crate::types::info::{Info, ObjKind, Object};
use crate::types::{Type, TypeId};

use super::{Analysis, CompletionItem, CompletionKind, Completions};

/// Go's keywords.
const KEYWORDS: &[&str] = &[
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type", "var",
];

/// At most this many items: the rest are found by typing more.
const MAX_ITEMS: usize = 200;

pub(super) fn at(a: &Analysis, file: &str, offset: usize) -> Completions {
    let Some(text) = a.text(file) else { return Completions::default() };
    let bytes = text.as_bytes();
    let offset = offset.min(bytes.len());
    if !text.is_char_boundary(offset) {
        return Completions::default();
    }
    let mut start = offset;
    while start > 0 && super::is_ident_byte(bytes[start - 1]) {
        start -= 1;
    }
    let prefix = &text[start..offset];
    let (Some(info), Some(base)) = (a.info.as_ref(), a.base(file)) else { return Completions { start, items: Vec::new() } };
    let pkg = a.package_of(file);
    let mut found: Vec<CompletionItem> = Vec::new();
    if start > 0 && bytes[start - 1] == b'.' {
        // The repaired copy has an identifier at the cursor: the selector is there.
        if let Some(&(_, x)) = a.index.selectors.get(&(base + start as Pos)) {
            match a.is_pkg(info, x) {
                Some(path) => package_members(info, &path, &mut found),
                None => {
                    if let Some(e) = info.exprs.get(&x) {
                        members(info, e.ty, e.is_type, &pkg, &mut found);
                    }
                }
            }
        }
    } else {
        in_scope(a, info, base + start as Pos, &pkg, &mut found);
        for k in KEYWORDS {
            found.push(CompletionItem { label: k.to_string(), kind: CompletionKind::Keyword, detail: String::new() });
        }
    }
    // By label, keeping the first found of each (the sort is stable): the innermost name.
    crate::sort::sort_by(&mut found, |a, b| a.label.cmp(&b.label));
    found.dedup_by(|later, first| later.label == first.label);
    let all: Vec<CompletionItem> = found.into_iter().filter(|i| i.label != "_").collect();
    let mut items: Vec<CompletionItem> = all.iter().filter(|i| i.label.starts_with(prefix)).cloned().collect();
    if items.is_empty() {
        // Then matches whatever the case (`println` for `Print`).
        let lower = prefix.to_lowercase();
        items = all.into_iter().filter(|i| i.label.to_lowercase().starts_with(&lower)).collect();
    }
    items.truncate(MAX_ITEMS);
    Completions { start, items }
}

fn item(info: &Info, o: &Object) -> Option<CompletionItem> {
    let kind = match &o.kind {
        ObjKind::Var => CompletionKind::Var,
        ObjKind::Const(_) => CompletionKind::Const,
        ObjKind::TypeName => CompletionKind::Type,
        ObjKind::Func | ObjKind::Builtin(_) => CompletionKind::Func,
        ObjKind::PkgName(_) => CompletionKind::Package,
        ObjKind::Nil => CompletionKind::Var,
        ObjKind::Label => return None,
    };
    let detail = match &o.kind {
        ObjKind::PkgName(path) => format!("\"{path}\""),
        ObjKind::Builtin(_) => "builtin".into(),
        ObjKind::TypeName => match info.types.under_type(o.ty) {
            Type::Struct(_) => "struct{...}".into(),
            Type::Interface(_) => "interface{...}".into(),
            _ => info.types.display(info.types.under(o.ty)),
        },
        _ => info.types.display(o.ty),
    };
    Some(CompletionItem { label: o.name.to_string(), kind, detail })
}

/// A package's exported names.
fn package_members(info: &Info, path: &str, found: &mut Vec<CompletionItem>) {
    let Some(p) = info.packages.iter().find(|p| p.path == path) else { return };
    for (name, &id) in p.scope.iter() {
        if name.starts_with(|c: char| c.is_uppercase()) {
            if let Some(it) = item(info, info.obj(id)) {
                found.push(it);
            }
        }
    }
}

/// Fields and methods of a value of type `t`, or the methods of type `t` (`is_type`: a
/// method expression); unexported ones only of the same package.
fn members(info: &Info, t: TypeId, is_type: bool, pkg: &str, found: &mut Vec<CompletionItem>) {
    let visible = |name: &str, owner: &str| name.starts_with(|c: char| c.is_uppercase()) || owner == pkg;
    let mut level = vec![t];
    let mut seen = Vec::new();
    for _ in 0..8 {
        let mut next = Vec::new();
        for t in level {
            let base = match info.types.get(t) {
                Type::Pointer(e) => *e,
                _ => t,
            };
            if seen.contains(&base) {
                continue;
            }
            seen.push(base);
            if let Type::Named(n) = info.types.get(base) {
                let named = &info.types.named[*n as usize];
                for (m, id) in &named.methods {
                    if visible(m, &named.pkg) {
                        let sig = info.types.display(info.obj(*id).ty);
                        found.push(CompletionItem { label: m.clone(), kind: CompletionKind::Method, detail: sig });
                    }
                }
            }
            match info.types.under_type(base) {
                Type::Struct(fields) if !is_type => {
                    let owner = named_pkg(info, base);
                    for f in fields {
                        if visible(&f.name, &owner) {
                            found.push(CompletionItem { label: f.name.clone(), kind: CompletionKind::Field, detail: info.types.display(f.ty) });
                        }
                        if f.embedded {
                            next.push(f.ty);
                        }
                    }
                }
                Type::Interface(methods) => {
                    for m in methods {
                        found.push(CompletionItem { label: m.name.clone(), kind: CompletionKind::Method, detail: info.types.display(m.sig) });
                    }
                }
                _ => {}
            }
        }
        if next.is_empty() {
            break;
        }
        level = next;
    }
}

fn named_pkg(info: &Info, t: TypeId) -> String {
    match info.types.get(t) {
        Type::Named(n) => info.types.named[*n as usize].pkg.clone(),
        _ => String::new(),
    }
}

/// The names visible at `pos`: the user's locals declared before it in the scopes around
/// it, the package's names, the file's imports, then the predeclared names.
fn in_scope(a: &Analysis, info: &Info, pos: Pos, pkg: &str, found: &mut Vec<CompletionItem>) {
    let file_base = a.bases.iter().map(|(_, b)| *b).filter(|b| *b <= pos).max().unwrap_or(0);
    let file_end = a.bases.iter().map(|(_, b)| *b).filter(|b| *b > pos).min().unwrap_or(Pos::MAX);
    // Locals, innermost first (a name declared in an inner scope shadows an outer one).
    let mut locals: Vec<(Pos, &Object)> = Vec::new();
    for i in a.first_user_obj..info.objects.len() {
        let o = &info.objects[i];
        if o.global || o.pos < file_base || o.pos >= file_end || o.pos >= pos || matches!(o.kind, ObjKind::PkgName(_)) {
            continue;
        }
        let Some(scope) = a.index.scope_of(o.pos) else { continue };
        if scope.0 <= pos && pos <= scope.1 {
            locals.push((scope.1 - scope.0, o));
        }
    }
    crate::sort::sort_by_key(&mut locals, |(size, _)| *size);
    for (_, o) in locals {
        if let Some(it) = item(info, o) {
            found.push(it);
        }
    }
    if let Some(p) = info.packages.iter().rev().find(|p| p.path == pkg) {
        for &id in p.scope.values() {
            if let Some(it) = item(info, info.obj(id)) {
                found.push(it);
            }
        }
    }
    // The file's imports: their names are defined at their paths' positions.
    for i in a.first_user_obj..info.objects.len() {
        let o = &info.objects[i];
        if matches!(o.kind, ObjKind::PkgName(_)) && o.pos >= file_base && o.pos < file_end {
            if let Some(it) = item(info, o) {
                found.push(it);
            }
        }
    }
    // The universe's objects come first, all at position 0.
    for o in info.objects.iter().take_while(|o| o.pos == 0) {
        if o.pkg.is_empty() && !o.name.is_empty() {
            if let Some(it) = item(info, o) {
                found.push(it);
            }
        }
    }
}
