//! Objects as Go declares them (hover), their doc comments, and the signature of the call
//! around the cursor.

use crate::diag::Pos;
use crate::syntax::ast::{Decl, Expr, ExprKind, Field, FuncDecl, TypeSpec};
use crate::types::info::{Info, ObjId, ObjKind, Object};
use crate::types::{package_name, Type, TypeId};

use super::{word_at, Analysis, Hover, SignatureHelp};

/// A struct field a selector selects: its name, type, and declaration when it is a named
/// struct type's field.
pub(super) struct FieldRef {
    pub name: String,
    pub ty: TypeId,
    pub decl: Option<Pos>,
    pub doc: String,
}

/// The field at the end of `path` (field indices through embedded structs) from type `x`.
pub(super) fn field_ref(info: &Info, x: TypeId, path: &[usize]) -> Option<FieldRef> {
    let mut t = x;
    let mut holder = x;
    let mut name = String::new();
    for &i in path {
        holder = deref(info, t);
        let Type::Struct(fields) = info.types.under_type(holder) else { return None };
        let f = fields.get(i)?;
        name = f.name.clone();
        t = f.ty;
    }
    let (decl, doc) = match field_decl(info, holder, &name) {
        Some((pos, doc)) => (Some(pos), doc),
        None => (None, String::new()),
    };
    Some(FieldRef { name, ty: t, decl, doc })
}

pub(super) fn field(info: &Info, f: &FieldRef) -> Hover {
    Hover { text: format!("field {} {}", f.name, info.types.display(f.ty)), doc: f.doc.clone() }
}

fn deref(info: &Info, t: TypeId) -> TypeId {
    match info.types.under_type(t) {
        Type::Pointer(e) => *e,
        _ => t,
    }
}

/// Where field `name` of the named struct type `t` is declared, and its doc comment.
fn field_decl(info: &Info, t: TypeId, name: &str) -> Option<(Pos, String)> {
    let spec = type_spec(info, type_obj(info, t)?)?;
    let ExprKind::StructType(fields) = &spec.ty.kind else { return None };
    let f = fields.iter().find(|f| f.names.iter().any(|n| n.name == name) || (f.names.is_empty() && embedded_name(&f.ty) == Some(name)))?;
    let pos = f.names.iter().find(|n| n.name == name).map_or(f.pos, |n| n.pos);
    let doc = match f.names.first() {
        Some(n) => doc_above(&n.name, pos),
        None => String::new(),
    };
    Some((pos, doc))
}

fn embedded_name(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Ident(n) => Some(n),
        ExprKind::Star(x) => embedded_name(x),
        ExprKind::Selector(_, sel) => Some(&sel.name),
        ExprKind::Index(x, _) => embedded_name(x),
        _ => None,
    }
}

/// The type name object of a named type.
fn type_obj(info: &Info, t: TypeId) -> Option<&Object> {
    let Type::Named(n) = info.types.get(t) else { return None };
    let named = &info.types.named[*n as usize];
    let id = match named.origin {
        Some((origin, _)) => origin,
        None => *info.packages.iter().find(|p| p.path == named.pkg)?.scope.get(&named.name)?,
    };
    Some(info.obj(id))
}

fn type_spec<'a>(info: &'a Info, obj: &Object) -> Option<&'a TypeSpec> {
    let p = info.packages.iter().find(|p| p.path == obj.pkg)?;
    p.files.iter().flat_map(|f| &f.decls).find_map(|d| match d {
        Decl::Type(specs) => specs.iter().find(|s| s.name.pos == obj.pos),
        _ => None,
    })
}

fn func_decl<'a>(info: &'a Info, obj: &Object) -> Option<&'a FuncDecl> {
    let p = info.packages.iter().find(|p| p.path == obj.pkg)?;
    p.files.iter().flat_map(|f| &f.decls).find_map(|d| match d {
        Decl::Func(f) if f.name.pos == obj.pos => Some(&**f),
        _ => None,
    })
}

/// The `//` comment lines right above the line of `name` (whose text is its file's), joined
/// as one paragraph per blank comment line; not directives.
pub(super) fn doc_above(name: &crate::syntax::ast::Name, _pos: Pos) -> String {
    let (text, start) = name.source();
    let start = (start as usize).min(text.len());
    doc_before(text, text[..start].rfind('\n').map_or(0, |i| i + 1))
}

