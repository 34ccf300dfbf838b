//! The universe scope and the packages every program may import without source
//! (`unsafe`, `structs`).

use super::info::{Builtin, ObjKind, Object};
use super::layer::Table;
use super::{Basic, Const, Type, TypeTable};
use crate::syntax::ast::Name;

/// Fills the universe with predeclared types, constants, `nil` and builtins.
pub fn universe(types: &mut TypeTable, objects: &mut Table<Object>) -> Vec<(String, u32)> {
    let mut scope = Vec::new();
    let mut add = |objects: &mut Table<Object>, name: &str, kind: ObjKind, ty: u32| {
        let id = objects.len() as u32;
        objects.push(Object::new(name.into(), 0, kind, ty, Name::default()));
        scope.push((name.to_string(), id));
    };
    use Basic::{Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64, Complex64, Complex128, String, Byte, Rune, UntypedBool, UntypedInt, UntypedNil};
    for b in [
        Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64, Complex64,
        Complex128, String, Byte, Rune,
    ] {
        let t = types.basic(b);
        add(objects, b.name(), ObjKind::TypeName, t);
    }
    let any = types.intern(Type::Interface(Vec::new()));
    add(objects, "any", ObjKind::TypeName, any);
    let error = types.new_named("error", "");
    let string = types.basic(String);
    let err_sig = types.intern(Type::Func(super::Signature { params: vec![], results: vec![string], variadic: false }));
    let err_iface = types.intern(Type::Interface(vec![super::Method { name: "Error".into(), sig: err_sig }]));
    if let Type::Named(n) = types.get(error).clone() {
        types.named[n as usize].underlying = err_iface;
    }
    add(objects, "error", ObjKind::TypeName, error);
    // `comparable`: the constraint of the strictly comparable types (and interfaces).
    let comparable = types.new_named("comparable", "");
    let set = types.intern(Type::Constraint(super::TypeSet { methods: vec![], terms: None, comparable: true }));
    if let Type::Named(n) = types.get(comparable).clone() {
        types.named[n as usize].underlying = set;
    }
    add(objects, "comparable", ObjKind::TypeName, comparable);
    let ub = types.basic(UntypedBool);
    add(objects, "true", ObjKind::Const(Some(Const::Bool(true))), ub);
    add(objects, "false", ObjKind::Const(Some(Const::Bool(false))), ub);
    let ui = types.basic(UntypedInt);
    add(objects, "iota", ObjKind::Const(None), ui);
    let nil = types.basic(UntypedNil);
    add(objects, "nil", ObjKind::Nil, nil);
    for b in Builtin::UNIVERSE {
        add(objects, b.name(), ObjKind::Builtin(*b), super::INVALID);
    }
    scope
}

/// Members of package `unsafe`.
pub fn unsafe_members(types: &mut TypeTable, objects: &mut Table<Object>) -> Vec<(String, u32)> {
    let mut scope = Vec::new();
    let ptr = types.basic(Basic::UnsafePointer);
    let id = objects.len() as u32;
    objects.push(Object::new("Pointer".into(), 0, ObjKind::TypeName, ptr, "unsafe".into()));
    scope.push(("Pointer".to_string(), id));
    for b in Builtin::UNSAFE {
        let id = objects.len() as u32;
        objects.push(Object::new(b.name().into(), 0, ObjKind::Builtin(*b), super::INVALID, "unsafe".into()));
        scope.push((b.name().to_string(), id));
    }
    scope
}

/// Members of package `structs`.
pub fn structs_members(types: &mut TypeTable, objects: &mut Table<Object>) -> Vec<(String, u32)> {
    let host_layout = types.new_named("HostLayout", "structs");
    let empty = types.intern(Type::Struct(Vec::new()));
    if let Type::Named(n) = types.get(host_layout).clone() {
        types.named[n as usize].underlying = empty;
    }
    let id = objects.len() as u32;
    objects.push(Object::new("HostLayout".into(), 0, ObjKind::TypeName, host_layout, "structs".into()));
    vec![("HostLayout".to_string(), id)]
}
