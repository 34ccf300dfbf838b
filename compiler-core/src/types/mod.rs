//! Stage 2: the type checker. It resolves names, computes the type (and constant value) of every
//! expression, checks Go's rules with gc's wording, and records what later stages need in
//! `Info` side tables keyed by `NodeId` and declaration positions.
//!
//! Architecture Invariant: types depends on syntax and the shared utilities (`diag`, `fx`,
//! `layout`) only; it knows nothing of IR or Wasm (`tests/architecture.rs`).

pub mod check;
pub mod constant;
pub mod directive;
pub mod info;
pub mod layer;
mod universe;

use std::sync::Arc;

use layer::LayeredMap;

pub use check::Checked;
pub use info::Info;
pub use constant::Const;

use crate::syntax::ast::ChanDir;

/// Index into a `TypeTable`.
pub type TypeId = u32;

/// Predeclared basic types. `Byte` and `Rune` are the aliases, kept apart only to print as
/// written (gc does the same).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    Byte,
    Rune,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl Basic {
    /// Byte and Rune resolve to what they alias.
    pub fn canonical(self) -> Basic {
        match self {
            Basic::Byte => Basic::Uint8,
            Basic::Rune => Basic::Int32,
            b => b,
        }
    }

    pub fn name(self) -> &'static str {
        use Basic::{Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64, Complex64, Complex128, String, UnsafePointer, Byte, Rune, UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil};
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            Byte => "byte",
            Rune => "rune",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    pub fn is_untyped(self) -> bool {
        use Basic::{UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil};
        matches!(self, UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedComplex | UntypedString | UntypedNil)
    }

    pub fn is_integer(self) -> bool {
        use Basic::{Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, UntypedInt, UntypedRune};
        matches!(
            self.canonical(),
            Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr | UntypedInt | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use Basic::{Uint, Uint8, Uint16, Uint32, Uint64, Uintptr};
        matches!(self.canonical(), Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128 | Basic::UntypedComplex)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }

    /// Size in bits of a typed integer or float (int and uintptr are 64 bits, as in gc's wasm).
    pub fn bits(self) -> u32 {
        use Basic::{Bool, Int8, Int16, Int32, Uint8, Uint16, Uint32, Float32, UnsafePointer};
        match self.canonical() {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 | Float32 | UnsafePointer => 32,
            Bool => 8,
            _ => 64,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructField {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    /// The field's tag, unquoted (empty without one): part of the type's identity.
    pub tag: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: String,
    pub sig: TypeId,
}

/// A term of a type set: `T`, or `~T` (every type whose underlying type is T's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

/// An interface that only constraints may use: its methods, the types it allows and
/// whether they must be comparable.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TypeSet {
    pub methods: Vec<Method>,
    /// `None`: no type terms (every type with the methods).
    pub terms: Option<Vec<Term>>,
    pub comparable: bool,
}

/// A type. Structural types are interned; each `Named` is its own declaration.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Invalid,
    Basic(Basic),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDirKey, TypeId),
    Struct(Vec<StructField>),
    Func(Signature),
    Interface(Vec<Method>),
    Tuple(Vec<TypeId>),
    /// Index into `TypeTable::named`.
    Named(u32),
    /// A type parameter of a generic declaration, as its signature and constraints see it
    /// (index into `TypeTable::params`); instances see their type arguments instead.
    Param(u32),
    /// A constraint interface with type terms or `comparable`.
    Constraint(TypeSet),
}

/// `ChanDir` with Hash (the AST's type is not).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDirKey {
    Both,
    Send,
    Recv,
}

impl From<ChanDir> for ChanDirKey {
    fn from(d: ChanDir) -> ChanDirKey {
        match d {
            ChanDir::Both => ChanDirKey::Both,
            ChanDir::Send => ChanDirKey::Send,
            ChanDir::Recv => ChanDirKey::Recv,
        }
    }
}

