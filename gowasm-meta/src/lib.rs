//! The `gowasm` custom section: what a host needs to know about a module that Wasm types
//! cannot say — the Go signature and source position of every directive function, and the
//! schedule model the runtime was built with. The compiler writes it; hosts (the CLI, the page,
//! any other embedder) read it. Plain text, one record per line, so it stays small and readable.
//! Hosts use it to show `is_even(n int32) bool` instead of `(i32) -> i32`, to parse call
//! arguments and to print results as Go would.
//!
//! The records ([`Meta::encode`]):
//!
//! ```text
//! v1 <seed|go>[ trace][ budget=N]                  the header: schedule model and options
//! E\t<module>\t<name>\t<Go name>\t<file>:<line>:<col>\t<params>\t<result>    one per export
//! I\t...                                           the same, one per user import
//! F\t<file>                                        the compilation's source files, in order
//! A\t<export>                                      where hosts place string arguments
//! ```
//!
//! A parameter is `name GoType kind` (`_` for no name; `kind` is the boundary kind's code,
//! `Kind::code`), parameters are separated by commas, and a missing result is `-`. The `F` records give meaning to the
//! trace positions a traced module reports (`file index << 20 | line`, [`Meta::trace_pos`]).
//!
//! Architecture Invariant: this crate has no dependencies and does no IO; the compiler and
//! the hosts depend on it, it on neither (its `Cargo.toml` has no `[dependencies]`).

use std::fmt;

/// Name of the custom section.
pub const SECTION_NAME: &str = "gowasm";

/// When an export call returns (see shared/design/execution-model.md).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Hash)]
pub enum Schedule {
    /// The proposal: run goroutines until all are parked, then return.
    #[default]
    Seed,
    /// gc 1.24+: return as soon as the export's own goroutine finishes.
    Go,
}

impl Schedule {
    pub fn as_str(self) -> &'static str {
        match self {
            Schedule::Seed => "seed",
            Schedule::Go => "go",
        }
    }
    pub fn parse(s: &str) -> Option<Schedule> {
        match s {
            "seed" => Some(Schedule::Seed),
            "go" => Some(Schedule::Go),
            _ => None,
        }
    }
}

/// How a directive parameter or result travels across the Wasm boundary.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Kind {
    Bool,
    Int32,
    Uint32,
    Int64,
    Uint64,
    Float32,
    Float64,
    Uintptr,
    UnsafePointer,
    /// A pointer to an allowed type (`*int32`, `*[4]float64`, `*HostLayoutStruct`).
    Pointer,
    /// Two i32 values: pointer and length.
    String,
}

/// A Wasm value type, as the host sees the boundary.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum WasmType {
    I32,
    I64,
    F32,
    F64,
}

impl fmt::Display for WasmType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            WasmType::I32 => "i32",
            WasmType::I64 => "i64",
            WasmType::F32 => "f32",
            WasmType::F64 => "f64",
        })
    }
}

impl Kind {
    const CODES: [(Kind, &'static str); 11] = [
        (Kind::Bool, "b"),
        (Kind::Int32, "i32"),
        (Kind::Uint32, "u32"),
        (Kind::Int64, "i64"),
        (Kind::Uint64, "u64"),
        (Kind::Float32, "f32"),
        (Kind::Float64, "f64"),
        (Kind::Uintptr, "uptr"),
        (Kind::UnsafePointer, "uptr_unsafe"),
        (Kind::Pointer, "ptr"),
        (Kind::String, "str"),
    ];

    fn code(self) -> &'static str {
        Kind::CODES.iter().find(|(k, _)| *k == self).map(|(_, c)| *c).unwrap_or("?")
    }

    fn from_code(s: &str) -> Option<Kind> {
        Kind::CODES.iter().find(|(_, c)| *c == s).map(|(k, _)| *k)
    }

    /// The Wasm values this kind is passed as (gc's ABI).
    pub fn wasm_types(self) -> &'static [WasmType] {
        match self {
            Kind::Int64 | Kind::Uint64 => &[WasmType::I64],
            Kind::Float32 => &[WasmType::F32],
            Kind::Float64 => &[WasmType::F64],
            Kind::String => &[WasmType::I32, WasmType::I32],
            _ => &[WasmType::I32],
        }
    }
}

/// A source position, 1-based.
#[derive(Clone, PartialEq, Eq, Debug, Default, Hash)]
pub struct SrcPos {
    pub file: String,
    pub line: u32,
    pub col: u32,
}

impl fmt::Display for SrcPos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// A parameter or result: its Go name (may be empty), Go type as written, and boundary kind.
#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub struct Param {
    pub name: String,
    pub ty: String,
    pub kind: Kind,
}

/// A `//go:wasmexport` or `//go:wasmimport` function.
#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub struct Func {
    /// Import module; empty for exports.
    pub module: String,
    /// The Wasm-level name: the export name or the import's field name.
    pub name: String,
    /// The Go function's name, e.g. `isEven`.
    pub go_name: String,
    pub pos: SrcPos,
    pub params: Vec<Param>,
    pub result: Option<Param>,
}

