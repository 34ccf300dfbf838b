//! Block scopes and name lookup: parameters and locals, then package, file imports and
//! universe.

use std::collections::HashMap;

use crate::diag::Pos;
use crate::syntax::ast::Ident;
use crate::types::TypeId;
use crate::types::info::{ObjId, ObjKind, Object};
use crate::types::layer::Table;
use super::Checker;

/// The block scopes of a function: one stack of the objects declared in them (found by
/// their names: a function has few locals, so a scan beats hashing a map per block; past
/// [`SCAN_MAX`] open objects, names are found through an index, so that a function with
/// very many locals stays linear).
#[derive(Clone, Default)]
pub(super) struct Scopes {
    /// Each object with its name's [`scope_key`], which rules out most other names without
    /// reading the object.
    objs: Vec<(u32, ObjId)>,
    /// Where each open scope starts in `objs`, innermost last.
    starts: Vec<usize>,
    /// Positions in `objs` of each name's declarations, in order, once `objs` has grown
    /// past [`SCAN_MAX`]. Closing scopes leaves stale positions, dropped when met.
    index: HashMap<Box<str>, Vec<usize>>,
}

/// Open objects up to which a scan finds names.
const SCAN_MAX: usize = 256;

/// A name's length and first and last bytes.
fn scope_key(name: &str) -> u32 {
    let b = name.as_bytes();
    (b.len() as u32) << 16 | u32::from(b.first().copied().unwrap_or(0)) << 8 | u32::from(b.last().copied().unwrap_or(0))
}

impl Scopes {
    pub(super) fn open(&mut self) {
        self.starts.push(self.objs.len());
    }

    pub(super) fn close(&mut self) {
        if let Some(start) = self.starts.pop() {
            self.objs.truncate(start);
            if self.objs.len() <= SCAN_MAX && !self.index.is_empty() {
                // back to scanning; growing past SCAN_MAX again indexes afresh
                self.index = HashMap::new();
            }
        }
    }

    /// How many scopes are open.
    pub(super) fn depth(&self) -> usize {
        self.starts.len()
    }

    /// Declares `id`, named `name`, in the innermost scope.
    pub(super) fn declare(&mut self, objects: &Table<Object>, id: ObjId, name: &str) {
        if self.starts.is_empty() {
            return;
        }
        if self.objs.len() == SCAN_MAX && self.index.is_empty() {
            for (i, &(_, o)) in self.objs.iter().enumerate() {
                self.index.entry(objects[o as usize].name.as_str().into()).or_default().push(i);
            }
        }
        if self.objs.len() >= SCAN_MAX {
            self.index.entry(name.into()).or_default().push(self.objs.len());
        }
        self.objs.push((scope_key(name), id));
    }

    /// The object `name` denotes in any open scope.
    fn find(&mut self, objects: &Table<Object>, name: &str) -> Option<ObjId> {
        if self.objs.len() > SCAN_MAX {
            return self.indexed(objects, name, 0);
        }
        Self::last_named(&self.objs, objects, name)
    }

    /// The object named `name` in the innermost scope.
    pub(super) fn innermost(&mut self, objects: &Table<Object>, name: &str) -> Option<ObjId> {
        let start = self.starts.last().copied().unwrap_or(self.objs.len());
        if self.objs.len() > SCAN_MAX {
            return self.indexed(objects, name, start);
        }
        Self::last_named(&self.objs[start..], objects, name)
    }

    /// The last object named `name` at `start` or later in `objs`, through the index (open
    /// objects were declared in position order, so the last live entry is the innermost).
    fn indexed(&mut self, objects: &Table<Object>, name: &str, start: usize) -> Option<ObjId> {
        let objs = &self.objs;
        let live = |&p: &usize| p < objs.len() && objects[objs[p].1 as usize].name.as_str() == name;
        let positions = self.index.get_mut(name)?;
        while positions.last().is_some_and(|p| !live(p)) {
            positions.pop();
        }
        let p = *positions.last()?;
        (p >= start).then(|| objs[p].1)
    }

    fn last_named(objs: &[(u32, ObjId)], objects: &Table<Object>, name: &str) -> Option<ObjId> {
        let k = scope_key(name);
        objs.iter().rev().find(|&&(key, id)| key == k && objects[id as usize].name == name).map(|&(_, id)| id)
    }

    /// The index of the scope that declares `name` as `id`.
    pub(super) fn depth_of(&self, objects: &Table<Object>, name: &str, id: ObjId) -> Option<usize> {
        let i = self.objs.iter().rposition(|&(_, o)| o == id && objects[o as usize].name == name)?;
        self.starts.partition_point(|&s| s <= i).checked_sub(1)
    }
}

impl Checker {
    pub(super) fn declare_param(&mut self, n: &Ident, t: TypeId) {
        let id = self.new_obj(&n.name, n.pos, ObjKind::Var, t);
        self.info.objects[id as usize].used = true;
        if n.name != "_" {
            if self.scopes.innermost(&self.info.objects, &n.name).is_some() {
                self.error(n.pos, format!("duplicate argument {}", n.name));
            }
            // A duplicate shadows the first, as it replaced it in a map.
            self.scopes.declare(&self.info.objects, id, &n.name);
        }
    }

    pub(super) fn declare_local(&mut self, n: &Ident, id: ObjId) {
        self.declare_local_name(&n.name, n.pos, id);
    }

    pub(super) fn declare_local_name(&mut self, name: &str, pos: Pos, id: ObjId) {
        if name == "_" {
            return;
        }
        if self.scopes.depth() == 0 {
            return;
        }
        if self.scopes.innermost(&self.info.objects, name).is_some() {
            self.error(pos, format!("{name} redeclared in this block"));
            // The redeclaration is not in scope, so it cannot be "declared and not used".
            self.info.objects[id as usize].used = true;
        } else {
            self.scopes.declare(&self.info.objects, id, name);
        }
    }

    /// Looks a name up: blocks, package, file imports, universe.
    pub(super) fn lookup(&mut self, name: &str) -> Option<ObjId> {
        if let Some(id) = self.scopes.find(&self.info.objects, name) {
            return Some(id);
        }
        if let Some(&id) = self.info.packages[self.cur_pkg].scope.get(name) {
            return Some(id);
        }
        if let Some((_, id)) = self.file_imports.get(self.cur_file).and_then(|m| m.get(name)) {
            return Some(*id);
        }
        self.universe.get(name).copied()
    }

    pub(super) fn open_scope(&mut self) {
        self.scopes.open();
    }

    pub(super) fn close_scope(&mut self) {
        self.scopes.close();
    }
}
