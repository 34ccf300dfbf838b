//! The checker proper: its state, the operands it computes, and the entry points (`Checked`).
//! Declarations, statements and expressions are checked in the files of this folder.

mod assign;
mod binary;
mod builtins;
mod call;
mod complex;
mod conc;
mod conversions;
mod decl;
mod expr;
mod exprstring;
mod generic;
mod generic_method;
mod gotos;
pub mod iface;
mod index;
mod infer;
mod initorder;
mod labels;
mod literals;
mod linkname;
mod lookup;
mod operand;
mod rangefunc;
mod scope;
mod stmt;
mod tparam;
mod typeset;
mod typexpr;
mod unsafe_fns;

pub use crate::types::info::{Builtin, FuncRef, InitStep, ObjId, ObjKind};

use crate::diag::{Diags, Pos, SourceMap};
use crate::fx::{FxNew, HashMap, HashSet};
use crate::syntax::ast::{Expr, File, Name, NodeId};
use crate::types::{Basic, Const, INVALID, TypeId, TypeTable, universe};
use crate::types::info::{Info, Object};
use exprstring::expr_string;
use scope::Scopes;

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
        let info = &mut self.0.info;
        info.exprs.reserve(nodes);
        info.uses.reserve(nodes / 2);
        // The sparse tables span the ids up to their last entry, which is near the end.
        info.fields.reserve(nodes);
        info.captures.reserve(nodes);
        info.iface_conv.reserve(nodes);
        info.iface_methods.reserve(nodes);
        // About one object (a variable, parameter, function...) per 16 nodes, each defined
        // at a position.
        info.objects.reserve(nodes / 16);
        info.defs.reserve(nodes / 16);
    }

    /// How many functions and objects are checked so far (`Info::funcs`, `Info::objects`).
    pub fn counts(&self) -> (usize, usize) {
        (self.0.info.funcs.len(), self.0.info.objects.len())
    }

    /// Checks one package; the packages it imports must have been checked before. Instances
    /// of generic declarations are parsed again at positions after `map`'s files, with node
    /// ids from `next_id` on; `map` then knows their files.
    #[inline(never)] // keeps its caller small for the browser (ARCHITECTURE.md)
    pub fn check(&mut self, path: &str, files: Vec<File>, map: &mut SourceMap, next_id: &mut NodeId) {
        // uses_defer and uses_recover are about the user's program: sync.Once's own defers
        // print nothing, and the recovers of sync (WaitGroup.Go, OnceFunc) matter only when
        // a program recovers, which sets the flag itself; fmt's (the scanner's) only when a
        // package names a Scan function (`selector`).
        if path == "main" {
            self.0.info.uses_defer = false;
        }
        self.0.next_pos = map.end();
        self.0.next_id = *next_id;
        let recovers = self.0.info.uses_recover;
        self.0.check_one(path.to_string(), files);
        self.0.method_names.clear();
        // Other standard packages' recovers (bytes.Buffer's, tabwriter's) must catch panics,
        // so they count as the program's.
        if path == "sync" || path == "fmt" {
            self.0.info.uses_recover = recovers;
        }
        for (base, of) in self.0.aliases.drain(..) {
            map.alias(base, of);
        }
        *next_id = self.0.next_id;
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
        c.info.range_captures.freeze(nodes);
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

#[derive(Clone)]
struct Checker {
    info: Info,
    /// The value of a one-variable assignment or declaration: a multi-value call there is
    /// an "assignment mismatch".
    single_assign: Option<NodeId>,
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
    /// The first object of the package being checked: its index is new, so objects made
    /// before are other packages'.
    first_obj: ObjId,
    cur_file: usize,
    funcs: Vec<FuncCtx>,
    iota: Option<i128>,
    /// Package-level object whose declaration is being checked, for init dependencies.
    decl_stack: Vec<ObjId>,
    deps: HashMap<ObjId, Vec<ObjId>>,
    /// Nesting of breakable statements: (is_loop, label).
    breakables: Vec<(bool, Option<String>)>,
    /// Function literals and bodies of ranges over funcs being checked: (literal or range
    /// expression, index of its first scope, whether a range body).
    lits: Vec<(NodeId, usize, bool)>,
    /// Lists an assignment statement works in, kept for the next one (each statement
    /// allocated its own).
    assign_lists: AssignLists,
    generics: generic::Generics,
    /// The next type expression may be a constraint interface (a constraint, an embedded
    /// element, a type declaration's type).
    allow_constraint: bool,
    /// Where instances parsed again get their positions and node ids (`generic.rs`), and
    /// the (new base, original base) of each such copy of a file.
    next_pos: Pos,
    next_id: NodeId,
    aliases: Vec<(Pos, Pos)>,
    /// The methods declared in the package being checked, by receiver's named type: a type
    /// of thousands of methods finds its duplicates in linear time.
    method_names: HashSet<(u32, String)>,
}

#[derive(Clone, Default)]
struct AssignLists {
    targets: Vec<Option<ObjId>>,
    new_vars: Vec<usize>,
    rtypes: Vec<(TypeId, bool)>,
    lops: Vec<Option<Operand>>,
}

impl Checker {
    pub(super) fn new() -> Checker {
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
            first_obj: 0,
            cur_file: 0,
            funcs: Vec::new(),
            iota: None,
            decl_stack: Vec::new(),
            deps: HashMap::new(),
            breakables: Vec::new(),
            lits: Vec::new(),
            assign_lists: AssignLists::default(),
            generics: generic::Generics::default(),
            allow_constraint: false,
            next_pos: 0,
            next_id: 0,
            aliases: Vec::new(),
            method_names: HashSet::default(),
        }
    }

    pub(super) fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        // A body checked over its type parameters reports only its type parameter rules
        // (`tparam.rs`); the rest is its instances'.
        if self.generics.in_generic_body {
            return;
        }
        self.diags.error(pos, msg);
    }

    pub(super) fn t(&self) -> &TypeTable {
        &self.info.types
    }

    pub(super) fn basic(&mut self, b: Basic) -> TypeId {
        self.info.types.basic(b)
    }

    pub(super) fn ty_str(&self, t: TypeId) -> String {
        self.info.types.display(t)
    }

    pub(super) fn new_obj(&mut self, name: &Name, pos: Pos, kind: ObjKind, ty: TypeId) -> ObjId {
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
}
