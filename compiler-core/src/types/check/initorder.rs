//! The order of package initialization: variables by their dependencies (through the
//! functions they call), then `init` functions.

use crate::fx::{FxNew, HashMap};
use crate::syntax::ast::{Decl, File};
use crate::types::info::{DeclRef, Info, InitStep, ObjId, ObjKind};
use super::Checker;

impl Checker {
    pub(super) fn compute_init_order(&mut self, files: &[File]) {
        // Go spec: repeatedly initialize the earliest variable (in declaration order) that has
        // no uninitialized dependencies, following references through functions.
        let mut vars: Vec<(ObjId, usize, usize, usize)> = Vec::new();
        for (fi, file) in files.iter().enumerate() {
            for (di, decl) in file.decls.iter().enumerate() {
                if let Decl::Var(specs) = decl {
                    for (si, spec) in specs.iter().enumerate() {
                        if spec.values.is_empty() {
                            continue;
                        }
                        if let Some(&id) = spec.names.first().and_then(|n| self.info.defs.get(&n.pos)) {
                            vars.push((id, fi, di, si));
                        }
                    }
                }
            }
        }
        let var_ids: Vec<ObjId> = vars.iter().map(|v| v.0).collect();
        let spec_of = |id: ObjId, info: &Info| -> Option<ObjId> {
            // Map any name of a multi-name spec to the first name's object.
            let o = &info.objects[id as usize];
            if let DeclRef::Var(fi, di, si, _) = o.decl {
                if let Some(Decl::Var(specs)) = info.packages[o.pkg_index].files.get(fi).and_then(|f| f.decls.get(di)) {
                    return specs[si].names.first().and_then(|n| info.defs.get(&n.pos)).copied();
                }
            }
            None
        };
        let mut var_deps: HashMap<ObjId, Vec<ObjId>> = HashMap::new();
        for &(id, fi, di, si) in &vars {
            let mut seen = std::collections::HashSet::new();
            let mut stack: Vec<ObjId> = Vec::new();
            if let Decl::Var(specs) = &files[fi].decls[di] {
                for n in &specs[si].names {
                    if let Some(&nid) = self.info.defs.get(&n.pos) {
                        stack.extend(self.deps.get(&nid).cloned().unwrap_or_default());
                    }
                }
            }
            let mut out = Vec::new();
            while let Some(d) = stack.pop() {
                if !seen.insert(d) {
                    continue;
                }
                match self.info.objects[d as usize].kind {
                    ObjKind::Var => {
                        if let Some(s) = spec_of(d, &self.info) {
                            if s != id && var_ids.contains(&s) {
                                out.push(s);
                            }
                        }
                    }
                    ObjKind::Func => stack.extend(self.deps.get(&d).cloned().unwrap_or_default()),
                    _ => {}
                }
            }
            var_deps.insert(id, out);
        }
        let mut done: std::collections::HashSet<ObjId> = std::collections::HashSet::new();
        let mut remaining = vars.clone();
        while !remaining.is_empty() {
            let pick = remaining
                .iter()
                .position(|(id, ..)| var_deps.get(id).map(|d| d.iter().all(|x| done.contains(x))).unwrap_or(true));
            let idx = match pick {
                Some(i) => i,
                None => {
                    let (id, ..) = remaining[0];
                    let o = &self.info.objects[id as usize];
                    let (pos, name) = (o.pos, o.name.clone());
                    self.error(pos, format!("initialization cycle or initialization loop involving {name}"));
                    0
                }
            };
            let (id, fi, di, si) = remaining.remove(idx);
            done.insert(id);
            self.info.init_order.push(InitStep::Var { pkg: self.cur_pkg, file: fi, decl: di, spec: si });
        }
        for (fi, file) in files.iter().enumerate() {
            for decl in &file.decls {
                if let Decl::Func(f) = decl {
                    if f.recv.is_none() && f.name.name == "init" {
                        if let Some(&id) = self.info.defs.get(&f.name.pos) {
                            let _ = fi;
                            self.info.init_order.push(InitStep::InitFunc(id));
                        }
                    }
                }
            }
        }
    }
}