impl Func {
    /// The Go signature under the Wasm name, as the inspector shows it: `is_even(n int32) bool`.
    pub fn go_signature(&self) -> String {
        let params: Vec<String> = self
            .params
            .iter()
            .map(|p| if p.name.is_empty() { p.ty.clone() } else { format!("{} {}", p.name, p.ty) })
            .collect();
        let mut s = format!("{}({})", self.name, params.join(", "));
        if let Some(r) = &self.result {
            s.push(' ');
            s.push_str(&r.ty);
        }
        s
    }

    /// The Wasm parameter types, in order.
    pub fn wasm_params(&self) -> Vec<WasmType> {
        self.params.iter().flat_map(|p| p.kind.wasm_types().iter().copied()).collect()
    }

    /// The Wasm result types.
    pub fn wasm_results(&self) -> Vec<WasmType> {
        self.result.iter().flat_map(|p| p.kind.wasm_types().iter().copied()).collect()
    }

    /// `(i32, i32) -> i32`.
    pub fn wasm_signature(&self) -> String {
        let list = |v: Vec<WasmType>| v.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ");
        let results = self.wasm_results();
        if results.is_empty() {
            format!("({})", list(self.wasm_params()))
        } else {
            format!("({}) -> {}", list(self.wasm_params()), list(results))
        }
    }
}

/// Everything the section records.
#[derive(Clone, PartialEq, Eq, Debug, Default, Hash)]
pub struct Meta {
    pub schedule: Schedule,
    /// The runtime reports trace events through the `gowasm.trace` import.
    pub trace: bool,
    /// Loop back-edges and calls allowed per export call; `None` means unlimited.
    pub step_budget: Option<u64>,
    pub exports: Vec<Func>,
    pub imports: Vec<Func>,
    /// Source file names, when tracing: a trace position is `file index << 20 | line`.
    pub files: Vec<String>,
    /// The export `(size i32) -> i32` where hosts place string arguments, when an export
    /// takes strings: `malloc` unless the program exports a function of that name itself.
    pub alloc: Option<String>,
}

impl Meta {
    /// The section's bytes (without the section header).
    pub fn encode(&self) -> Vec<u8> {
        let mut s = format!("v1 {}", self.schedule.as_str());
        if self.trace {
            s.push_str(" trace");
        }
        if let Some(b) = self.step_budget {
            s.push_str(&format!(" budget={b}"));
        }
        s.push('\n');
        for (tag, list) in [("E", &self.exports), ("I", &self.imports)] {
            for f in list {
                let params: Vec<String> = f.params.iter().map(encode_param).collect();
                let result = f.result.as_ref().map(encode_param).unwrap_or_else(|| "-".into());
                s.push_str(&format!(
                    "{tag}\t{}\t{}\t{}\t{}\t{}:{}\t{}\t{}\n",
                    f.module,
                    f.name,
                    f.go_name,
                    f.pos.file,
                    f.pos.line,
                    f.pos.col,
                    params.join(","),
                    result
                ));
            }
        }
        for f in &self.files {
            s.push_str(&format!("F\t{f}\n"));
        }
        if let Some(a) = &self.alloc {
            s.push_str(&format!("A\t{a}\n"));
        }
        s.into_bytes()
    }

    /// The file and line of a trace position (`None` for 0, "no position").
    pub fn trace_pos(&self, pos: i32) -> Option<(&str, u32)> {
        let line = (pos & 0xfffff) as u32;
        let file = self.files.get((pos >> 20) as usize)?;
        (line != 0).then_some((file.as_str(), line))
    }

    /// Parses the section's bytes.
    pub fn decode(bytes: &[u8]) -> Result<Meta, String> {
        let text = std::str::from_utf8(bytes).map_err(|_| "gowasm section is not UTF-8".to_string())?;
        let mut lines = text.lines();
        let head = lines.next().ok_or("empty gowasm section")?;
        let mut words = head.split(' ');
        if words.next() != Some("v1") {
            return Err(format!("unknown gowasm section version: {head}"));
        }
        let mut meta = Meta::default();
        for w in words {
            if let Some(s) = Schedule::parse(w) {
                meta.schedule = s;
            } else if w == "trace" {
                meta.trace = true;
            } else if let Some(b) = w.strip_prefix("budget=") {
                meta.step_budget = Some(b.parse().map_err(|_| format!("bad budget {b}"))?);
            } else {
                return Err(format!("unknown gowasm flag {w}"));
            }
        }
        for line in lines {
            let f: Vec<&str> = line.split('\t').collect();
            if let ["F", name] = f.as_slice() {
                meta.files.push(name.to_string());
                continue;
            }
            if let ["A", name] = f.as_slice() {
                meta.alloc = Some(name.to_string());
                continue;
            }
            if f.len() != 8 {
                return Err(format!("bad gowasm record: {line}"));
            }
            let bad = || format!("bad gowasm record: {line}");
            let pos: Vec<&str> = f[5].split(':').collect();
            if pos.len() != 2 {
                return Err(bad());
            }
            let func = Func {
                module: f[1].to_string(),
                name: f[2].to_string(),
                go_name: f[3].to_string(),
                pos: SrcPos {
                    file: f[4].to_string(),
                    line: pos[0].parse().map_err(|_| bad())?,
                    col: pos[1].parse().map_err(|_| bad())?,
                },
                params: if f[6].is_empty() {
                    Vec::new()
                } else {
                    f[6].split(',').map(decode_param).collect::<Option<Vec<_>>>().ok_or_else(bad)?
                },
                result: if f[7] == "-" { None } else { Some(decode_param(f[7]).ok_or_else(bad)?) },
            };
            match f[0] {
                "E" => meta.exports.push(func),
                "I" => meta.imports.push(func),
                _ => return Err(bad()),
            }
        }
        Ok(meta)
    }

