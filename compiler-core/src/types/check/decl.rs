//! Package-level declarations: collecting a package's objects, resolving each on first use
//! (constants, variables, types, functions and methods), function bodies, and the unused
//! imports, locals and labels reported after them.

use crate::diag::Pos;
use crate::fx::{FxNew, HashMap};
use crate::syntax::ast::{Block, ConstSpec, Decl, Expr, ExprKind, File, FuncDecl, FuncType, Ident, TypeSpec, VarSpec};
use crate::types::{Basic, INVALID, Signature, Type, TypeId};
use crate::types::info::{DeclRef, FuncRef, ObjId, ObjKind, Package, State, INSTANCE_FILE};
use super::{generic, Checker, FuncCtx, Mode, Operand};

impl Checker {
    pub(super) fn check_one(&mut self, path: String, files: Vec<File>) {
        self.cur_pkg = self.info.packages.len();
        self.first_obj = self.info.objects.len() as ObjId;
        self.info.packages.push(Package { path: path.as_str().into(), instances: Vec::new(), files: std::sync::Arc::new(files), scope: Default::default() });
        self.file_imports.clear();
        self.failed_imports.clear();
        let files = self.info.packages[self.cur_pkg].files.clone();
        // Collect package-level objects.
        for (fi, file) in files.iter().enumerate() {
            self.cur_file = fi;
            let mut imports = HashMap::new();
            for imp in &file.imports {
                let name = imp.name.as_ref().map(|n| n.name.to_string()).unwrap_or_else(|| {
                    self.package_name(&imp.path)
                });
                let known = self.std_pkgs.contains_key(&imp.path)
                    || self.info.packages.iter().any(|p| p.path == imp.path);
                if known && path == "main" && crate::stdpkg::is_internal(&imp.path) {
                    self.error(imp.path_pos, format!("use of internal package {} not allowed", imp.path));
                    self.failed_imports.insert(name);
                    continue;
                }
                if !known {
                    let msg = self.unknown_import(&imp.path);
                    self.error(imp.path_pos, msg);
                    self.failed_imports.insert(name);
                    continue;
                }
                if name == "_" {
                    continue;
                }
                let obj = self.new_obj(&name.as_str().into(), imp.path_pos, ObjKind::PkgName(imp.path.clone()), INVALID);
                imports.insert(name, (imp.path.clone(), obj));
            }
            self.file_imports.push(imports);
            for (di, decl) in file.decls.iter().enumerate() {
                match decl {
                    Decl::Const(specs) => {
                        for (si, spec) in specs.iter().enumerate() {
                            for (ni, n) in spec.names.iter().enumerate() {
                                let o = self.declare_pkg(n, ObjKind::Const(None), DeclRef::Const(fi, di, si, ni));
                                let _ = o;
                            }
                        }
                    }
                    Decl::Var(specs) => {
                        for (si, spec) in specs.iter().enumerate() {
                            for (ni, n) in spec.names.iter().enumerate() {
                                self.declare_pkg(n, ObjKind::Var, DeclRef::Var(fi, di, si, ni));
                            }
                        }
                    }
                    Decl::Type(specs) => {
                        for (si, spec) in specs.iter().enumerate() {
                            self.declare_pkg(&spec.name, ObjKind::TypeName, DeclRef::Type(fi, di, si));
                        }
                    }
                    Decl::Func(f) => {
                        let id = self.new_obj(&f.name.name, f.name.pos, ObjKind::Func, INVALID);
                        let o = &mut self.info.objects[id as usize];
                        o.global = true;
                        o.state = State::Unresolved;
                        o.decl = DeclRef::Func(fi, di);
                        if f.body.is_some() && path != "main" {
                            self.record_push(id, f);
                        }
                        if f.recv.is_none() && f.name.name != "init" && f.name.name != "_" {
                            self.insert_pkg_scope(&f.name, id);
                        }
                        if f.recv.is_none() && f.name.name == "main" && path == "main" && (!f.ty.params.is_empty() || !f.ty.results.is_empty()) {
                            self.error(f.name.pos, "func main must have no arguments and no return values");
                        }
                        if f.recv.is_none() && f.name.name == "init" && (!f.ty.params.is_empty() || !f.ty.results.is_empty()) {
                            self.error(f.name.pos, "func init must have no arguments and no return values");
                        }
                    }
                    Decl::Bad(_) => {}
                }
            }
        }
        self.collect_generic_methods();
        // Resolve every package-level object, then bodies.
        let ids: Vec<ObjId> = (self.first_obj..self.info.objects.len() as ObjId)
            .filter(|&id| {
                let o = &self.info.objects[id as usize];
                o.pkg_index == self.cur_pkg && o.global && o.decl != DeclRef::None
            })
            .collect();
        // Methods first: a variable's initializer may need a type's method set (`var w
        // Writer = t{}` before `func (t) Write`), and a method joins it when resolved.
        let is_method = |c: &Self, id: ObjId| match c.info.objects[id as usize].decl {
            DeclRef::Func(fi, di) => matches!(files.get(fi).and_then(|f| f.decls.get(di)), Some(Decl::Func(f)) if f.recv.is_some()),
            _ => false,
        };
        for &id in &ids {
            if is_method(self, id) {
                self.resolve(id);
            }
        }
        for &id in &ids {
            self.resolve(id);
        }
        if path == "main" && !self.info.packages[self.cur_pkg].scope.contains_key("main") {
            // gc: "function main is undeclared in the main package"; reactors (c-shared) need it too.
            let pos = files.first().map(|f| f.package.pos).unwrap_or(0);
            self.error(pos, "function main is undeclared in the main package");
        }
        for &id in &ids {
            if let DeclRef::Func(fi, di) = self.info.objects[id as usize].decl {
                self.check_func_body(id, fi, di);
            }
        }
        if path == "main" {
            self.check_generic_bodies();
            self.check_uninstantiated();
        }
        self.check_instances();
        // Only the program's imports: a standard package's generic bodies are checked per
        // instance, so an import only they use (gc's slices: math/bits) looks unused here.
        let program_imports = if path == "main" { self.file_imports.clone() } else { Vec::new() };
        for imports in &program_imports {
            let mut unused: Vec<(Pos, String, String)> = imports
                .values()
                .filter(|(_, o)| !self.info.objects[*o as usize].used)
                .map(|(path, o)| (self.info.objects[*o as usize].pos, path.clone(), self.info.objects[*o as usize].name.to_string()))
                .collect();
            crate::sort::sort(&mut unused);
            for (pos, path, name) in unused {
                if self.package_name(&path) == name {
                    self.error(pos, format!("{path:?} imported and not used"));
                } else {
                    self.error(pos, format!("{path:?} imported as {name} and not used"));
                }
            }
        }
        self.compute_init_order(&files);
    }