/// The `//` comment lines of `text` right above the line that starts at byte `line_start`;
/// directives among them (`//go:noinline` under a doc comment) are left out.
fn doc_before(text: &str, line_start: usize) -> String {
    let mut lines = Vec::new();
    let mut end = line_start.min(text.len());
    while end > 0 {
        let prev_start = text[..end - 1].rfind('\n').map_or(0, |i| i + 1);
        let line = text[prev_start..end - 1].trim();
        match line.strip_prefix("//") {
            Some(c) if c.starts_with("go:") || c.starts_with("line ") => {}
            Some(c) => lines.push(c.strip_prefix(' ').unwrap_or(c).to_string()),
            None => break,
        }
        end = prev_start;
    }
    lines.reverse();
    lines.join("\n").trim().to_string()
}

/// The qualifier of a package-level object of another package than `pkg`.
fn qualifier(o: &Object, pkg: &str) -> String {
    if o.global && !o.pkg.is_empty() && o.pkg != pkg {
        format!("{}.", package_name(&o.pkg))
    } else {
        String::new()
    }
}

pub(super) fn object(info: &Info, id: ObjId, pkg: &str) -> Hover {
    let o = info.obj(id);
    let q = qualifier(o, pkg);
    let ty = info.types.display(o.ty);
    let text = match &o.kind {
        ObjKind::Var => format!("var {q}{} {ty}", o.name),
        ObjKind::Const(v) => match v {
            Some(v) => format!("const {q}{} {ty} = {}", o.name, v.display()),
            None => format!("const {q}{} {ty}", o.name),
        },
        ObjKind::TypeName => match info.types.get(o.ty) {
            Type::Named(_) if !o.pkg.is_empty() => format!("type {q}{} {}", o.name, info.types.display(info.types.under(o.ty))),
            _ => format!("type {}", o.name),
        },
        ObjKind::Func => {
            let (params, results) = func_parts(info, o);
            let recv = func_decl(info, o).and_then(|f| f.recv.as_ref()).map(|r| format!("({}) ", recv_text(r))).unwrap_or_default();
            format!("func {recv}{q}{}({}){}", o.name, params.join(", "), results)
        }
        ObjKind::Builtin(b) => format!("func {}", b.name()),
        ObjKind::PkgName(path) => format!("package {} (\"{path}\")", o.name),
        ObjKind::Nil => "var nil".to_string(),
        ObjKind::Label => format!("label {}", o.name),
    };
    // Only package-level names have doc comments (a parameter's line is its function's).
    let doc = if o.global && o.pos != 0 { doc_above(&o.name, o.pos) } else { String::new() };
    Hover { text, doc }
}

/// A receiver as written, `r *T` or `T`.
fn recv_text(r: &Field) -> String {
    let ty = type_text(&r.ty);
    match r.names.first() {
        Some(n) => format!("{} {ty}", n.name),
        None => ty,
    }
}

/// A receiver type expression as written (a name, maybe behind `*`, maybe instantiated).
fn type_text(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.to_string(),
        ExprKind::Star(x) => format!("*{}", type_text(x)),
        ExprKind::Paren(x) => type_text(x),
        ExprKind::Selector(x, sel) => format!("{}.{}", type_text(x), sel.name),
        ExprKind::Index(x, args) => format!("{}[{}]", type_text(x), args.iter().map(type_text).collect::<Vec<_>>().join(", ")),
        _ => "?".into(),
    }
}

