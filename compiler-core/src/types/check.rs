//! The checker proper: declarations, statements and expressions.

use crate::fx::{FxNew, HashMap, HashSet, NodeMap};

use super::constant::Misfit;
use super::layer::{LayeredMap, Table};
use super::{universe, Basic, Const, Signature, StructField, Type, TypeId, TypeTable, INVALID};
use crate::diag::{Diags, Pos};
use crate::syntax::ast::*;

#[path = "check_data.rs"]
mod data;
mod conc;
pub mod iface;

/// Index into `Info::objects`.
pub type ObjId = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    Sizeof,
    Alignof,
    Offsetof,
    Add,
    String,
    StringData,
    Slice,
    SliceData,
}

impl Builtin {
    pub const UNIVERSE: &'static [Builtin] = &[
        Builtin::Append,
        Builtin::Cap,
        Builtin::Clear,
        Builtin::Close,
        Builtin::Complex,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Imag,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Real,
        Builtin::Recover,
    ];
    pub const UNSAFE: &'static [Builtin] = &[
        Builtin::Sizeof,
        Builtin::Alignof,
        Builtin::Offsetof,
        Builtin::Add,
        Builtin::String,
        Builtin::StringData,
        Builtin::Slice,
        Builtin::SliceData,
    ];

    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            Sizeof => "Sizeof",
            Alignof => "Alignof",
            Offsetof => "Offsetof",
            Add => "Add",
            String => "String",
            StringData => "StringData",
            Slice => "Slice",
            SliceData => "SliceData",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    /// `None` while unresolved (and for `iota`, whose value depends on the spec).
    Const(Option<Const>),
    Var,
    TypeName,
    Func,
    Builtin(Builtin),
    PkgName(String),
    Nil,
    Label,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Unresolved,
    InProgress,
    Done,
}

/// Where an object was declared, for lazy checking of package-level declarations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DeclRef {
    None,
    /// (file, decl, spec, name index)
    Const(usize, usize, usize, usize),
    Var(usize, usize, usize, usize),
    Type(usize, usize, usize),
    Func(usize, usize),
}

/// A named entity.
#[derive(Clone, Debug)]
pub struct Object {
    /// Names share the file text (and `pkg` its package's path): an object allocates nothing.
    pub name: Name,
    pub pos: Pos,
    pub kind: ObjKind,
    pub ty: TypeId,
    /// Package path; empty for the universe.
    pub pkg: Name,
    /// Declared at package level.
    pub global: bool,
    pub used: bool,
    /// Captured by a closure or has its address taken: must live in memory.
    pub escapes: bool,
    state: State,
    decl: DeclRef,
    pkg_index: usize,
}

impl Object {
    pub fn new(name: Name, pos: Pos, kind: ObjKind, ty: TypeId, pkg: Name) -> Object {
        Object {
            name,
            pos,
            kind,
            ty,
            pkg,
            global: false,
            used: false,
            escapes: false,
            state: State::Done,
            decl: DeclRef::None,
            pkg_index: 0,
        }
    }
}

/// What the checker knows about one expression.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprInfo {
    pub ty: TypeId,
    /// Set for constant expressions, already converted to `ty`.
    pub val: Option<Const>,
    /// The expression denotes a type, not a value.
    pub is_type: bool,
}

/// One step of package initialization, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum InitStep {
    /// `lhs = values` of a package-level var spec (all names of the spec at once).
    Var { pkg: usize, file: usize, decl: usize, spec: usize },
    /// A package `init` function.
    InitFunc(ObjId),
}

/// A function declaration with a body, or a `//go:wasmimport` declaration.
#[derive(Clone, Debug)]
pub struct FuncRef {
    pub obj: ObjId,
    pub pkg: usize,
    pub file: usize,
    pub decl: usize,
}

/// A checked package.
#[derive(Clone, Debug)]
pub struct Package {
    pub path: Name,
    /// Shared so that checking can walk the files while it records into `Info` (cloning the
    /// AST was the largest cost of a compilation), and across threads with the cached runtime.
    pub files: std::sync::Arc<Vec<File>>,
    /// Shared with the compilations that start from the prelude, as the files are.
    pub scope: std::sync::Arc<HashMap<String, ObjId>>,
}

/// Everything the checker found, for the IR lowering.
#[derive(Clone, Debug, Default)]
pub struct Info {
    /// Package main has defer statements (panics run deferred calls first; the runtime's
    /// own, in sync.Once, never change what a panic prints).
    pub uses_defer: bool,
    /// The program calls recover (calls check for unwinding after a recovered panic).
    pub uses_recover: bool,
    pub types: TypeTable,
    pub objects: Table<Object>,
    pub exprs: NodeMap<ExprInfo>,
    /// Identifier expressions → the object they denote.
    pub uses: NodeMap<ObjId>,
    /// Declaring identifiers (by position) → the object they declare.
    pub defs: LayeredMap<Pos, ObjId>,
    pub init_order: Vec<InitStep>,
    pub funcs: Vec<FuncRef>,
    pub packages: Vec<Package>,
    /// For type switches and other implicit objects: clause colon position → object.
    pub implicits: LayeredMap<Pos, ObjId>,
    /// `//go:wasmexport` and `//go:wasmimport` functions.
    pub directives: HashMap<ObjId, super::directive::WasmDirective>,
    /// Field selectors: the path of field indices (through embedded fields).
    pub fields: NodeMap<Vec<usize>>,
    /// Function literal → the enclosing functions' variables it uses, in order of first use.
    pub captures: NodeMap<Vec<ObjId>>,
    /// Expressions of non-interface type converted implicitly to an interface type (in
    /// assignments, calls, returns, literals, comparisons): the interface type.
    pub iface_conv: NodeMap<TypeId>,
    /// Selectors denoting method `index` of an interface type (reached through the
    /// embedded fields in `fields`, if any).
    pub iface_methods: NodeMap<(TypeId, usize)>,
    /// Methods with a pointer receiver.
    pub ptr_recv: HashSet<ObjId>,
}

impl Info {
    pub fn expr_type(&self, e: &Expr) -> TypeId {
        self.exprs.get(&e.id).map(|i| i.ty).unwrap_or(INVALID)
    }

    pub fn const_value(&self, e: &Expr) -> Option<&Const> {
        self.exprs.get(&e.id).and_then(|i| i.val.as_ref())
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id as usize]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Invalid,
    NoValue,
    Value,
    /// Addressable variable.
    Var,
    Const,
    Type,
    Builtin(Builtin),
    /// A map index or receive in a context that allows `v, ok`.
    CommaOk,
}

#[derive(Clone, Debug)]
struct Operand {
    mode: Mode,
    ty: TypeId,
    val: Option<Const>,
    id: NodeId,
}

impl Operand {
    fn invalid(id: NodeId) -> Operand {
        Operand { mode: Mode::Invalid, ty: INVALID, val: None, id }
    }
}

/// `argument to f` in messages, written only when one is reported.
struct ArgumentTo<'a>(&'a Expr);

impl std::fmt::Display for ArgumentTo<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "argument to {}", expr_string(self.0))
    }
}

/// The block scopes of a function: one stack of the objects declared in them (found by
/// their names: a function has few locals, so a scan beats hashing a map per block).
#[derive(Clone, Default)]
struct Scopes {
    /// Each object with its name's [`scope_key`], which rules out most other names without
    /// reading the object.
    objs: Vec<(u32, ObjId)>,
    /// Where each open scope starts in `objs`, innermost last.
    starts: Vec<usize>,
}

/// A name's length and first and last bytes.
fn scope_key(name: &str) -> u32 {
    let b = name.as_bytes();
    (b.len() as u32) << 16 | u32::from(b.first().copied().unwrap_or(0)) << 8 | u32::from(b.last().copied().unwrap_or(0))
}

impl Scopes {
    fn open(&mut self) {
        self.starts.push(self.objs.len());
    }

    fn close(&mut self) {
        if let Some(start) = self.starts.pop() {
            self.objs.truncate(start);
        }
    }

    /// How many scopes are open.
    fn depth(&self) -> usize {
        self.starts.len()
    }

    /// Declares `id`, named `name`, in the innermost scope.
    fn declare(&mut self, id: ObjId, name: &str) {
        if !self.starts.is_empty() {
            self.objs.push((scope_key(name), id));
        }
    }

    /// The object `name` denotes in any open scope.
    fn find(&self, objects: &Table<Object>, name: &str) -> Option<ObjId> {
        Self::last_named(&self.objs, objects, name)
    }

    /// The object named `name` in the innermost scope.
    fn innermost(&self, objects: &Table<Object>, name: &str) -> Option<ObjId> {
        let start = self.starts.last().copied().unwrap_or(self.objs.len());
        Self::last_named(&self.objs[start..], objects, name)
    }

    fn last_named(objs: &[(u32, ObjId)], objects: &Table<Object>, name: &str) -> Option<ObjId> {
        let k = scope_key(name);
        objs.iter().rev().find(|&&(key, id)| key == k && objects[id as usize].name == name).map(|&(_, id)| id)
    }

    /// The index of the scope that declares `name` as `id`.
    fn depth_of(&self, objects: &Table<Object>, name: &str, id: ObjId) -> Option<usize> {
        let i = self.objs.iter().rposition(|&(_, o)| o == id && objects[o as usize].name == name)?;
        self.starts.partition_point(|&s| s <= i).checked_sub(1)
    }
}

#[derive(Clone)]
struct FuncCtx {
    results: Vec<TypeId>,
    named_results: bool,
    /// Local variables declared in this function, for "declared and not used".
    locals: Vec<ObjId>,
    labels: HashMap<String, (ObjId, bool)>,
}

/// A checker's state after some packages, to check more on top of. The runtime packages do not
/// depend on the user's program, so `compile` checks them once per process and clones this
/// state for each compilation.
#[derive(Clone)]
pub struct Checked(Checker);

impl Default for Checked {
    fn default() -> Checked {
        Checked(Checker::new())
    }
}

impl Checked {
    /// Makes room for the side tables of `nodes` more expression nodes (growing them while
    /// checking rehashed them again and again).
    pub fn reserve(&mut self, nodes: usize) {
        self.0.info.exprs.reserve(nodes);
        self.0.info.uses.reserve(nodes / 2);
        // About one object (a variable, parameter, function...) per 16 nodes, each defined
        // at a position.
        self.0.info.objects.reserve(nodes / 16);
        self.0.info.defs.reserve(nodes / 16);
    }

    /// Checks one package; the packages it imports must have been checked before.
    pub fn check(&mut self, path: &str, files: Vec<File>) {
        // uses_defer is about the user's program (sync.Once's own defers print nothing).
        if path == "main" {
            self.0.info.uses_defer = false;
        }
        self.0.check_one(path.to_string(), files);
    }

    /// Moves the tables into shared read-only layers, so that a clone costs a few pointer
    /// copies and what a clone adds goes on top (`layer`). `nodes`: the node ids used so far.
    pub fn freeze(&mut self, nodes: NodeId) {
        let c = &mut self.0;
        c.info.types.freeze();
        // `used` matters only for the locals and imports of the package being checked: marking
        // the shared objects used keeps uses from later packages from copying them.
        for id in 0..c.info.objects.len() {
            c.info.objects[id].used = true;
        }
        c.info.objects.freeze();
        c.info.defs.freeze();
        c.info.implicits.freeze();
        c.info.exprs.freeze(nodes);
        c.info.uses.freeze(nodes);
        c.info.fields.freeze(nodes);
        c.info.captures.freeze(nodes);
        c.info.iface_conv.freeze(nodes);
        c.info.iface_methods.freeze(nodes);
        // Only the packages checked so far used these: their initialization order is known, and
        // later packages' variables cannot reach them back through dependencies.
        c.deps.clear();
        c.file_imports.clear();
    }

    /// What the checker found, with its diagnostics moved to `diags`.
    pub fn finish(self, diags: &mut Diags) -> Info {
        diags.append(self.0.diags);
        self.0.info
    }
}

/// The packages a program may import (besides `runtime`), for the "not in std" diagnostic;
/// lib.rs compiles those written in Go when they are imported.
pub const STD_PACKAGES: &[&str] =
    &["errors", "fmt", "io", "math", "math/bits", "os", "sort", "strconv", "strings", "structs", "sync", "time", "unicode", "unicode/utf8", "unsafe"];

/// Standard packages made only of generic functions.
const GENERIC_PKGS: &[&str] = &["slices", "maps", "cmp", "iter"];

#[derive(Clone)]
struct Checker {
    info: Info,
    /// The value of a one-variable assignment or declaration (and its first variable's
    /// position): a multi-value call there is an "assignment mismatch".
    single_assign: Option<(NodeId, Pos)>,
    diags: Diags,
    universe: std::sync::Arc<HashMap<String, ObjId>>,
    std_pkgs: std::sync::Arc<HashMap<String, HashMap<String, ObjId>>>,
    /// Block scopes of the function being checked.
    scopes: Scopes,
    /// Per file of the current package: imported names → (package path, object, used).
    file_imports: Vec<HashMap<String, (String, ObjId)>>,
    /// Names of the current package's imports that failed: their uses are not reported
    /// again as undefined.
    failed_imports: HashSet<String>,
    cur_pkg: usize,
    cur_file: usize,
    funcs: Vec<FuncCtx>,
    iota: Option<i128>,
    /// Package-level object whose declaration is being checked, for init dependencies.
    decl_stack: Vec<ObjId>,
    deps: HashMap<ObjId, Vec<ObjId>>,
    /// Nesting of breakable statements: (is_loop, label).
    breakables: Vec<(bool, Option<String>)>,
    /// Function literals being checked: (literal, index of its first scope).
    lits: Vec<(NodeId, usize)>,
    /// Lists an assignment statement works in, kept for the next one (each statement
    /// allocated its own).
    assign_lists: AssignLists,
}

#[derive(Clone, Default)]
struct AssignLists {
    targets: Vec<Option<ObjId>>,
    new_vars: Vec<usize>,
    rtypes: Vec<(TypeId, bool)>,
    lops: Vec<Option<Operand>>,
}

impl Checker {
    fn new() -> Checker {
        let mut info = Info::default();
        let uni = universe::universe(&mut info.types, &mut info.objects);
        let unsafe_m = universe::unsafe_members(&mut info.types, &mut info.objects);
        let structs_m = universe::structs_members(&mut info.types, &mut info.objects);
        let mut std_pkgs = HashMap::new();
        std_pkgs.insert("unsafe".to_string(), unsafe_m.into_iter().collect());
        std_pkgs.insert("structs".to_string(), structs_m.into_iter().collect());
        Checker {
            info,
            single_assign: None,
            diags: Diags::default(),
            universe: std::sync::Arc::new(uni.into_iter().collect()),
            std_pkgs: std::sync::Arc::new(std_pkgs),
            scopes: Scopes::default(),
            file_imports: Vec::new(),
            failed_imports: HashSet::default(),
            cur_pkg: 0,
            cur_file: 0,
            funcs: Vec::new(),
            iota: None,
            decl_stack: Vec::new(),
            deps: HashMap::new(),
            breakables: Vec::new(),
            lits: Vec::new(),
            assign_lists: AssignLists::default(),
        }
    }

    fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        self.diags.error(pos, msg);
    }

    fn t(&self) -> &TypeTable {
        &self.info.types
    }

    fn basic(&mut self, b: Basic) -> TypeId {
        self.info.types.basic(b)
    }

    fn ty_str(&self, t: TypeId) -> String {
        self.info.types.display(t)
    }

    fn new_obj(&mut self, name: &Name, pos: Pos, kind: ObjKind, ty: TypeId) -> ObjId {
        let id = self.info.objects.len() as ObjId;
        let pkg = self.info.packages.get(self.cur_pkg).map_or_else(Name::default, |p| p.path.clone());
        let mut o = Object::new(name.clone(), pos, kind, ty, pkg);
        o.pkg_index = self.cur_pkg;
        self.info.objects.push(o);
        if pos != 0 {
            self.info.defs.insert(pos, id);
        }
        id
    }

    // ---- packages and declarations ----

    fn check_one(&mut self, path: String, files: Vec<File>) {
        self.cur_pkg = self.info.packages.len();
        self.info.packages.push(Package { path: path.as_str().into(), files: std::sync::Arc::new(files), scope: Default::default() });
        self.file_imports.clear();
        self.failed_imports.clear();
        let files = self.info.packages[self.cur_pkg].files.clone();
        // Collect package-level objects.
        for (fi, file) in files.iter().enumerate() {
            self.cur_file = fi;
            let mut imports = HashMap::new();
            for imp in &file.imports {
                let name = imp.name.as_ref().map(|n| n.name.to_string()).unwrap_or_else(|| {
                    imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string()
                });
                let known = self.std_pkgs.contains_key(&imp.path)
                    || self.info.packages.iter().any(|p| p.path == imp.path);
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
        // Resolve every package-level object, then bodies.
        let ids: Vec<ObjId> = (0..self.info.objects.len() as ObjId)
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
        for (fi, imports) in self.file_imports.clone().iter().enumerate() {
            let _ = fi;
            let mut unused: Vec<(Pos, String, String)> = imports
                .values()
                .filter(|(_, o)| !self.info.objects[*o as usize].used)
                .map(|(path, o)| (self.info.objects[*o as usize].pos, path.clone(), self.info.objects[*o as usize].name.to_string()))
                .collect();
            unused.sort();
            for (pos, path, name) in unused {
                if path.rsplit('/').next() == Some(name.as_str()) {
                    self.error(pos, format!("{path:?} imported and not used"));
                } else {
                    self.error(pos, format!("{path:?} imported as {name} and not used"));
                }
            }
        }
        self.compute_init_order(&files);
    }

    /// gc's "not in std", with what the playground does provide; the generic packages get
    /// their own reason.
    fn unknown_import(&self, path: &str) -> String {
        if GENERIC_PKGS.contains(&path) {
            return format!("package {path} is not supported yet: it needs generics, which the playground does not compile yet");
        }
        format!("package {path} is not in std (the playground provides: {})", STD_PACKAGES.join(", "))
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
    fn resolve(&mut self, id: ObjId) {
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
    fn check_const_spec(&mut self, specs: &[ConstSpec], si: usize, global: bool) {
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

    fn check_var_spec(&mut self, spec: &VarSpec, global: bool) {
        if let ([n], [v]) = (&spec.names[..], &spec.values[..]) {
            self.single_assign = Some((v.id, n.pos));
        }
        let declared = spec.ty.as_ref().map(|t| self.type_expr(t));
        let mut types = vec![declared.unwrap_or(INVALID); spec.names.len()];
        if spec.values.len() == 1 && spec.names.len() > 1 {
            let op = self.expr_multi(&spec.values[0]);
            let results = self.tuple_types(&op);
            if results.len() != spec.names.len() && op.mode != Mode::Invalid {
                self.assignment_mismatch(spec.names[0].pos, spec.names.len(), &spec.values[0], &op, results.len());
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

    fn check_type_spec(&mut self, spec: &TypeSpec, id: ObjId) {
        if !spec.tparams.is_empty() {
            self.error(spec.name.pos, "generic types are not supported yet");
        }
        if spec.alias {
            let t = self.type_expr(&spec.ty);
            self.info.objects[id as usize].ty = t;
            return;
        }
        let pkg = self.info.packages[self.cur_pkg].path.clone();
        let named = self.info.types.new_named(&spec.name.name, &pkg);
        self.info.objects[id as usize].ty = named;
        let under = self.type_expr(&spec.ty);
        let under = self.t().under(under);
        if under == INVALID && !matches!(spec.ty.kind, ExprKind::Bad) && self.refers_to(&spec.ty, id) {
            self.error(spec.name.pos, format!("invalid recursive type {}", spec.name.name));
        }
        if let Type::Named(n) = self.t().get(named).clone() {
            self.info.types.named[n as usize].underlying = under;
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

    fn check_func_decl(&mut self, id: ObjId, f: &FuncDecl) {
        if !f.tparams.is_empty() {
            self.error(f.name.pos, "generic functions are not supported yet");
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
            if let Type::Named(n) = self.t().get(base).clone() {
                let named = &mut self.info.types.named[n as usize];
                if named.methods.iter().any(|(m, _)| *m == f.name.name) {
                    let tn = named.name.clone();
                    self.error(f.name.pos, format!("method {}.{} already declared", tn, f.name.name));
                } else {
                    named.methods.push((f.name.name.to_string(), id));
                }
            } else if rt != INVALID {
                self.error(recv.ty.pos, format!("invalid receiver type {}", self.ty_str(rt)));
            }
        }
        let (has_import, d) = super::directive::check(&self.info.types, &mut self.diags, &self.info.exprs, f);
        if let Some(d) = d {
            self.info.directives.insert(id, d);
        }
        // Body-less functions of the runtime are compiler intrinsics (ir/lower.rs).
        let intrinsic = self.info.packages.get(self.cur_pkg).is_some_and(|p| p.path == "runtime");
        if f.body.is_none() && !has_import && !intrinsic {
            self.error(f.name.pos, "missing function body");
        }
        let pkg = self.cur_pkg;
        self.info.funcs.push(FuncRef { obj: id, pkg, file: self.cur_file, decl: self.decl_index(id) });
    }

    fn decl_index(&self, id: ObjId) -> usize {
        match self.info.objects[id as usize].decl {
            DeclRef::Func(_, di) => di,
            _ => 0,
        }
    }

    fn signature(&mut self, ft: &FuncType) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, p) in ft.params.iter().enumerate() {
            let mut t = self.type_expr(&p.ty);
            if p.variadic {
                if i + 1 != ft.params.len() || p.names.len() > 1 {
                    self.error(p.ty.pos, "can only use ... with final parameter in list");
                }
                variadic = true;
                t = self.info.types.intern(Type::Slice(t));
            }
            for _ in 0..p.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for r in &ft.results {
            let t = self.type_expr(&r.ty);
            for _ in 0..r.names.len().max(1) {
                results.push(t);
            }
        }
        self.info.types.intern(Type::Func(Signature { params, results, variadic }))
    }

    fn check_func_body(&mut self, id: ObjId, fi: usize, di: usize) {
        let files = std::sync::Arc::clone(&self.info.packages[self.cur_pkg].files);
        let f = match &files[fi].decls[di] {
            Decl::Func(f) => f,
            _ => return,
        };
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
        let mut pi = 0;
        for p in &f.ty.params {
            for n in &p.names {
                self.declare_param(n, sig.params.get(pi).copied().unwrap_or(INVALID));
                pi += 1;
            }
            if p.names.is_empty() {
                pi += 1;
            }
        }
        let mut ri = 0;
        for r in &f.ty.results {
            for n in &r.names {
                self.declare_param(n, sig.results.get(ri).copied().unwrap_or(INVALID));
                ri += 1;
            }
            if r.names.is_empty() {
                ri += 1;
            }
        }
        self.collect_labels(&body.stmts);
        self.block_stmts(&body.stmts);
        if !sig.results.is_empty() && !self.is_terminating_list(&body.stmts) {
            self.error(body.rbrace, "missing return");
        }
        self.finish_func();
        self.scopes.close();
        self.decl_stack.pop();
    }

    fn finish_func(&mut self) {
        let Some(ctx) = self.funcs.pop() else { return };
        let mut unused: Vec<(Pos, String)> = ctx
            .locals
            .iter()
            .map(|&l| &self.info.objects[l as usize])
            .filter(|o| !o.used && o.name != "_")
            .map(|o| (o.pos, o.name.to_string()))
            .collect();
        unused.sort();
        for (pos, name) in unused {
            self.error(pos, format!("declared and not used: {name}"));
        }
        let mut labels: Vec<(Pos, String)> = ctx
            .labels
            .iter()
            .filter(|(_, (_, used))| !used)
            .map(|(n, (o, _))| (self.info.objects[*o as usize].pos, n.clone()))
            .collect();
        labels.sort();
        for (pos, name) in labels {
            self.error(pos, format!("label {name} defined and not used"));
        }
    }

    fn declare_param(&mut self, n: &Ident, t: TypeId) {
        let id = self.new_obj(&n.name, n.pos, ObjKind::Var, t);
        self.info.objects[id as usize].used = true;
        if n.name != "_" {
            if self.scopes.innermost(&self.info.objects, &n.name).is_some() {
                self.error(n.pos, format!("duplicate argument {}", n.name));
            }
            // A duplicate shadows the first, as it replaced it in a map.
            self.scopes.declare(id, &n.name);
        }
    }

    fn declare_local(&mut self, n: &Ident, id: ObjId) {
        self.declare_local_name(&n.name, n.pos, id);
    }

    fn declare_local_name(&mut self, name: &str, pos: Pos, id: ObjId) {
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
            self.scopes.declare(id, name);
        }
    }

    /// Looks a name up: blocks, package, file imports, universe.
    fn lookup(&mut self, name: &str) -> Option<ObjId> {
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

    fn compute_init_order(&mut self, files: &[File]) {
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

    // ---- types ----

    /// Evaluates a type expression.
    fn type_expr(&mut self, e: &Expr) -> TypeId {
        let t = self.type_expr_inner(e);
        self.info.exprs.insert(e.id, ExprInfo { ty: t, val: None, is_type: true });
        t
    }

    fn type_expr_inner(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let op = self.expr(e, None);
                match op.mode {
                    Mode::Type => op.ty,
                    Mode::Invalid => INVALID,
                    _ => {
                        let s = expr_string(e);
                        self.error(e.pos, format!("{s} is not a type"));
                        INVALID
                    }
                }
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => {
                let t = self.type_expr(x);
                if t == INVALID {
                    return INVALID;
                }
                self.info.types.intern(Type::Pointer(t))
            }
            ExprKind::ArrayType { len: None, dots: false, elem } => {
                let t = self.type_expr(elem);
                self.info.types.intern(Type::Slice(t))
            }
            ExprKind::ArrayType { len, elem, .. } => {
                let n = match len {
                    Some(l) => {
                        let op = self.expr(l, None);
                        match op.val.as_ref().and_then(|v| v.as_int()) {
                            Some(n) if n >= 0 => n as u64,
                            Some(_) => {
                                self.error(l.pos, format!("invalid array length {}", expr_string(l)));
                                0
                            }
                            None => {
                                if op.mode != Mode::Invalid {
                                    self.error(l.pos, format!("array length {} must be constant", expr_string(l)));
                                }
                                0
                            }
                        }
                    }
                    None => {
                        self.error(e.pos, "invalid use of [...] array (outside a composite literal)");
                        0
                    }
                };
                let t = self.type_expr(elem);
                self.info.types.intern(Type::Array(n, t))
            }
            ExprKind::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                if k != INVALID && !self.comparable(k) {
                    let s = self.ty_str(k);
                    self.error(key.pos, format!("invalid map key type {s}"));
                }
                self.info.types.intern(Type::Map(k, v))
            }
            ExprKind::ChanType { dir, elem } => {
                let t = self.type_expr(elem);
                self.info.types.intern(Type::Chan((*dir).into(), t))
            }
            ExprKind::FuncType(ft) => self.signature(ft),
            ExprKind::StructType(fields) => {
                let mut out: Vec<StructField> = Vec::new();
                for f in fields {
                    let t = self.type_expr(&f.ty);
                    if f.names.is_empty() {
                        let name = embedded_name(&f.ty);
                        out.push(StructField { name, ty: t, embedded: true });
                    }
                    for n in &f.names {
                        if n.name != "_" && out.iter().any(|x| x.name == n.name) {
                            self.error(n.pos, format!("{} redeclared", n.name));
                        }
                        out.push(StructField { name: n.name.to_string(), ty: t, embedded: false });
                    }
                }
                self.info.types.intern(Type::Struct(out))
            }
            ExprKind::InterfaceType(elems) => {
                let mut methods = Vec::new();
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, ty } => {
                            let sig = self.signature(ty);
                            methods.push(super::Method { name: name.name.to_string(), sig });
                        }
                        InterfaceElem::Embed(x) => {
                            let t = self.type_expr(x);
                            match self.t().under_type(t).clone() {
                                Type::Interface(ms) => methods.extend(ms),
                                _ if t == INVALID => {}
                                _ => self.error(x.pos, "type constraints are not supported yet"),
                            }
                        }
                    }
                }
                methods.sort_by(|a, b| a.name.cmp(&b.name));
                methods.dedup_by(|a, b| a.name == b.name);
                self.info.types.intern(Type::Interface(methods))
            }
            ExprKind::Index(..) => {
                self.error(e.pos, "generic types are not supported yet");
                INVALID
            }
            ExprKind::Bad => INVALID,
            _ => {
                let s = expr_string(e);
                self.error(e.pos, format!("{s} is not a type"));
                INVALID
            }
        }
    }

    fn default_type(&mut self, t: TypeId) -> TypeId {
        match self.t().get(t) {
            Type::Basic(b) => match b {
                Basic::UntypedBool => self.basic(Basic::Bool),
                Basic::UntypedInt => self.basic(Basic::Int),
                Basic::UntypedRune => self.basic(Basic::Rune),
                Basic::UntypedFloat => self.basic(Basic::Float64),
                Basic::UntypedString => self.basic(Basic::String),
                _ => t,
            },
            _ => t,
        }
    }

    fn assignable(&self, from: TypeId, to: TypeId) -> bool {
        let t = self.t();
        if from == INVALID || to == INVALID || t.identical(from, to) {
            return true;
        }
        let (fu, tu) = (t.under(from), t.under(to));
        if let Type::Basic(b) = t.get(from) {
            if *b == Basic::UntypedNil {
                return matches!(
                    t.get(tu),
                    Type::Pointer(_) | Type::Slice(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) | Type::Interface(_)
                ) || t.basic_of(to) == Some(Basic::UnsafePointer);
            }
            if b.is_untyped() {
                if let Type::Basic(tb) = t.get(tu) {
                    return match b {
                        Basic::UntypedBool => tb.is_boolean(),
                        Basic::UntypedString => tb.is_string(),
                        _ => tb.is_numeric(),
                    };
                }
                return matches!(t.get(tu), Type::Interface(m) if m.is_empty());
            }
        }
        if t.identical(fu, tu) && (!t.is_named(from) || !t.is_named(to)) && !matches!(t.get(fu), Type::Basic(_)) {
            return true;
        }
        if let Type::Interface(ms) = t.get(tu) {
            return ms.is_empty() || self.missing_method(from, to).is_none();
        }
        if let (Type::Chan(ChanDirKey::Both, e1), Type::Chan(_, e2)) = (t.get(fu), t.get(tu)) {
            return t.identical(*e1, *e2) && (!t.is_named(from) || !t.is_named(to));
        }
        false
    }

    /// Converts `op` for assignment to `to`, reporting gc's error if it is not assignable.
    fn assign_op(&mut self, op: &mut Operand, to: TypeId, e: &Expr, context: impl std::fmt::Display) {
        if op.mode == Mode::Invalid || to == INVALID {
            return;
        }
        if matches!(op.mode, Mode::Type) {
            let s = expr_string(e);
            self.error(e.pos, format!("{s} (type) is not an expression"));
            op.mode = Mode::Invalid;
            return;
        }
        if self.t().is_untyped(op.ty) {
            let target = if self.t().is_interface(to) { self.default_type(op.ty) } else { to };
            if let Some(tb) = self.t().basic_of(target) {
                if let Some(v) = op.val.clone() {
                    match v.convert(tb) {
                        Ok(v2) => op.val = Some(v2),
                        Err(m) => {
                            let s = self.operand_string(e, op);
                            let why = match m {
                                Misfit::Overflows => " (overflows)",
                                Misfit::Truncated => " (truncated)",
                                Misfit::Mismatch => "",
                            };
                            self.error(e.pos, format!("cannot use {s} as {} value in {context}{why}", self.ty_str(to)));
                            op.mode = Mode::Invalid;
                            return;
                        }
                    }
                }
            }
            if !self.assignable(op.ty, to) {
                let s = self.operand_string(e, op);
                self.error(e.pos, format!("cannot use {s} as {} value in {context}", self.ty_str(to)));
                op.mode = Mode::Invalid;
                return;
            }
            self.set_type(e, target, op.val.clone());
            op.ty = target;
            if self.t().is_interface(to) {
                self.note_iface_conv(e, target, to);
                op.ty = to;
                op.val = None;
            }
            return;
        }
        if !self.assignable(op.ty, to) {
            let s = self.operand_string(e, op);
            let why = if self.t().is_interface(to) { self.not_implements(op.ty, to).map(|w| format!(": {w}")).unwrap_or_default() } else { String::new() };
            self.error(e.pos, format!("cannot use {s} as {} value in {context}{why}", self.ty_str(to)));
            op.mode = Mode::Invalid;
            return;
        }
        if self.t().is_interface(to) {
            self.note_iface_conv(e, op.ty, to);
            op.ty = to;
        }
    }

    /// Records the final type of an untyped expression (and of its untyped operands).
    fn set_type(&mut self, e: &Expr, t: TypeId, val: Option<Const>) {
        let was_untyped = self.info.exprs.get(&e.id).map(|i| self.info.types.is_untyped(i.ty)).unwrap_or(false);
        if !was_untyped {
            return;
        }
        let is_const = val.is_some();
        self.info.exprs.insert(e.id, ExprInfo { ty: t, val, is_type: false });
        if is_const {
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.set_type(x, t, None),
            ExprKind::Unary(_, x) => self.set_type(x, t, None),
            ExprKind::Binary { op, xy, .. } if !op.is_comparison() => {
                let [x, y] = &**xy;
                if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                    let v = self.info.const_value(x).cloned();
                    let xv = v.and_then(|v| self.t().basic_of(t).and_then(|b| v.convert(b).ok()));
                    if self.info.const_value(x).is_some() {
                        self.info.exprs.insert(x.id, ExprInfo { ty: t, val: xv, is_type: false });
                    } else {
                        self.set_type(x, t, None);
                    }
                } else {
                    for s in [x, y] {
                        let v = self.info.const_value(s).cloned();
                        let v = v.and_then(|v| self.t().basic_of(t).and_then(|b| v.convert(b).ok()));
                        self.set_type(s, t, v);
                    }
                }
            }
            _ => {}
        }
    }

    /// `x (variable of type int)`, `300 (untyped int constant)`, `c (untyped int constant 3)`.
    fn operand_string(&self, e: &Expr, op: &Operand) -> String {
        let s = expr_string(e);
        let ts = self.ty_str(op.ty);
        // types2's operand.String: `x (untyped int constant 5)`, `c (constant 7 of type T)`,
        // `v (variable of uint64 type ID)`.
        if self.t().basic_of(op.ty) == Some(Basic::UntypedNil) {
            return "nil".to_string();
        }
        let mode = match op.mode {
            Mode::Const => "constant",
            Mode::Var => "variable",
            _ => "value",
        };
        let val = match (&op.mode, &op.val) {
            (Mode::Const, Some(v)) if v.display() != s => format!(" {}", v.display()),
            _ => String::new(),
        };
        if self.t().is_untyped(op.ty) {
            return format!("{s} ({ts} {mode}{val})");
        }
        let kind = match self.t().get(op.ty) {
            Type::Named(_) => match self.t().under_type(op.ty) {
                Type::Basic(b) => format!("{} ", b.name()),
                Type::Pointer(_) => "pointer ".into(),
                Type::Slice(_) => "slice ".into(),
                Type::Array(..) => "array ".into(),
                Type::Map(..) => "map ".into(),
                Type::Chan(..) => "chan ".into(),
                Type::Struct(_) => "struct ".into(),
                Type::Func(_) => "func ".into(),
                Type::Interface(_) => "interface ".into(),
                _ => String::new(),
            },
            _ => String::new(),
        };
        format!("{s} ({mode}{val} of {kind}type {ts})")
    }

    // ---- statements ----

    fn collect_labels(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            if let StmtKind::Labeled { label, stmt } = &s.kind {
                let id = self.new_obj(&label.name, label.pos, ObjKind::Label, INVALID);
                if let Some(f) = self.funcs.last_mut() {
                    if let Some(&(first, _)) = f.labels.get(label.name.as_str()) {
                        let at = crate::diag::pos_ref(self.info.objects[first as usize].pos);
                        self.diags.error(label.pos, format!("label {} already defined at {at}", label.name));
                    } else {
                        f.labels.insert(label.name.to_string(), (id, false));
                    }
                }
                self.collect_labels(std::slice::from_ref(stmt));
            }
            match &s.kind {
                StmtKind::Block(b) => self.collect_labels(&b.stmts),
                StmtKind::If { then, els, .. } => {
                    self.collect_labels(&then.stmts);
                    if let Some(e) = els {
                        self.collect_labels(std::slice::from_ref(e));
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => self.collect_labels(&body.stmts),
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    for c in clauses {
                        self.collect_labels(&c.body);
                    }
                }
                StmtKind::Select { clauses, .. } => {
                    for c in clauses {
                        self.collect_labels(&c.body);
                    }
                }
                _ => {}
            }
        }
    }

    fn block_stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn open_scope(&mut self) {
        self.scopes.open();
    }

    fn close_scope(&mut self) {
        self.scopes.close();
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Decl(d) => match d {
                Decl::Var(specs) => {
                    for spec in specs {
                        self.check_var_spec(spec, false);
                    }
                }
                Decl::Const(specs) => {
                    for i in 0..specs.len() {
                        self.check_const_spec(specs, i, false);
                    }
                }
                Decl::Type(specs) => {
                    for spec in specs {
                        let id = self.new_obj(&spec.name.name, spec.name.pos, ObjKind::TypeName, INVALID);
                        self.declare_local(&spec.name, id);
                        self.check_type_spec(spec, id);
                    }
                }
                _ => {}
            },
            StmtKind::Labeled { label, stmt } => {
                let is_loop = matches!(stmt.kind, StmtKind::For { .. } | StmtKind::Range { .. });
                let is_breakable = is_loop || matches!(stmt.kind, StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select { .. });
                // A duplicate label does not label its statement.
                let first = self.funcs.last().and_then(|f| f.labels.get(label.name.as_str())).map(|&(id, _)| self.info.objects[id as usize].pos);
                let name = (first == Some(label.pos)).then(|| label.name.to_string());
                if is_breakable {
                    self.breakables.push((is_loop, name));
                    self.stmt_breakable(stmt, true);
                    self.breakables.pop();
                } else {
                    self.stmt(stmt);
                }
            }
            StmtKind::Expr(e) => {
                let op = self.expr_multi(e);
                let is_call = matches!(strip_parens(e).kind, ExprKind::Call { .. });
                let is_recv = matches!(strip_parens(e).kind, ExprKind::Unary(UnaryOp::Recv, _));
                if op.mode != Mode::Invalid && !is_call && !is_recv {
                    let s = expr_string(e);
                    self.error(e.pos, format!("{s} ({}) is not used", self.describe_unused(&op)));
                } else if is_call && op.mode != Mode::Invalid {
                    if let ExprKind::Call { fun, .. } = &strip_parens(e).kind {
                        if let Some(info) = self.info.exprs.get(&fun.id) {
                            if info.is_type {
                                let s = expr_string(e);
                                self.error(e.pos, format!("{s} ({}) is not used", self.describe_unused(&op)));
                            }
                        }
                        if let Mode::Builtin(_) = self.builtin_of(fun) {
                            let b = self.builtin_of(fun);
                            if let Mode::Builtin(b) = b {
                                if !matches!(b, Builtin::Print | Builtin::Println | Builtin::Panic | Builtin::Copy | Builtin::Delete | Builtin::Clear | Builtin::Close | Builtin::Recover) {
                                    let s = expr_string(e);
                                    self.error(e.pos, format!("{s} ({}) is not used", self.describe_unused(&op)));
                                }
                            }
                        }
                    }
                }
            }
            StmtKind::Send { ch, value } => self.send_stmt(ch, value),
            StmtKind::IncDec { x, inc } => {
                let mut op = self.expr(x, None);
                if op.mode == Mode::Invalid {
                    return;
                }
                if !self.t().basic_of(op.ty).map(|b| b.is_numeric()).unwrap_or(false) {
                    let s = expr_string(x);
                    let o = if *inc { "++" } else { "--" };
                    self.error(x.pos, format!("invalid operation: {s}{o} (non-numeric type {})", self.ty_str(op.ty)));
                    return;
                }
                self.check_assignable_lhs(x, &mut op);
            }
            StmtKind::Assign { lhs, op, op_pos, rhs } => self.assign_stmt(lhs, *op, *op_pos, rhs, s.pos),
            StmtKind::Go(e) => self.go_stmt(s, e, "go"),
            StmtKind::Defer(e) => {
                self.info.uses_defer = true;
                self.go_stmt(s, e, "defer")
            }
            StmtKind::Return(results) => self.return_stmt(s.pos, results),
            StmtKind::Branch { kind, label } => self.branch_stmt(s.pos, *kind, label.as_ref()),
            StmtKind::Block(b) => {
                self.open_scope();
                self.block_stmts(&b.stmts);
                self.close_scope();
            }
            StmtKind::If { init, cond, then, els } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.condition(cond, "if statement");
                self.open_scope();
                self.block_stmts(&then.stmts);
                self.close_scope();
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.close_scope();
            }
            StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select { .. } | StmtKind::For { .. } | StmtKind::Range { .. } => {
                let is_loop = matches!(s.kind, StmtKind::For { .. } | StmtKind::Range { .. });
                self.breakables.push((is_loop, None));
                self.stmt_breakable(s, false);
                self.breakables.pop();
            }
        }
    }

    fn builtin_of(&self, fun: &Expr) -> Mode {
        match self.info.uses.get(&strip_parens(fun).id) {
            Some(&id) => match self.info.objects[id as usize].kind {
                ObjKind::Builtin(b) => Mode::Builtin(b),
                _ => Mode::Value,
            },
            None => Mode::Value,
        }
    }

    fn describe_unused(&self, op: &Operand) -> String {
        match op.mode {
            Mode::Const => {
                let v = op.val.as_ref().map(|v| v.display()).unwrap_or_default();
                if self.t().is_untyped(op.ty) {
                    format!("{} constant {v}", self.ty_str(op.ty))
                } else {
                    format!("constant {v} of type {}", self.ty_str(op.ty))
                }
            }
            Mode::Var => format!("variable of type {}", self.ty_str(op.ty)),
            Mode::Type => "type".to_string(),
            _ => format!("value of type {}", self.ty_str(op.ty)),
        }
    }

    /// Loops, switches and selects; `labeled` tells whether the breakable entry was pushed by a label.
    fn stmt_breakable(&mut self, s: &Stmt, _labeled: bool) {
        match &s.kind {
            StmtKind::For { init, cond, post, body } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.condition(c, "for loop");
                }
                if let Some(p) = post {
                    if let StmtKind::Assign { op: AssignOp::Define, .. } = p.kind {
                        self.error(p.pos, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(p);
                    }
                }
                self.open_scope();
                self.block_stmts(&body.stmts);
                self.close_scope();
                self.close_scope();
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.open_scope();
                let op = self.expr(x, None);
                let (kt, vt) = match self.t().under_type(op.ty).clone() {
                    Type::Basic(b) if b.is_integer() => {
                        if value.is_some() {
                            let s = expr_string(x);
                            self.error(value.as_ref().map(|v| v.pos).unwrap_or(x.pos), format!("range over {s} permits only one iteration variable"));
                        }
                        let kt = if b.is_untyped() {
                            let d = self.default_type(op.ty);
                            self.set_type(x, d, op.val.clone().and_then(|v| v.convert(Basic::Int).ok()));
                            d
                        } else {
                            op.ty
                        };
                        (kt, INVALID)
                    }
                    Type::Chan(..) => {
                        let el = self.range_chan(x, op.ty, value.as_ref()).unwrap_or(INVALID);
                        (el, INVALID)
                    }
                    _ if op.mode == Mode::Invalid => (INVALID, INVALID),
                    _ if self.range_data(x, op.ty).is_some() => self.range_data(x, op.ty).unwrap_or((INVALID, INVALID)),
                    _ => {
                        let s = expr_string(x);
                        self.error(x.pos, format!("cannot range over {s} (variable of type {}) (not supported yet)", self.ty_str(op.ty)));
                        (INVALID, INVALID)
                    }
                };
                if *define {
                    for (e, t) in [(key, kt), (value, vt)] {
                        if let Some(e) = e {
                            if let ExprKind::Ident(name) = &e.kind {
                                let id = self.new_obj(name, e.pos, ObjKind::Var, t);
                                self.info.defs.insert(e.pos, id);
                                self.info.exprs.insert(e.id, ExprInfo { ty: t, val: None, is_type: false });
                                self.declare_local_name(name, e.pos, id);
                                if let Some(f) = self.funcs.last_mut() {
                                    f.locals.push(id);
                                }
                            } else {
                                self.error(e.pos, format!("non-name {} on left side of :=", expr_string(e)));
                            }
                        }
                    }
                } else {
                    for (e, t) in [(key, kt), (value, vt)] {
                        if let Some(e) = e {
                            let mut lop = self.expr(e, None);
                            self.check_assignable_lhs(e, &mut lop);
                            if lop.mode != Mode::Invalid && t != INVALID && !self.assignable(t, lop.ty) {
                                self.error(e.pos, format!("cannot use {} (value of type {}) as {} value in range", expr_string(e), self.ty_str(t), self.ty_str(lop.ty)));
                            }
                        }
                    }
                }
                self.open_scope();
                self.block_stmts(&body.stmts);
                self.close_scope();
                self.close_scope();
            }
            StmtKind::Switch { init, tag, clauses, .. } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                let tag_op = match tag {
                    Some(t) => {
                        let mut op = self.expr(t, None);
                        self.single_value(&mut op, t);
                        if op.mode != Mode::Invalid && self.t().is_untyped(op.ty) {
                            if self.t().basic_of(op.ty) == Some(Basic::UntypedNil) {
                                self.error(t.pos, "use of untyped nil in switch expression");
                            }
                            let d = self.default_type(op.ty);
                            self.assign_op(&mut op, d, t, "switch expression");
                        }
                        Some(op)
                    }
                    None => None,
                };
                let mut seen_default: Option<Pos> = None;
                let mut seen_consts: Vec<(Const, Pos)> = Vec::new();
                for (ci, c) in clauses.iter().enumerate() {
                    match &c.exprs {
                        None => {
                            match seen_default {
                                Some(first) => self.error(c.pos, format!("multiple defaults (first at {})", crate::diag::pos_ref(first))),
                                None => seen_default = Some(c.pos),
                            }
                        }
                        Some(exprs) => {
                            for e in exprs {
                                match (&tag_op, tag) {
                                    (Some(top), Some(te)) => {
                                        if top.mode == Mode::Invalid {
                                            self.expr(e, None);
                                            continue;
                                        }
                                        let mut op = self.expr(e, Some(top.ty));
                                        self.single_value(&mut op, e);
                                        self.comparison_operands(&mut op, e, top.ty, te, BinaryOp::Eq, e.pos, true);
                                        if let Some(v) = self.info.const_value(e).cloned() {
                                            if let Some((_, prev)) = seen_consts.iter().find(|(pv, _)| *pv == v) {
                                                let (_, l, c2) = (0, *prev, 0);
                                                let _ = c2;
                                                let _ = l;
                                                let s = self.operand_string(e, &op);
                                                self.error(e.pos, format!("duplicate case {s} in expression switch"));
                                            } else {
                                                seen_consts.push((v, e.pos));
                                            }
                                        }
                                    }
                                    _ => {
                                        let mut op = self.expr(e, None);
                                        self.single_value(&mut op, e);
                                        if op.mode != Mode::Invalid {
                                            if !self.t().basic_of(op.ty).map(|b| b.is_boolean()).unwrap_or(false) {
                                                self.error(e.pos, format!("invalid case {} in switch (mismatched types {} and bool)", expr_string(e), self.ty_str(op.ty)));
                                            } else {
                                                let b = self.basic(Basic::Bool);
                                                self.assign_op(&mut op, b, e, "switch case");
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    self.open_scope();
                    self.block_stmts(&c.body);
                    if let Some(last) = c.body.last() {
                        if let StmtKind::Branch { kind: BranchKind::Fallthrough, .. } = last.kind {
                            if ci + 1 == clauses.len() {
                                self.error(last.pos, "cannot fallthrough final case in switch");
                            }
                        }
                    }
                    self.close_scope();
                }
                self.close_scope();
            }
            StmtKind::TypeSwitch { init, bind, x, clauses, .. } => self.type_switch(init.as_deref(), bind.as_ref(), x, clauses),
            StmtKind::Select { clauses, .. } => self.select_stmt(clauses),
            _ => self.stmt(s),
        }
    }

    fn condition(&mut self, cond: &Expr, what: &str) {
        let mut op = self.expr(cond, None);
        self.single_value(&mut op, cond);
        if op.mode == Mode::Invalid {
            return;
        }
        if !self.t().basic_of(op.ty).map(|b| b.is_boolean()).unwrap_or(false) {
            let s = self.operand_string(cond, &op);
            self.error(cond.pos, format!("non-boolean condition in {}", what.replace(" loop", " statement")));
            let _ = s;
            return;
        }
        let b = self.basic(Basic::Bool);
        if self.t().is_untyped(op.ty) {
            self.assign_op(&mut op, b, cond, what);
        }
    }

    fn branch_stmt(&mut self, pos: Pos, kind: BranchKind, label: Option<&Ident>) {
        match kind {
            BranchKind::Goto => {
                if let Some(l) = label {
                    self.use_label(l, "goto");
                }
            }
            BranchKind::Fallthrough => {}
            BranchKind::Break | BranchKind::Continue => {
                let word = if kind == BranchKind::Break { "break" } else { "continue" };
                match label {
                    Some(l) => {
                        if !self.use_label(l, word) {
                            return;
                        }
                        let found = self.breakables.iter().rev().find(|(_, n)| n.as_deref() == Some(&l.name)).cloned();
                        match found {
                            None => self.error(l.pos, format!("invalid {word} label {}", l.name)),
                            Some((is_loop, _)) if kind == BranchKind::Continue && !is_loop => {
                                self.error(l.pos, format!("invalid continue label {}", l.name))
                            }
                            _ => {}
                        }
                    }
                    None => {
                        if kind == BranchKind::Break && self.breakables.is_empty() {
                            self.error(pos, "break is not in a loop, switch, or select");
                        } else if kind == BranchKind::Continue && !self.breakables.iter().any(|(l, _)| *l) {
                            self.error(pos, "continue is not in a loop");
                        }
                    }
                }
            }
        }
    }

    fn use_label(&mut self, l: &Ident, word: &str) -> bool {
        let found = self.funcs.last_mut().and_then(|f| f.labels.get_mut(l.name.as_str()));
        match found {
            Some(entry) => {
                entry.1 = true;
                let id = entry.0;
                self.info.defs.insert(l.pos, id);
                true
            }
            None => {
                if word == "goto" {
                    self.error(l.pos, format!("label {} not defined", l.name));
                } else {
                    self.error(l.pos, format!("{word} label not defined: {}", l.name));
                }
                false
            }
        }
    }

    fn return_stmt(&mut self, pos: Pos, results: &[Expr]) {
        let Some(ctx) = self.funcs.last() else { return };
        let want = ctx.results.clone();
        let named = ctx.named_results;
        if results.is_empty() {
            if !want.is_empty() && !named {
                self.error(pos, "not enough return values\n\thave ()\n\twant (".to_string() + &self.type_list(&want) + ")");
            }
            return;
        }
        if results.len() == 1 && want.len() > 1 {
            let op = self.expr_multi(&results[0]);
            let got = self.tuple_types(&op);
            if op.mode != Mode::Invalid && (got.len() != want.len() || !got.iter().zip(&want).all(|(g, w)| self.assignable(*g, *w))) {
                let msg = if got.len() < want.len() { "not enough return values" } else { "too many return values" };
                self.error(results[0].pos, format!("{msg}\n\thave ({})\n\twant ({})", self.type_list(&got), self.type_list(&want)));
            }
            return;
        }
        if results.len() != want.len() {
            let ops: Vec<Operand> = results.iter().map(|r| self.expr(r, None)).collect();
            let got: Vec<TypeId> = ops.iter().map(|o| o.ty).collect();
            if want.is_empty() {
                self.error(results[0].pos, "too many return values\n\thave (".to_string() + &self.type_list_ops(&ops, results) + ")\n\twant ()");
            } else {
                let msg = if results.len() < want.len() { "not enough return values" } else { "too many return values" };
                let _ = got;
                self.error(results[0].pos, format!("{msg}\n\thave ({})\n\twant ({})", self.type_list_ops(&ops, results), self.type_list(&want)));
            }
            return;
        }
        for (r, w) in results.iter().zip(want) {
            let mut op = self.expr(r, Some(w));
            self.single_value(&mut op, r);
            self.assign_op(&mut op, w, r, "return statement");
        }
    }

    fn type_list(&self, ts: &[TypeId]) -> String {
        ts.iter().map(|t| self.ty_str(*t)).collect::<Vec<_>>().join(", ")
    }

    fn type_list_ops(&self, ops: &[Operand], es: &[Expr]) -> String {
        ops.iter()
            .zip(es)
            .map(|(o, e)| if o.mode == Mode::Const && self.t().is_untyped(o.ty) { "number".to_string() } else { let _ = e; self.ty_str(o.ty) })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn assign_stmt(&mut self, lhs: &[Expr], op: AssignOp, op_pos: Pos, rhs: &[Expr], pos: Pos) {
        let _ = pos;
        if let ([l], [r]) = (lhs, rhs) {
            self.single_assign = Some((r.id, l.pos));
        }
        match op {
            AssignOp::Op(bop) => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error(op_pos, format!("assignment operation {}= requires single-valued expressions", bop.as_str()));
                    return;
                }
                let mut l = self.expr(&lhs[0], None);
                if l.mode == Mode::Invalid {
                    self.expr(&rhs[0], None);
                    return;
                }
                let r = self.expr(&rhs[0], Some(l.ty));
                let res = self.binary_ops(l.clone(), r, &lhs[0], &rhs[0], bop, op_pos, None);
                self.check_assignable_lhs(&lhs[0], &mut l);
                if res.mode != Mode::Invalid && l.mode != Mode::Invalid && !self.t().identical(res.ty, l.ty) && !self.t().is_untyped(res.ty) {
                    self.error(op_pos, format!("cannot use result of {} as {} value", bop.as_str(), self.ty_str(l.ty)));
                }
            }
            AssignOp::Define => {
                // New variables for names not yet declared in this scope; at least one must be new.
                let mut rtypes = std::mem::take(&mut self.assign_lists.rtypes);
                rtypes.clear();
                let mut ok = true;
                if rhs.len() == 1 && lhs.len() > 1 {
                    let o = self.expr_multi(&rhs[0]);
                    let ts = self.tuple_types(&o);
                    if o.mode != Mode::Invalid && ts.len() != lhs.len() {
                        self.assignment_mismatch(lhs[0].pos, lhs.len(), &rhs[0], &o, ts.len());
                        ok = false;
                    }
                    rtypes.extend(ts.into_iter().map(|t| (t, true)));
                    if o.mode == Mode::Invalid {
                        ok = false;
                    }
                } else if lhs.len() != rhs.len() {
                    for r in rhs {
                        self.expr(r, None);
                    }
                    self.error(lhs[0].pos, format!("assignment mismatch: {} variable{} but {} value{}", lhs.len(), if lhs.len() == 1 { "" } else { "s" }, rhs.len(), if rhs.len() == 1 { "" } else { "s" }));
                    ok = false;
                }
                // Left side first (to know declared types), then values.
                let mut targets = std::mem::take(&mut self.assign_lists.targets);
                targets.clear();
                // Indices in `lhs` of the new variables.
                let mut new_vars = std::mem::take(&mut self.assign_lists.new_vars);
                new_vars.clear();
                for (i, l) in lhs.iter().enumerate() {
                    match &l.kind {
                        ExprKind::Ident(name) => {
                            let existing = if name == "_" { None } else { self.scopes.innermost(&self.info.objects, name) };
                            match existing {
                                Some(id) => {
                                    self.info.uses.insert(l.id, id);
                                    targets.push(Some(id));
                                }
                                None => {
                                    new_vars.push(i);
                                    targets.push(None);
                                }
                            }
                        }
                        _ => {
                            self.error(l.pos, format!("non-name {} on left side of :=", expr_string(l)));
                            targets.push(None);
                            ok = false;
                        }
                    }
                }
                if ok && new_vars.iter().all(|&i| matches!(&lhs[i].kind, ExprKind::Ident(n) if n == "_")) && lhs.iter().all(|l| matches!(l.kind, ExprKind::Ident(_))) {
                    self.error(op_pos, "no new variables on left side of :=");
                }
                if rhs.len() == lhs.len() {
                    for (i, r) in rhs.iter().enumerate() {
                        let hint = targets[i].map(|id| self.info.objects[id as usize].ty);
                        let mut o = self.expr(r, hint);
                        self.single_value(&mut o, r);
                        let t = match targets[i] {
                            Some(id) => {
                                let t = self.info.objects[id as usize].ty;
                                self.assign_op(&mut o, t, r, "assignment");
                                t
                            }
                            None => {
                                if o.mode != Mode::Invalid && self.t().basic_of(o.ty) == Some(Basic::UntypedNil) {
                                    self.error(r.pos, "use of untyped nil in assignment");
                                    o.mode = Mode::Invalid;
                                } else if o.mode == Mode::Type {
                                    self.error(r.pos, format!("{} (type) is not an expression", expr_string(r)));
                                    o.mode = Mode::Invalid;
                                } else if o.mode == Mode::NoValue {
                                    o.mode = Mode::Invalid;
                                }
                                let d = self.default_type(o.ty);
                                self.assign_op(&mut o, d, r, "assignment");
                                d
                            }
                        };
                        rtypes.push((if o.mode == Mode::Invalid { INVALID } else { t }, true));
                    }
                } else if rtypes.is_empty() {
                    rtypes.resize(lhs.len(), (INVALID, false));
                }
                for &i in &new_vars {
                    let t = rtypes.get(i).map(|x| x.0).unwrap_or(INVALID);
                    let l = &lhs[i];
                    let ExprKind::Ident(name) = &l.kind else { continue };
                    let id = self.new_obj(name, l.pos, ObjKind::Var, t);
                    self.info.exprs.insert(l.id, ExprInfo { ty: t, val: None, is_type: false });
                    self.declare_local_name(name, l.pos, id);
                    if let Some(f) = self.funcs.last_mut() {
                        f.locals.push(id);
                    }
                }
                for (i, l) in lhs.iter().enumerate() {
                    if let Some(id) = targets[i] {
                        let t = self.info.objects[id as usize].ty;
                        self.info.exprs.insert(l.id, ExprInfo { ty: t, val: None, is_type: false });
                        if rhs.len() == 1 && lhs.len() > 1 {
                            if let Some((rt, _)) = rtypes.get(i) {
                                if !self.assignable(*rt, t) {
                                    self.error(l.pos, format!("cannot use {} value as {} value in assignment", self.ty_str(*rt), self.ty_str(t)));
                                }
                            }
                        }
                    }
                }
                self.assign_lists.targets = targets;
                self.assign_lists.new_vars = new_vars;
                self.assign_lists.rtypes = rtypes;
            }
            AssignOp::Assign => {
                let mut lops = std::mem::take(&mut self.assign_lists.lops);
                lops.clear();
                for l in lhs {
                    if let ExprKind::Ident(n) = &l.kind {
                        if n == "_" {
                            self.info.exprs.insert(l.id, ExprInfo { ty: INVALID, val: None, is_type: false });
                            lops.push(None);
                            continue;
                        }
                    }
                    let mut o = self.expr_lhs(l);
                    self.check_assignable_lhs(l, &mut o);
                    lops.push(Some(o));
                }
                if rhs.len() == 1 && lhs.len() > 1 {
                    let o = self.expr_multi(&rhs[0]);
                    let ts = self.tuple_types(&o);
                    if o.mode == Mode::Invalid {
                        return;
                    }
                    if ts.len() != lhs.len() {
                        self.assignment_mismatch(lhs[0].pos, lhs.len(), &rhs[0], &o, ts.len());
                        return;
                    }
                    for (i, t) in ts.iter().enumerate() {
                        if let Some(Some(l)) = lops.get(i) {
                            if l.mode != Mode::Invalid && !self.assignable(*t, l.ty) {
                                self.error(rhs[0].pos, format!("cannot use {} value as {} value in assignment", self.ty_str(*t), self.ty_str(l.ty)));
                            }
                        }
                    }
                    return;
                }
                if lhs.len() != rhs.len() {
                    for r in rhs {
                        self.expr(r, None);
                    }
                    self.error(lhs[0].pos, format!("assignment mismatch: {} variable{} but {} value{}", lhs.len(), if lhs.len() == 1 { "" } else { "s" }, rhs.len(), if rhs.len() == 1 { "" } else { "s" }));
                    return;
                }
                for (i, r) in rhs.iter().enumerate() {
                    let target = lops[i].as_ref().filter(|o| o.mode != Mode::Invalid).map(|o| o.ty);
                    let mut o = self.expr(r, target);
                    self.single_value(&mut o, r);
                    match target {
                        Some(t) => self.assign_op(&mut o, t, r, "assignment"),
                        None => {
                            if lops[i].is_none() && o.mode != Mode::Invalid {
                                if self.t().basic_of(o.ty) == Some(Basic::UntypedNil) {
                                    self.error(r.pos, "use of untyped nil in assignment");
                                } else {
                                    let d = self.default_type(o.ty);
                                    self.assign_op(&mut o, d, r, "assignment");
                                }
                            }
                        }
                    }
                }
                self.assign_lists.lops = lops;
            }
        }
    }

    /// Evaluates the left side of an assignment without counting it as a use.
    fn expr_lhs(&mut self, l: &Expr) -> Operand {
        if let ExprKind::Ident(name) = &l.kind {
            if let Some(id) = self.lookup(name) {
                let o = &self.info.objects[id as usize];
                if o.kind == ObjKind::Var && !o.global {
                    let was_used = o.used;
                    let op = self.expr(l, None);
                    self.info.objects[id as usize].used = was_used;
                    return op;
                }
            }
        }
        self.expr(l, None)
    }

    fn check_assignable_lhs(&mut self, e: &Expr, op: &mut Operand) {
        if op.mode == Mode::Invalid || op.mode == Mode::Var {
            return;
        }
        if let ExprKind::Index(x, _) = &strip_parens(e).kind {
            let xt = self.info.exprs.get(&x.id).map(|i| i.ty).unwrap_or(INVALID);
            if matches!(self.t().under_type(xt), Type::Map(..)) {
                return;
            }
        }
        let s = expr_string(e);
        self.error(e.pos, format!("cannot assign to {s} (neither addressable nor a map index expression)"));
        op.mode = Mode::Invalid;
    }

    fn assignment_mismatch(&mut self, pos: Pos, nvars: usize, rhs: &Expr, op: &Operand, nvals: usize) {
        let _ = op;
        let vars = format!("{nvars} variable{}", if nvars == 1 { "" } else { "s" });
        if let ExprKind::Call { fun, .. } = &strip_parens(rhs).kind {
            let f = expr_string(fun);
            self.error(pos, format!("assignment mismatch: {vars} but {f} returns {nvals} value{}", if nvals == 1 { "" } else { "s" }));
        } else {
            self.error(pos, format!("assignment mismatch: {vars} but {nvals} value{}", if nvals == 1 { "" } else { "s" }));
        }
    }

    fn tuple_types(&self, op: &Operand) -> Vec<TypeId> {
        if op.mode == Mode::NoValue {
            return Vec::new();
        }
        if op.mode == Mode::CommaOk {
            return vec![op.ty, self.info.types.basic_id(Basic::Bool)];
        }
        match self.t().get(op.ty) {
            Type::Tuple(ts) => ts.clone(),
            _ => vec![op.ty],
        }
    }

    fn is_terminating_list(&self, stmts: &[Stmt]) -> bool {
        stmts.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty)).map(|s| self.is_terminating(s, None)).unwrap_or(false)
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Branch { kind: BranchKind::Goto, .. } => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { fun, .. } = &strip_parens(e).kind {
                    return matches!(self.builtin_of(fun), Mode::Builtin(Builtin::Panic));
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts),
            StmtKind::Labeled { label, stmt } => self.is_terminating(stmt, Some(&label.name)),
            StmtKind::If { then, els, .. } => {
                els.as_ref().map(|e| self.is_terminating(e, None)).unwrap_or(false) && self.is_terminating_list(&then.stmts)
            }
            StmtKind::For { cond: None, body, .. } => !has_break(&body.stmts, label, true),
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| c.exprs.is_none())
                    && clauses.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body)
                                || matches!(c.body.last().map(|s| &s.kind), Some(StmtKind::Branch { kind: BranchKind::Fallthrough, .. })))
                    })
            }
            StmtKind::Select { clauses, .. } => clauses.iter().all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body)),
            _ => false,
        }
    }

    // ---- expressions ----

    /// An expression that may be multi-valued (a call) or comma-ok.
    fn expr_multi(&mut self, e: &Expr) -> Operand {
        self.expr_inner(e, None, true)
    }

    fn expr(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        self.expr_inner(e, hint, false)
    }

    /// Reports a multi-valued or no-value operand used as a single value.
    fn single_value(&mut self, op: &mut Operand, e: &Expr) {
        match op.mode {
            Mode::NoValue => {
                let s = expr_string(e);
                self.error(e.pos, format!("{s} (no value) used as value"));
                op.mode = Mode::Invalid;
            }
            _ => {
                if let Type::Tuple(ts) = self.t().get(op.ty) {
                    let n = ts.len();
                    if let Some((id, pos)) = self.single_assign {
                        if id == e.id {
                            let o = op.clone();
                            self.assignment_mismatch(pos, 1, e, &o, n);
                            op.mode = Mode::Invalid;
                            return;
                        }
                    }
                    let s = expr_string(e);
                    self.error(e.pos, format!("multiple-value {s} (value of type {}) in single-value context", self.ty_str(op.ty)));
                    let _ = n;
                    op.mode = Mode::Invalid;
                }
            }
        }
    }

    fn expr_inner(&mut self, e: &Expr, hint: Option<TypeId>, multi: bool) -> Operand {
        let mut op = self.expr_kind(e, hint, multi);
        op.id = e.id;
        if op.mode != Mode::Invalid && !matches!(op.mode, Mode::Builtin(_)) {
            self.info.exprs.insert(e.id, ExprInfo { ty: op.ty, val: op.val.clone(), is_type: op.mode == Mode::Type });
        }
        if !multi && op.mode != Mode::Invalid && op.mode != Mode::Type {
            if let Type::Tuple(_) = self.t().get(op.ty) {
                self.single_value(&mut op, e);
            }
        }
        op
    }

    fn expr_kind(&mut self, e: &Expr, hint: Option<TypeId>, multi: bool) -> Operand {
        let inv = Operand::invalid(e.id);
        match &e.kind {
            ExprKind::Bad => inv,
            ExprKind::Ident(name) => self.ident(e, name),
            ExprKind::BasicLit { kind, raw } => {
                let b = match kind {
                    LitKind::Int => Basic::UntypedInt,
                    LitKind::Float => Basic::UntypedFloat,
                    LitKind::Char => Basic::UntypedRune,
                    LitKind::String => Basic::UntypedString,
                    LitKind::Imag => {
                        self.error(e.pos, "complex numbers are not supported yet");
                        return inv;
                    }
                };
                match Const::from_literal(*kind, raw) {
                    Some(v) => Operand { mode: Mode::Const, ty: self.basic(b), val: Some(v), id: e.id },
                    None => {
                        if *kind == LitKind::Int {
                            self.error(e.pos, "integer constant overflow");
                        }
                        inv
                    }
                }
            }
            ExprKind::Paren(x) => {
                let op = self.expr_inner(x, hint, multi);
                if let Some(&id) = self.info.uses.get(&x.id) {
                    self.info.uses.insert(e.id, id);
                }
                op
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Call { fun, args, ellipsis, rparen } => self.call(e, fun, args, *ellipsis, *rparen, hint),
            ExprKind::Unary(UnaryOp::Recv, x) => self.recv_expr(e, x, multi),
            ExprKind::Unary(op, x) => self.unary(e, *op, x, hint),
            ExprKind::Binary { op, op_pos, xy } => {
                let [x, y] = &**xy;
                let l = self.expr(x, hint.filter(|_| !op.is_comparison() && !matches!(op, BinaryOp::Shl | BinaryOp::Shr | BinaryOp::LogAnd | BinaryOp::LogOr)));
                let r = if matches!(op, BinaryOp::Shl | BinaryOp::Shr) { self.expr(y, None) } else { self.expr(y, if op.is_comparison() { Some(l.ty) } else { hint }) };
                self.binary_ops(l, r, x, y, *op, *op_pos, Some(e))
            }
            ExprKind::Star(x) => {
                let op = self.expr(x, None);
                match op.mode {
                    Mode::Invalid => inv,
                    Mode::Type => {
                        let t = self.info.types.intern(Type::Pointer(op.ty));
                        Operand { mode: Mode::Type, ty: t, val: None, id: e.id }
                    }
                    _ => match self.t().under_type(op.ty).clone() {
                        Type::Pointer(elem) => Operand { mode: Mode::Var, ty: elem, val: None, id: e.id },
                        _ => {
                            if self.t().basic_of(op.ty) == Some(Basic::UntypedNil) {
                                self.error(e.pos, "invalid operation: cannot indirect nil");
                            } else {
                                let s = self.operand_string(x, &op);
                                self.error(e.pos, format!("invalid operation: cannot indirect {s}"));
                            }
                            inv
                        }
                    },
                }
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.type_expr_inner(e);
                if t == INVALID {
                    return inv;
                }
                Operand { mode: Mode::Type, ty: t, val: None, id: e.id }
            }
            ExprKind::CompositeLit { ty, elts, rbrace } => self.composite_lit(e, ty.as_deref(), elts, *rbrace, hint),
            ExprKind::FuncLit { ty, body } => self.func_lit(e, ty, body),
            ExprKind::Index(x, idx) => self.index_expr(e, x, idx, multi),
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref()),
            ExprKind::TypeAssert { x, ty } => self.type_assert(e, x, ty.as_deref(), multi),
        }
    }

    fn ident(&mut self, e: &Expr, name: &str) -> Operand {
        let inv = Operand::invalid(e.id);
        if name == "_" {
            self.error(e.pos, "cannot use _ as value");
            return inv;
        }
        let Some(id) = self.lookup(name) else {
            if !self.failed_imports.contains(name) {
                self.error(e.pos, format!("undefined: {name}"));
            }
            return inv;
        };
        self.info.uses.insert(e.id, id);
        self.note_capture(name, id);
        // Marked only once: writing to a prelude object (`int64`, a runtime function) copies
        // it into the table's patches, which every later read then looks through.
        if !self.info.objects[id as usize].used {
            self.info.objects[id as usize].used = true;
        }
        if self.info.objects[id as usize].global {
            if let Some(&cur) = self.decl_stack.last() {
                self.deps.entry(cur).or_default().push(id);
            }
            self.resolve(id);
        }
        let o = &self.info.objects[id as usize];
        match &o.kind {
            ObjKind::Const(v) => {
                if o.name == "iota" && o.pkg.is_empty() {
                    return match self.iota {
                        Some(i) => Operand { mode: Mode::Const, ty: o.ty, val: Some(Const::int(i)), id: e.id },
                        None => {
                            self.error(e.pos, "cannot use iota outside constant declaration");
                            inv
                        }
                    };
                }
                match v {
                    Some(v) => Operand { mode: Mode::Const, ty: o.ty, val: Some(v.clone()), id: e.id },
                    None => inv,
                }
            }
            ObjKind::Var => {
                if o.ty == INVALID {
                    return inv;
                }
                Operand { mode: Mode::Var, ty: o.ty, val: None, id: e.id }
            }
            ObjKind::TypeName => {
                if o.ty == INVALID {
                    return inv;
                }
                Operand { mode: Mode::Type, ty: o.ty, val: None, id: e.id }
            }
            ObjKind::Func => {
                if o.ty == INVALID {
                    return inv;
                }
                Operand { mode: Mode::Value, ty: o.ty, val: None, id: e.id }
            }
            ObjKind::Builtin(b) => Operand { mode: Mode::Builtin(*b), ty: INVALID, val: None, id: e.id },
            ObjKind::Nil => Operand { mode: Mode::Value, ty: o.ty, val: None, id: e.id },
            ObjKind::PkgName(_) => {
                self.error(e.pos, format!("use of package {name} without selector"));
                inv
            }
            ObjKind::Label => inv,
        }
    }

    fn selector(&mut self, e: &Expr, x: &Expr, sel: &Ident) -> Operand {
        let inv = Operand::invalid(e.id);
        if let ExprKind::Ident(pkg) = &x.kind {
            if let Some(id) = self.lookup(pkg) {
                if let ObjKind::PkgName(path) = self.info.objects[id as usize].kind.clone() {
                    self.info.objects[id as usize].used = true;
                    self.info.uses.insert(x.id, id);
                    let member = self
                        .std_pkgs
                        .get(&path)
                        .and_then(|m| m.get(sel.name.as_str()))
                        .copied()
                        .or_else(|| self.info.packages.iter().find(|p| p.path == path).and_then(|p| p.scope.get(sel.name.as_str())).copied());
                    let Some(mid) = member.filter(|_| sel.name.starts_with(|c: char| c.is_uppercase()) || path == "runtime") else {
                        self.error(sel.pos, format!("undefined: {pkg}.{}", sel.name));
                        return inv;
                    };
                    self.info.uses.insert(e.id, mid);
                    let o = self.info.objects[mid as usize].clone();
                    return match o.kind {
                        ObjKind::TypeName => Operand { mode: Mode::Type, ty: o.ty, val: None, id: e.id },
                        ObjKind::Builtin(b) => Operand { mode: Mode::Builtin(b), ty: INVALID, val: None, id: e.id },
                        ObjKind::Const(v) => Operand { mode: Mode::Const, ty: o.ty, val: v, id: e.id },
                        ObjKind::Var => Operand { mode: Mode::Var, ty: o.ty, val: None, id: e.id },
                        ObjKind::Func => Operand { mode: Mode::Value, ty: o.ty, val: None, id: e.id },
                        _ => inv,
                    };
                }
            }
        }
        let xo = self.expr(x, None);
        if xo.mode == Mode::Invalid {
            return inv;
        }
        // Fields (through pointers and embedded structs) and methods of named types.
        let (base, via_ptr) = match self.t().under_type(xo.ty) {
            Type::Pointer(e) => (*e, true),
            _ => (xo.ty, false),
        };
        if xo.mode != Mode::Type {
            if let Some(fp) = self.find_field(xo.ty, &sel.name) {
                let mode = if fp.via_ptr || xo.mode == Mode::Var { Mode::Var } else { Mode::Value };
                self.info.fields.insert(e.id, fp.path);
                return Operand { mode, ty: fp.ty, val: None, id: e.id };
            }
        }
        let _ = base;
        if xo.mode == Mode::Type && self.t().is_interface(xo.ty) {
            // `I.M`: M's signature with the interface value first.
            if let Some((iface::MethodLoc::Iface(it, i), _, _)) = self.lookup_method(xo.ty, &sel.name) {
                let Type::Interface(ms) = self.t().get(it).clone() else { return inv };
                let Type::Func(sig) = self.t().get(ms[i].sig).clone() else { return inv };
                self.info.iface_methods.insert(e.id, (it, i));
                let mut params = vec![xo.ty];
                params.extend(sig.params);
                let ty = self.info.types.intern(Type::Func(Signature { params, results: sig.results, variadic: sig.variadic }));
                return Operand { mode: Mode::Value, ty, val: None, id: e.id };
            }
        }
        if xo.mode != Mode::Type {
            if let Some((iface::MethodLoc::Iface(it, i), path, _)) = self.lookup_method(xo.ty, &sel.name) {
                if !path.is_empty() {
                    self.info.fields.insert(e.id, path);
                }
                self.info.iface_methods.insert(e.id, (it, i));
                let ty = match self.t().get(it) {
                    Type::Interface(ms) => ms[i].sig,
                    _ => INVALID,
                };
                return Operand { mode: Mode::Value, ty, val: None, id: e.id };
            }
        }
        if let Some((mid, path)) = self.find_method(xo.ty, &sel.name) {
            {
                // A pointer method may take the variable's address implicitly: keep it in
                // a cell (value methods on scalars pay one cell too).
                if path.is_empty() && xo.mode == Mode::Var && !matches!(self.t().under_type(xo.ty), Type::Pointer(_)) {
                    if let Some(&id) = self.info.uses.get(&strip_parens(x).id) {
                        self.info.objects[id as usize].escapes = true;
                    }
                }
                if !path.is_empty() {
                    self.info.fields.insert(e.id, path);
                }
                self.resolve(mid);
                let mut ty = self.info.objects[mid as usize].ty;
                self.info.uses.insert(e.id, mid);
                if xo.mode == Mode::Type {
                    ty = match self.method_expr_type(e, xo.ty, mid, sel) {
                        Some(t) => t,
                        None => return inv,
                    };
                }
                return Operand { mode: Mode::Value, ty, val: None, id: e.id };
            }
        }
        if xo.mode == Mode::Type {
            self.error(sel.pos, format!("method expressions are not supported yet"));
            return inv;
        }
        let s = expr_string(x);
        let what = if via_ptr || matches!(self.t().under_type(base), Type::Struct(_)) || self.t().is_named(base) {
            format!("type {} has no field or method {}", self.ty_str(xo.ty), sel.name)
        } else {
            format!("type {} has no field or method {}", self.ty_str(xo.ty), sel.name)
        };
        self.error(sel.pos, format!("{s}.{} undefined ({what})", sel.name));
        inv
    }

    fn unary(&mut self, e: &Expr, op: UnaryOp, x: &Expr, hint: Option<TypeId>) -> Operand {
        let inv = Operand::invalid(e.id);
        match op {
            UnaryOp::Addr => {
                let xo = self.expr(x, None);
                if xo.mode == Mode::Invalid {
                    return inv;
                }
                let lit = matches!(strip_parens(x).kind, ExprKind::CompositeLit { .. });
                if xo.mode != Mode::Var && !lit {
                    let s = self.operand_string(x, &xo);
                    // A map index is assignable but not addressable (gc names it so).
                    let is_map_index = matches!(&strip_parens(x).kind, ExprKind::Index(m, _) if matches!(self.t().under_type(self.info.exprs.get(&m.id).map(|i| i.ty).unwrap_or(INVALID)), Type::Map(..)));
                    if is_map_index {
                        let ts = self.ty_str(xo.ty);
                        self.error(x.pos, format!("invalid operation: cannot take address of {} (map index expression of type {ts})", expr_string(x)));
                        return inv;
                    }
                    self.error(e.pos, format!("invalid operation: cannot take address of {s}"));
                    return inv;
                }
                if let Some(&id) = self.info.uses.get(&strip_parens(x).id) {
                    self.info.objects[id as usize].escapes = true;
                }
                let t = self.info.types.intern(Type::Pointer(xo.ty));
                Operand { mode: Mode::Value, ty: t, val: None, id: e.id }
            }
            UnaryOp::Recv => {
                self.expr(x, None);
                self.error(e.pos, "channels are not supported yet");
                inv
            }
            UnaryOp::Tilde => {
                self.error(e.pos, "type constraints are not supported yet");
                inv
            }
            _ => {
                let mut xo = self.expr(x, hint);
                self.single_value(&mut xo, x);
                if xo.mode == Mode::Invalid {
                    return inv;
                }
                let b = self.t().basic_of(xo.ty);
                let ok = match op {
                    UnaryOp::Plus | UnaryOp::Neg => b.map(|b| b.is_numeric()).unwrap_or(false),
                    UnaryOp::Not => b.map(|b| b.is_boolean()).unwrap_or(false),
                    UnaryOp::Xor => b.map(|b| b.is_integer()).unwrap_or(false),
                    _ => false,
                };
                if !ok {
                    let s = self.operand_string(x, &xo);
                    self.error(e.pos, format!("invalid operation: operator {} not defined on {s}", op.as_str()));
                    return inv;
                }
                if let (Mode::Const, Some(v)) = (xo.mode, &xo.val) {
                    let b = b.unwrap_or(Basic::UntypedInt);
                    match v.unary(op, b) {
                        Some(r) => {
                            if !b.is_untyped() {
                                if let Err(m) = r.convert(b) {
                                    let _ = m;
                                    self.error(e.pos, format!("constant {} overflows {}", r.display(), self.ty_str(xo.ty)));
                                    return inv;
                                }
                            }
                            return Operand { mode: Mode::Const, ty: xo.ty, val: Some(r), id: e.id };
                        }
                        None => return inv,
                    }
                }
                Operand { mode: Mode::Value, ty: xo.ty, val: None, id: e.id }
            }
        }
    }

    /// Checks a comparison's operands, converting an untyped side to the other's type.
    #[allow(clippy::too_many_arguments)]
    fn comparison_operands(&mut self, y: &mut Operand, ye: &Expr, xt: TypeId, xe: &Expr, op: BinaryOp, pos: Pos, is_case: bool) -> bool {
        let _ = (xe, op, pos);
        if y.mode == Mode::Invalid {
            return false;
        }
        // A value compared with an interface operand is converted to the interface.
        if self.t().is_interface(xt) && !self.t().is_interface(y.ty) && self.t().basic_of(y.ty) != Some(Basic::UntypedNil) {
            let d = self.default_type(y.ty);
            if self.assignable(d, xt) {
                if self.t().is_untyped(y.ty) {
                    let v = y.val.clone().and_then(|v| self.t().basic_of(d).and_then(|b| v.convert(b).ok()));
                    self.set_type(ye, d, v);
                }
                self.note_iface_conv(ye, d, xt);
                y.ty = xt;
                y.val = None;
                return true;
            }
        }
        if self.t().is_untyped(y.ty) && !self.t().is_untyped(xt) {
            let ctx = if is_case { "switch case" } else { "comparison" };
            let _ = ctx;
            if !self.assignable(y.ty, xt) || y.val.as_ref().map(|v| self.t().basic_of(xt).map(|b| v.convert(b).is_err()).unwrap_or(false)).unwrap_or(false) {
                let s = self.operand_string(ye, y);
                if is_case && y.mode == Mode::Const && !self.assignable(y.ty, xt) {
                    self.error(ye.pos, format!("cannot convert {s} to type {}", self.ty_str(xt)));
                } else if is_case {
                    self.error(ye.pos, format!("invalid case {} in switch on {} (mismatched types {} and {})", expr_string(ye), expr_string(xe), self.ty_str(y.ty), self.ty_str(xt)));
                } else {
                    self.error(ye.pos, format!("cannot use {s} as {} value in comparison", self.ty_str(xt)));
                }
                y.mode = Mode::Invalid;
                return false;
            }
            let v = y.val.clone().and_then(|v| self.t().basic_of(xt).and_then(|b| v.convert(b).ok()));
            self.set_type(ye, xt, v.clone());
            y.ty = xt;
            y.val = v;
            return true;
        }
        if !self.t().identical(y.ty, xt) && !self.t().is_untyped(xt) && !self.t().is_untyped(y.ty) {
            if is_case {
                self.error(ye.pos, format!("invalid case {} in switch on {} (mismatched types {} and {})", expr_string(ye), expr_string(xe), self.ty_str(y.ty), self.ty_str(xt)));
                y.mode = Mode::Invalid;
                return false;
            }
        }
        true
    }

    #[allow(clippy::too_many_arguments)]
    fn binary_ops(&mut self, mut l: Operand, mut r: Operand, x: &Expr, y: &Expr, op: BinaryOp, op_pos: Pos, whole: Option<&Expr>) -> Operand {
        let id = whole.map(|w| w.id).unwrap_or(x.id);
        let inv = Operand::invalid(id);
        self.single_value(&mut l, x);
        self.single_value(&mut r, y);
        if l.mode == Mode::Invalid || r.mode == Mode::Invalid {
            return inv;
        }
        for (o, ex) in [(&l, x), (&r, y)] {
            if o.mode == Mode::Type {
                let s = expr_string(ex);
                self.error(ex.pos, format!("{s} (type) is not an expression"));
                return inv;
            }
        }
        let whole_str = || match whole {
            Some(w) => expr_string(w),
            None => format!("{} {} {}", expr_string(x), op.as_str(), expr_string(y)),
        };
        let err_pos = whole.map(|w| w.pos).unwrap_or(x.pos);
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(l, r, x, y, op, whole, err_pos);
        }
        // Bring untyped operands to a common type.
        let (lu, ru) = (self.t().is_untyped(l.ty), self.t().is_untyped(r.ty));
        if lu && !ru {
            if !self.convert_untyped(&mut l, x, r.ty, op, &whole_str, err_pos, &r, y) {
                return inv;
            }
        } else if ru && !lu {
            if !self.convert_untyped(&mut r, y, l.ty, op, &whole_str, err_pos, &l, x) {
                return inv;
            }
        } else if lu && ru {
            // Both untyped: the "larger" kind wins (int < rune < float).
            let (lb, rb) = (self.t().basic_of(l.ty).unwrap_or(Basic::UntypedInt), self.t().basic_of(r.ty).unwrap_or(Basic::UntypedInt));
            let rank = |b: Basic| match b {
                Basic::UntypedInt => 1,
                Basic::UntypedRune => 2,
                Basic::UntypedFloat => 3,
                _ => 0,
            };
            if rank(lb) > 0 && rank(rb) > 0 {
                let t = if rank(lb) >= rank(rb) { l.ty } else { r.ty };
                l.ty = t;
                r.ty = t;
            } else if lb != rb && !(lb == Basic::UntypedNil || rb == Basic::UntypedNil) {
                let (ls, rs) = (self.ty_str(l.ty), self.ty_str(r.ty));
                self.error(err_pos, format!("invalid operation: {} (mismatched types {ls} and {rs})", whole_str()));
                return inv;
            }
        }
        if op.is_comparison() {
            return self.comparison(l, r, x, y, op, whole, err_pos, &whole_str);
        }
        if !self.t().identical(l.ty, r.ty) {
            let (ls, rs) = (self.ty_str(l.ty), self.ty_str(r.ty));
            self.error(err_pos, format!("invalid operation: {} (mismatched types {ls} and {rs})", whole_str()));
            return inv;
        }
        let b = self.t().basic_of(l.ty);
        let ok = match (op, b) {
            (BinaryOp::LogAnd | BinaryOp::LogOr, Some(b)) => b.is_boolean(),
            (BinaryOp::Add, Some(b)) => b.is_numeric() || b.is_string(),
            (BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div, Some(b)) => b.is_numeric(),
            (BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot, Some(b)) => b.is_integer(),
            _ => false,
        };
        if !ok {
            let s = self.operand_string(x, &l);
            let what = match (op, b) {
                (BinaryOp::LogAnd | BinaryOp::LogOr, _) => format!("operator {} not defined on {s}", op.as_str()),
                _ => format!("operator {} not defined on {s}", op.as_str()),
            };
            self.error(err_pos, format!("invalid operation: {what}"));
            return inv;
        }
        let b = b.unwrap_or(Basic::UntypedInt);
        if matches!(op, BinaryOp::Div | BinaryOp::Rem) {
            if let Some(v) = &r.val {
                let zero = match v {
                    Const::Small(_) | Const::Int(_) | Const::Float(_) => v.is_zero(),
                    _ => false,
                };
                if zero && (b.is_integer() || l.mode == Mode::Const) {
                    self.error(y.pos, "invalid operation: division by zero");
                    return inv;
                }
            }
        }
        if let (Some(lv), Some(rv)) = (&l.val, &r.val) {
            let int_div = b.is_integer();
            let Some(res) = lv.binary(op, rv, int_div) else {
                self.error(op_pos, format!("constant {}overflow", op_name(op)));
                return inv;
            };
            let res = if b.is_untyped() {
                res
            } else {
                match res.convert(b) {
                    Ok(v) => v,
                    Err(_) => {
                        let msg = self.const_overflow(&whole_str(), &res, l.ty);
                        self.error(err_pos, msg);
                        return inv;
                    }
                }
            };
            let res = match (b, &res) {
                (Basic::UntypedRune | Basic::UntypedInt, Const::Float(_)) => res,
                _ => res,
            };
            let ty = if matches!(res, Const::Float(_)) && b.is_integer() && b.is_untyped() { self.basic(Basic::UntypedFloat) } else { l.ty };
            return Operand { mode: Mode::Const, ty, val: Some(res), id };
        }
        Operand { mode: Mode::Value, ty: l.ty, val: None, id }
    }

    #[allow(clippy::too_many_arguments)]
    /// types2's message for a typed constant operation that overflows its type:
    /// `x * 4 (constant 4294967296 of type int32) overflows int32`.
    fn const_overflow(&self, expr: &str, v: &Const, t: TypeId) -> String {
        let (vs, ts) = (v.display(), self.ty_str(t));
        let val = if vs == expr { String::new() } else { format!(" {vs}") };
        let kind = match (self.t().get(t), self.t().basic_of(t)) {
            (Type::Named(_), Some(b)) => format!("{} ", b.name()),
            _ => String::new(),
        };
        format!("{expr} (constant{val} of {kind}type {ts}) overflows {ts}")
    }

    fn convert_untyped(&mut self, o: &mut Operand, e: &Expr, target: TypeId, op: BinaryOp, whole: &dyn Fn() -> String, err_pos: Pos, other: &Operand, other_e: &Expr) -> bool {
        let _ = (other, other_e);
        let tb = self.t().basic_of(target);
        let ob = self.t().basic_of(o.ty).unwrap_or(Basic::UntypedInt);
        if ob == Basic::UntypedNil {
            if op.is_comparison() && self.assignable(o.ty, target) {
                self.set_type(e, target, None);
                o.ty = target;
                return true;
            }
            self.error(err_pos, format!("invalid operation: {} (mismatched types {} and untyped nil)", whole(), self.ty_str(target)));
            return false;
        }
        let compatible = match tb {
            Some(tb) => match ob {
                Basic::UntypedBool => tb.is_boolean(),
                Basic::UntypedString => tb.is_string(),
                _ => tb.is_numeric(),
            },
            None => self.t().is_interface(target) && op.is_comparison(),
        };
        if compatible && tb.is_none() {
            // An untyped constant compared with an interface: its default type, converted.
            let d = self.default_type(o.ty);
            let v = o.val.clone().and_then(|v| self.t().basic_of(d).and_then(|b| v.convert(b).ok()));
            self.set_type(e, d, v);
            self.note_iface_conv(e, d, target);
            o.ty = target;
            return true;
        }
        if !compatible {
            let (l, r) = if std::ptr::eq(e, other_e) { (o.ty, target) } else { (o.ty, target) };
            let (ls, rs) = (self.ty_str(l), self.ty_str(r));
            let first_is_o = e.pos < other_e.pos;
            let (a, b) = if first_is_o { (ls, rs) } else { (rs, ls) };
            self.error(err_pos, format!("invalid operation: {} (mismatched types {a} and {b})", whole()));
            return false;
        }
        if let (Some(v), Some(tb)) = (&o.val, tb) {
            match v.convert(tb) {
                Ok(v2) => o.val = Some(v2),
                Err(m) => {
                    let s = self.operand_string(e, o);
                    match m {
                        Misfit::Truncated => self.error(e.pos, format!("{s} truncated to {}", self.ty_str(target))),
                        _ => self.error(e.pos, format!("cannot use {s} as {} value in {} (overflows)", self.ty_str(target), if op.is_comparison() { "comparison" } else { "expression" })),
                    }
                    return false;
                }
            }
        }
        let v = o.val.clone();
        self.set_type(e, target, v);
        o.ty = target;
        true
    }

    #[allow(clippy::too_many_arguments)]
    fn comparison(&mut self, l: Operand, r: Operand, x: &Expr, y: &Expr, op: BinaryOp, whole: Option<&Expr>, err_pos: Pos, whole_str: &dyn Fn() -> String) -> Operand {
        let id = whole.map(|w| w.id).unwrap_or(x.id);
        let inv = Operand::invalid(id);
        let (mut l, mut r) = (l, r);
        // An interface compared with a value of a type that implements it: the value is
        // converted to the interface.
        for right in [true, false] {
            let (a, b, be) = if right { (&l, &mut r, y) } else { (&r, &mut l, x) };
            if self.t().is_interface(a.ty) && !self.t().identical(a.ty, b.ty) && !self.t().is_untyped(b.ty) && self.assignable(b.ty, a.ty) {
                let (from, to) = (b.ty, a.ty);
                b.ty = to;
                self.note_iface_conv(be, from, to);
            }
        }
        if !self.t().identical(l.ty, r.ty) && !(self.t().is_untyped(l.ty) && self.t().is_untyped(r.ty)) {
            let (ls, rs) = (self.ty_str(l.ty), self.ty_str(r.ty));
            self.error(err_pos, format!("invalid operation: {} (mismatched types {ls} and {rs})", whole_str()));
            return inv;
        }
        let b = self.t().basic_of(l.ty);
        let ordered = matches!(op, BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge);
        let ok = match b {
            Some(b) if ordered => b.is_integer() || b.is_float() || b.is_string(),
            Some(b) => b != Basic::UntypedNil || !self.t().is_untyped(r.ty),
            None => {
                let nil = |e: &Expr| matches!(&strip_parens(e).kind, ExprKind::Ident(n) if n == "nil");
                let what = match self.t().under_type(l.ty) {
                    Type::Slice(_) => Some("slice"),
                    Type::Map(..) => Some("map"),
                    Type::Func(_) => Some("func"),
                    _ => None,
                };
                if let (Some(w), false) = (what, nil(x) || nil(y)) {
                    if !ordered {
                        self.error(err_pos, format!("invalid operation: {} ({w} can only be compared to nil)", whole_str()));
                        return inv;
                    }
                }
                !ordered && (what.is_some() || self.comparable(l.ty))
            }
        };
        if !ok {
            let s = self.operand_string(x, &l);
            if b == Some(Basic::UntypedNil) {
                self.error(err_pos, format!("invalid operation: {} (operator {} not defined on nil)", whole_str(), op.as_str()));
            } else {
                let _ = s;
                self.error(err_pos, format!("invalid operation: {} (operator {} not defined on {})", whole_str(), op.as_str(), self.kind_word(l.ty)));
            }
            return inv;
        }
        let ub = self.basic(Basic::UntypedBool);
        if let (Some(lv), Some(rv)) = (&l.val, &r.val) {
            if let Some(res) = lv.binary(op, rv, false) {
                return Operand { mode: Mode::Const, ty: ub, val: Some(res), id };
            }
        }
        // Untyped operands of a non-constant comparison get their default type.
        for (o, ex) in [(&l, x), (&r, y)] {
            if self.t().is_untyped(o.ty) {
                let d = self.default_type(o.ty);
                let v = o.val.clone().and_then(|v| self.t().basic_of(d).and_then(|b| v.convert(b).ok()));
                self.set_type(ex, d, v);
            }
        }
        Operand { mode: Mode::Value, ty: ub, val: None, id }
    }

    fn kind_word(&self, t: TypeId) -> &'static str {
        match self.t().under_type(t) {
            Type::Struct(_) => "struct",
            Type::Slice(_) => "slice",
            Type::Map(..) => "map",
            Type::Func(_) => "func",
            Type::Array(..) => "array",
            Type::Basic(b) if b.is_boolean() => "bool",
            _ => "operand",
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn shift(&mut self, mut l: Operand, r: Operand, x: &Expr, y: &Expr, op: BinaryOp, whole: Option<&Expr>, err_pos: Pos) -> Operand {
        let id = whole.map(|w| w.id).unwrap_or(x.id);
        let inv = Operand::invalid(id);
        let whole_str = || whole.map(expr_string).unwrap_or_default();
        // The count must be an integer (or an untyped constant representable as uint).
        let rb = self.t().basic_of(r.ty);
        if let Some(v) = &r.val {
            match v.as_int() {
                Some(n) if n < 0 => {
                    self.error(y.pos, format!("invalid operation: negative shift count {}", self.operand_string(y, &r)));
                    return inv;
                }
                Some(_) => {
                    if self.t().is_untyped(r.ty) {
                        let u = self.basic(Basic::Uint);
                        self.set_type(y, u, v.convert(Basic::Uint).ok());
                    }
                }
                None => {
                    self.error(y.pos, format!("invalid shift count {}", self.operand_string(y, &r)));
                    return inv;
                }
            }
        } else if !rb.map(|b| b.is_integer()).unwrap_or(false) {
            self.error(y.pos, format!("invalid operation: shift count {} must be integer", self.operand_string(y, &r)));
            return inv;
        }
        let lb = self.t().basic_of(l.ty);
        if let (Some(lv), true) = (&l.val, lb.map(|b| b.is_untyped()).unwrap_or(false)) {
            // An untyped constant left operand must be integral.
            if lv.as_int().is_none() {
                self.error(x.pos, format!("invalid operation: shifted operand {} must be integer", self.operand_string(x, &l)));
                return inv;
            }
            if !matches!(lv, Const::Small(_) | Const::Int(_)) {
                l.val = lv.to_int();
                l.ty = self.basic(Basic::UntypedInt);
            }
        } else if !lb.map(|b| b.is_integer()).unwrap_or(false) {
            self.error(err_pos, format!("invalid operation: shifted operand {} must be integer", self.operand_string(x, &l)));
            return inv;
        }
        if let (Some(lv), Some(rv)) = (&l.val, &r.val) {
            let n = rv.as_int().unwrap_or(0);
            let Some(res) = lv.shift(op == BinaryOp::Shl, n.min(u64::MAX as i128) as u64) else {
                self.error(err_pos, format!("constant shift overflow in {}", whole_str()));
                return inv;
            };
            let b = self.t().basic_of(l.ty).unwrap_or(Basic::UntypedInt);
            if !b.is_untyped() && res.convert(b).is_err() {
                let msg = self.const_overflow(&whole_str(), &res, l.ty);
                self.error(err_pos, msg);
                return inv;
            }
            return Operand { mode: Mode::Const, ty: l.ty, val: Some(res), id };
        }
        if let Some(v) = &r.val {
            if let (Some(n), Some(b)) = (v.as_int(), lb) {
                let _ = (n, b);
            }
        }
        // Non-constant shift of an untyped constant: the operand takes its type from context
        // (set later by set_type); alone it becomes int.
        if self.t().is_untyped(l.ty) {
            return Operand { mode: Mode::Value, ty: l.ty, val: None, id };
        }
        Operand { mode: Mode::Value, ty: l.ty, val: None, id }
    }

    fn call(&mut self, e: &Expr, fun: &Expr, args: &[Expr], ellipsis: Option<Pos>, rparen: Pos, hint: Option<TypeId>) -> Operand {
        let _ = hint;
        let inv = Operand::invalid(e.id);
        let f = self.expr(fun, None);
        match f.mode {
            Mode::Invalid => {
                for a in args {
                    self.expr(a, None);
                }
                inv
            }
            Mode::Type => self.conversion(e, f.ty, args),
            Mode::Builtin(b) => self.builtin_call(e, b, args, ellipsis),
            _ => {
                let sig = match self.t().under_type(f.ty).clone() {
                    Type::Func(s) => s,
                    _ => {
                        let s = self.operand_string(fun, &f);
                        self.error(e.pos, format!("invalid operation: cannot call {s}: {} is not a function", self.ty_str(f.ty)));
                        return inv;
                    }
                };
                if ellipsis.is_some() && !sig.variadic {
                    let s = expr_string(fun);
                    self.error(e.pos, format!("have (...) used with non-variadic function {s}"));
                }
                // Arguments.
                let mut ops: Vec<(Operand, &Expr)> = Vec::new();
                let spread_call = sig.variadic && ellipsis.is_none() && matches!(strip_parens(args.first().unwrap_or(fun)).kind, ExprKind::Call { .. });
                if args.len() == 1 && (sig.params.len() > 1 || spread_call) {
                    let o = self.expr_multi(&args[0]);
                    let ts = self.tuple_types(&o);
                    if ts.len() > 1 && sig.variadic {
                        // f(g()) with variadic f: g's results fill the parameters, the rest
                        // the variadic slice.
                        let fname = expr_string(fun);
                        let n = sig.params.len();
                        if ts.len() + 1 < n {
                            self.error(args[0].pos, format!("not enough arguments in call to {fname}\n\thave ({})\n\twant ({})", self.type_list(&ts), self.type_list(&sig.params)));
                        }
                        for (i, t) in ts.iter().enumerate() {
                            let pt = if i + 1 >= n {
                                match self.t().get(sig.params[n - 1]) {
                                    Type::Slice(el) => *el,
                                    _ => INVALID,
                                }
                            } else {
                                sig.params[i]
                            };
                            if !self.assignable(*t, pt) {
                                self.error(args[0].pos, format!("cannot use {} value as {} value in argument to {fname}", self.ty_str(*t), self.ty_str(pt)));
                            }
                        }
                        return self.call_result(e, &sig);
                    }
                    if ts.len() > 1 {
                        let fname = expr_string(fun);
                        if ts.len() != sig.params.len() {
                            let msg = if ts.len() < sig.params.len() { "not enough arguments" } else { "too many arguments" };
                            self.error(args[0].pos, format!("{msg} in call to {fname}\n\thave ({})\n\twant ({})", self.type_list(&ts), self.type_list(&sig.params)));
                        } else {
                            for (i, t) in ts.iter().enumerate() {
                                if !self.assignable(*t, sig.params[i]) {
                                    self.error(args[0].pos, format!("cannot use {} value as {} value in argument to {fname}", self.ty_str(*t), self.ty_str(sig.params[i])));
                                }
                            }
                        }
                        return self.call_result(e, &sig);
                    }
                    ops.push((o, &args[0]));
                } else {
                    for (i, a) in args.iter().enumerate() {
                        let o = self.expr(a, sig.params.get(i).copied());
                        ops.push((o, a));
                    }
                }
                let nparams = sig.params.len();
                if ops.len() != nparams && !(sig.variadic && ops.len() >= nparams - 1) {
                    let fname = expr_string(fun);
                    let have: Vec<String> = ops
                        .iter()
                        .map(|(o, _)| if o.mode == Mode::Const && self.t().is_untyped(o.ty) { "number".to_string() } else { self.ty_str(o.ty) })
                        .collect();
                    let (msg, pos) = if ops.len() < nparams { ("not enough arguments", rparen) } else { ("too many arguments", ops[nparams].1.pos) };
                    self.error(pos, format!("{msg} in call to {fname}\n\thave ({})\n\twant ({})", have.join(", "), self.type_list(&sig.params)));
                    return self.call_result(e, &sig);
                }
                for (i, (mut o, a)) in ops.into_iter().enumerate() {
                    let pt = if sig.variadic && i + 1 >= nparams && ellipsis.is_none() {
                        match self.t().get(sig.params[nparams - 1]) {
                            Type::Slice(el) => *el,
                            _ => INVALID,
                        }
                    } else {
                        sig.params.get(i).copied().unwrap_or(INVALID)
                    };
                    self.single_value(&mut o, a);
                    self.assign_op(&mut o, pt, a, ArgumentTo(fun));
                }
                self.call_result(e, &sig)
            }
        }
    }

    fn call_result(&mut self, e: &Expr, sig: &Signature) -> Operand {
        match sig.results.len() {
            0 => Operand { mode: Mode::NoValue, ty: INVALID, val: None, id: e.id },
            1 => Operand { mode: Mode::Value, ty: sig.results[0], val: None, id: e.id },
            _ => {
                let t = self.info.types.intern(Type::Tuple(sig.results.clone()));
                Operand { mode: Mode::Value, ty: t, val: None, id: e.id }
            }
        }
    }

    fn conversion(&mut self, e: &Expr, to: TypeId, args: &[Expr]) -> Operand {
        let inv = Operand::invalid(e.id);
        if args.len() != 1 {
            let ts = self.ty_str(to);
            if args.is_empty() {
                self.error(e.pos, format!("missing argument in conversion to {ts}"));
            } else {
                self.error(args[1].pos, format!("too many arguments in conversion to {ts}"));
            }
            return inv;
        }
        let a = &args[0];
        let mut o = self.expr(a, Some(to));
        self.single_value(&mut o, a);
        if o.mode == Mode::Invalid {
            return inv;
        }
        let tb = self.t().basic_of(to);
        if let (Some(v), Some(tb)) = (o.val.clone(), tb) {
            // Constant conversion.
            let fb = self.t().basic_of(o.ty).unwrap_or(Basic::UntypedInt);
            if tb.is_string() && fb.is_integer() {
                let n = v.as_int().unwrap_or(-1);
                let c = u32::try_from(n).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
                return Operand { mode: Mode::Const, ty: to, val: Some(Const::String(c.to_string())), id: e.id };
            }
            if (tb.is_numeric() && (fb.is_numeric())) || (tb.is_string() && fb.is_string()) || (tb.is_boolean() && fb.is_boolean()) {
                return match v.convert(tb) {
                    Ok(v) => Operand { mode: Mode::Const, ty: to, val: Some(v), id: e.id },
                    Err(Misfit::Truncated) => {
                        let s = self.operand_string(a, &o);
                        self.error(a.pos, format!("cannot convert {s} to type {}", self.ty_str(to)));
                        inv
                    }
                    // An integer constant to an integer type can only overflow: gc says it briefly.
                    Err(_) if fb.is_integer() && tb.is_integer() => {
                        self.error(a.pos, format!("constant {} overflows {}", v.display(), self.ty_str(to)));
                        inv
                    }
                    Err(_) => {
                        let s = self.operand_string(a, &o);
                        self.error(a.pos, format!("cannot convert {s} to type {}", self.ty_str(to)));
                        inv
                    }
                };
            }
        }
        if self.t().is_untyped(o.ty) {
            let fb = self.t().basic_of(o.ty).unwrap_or(Basic::UntypedInt);
            let d = self.default_type(o.ty);
            if o.mode == Mode::Const && !self.convertible(d, to) {
                let s = self.operand_string(a, &o);
                self.error(a.pos, format!("cannot convert {s} to type {}", self.ty_str(to)));
                return inv;
            }
            let target = match tb {
                Some(tb) if (tb.is_numeric() && fb.is_numeric()) || (tb.is_string() && fb.is_string()) || (tb.is_boolean() && fb.is_boolean()) => to,
                _ => self.default_type(o.ty),
            };
            if fb == Basic::UntypedNil {
                if self.assignable(o.ty, to) {
                    self.set_type(a, to, None);
                    return Operand { mode: Mode::Value, ty: to, val: None, id: e.id };
                }
                self.error(a.pos, format!("cannot convert nil to type {}", self.ty_str(to)));
                return inv;
            }
            let v = o.val.clone().and_then(|v| self.t().basic_of(target).and_then(|b| v.convert(b).ok()));
            self.set_type(a, target, v);
            o.ty = target;
        }
        if !self.convertible(o.ty, to) {
            let s = self.operand_string(a, &o);
            let why = if self.t().is_interface(to) { self.not_implements(o.ty, to).map(|w| format!(": {w}")).unwrap_or_default() } else { String::new() };
            self.error(a.pos, format!("cannot convert {s} to type {}{why}", self.ty_str(to)));
            return inv;
        }
        Operand { mode: Mode::Value, ty: to, val: None, id: e.id }
    }

    fn convertible(&self, from: TypeId, to: TypeId) -> bool {
        if self.assignable(from, to) || self.convertible_data(from, to) {
            return true;
        }
        let t = self.t();
        let (fu, tu) = (t.under(from), t.under(to));
        if t.identical(fu, tu) {
            return true;
        }
        match (t.get(fu), t.get(tu)) {
            (Type::Pointer(a), Type::Pointer(b)) => t.identical(t.under(*a), t.under(*b)),
            (Type::Basic(a), Type::Basic(b)) => {
                (a.is_numeric() && b.is_numeric())
                    || (b.is_string() && (a.is_integer() || a.is_string()))
                    || (*a == Basic::UnsafePointer && b.canonical() == Basic::Uintptr)
                    || (a.canonical() == Basic::Uintptr && *b == Basic::UnsafePointer)
            }
            (Type::Pointer(_), Type::Basic(Basic::UnsafePointer)) | (Type::Basic(Basic::UnsafePointer), Type::Pointer(_)) => true,
            _ => false,
        }
    }

    fn builtin_call(&mut self, e: &Expr, b: Builtin, args: &[Expr], ellipsis: Option<Pos>) -> Operand {
        let inv = Operand::invalid(e.id);
        let _ = ellipsis;
        let name = b.name();
        let nargs = |c: &mut Self, n: usize| -> bool {
            if args.len() < n {
                c.error(e.pos, format!("not enough arguments for {}() (expected {n}, found {})", name, args.len()));
                false
            } else if args.len() > n {
                c.error(args[n].pos, format!("too many arguments for {}() (expected {n}, found {})", name, args.len()));
                false
            } else {
                true
            }
        };
        match b {
            Builtin::Print | Builtin::Println => {
                for a in args {
                    // print(f()) with a multi-value f prints every result.
                    let mut o = if args.len() == 1 { self.expr_multi(a) } else { self.expr(a, None) };
                    if o.mode != Mode::Invalid && o.mode != Mode::NoValue && matches!(self.t().get(o.ty), Type::Tuple(_)) {
                        continue;
                    }
                    if o.mode == Mode::CommaOk {
                        o.mode = Mode::Value;
                    }
                    self.single_value(&mut o, a);
                    if o.mode == Mode::Invalid {
                        continue;
                    }
                    if o.mode == Mode::Type {
                        self.error(a.pos, format!("{} (type) is not an expression", expr_string(a)));
                        continue;
                    }
                    if self.t().basic_of(o.ty) == Some(Basic::UntypedNil) {
                        self.error(a.pos, "use of untyped nil in argument to built-in print");
                        continue;
                    }
                    if self.t().is_untyped(o.ty) {
                        let d = self.default_type(o.ty);
                        self.assign_op(&mut o, d, a, &format!("argument to built-in {name}"));
                    }
                }
                Operand { mode: Mode::NoValue, ty: INVALID, val: None, id: e.id }
            }
            Builtin::Len => {
                if !nargs(self, 1) {
                    return inv;
                }
                let o = self.expr(&args[0], None);
                if o.mode == Mode::Invalid {
                    return inv;
                }
                let int = self.basic(Basic::Int);
                match self.t().under_type(o.ty).clone() {
                    Type::Basic(bb) if bb.is_string() => {
                        if let Some(Const::String(s)) = &o.val {
                            let n = super::constant::string_bytes(s).len() as i128;
                            return Operand { mode: Mode::Const, ty: int, val: Some(Const::int(n)), id: e.id };
                        }
                        if self.t().is_untyped(o.ty) {
                            let st = self.basic(Basic::String);
                            self.set_type(&args[0], st, None);
                        }
                        Operand { mode: Mode::Value, ty: int, val: None, id: e.id }
                    }
                    Type::Chan(..) => self.chan_len(e, &o).unwrap_or(inv),
                    _ => match self.len_cap(e, b, &args[0], &o) {
                        Some(r) => r,
                        None => {
                            let s = self.operand_string(&args[0], &o);
                            self.error(args[0].pos, format!("invalid argument: {s} for built-in len"));
                            inv
                        }
                    },
                }
            }
            Builtin::Sizeof | Builtin::Alignof => {
                if !nargs(self, 1) {
                    return inv;
                }
                let mut o = self.expr(&args[0], None);
                if o.mode == Mode::Invalid {
                    return inv;
                }
                if self.t().is_untyped(o.ty) {
                    let d = self.default_type(o.ty);
                    self.assign_op(&mut o, d, &args[0], "argument to unsafe.Sizeof");
                }
                let (size, align) = crate::layout::size_align(&self.info.types, o.ty);
                let v = if b == Builtin::Sizeof { size } else { align };
                let uintptr = self.basic(Basic::Uintptr);
                Operand { mode: Mode::Const, ty: uintptr, val: Some(Const::int(v as i128)), id: e.id }
            }
            Builtin::StringData => {
                if !nargs(self, 1) {
                    return inv;
                }
                let mut o = self.expr(&args[0], None);
                let st = self.basic(Basic::String);
                self.assign_op(&mut o, st, &args[0], "argument to unsafe.StringData");
                let u8t = self.basic(Basic::Byte);
                let t = self.info.types.intern(Type::Pointer(u8t));
                Operand { mode: Mode::Value, ty: t, val: None, id: e.id }
            }
            Builtin::String => {
                if !nargs(self, 2) {
                    return inv;
                }
                let mut p = self.expr(&args[0], None);
                let u8t = self.basic(Basic::Byte);
                let pt = self.info.types.intern(Type::Pointer(u8t));
                self.assign_op(&mut p, pt, &args[0], "argument to unsafe.String");
                let mut n = self.expr(&args[1], None);
                if self.t().is_untyped(n.ty) {
                    let it = self.basic(Basic::Int);
                    self.assign_op(&mut n, it, &args[1], "argument to unsafe.String");
                }
                let st = self.basic(Basic::String);
                Operand { mode: Mode::Value, ty: st, val: None, id: e.id }
            }
            Builtin::Add => {
                if !nargs(self, 2) {
                    return inv;
                }
                let mut p = self.expr(&args[0], None);
                let up = self.basic(Basic::UnsafePointer);
                self.assign_op(&mut p, up, &args[0], "argument to unsafe.Add");
                let mut n = self.expr(&args[1], None);
                if self.t().is_untyped(n.ty) {
                    let it = self.basic(Basic::Int);
                    self.assign_op(&mut n, it, &args[1], "argument to unsafe.Add");
                }
                Operand { mode: Mode::Value, ty: up, val: None, id: e.id }
            }
            Builtin::Min | Builtin::Max => {
                if args.is_empty() {
                    self.error(e.pos, format!("not enough arguments for {name}() (expected 1, found 0)"));
                    return inv;
                }
                let mut acc = self.expr(&args[0], None);
                let first = &args[0];
                for a in &args[1..] {
                    let o = self.expr(a, None);
                    let r = self.binary_ops(acc.clone(), o, first, a, BinaryOp::Lt, e.pos, None);
                    if r.mode == Mode::Invalid {
                        return inv;
                    }
                    let lt = self.info.exprs.get(&first.id).map(|i| i.ty).unwrap_or(acc.ty);
                    let rt = self.info.exprs.get(&a.id).map(|i| i.ty).unwrap_or(lt);
                    acc.ty = if self.t().is_untyped(lt) { rt } else { lt };
                    match (&acc.val, self.info.const_value(a).cloned()) {
                        (Some(x), Some(y)) => {
                            let less = y.binary(BinaryOp::Lt, x, false).map(|v| v.as_bool()).unwrap_or(false);
                            if (b == Builtin::Min) == less {
                                acc.val = Some(y);
                            }
                        }
                        _ => {
                            acc.val = None;
                            acc.mode = Mode::Value;
                        }
                    }
                }
                if !self.t().basic_of(acc.ty).map(|b| b.is_integer() || b.is_float() || b.is_string()).unwrap_or(false) {
                    self.error(e.pos, format!("invalid argument: {} cannot be ordered", self.ty_str(acc.ty)));
                    return inv;
                }
                if acc.val.is_none() {
                    acc.mode = Mode::Value;
                    if self.t().is_untyped(acc.ty) {
                        acc.ty = self.default_type(acc.ty);
                    }
                    for a in args {
                        let v = self.info.const_value(a).cloned();
                        let v = v.and_then(|v| self.t().basic_of(acc.ty).and_then(|b| v.convert(b).ok()));
                        self.set_type(a, acc.ty, v);
                    }
                } else {
                    acc.mode = Mode::Const;
                }
                acc.id = e.id;
                acc
            }
            Builtin::Panic => {
                if !nargs(self, 1) {
                    return inv;
                }
                let mut o = self.expr(&args[0], None);
                if o.mode != Mode::Invalid && self.t().is_untyped(o.ty) {
                    let d = self.default_type(o.ty);
                    self.assign_op(&mut o, d, &args[0], "argument to panic");
                }
                if o.mode != Mode::Invalid && self.t().basic_of(o.ty).is_some_and(|b| b.is_complex()) {
                    self.error(args[0].pos, "panic with this value is not supported yet");
                }
                Operand { mode: Mode::NoValue, ty: INVALID, val: None, id: e.id }
            }
            Builtin::Recover => {
                if !args.is_empty() {
                    for a in args {
                        self.expr(a, None);
                    }
                    self.error(e.pos, format!("too many arguments for {} (expected 0, found {})", expr_string(e), args.len()));
                    return inv;
                }
                self.info.uses_recover = true;
                let any = self.info.types.intern(Type::Interface(Vec::new()));
                Operand { mode: Mode::Value, ty: any, val: None, id: e.id }
            }
            Builtin::Make if args.first().is_some_and(|a| matches!(strip_parens(a).kind, ExprKind::ChanType { .. })) => self.make_chan(e, args).unwrap_or(inv),
            Builtin::Close => self.close_chan(e, args),
            Builtin::Cap | Builtin::New | Builtin::Make | Builtin::Append | Builtin::Copy | Builtin::Clear | Builtin::Delete => self.builtin_data(e, b, args, ellipsis),
            _ => {
                for a in args {
                    self.expr(a, None);
                }
                self.error(e.pos, format!("built-in {name} is not supported yet"));
                inv
            }
        }
    }

}

