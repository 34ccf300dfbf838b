//! Field and method lookup through embedded fields.

use crate::types::{Type, TypeId};
use crate::types::info::ObjId;
use super::Checker;

/// Where a selected field lives: the path of field indices through embedded structs, and
/// whether each step goes through a pointer.
pub(super) struct FieldPath {
    pub ty: TypeId,
    pub path: Vec<usize>,
    pub via_ptr: bool,
}

impl Checker {
    /// Looks up field `name` in struct type t (or *struct), breadth-first through embedded
    /// fields as Go's promotion rules say. Ambiguity at the shallowest depth finds nothing.
    pub(super) fn find_field(&self, t: TypeId, name: &str) -> Option<FieldPath> {
        self.field_lookup(t, name).ok()
    }

    /// Whether t has several fields `name` at the shallowest depth that has one.
    pub(super) fn field_ambiguous(&self, t: TypeId, name: &str) -> bool {
        self.field_lookup(t, name).err() == Some(true)
    }

    /// `find_field`'s search: `Err(true)` when the name is ambiguous, `Err(false)` when absent
    /// or a method (a declared one, or an embedded interface's) at a shallower depth wins.
    fn field_lookup(&self, t: TypeId, name: &str) -> Result<FieldPath, bool> {
        let (base, via_ptr) = match self.t().under_type(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        let mut level: Vec<(TypeId, Vec<usize>, bool)> = vec![(base, vec![], via_ptr)];
        for _ in 0..8 {
            let mut found: Vec<FieldPath> = Vec::new();
            let mut methods = 0;
            let mut next = Vec::new();
            for (st, path, vp) in &level {
                methods += self.has_method_named(*st, name) as usize;
                let Type::Struct(fields) = self.t().under_type(*st) else { continue };
                for (i, f) in fields.iter().enumerate() {
                    if !f.embedded && f.name != name {
                        continue;
                    }
                    let mut p = path.clone();
                    p.push(i);
                    if f.name == name {
                        found.push(FieldPath { ty: f.ty, path: p.clone(), via_ptr: *vp });
                    }
                    if f.embedded {
                        let (inner, ptr) = match self.t().under_type(f.ty) {
                            Type::Pointer(e) => (*e, true),
                            _ => (f.ty, false),
                        };
                        next.push((inner, p, *vp || ptr));
                    }
                }
            }
            if let ([_], 0) = (&found[..], methods) {
                return found.pop().ok_or(false);
            }
            if found.len() + methods > 0 || next.is_empty() {
                return Err(found.len() + methods > 1);
            }
            level = next;
        }
        Err(false)
    }

    /// Whether the named type t, or the interface it is, has a method `name` of its own.
    fn has_method_named(&self, t: TypeId, name: &str) -> bool {
        if let Type::Named(n) = self.t().get(t) {
            if self.t().named[*n as usize].methods.iter().any(|(m, _)| m == name) {
                return true;
            }
        }
        matches!(self.t().under_type(t), Type::Interface(ms) if ms.iter().any(|m| m.name == name))
    }

    /// Looks up method `name` of t, directly or promoted through embedded fields: the
    /// method and the path of embedded fields to its receiver; a field of that name at the
    /// same or a shallower depth hides it.
    pub(super) fn find_method(&self, t: TypeId, name: &str) -> Option<(ObjId, Vec<usize>)> {
        let mut level: Vec<(TypeId, Vec<usize>)> = vec![(t, vec![])];
        for _ in 0..8 {
            let mut found = Vec::new();
            let mut next = Vec::new();
            let mut field_here = false;
            for (ty, path) in &level {
                let base = match self.t().get(*ty) {
                    Type::Pointer(e) => *e,
                    _ => *ty,
                };
                if let Type::Named(n) = self.t().get(base) {
                    if let Some((_, id)) = self.t().named[*n as usize].methods.iter().find(|(m, _)| m == name) {
                        found.push((*id, path.clone()));
                        continue;
                    }
                }
                if let Type::Struct(fields) = self.t().under_type(base) {
                    for (i, f) in fields.iter().enumerate() {
                        field_here |= f.name == name;
                        if f.embedded {
                            let mut p = path.clone();
                            p.push(i);
                            next.push((f.ty, p));
                        }
                    }
                }
            }
            if found.len() == 1 && !field_here {
                return found.pop();
            }
            if found.len() > 1 || field_here || next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }
}