    /// The name an import of `path` declares by default: the package clause's (`rand` for
    /// math/rand/v2), else the path's last element.
    fn package_name(&self, path: &str) -> String {
        match self.info.packages.iter().find(|p| &*p.path == path).and_then(|p| p.files.first()) {
            Some(f) if !f.package.name.is_empty() => f.package.name.to_string(),
            _ => path.rsplit('/').next().unwrap_or(path).to_string(),
        }
    }

    /// gc's "not in std", with what the playground does provide; packages it cannot provide
    /// say why.
    fn unknown_import(&self, path: &str) -> String {
        match crate::stdpkg::unavailable(path) {
            Some(why) => format!("package {path} is not available in the playground: {why}"),
            None => format!("package {path} is not in std (the playground provides: {})", crate::stdpkg::provided().join(", ")),
        }
    }

    fn declare_pkg(&mut self, n: &Ident, kind: ObjKind, decl: DeclRef) -> ObjId {
        let id = self.new_obj(&n.name, n.pos, kind, INVALID);
        let o = &mut self.info.objects[id as usize];
        o.global = true;
        o.state = State::Unresolved;
        o.decl = decl;
        if n.name != "_" {
            self.insert_pkg_scope(n, id);
        }
        id
    }

    fn insert_pkg_scope(&mut self, n: &Ident, id: ObjId) {
        let scope = std::sync::Arc::make_mut(&mut self.info.packages[self.cur_pkg].scope);
        if let Some(&prev) = scope.get(n.name.as_str()) {
            let prev_pos = self.info.objects[prev as usize].pos;
            let _ = prev_pos;
            self.error(n.pos, format!("{} redeclared in this block", n.name));
        } else {
            scope.insert(n.name.to_string(), id);
        }
    }

