//! Interfaces: type descriptors and method tables (data segments, emitted only for types
//! converted to interfaces), conversions to interfaces, dynamic method calls, type
//! assertions, type switches, comparison and printing of interface values; and the pruning
//! of code the program's types make unreachable. The runtime side is `runtime/iface.go`,
//! which documents the descriptor layout; the checker's side (method sets, `implements`
//! with gc's reasons, the implicit conversions recorded in `Info::iface_conv`) is
//! `types/check/iface.rs`.
//!
//! An interface is (type, data): type is the address of the dynamic type's descriptor, data
//! the value for pointer-shaped types, else the address of a heap copy. Every implicit
//! conversion the checker recorded (assignments, arguments, returns, literal elements,
//! comparisons) is made in one place, `FnLower::expr`. A descriptor (kind and flags, size,
//! name as gc's `%T` prints it, element and key types, method table, fields with names and
//! offsets; in programs with package reflect also reflect's part, `reflect_part`, and then
//! every type with a descriptor counts as dynamic) is made only for types converted to
//! interfaces, so it costs nothing otherwise;
//! segments point at each other and at functions through `Module::relocs`, which codegen
//! patches and follows for dead-code elimination. Method tables list only methods named by
//! some interface type of the program, as (method id, table index) sorted by id, each entry
//! a wrapper that takes the data word, walks to the receiver through embedded fields and
//! calls the method (codegen keeps an entry's wrapper only if live code calls its id
//! dynamically: `Module::method_tables`). A dynamic call is `runtime.ifaceMethod(type, id)` (a short scan) +
//! `call_indirect`. Assertions compare descriptor addresses (concrete types) or call
//! `implements`; failures panic with gc's `interface conversion: ...` messages; `==` is
//! `efaceeq` (kind-directed, with gc's `comparing uncomparable type` panic). `panic(v)` of a
//! non-basic value prints its `Error()`/`String()` result, named basic types as `main.T(v)`,
//! others as `(T) 0x..`. Method values copy the receiver into a cell bound in a closure
//! object; method expressions are func values taking the receiver first (`MethodFunc`).
//!
//! Invariant: the runtime knows types only through descriptors; their layout is defined
//! once, in `iface.go`, and mirrored by `build_desc`.
//!
//! **Pruning** (the lowering's half of dead-code elimination; codegen's `Live` is the other).
//! The lowering lowers the user's functions, then only the Go functions lowered code refers
//! to (`Lowerer::lower_reached`: calls, function addresses, method tables), and leaves out
//! code that the types of the program make unreachable, recording why ([`Prune`]):
//!
//! - a type switch clause (or a comma-ok assertion) on concrete types that nothing lowered
//!   so far converts to an interface cannot match, so it is not lowered. Descriptors made
//!   for types inside others or for assertions do not count: the runtime builds interface
//!   values only from existing ones (fmt's `eface` rebuilds one from a field's words, so its
//!   result is asserted only to interface types);
//! - the `default` of a type switch that has a `nil` case is not lowered while every
//!   converted type has its own clause;
//! - `runtime.kindUsed(mask)` is the constant "some descriptor has a kind in mask": code that
//!   reads values through descriptors (fmt's generic printer) puts each kind's code under it;
//! - a panic's value is converted without making its type dynamic when the program never
//!   calls recover (only the runtime's panic printer sees it, through the descriptor); so are
//!   package runtime's own conversions (its runtime errors), which reach the program only
//!   through recover. Invariant: the runtime returns no interface values but `gorecover`'s;
//! - a constant condition (`if recoverEnabled()`, `kindUsed(..) && k == kFloat64` in a
//!   tagless switch clause) lowers only the branch it selects, and a switch clause that
//!   cannot be chosen (and that no fallthrough enters) is not lowered.
//!
//! When a conversion (or a descriptor of a new kind) appears later, every function that left
//! out code for it is lowered again from its AST (`relower`), so the result only grows and
//! the worklist ends with everything reachable lowered. Only Go functions' bodies prune, not
//! package initialization or generated wrappers, which cannot be lowered again. Invariant:
//! pruning decisions depend only on what lowered code converts, never on the order in which
//! functions are lowered (a decision made too early is undone by relowering). So
//! `fmt.Println("hello")`, where only `string` is converted, carries no verb, integer,
//! float, map or reflection code.


use crate::diag::Pos;
use crate::ir::{zero, BinOp, Expr as E, Func, FuncRef, Local, Mem, Reloc, Stmt as S, UnOp, ValType};
use crate::layout::{field_offset, size_align};
use crate::syntax::ast::{CaseClause, Expr, ExprKind, Ident, Stmt};
use crate::types::ChanDirKey;
use crate::types::check::ObjId;
use crate::types::check::iface::{lookup_method, MethodLoc};
use crate::types::{Basic, Info, Type, TypeId};

use super::{bin, data, is_aggregate, ptr_flags, strip, vals, FnLower, LoopCtx, Lowerer};
use super::tape::Step;
use super::vals::Vals;

/// The methods whose ids come first (the runtime calls them): Error and String.
const FIRST_METHODS: [&str; 2] = ["Error func() string", "String func() string"];

const KIND_INTERFACE: u32 = 20;
const FLAG_UNCOMPARABLE: u32 = 256;
const FLAG_DIRECT: u32 = 512;
const FLAG_NAMED: u32 = 1024;

/// reflect.Kind of a type.
fn kind(info: &Info, t: TypeId) -> u32 {
    match info.types.under_type(t) {
        Type::Basic(b) => match b.canonical() {
            Basic::Bool | Basic::UntypedBool => 1,
            Basic::Int | Basic::UntypedInt => 2,
            Basic::Int8 => 3,
            Basic::Int16 => 4,
            Basic::Int32 | Basic::UntypedRune => 5,
            Basic::Int64 => 6,
            Basic::Uint => 7,
            Basic::Uint8 => 8,
            Basic::Uint16 => 9,
            Basic::Uint32 => 10,
            Basic::Uint64 => 11,
            Basic::Uintptr => 12,
            Basic::Float32 => 13,
            Basic::Float64 | Basic::UntypedFloat => 14,
            Basic::Complex64 => 15,
            Basic::Complex128 => 16,
            Basic::String | Basic::UntypedString => 24,
            _ => 26,
        },
        Type::Array(..) => 17,
        Type::Chan(..) => 18,
        Type::Func(_) => 19,
        Type::Interface(_) => KIND_INTERFACE,
        Type::Map(..) => 21,
        Type::Pointer(_) => 22,
        Type::Slice(_) => 23,
        Type::Struct(_) => 25,
        _ => 0,
    }
}

/// Values of pointer-shaped types are stored in the interface's data word itself.
pub(super) fn is_direct(info: &Info, t: TypeId) -> bool {
    matches!(info.types.under_type(t), Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_))
        || info.types.basic_of(t) == Some(Basic::UnsafePointer)
}

fn comparable(info: &Info, t: TypeId, d: u32) -> bool {
    if d > 32 {
        return true;
    }
    match info.types.under_type(t) {
        Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
        Type::Struct(fs) => fs.iter().all(|f| comparable(info, f.ty, d + 1)),
        Type::Array(_, e) => comparable(info, *e, d + 1),
        _ => true,
    }
}

