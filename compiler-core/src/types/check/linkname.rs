//! Body-less functions of standard packages that stand for a Go function elsewhere: gc's
//! pull `//go:linkname local importpath.name` (math/rand/v2's `runtime_rand` is our
//! runtime's `rand`) or `importpath.(*T).m` (a method, its receiver the first parameter;
//! the directive may stand anywhere in the file), gc's push, the same directive on the function with the body (the
//! runtime's `timeSleep` is `time.Sleep`; the body-less side names nothing or itself), and functions gc writes in assembly, bound to
//! their package's pure-Go version (`stdpkg::asm_alias`). Calls of such a function call its
//! target (`Info::links`).

use crate::syntax::ast::{Decl, FuncDecl};
use crate::types::info::{ObjId, ObjKind};
use crate::types::{Signature, Type, TypeId};
use super::Checker;

impl Checker {
    /// Records what the body-less `f` (object `id`) of a standard package stands for;
    /// false when it stands for nothing (a missing body).
    pub(super) fn link_bodyless(&mut self, id: ObjId, f: &FuncDecl) -> bool {
        let pkg = self.info.packages[self.cur_pkg].path.to_string();
        if pkg == "main" || f.recv.is_some() {
            return false;
        }
        // The pull may stand anywhere in the file (net/url writes it above the method it
        // names, which a function cannot be linked to directly).
        let pulled = {
            let files = self.info.packages[self.cur_pkg].files.clone();
            let decls = files.get(self.cur_file).map_or(&[][..], |file| &file.decls[..]);
            let fns = std::iter::once(f).chain(decls.iter().filter_map(|d| match d {
                Decl::Func(g) => Some(&**g),
                _ => None,
            }));
            fns.flat_map(|g| &g.directives).find_map(|d| {
                let mut words = d.text.split_whitespace();
                let (verb, local, target) = (words.next(), words.next(), words.next());
                (verb == Some("go:linkname") && local == Some(&*f.name.name)).then_some(target).flatten().map(String::from)
            })
        };
        let pushed = format!("{pkg}.{}", f.name.name);
        // A directive naming the function itself accepts a push, as one naming nothing
        // (crypto/internal/fips140's `//go:linkname fatal crypto/internal/fips140.fatal`).
        let pulled = pulled.filter(|t| *t != pushed);
        if pulled.is_none() {
            if let Some(&to) = self.info.pushes.get(&pushed) {
                return self.link_pushed(id, to, f, &pushed);
            }
        }
        let Some(target) = pulled.or_else(|| crate::stdpkg::asm_alias(&pkg, &f.name.name).map(|t| format!("{pkg}.{t}"))) else {
            return false;
        };
        let Some((path, name)) = target.rsplit_once('.') else { return false };
        if let Some((path, recv)) = path.split_once(".(") {
            return self.link_method(id, f, &target, path, recv.trim_end_matches(')'), name);
        }
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

    /// Binds the body-less `f` (object `id`) to the method `name` of `recv` (`T` or `*T`) in
    /// package `path`: the function takes the receiver first.
    fn link_method(&mut self, id: ObjId, f: &FuncDecl, target: &str, path: &str, recv: &str, name: &str) -> bool {
        let (ptr, tname) = match recv.strip_prefix('*') {
            Some(t) => (true, t),
            None => (false, recv),
        };
        let tobj = self.info.packages.iter().find(|p| &*p.path == path).and_then(|p| p.scope.get(tname).copied());
        let method = tobj.filter(|&o| self.info.objects[o as usize].kind == ObjKind::TypeName).and_then(|o| {
            self.resolve(o);
            match self.t().get(self.info.objects[o as usize].ty) {
                Type::Named(n) => self.t().named[*n as usize].methods.iter().find(|(m, _)| m == name).map(|&(_, m)| (self.info.objects[o as usize].ty, m)),
                _ => None,
            }
        });
        let Some((t, to)) = method else {
            self.error(f.name.pos, format!("//go:linkname {}: no method {target} to link to", f.name.name));
            return true;
        };
        self.resolve(to);
        let want = self.info.objects[id as usize].ty;
        let Type::Func(sig) = self.t().get(self.info.objects[to as usize].ty).clone() else { return false };
        let rt = if ptr { self.info.types.intern(Type::Pointer(t)) } else { t };
        let got = self.info.types.intern(Type::Func(Signature { params: std::iter::once(rt).chain(sig.params).collect(), results: sig.results, variadic: sig.variadic }));
        if !self.info.types.identical(want, got) || self.info.ptr_recv.contains(&to) != ptr {
            let msg = format!("//go:linkname {}: {target} has type {}, not {}", f.name.name, self.ty_str(got), self.ty_str(want));
            self.error(f.name.pos, msg);
            return true;
        }
        self.info.links.insert(id, to);
        true
    }

    /// Records a push `//go:linkname` on the function `id` (with a body) of a standard package.
    pub(super) fn record_push(&mut self, id: ObjId, f: &FuncDecl) {
        for d in &f.directives {
            let mut words = d.text.split_whitespace();
            if let (Some("go:linkname"), Some(local), Some(target)) = (words.next(), words.next(), words.next()) {
                if local == &*f.name.name && f.recv.is_none() && target.contains('.') {
                    self.info.pushes.insert(target.to_string(), id);
                }
            }
        }
    }

    /// Binds the body-less `f` (object `id`) to `to`, which pushes itself as `target`. The
    /// pushing package cannot name the other's types (the runtime does not import time), so,
    /// as gc, the two signatures need only agree in their values: the same number of
    /// parameters and results, each of the same underlying type or both pointers.
    fn link_pushed(&mut self, id: ObjId, to: ObjId, f: &FuncDecl, target: &str) -> bool {
        self.resolve(to);
        let (want, got) = (self.info.objects[id as usize].ty, self.info.objects[to as usize].ty);
        if !self.same_values(want, got) {
            let msg = format!("//go:linkname {}: {target} has type {}, not {}", f.name.name, self.ty_str(got), self.ty_str(want));
            self.error(f.name.pos, msg);
            return true;
        }
        self.info.links.insert(id, to);
        true
    }

    fn same_values(&self, a: TypeId, b: TypeId) -> bool {
        let t = &self.info.types;
        let (Type::Func(x), Type::Func(y)) = (t.get(a), t.get(b)) else { return false };
        let same = |p: TypeId, q: TypeId| {
            let (p, q) = (t.under(p), t.under(q));
            t.identical(p, q) || matches!((t.get(p), t.get(q)), (Type::Pointer(_), Type::Pointer(_)))
        };
        x.variadic == y.variadic
            && x.params.len() == y.params.len()
            && x.results.len() == y.results.len()
            && x.params.iter().zip(&y.params).all(|(&p, &q)| same(p, q))
            && x.results.iter().zip(&y.results).all(|(&p, &q)| same(p, q))
    }
}