    /// Checks the declaration of a package-level object on first use.
    pub(super) fn resolve(&mut self, id: ObjId) {
        let (state, decl) = {
            let o = &self.info.objects[id as usize];
            (o.state, o.decl)
        };
        match state {
            State::Done => return,
            State::InProgress => {
                let o = &self.info.objects[id as usize];
                let (pos, name) = (o.pos, o.name.clone());
                match decl {
                    DeclRef::Type(..) => {}
                    DeclRef::Func(..) => return,
                    _ => {
                        self.error(pos, format!("initialization cycle or invalid recursive reference to {name}"));
                        self.info.objects[id as usize].ty = INVALID;
                    }
                }
                return;
            }
            State::Unresolved => {}
        }
        self.info.objects[id as usize].state = State::InProgress;
        let saved_file = self.cur_file;
        let saved_pkg = self.cur_pkg;
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_iota = self.iota.take();
        self.cur_pkg = self.info.objects[id as usize].pkg_index;
        let files = std::sync::Arc::clone(&self.info.packages[self.cur_pkg].files);
        match decl {
            DeclRef::Const(fi, di, si, _) => {
                self.cur_file = fi;
                if let Decl::Const(specs) = &files[fi].decls[di] {
                    self.check_const_spec(specs, si, true);
                }
            }
            DeclRef::Var(fi, di, si, _) => {
                self.cur_file = fi;
                if let Decl::Var(specs) = &files[fi].decls[di] {
                    self.decl_stack.push(id);
                    self.check_var_spec(&specs[si], true);
                    self.decl_stack.pop();
                }
            }
            DeclRef::Type(fi, di, si) => {
                self.cur_file = fi;
                if let Decl::Type(specs) = &files[fi].decls[di] {
                    self.check_type_spec(&specs[si], id);
                }
            }
            DeclRef::Func(fi, di) => {
                self.cur_file = fi;
                if let Decl::Func(f) = &files[fi].decls[di] {
                    self.check_func_decl(id, f);
                }
            }
            DeclRef::None => {}
        }
        self.info.objects[id as usize].state = State::Done;
        self.cur_file = saved_file;
        self.cur_pkg = saved_pkg;
        self.scopes = saved_scopes;
        self.iota = saved_iota;
    }

    /// Checks const spec `si` of a group (repeating the last explicit values when empty);
    /// declares locals when `global` is false.
    pub(super) fn check_const_spec(&mut self, specs: &[ConstSpec], si: usize, global: bool) {
        let spec = &specs[si];
        let src = specs[..=si].iter().rev().find(|s| !s.values.is_empty()).cloned();
        self.iota = Some(spec.iota as i128);
        let (ty, values) = match &src {
            Some(s) => (s.ty.clone(), s.values.clone()),
            None => (spec.ty.clone(), Vec::new()),
        };
        let declared = ty.as_ref().map(|t| self.type_expr(t));
        for (ni, name) in spec.names.iter().enumerate() {
            let (t, v) = match values.get(ni) {
                Some(e) => {
                    let mut op = self.expr(e, None);
                    if op.mode != Mode::Invalid && op.mode != Mode::Const {
                        let s = self.operand_string(e, &op);
                        self.error(e.pos, format!("{s} is not constant"));
                        op.mode = Mode::Invalid;
                    }
                    if let (Some(dt), Mode::Const) = (declared, op.mode) {
                        self.assign_op(&mut op, dt, e, "constant declaration");
                    }
                    (op.ty, op.val)
                }
                None => {
                    if ni >= values.len() && src.is_some() {
                        self.error(name.pos, "missing init expr for const declaration");
                    } else if src.is_none() {
                        self.error(name.pos, "missing init expr for const declaration");
                    }
                    (INVALID, None)
                }
            };
            let id = if global {
                *self.info.defs.get(&name.pos).unwrap_or(&0)
            } else {
                let id = self.new_obj(&name.name, name.pos, ObjKind::Const(None), INVALID);
                self.declare_local(name, id);
                id
            };
            if id != 0 {
                let o = &mut self.info.objects[id as usize];
                o.ty = t;
                o.kind = ObjKind::Const(v);
                o.used = true;
            }
        }
        if let Some(s) = &src {
            if s.values.len() > spec.names.len() && std::ptr::eq(s, spec) {
                self.error(s.values[spec.names.len()].pos, "extra init expr");
            }
        }
        self.iota = None;
    }

