//! Body-less functions of standard packages that stand for a Go function elsewhere: gc's
//! pull `//go:linkname local importpath.name` (math/rand/v2's `runtime_rand` is our
//! runtime's `rand`), and functions gc writes in assembly, bound to their package's pure-Go
//! version (`stdpkg::asm_alias`). Calls of such a function call its target (`Info::links`).

use crate::syntax::ast::FuncDecl;
use crate::types::info::{ObjId, ObjKind};
use super::Checker;

impl Checker {
    /// Records what the body-less `f` (object `id`) of a standard package stands for;
    /// false when it stands for nothing (a missing body).
    pub(super) fn link_bodyless(&mut self, id: ObjId, f: &FuncDecl) -> bool {
        let pkg = self.info.packages[self.cur_pkg].path.to_string();
        if pkg == "main" || f.recv.is_some() {
            return false;
        }
        let pulled = f.directives.iter().find_map(|d| {
            let mut words = d.text.split_whitespace();
            let (verb, local, target) = (words.next(), words.next(), words.next());
            (verb == Some("go:linkname") && local == Some(&*f.name.name)).then_some(target).flatten().map(String::from)
        });
        let Some(target) = pulled.or_else(|| crate::stdpkg::asm_alias(&pkg, &f.name.name).map(|t| format!("{pkg}.{t}"))) else {
            return false;
        };
        let Some((path, name)) = target.rsplit_once('.') else { return false };
        let found = self.info.packages.iter().find(|p| &*p.path == path).and_then(|p| p.scope.get(name).copied());
        let Some(to) = found.filter(|&o| self.info.objects[o as usize].kind == ObjKind::Func) else {
            self.error(f.name.pos, format!("//go:linkname {}: no function {target} to link to", f.name.name));
            return true;
        };
        self.resolve(to);
        let (want, got) = (self.info.objects[id as usize].ty, self.info.objects[to as usize].ty);
        if !self.info.types.identical(want, got) {
            let msg = format!("//go:linkname {}: {target} has type {}, not {}", f.name.name, self.ty_str(got), self.ty_str(want));
            self.error(f.name.pos, msg);
            return true;
        }
        self.info.links.insert(id, to);
        true
    }
}
