//! Generic functions and types. A generic declaration is checked as a signature over its type
//! parameters (`Type::Param`), which calls unify with their arguments to infer type arguments
//! (`infer.rs`). Each distinct list of type arguments then gets an instance: the declaration
//! parsed again from its file's text at fresh positions and node ids (so its side-table
//! entries and declared objects are its own), checked with the type parameters' names bound
//! to the type arguments, and lowered like any other function: one copy per instance
//! (monomorphisation); instances whose final code is the same then share one body
//! (`ir/lower/shapes.rs`). A generic type's instance is a named type of its own whose methods
//! are instances of the generic methods.

use std::sync::Arc;

use super::expr::strip_parens;
use super::exprstring::expr_string;
use super::{Checker, Mode, Operand};
use crate::diag::{pos_ref, Pos};
use crate::syntax::ast::{Decl, Expr, ExprKind, Field, File, FuncDecl, TypeSpec};
use crate::types::info::{DeclRef, ExprInfo, FuncRef, ObjId, ObjKind, State, INSTANCE_FILE};
use crate::types::{Signature, Type, TypeId, INVALID};

/// How deep instances may request instances of their own generic declaration (through
/// growing type arguments) before it is reported as an instantiation cycle.
const MAX_NESTING: usize = 16;

/// Instances per compilation at most (each is a function or type checked and lowered).
const MAX_INSTANCES: usize = 4000;

/// A generic declaration as its uses see it.
#[derive(Clone, Debug)]
pub(super) struct GenericSig {
    /// `Type::Param` per type parameter.
    pub params: Vec<TypeId>,
    /// Their constraints, over `params`.
    pub constraints: Vec<TypeId>,
    /// A function's signature over `params` (`INVALID` for types).
    pub sig: TypeId,
    /// Where the type parameters are declared, for "declared at".
    pub pos: Vec<Pos>,
}

/// An instance whose body is still to be checked.
#[derive(Clone, Debug)]
pub(super) struct PendingBody {
    pub obj: ObjId,
    pub pkg: usize,
    pub file: usize,
    /// The type parameters' names bound to the type arguments.
    pub bindings: Vec<ObjId>,
    /// A `Decl::Func`.
    pub decl: Arc<Decl>,
}

/// What the checker keeps about generics.
#[derive(Clone, Debug, Default)]
pub(super) struct Generics {
    /// Generic functions and types (declared with type parameters), once their signature is
    /// known.
    pub sigs: crate::fx::HashMap<ObjId, Arc<GenericSig>>,
    /// Generic types → their methods' declarations (package, file, declaration index).
    pub methods: crate::fx::HashMap<ObjId, Vec<(usize, usize, usize)>>,
    /// Instances: generic object → (type arguments, instance function object or type).
    pub funcs: crate::fx::HashMap<ObjId, Vec<(Vec<TypeId>, ObjId)>>,
    pub types: crate::fx::HashMap<ObjId, Vec<(Vec<TypeId>, TypeId)>>,
    /// Instance function → (its generic, the instance whose body asked for it).
    pub parents: crate::fx::HashMap<ObjId, (ObjId, Option<ObjId>)>,
    pub pending: Vec<PendingBody>,
    /// The instance whose body is being checked.
    pub current: Option<ObjId>,
    /// Nesting of type instantiations being built (a type whose instances grow without end).
    pub type_depth: usize,
    pub count: usize,
    /// Generic methods of non-generic named types: type → (name, method).
    pub methods_of: crate::fx::HashMap<u32, Vec<(String, ObjId)>>,
    /// Per package: its files' imports, to check instance bodies in their own files later.
    pub imports: crate::fx::HashMap<usize, Arc<Vec<crate::fx::HashMap<String, (String, ObjId)>>>>,
    /// Each type parameter's constraint.
    pub constraint_of: crate::fx::HashMap<TypeId, TypeId>,
    /// A body is being checked over its type parameters (`tparam.rs`).
    pub in_generic_body: bool,
    /// Type parameter errors reported so far.
    pub tparam_errors: usize,
    /// Generic functions whose bodies have type parameter errors: their instances' bodies
    /// are not checked.
    pub failed: crate::fx::HashSet<ObjId>,
}

/// The declaration of `f`'s receiver base type and its type parameter names, for a method of
/// a generic type (`func (s *Stack[T]) Push`).
pub(super) fn generic_receiver(f: &FuncDecl) -> Option<(&str, Vec<&Expr>)> {
    let recv = f.recv.as_ref()?;
    let mut t = strip_parens(&recv.ty);
    if let ExprKind::Star(x) = &t.kind {
        t = strip_parens(x);
    }
    match &t.kind {
        ExprKind::Index(base, names) => match &base.kind {
            ExprKind::Ident(n) => Some((n.as_str(), names.iter().collect())),
            _ => None,
        },
        _ => None,
    }
}