/// A declared (defined) type.
#[derive(Clone, Debug)]
pub struct NamedType {
    pub name: String,
    /// Package path (`main`, `runtime`, ...); empty for predeclared `error`.
    pub pkg: String,
    /// Set once the declaration has been checked; `INVALID` until then.
    pub underlying: TypeId,
    /// Methods: name → function object.
    pub methods: Vec<(String, info::ObjId)>,
    /// For an instance of a generic type: the generic type's object and the type arguments.
    pub origin: Option<(info::ObjId, Vec<TypeId>)>,
}

/// All types of a compilation.
#[derive(Clone, Debug)]
pub struct TypeTable {
    /// Types `0..shared.len()`, shared with other tables (`freeze`); types never change.
    shared: Arc<Vec<Type>>,
    /// Types from `shared.len()` on.
    types: Vec<Type>,
    interned: LayeredMap<Type, TypeId>,
    pub named: Vec<NamedType>,
    /// The names of `Type::Param`s.
    pub params: Vec<String>,
    /// Ids of the interned basic types (`INVALID` until interned), by `Basic as usize`: the
    /// checker asks for them at nearly every expression.
    basics: [TypeId; BASIC_COUNT],
}

/// How many `Basic` kinds there are.
const BASIC_COUNT: usize = Basic::UntypedNil as usize + 1;

pub const INVALID: TypeId = 0;

impl Default for TypeTable {
    fn default() -> Self {
        let mut t = TypeTable { shared: Arc::default(), types: Vec::new(), interned: LayeredMap::default(), named: Vec::new(), params: Vec::new(), basics: [INVALID; BASIC_COUNT] };
        t.intern(Type::Invalid);
        t
    }
}