/// The type's name as gc's runtime (and fmt's %T) prints it: `main.T`, `[]uint8`,
/// `struct { X int }`, `interface {}`, `func(int) string`.
pub(super) fn rt_name(info: &Info, t: TypeId) -> String {
    let mut s = String::new();
    write_name(info, &mut s, t, 0, false, false);
    s
}

/// A key identifying a type (identical types share it): named types by declaration.
fn type_key(info: &Info, t: TypeId) -> String {
    let mut s = String::new();
    write_name(info, &mut s, t, 0, true, false);
    s
}

/// `full`: packages by path, as reflect names them in an instance's type arguments (else by
/// name, `list.Element`).
fn write_name(info: &Info, s: &mut String, t: TypeId, depth: u32, key: bool, full: bool) {
    if depth > 16 {
        s.push_str("...");
        return;
    }
    let w = |s: &mut String, t: TypeId| write_name(info, s, t, depth + 1, key, full);
    match info.types.get(t) {
        Type::Named(n) => {
            let nt = &info.types.named[*n as usize];
            if key {
                s.push_str(&format!("#{n}"));
            } else {
                if !nt.pkg.is_empty() {
                    s.push_str(if full { &nt.pkg } else { crate::types::package_name(&nt.pkg) });
                    s.push('.');
                }
                match &nt.origin {
                    // An instance, as reflect names it: `main.Pair[string,main.T]`.
                    Some((g, args)) => {
                        s.push_str(&info.obj(*g).name);
                        s.push('[');
                        for (i, a) in args.iter().enumerate() {
                            if i > 0 {
                                s.push(',');
                            }
                            write_name(info, s, *a, depth + 1, key, true);
                        }
                        s.push(']');
                    }
                    None => s.push_str(&nt.name),
                }
            }
        }
        Type::Basic(b) => s.push_str(b.canonical().name()),
        Type::Pointer(e) => {
            s.push('*');
            w(s, *e);
        }
        Type::Slice(e) => {
            s.push_str("[]");
            w(s, *e);
        }
        Type::Array(n, e) => {
            s.push_str(&format!("[{n}]"));
            w(s, *e);
        }
        Type::Map(k, v) => {
            s.push_str("map[");
            w(s, *k);
            s.push(']');
            w(s, *v);
        }
        Type::Chan(d, e) => {
            s.push_str(match d {
                ChanDirKey::Both => "chan ",
                ChanDirKey::Send => "chan<- ",
                ChanDirKey::Recv => "<-chan ",
            });
            w(s, *e);
        }
        Type::Struct(fs) => {
            if fs.is_empty() {
                s.push_str("struct {}");
                return;
            }
            s.push_str("struct { ");
            for (i, f) in fs.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if !f.embedded {
                    s.push_str(&f.name);
                    s.push(' ');
                }
                w(s, f.ty);
                if key && !f.tag.is_empty() {
                    s.push_str(&format!(" {:?}", f.tag));
                }
            }
            s.push_str(" }");
        }
        Type::Func(sig) => {
            s.push_str("func(");
            for (i, p) in sig.params.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                if sig.variadic && i + 1 == sig.params.len() {
                    s.push_str("...");
                    if let Type::Slice(e) = info.types.get(*p) {
                        w(s, *e);
                        continue;
                    }
                }
                w(s, *p);
            }
            s.push(')');
            match sig.results.len() {
                0 => {}
                1 => {
                    s.push(' ');
                    w(s, sig.results[0]);
                }
                _ => {
                    s.push_str(" (");
                    for (i, r) in sig.results.iter().enumerate() {
                        if i > 0 {
                            s.push_str(", ");
                        }
                        w(s, *r);
                    }
                    s.push(')');
                }
            }
        }
        Type::Interface(ms) => {
            if ms.is_empty() {
                s.push_str("interface {}");
                return;
            }
            s.push_str("interface { ");
            for (i, m) in ms.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                s.push_str(&m.name);
                let mut sig = String::new();
                write_name(info, &mut sig, m.sig, depth + 1, key, full);
                s.push_str(sig.trim_start_matches("func"));
            }
            s.push_str(" }");
        }
        Type::Tuple(_) | Type::Invalid | Type::Param(_) | Type::Constraint(_) => s.push_str("?"),
    }
}

/// Code left out of a function because no value of some types is ever in an interface
/// (nothing lowered so far converts them): a type switch clause (or comma-ok assertion) on
/// such types cannot match, and a `default` whose switch has a `nil` case is needed only
/// for a dynamic type no clause covers; likewise code under `runtime.kindUsed` for kinds no
/// descriptor has. When a conversion (or descriptor) of such a type is lowered, `func` is
/// lowered again, so lowering stays a monotone worklist and nothing reachable is missed.
pub(super) struct Prune {
    /// The Go function (module index, `Info::funcs` index).
    pub(super) func: (usize, usize),
    /// Type keys of the clauses left out.
    wait: Vec<String>,
    /// Kinds (bit k for reflect's kind k) whose `runtime.kindUsed` was false.
    pub(super) kinds: u32,
    /// For a `default` left out: the type keys its switch's clauses cover.
    covered: Option<Vec<String>>,
}

fn le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