    /// Finds and decodes the section in a whole module. `Ok(None)` when the module has none.
    pub fn from_module(module: &[u8]) -> Result<Option<Meta>, String> {
        match custom_section(module, SECTION_NAME)? {
            Some(bytes) => Meta::decode(bytes).map(Some),
            None => Ok(None),
        }
    }

    pub fn export(&self, name: &str) -> Option<&Func> {
        self.exports.iter().find(|f| f.name == name)
    }

    pub fn import(&self, module: &str, name: &str) -> Option<&Func> {
        self.imports.iter().find(|f| f.module == module && f.name == name)
    }
}

fn encode_param(p: &Param) -> String {
    let name = if p.name.is_empty() { "_" } else { &p.name };
    format!("{name} {} {}", p.ty, p.kind.code())
}

fn decode_param(s: &str) -> Option<Param> {
    let mut w = s.split(' ');
    let name = w.next()?;
    let ty = w.next()?;
    let kind = Kind::from_code(w.next()?)?;
    Some(Param { name: if name == "_" { String::new() } else { name.to_string() }, ty: ty.to_string(), kind })
}

/// Returns the payload of the first custom section called `name`.
pub fn custom_section<'a>(module: &'a [u8], name: &str) -> Result<Option<&'a [u8]>, String> {
    if module.len() < 8 || &module[0..4] != b"\0asm" {
        return Err("not a WebAssembly module".into());
    }
    let mut i = 8;
    while i < module.len() {
        let id = module[i];
        i += 1;
        let (size, n) = read_leb(&module[i..]).ok_or("truncated module")?;
        i += n;
        let end = i.checked_add(size as usize).filter(|&e| e <= module.len()).ok_or("truncated module")?;
        if id == 0 {
            let (len, n) = read_leb(&module[i..end]).ok_or("bad custom section")?;
            let start = i + n;
            let name_end = start.checked_add(len as usize).filter(|&e| e <= end).ok_or("bad custom section")?;
            if &module[start..name_end] == name.as_bytes() {
                return Ok(Some(&module[name_end..end]));
            }
        }
        i = end;
    }
    Ok(None)
}

fn read_leb(b: &[u8]) -> Option<(u32, usize)> {
    let mut v: u32 = 0;
    for (i, &byte) in b.iter().enumerate().take(5) {
        v |= u32::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            return Some((v, i + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{Func, Kind, Meta, Param, Schedule, SrcPos};

    #[test]
    fn round_trip() {
        let meta = Meta {
            schedule: Schedule::Go,
            trace: true,
            step_budget: Some(1000),
            exports: vec![Func {
                module: String::new(),
                name: "is_even".into(),
                go_name: "isEven".into(),
                pos: SrcPos { file: "main.go".into(), line: 4, col: 6 },
                params: vec![Param { name: "n".into(), ty: "int32".into(), kind: Kind::Int32 }],
                result: Some(Param { name: String::new(), ty: "bool".into(), kind: Kind::Bool }),
            }],
            imports: vec![Func {
                module: "host".into(),
                name: "log_string".into(),
                go_name: "logString".into(),
                pos: SrcPos { file: "main.go".into(), line: 9, col: 6 },
                params: vec![Param { name: "s".into(), ty: "string".into(), kind: Kind::String }],
                result: None,
            }],
            files: vec!["runtime/print.go".into(), "main.go".into()],
            alloc: Some("gowasm.malloc".into()),
        };
        let back = Meta::decode(&meta.encode()).unwrap();
        assert_eq!(back.trace_pos(1 << 20 | 12), Some(("main.go", 12)));
        assert_eq!(back.trace_pos(0), None);
        assert_eq!(back, meta);
        assert_eq!(back.exports[0].go_signature(), "is_even(n int32) bool");
        assert_eq!(back.exports[0].wasm_signature(), "(i32) -> i32");
        assert_eq!(back.imports[0].wasm_signature(), "(i32, i32)");
    }
}
