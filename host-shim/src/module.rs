//! What a module imports and exports with their Wasm signatures, its sections, and its
//! `gowasm` metadata: what the host needs before instantiating it (stubs need the result
//! types, which a browser's `WebAssembly.Module.imports` does not give) and what `inspect`
//! shows.

use std::fmt;

use gowasm_meta::{Func, Kind, Meta, Param, WasmType};
use wasmparser::{CompositeInnerType, ExternalKind, Parser, Payload, TypeRef, ValType};

/// A function type made of the four number types (the only ones gowasm modules use).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct FuncSig {
    pub params: Vec<WasmType>,
    pub results: Vec<WasmType>,
}

impl fmt::Display for FuncSig {
    /// `(i32, i32) -> i32`, or `(i32)` without results.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |v: &[WasmType]| v.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ");
        write!(f, "({})", list(&self.params))?;
        if !self.results.is_empty() {
            write!(f, " -> {}", list(&self.results))?;
        }
        Ok(())
    }
}

/// What an import or export is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExternKind {
    Func(FuncSig),
    Memory,
    Table,
    Global,
    Tag,
}

impl ExternKind {
    /// `a function`, `a memory`, ...
    pub fn describe(&self) -> &'static str {
        match self {
            ExternKind::Func(_) => "a function",
            ExternKind::Memory => "a memory",
            ExternKind::Table => "a table",
            ExternKind::Global => "a global",
            ExternKind::Tag => "a tag",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    pub module: String,
    pub name: String,
    pub kind: ExternKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    pub name: String,
    pub kind: ExternKind,
}

/// A section and the size of its contents in bytes; custom sections are named `custom NAME`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub name: String,
    pub size: usize,
}

/// How the module is meant to be run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModuleKind {
    /// Exports `_start`: a WASI command.
    Command,
    /// Exports `_initialize`: gc's `-buildmode=c-shared`.
    Reactor,
    /// Neither: exports can be called right away.
    Library,
}

/// A module's interface, read from its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModuleInfo {
    pub size: usize,
    pub imports: Vec<Import>,
    pub exports: Vec<Export>,
    pub sections: Vec<Section>,
    /// The `gowasm` section, when the module has one.
    pub meta: Option<Meta>,
}

impl ModuleInfo {
    pub fn parse(bytes: &[u8]) -> Result<ModuleInfo, String> {
        let bad = |e: wasmparser::BinaryReaderError| format!("invalid module: {e}");
        let mut info = ModuleInfo { size: bytes.len(), imports: Vec::new(), exports: Vec::new(), sections: Vec::new(), meta: None };
        let mut types: Vec<Option<FuncSig>> = Vec::new();
        let mut funcs: Vec<u32> = Vec::new();
        let sig = |types: &[Option<FuncSig>], t: u32| types.get(t as usize).cloned().flatten().ok_or_else(|| format!("invalid module: function type {t} is not a function type of numbers"));
        for payload in Parser::new(0).parse_all(bytes) {
            let payload = payload.map_err(bad)?;
            if let Some((id, range)) = payload.as_section() {
                let name = match &payload {
                    Payload::CustomSection(c) => format!("custom {}", c.name()),
                    _ => section_name(id).to_string(),
                };
                info.sections.push(Section { name, size: (range.end - range.start) as usize });
            }
            match payload {
                Payload::TypeSection(r) => {
                    for group in r {
                        for sub in group.map_err(bad)?.types() {
                            types.push(match &sub.composite_type.inner {
                                CompositeInnerType::Func(f) => func_sig(f.params(), f.results()),
                                _ => None,
                            });
                        }
                    }
                }
                Payload::ImportSection(r) => {
                    for imp in r.into_imports() {
                        let imp = imp.map_err(bad)?;
                        let kind = match imp.ty {
                            TypeRef::Func(t) | TypeRef::FuncExact(t) => {
                                funcs.push(t);
                                ExternKind::Func(sig(&types, t)?)
                            }
                            TypeRef::Memory(_) => ExternKind::Memory,
                            TypeRef::Table(_) => ExternKind::Table,
                            TypeRef::Global(_) => ExternKind::Global,
                            TypeRef::Tag(_) => ExternKind::Tag,
                        };
                        info.imports.push(Import { module: imp.module.to_string(), name: imp.name.to_string(), kind });
                    }
                }
                Payload::FunctionSection(r) => {
                    for t in r {
                        funcs.push(t.map_err(bad)?);
                    }
                }
                Payload::ExportSection(r) => {
                    for e in r {
                        let e = e.map_err(bad)?;
                        let kind = match e.kind {
                            ExternalKind::Func | ExternalKind::FuncExact => {
                                let t = funcs.get(e.index as usize).ok_or_else(|| format!("invalid module: export {} names no function", e.name))?;
                                ExternKind::Func(sig(&types, *t)?)
                            }
                            ExternalKind::Memory => ExternKind::Memory,
                            ExternalKind::Table => ExternKind::Table,
                            ExternalKind::Global => ExternKind::Global,
                            ExternalKind::Tag => ExternKind::Tag,
                        };
                        info.exports.push(Export { name: e.name.to_string(), kind });
                    }
                }
                Payload::CustomSection(c) if c.name() == gowasm_meta::SECTION_NAME => {
                    info.meta = Some(Meta::decode(c.data())?);
                }
                _ => {}
            }
        }
        Ok(info)
    }