impl Lowerer<'_> {
    /// The id of method `name` with signature `sig`: interface method tables and dynamic
    /// calls agree on it. Error and String come first (the runtime calls them).
    pub(super) fn method_id(&mut self, name: &str, sig: TypeId) -> u32 {
        let key = format!("{name} {}", type_key(self.info, sig));
        let id = self.method_id_of(&key);
        self.record(Step::Method { key, id });
        id
    }

    /// The id of the method with key `key` (name and signature), given on first request.
    pub(super) fn method_id_of(&mut self, key: &str) -> u32 {
        if self.method_ids.is_empty() {
            for (i, k) in FIRST_METHODS.iter().enumerate() {
                self.method_ids.insert((*k).into(), i as u32);
            }
        }
        let n = self.method_ids.len() as u32;
        match self.method_ids.get(key) {
            Some(&id) => id,
            None => {
                self.method_ids.insert(key.to_string(), n);
                n
            }
        }
    }

    /// The id method key `key` has now, if it has one (`method_id_of` gives the next ids).
    pub(super) fn known_method_id(&self, key: &str) -> Option<u32> {
        match self.method_ids.is_empty() {
            true => FIRST_METHODS.iter().position(|k| *k == key).map(|i| i as u32),
            false => self.method_ids.get(key).copied(),
        }
    }

    /// How many method ids are given (`method_id_of` counts the first two as given).
    pub(super) fn method_id_count(&self) -> usize {
        self.method_ids.len().max(FIRST_METHODS.len())
    }

    /// The data segment of t's descriptor; its contents are built by `build_descs`.
    pub(super) fn type_desc(&mut self, t: TypeId) -> u32 {
        self.desc_of(t, false)
    }

    /// t's descriptor, made a dynamic type when `dynamic` (`dynamic_desc`).
    pub(super) fn desc_of(&mut self, t: TypeId, dynamic: bool) -> u32 {
        let key = type_key(self.info, t);
        let d = match self.descs.get(&key) {
            Some(&d) => d,
            None => {
                let d = self.m.data.len() as u32;
                self.m.data.push(Vec::new());
                let k = 1u32.checked_shl(kind(self.info, t)).unwrap_or(0);
                self.converted(&key, false, k);
                self.kinds |= k;
                if self.reflects() {
                    // reflect makes interface values of any type with a descriptor (Value.Interface).
                    self.converted(&key, true, 0);
                    self.dynamic.push(key.clone());
                }
                self.descs.insert(key.clone(), d);
                self.desc_queue.push((t, d));
                d
            }
        };
        if dynamic && !self.dynamic.contains(&key) {
            self.converted(&key, true, 0);
            self.dynamic.push(key.clone());
        }
        if self.tape.is_some() {
            self.record(Step::Desc { seg: d, ty: t, key, dynamic });
        }
        d
    }

    /// Whether the program has package reflect: its descriptors then carry reflect's part.
    pub(super) fn reflects(&self) -> bool {
        self.info.packages.iter().any(|p| p.path == "reflect")
    }

    /// t's descriptor for a conversion to an interface: t becomes a dynamic type of the
    /// program. (Descriptors are also made for types inside others and for assertions; only
    /// conversions put values of a type in interfaces, the runtime never makes them.)
    fn dynamic_desc(&mut self, t: TypeId) -> u32 {
        self.desc_of(t, true)
    }

    /// `runtime.kindUsed(mask)`: whether some type of a kind in `mask` has a descriptor (so
    /// code reading values through descriptors may meet one); when not, the function is
    /// lowered again if one gets a descriptor.
    pub(super) fn kind_used(&mut self, mask: Option<u32>) -> bool {
        self.reads_program = true;
        let (Some(mask), Some(func)) = (mask, self.lowering) else { return true };
        if self.kinds & mask != 0 {
            return true;
        }
        self.prunes.push(Prune { func, wait: Vec::new(), covered: None, kinds: mask });
        false
    }

    /// Whether every dynamic type has its key in `keys`.
    fn descs_covered(&mut self, keys: &[String]) -> bool {
        let yes = self.dynamic.iter().all(|k| keys.contains(k));
        if self.tape.is_some() {
            self.record(Step::Covered { keys: keys.to_vec(), yes });
        }
        yes
    }

    /// Whether a value of type t may be in an interface: something converts t to one.
    fn is_dynamic(&mut self, t: TypeId) -> bool {
        let key = type_key(self.info, t);
        let yes = self.dynamic.contains(&key);
        self.record(Step::Dynamic { key, yes });
        yes
    }

    /// The type with key `key` got a descriptor of kind bit `kind` (or became a dynamic type
    /// if `dynamic`): functions that left out code for it are lowered again.
    fn converted(&mut self, key: &str, dynamic: bool, kind: u32) {
        let hit = |p: &Prune| p.kinds & kind != 0 || dynamic && (p.wait.iter().any(|k| k == key) || p.covered.as_ref().is_some_and(|c| !c.iter().any(|k| k == key)));
        while let Some(p) = self.prunes.iter().find(|p| hit(p)) {
            let f = p.func;
            self.prunes.retain(|p| p.func != f);
            if !self.relower.contains(&f) {
                self.relower.push(f);
            }
        }
    }

    /// A data segment holding `bytes` and the relocations `rel` (offsets into it).
    pub(super) fn data_with(&mut self, bytes: Vec<u8>, rel: Vec<(u32, Reloc)>) -> u32 {
        let d = self.m.data.len() as u32;
        self.m.data.push(bytes);
        self.m.relocs.extend(rel.into_iter().map(|(off, r)| (d, off, r)));
        d
    }

    /// Fills every requested descriptor (which may request more).
    pub(super) fn build_descs(&mut self) {
        while let Some((t, d)) = self.desc_queue.pop() {
            self.build_desc(t, d);
        }
    }

    fn build_desc(&mut self, t: TypeId, d: u32) {
        let info = self.info;
        let mut flags = kind(info, t);
        if !comparable(info, t, 0) {
            flags |= FLAG_UNCOMPARABLE;
        }
        if is_direct(info, t) {
            flags |= FLAG_DIRECT;
        }
        if info.types.is_named(t) {
            flags |= FLAG_NAMED;
        }
        let size = size_align(&info.types, t).0 as u32;
        let name = rt_name(info, t);
        let name_len = name.len() as u32;
        let name_d = self.string_data(name.into_bytes());
        let mut rel = vec![(8, Reloc::Data(name_d))];
        let (mut elem, mut len) = (None, 0u32);
        match info.types.under_type(t).clone() {
            Type::Pointer(e) | Type::Slice(e) => elem = Some(e),
            // Only reflect reads a channel's element type (fmt prints a channel as its
            // address): without it, the element's descriptor and method table (time's
            // `chan Time` would keep Time.String and all of Format) are left out.
            // With reflect, +20 holds the direction as reflect's ChanDir (1 recv, 2 send, 3 both).
            Type::Chan(d, e) if self.reflects() => {
                elem = Some(e);
                len = match d {
                    ChanDirKey::Recv => 1,
                    ChanDirKey::Send => 2,
                    ChanDirKey::Both => 3,
                };
            }
            Type::Chan(..) => {}
            Type::Array(n, e) => {
                elem = Some(e);
                len = n as u32;
            }
            Type::Map(k, v) => {
                elem = Some(v);
                let kd = self.type_desc(k);
                rel.push((20, Reloc::Data(kd)));
            }
            Type::Func(sig) if self.reflect_calls() => {
                let (counts, types) = self.signature_desc(&sig);
                len = counts;
                if let Some(td) = types {
                    rel.push((36, Reloc::Data(td)));
                }
            }
            _ => {}
        }
        if let Some(e) = elem {
            let ed = self.type_desc(e);
            rel.push((16, Reloc::Data(ed)));
        }
        // Methods.
        let nmethods;
        let mut method_names: Vec<(String, TypeId)> = Vec::new();
        if let Type::Interface(ms) = info.types.under_type(t).clone() {
            let mut entries: Vec<(u32, u32, u32)> = Vec::new();
            for m in &ms {
                let id = self.method_id(&m.name, m.sig);
                let nd = self.string_data(m.name.clone().into_bytes());
                entries.push((id, nd, m.name.len() as u32));
            }
            nmethods = entries.len() as u32;
            if nmethods > 0 {
                let mut bytes = Vec::new();
                let mut r = Vec::new();
                for (k, (id, nd, n)) in entries.into_iter().enumerate() {
                    le(&mut bytes, id);
                    r.push((k as u32 * 12 + 4, Reloc::Data(nd)));
                    le(&mut bytes, 0);
                    le(&mut bytes, n);
                }
                let md = self.data_with(bytes, r);
                rel.push((28, Reloc::Data(md)));
            }
        } else {
            let mut entries: Vec<(u32, FuncRef, String, TypeId)> = Vec::new();
            for name in self.iface_method_names() {
                let Some((loc, path, via_ptr)) = lookup_method(info, t, &name) else { continue };
                let sig = match &loc {
                    MethodLoc::Decl(obj) => {
                        let ptr = matches!(info.types.get(t), Type::Pointer(_));
                        if info.ptr_recv.contains(obj) && !ptr && !via_ptr {
                            continue;
                        }
                        info.obj(*obj).ty
                    }
                    MethodLoc::Iface(it, i) => match info.types.get(*it) {
                        Type::Interface(ms) => ms[*i].sig,
                        _ => continue,
                    },
                };
                let id = self.method_id(&name, sig);
                if let Some(f) = self.method_wrapper(t, &name, loc, &path, sig) {
                    entries.push((id, f, name, sig));
                }
            }
            crate::sort::sort_by_key(&mut entries, |e| e.0);
            nmethods = entries.len() as u32;
            if nmethods > 0 {
                let mut bytes = Vec::new();
                let mut r = Vec::new();
                for (k, (id, f, _, _)) in entries.iter().enumerate() {
                    le(&mut bytes, *id);
                    r.push((k as u32 * 8 + 4, Reloc::Func(*f)));
                    le(&mut bytes, 0);
                }
                let md = self.data_with(bytes, r);
                // Where reflect may call any method, every entry's function is kept.
                if !self.reflect_calls() {
                    self.m.method_tables.push(md);
                }
                rel.push((28, Reloc::Data(md)));
            }
            method_names = entries.into_iter().map(|e| (e.2, e.3)).collect();
        }
        // Fields.
        let mut nfields = 0;
        if let Type::Struct(fs) = info.types.under_type(t).clone() {
            let st = info.types.under(t);
            let mut bytes = Vec::new();
            let mut r = Vec::new();
            for (i, f) in fs.iter().enumerate() {
                let base = i as u32 * 16;
                let nd = self.string_data(f.name.clone().into_bytes());
                let fd = self.type_desc(f.ty);
                r.push((base, Reloc::Data(nd)));
                r.push((base + 8, Reloc::Data(fd)));
                le(&mut bytes, 0);
                le(&mut bytes, f.name.len() as u32);
                le(&mut bytes, 0);
                le(&mut bytes, field_offset(&info.types, st, i) as u32 | if f.embedded { 1 << 31 } else { 0 });
            }
            nfields = fs.len() as u32;
            if nfields > 0 {
                let fd = self.data_with(bytes, r);
                rel.push((36, Reloc::Data(fd)));
            }
        }
        let mut bytes = Vec::new();
        for v in [flags, size, 0, name_len, 0, len, nmethods, 0, nfields, 0] {
            le(&mut bytes, v);
        }
        if self.reflects() {
            self.reflect_part(t, &mut bytes, &mut rel, &method_names);
        }
        self.m.data[d as usize] = bytes;
        self.m.relocs.extend(rel.into_iter().map(|(off, r)| (d, off, r)));
    }

    /// reflect's part of a descriptor, after the runtime's (`reflect/type.go` reads it):
    /// +40 the descriptor of *t (0: none made), +44 package path (ptr, len), +52 name
    /// without the package (ptr, len; named types), +60 the fields' tags ((ptr, len) per
    /// field, 0 when none has one), +64 the maptype (maps) or the call trampoline (funcs,
    /// `reflectcall.rs`), +68 the method table's names ((ptr, len) per entry, then the
    /// signature's descriptor where reflect calls, `reflectcall.rs`).
    fn reflect_part(&mut self, t: TypeId, bytes: &mut Vec<u8>, rel: &mut Vec<(u32, Reloc)>, method_names: &[(String, TypeId)]) {
        let info = self.info;
        let base = bytes.len() as u32;
        let mut words = [0u32; 8];
        if let Some(p) = info.types.lookup(&Type::Pointer(t)) {
            let pd = self.type_desc(p);
            rel.push((base, Reloc::Data(pd)));
        }
        if let Type::Named(n) = info.types.get(t) {
            let nt = &info.types.named[*n as usize];
            let full = rt_name(info, t);
            let short = full.strip_prefix(&format!("{}.", crate::types::package_name(&nt.pkg))).unwrap_or(&full).to_string();
            for (i, text) in [(1, nt.pkg.clone()), (3, short)] {
                words[i + 1] = text.len() as u32;
                let sd = self.string_data(text.into_bytes());
                rel.push((base + i as u32 * 4, Reloc::Data(sd)));
            }
        }
        let pairs = |this: &mut Self, texts: Vec<String>, at: u32, rel: &mut Vec<(u32, Reloc)>| {
            if texts.iter().all(|s| s.is_empty()) {
                return;
            }
            let mut b = Vec::new();
            let mut r = Vec::new();
            for (i, text) in texts.into_iter().enumerate() {
                le(&mut b, 0);
                le(&mut b, text.len() as u32);
                if !text.is_empty() {
                    let sd = this.string_data(text.into_bytes());
                    r.push((i as u32 * 8, Reloc::Data(sd)));
                }
            }
            let td = this.data_with(b, r);
            rel.push((base + at, Reloc::Data(td)));
        };
        if let Type::Struct(fs) = info.types.under_type(t) {
            pairs(self, fs.iter().map(|f| f.tag.clone()).collect(), 20, rel);
        }
        if matches!(info.types.under_type(t), Type::Map(..)) {
            let md = self.maptype_data(t);
            rel.push((base + 24, Reloc::Data(md)));
        }
        if matches!(info.types.under_type(t), Type::Func(..)) && self.reflect_calls() {
            if let Some(f) = self.call_trampoline(t) {
                rel.push((base + 24, Reloc::Func(f)));
            }
        }
        if !method_names.is_empty() {
            let mut b = Vec::new();
            let mut r = Vec::new();
            for (i, (name, sig)) in method_names.iter().enumerate() {
                let at = i as u32 * if self.reflect_calls() { 12 } else { 8 };
                let sd = self.string_data(name.clone().into_bytes());
                r.push((at, Reloc::Data(sd)));
                if self.reflect_calls() {
                    let fd = self.type_desc(*sig);
                    r.push((at + 8, Reloc::Data(fd)));
                }
                le(&mut b, 0);
                le(&mut b, name.len() as u32);
                if self.reflect_calls() {
                    le(&mut b, 0);
                }
            }
            let nd = self.data_with(b, r);
            rel.push((base + 28, Reloc::Data(nd)));
        }
        for w in words {
            le(bytes, w);
        }
    }

    /// Names of the methods of every interface type in the program: only these can be called
    /// dynamically, so method tables list only these.
    fn iface_method_names(&mut self) -> Vec<String> {
        if self.iface_names.is_empty() {
            let mut names: Vec<String> = Vec::new();
            for id in 0..self.info.types.count() {
                if let Type::Interface(ms) = self.info.types.get(id) {
                    names.extend(ms.iter().map(|m| m.name.clone()));
                }
            }
            crate::sort::sort(&mut names);
            names.dedup();
            // Error and String are called by the runtime (panic values) even when no
            // interface of the program names them.
            for n in ["Error", "String"] {
                if !names.iter().any(|x| x == n) {
                    names.push(n.into());
                }
            }
            // Where reflect calls methods, any exported one may be named at run time.
            if self.reflect_calls() {
                let declared = self.info.types.named.iter().flat_map(|n| n.methods.iter().map(|m| &m.0));
                names.extend(declared.filter(|m| m.starts_with(|c: char| c.is_uppercase())).cloned());
                crate::sort::sort(&mut names);
                names.dedup();
            }
            self.iface_names = names;
        }
        self.iface_names.clone()
    }

    /// The function a method table entry points to: it takes the interface's data word and
    /// the method's arguments, finds the receiver (through embedded fields) and calls the
    /// method.
    fn method_wrapper(&mut self, t: TypeId, name: &str, loc: MethodLoc, path: &[usize], sig: TypeId) -> Option<FuncRef> {
        let info = self.info;
        let Type::Func(s) = info.types.get(sig).clone() else { return None };
        let mut params = vec![ValType::I32];
        params.extend(s.params.iter().flat_map(|p| vals(info, *p)));
        let results: Vec<ValType> = s.results.iter().flat_map(|r| vals(info, *r)).collect();
        let result_ptrs: Vec<bool> = s.results.iter().flat_map(|r| ptr_flags(info, *r)).collect();
        // gc's names: main.T.M, main.(*T).M.
        let fname = match info.types.get(t) {
            Type::Pointer(e) => {
                let n = rt_name(info, *e);
                match n.split_once('.') {
                    Some((pkg, rest)) => format!("{pkg}.(*{rest}).{name}"),
                    None => format!("(*{n}).{name}"),
                }
            }
            _ => format!("{}.{name}", rt_name(info, t)),
        };
        let idx = self.m.funcs.len() as u32;
        self.m.funcs.push(Func { file: Default::default(), name: fname.clone().into(), params: params.clone().into(), results: results.clone().into(), locals: vec![], body: Default::default() });
        let mut fl = FnLower::new_init(self, params.clone());
        fl.name = fname;
        fl.nparams = params.len() as u32;
        fl.results = results.clone();
        fl.result_ptrs = result_ptrs;
        let args: Vec<E> = (1..params.len() as u32).map(E::Local).collect();
        let call = fl.wrapper_call(t, loc, path, args);
        fl.return_call(call, &results);
        let (locals, body) = fl.finish();
        self.m.funcs[idx as usize].locals = locals;
        self.m.funcs[idx as usize].body = body.into();
        Some(FuncRef::Func(idx))
    }
}