/// Gives the `_` type parameters of a method's receiver (`func (l *List[_]) Len()`) names
/// no source can mention, so that the instance can bind them.
fn name_blank_receiver_params(f: &mut FuncDecl) {
    if let Some(recv) = f.recv.as_mut() {
        name_blanks(&mut recv.ty);
    }
}

fn name_blanks(t: &mut Expr) {
    match &mut t.kind {
        ExprKind::Paren(x) | ExprKind::Star(x) => name_blanks(x),
        ExprKind::Index(_, names) => {
            for (i, n) in names.iter_mut().enumerate() {
                if matches!(&n.kind, ExprKind::Ident(s) if s.as_str() == "_") {
                    n.kind = ExprKind::Ident(format!("_ {i}").into());
                }
            }
        }
        _ => {}
    }
}

/// The function an instance declaration holds.
pub(super) fn func_of(d: &Decl) -> Option<&FuncDecl> {
    match d {
        Decl::Func(f) => Some(f),
        _ => None,
    }
}

/// The names declared by a type parameter list.
pub(super) fn tparam_names(fields: &[Field]) -> Vec<(String, Pos)> {
    fields.iter().flat_map(|f| f.names.iter().map(|n| (n.name.to_string(), n.pos))).collect()
}

impl Checker {
    /// Whether `id` is a generic function or type (declared with type parameters).
    pub(super) fn is_generic(&self, id: ObjId) -> bool {
        self.tparam_fields(id).is_some_and(|(fields, _, _)| !fields.is_empty())
    }

    /// The type parameter list of a package-level function or type, with its package and file.
    fn tparam_fields(&self, id: ObjId) -> Option<(&[Field], usize, usize)> {
        let o = self.info.objects.get(id as usize)?;
        let files = &self.info.packages.get(o.pkg_index)?.files;
        match o.decl {
            DeclRef::Func(fi, di) => match files.get(fi)?.decls.get(di)? {
                Decl::Func(f) if f.recv.is_none() || generic_receiver(f).is_none() => Some((&f.tparams, o.pkg_index, fi)),
                _ => None,
            },
            DeclRef::Type(fi, di, si) => match files.get(fi)?.decls.get(di)? {
                Decl::Type(specs) => Some((&specs.get(si)?.tparams, o.pkg_index, fi)),
                _ => None,
            },
            _ => None,
        }
    }

    fn tparams_of(&self, id: ObjId) -> Option<(Vec<Field>, usize, usize)> {
        self.tparam_fields(id).map(|(f, p, fi)| (f.to_vec(), p, fi))
    }

    /// Runs `f` in the context of a declaration of package `pkg`, file `file`: its imports, no
    /// enclosing function, and `bindings` (type names) in scope.
    pub(super) fn in_decl<R>(&mut self, pkg: usize, file: usize, bindings: &[ObjId], f: impl FnOnce(&mut Self) -> R) -> R {
        let saved_pkg = self.cur_pkg;
        let saved_file = self.cur_file;
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_funcs = std::mem::take(&mut self.funcs);
        let saved_breakables = std::mem::take(&mut self.breakables);
        let saved_lits = std::mem::take(&mut self.lits);
        let saved_iota = self.iota.take();
        let saved_single = self.single_assign.take();
        let swapped = pkg != self.cur_pkg;
        let mut saved_imports = Vec::new();
        if swapped {
            let theirs = self.generics.imports.get(&pkg).map(|i| (**i).clone()).unwrap_or_default();
            saved_imports = std::mem::replace(&mut self.file_imports, theirs);
        }
        self.cur_pkg = pkg;
        self.cur_file = file;
        self.scopes.open();
        for &b in bindings {
            let name = self.info.objects[b as usize].name.clone();
            self.scopes.declare(&self.info.objects, b, &name);
        }
        let r = f(self);
        if swapped {
            self.file_imports = saved_imports;
        }
        self.cur_pkg = saved_pkg;
        self.cur_file = saved_file;
        self.scopes = saved_scopes;
        self.funcs = saved_funcs;
        self.breakables = saved_breakables;
        self.lits = saved_lits;
        self.iota = saved_iota;
        self.single_assign = saved_single;
        r
    }

    /// Type names `names` bound to `types`, for checking an instance.
    pub(super) fn bind(&mut self, names: &[(String, Pos)], types: &[TypeId]) -> Vec<ObjId> {
        names
            .iter()
            .zip(types)
            .map(|((n, pos), t)| {
                let id = self.new_obj(&n.as_str().into(), *pos, ObjKind::TypeName, *t);
                self.info.objects[id as usize].used = true;
                id
            })
            .collect()
    }