impl TypeTable {
    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Type::Basic(b) = ty {
            return self.basic(b);
        }
        if let Some(&id) = self.interned.get(&ty) {
            return id;
        }
        self.add(ty)
    }

    /// The id of `ty` if some part of the program made it.
    pub fn lookup(&self, ty: &Type) -> Option<TypeId> {
        self.interned.get(ty).copied()
    }

    fn add(&mut self, ty: Type) -> TypeId {
        let id = self.count();
        self.types.push(ty.clone());
        self.interned.insert(ty, id);
        id
    }

    pub fn basic(&mut self, b: Basic) -> TypeId {
        match self.basics[b as usize] {
            INVALID => {
                let id = self.add(Type::Basic(b));
                self.basics[b as usize] = id;
                id
            }
            id => id,
        }
    }

    /// A basic type's id without interning (every basic type is interned by the universe).
    pub fn basic_id(&self, b: Basic) -> TypeId {
        self.basics[b as usize]
    }

    pub fn new_named(&mut self, name: &str, pkg: &str) -> TypeId {
        let idx = self.named.len() as u32;
        self.named.push(NamedType { name: name.to_string(), pkg: pkg.to_string(), underlying: INVALID, methods: Vec::new(), origin: None });
        self.intern(Type::Named(idx))
    }

    /// A new type parameter named `name`.
    pub fn new_param(&mut self, name: &str) -> TypeId {
        let idx = self.params.len() as u32;
        self.params.push(name.to_string());
        self.intern(Type::Param(idx))
    }

    /// How many types there are (ids are `0..count()`).
    pub fn count(&self) -> TypeId {
        (self.shared.len() + self.types.len()) as TypeId
    }

    #[inline]
    pub fn get(&self, id: TypeId) -> &Type {
        let i = id as usize;
        let t = match i.checked_sub(self.shared.len()) {
            None => self.shared.get(i),
            Some(j) => self.types.get(j),
        };
        t.unwrap_or(&Type::Invalid)
    }

    /// Moves every type into the shared layer (see `layer`); named types stay (few, and
    /// methods join them).
    pub fn freeze(&mut self) {
        if self.shared.is_empty() {
            let mut types = std::mem::take(&mut self.types);
            types.shrink_to_fit();
            self.shared = Arc::new(types);
        } else if !self.types.is_empty() {
            self.shared = Arc::new(self.shared.iter().chain(&self.types).cloned().collect());
            self.types = Vec::new();
        }
        self.interned.freeze();
    }

    /// The underlying type: follows named types.
    #[inline]
    pub fn under(&self, mut id: TypeId) -> TypeId {
        for _ in 0..100 {
            match self.get(id) {
                Type::Named(n) => id = self.named[*n as usize].underlying,
                _ => return id,
            }
        }
        INVALID
    }

    #[inline]
    pub fn under_type(&self, id: TypeId) -> &Type {
        self.get(self.under(id))
    }

    /// The basic kind of the underlying type, if it is basic.
    #[inline]
    pub fn basic_of(&self, id: TypeId) -> Option<Basic> {
        match self.under_type(id) {
            Type::Basic(b) => Some(*b),
            _ => None,
        }
    }

    #[inline]
    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Basic(b) if b.is_untyped())
    }

    #[inline]
    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Named(_))
    }

    #[inline]
    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under_type(id), Type::Interface(_))
    }

    /// Go's type identity.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        self.identical_in(a, b, true)
    }

    /// Identity ignoring struct tags, as conversions compare types.
    pub fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        self.identical_in(a, b, false)
    }

    fn identical_in(&self, a: TypeId, b: TypeId, tags: bool) -> bool {
        if a == b {
            return true;
        }
        match (self.get(a), self.get(b)) {
            (Type::Basic(x), Type::Basic(y)) => x.canonical() == y.canonical(),
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => self.identical_in(*x, *y, tags),
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.identical_in(*x, *y, tags),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => self.identical_in(*k1, *k2, tags) && self.identical_in(*v1, *v2, tags),
            (Type::Chan(d1, x), Type::Chan(d2, y)) => d1 == d2 && self.identical_in(*x, *y, tags),
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2).all(|(x, y)| x.name == y.name && x.embedded == y.embedded && (!tags || x.tag == y.tag) && self.identical_in(x.ty, y.ty, tags))
            }
            (Type::Func(s1), Type::Func(s2)) => {
                s1.variadic == s2.variadic
                    && s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.params.iter().zip(&s2.params).all(|(x, y)| self.identical_in(*x, *y, tags))
                    && s1.results.iter().zip(&s2.results).all(|(x, y)| self.identical_in(*x, *y, tags))
            }
            (Type::Interface(m1), Type::Interface(m2)) => {
                m1.len() == m2.len() && m1.iter().zip(m2).all(|(x, y)| x.name == y.name && self.identical_in(x.sig, y.sig, tags))
            }
            (Type::Tuple(x), Type::Tuple(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| self.identical_in(*a, *b, tags)),
            _ => false,
        }
    }

    /// The type as gc prints it in messages (`int`, `*Pair`, `func()`, `[]int32`, `any`).
    pub fn display(&self, id: TypeId) -> String {
        let mut s = String::new();
        self.write(&mut s, id, 0);
        s
    }

    fn write(&self, s: &mut String, id: TypeId, depth: u32) {
        if depth > 20 {
            s.push_str("...");
            return;
        }
        match self.get(id) {
            Type::Invalid => s.push_str("invalid type"),
            Type::Param(p) => s.push_str(self.params.get(*p as usize).map_or("?", |n| n.as_str())),
            Type::Constraint(ts) => self.write_type_set(s, ts, depth),
            Type::Basic(b) => s.push_str(b.name()),
            Type::Named(n) => {
                let n = &self.named[*n as usize];
                if !n.pkg.is_empty() && n.pkg != "main" {
                    s.push_str(package_name(&n.pkg));
                    s.push('.');
                }
                s.push_str(&n.name);
            }
            Type::Pointer(e) => {
                s.push('*');
                self.write(s, *e, depth + 1);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write(s, *e, depth + 1);
            }
            Type::Array(n, e) => {
                s.push_str(&format!("[{n}]"));
                self.write(s, *e, depth + 1);
            }
            Type::Map(k, v) => {
                s.push_str("map[");
                self.write(s, *k, depth + 1);
                s.push(']');
                self.write(s, *v, depth + 1);
            }
            Type::Chan(d, e) => {
                s.push_str(match d {
                    ChanDirKey::Both => "chan ",
                    ChanDirKey::Send => "chan<- ",
                    ChanDirKey::Recv => "<-chan ",
                });
                self.write(s, *e, depth + 1);
            }
            Type::Struct(fields) => {
                s.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write(s, f.ty, depth + 1);
                }
                s.push('}');
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_sig(s, sig, depth);
            }
            Type::Interface(methods) => {
                if methods.is_empty() {
                    s.push_str("any");
                } else {
                    s.push_str("interface{");
                    for (i, m) in methods.iter().enumerate() {
                        if i > 0 {
                            s.push_str("; ");
                        }
                        s.push_str(&m.name);
                        if let Type::Func(sig) = self.get(m.sig) {
                            self.write_sig(s, sig, depth);
                        }
                    }
                    s.push('}');
                }
            }
            Type::Tuple(list) => {
                s.push('(');
                for (i, t) in list.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write(s, *t, depth + 1);
                }
                s.push(')');
            }
        }
    }

    /// `~int | string`, `comparable`, or `interface{comparable; String() string}`, as gc
    /// prints constraints.
    fn write_type_set(&self, s: &mut String, ts: &TypeSet, depth: u32) {
        let terms = |s: &mut String, list: &[Term]| {
            for (i, t) in list.iter().enumerate() {
                if i > 0 {
                    s.push_str(" | ");
                }
                if t.tilde {
                    s.push('~');
                }
                self.write(s, t.ty, depth + 1);
            }
        };
        match (&ts.terms, ts.methods.is_empty(), ts.comparable) {
            (Some(list), true, false) => terms(s, list),
            (None, true, true) => s.push_str("comparable"),
            _ => {
                s.push_str("interface{");
                let mut first = true;
                let mut sep = |s: &mut String| {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                };
                if ts.comparable {
                    sep(s);
                    s.push_str("comparable");
                }
                for m in &ts.methods {
                    sep(s);
                    s.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_sig(s, sig, depth);
                    }
                }
                if let Some(list) = &ts.terms {
                    sep(s);
                    terms(s, list);
                }
                s.push('}');
            }
        }
    }

    fn write_sig(&self, s: &mut String, sig: &Signature, depth: u32) {
        self.write_named_sig(s, sig, depth, &[], &[]);
    }

    /// A func type as types2 writes a signature whose parameters have names (a function
    /// literal's): `func(x int, y int) (r string)`. Names missing or empty are left out.
    pub fn display_named_func(&self, id: TypeId, params: &[&str], results: &[&str]) -> String {
        let mut s = String::new();
        match self.get(id) {
            Type::Func(sig) => {
                s.push_str("func");
                self.write_named_sig(&mut s, sig, 0, params, results);
            }
            _ => self.write(&mut s, id, 0),
        }
        s
    }

    fn write_named_sig(&self, s: &mut String, sig: &Signature, depth: u32, params: &[&str], results: &[&str]) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if let Some(n) = name(params, i) {
                s.push_str(n);
                s.push(' ');
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                if let Type::Slice(e) = self.get(*p) {
                    self.write(s, *e, depth + 1);
                    continue;
                }
            }
            self.write(s, *p, depth + 1);
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 if name(results, 0).is_none() => {
                s.push(' ');
                self.write(s, sig.results[0], depth + 1);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    if let Some(n) = name(results, i) {
                        s.push_str(n);
                        s.push(' ');
                    }
                    self.write(s, *r, depth + 1);
                }
                s.push(')');
            }
        }
    }
}

fn name<'a>(names: &[&'a str], i: usize) -> Option<&'a str> {
    names.get(i).copied().filter(|n| !n.is_empty())
}

/// The name gc qualifies a type with: its package's last path element (`container/list` →
/// `list`), the one before a major version (`math/rand/v2` → `rand`).
pub(crate) fn package_name(path: &str) -> &str {
    let mut parts = path.rsplit('/');
    let last = parts.next().unwrap_or(path);
    let version = last.len() > 1 && last.starts_with('v') && last[1..].bytes().all(|b| b.is_ascii_digit());
    match parts.next() {
        Some(before) if version => before,
        _ => last,
    }
}