    pub fn kind(&self) -> ModuleKind {
        if self.export_sig("_start").is_some() {
            ModuleKind::Command
        } else if self.export_sig("_initialize").is_some() {
            ModuleKind::Reactor
        } else {
            ModuleKind::Library
        }
    }

    /// The Wasm signature of an exported function.
    pub fn export_sig(&self, name: &str) -> Option<&FuncSig> {
        self.exports.iter().find_map(|e| match &e.kind {
            ExternKind::Func(sig) if e.name == name => Some(sig),
            _ => None,
        })
    }

    /// An exported function as the host calls it: its Go signature from the `gowasm` section,
    /// or, for modules without one, each Wasm value as a Go number of the same size.
    pub fn export_func(&self, name: &str) -> Option<Func> {
        if let Some(f) = self.meta.as_ref().and_then(|m| m.export(name)) {
            return Some(f.clone());
        }
        let sig = self.export_sig(name)?;
        if sig.results.len() > 1 {
            return None;
        }
        Some(Func {
            module: String::new(),
            name: name.to_string(),
            go_name: String::new(),
            pos: Default::default(),
            params: sig.params.iter().copied().map(raw_param).collect(),
            result: sig.results.first().copied().map(raw_param),
        })
    }

    /// The Wasm signature of an imported function.
    pub fn import_sig(&self, module: &str, name: &str) -> Option<&FuncSig> {
        self.imports.iter().find_map(|i| match &i.kind {
            ExternKind::Func(sig) if i.module == module && i.name == name => Some(sig),
            _ => None,
        })
    }

    /// Names of the functions a user can call: every exported function but the entry points
    /// and the allocator.
    pub fn callable(&self) -> Vec<&str> {
        let alloc = self.alloc();
        self.exports
            .iter()
            .filter(|e| matches!(e.kind, ExternKind::Func(_)) && !matches!(e.name.as_str(), "_start" | "_initialize") && Some(e.name.as_str()) != alloc)
            .map(|e| e.name.as_str())
            .collect()
    }

    /// The export that allocates room for string arguments: the one the `gowasm` section
    /// names; `malloc` (TinyGo's convention) in modules without the section.
    pub fn alloc(&self) -> Option<&str> {
        match &self.meta {
            Some(m) => m.alloc.as_deref(),
            None => Some("malloc"),
        }
    }
}

/// A Wasm value seen as the Go number of the same size.
pub(crate) fn raw_param(t: WasmType) -> Param {
    let (ty, kind) = match t {
        WasmType::I32 => ("int32", Kind::Int32),
        WasmType::I64 => ("int64", Kind::Int64),
        WasmType::F32 => ("float32", Kind::Float32),
        WasmType::F64 => ("float64", Kind::Float64),
    };
    Param { name: String::new(), ty: ty.into(), kind }
}

fn func_sig(params: &[ValType], results: &[ValType]) -> Option<FuncSig> {
    let conv = |v: &[ValType]| {
        v.iter()
            .map(|t| match t {
                ValType::I32 => Some(WasmType::I32),
                ValType::I64 => Some(WasmType::I64),
                ValType::F32 => Some(WasmType::F32),
                ValType::F64 => Some(WasmType::F64),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()
    };
    Some(FuncSig { params: conv(params)?, results: conv(results)? })
}

fn section_name(id: u8) -> &'static str {
    match id {
        1 => "type",
        2 => "import",
        3 => "function",
        4 => "table",
        5 => "memory",
        6 => "global",
        7 => "export",
        8 => "start",
        9 => "element",
        10 => "code",
        11 => "data",
        12 => "data count",
        13 => "tag",
        _ => "unknown",
    }
}