    pub(super) fn check_var_spec(&mut self, spec: &VarSpec, global: bool) {
        if let ([_], [v]) = (&spec.names[..], &spec.values[..]) {
            self.single_assign = Some(v.id);
        }
        let declared = spec.ty.as_ref().map(|t| self.type_expr(t));
        let mut types = vec![declared.unwrap_or(INVALID); spec.names.len()];
        if spec.values.len() == 1 && spec.names.len() > 1 {
            let op = self.expr_multi(&spec.values[0]);
            let results = self.tuple_types(&op);
            if results.len() != spec.names.len() && op.mode != Mode::Invalid {
                self.assignment_mismatch(spec.names.len(), &spec.values[0], &op, results.len());
            } else {
                for (i, t) in results.iter().enumerate() {
                    if let Some(dt) = declared {
                        if !self.assignable(*t, dt) {
                            self.error(spec.values[0].pos, format!("cannot use {} value as {} value in assignment", self.ty_str(*t), self.ty_str(dt)));
                        }
                    } else {
                        types[i] = *t;
                    }
                }
            }
        } else if !spec.values.is_empty() {
            if spec.values.len() != spec.names.len() {
                let ops: Vec<Operand> = spec.values.iter().map(|v| self.expr(v, declared)).collect();
                let _ = ops;
                let msg = format!(
                    "assignment mismatch: {} variable{} but {} value{}",
                    spec.names.len(),
                    if spec.names.len() == 1 { "" } else { "s" },
                    spec.values.len(),
                    if spec.values.len() == 1 { "" } else { "s" }
                );
                self.error(spec.names[0].pos, msg);
            } else {
                for (i, v) in spec.values.iter().enumerate() {
                    let mut op = self.expr(v, declared);
                    self.single_value(&mut op, v);
                    match declared {
                        Some(dt) => self.assign_op(&mut op, dt, v, "variable declaration"),
                        None => {
                            if op.mode != Mode::Invalid {
                                if self.t().basic_of(op.ty) == Some(Basic::UntypedNil) {
                                    self.error(v.pos, "use of untyped nil in variable declaration");
                                    op.mode = Mode::Invalid;
                                } else {
                                    let d = self.default_type(op.ty);
                                    self.assign_op(&mut op, d, v, "variable declaration");
                                }
                            }
                        }
                    }
                    types[i] = match declared {
                        Some(dt) => dt,
                        None if op.mode == Mode::Invalid => INVALID,
                        None => op.ty,
                    };
                }
            }
        }
        for (i, name) in spec.names.iter().enumerate() {
            if global {
                if let Some(&id) = self.info.defs.get(&name.pos) {
                    self.info.objects[id as usize].ty = types[i];
                }
            } else {
                let id = self.new_obj(&name.name, name.pos, ObjKind::Var, types[i]);
                self.declare_local(name, id);
                if let Some(f) = self.funcs.last_mut() {
                    f.locals.push(id);
                }
            }
        }
    }

    pub(super) fn check_type_spec(&mut self, spec: &TypeSpec, id: ObjId) {
        if !spec.tparams.is_empty() {
            // Checked per instance (`generic.rs`).
            self.generic_type_decl(id, spec);
            return;
        }
        if spec.alias {
            let t = self.type_expr(&spec.ty);
            self.info.objects[id as usize].ty = t;
            return;
        }
        let pkg = self.info.packages[self.cur_pkg].path.clone();
        let named = self.info.types.new_named(&spec.name.name, &pkg);
        self.info.objects[id as usize].ty = named;
        self.allow_constraint = true;
        let under = self.type_expr(&spec.ty);
        let under = self.t().under(under);
        if under == INVALID && !matches!(spec.ty.kind, ExprKind::Bad) && self.refers_to(&spec.ty, id) {
            // `type T T`: gc names the one-element cycle so.
            let direct = matches!(&spec.ty.kind, ExprKind::Ident(n) if *n == spec.name.name);
            let msg = if direct { format!("invalid recursive type: {} refers to itself", spec.name.name) } else { format!("invalid recursive type {}", spec.name.name) };
            self.error(spec.name.pos, msg);
        }
        if let Type::Named(n) = self.t().get(named).clone() {
            self.info.types.named[n as usize].underlying = under;
            // A value of the type would hold itself (through fields and array elements, not
            // through pointers): gc's error, and an invalid type for what follows, so that no
            // later size or comparison walks it forever. gc words a cycle through other named
            // types differently (its next lines list the path).
            if under != INVALID && self.contains(under, named, &mut Vec::new()) {
                let name = &spec.name.name;
                let direct = self.contains(under, named, &mut vec![INVALID]);
                let msg = if direct { format!("invalid recursive type: {name} refers to itself") } else { format!("invalid recursive type {name}") };
                self.error(spec.name.pos, msg);
                self.info.types.named[n as usize].underlying = INVALID;
            }
        }
    }