use super::ChanDirKey;

fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

fn embedded_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.to_string(),
        ExprKind::Star(x) => embedded_name(x),
        ExprKind::Selector(_, s) => s.name.to_string(),
        ExprKind::Index(x, _) => embedded_name(x),
        _ => String::new(),
    }
}

/// Whether `stmts` contain a `break` that leaves the enclosing statement (unlabeled at this
/// level, or naming `label`).
fn has_break(stmts: &[Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Branch { kind: BranchKind::Break, label: l } => match l {
            None => top,
            Some(l) => Some(l.name.as_str()) == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => has_break(&then.stmts, label, top) || els.as_ref().map(|e| has_break(std::slice::from_ref(e), label, top)).unwrap_or(false),
        StmtKind::Labeled { stmt, .. } => has_break(std::slice::from_ref(stmt), label, top),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => has_break(&body.stmts, label, false),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::Select { clauses, .. } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    })
}

/// The expression as gc prints it in messages.
pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, 0);
    s
}

fn write_expr(s: &mut String, e: &Expr, depth: u32) {
    if depth > 50 {
        s.push_str("…");
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Bad => s.push_str("BadExpr"),
        ExprKind::Ident(n) => s.push_str(n),
        ExprKind::BasicLit { raw, .. } => s.push_str(raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(s, t, d);
            }
            s.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { .. } => s.push_str("func literal"),
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x, d);
            s.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(s, x, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index(x, idx) => {
            write_expr(s, x, d);
            s.push('[');
            for (i, a) in idx.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, a, d);
            }
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max } => {
            write_expr(s, x, d);
            s.push('[');
            if let Some(l) = lo {
                write_expr(s, l, d);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(s, h, d);
            }
            if let Some(m) = max {
                s.push(':');
                write_expr(s, m, d);
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(s, x, d);
            s.push_str(".(");
            match ty {
                Some(t) => write_expr(s, t, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call { fun, args, ellipsis, .. } => {
            write_expr(s, fun, d);
            s.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, a, d);
            }
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x, d);
        }
        ExprKind::Unary(op, x) => {
            s.push_str(op.as_str());
            write_expr(s, x, d);
        }
        ExprKind::Binary { op, xy, .. } => {
            let [x, y] = &**xy;
            write_expr(s, x, d);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, y, d);
        }
        ExprKind::ArrayType { len, dots, elem } => {
            s.push('[');
            if let Some(l) = len {
                write_expr(s, l, d);
            } else if *dots {
                s.push_str("...");
            }
            s.push(']');
            write_expr(s, elem, d);
        }
        ExprKind::StructType(_) => s.push_str("struct{…}"),
        ExprKind::FuncType(_) => s.push_str("func(…)"),
        ExprKind::InterfaceType(elems) => s.push_str(if elems.is_empty() { "interface{}" } else { "interface{…}" }),
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key, d);
            s.push(']');
            write_expr(s, value, d);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, elem, d);
        }
    }
}

/// types2's opName: how an overflowing constant operation is named.
fn op_name(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Add => "addition ",
        BinaryOp::Sub => "subtraction ",
        BinaryOp::Xor => "bitwise XOR ",
        BinaryOp::Mul => "multiplication ",
        _ => "",
    }
}