/// A function's parameters (`a int`, `args ...any`) and results (` string`,
/// ` (n int, err error)`), names from its declaration when it has one.
fn func_parts(info: &Info, o: &Object) -> (Vec<String>, String) {
    let Type::Func(sig) = info.types.get(o.ty).clone() else { return (Vec::new(), String::new()) };
    let decl = func_decl(info, o);
    let names = |fields: Option<&Vec<Field>>| -> Vec<Option<String>> {
        fields.map_or_else(Vec::new, |fs| fs.iter().flat_map(|f| if f.names.is_empty() { vec![None] } else { f.names.iter().map(|n| Some(n.name.to_string())).collect() }).collect())
    };
    let pnames = names(decl.map(|d| &d.ty.params));
    let rnames = names(decl.map(|d| &d.ty.results));
    let params = sig
        .params
        .iter()
        .enumerate()
        .map(|(i, &t)| {
            let ty = match (sig.variadic && i + 1 == sig.params.len(), info.types.get(t)) {
                (true, Type::Slice(e)) => format!("...{}", info.types.display(*e)),
                _ => info.types.display(t),
            };
            match pnames.get(i).cloned().flatten() {
                Some(n) => format!("{n} {ty}"),
                None => ty,
            }
        })
        .collect();
    let results: Vec<String> = sig
        .results
        .iter()
        .enumerate()
        .map(|(i, &t)| match rnames.get(i).cloned().flatten() {
            Some(n) => format!("{n} {}", info.types.display(t)),
            None => info.types.display(t),
        })
        .collect();
    let results = match results.as_slice() {
        [] => String::new(),
        [one] if !rnames.first().is_some_and(|n| n.is_some()) => format!(" {one}"),
        _ => format!(" ({})", results.join(", ")),
    };
    (params, results)
}

/// The signature help at `offset`: the innermost call's parenthesis still open there.
pub(super) fn signature(a: &Analysis, file: &str, offset: usize) -> Option<SignatureHelp> {
    let info = a.info.as_ref()?;
    let text = a.text(file)?;
    let (lparen, commas) = open_call(text, offset)?;
    // The function: the identifier just before `(`.
    let before = text[..lparen].trim_end();
    let (start, _) = word_at(before, before.len())?;
    let pos = a.base(file)? + start as Pos;
    let node = a.index.idents.get(&pos).or_else(|| a.index.selectors.get(&pos).map(|(s, _)| s))?;
    let pkg = a.package_of(file);
    let (name, params, results, doc) = match info.uses.get(node).map(|&id| info.obj(id)) {
        Some(o) if o.kind == ObjKind::Func => {
            let (params, results) = func_parts(info, o);
            (format!("{}{}", qualifier(o, &pkg), o.name), params, results, doc_above(&o.name, o.pos))
        }
        _ => {
            // A func value: its type's parameters.
            let t = info.exprs.get(node)?.ty;
            let Type::Func(sig) = info.types.under_type(t).clone() else { return None };
            let params = sig.params.iter().map(|&p| info.types.display(p)).collect();
            let results = match sig.results.as_slice() {
                [] => String::new(),
                [one] => format!(" {}", info.types.display(*one)),
                rs => format!(" ({})", rs.iter().map(|&r| info.types.display(r)).collect::<Vec<_>>().join(", ")),
            };
            (before[start..].to_string(), params, results, String::new())
        }
    };
    let variadic = params.last().is_some_and(|p: &String| p.contains("..."));
    let active = if variadic { commas.min(params.len().saturating_sub(1)) } else { commas };
    Some(SignatureHelp { name, params, results, active, doc })
}

/// The innermost `(` still open at `offset` that follows an expression (a call, not a
/// parenthesized expression or a parameter list we cannot tell apart otherwise), and the
/// number of commas at its level before `offset`. Strings, runes and comments are skipped.
fn open_call(text: &str, offset: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let end = offset.min(b.len());
    let mut stack: Vec<(u8, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < end {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < end && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < end && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
                continue;
            }
            q @ (b'"' | b'\'' | b'`') => {
                i += 1;
                while i < end && b[i] != q && !(q != b'`' && b[i] == b'\n') {
                    if b[i] == b'\\' && q != b'`' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            c @ (b'(' | b'[' | b'{') => stack.push((c, i, 0)),
            b')' | b']' | b'}' => {
                stack.pop();
            }
            b',' => {
                if let Some(top) = stack.last_mut() {
                    top.2 += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let &(c, at, commas) = stack.last()?;
    let prev = text[..at].trim_end().bytes().last()?;
    (c == b'(' && (super::is_ident_byte(prev) || prev == b')' || prev == b']')).then_some((at, commas))
}