    /// Whether a value of type `t` holds a value of the named type `target` in place: in a
    /// field or an array element, directly or through other named types (`seen` guards
    /// against cycles that do not pass through `target`, reported at their own declaration;
    /// a `seen` that starts with `INVALID` follows no other named type).
    fn contains(&self, t: TypeId, target: TypeId, seen: &mut Vec<TypeId>) -> bool {
        if t == target {
            return true;
        }
        match self.t().get(t) {
            Type::Named(n) => {
                if seen.first() == Some(&INVALID) || seen.contains(&t) {
                    return false;
                }
                seen.push(t);
                let under = self.t().named[*n as usize].underlying;
                self.contains(under, target, seen)
            }
            Type::Array(_, elem) => self.contains(*elem, target, seen),
            Type::Struct(fields) => fields.iter().any(|f| self.contains(f.ty, target, seen)),
            _ => false,
        }
    }

    fn refers_to(&self, e: &Expr, id: ObjId) -> bool {
        match &e.kind {
            ExprKind::Ident(_) => self.info.uses.get(&e.id) == Some(&id),
            ExprKind::Paren(x) => self.refers_to(x, id),
            ExprKind::ArrayType { len: Some(_), elem, .. } => self.refers_to(elem, id),
            ExprKind::StructType(fields) => fields.iter().any(|f| self.refers_to(&f.ty, id)),
            _ => false,
        }
    }

    pub(super) fn check_func_decl(&mut self, id: ObjId, f: &FuncDecl) {
        if !f.tparams.is_empty() {
            // Checked per instance (`generic.rs`); the signature over its type parameters now.
            let sig = self.generic_sig(id).map_or(INVALID, |g| g.sig);
            self.info.objects[id as usize].ty = sig;
            // Only a body can be instantiated (a //go:wasmimport does not make one).
            if f.body.is_none() {
                self.error(f.name.pos, "generic function is missing function body");
            }
            if generic::generic_receiver(f).is_none() {
                self.declare_generic_method(id, f);
            }
            return;
        }
        if generic::generic_receiver(f).is_some() && !matches!(self.info.objects[id as usize].decl, DeclRef::Func(INSTANCE_FILE, _)) {
            return;
        }
        let sig = self.signature(&f.ty);
        self.info.objects[id as usize].ty = sig;
        if let Some(recv) = &f.recv {
            let rt = self.type_expr(&recv.ty);
            let base = match self.t().get(rt).clone() {
                Type::Pointer(b) => {
                    self.info.ptr_recv.insert(id);
                    b
                }
                _ => rt,
            };
            let pkg_path = self.info.packages[self.cur_pkg].path.clone();
            if let Type::Named(n) = self.t().get(base).clone() {
                let bad_under = matches!(self.t().under_type(base), Type::Pointer(_) | Type::Interface(_));
                let local = self.info.types.named[n as usize].pkg.as_str() == &*pkg_path;
                let tn = self.ty_str(base);
                let first = self.info.types.named[n as usize].methods.iter().find(|(m, _)| m.as_str() == f.name.name.as_str()).map(|(_, m)| self.info.objects[*m as usize].pos);
                let named = &mut self.info.types.named[n as usize];
                if !local {
                    self.error(recv.ty.pos, format!("cannot define new methods on non-local type {tn}"));
                } else if bad_under {
                    let tn = named.name.clone();
                    self.error(recv.ty.pos, format!("invalid receiver type {tn} (pointer or interface type)"));
                } else if f.name.name == "_" {
                    // Blank methods are declared but belong to no method set.
                } else if !self.method_names.insert((n, f.name.name.to_string())) {
                    let tn = named.name.clone();
                    let at = first.map(|p| format!(" at {}", crate::diag::pos_ref(p))).unwrap_or_default();
                    self.error(f.name.pos, format!("method {}.{} already declared{at}", tn, f.name.name));
                } else {
                    named.methods.push((f.name.name.to_string(), id));
                }
            } else if matches!(self.t().get(base), Type::Basic(_)) {
                self.error(recv.ty.pos, format!("cannot define new methods on non-local type {}", self.ty_str(base)));
            } else if rt != INVALID {
                self.error(recv.ty.pos, format!("invalid receiver type {}", self.ty_str(rt)));
            }
        }
        let (has_import, d) = crate::types::directive::check(&self.info.types, &mut self.diags, &self.info.exprs, f);
        if let Some(d) = d {
            self.info.directives.insert(id, d);
        }
        // Body-less functions of the runtime are compiler intrinsics (`ir/lower/conc.rs`, `intrinsic`).
        let intrinsic = self.info.packages.get(self.cur_pkg).is_some_and(|p| p.path == "runtime");
        if f.body.is_none() && !has_import && !intrinsic && !self.link_bodyless(id, f) {
            self.error(f.name.pos, "missing function body");
        }
        let pkg = self.cur_pkg;
        self.info.funcs.push(FuncRef { obj: id, pkg, file: self.cur_file, decl: self.decl_index(id) });
    }

