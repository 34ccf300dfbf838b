//! gc's rules for `//go:wasmexport` and `//go:wasmimport`, with its wording.

use super::info::ExprInfo;
use super::{Basic, Type, TypeId, TypeTable};
use crate::diag::Diags;
use crate::syntax::ast::{FuncDecl, NodeId};
use gowasm_meta::Kind;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DirectiveKind {
    Export(String),
    Import { module: String, name: String },
}

/// A checked directive: what crosses the Wasm boundary.
#[derive(Clone, Debug)]
pub struct WasmDirective {
    pub kind: DirectiveKind,
    /// (Go name, type, kind) per parameter.
    pub params: Vec<(String, TypeId, Kind)>,
    pub result: Option<(TypeId, Kind)>,
}

/// Checks the directives on `f`. Returns whether it carries a `//go:wasmimport` (well-formed
/// or not), and the directive when it is valid.
pub fn check(types: &TypeTable, diags: &mut Diags, exprs: &crate::fx::NodeMap<ExprInfo>, f: &FuncDecl) -> (bool, Option<WasmDirective>) {
    let mut found: Option<DirectiveKind> = None;
    let mut has_import = false;
    let mut ok = true;
    for d in &f.directives {
        // gc reads `go:wasmexport NAME` (a blank after the verb); the bare verb is no
        // directive at all.
        if !d.text.contains(char::is_whitespace) {
            continue;
        }
        let mut words = d.text.split_whitespace();
        let Some(verb) = words.next() else { continue };
        let args: Vec<&str> = words.collect();
        match verb {
            "go:wasmexport" => {
                if f.recv.is_some() {
                    diags.error(f.pos, "cannot use //go:wasmexport on a method");
                    ok = false;
                } else if args.len() != 1 {
                    diags.error(d.pos, "usage: //go:wasmexport exportname");
                    ok = false;
                } else {
                    found = Some(DirectiveKind::Export(args[0].to_string()));
                }
            }
            "go:wasmimport" => {
                has_import = true;
                if f.body.is_some() {
                    diags.error(f.pos, "can only use //go:wasmimport with external func implementations");
                    ok = false;
                } else if args.len() != 2 {
                    diags.error(d.pos, "usage: //go:wasmimport importmodule importname");
                    ok = false;
                } else {
                    found = Some(DirectiveKind::Import { module: args[0].to_string(), name: args[1].to_string() });
                }
            }
            _ => {}
        }
    }
    let Some(kind) = found.filter(|_| ok) else { return (has_import, None) };
    let word = match kind {
        DirectiveKind::Export(_) => "go:wasmexport",
        DirectiveKind::Import { .. } => "go:wasmimport",
    };
    if !f.tparams.is_empty() {
        diags.error(f.pos, format!("{word}: generic functions are not allowed"));
        return (has_import, None);
    }
    let ty_of = |id: NodeId| exprs.get(&id).map(|i| i.ty).unwrap_or(super::INVALID);
    let mut params = Vec::new();
    let mut valid = true;
    // An imported method takes its receiver as its first parameter.
    let recv = f.recv.iter().filter(|_| matches!(kind, DirectiveKind::Import { .. }));
    for p in recv.chain(&f.ty.params) {
        let t = ty_of(p.ty.id);
        let kind = if p.variadic { None } else { wasm_kind(types, t, true) };
        match kind {
            Some(k) => {
                if p.names.is_empty() {
                    params.push((String::new(), t, k));
                }
                for n in &p.names {
                    params.push((n.name.to_string(), t, k));
                }
            }
            None => {
                if t != super::INVALID {
                    let shown = if p.variadic { format!("[]{}", backend_string(types, t)) } else { backend_string(types, t) };
                    diags.error(f.pos, format!("{word}: unsupported parameter type {shown}"));
                }
                valid = false;
            }
        }
    }
    let nresults: usize = f.ty.results.iter().map(|r| r.names.len().max(1)).sum();
    let mut result = None;
    if nresults > 1 {
        diags.error(f.pos, format!("{word}: too many return values"));
        valid = false;
    } else if let Some(r) = f.ty.results.first() {
        let t = ty_of(r.ty.id);
        match wasm_kind(types, t, false) {
            Some(k) => result = Some((t, k)),
            None => {
                if t != super::INVALID {
                    diags.error(f.pos, format!("{word}: unsupported result type {}", backend_string(types, t)));
                }
                valid = false;
            }
        }
    }
    // gc's export wrapper must fit its arguments in a small frame (`abi.StackSmall`).
    if valid && matches!(kind, DirectiveKind::Export(_)) && arg_width(&params, result.map(|(_, k)| k)) > 128 {
        diags.error(f.pos, "wasmexport function argument too large");
        valid = false;
    }
    (has_import, valid.then_some(WasmDirective { kind, params, result }))
}