/// Where a value is during a method wrapper's walk to the receiver.
enum Loc {
    /// The value itself (a pointer-shaped type).
    Direct(E),
    /// The address of the value.
    Addr(E),
}

impl FnLower<'_, '_> {
    /// Returns what `call` returns: the body of a wrapper whose results are the callee's.
    fn return_call(&mut self, call: E, results: &[ValType]) {
        match results.len() {
            0 => self.emit(S::Drop(call, 0)),
            1 => self.emit(S::Return(vec![call])),
            _ => {
                let ls: Vec<Local> = results.iter().map(|v| self.new_local(*v)).collect();
                self.emit(S::SetMulti(ls.clone(), call));
                self.emit(S::Return(ls.into_iter().map(E::Local).collect()));
            }
        }
    }

    fn wrapper_call(&mut self, t: TypeId, loc: MethodLoc, path: &[usize], args: Vec<E>) -> E {
        let info = self.info();
        let mut ct = t;
        let mut at = if is_direct(info, t) { Loc::Direct(E::Local(0)) } else { Loc::Addr(E::Local(0)) };
        for &i in path {
            // To the struct: through a pointer if the current value is one.
            let addr = match (at, info.types.under_type(ct).clone()) {
                (Loc::Direct(p), Type::Pointer(e)) => {
                    ct = e;
                    self.nil_guard(p, 0)
                }
                (Loc::Addr(a), Type::Pointer(e)) => {
                    ct = e;
                    self.nil_guard(E::Load(Mem::I32, Box::new(a)), 0)
                }
                (Loc::Addr(a), _) | (Loc::Direct(a), _) => a,
            };
            let Type::Struct(fs) = info.types.under_type(ct).clone() else { return E::I32(0) };
            at = Loc::Addr(data::offset(addr, field_offset(&info.types, info.types.under(ct), i) as u32));
            ct = fs[i].ty;
        }
        match loc {
            MethodLoc::Decl(obj) => {
                let Some(&f) = self.l.funcs.get(&obj) else { return E::I32(0) };
                let recv_ptr = info.ptr_recv.contains(&obj);
                let ct_ptr = matches!(info.types.under_type(ct), Type::Pointer(_)) && !info.types.is_named(ct);
                let mut av = match (at, recv_ptr, ct_ptr) {
                    (Loc::Direct(p), true, _) => vals![p],
                    (Loc::Addr(a), true, true) => vals![E::Load(Mem::I32, Box::new(a))],
                    (Loc::Addr(a), true, false) => vals![a],
                    (Loc::Direct(p), false, true) => {
                        let base = match info.types.under_type(ct) {
                            Type::Pointer(e) => *e,
                            _ => ct,
                        };
                        let p = self.nil_guard(p, 0);
                        self.load_at(base, p)
                    }
                    (Loc::Addr(a), false, true) => {
                        let base = match info.types.under_type(ct) {
                            Type::Pointer(e) => *e,
                            _ => ct,
                        };
                        let p = self.nil_guard(E::Load(Mem::I32, Box::new(a)), 0);
                        self.load_at(base, p)
                    }
                    (Loc::Direct(v), false, false) => vals![v],
                    (Loc::Addr(a), false, false) => self.load_at(ct, a),
                };
                av.extend(args);
                E::Call(f, av.into_vec())
            }
            MethodLoc::Iface(it, i) => {
                let a = match at {
                    Loc::Addr(a) | Loc::Direct(a) => a,
                };
                let iv = self.load_at(it, a);
                let (name, sig) = match info.types.get(it) {
                    Type::Interface(ms) => (ms[i].name.clone(), ms[i].sig),
                    _ => return E::I32(0),
                };
                self.dyn_call(iv.into_vec(), &name, sig, args, 0)
            }
        }
    }