    pub(super) fn decl_index(&self, id: ObjId) -> usize {
        match self.info.objects[id as usize].decl {
            DeclRef::Func(_, di) => di,
            _ => 0,
        }
    }

    fn check_func_body(&mut self, id: ObjId, fi: usize, di: usize) {
        let files = std::sync::Arc::clone(&self.info.packages[self.cur_pkg].files);
        let f = match &files[fi].decls[di] {
            Decl::Func(f) => f,
            _ => return,
        };
        if !f.tparams.is_empty() || generic::generic_receiver(f).is_some() {
            return;
        }
        self.check_body(id, fi, f);
    }

    /// Checks the body of function `id`, declared by `f` in file `fi`.
    pub(super) fn check_body(&mut self, id: ObjId, fi: usize, f: &FuncDecl) {
        let Some(body) = &f.body else { return };
        self.cur_file = fi;
        self.decl_stack.push(id);
        let sig = match self.t().get(self.info.objects[id as usize].ty).clone() {
            Type::Func(s) => s,
            _ => Signature { params: vec![], results: vec![], variadic: false },
        };
        self.scopes.open();
        self.funcs.push(FuncCtx {
            results: sig.results.clone(),
            named_results: f.ty.results.iter().any(|r| !r.names.is_empty()),
            locals: Vec::new(),
            labels: HashMap::new(),
        });
        if let Some(recv) = &f.recv {
            let t = self.info.exprs.get(&recv.ty.id).map(|i| i.ty).unwrap_or(INVALID);
            for n in &recv.names {
                self.declare_param(n, t);
            }
        }
        self.func_body(&f.ty, &sig, body);
        self.scopes.close();
        self.decl_stack.pop();
    }

    /// Declares a function's parameters and named results in the open scope, then checks
    /// its body (a declared function's or a function literal's).
    pub(super) fn func_body(&mut self, ty: &FuncType, sig: &Signature, body: &Block) {
        let mut pi = 0;
        for p in &ty.params {
            for n in &p.names {
                self.declare_param(n, sig.params.get(pi).copied().unwrap_or(INVALID));
                pi += 1;
            }
            if p.names.is_empty() {
                pi += 1;
            }
        }
        let mut ri = 0;
        for r in &ty.results {
            for n in &r.names {
                self.declare_param(n, sig.results.get(ri).copied().unwrap_or(INVALID));
                ri += 1;
            }
            if r.names.is_empty() {
                ri += 1;
            }
        }
        self.collect_labels(&body.stmts);
        // Only a label can make a goto wrong here (gotos to none are labels.rs' errors).
        if self.funcs.last().is_none_or(|f| !f.labels.is_empty()) {
            self.check_gotos(body.lbrace, &body.stmts);
        }
        self.block_stmts(&body.stmts);
        if !sig.results.is_empty() && !self.is_terminating_list(&body.stmts) {
            self.error(body.rbrace, "missing return");
        }
        self.finish_func();
    }

    pub(super) fn finish_func(&mut self) {
        let Some(ctx) = self.funcs.pop() else { return };
        let mut unused: Vec<(Pos, String)> = ctx
            .locals
            .iter()
            .map(|&l| &self.info.objects[l as usize])
            .filter(|o| !o.used && o.name != "_")
            .map(|o| (o.pos, o.name.to_string()))
            .collect();
        crate::sort::sort(&mut unused);
        for (pos, name) in unused {
            self.error(pos, format!("declared and not used: {name}"));
        }
        let mut labels: Vec<(Pos, String)> = ctx
            .labels
            .iter()
            .filter(|(_, (_, used))| !used)
            .map(|(n, (o, _))| (self.info.objects[*o as usize].pos, n.clone()))
            .collect();
        crate::sort::sort(&mut labels);
        for (pos, name) in labels {
            self.error(pos, format!("label {name} defined and not used"));
        }
    }
}