/// The bytes gc's ABI0 frame gives the parameters and the result on wasm (8-byte pointers).
fn arg_width(params: &[(String, TypeId, Kind)], result: Option<Kind>) -> u64 {
    let size = |k: Kind| -> (u64, u64) {
        match k {
            Kind::Bool => (1, 1),
            Kind::Int32 | Kind::Uint32 | Kind::Float32 => (4, 4),
            Kind::String => (16, 8),
            _ => (8, 8),
        }
    };
    let mut off = 0u64;
    for (_, _, k) in params {
        let (s, a) = size(*k);
        off = off.next_multiple_of(a) + s;
    }
    // Results start at a pointer-aligned offset.
    off = off.next_multiple_of(8);
    if let Some(k) = result {
        let (s, a) = size(k);
        off = off.next_multiple_of(a) + s;
    }
    off.next_multiple_of(8)
}

/// The boundary kind of an allowed type (gc's rules), or `None`.
pub fn wasm_kind(types: &TypeTable, t: TypeId, allow_string: bool) -> Option<Kind> {
    match types.under_type(t) {
        Type::Basic(b) => match b.canonical() {
            Basic::Bool => Some(Kind::Bool),
            Basic::Int32 => Some(Kind::Int32),
            Basic::Uint32 => Some(Kind::Uint32),
            Basic::Int64 => Some(Kind::Int64),
            Basic::Uint64 => Some(Kind::Uint64),
            Basic::Float32 => Some(Kind::Float32),
            Basic::Float64 => Some(Kind::Float64),
            Basic::Uintptr => Some(Kind::Uintptr),
            Basic::UnsafePointer => Some(Kind::UnsafePointer),
            Basic::String if allow_string => Some(Kind::String),
            _ => None,
        },
        Type::Pointer(elem) => pointee_ok(types, *elem, 0).then_some(Kind::Pointer),
        _ => None,
    }
}

/// What a pointer may point to (gc's `wasmElemTypeAllowed`): sized integers, floats and
/// bools, arrays of such, and structs with no fields or that embed `structs.HostLayout` and
/// hold only such fields. No pointer-sized or pointerful type: pointers differ in width
/// between the Go side and the host.
fn pointee_ok(types: &TypeTable, t: TypeId, depth: u32) -> bool {
    if depth > 16 {
        return false;
    }
    match types.under_type(t) {
        Type::Basic(b) => matches!(
            b.canonical(),
            Basic::Int8 | Basic::Uint8 | Basic::Int16 | Basic::Uint16 | Basic::Int32 | Basic::Uint32 | Basic::Int64 | Basic::Uint64 | Basic::Float32 | Basic::Float64 | Basic::Bool
        ),
        Type::Array(_, e) => pointee_ok(types, *e, depth + 1),
        Type::Struct(fields) => {
            fields.is_empty()
                || (fields.iter().any(|f| is_host_layout(types, f.ty)) && fields.iter().all(|f| is_host_layout(types, f.ty) || pointee_ok(types, f.ty, depth + 1)))
        }
        _ => false,
    }
}

/// A type as gc's backend prints it in these messages: types2's form with blanks inside
/// struct and interface braces (`struct { A int32 }`, `struct {}`).
fn backend_string(types: &TypeTable, t: TypeId) -> String {
    let s = types.display(t);
    let mut out = String::with_capacity(s.len() + 8);
    // For each open brace: whether it opened a non-empty struct or interface body.
    let mut spaced = Vec::new();
    let mut rest = s.as_str();
    while let Some(c) = rest.chars().next() {
        let kw = ["struct{", "interface{"].into_iter().find(|k| rest.starts_with(k));
        if let Some(k) = kw {
            let body_empty = rest[k.len()..].starts_with('}');
            out.push_str(&k[..k.len() - 1]);
            out.push_str(if body_empty { " {" } else { " { " });
            spaced.push(!body_empty);
            rest = &rest[k.len()..];
            continue;
        }
        match c {
            '{' => spaced.push(false),
            '}' if spaced.pop() == Some(true) => out.push(' '),
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn is_host_layout(types: &TypeTable, t: TypeId) -> bool {
    match types.get(t) {
        Type::Named(n) => {
            let n = &types.named[*n as usize];
            n.pkg == "structs" && n.name == "HostLayout"
        }
        _ => false,
    }
}