    /// Calls method `name` (signature sig) of the interface value iv with `args`.
    fn dyn_call(&mut self, iv: Vec<E>, name: &str, sig: TypeId, args: Vec<E>, pos: Pos) -> E {
        let info = self.info();
        let Type::Func(s) = info.types.get(sig).clone() else { return E::I32(0) };
        let tl = self.temp(iv.first().cloned().unwrap_or(E::I32(0)), ValType::I32);
        let dl = self.temp(iv.get(1).cloned().unwrap_or(E::I32(0)), ValType::I32);
        let id = self.l.method_id(name, sig);
        let t = self.nil_guard(E::Local(tl), pos);
        let f = self.rt("ifaceMethod", pos);
        let mut params = vec![ValType::I32];
        params.extend(s.params.iter().flat_map(|p| vals(info, *p)));
        let results = s.results.iter().flat_map(|r| vals(info, *r)).collect();
        let mut all = vec![E::Local(dl)];
        all.extend(args);
        E::indirect(params, results, E::Call(f, vec![t, E::I32(id as i32)]), all)
    }

    /// A call `x.M(args)` of a method of an interface type (x may reach it through embedded
    /// fields).
    pub(super) fn iface_call(&mut self, e: &Expr, fun: &Expr, args: &[Expr], it: TypeId, i: usize) -> E {
        let info = self.info();
        let ExprKind::Selector(x, _) = &strip(fun).kind else { return E::I32(0) };
        let iv = match info.fields.get(&strip(fun).id) {
            Some(path) if !path.is_empty() => {
                let path = path.clone();
                let a = self.field_addr(x, &path, fun.pos);
                self.load_at(it, a)
            }
            _ => self.expr(x),
        };
        let iv: Vals = iv.into_iter().map(|v| E::Local(self.temp(v, ValType::I32))).collect();
        let (name, sig) = match info.types.get(it) {
            Type::Interface(ms) => (ms[i].name.clone(), ms[i].sig),
            _ => return E::I32(0),
        };
        let Type::Func(s) = info.types.get(sig).clone() else { return E::I32(0) };
        let av = self.call_args(e, &s, args);
        self.test_iface_site(x, e.pos);
        self.dyn_call(iv.into_vec(), &name, sig, av, e.pos)
    }