    /// The signature of generic `id` over its type parameters (computed on first use).
    pub(super) fn generic_sig(&mut self, id: ObjId) -> Option<Arc<GenericSig>> {
        if let Some(s) = self.generics.sigs.get(&id) {
            return Some(Arc::clone(s));
        }
        let (fields, pkg, file) = self.tparams_of(id)?;
        let names = tparam_names(&fields);
        let params: Vec<TypeId> = names.iter().map(|(n, _)| self.info.types.new_param(n)).collect();
        // Recorded first: a constraint or signature may name the declaration itself.
        let placeholder = GenericSig { params: params.clone(), constraints: vec![INVALID; params.len()], sig: INVALID, pos: names.iter().map(|n| n.1).collect() };
        self.generics.sigs.insert(id, Arc::new(placeholder));
        let bindings = self.bind(&names, &params);
        let decl = self.info.objects[id as usize].decl;
        let files = Arc::clone(&self.info.packages[pkg].files);
        let (constraints, sig) = self.in_decl(pkg, file, &bindings, |c| {
            let mut constraints = Vec::new();
            for f in &fields {
                let t = c.constraint_expr(&f.ty);
                constraints.extend(std::iter::repeat(t).take(f.names.len()));
            }
            let sig = match decl {
                DeclRef::Func(fi, di) => match &files[fi].decls[di] {
                    Decl::Func(f) => c.signature(&f.ty),
                    _ => INVALID,
                },
                _ => INVALID,
            };
            (constraints, sig)
        });
        for (p, c) in params.iter().zip(&constraints) {
            self.generics.constraint_of.insert(*p, *c);
        }
        let gs = Arc::new(GenericSig { params, constraints, sig, pos: names.iter().map(|n| n.1).collect() });
        self.generics.sigs.insert(id, Arc::clone(&gs));
        Some(gs)
    }

    /// The generic function a call's or index expression's operand names, if any:
    /// `f`, `pkg.F`, possibly parenthesized. Records the use.
    pub(super) fn generic_func_ref(&mut self, e: &Expr) -> Option<ObjId> {
        let e = strip_parens(e);
        let id = match &e.kind {
            ExprKind::Ident(name) => {
                let id = self.lookup(name)?;
                if !self.is_generic(id) || self.info.objects[id as usize].kind != ObjKind::Func {
                    return None;
                }
                self.info.uses.insert(e.id, id);
                id
            }
            ExprKind::Selector(x, sel) => {
                let ExprKind::Ident(pkg) = &x.kind else { return None };
                let pid = self.lookup(pkg)?;
                let ObjKind::PkgName(path) = self.info.objects[pid as usize].kind.clone() else { return None };
                let id = self.info.packages.iter().find(|p| p.path == path).and_then(|p| p.scope.get(sel.name.as_str())).copied()?;
                if !self.is_generic(id) || self.info.objects[id as usize].kind != ObjKind::Func || !sel.name.starts_with(|c: char| c.is_uppercase()) {
                    return None;
                }
                self.info.objects[pid as usize].used = true;
                self.info.uses.insert(x.id, pid);
                self.info.uses.insert(e.id, id);
                id
            }
            _ => return None,
        };
        if !self.info.objects[id as usize].used {
            self.info.objects[id as usize].used = true;
        }
        if let Some(&cur) = self.decl_stack.last() {
            self.deps.entry(cur).or_default().push(id);
        }
        Some(id)
    }

    /// The generic type a type expression's operand names, if any (`List`, `iter.Seq`).
    pub(super) fn generic_type_ref(&mut self, e: &Expr) -> Option<ObjId> {
        let e = strip_parens(e);
        let id = match &e.kind {
            ExprKind::Ident(name) => self.lookup(name)?,
            ExprKind::Selector(x, sel) => {
                let ExprKind::Ident(pkg) = &x.kind else { return None };
                let pid = self.lookup(pkg)?;
                let ObjKind::PkgName(path) = self.info.objects[pid as usize].kind.clone() else { return None };
                let id = self.info.packages.iter().find(|p| p.path == path).and_then(|p| p.scope.get(sel.name.as_str())).copied()?;
                if self.is_generic(id) {
                    self.info.objects[pid as usize].used = true;
                    self.info.uses.insert(x.id, pid);
                }
                id
            }
            _ => return None,
        };
        if self.info.objects[id as usize].kind != ObjKind::TypeName || !self.is_generic(id) {
            return None;
        }
        self.info.uses.insert(e.id, id);
        if !self.info.objects[id as usize].used {
            self.info.objects[id as usize].used = true;
        }
        Some(id)
    }

