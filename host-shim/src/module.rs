//! What a module imports and exports with their Wasm signatures, its sections, and its
//! `gowasm` metadata: what the host needs before instantiating it (stubs need the result
//! types, which a browser's `WebAssembly.Module.imports` does not give) and what `inspect`
//! shows.

use std::fmt;

use gowasm_meta::{Func, Kind, Meta, Param, WasmType};

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
    /// Reads the type, import, function and export sections and the `gowasm` section, and
    /// the size of every section; the rest is left to the engine, which validates it all.
    pub fn parse(bytes: &[u8]) -> Result<ModuleInfo, String> {
        let bad = |what: &str| format!("invalid module: {what}");
        let mut info = ModuleInfo { size: bytes.len(), imports: Vec::new(), exports: Vec::new(), sections: Vec::new(), meta: None };
        match bytes.get(..8) {
            Some([0, b'a', b's', b'm', 1, 0, 0, 0]) => {}
            Some([0, b'a', b's', b'm', ..]) => return Err(bad("not a core module of version 1")),
            _ => return Err(bad("no Wasm header")),
        }
        let mut types: Vec<Option<FuncSig>> = Vec::new();
        let mut funcs: Vec<u32> = Vec::new();
        let sig = |types: &[Option<FuncSig>], t: u32| types.get(t as usize).cloned().flatten().ok_or_else(|| format!("invalid module: function type {t} is not a function type of numbers"));
        let mut r = Reader { bytes, at: 8 };
        while r.at < bytes.len() {
            let id = r.byte()?;
            let size = r.u32()? as usize;
            let mut s = Reader { bytes: r.take(size)?, at: 0 };
            let custom = if id == 0 { Some(s.name()?) } else { None };
            let name = match custom {
                Some(c) => format!("custom {c}"),
                None => section_name(id).to_string(),
            };
            info.sections.push(Section { name, size });
            match id {
                0 if custom == Some(gowasm_meta::SECTION_NAME) => {
                    info.meta = Some(Meta::decode(&s.bytes[s.at..])?);
                    s.at = s.bytes.len();
                }
                1 => {
                    for _ in 0..s.u32()? {
                        if s.byte()? != 0x60 {
                            return Err(bad("a type that is not a function type"));
                        }
                        let params = s.val_types()?;
                        let results = s.val_types()?;
                        types.push(params.zip(results).map(|(params, results)| FuncSig { params, results }));
                    }
                }
                2 => {
                    for _ in 0..s.u32()? {
                        let (module, name) = (s.name()?.to_string(), s.name()?.to_string());
                        let kind = match s.byte()? {
                            0x00 => {
                                let t = s.u32()?;
                                funcs.push(t);
                                ExternKind::Func(sig(&types, t)?)
                            }
                            0x01 => {
                                s.val_type()?;
                                s.limits()?;
                                ExternKind::Table
                            }
                            0x02 => {
                                s.limits()?;
                                ExternKind::Memory
                            }
                            0x03 => {
                                s.val_type()?;
                                s.byte()?;
                                ExternKind::Global
                            }
                            0x04 => {
                                s.byte()?;
                                s.u32()?;
                                ExternKind::Tag
                            }
                            _ => return Err(bad("an import of an unknown kind")),
                        };
                        info.imports.push(Import { module, name, kind });
                    }
                }
                3 => {
                    for _ in 0..s.u32()? {
                        funcs.push(s.u32()?);
                    }
                }
                7 => {
                    for _ in 0..s.u32()? {
                        let name = s.name()?.to_string();
                        let (kind, index) = (s.byte()?, s.u32()?);
                        let kind = match kind {
                            0x00 => {
                                let t = funcs.get(index as usize).ok_or_else(|| format!("invalid module: export {name} names no function"))?;
                                ExternKind::Func(sig(&types, *t)?)
                            }
                            0x01 => ExternKind::Table,
                            0x02 => ExternKind::Memory,
                            0x03 => ExternKind::Global,
                            0x04 => ExternKind::Tag,
                            _ => return Err(bad("an export of an unknown kind")),
                        };
                        info.exports.push(Export { name, kind });
                    }
                }
                _ => s.at = s.bytes.len(),
            }
            if s.at != s.bytes.len() {
                return Err(bad(&format!("the {} section's size does not match its contents", section_name(id))));
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

/// Reads the binary format's pieces that [`ModuleInfo::parse`] needs; every read checks
/// the bounds, so a truncated or garbled module is an error, never a panic.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn truncated() -> String {
        "invalid module: unexpected end".to_string()
    }

    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.at).ok_or_else(Self::truncated)?;
        self.at += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or_else(Self::truncated)?;
        let b = &self.bytes[self.at..end];
        self.at = end;
        Ok(b)
    }

    /// An unsigned or signed LEB128 number of at most `bits` bits, as its low 64 bits.
    fn leb(&mut self, bits: u32) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..bits).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("invalid module: a number too long".to_string())
    }

    fn u32(&mut self) -> Result<u32, String> {
        u32::try_from(self.leb(32)?).map_err(|_| "invalid module: a number too large".to_string())
    }

    fn name(&mut self) -> Result<&'a str, String> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).map_err(|_| "invalid module: a name that is not UTF-8".to_string())
    }

    /// A value type: the `WasmType` of a number, `None` of any other (vectors, references).
    fn val_type(&mut self) -> Result<Option<WasmType>, String> {
        Ok(match self.byte()? {
            0x7f => Some(WasmType::I32),
            0x7e => Some(WasmType::I64),
            0x7d => Some(WasmType::F32),
            0x7c => Some(WasmType::F64),
            0x7b | 0x69..=0x74 => None,
            // A reference to a heap type: an abstract one's code or a type index (s33).
            0x63 | 0x64 => {
                self.leb(33)?;
                None
            }
            _ => return Err("invalid module: an unknown value type".to_string()),
        })
    }

    /// A function type's parameters or results, when they are all numbers.
    fn val_types(&mut self) -> Result<Option<Vec<WasmType>>, String> {
        let n = self.u32()?;
        let mut all = Some(Vec::new());
        for _ in 0..n {
            let t = self.val_type()?;
            all = all.zip(t).map(|(mut v, t)| {
                v.push(t);
                v
            });
        }
        Ok(all)
    }

    /// A table's or memory's limits: flags (bit 0: a maximum; bit 3: a page size), then
    /// the minimum, the maximum and the page size's log2.
    fn limits(&mut self) -> Result<(), String> {
        let flags = self.byte()?;
        self.leb(64)?;
        if flags & 1 != 0 {
            self.leb(64)?;
        }
        if flags & 8 != 0 {
            self.u32()?;
        }
        Ok(())
    }
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