    /// Converts values of type `from` to an interface value.
    pub(super) fn to_iface(&mut self, from: TypeId, v: Vals, pos: Pos) -> Vals {
        // The runtime hands interface values to the program only through recover (its
        // runtime errors), so without recover its conversions are like panic values.
        let dynamic = !self.runtime || self.info().uses_recover;
        self.to_iface_as(from, v, pos, dynamic)
    }

    /// A panic's value: without recover in the program only the runtime's panic printer
    /// sees it (through the descriptor), so its type need not become a dynamic type.
    pub(super) fn panic_iface(&mut self, from: TypeId, v: Vals, pos: Pos) -> Vals {
        let recover = self.info().uses_recover;
        self.to_iface_as(from, v, pos, recover)
    }

    fn to_iface_as(&mut self, from: TypeId, v: Vals, pos: Pos, dynamic: bool) -> Vals {
        let info = self.info();
        if info.types.is_interface(from) {
            return v;
        }
        let from = match info.types.basic_of(from) {
            Some(Basic::UntypedNil) => return vals![E::I32(0), E::I32(0)],
            Some(b) if b.is_untyped() => {
                let d = match b {
                    Basic::UntypedBool => Basic::Bool,
                    Basic::UntypedRune => Basic::Int32,
                    Basic::UntypedFloat => Basic::Float64,
                    Basic::UntypedComplex => Basic::Complex128,
                    Basic::UntypedString => Basic::String,
                    _ => Basic::Int,
                };
                info.types.basic_id(d)
            }
            _ => from,
        };
        let d = if dynamic { self.l.dynamic_desc(from) } else { self.l.type_desc(from) };
        if is_direct(info, from) {
            return vals![E::Data(d), v.into_iter().next().unwrap_or(E::I32(0))];
        }
        let vs: Vals = if v.len() > 1 { v.into_iter().zip(vals(info, from)).map(|(x, vt)| E::Local(self.temp(x, vt))).collect() } else { v };
        let cell = self.alloc(from, None, pos);
        self.store_at(from, E::Local(cell), vs);
        vals![E::Data(d), E::Local(cell)]
    }

    /// The arguments of `f(g())`: g's results, each converted to its parameter's type when
    /// that is an interface, those past f's last parameter packed as its variadic slice.
    pub(super) fn spread_args(&mut self, arg: &Expr, sig: &crate::types::Signature, pos: Pos) -> Vals {
        let info = self.info();
        let Type::Tuple(ts) = info.types.get(info.expr_type(arg)).clone() else { return vals![] };
        let values = self.split_multi(arg);
        let n = sig.params.len();
        let el = match info.types.get(sig.params.last().copied().unwrap_or(crate::types::INVALID)) {
            Type::Slice(e) if sig.variadic => Some(*e),
            _ => None,
        };
        let mut out = Vec::new();
        let mut rest = Vec::new();
        for (i, (t, v)) in ts.iter().zip(values).enumerate() {
            let variadic = el.is_some() && i + 1 >= n;
            let pt = if variadic { el.unwrap_or(*t) } else { sig.params.get(i).copied().unwrap_or(*t) };
            let v = if info.types.is_interface(pt) && !info.types.is_interface(*t) { self.to_iface(*t, v, pos) } else { v };
            if variadic {
                rest.push(v);
            } else {
                out.extend(v);
            }
        }
        if let Some(el) = el {
            if rest.is_empty() {
                out.extend([E::I32(0), E::I32(0), E::I32(0)]);
            } else {
                let k = rest.len() as i32;
                let cell = self.alloc(el, Some(E::I32(k)), pos);
                let size = self.size_of(el);
                for (j, v) in rest.into_iter().enumerate() {
                    self.store_at(el, data::offset(E::Local(cell), j as u32 * size), v);
                }
                out.extend([E::Local(cell), E::I32(k), E::I32(k)]);
            }
        }
        out.into()
    }

    /// The values of a multi-value right side (`a, b = f()`), each converted to an interface
    /// when its target is one and the value is not.
    pub(super) fn convert_spread(&mut self, rhs: &[Expr], values: Vec<Vals>, targets: &[TypeId]) -> Vec<Vals> {
        let info = self.info();
        let [r] = rhs else { return values };
        let t = info.expr_type(r);
        let ts = match info.types.get(t) {
            Type::Tuple(ts) => ts.clone(),
            // A comma-ok form (`v, ok = m[k]`, `<-ch`, `x.(T)`): the value, then an untyped bool.
            _ if self.is_comma_ok(r) => vec![t, info.types.basic_id(crate::types::Basic::Bool)],
            _ => return values,
        };
        let pos = r.pos;
        values
            .into_iter()
            .enumerate()
            .map(|(i, v)| match (ts.get(i), targets.get(i)) {
                (Some(&t), Some(&to)) if info.types.is_interface(to) && !info.types.is_interface(t) => self.to_iface(t, v, pos),
                _ => v,
            })
            .collect()
    }

    /// `x.(T)`: T's values, then (comma-ok) whether it held; without comma-ok a failure panics.
    pub(super) fn type_assert(&mut self, e: &Expr, x: &Expr, comma_ok: bool) -> Vals {
        let info = self.info();
        let t = info.expr_type(e);
        let xt = info.expr_type(x);
        let iv = self.expr(x);
        let tl = self.temp(iv.first().cloned().unwrap_or(E::I32(0)), ValType::I32);
        let dl = self.temp(iv.get(1).cloned().unwrap_or(E::I32(0)), ValType::I32);
        let ok = self.new_local(ValType::I32);
        let target_iface = info.types.is_interface(t);
        // A comma-ok assertion to a type no value in an interface has fails (see `Prune`).
        if let Some(func) = self.l.lowering.filter(|_| comma_ok && !target_iface && !self.runtime && !self.l.is_dynamic(t)) {
            self.l.reads_program = true;
            self.l.prunes.push(Prune { func, wait: vec![type_key(info, t)], covered: None, kinds: 0 });
            self.emit(S::Set(ok, E::I32(0)));
            let mut out = self.unbox(t, dl, Some(ok), e.pos);
            out.push(E::Local(ok));
            return out;
        }
        let want = self.l.type_desc(t);
        let test = if target_iface {
            let f = self.rt("implements", e.pos);
            E::Call(f, vec![E::Local(tl), E::Data(want)])
        } else {
            bin(BinOp::Eq, ValType::I32, E::Local(tl), E::Data(want))
        };
        self.emit(S::Set(ok, test));
        if !comma_ok {
            let src = self.l.type_desc(xt);
            let site = self.l.site(&self.name.clone(), e.pos);
            let f = self.rt("panicAssert", e.pos);
            let mut a = vec![E::Local(tl), E::Data(src), E::Data(want)];
            a.extend(site);
            self.emit(S::If(E::Un(UnOp::Eqz, ValType::I32, Box::new(E::Local(ok))), vec![S::Drop(E::Call(f, a), 0), S::Unreachable], vec![]));
        }
        let mut out = if target_iface {
            vals![E::Select(Box::new(E::Local(tl)), Box::new(E::I32(0)), Box::new(E::Local(ok))), E::Select(Box::new(E::Local(dl)), Box::new(E::I32(0)), Box::new(E::Local(ok)))]
        } else {
            self.unbox(t, dl, comma_ok.then_some(ok), e.pos)
        };
        if comma_ok {
            out.push(E::Local(ok));
        }
        out
    }