    /// `cannot use generic type List[T any] without instantiation`.
    pub(super) fn generic_type_name(&mut self, id: ObjId) -> String {
        let name = self.info.objects[id as usize].name.to_string();
        let Some((fields, _, _)) = self.tparams_of(id) else { return name };
        let gs = self.generic_sig(id);
        let mut parts = Vec::new();
        let mut k = 0;
        for f in &fields {
            let names: Vec<String> = f.names.iter().map(|n| n.name.to_string()).collect();
            let c = gs.as_ref().and_then(|g| g.constraints.get(k).copied()).unwrap_or(INVALID);
            k += f.names.len();
            parts.push(format!("{} {}", names.join(", "), self.constraint_str(c, &f.ty)));
        }
        format!("{name}[{}]", parts.join(", "))
    }

    /// A constraint as gc prints it in a generic type's name: as written for a named one.
    fn constraint_str(&self, c: TypeId, e: &Expr) -> String {
        if c == INVALID || self.t().is_named(c) {
            return expr_string(e);
        }
        self.ty_str(c)
    }

    /// An explicit instantiation `x[T1, T2]` outside a call: of a generic function (all type
    /// arguments given) or type. `None` when x is not generic.
    pub(super) fn generic_index(&mut self, e: &Expr, x: &Expr, idx: &[Expr]) -> Option<Operand> {
        let inv = Operand::invalid(e.id);
        if let Some(t) = self.generic_type_ref(x) {
            let ty = self.instantiate_type_expr(t, idx, e.pos);
            if ty == INVALID {
                return Some(inv);
            }
            return Some(Operand { mode: Mode::Type, ty, val: None, id: e.id });
        }
        let Some(g) = self.generic_func_ref(x) else {
            // `x.m[T]` not called: a method value of a generic method, which lowering lacks.
            self.generic_method_ref(x)?;
            self.error(e.pos, format!("cannot use generic method {} as a value here: call it ({}(...))", expr_string(x), expr_string(e)));
            return Some(inv);
        };
        let Some(gs) = self.generic_sig(g) else { return Some(inv) };
        let targs: Vec<TypeId> = idx.iter().map(|t| self.type_expr(t)).collect();
        if targs.contains(&INVALID) {
            return Some(inv);
        }
        if targs.len() > gs.params.len() {
            self.error(idx[gs.params.len()].pos, format!("got {} type arguments but want {}", targs.len(), gs.params.len()));
            return Some(inv);
        }
        if targs.len() < gs.params.len() {
            // A partial instantiation outside a call: nothing to infer the rest from.
            self.error(e.pos, format!("cannot infer {} (declared at {})", self.t().display(gs.params[targs.len()]), pos_ref(gs.pos[targs.len()])));
            return Some(inv);
        }
        if !self.satisfied(&gs, &targs, idx.iter().map(|t| t.pos).collect(), e.pos) {
            return Some(inv);
        }
        if self.generics.in_generic_body && self.has_params_any(&targs) {
            let ty = self.subst(gs.sig, &gs.params, &targs, 0);
            return Some(Operand { mode: Mode::Value, ty, val: None, id: e.id });
        }
        let Some(inst) = self.instantiate_func(g, targs, e.pos) else { return Some(inv) };
        let ty = self.info.objects[inst as usize].ty;
        self.info.uses.insert(e.id, inst);
        Some(Operand { mode: Mode::Value, ty, val: None, id: e.id })
    }

    /// `List[int]` as a type: the instance, or `INVALID` after reporting why not.
    pub(super) fn instantiate_type_expr(&mut self, g: ObjId, idx: &[Expr], pos: Pos) -> TypeId {
        let Some(gs) = self.generic_sig(g) else { return INVALID };
        let targs: Vec<TypeId> = idx.iter().map(|t| self.type_expr(t)).collect();
        if targs.contains(&INVALID) {
            return INVALID;
        }
        if targs.len() != gs.params.len() {
            let (what, at) = if targs.len() > gs.params.len() { ("too many", idx[gs.params.len()].pos) } else { ("not enough", pos) };
            let name = self.generic_type_name(g);
            self.error(at, format!("{what} type arguments for type {}: have {}, want {}", name.split('[').next().unwrap_or(""), targs.len(), gs.params.len()));
            return INVALID;
        }
        if !self.has_params_any(&targs) && !self.satisfied(&gs, &targs, idx.iter().map(|t| t.pos).collect(), pos) {
            return INVALID;
        }
        self.instantiate_type(g, targs, pos)
    }

