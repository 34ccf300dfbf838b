//! The checker's model of a program, which the later stages read: objects (what names
//! denote), the `Info` side tables keyed by expression node and declaration position, and the
//! package initialization order.

use crate::diag::Pos;
use crate::fx::{HashMap, HashSet, NodeMap};
use crate::syntax::ast::{Expr, File, Name};
use crate::types::{Const, INVALID, TypeId, TypeTable};
use crate::types::layer::{LayeredMap, Table};

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
        use Builtin::{Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic, Print, Println, Real, Recover, Sizeof, Alignof, Offsetof, Add, String, StringData, Slice, SliceData};
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
pub(super) enum State {
    Unresolved,
    InProgress,
    Done,
}

/// Where an object was declared, for lazy checking of package-level declarations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum DeclRef {
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
    pub(super) state: State,
    pub(super) decl: DeclRef,
    pub(super) pkg_index: usize,
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

/// The file index of a `FuncRef` whose declaration is a generic instance
/// (`Package::instances`).
pub const INSTANCE_FILE: usize = usize::MAX;

/// A checked package.
#[derive(Clone, Debug)]
pub struct Package {
    pub path: Name,
    /// Instances of the package's generic functions and methods (`FuncRef`s with file
    /// `INSTANCE_FILE`): their declarations parsed again (`generic.rs`).
    pub instances: Vec<std::sync::Arc<crate::syntax::ast::Decl>>,
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
    /// Some package calls `runtime.Caller`: calls then record their sites
    /// (`ir/lower/callsite.rs`).
    pub uses_caller: bool,
    /// Some package calls functions through reflect (`Value.Call`, `CallSlice`) or reads a
    /// func type's signature (`NumIn`, `In`, `NumOut`, `Out`, `IsVariadic`): func types'
    /// descriptors then carry their signature and call trampoline, and method tables every
    /// exported method (`ir/lower/reflectcall.rs`).
    pub uses_reflect_call: bool,
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
    /// Body-less functions of standard packages → the function they stand for
    /// (`check/linkname.rs`).
    pub links: HashMap<ObjId, ObjId>,
    /// gc's push `//go:linkname local importpath.name` on a function with a body (the
    /// runtime's `time.Sleep`): "importpath.name" → that function, which a body-less
    /// function of that name stands for (`check/linkname.rs`).
    pub pushes: HashMap<String, ObjId>,
    /// Field selectors: the path of field indices (through embedded fields).
    pub fields: NodeMap<Vec<usize>>,
    /// Function literal → the enclosing functions' variables it uses, in order of first use.
    pub captures: NodeMap<Vec<ObjId>>,
    /// Range over a func (by its range expression) → the enclosing function's variables its
    /// body uses, in order of first use (the body becomes the yield function).
    pub range_captures: NodeMap<Vec<ObjId>>,
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