    /// The value of type t in an interface's data word (zero when `ok` is false).
    fn unbox(&mut self, t: TypeId, dl: Local, ok: Option<Local>, pos: Pos) -> Vals {
        let info = self.info();
        if is_direct(info, t) {
            return vals![match ok {
                Some(ok) => E::Select(Box::new(E::Local(dl)), Box::new(E::I32(0)), Box::new(E::Local(ok))),
                None => E::Local(dl),
            }];
        }
        let Some(ok) = ok else { return self.load_at(t, E::Local(dl)) };
        if is_aggregate(info, t) {
            // A zero value when the assertion fails.
            let cell = self.new_local(ValType::I32);
            let zero_cell = self.nested(|f| {
                let z = f.alloc(t, None, pos);
                f.emit(S::Set(cell, E::Local(z)));
            });
            self.emit(S::If(E::Local(ok), vec![S::Set(cell, E::Local(dl))], zero_cell));
            return vals![E::Local(cell)];
        }
        let vts = vals(info, t);
        let ls: Vec<Local> = vts.iter().map(|v| self.new_local(*v)).collect();
        let loaded = self.nested(|f| {
            let vs = f.load_at(t, E::Local(dl));
            for (l, v) in ls.iter().zip(vs) {
                f.emit(S::Set(*l, v));
            }
        });
        let zeros = ls.iter().zip(&vts).map(|(l, v)| S::Set(*l, zero(*v))).collect();
        self.emit(S::If(E::Local(ok), loaded, zeros));
        ls.into_iter().map(E::Local).collect()
    }

    /// == on interface values (also inside structs and arrays).
    pub(super) fn iface_equal(&mut self, a: Vals, b: Vals) -> E {
        let site = self.l.site(&self.name.clone(), 0);
        let f = self.rt("efaceeq", 0);
        let mut args = a;
        args.extend(b);
        args.extend(site);
        E::Call(f, args.into_vec())
    }

    /// `switch [x :=] v.(type) { ... }`.
    pub(super) fn type_switch(&mut self, label: Option<String>, init: Option<&Stmt>, bind: Option<&Ident>, x: &Expr, clauses: &[CaseClause]) {
        let _ = bind;
        if let Some(i) = init {
            self.stmt(i);
        }
        let info = self.info();
        let xt = info.expr_type(x);
        let iv = self.expr(x);
        let tl = self.temp(iv.first().cloned().unwrap_or(E::I32(0)), ValType::I32);
        let tl2 = self.new_local(ValType::I32);
        self.emit(S::Set(tl2, E::Local(tl)));
        let dl = self.root_local();
        self.emit(S::Set(dl, iv.get(1).cloned().unwrap_or(E::I32(0))));
        let brk = self.new_label();
        self.loops.push(LoopCtx { label, brk, cont: None });
        let mut out = Vec::new();
        let mut default = None;
        // Clauses of types nothing converts are left out (see `Prune`), in a Go
        // function's body (which can be lowered again).
        // Not in the runtime: it also sees the values it converts itself (see `to_iface`).
        let func = self.l.lowering.filter(|_| !self.runtime);
        let mut wait = Vec::new();
        let mut covered = Some(Vec::new());
        let mut has_nil = false;
        for c in clauses {
            let Some(types) = &c.exprs else {
                default = Some(c);
                continue;
            };
            let mut cond: Option<E> = None;
            for te in types {
                let tt = info.expr_type(te);
                let test = if info.types.basic_of(tt) == Some(Basic::UntypedNil) {
                    has_nil = true;
                    E::Un(UnOp::Eqz, ValType::I32, Box::new(E::Local(tl2)))
                } else if info.types.is_interface(tt) {
                    covered = None;
                    let d = self.l.type_desc(tt);
                    let f = self.rt("implements", te.pos);
                    E::Call(f, vec![E::Local(tl2), E::Data(d)])
                } else {
                    if let Some(c) = &mut covered {
                        c.push(type_key(info, tt));
                    }
                    if func.is_some() && !self.l.is_dynamic(tt) {
                        wait.push(type_key(info, tt));
                        continue;
                    }
                    let d = self.l.type_desc(tt);
                    bin(BinOp::Eq, ValType::I32, E::Local(tl2), E::Data(d))
                };
                cond = Some(match cond {
                    None => test,
                    Some(c) => E::If(ValType::I32, Box::new(c), Box::new(E::I32(1)), Box::new(test)),
                });
            }
            let Some(cond) = cond else { continue };
            let body = self.nested(|f| {
                f.bind_case(c, xt, tl2, dl);
                f.block(&c.body);
                f.emit(S::Br(brk));
            });
            out.push(S::If(cond, body, vec![]));
        }
        // Without a nil case, a nil interface takes the default.
        let covered = covered.filter(|c| has_nil && default.is_some() && func.is_some() && self.l.descs_covered(c));
        if let Some(func) = func.filter(|_| !wait.is_empty() || covered.is_some()) {
            self.l.reads_program = true;
            self.l.prunes.push(Prune { func, wait, covered: covered.clone(), kinds: 0 });
        }
        if let Some(c) = default.filter(|_| covered.is_none()) {
            let body = self.nested(|f| {
                f.bind_case(c, xt, tl2, dl);
                f.block(&c.body);
            });
            out.extend(body);
        }
        self.loops.pop();
        self.emit(S::Block(brk, out));
    }

    /// Declares a type switch clause's variable: the case's type when it names exactly one
    /// (non-nil) type, else the switch operand's interface type.
    fn bind_case(&mut self, c: &CaseClause, xt: TypeId, tl: Local, dl: Local) {
        let info = self.info();
        let Some(&obj) = info.implicits.get(&c.colon) else { return };
        let t = info.obj(obj).ty;
        let vs = if info.types.identical(t, xt) || info.types.is_interface(t) {
            vals![E::Local(tl), E::Local(dl)]
        } else {
            self.unbox(t, dl, None, c.pos)
        };
        self.declare_var(obj, t, Some(vs), false, c.pos);
    }

    /// panic(v) with a value of a non-basic type: converted to an interface, printed by the
    /// runtime (Error or String methods, else gc's `(T) addr`).
    pub(super) fn panic_value(&mut self, e: &Expr, arg: &Expr) {
        let info = self.info();
        let at = info.expr_type(arg);
        let v = self.expr(arg);
        let iv = if info.iface_conv.contains_key(&arg.id) { v } else { self.panic_iface(at, v, e.pos) };
        let site = self.l.site(&self.name.clone(), e.pos);
        let f = self.rt("panicIface", e.pos);
        let mut a = iv;
        a.extend(site);
        self.emit(S::Drop(E::Call(f, a.into_vec()), 0));
        self.emit(S::Unreachable);
    }
}

/// The kinds of functions that make methods into func values.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum MethodFunc {
    /// `x.M`: the receiver is bound in a heap cell (the closure object's one cell).
    Bound(ObjId),
    /// `T.M` / `(*T).M` with receiver type T: the receiver is the first argument.
    Expr(ObjId, TypeId),
    /// `i.M` of an interface type (method index i): the interface value is bound.
    Iface(TypeId, usize),
    /// `I.M` of an interface type: the interface value is the first argument.
    IfaceExpr(TypeId, usize),
}