    /// The instance of generic type `g` for `targs` (made on first use).
    pub(super) fn instantiate_type(&mut self, g: ObjId, targs: Vec<TypeId>, pos: Pos) -> TypeId {
        if let Some(list) = self.generics.types.get(&g) {
            if let Some((_, t)) = list.iter().find(|(a, _)| self.same_args(a, &targs)) {
                return *t;
            }
        }
        let Some(gs) = self.generic_sig(g) else { return INVALID };
        if self.generics.type_depth > MAX_NESTING || self.generics.count > MAX_INSTANCES {
            self.error(gs.pos.first().copied().unwrap_or(pos), "instantiation cycle:");
            return INVALID;
        }
        self.generics.count += 1;
        let o = self.info.objects[g as usize].clone();
        let DeclRef::Type(fi, di, si) = o.decl else { return INVALID };
        let files = Arc::clone(&self.info.packages[o.pkg_index].files);
        let Decl::Type(specs) = &files[fi].decls[di] else { return INVALID };
        let spec = &specs[si];
        let names = tparam_names(&spec.tparams);
        let bindings = self.bind(&names, &targs);
        if spec.alias {
            // A generic alias denotes its type with the arguments in place.
            self.generics.type_depth += 1;
            let t = self.in_decl(o.pkg_index, fi, &bindings, |c| c.type_expr(&spec.ty));
            self.generics.type_depth -= 1;
            self.generics.types.entry(g).or_default().push((targs, t));
            return t;
        }
        let args: Vec<String> = targs.iter().map(|t| self.ty_str(*t)).collect();
        let pkg_path = self.info.packages[o.pkg_index].path.clone();
        let named = self.info.types.new_named(&format!("{}[{}]", o.name, args.join(", ")), &pkg_path);
        let Type::Named(n) = self.t().get(named).clone() else { return INVALID };
        self.info.types.named[n as usize].origin = Some((g, targs.clone()));
        self.generics.types.entry(g).or_default().push((targs.clone(), named));
        self.generics.type_depth += 1;
        let under = self.in_decl(o.pkg_index, fi, &bindings, |c| {
            c.allow_constraint = true;
            let t = c.type_expr(&spec.ty);
            c.t().under(t)
        });
        self.generics.type_depth -= 1;
        self.info.types.named[n as usize].underlying = under;
        if !self.has_params_any(&targs) {
            let methods = self.generics.methods.get(&g).cloned().unwrap_or_default();
            for (pkg, fi, di) in methods {
                self.instantiate_method(g, &targs, pkg, fi, di);
            }
        }
        named
    }

    /// A generic type's declaration: its constraints, and its type over its own type
    /// parameters (where an instantiation cycle shows, as gc reports it uninstantiated).
    pub(super) fn generic_type_decl(&mut self, id: ObjId, spec: &TypeSpec) {
        let Some(gs) = self.generic_sig(id) else { return };
        if let ExprKind::Ident(n) = &strip_parens(&spec.ty).kind {
            if tparam_names(&spec.tparams).iter().any(|(p, _)| p == n.as_str()) {
                self.error(spec.ty.pos, "cannot use a type parameter as RHS in type declaration");
                return;
            }
        }
        self.instantiate_type(id, gs.params.clone(), spec.name.pos);
    }