impl Lowerer<'_> {
    /// The function behind a method value or method expression (one per method and kind),
    /// taking the closure object first, as every function reached through a func value.
    fn method_func(&mut self, k: MethodFunc) -> FuncRef {
        if let Some(&f) = self.method_funcs.get(&k) {
            return f;
        }
        let info = self.info;
        let (sig, name) = match k {
            MethodFunc::Bound(obj) | MethodFunc::Expr(obj, _) => (info.obj(obj).ty, self.funcs.get(&obj).and_then(|f| match f {
                FuncRef::Func(i) => Some(self.m.funcs[*i as usize].name.to_string()),
                _ => None,
            }).unwrap_or_default()),
            MethodFunc::Iface(it, i) | MethodFunc::IfaceExpr(it, i) => match info.types.get(it) {
                Type::Interface(ms) => (ms[i].sig, format!("{}.{}", rt_name(info, it), ms[i].name)),
                _ => (crate::types::INVALID, String::new()),
            },
        };
        let Type::Func(s) = info.types.get(sig).clone() else { return FuncRef::Func(0) };
        let mut params = vec![ValType::I32];
        let recv_vals = match k {
            MethodFunc::Expr(_, t) | MethodFunc::IfaceExpr(t, _) => vals(info, t),
            _ => vec![],
        };
        params.extend(recv_vals.iter().copied());
        params.extend(s.params.iter().flat_map(|p| vals(info, *p)));
        let results: Vec<ValType> = s.results.iter().flat_map(|r| vals(info, *r)).collect();
        let idx = self.m.funcs.len() as u32;
        self.m.funcs.push(Func { file: Default::default(), name: format!("{name}-fm").into(), params: params.clone().into(), results: results.clone().into(), locals: vec![], body: Default::default() });
        self.m.closures.push(idx);
        self.method_funcs.insert(k, FuncRef::Func(idx));
        let mut fl = FnLower::new_init(self, params.clone());
        fl.name = format!("{name}-fm");
        fl.nparams = params.len() as u32;
        fl.results = results.clone();
        fl.result_ptrs = s.results.iter().flat_map(|r| ptr_flags(info, *r)).collect();
        let first_arg = 1 + recv_vals.len() as u32;
        let args: Vec<E> = (first_arg..params.len() as u32).map(E::Local).collect();
        let call = match k {
            MethodFunc::Bound(obj) => {
                let target = fl.l.funcs.get(&obj).copied().unwrap_or(FuncRef::Func(0));
                let fwd = fl.l.forward_defer_target(idx, target);
                fl.out.last_mut().map(|o| o.extend(fwd));
                let rt = fl.l.recv_types.get(&obj).copied().unwrap_or(crate::types::INVALID);
                let cell = E::Load(Mem::I32, Box::new(data::offset(E::Local(0), 4)));
                let mut av = fl.load_at(rt, cell);
                av.extend(args);
                E::Call(fl.l.funcs.get(&obj).copied().unwrap_or(FuncRef::Func(0)), av.into_vec())
            }
            MethodFunc::Expr(obj, t) => {
                let rt = fl.l.recv_types.get(&obj).copied().unwrap_or(crate::types::INVALID);
                let recv: Vals = (1..first_arg).map(E::Local).collect();
                let t_ptr = matches!(info.types.get(t), Type::Pointer(_));
                let rt_ptr = info.ptr_recv.contains(&obj);
                let mut av = if t_ptr && !rt_ptr {
                    let p = fl.nil_guard(recv[0].clone(), 0);
                    fl.load_at(rt, p)
                } else {
                    recv
                };
                av.extend(args);
                E::Call(fl.l.funcs.get(&obj).copied().unwrap_or(FuncRef::Func(0)), av.into_vec())
            }
            MethodFunc::Iface(it, i) | MethodFunc::IfaceExpr(it, i) => {
                let iv = if matches!(k, MethodFunc::Iface(..)) {
                    let cell = E::Load(Mem::I32, Box::new(data::offset(E::Local(0), 4)));
                    fl.load_at(it, cell)
                } else {
                    (1..first_arg).map(E::Local).collect()
                };
                let (mname, msig) = match info.types.get(it) {
                    Type::Interface(ms) => (ms[i].name.clone(), ms[i].sig),
                    _ => (String::new(), sig),
                };
                fl.dyn_call(iv.into_vec(), &mname, msig, args, 0)
            }
        };
        fl.return_call(call, &results);
        let (locals, body) = fl.finish();
        self.m.funcs[idx as usize].locals = locals;
        self.m.funcs[idx as usize].body = body.into();
        FuncRef::Func(idx)
    }
}

impl FnLower<'_, '_> {
    /// Whether `fun` is a method expression `T.M`.
    pub(super) fn is_method_expr(&self, fun: &Expr) -> bool {
        let info = self.info();
        match &strip(fun).kind {
            ExprKind::Selector(x, _) => info.exprs.get(&x.id).is_some_and(|i| i.is_type) && info.uses.get(&strip(fun).id).is_some_and(|o| self.l.recv_types.contains_key(o)),
            _ => false,
        }
    }

    /// A method value `x.M` or method expression `T.M` as a func value; None when the
    /// selector is not a method.
    pub(super) fn method_value(&mut self, e: &Expr, x: &Expr) -> Option<Vals> {
        let info = self.info();
        let x_is_type = info.exprs.get(&x.id).is_some_and(|i| i.is_type);
        if let Some(&(it, i)) = info.iface_methods.get(&e.id) {
            if x_is_type {
                let f = self.l.method_func(MethodFunc::IfaceExpr(it, i));
                let ctx = self.closure_object(f, vec![], e.pos);
                return Some(vals![E::Local(ctx)]);
            }
            let iv = match info.fields.get(&e.id) {
                Some(path) if !path.is_empty() => {
                    let path = path.clone();
                    let a = self.field_addr(x, &path, e.pos);
                    self.load_at(it, a)
                }
                _ => self.expr(x),
            };
            let iv: Vals = iv.into_iter().map(|v| E::Local(self.temp(v, ValType::I32))).collect();
            // gc evaluates i.M at once: a nil interface panics here.
            self.nil_guard(iv[0].clone(), e.pos);
            let cell = self.alloc(it, None, e.pos);
            self.store_at(it, E::Local(cell), iv);
            let f = self.l.method_func(MethodFunc::Iface(it, i));
            let ctx = self.closure_object(f, vec![E::Local(cell)], e.pos);
            return Some(vals![E::Local(ctx)]);
        }
        let obj = *info.uses.get(&e.id)?;
        let rt = *self.l.recv_types.get(&obj)?;
        if x_is_type {
            let f = self.l.method_func(MethodFunc::Expr(obj, info.expr_type(x)));
            let ctx = self.closure_object(f, vec![], e.pos);
            return Some(vals![E::Local(ctx)]);
        }
        let path = info.fields.get(&e.id).cloned().unwrap_or_default();
        let recv = self.receiver(x, &path, rt, e.pos);
        let recv: Vals = recv.into_iter().zip(vals(info, rt)).map(|(v, vt)| E::Local(self.temp(v, vt))).collect();
        let cell = self.alloc(rt, None, e.pos);
        self.store_at(rt, E::Local(cell), recv);
        let f = self.l.method_func(MethodFunc::Bound(obj));
        let ctx = self.closure_object(f, vec![E::Local(cell)], e.pos);
        Some(vals![E::Local(ctx)])
    }
}