    /// Whether two type argument lists are identical.
    fn same_args(&self, a: &[TypeId], b: &[TypeId]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| self.t().identical(*x, *y))
    }

    /// The instance of generic function `g` for `targs` (made on first use, its body checked
    /// later), or `None` after an instantiation cycle.
    pub(super) fn instantiate_func(&mut self, g: ObjId, targs: Vec<TypeId>, pos: Pos) -> Option<ObjId> {
        if let Some(list) = self.generics.funcs.get(&g) {
            if let Some((_, f)) = list.iter().find(|(a, _)| self.same_args(a, &targs)) {
                return Some(*f);
            }
        }
        // An instance asking, through its ancestors, for ever new instances of its own generic.
        let mut nesting = 0;
        let mut at = self.generics.current;
        while let Some(p) = at {
            let Some(&(pg, parent)) = self.generics.parents.get(&p) else { break };
            if pg == g {
                nesting += 1;
            }
            at = parent;
        }
        if nesting > MAX_NESTING || self.generics.count > MAX_INSTANCES {
            let at = self.generic_sig(g).and_then(|gs| gs.pos.first().copied()).unwrap_or(pos);
            self.error(at, "instantiation cycle:");
            return None;
        }
        self.generics.count += 1;
        let o = self.info.objects[g as usize].clone();
        let DeclRef::Func(fi, di) = o.decl else { return None };
        let files = Arc::clone(&self.info.packages[o.pkg_index].files);
        let Decl::Func(f) = &files[fi].decls[di] else { return None };
        let decl = self.reparse(&files[fi], f)?;
        let fd = func_of(&decl)?;
        let args: Vec<String> = targs.iter().map(|t| self.ty_str(*t)).collect();
        let name = format!("{}[{}]", o.name, args.join(","));
        let id = self.add_instance(&name, o.pkg_index, &decl, fd.name.pos);
        self.generics.funcs.entry(g).or_default().push((targs.clone(), id));
        self.generics.parents.insert(id, (g, self.generics.current));
        let names = tparam_names(&fd.tparams);
        let bindings = self.bind(&names, &targs);
        let sig = self.in_decl(o.pkg_index, fi, &bindings, |c| {
            // A generic method's instance keeps its receiver (`generic_method.rs`).
            if let Some(r) = &fd.recv {
                let rt = c.type_expr(&r.ty);
                if matches!(c.t().get(rt), Type::Pointer(_)) {
                    c.info.ptr_recv.insert(id);
                }
            }
            c.signature(&fd.ty)
        });
        self.info.objects[id as usize].ty = sig;
        let k = self.decl_index(id);
        self.info.funcs.push(FuncRef { obj: id, pkg: o.pkg_index, file: INSTANCE_FILE, decl: k });
        self.generics.pending.push(PendingBody { obj: id, pkg: o.pkg_index, file: fi, bindings, decl });
        Some(id)
    }

    /// The instance of method `(pkg, fi, di)` of generic type `g` for type arguments `targs`
    /// (its receiver is then that instance).
    fn instantiate_method(&mut self, g: ObjId, targs: &[TypeId], pkg: usize, fi: usize, di: usize) {
        let files = Arc::clone(&self.info.packages[pkg].files);
        let Decl::Func(f) = &files[fi].decls[di] else { return };
        let Some(mut decl) = self.reparse(&files[fi], f) else { return };
        if let Some(Decl::Func(fd)) = Arc::get_mut(&mut decl) {
            name_blank_receiver_params(fd);
        }
        let Some(fd) = func_of(&decl) else { return };
        let Some((_, names)) = generic_receiver(fd) else { return };
        let names: Vec<(String, Pos)> = names
            .iter()
            .filter_map(|n| match &n.kind {
                ExprKind::Ident(s) => Some((s.to_string(), n.pos)),
                _ => None,
            })
            .collect();
        if names.len() != targs.len() {
            return;
        }
        let name = fd.name.name.to_string();
        let id = self.add_instance(&name, pkg, &decl, fd.name.pos);
        let bindings = self.bind(&names, targs);
        self.in_decl(pkg, fi, &bindings, |c| c.check_func_decl(id, fd));
        if let Some(r) = self.info.funcs.last_mut().filter(|r| r.obj == id) {
            r.file = INSTANCE_FILE;
        }
        self.generics.parents.insert(id, (g, self.generics.current));
        self.generics.pending.push(PendingBody { obj: id, pkg, file: fi, bindings, decl });
    }

    /// A function object for an instance declaration, kept with its package.
    fn add_instance(&mut self, name: &str, pkg: usize, decl: &Arc<Decl>, pos: Pos) -> ObjId {
        let saved = self.cur_pkg;
        self.cur_pkg = pkg;
        let id = self.new_obj(&name.into(), pos, ObjKind::Func, INVALID);
        self.cur_pkg = saved;
        let k = self.info.packages[pkg].instances.len();
        self.info.packages[pkg].instances.push(Arc::clone(decl));
        let o = &mut self.info.objects[id as usize];
        o.global = true;
        o.used = true;
        o.state = State::Done;
        o.decl = DeclRef::Func(INSTANCE_FILE, k);
        o.pkg_index = pkg;
        id
    }

    /// `f` parsed again at fresh positions: those of a copy of its file (so they print as
    /// the original's lines and columns).
    pub(super) fn reparse(&mut self, file: &File, f: &FuncDecl) -> Option<Arc<Decl>> {
        let (text, start) = f.name.name.source();
        let base = f.name.pos.checked_sub(start)?;
        let off = |p: Pos| p.checked_sub(base).map(|o| o as usize);
        let at = off(f.pos)?;
        let from = text.get(..at)?.rfind("func")?;
        let end = match &f.body {
            Some(b) => off(b.rbrace)? + 1,
            None => at,
        };
        // The declaration alone after a package clause, placed so that its positions are
        // those it has in the copy of the file.
        let src = format!("package {};{}", file.package.name.as_str(), text.get(from..end)?);
        let prefix = (src.len() - (end - from)) as Pos;
        let new_base = self.next_pos;
        self.next_pos = new_base + text.len() as Pos + 1;
        self.aliases.push((new_base, base));
        let mut diags = crate::diag::Diags::default();
        let parsed = crate::syntax::parse_file(&src, (new_base + from as Pos).saturating_sub(prefix), &mut self.next_id, &mut diags);
        parsed.decls.into_iter().find(|d| matches!(d, Decl::Func(_))).map(Arc::new)
    }

    /// Checks the bodies of the instances made so far, and of those they make.
    pub(super) fn check_instances(&mut self) {
        while !self.generics.pending.is_empty() {
            let batch = std::mem::take(&mut self.generics.pending);
            // Instances of one generic report the same errors at the same lines: the
            // diagnostics keep one of each.
            for p in batch {
                if self.generics.parents.get(&p.obj).is_some_and(|(g, _)| self.generics.failed.contains(g)) {
                    continue;
                }
                let saved_current = self.generics.current.replace(p.obj);
                if let Some(fd) = func_of(&p.decl) {
                    self.in_decl(p.pkg, p.file, &p.bindings, |c| c.check_body(p.obj, p.file, fd));
                }
                self.generics.current = saved_current;
            }
        }
    }

    /// Records the generic methods of the current package's generic types.
    pub(super) fn collect_generic_methods(&mut self) {
        let pkg = self.cur_pkg;
        let files = Arc::clone(&self.info.packages[pkg].files);
        for (fi, file) in files.iter().enumerate() {
            for (di, d) in file.decls.iter().enumerate() {
                let Decl::Func(f) = d else { continue };
                let Some((base, names)) = generic_receiver(f) else { continue };
                let Some(&t) = self.info.packages[pkg].scope.get(base) else { continue };
                let at = names.first().map_or(f.name.pos, |n| n.pos);
                let want = self.tparam_fields(t).map_or(0, |(fields, _, _)| fields.iter().map(|f| f.names.len()).sum());
                if want == 0 {
                    self.error(at, format!("{base} is not a generic type"));
                    continue;
                }
                if names.len() != want || names.iter().any(|n| !matches!(n.kind, ExprKind::Ident(_))) {
                    let recv = f.recv.as_ref().map_or(at, |r| strip_parens(&r.ty).pos);
                    self.error(recv, format!("receiver declares {} type parameters, but receiver base type declares {want}", names.len()));
                    continue;
                }
                self.generics.methods.entry(t).or_default().push((pkg, fi, di));
            }
        }
        let imports = Arc::new(self.file_imports.clone());
        self.generics.imports.insert(pkg, imports);
    }

    /// Checks the generic functions and types of package main that nothing instantiated,
    /// through an instance for representative type arguments (a constraint's first type
    /// term, else the constraint interface itself), so that their errors (an unused
    /// variable or import...) are reported as gc reports them, at their lines. Constraints
    /// with both methods and type terms have no such argument and are left unchecked.
    pub(super) fn check_uninstantiated(&mut self) {
        let ids: Vec<ObjId> = (self.first_obj..self.info.objects.len() as ObjId)
            .filter(|&id| {
                let o = &self.info.objects[id as usize];
                o.pkg_index == self.cur_pkg && o.global && matches!(o.decl, DeclRef::Func(..) | DeclRef::Type(..)) && self.is_generic(id)
            })
            .collect();
        for id in ids {
            let concrete = |list: Option<&Vec<(Vec<TypeId>, TypeId)>>, c: &Self| list.is_some_and(|l| l.iter().any(|(a, _)| !c.has_params_any(a)));
            if self.generics.funcs.contains_key(&id) || self.generics.failed.contains(&id) || concrete(self.generics.types.get(&id), self) {
                continue;
            }
            let Some(gs) = self.generic_sig(id) else { continue };
            let Some(targs) = self.representatives(&gs) else { continue };
            let pos = self.info.objects[id as usize].pos;
            if self.info.objects[id as usize].kind == ObjKind::Func {
                self.instantiate_func(id, targs, pos);
            } else if self.generics.methods.contains_key(&id) {
                self.instantiate_type(id, targs, pos);
            }
        }
    }

    /// Type arguments that satisfy `gs`'s constraints, if simple ones do.
    fn representatives(&mut self, gs: &GenericSig) -> Option<Vec<TypeId>> {
        let mut args = gs.params.clone();
        // Constraints may mention other type parameters (`S ~[]E`): a second round
        // substitutes what the first chose.
        for _ in 0..2 {
            for k in 0..args.len() {
                let c = self.subst(gs.constraints[k], &gs.params, &args, 0);
                args[k] = match self.t().under_type(c).clone() {
                    Type::Interface(_) => c,
                    Type::Constraint(ts) if ts.methods.is_empty() => match ts.terms {
                        Some(list) => list.first()?.ty,
                        None => self.info.types.intern(Type::Interface(Vec::new())),
                    },
                    _ => return None,
                };
            }
        }
        (!self.has_params_any(&args)).then_some(args)
    }

    /// Records what a generic call's or instantiation's operand denotes once instantiated.
    pub(super) fn record_instance(&mut self, fun: &Expr, inst: ObjId) {
        let ty = self.info.objects[inst as usize].ty;
        let mut e = fun;
        loop {
            self.info.uses.insert(e.id, inst);
            self.info.exprs.insert(e.id, ExprInfo { ty, val: None, is_type: false });
            match &e.kind {
                ExprKind::Paren(x) => e = x,
                ExprKind::Index(x, _) => e = x,
                _ => break,
            }
        }
    }

    /// A generic call `f(args)` or `f[T](args)`: type arguments inferred, the instance
    /// made and the arguments checked against its signature. `None` when f is not generic.
    #[inline(never)] // keeps its caller small for the browser (ARCHITECTURE.md)
    pub(super) fn generic_call(&mut self, e: &Expr, fun: &Expr, args: &[Expr], ellipsis: Option<Pos>, rparen: Pos) -> Option<Operand> {
        let inner = strip_parens(fun);
        let (base, idx): (&Expr, &[Expr]) = match &inner.kind {
            ExprKind::Index(x, idx) => (x, idx),
            _ => (inner, &[]),
        };
        let g = match self.generic_func_ref(base) {
            Some(g) => g,
            None => self.generic_method_ref(base)?,
        };
        let inv = Operand::invalid(e.id);
        let Some(gs) = self.generic_sig(g) else { return Some(inv) };
        let explicit: Vec<TypeId> = idx.iter().map(|t| self.type_expr(t)).collect();
        let mut ops = Vec::new();
        for a in args {
            let o = self.expr(a, None);
            ops.push(o);
        }
        if explicit.contains(&INVALID) || ops.iter().any(|o| o.mode == Mode::Invalid) {
            return Some(inv);
        }
        if explicit.len() > gs.params.len() {
            self.error(idx[gs.params.len()].pos, format!("got {} type arguments but want {}", explicit.len(), gs.params.len()));
            return Some(inv);
        }
        let Type::Func(gsig) = self.t().get(gs.sig).clone() else { return Some(inv) };
        let fname = expr_string(base);
        // gc places a call at its `(`: after the function's name as gofmt prints it.
        let lparen = match &inner.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) | ExprKind::Index(..) => inner.pos + expr_string(inner).len() as Pos,
            _ => e.pos,
        };
        let Some(targs) = self.infer(&gs, &gsig, &fname, explicit, &ops, args, ellipsis.is_some(), lparen) else { return Some(inv) };
        let mut arg_pos: Vec<Pos> = idx.iter().map(|t| t.pos).collect();
        arg_pos.resize(targs.len(), e.pos);
        if !self.satisfied(&gs, &targs, arg_pos, e.pos) {
            return Some(inv);
        }
        if self.generics.in_generic_body && self.has_params_any(&targs) {
            let Some(sig) = self.call_param_sig(gs.sig, &gs.params, &targs) else { return Some(inv) };
            return Some(self.call_args(e, fun, args, ops, &sig, ellipsis, rparen));
        }
        let Some(inst) = self.instantiate_func(g, targs, e.pos) else { return Some(inv) };
        self.record_instance(fun, inst);
        let Type::Func(sig) = self.t().get(self.info.objects[inst as usize].ty).clone() else { return Some(inv) };
        Some(self.call_args(e, fun, args, ops, &sig, ellipsis, rparen))
    }

    /// Checks evaluated arguments against an instance's signature; the call's result.
    fn call_args(&mut self, e: &Expr, fun: &Expr, args: &[Expr], ops: Vec<Operand>, sig: &Signature, ellipsis: Option<Pos>, rparen: Pos) -> Operand {
        let nparams = sig.params.len();
        if let [o] = &ops[..] {
            if let Type::Tuple(ts) = self.t().get(o.ty).clone() {
                if ts.len() != nparams && !(sig.variadic && ts.len() + 1 >= nparams) {
                    let msg = if ts.len() < nparams { "not enough arguments" } else { "too many arguments" };
                    self.error(args[0].pos, format!("{msg} in call to {}\n\thave ({})\n\twant ({})", expr_string(fun), self.type_list(&ts), self.type_list(&sig.params)));
                }
                return self.call_result(e, sig);
            }
        }
        if ops.len() != nparams && !(sig.variadic && ellipsis.is_none() && ops.len() + 1 >= nparams) {
            let have = self.arg_types(ops.iter());
            let (msg, pos) = if ops.len() < nparams { ("not enough arguments", rparen) } else { ("too many arguments", args[nparams].pos) };
            self.error(pos, format!("{msg} in call to {}\n\thave ({have})\n\twant ({})", expr_string(fun), self.type_list(&sig.params)));
            return self.call_result(e, sig);
        }
        self.assign_args(fun, sig, ops.into_iter().zip(args).collect(), ellipsis);
        self.call_result(e, sig)
    }
}
