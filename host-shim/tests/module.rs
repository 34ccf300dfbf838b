//! `ModuleInfo::parse` against wasmparser, the reference reader of the binary format: the
//! same imports, exports and sections on modules with every kind of import and export, and
//! an error, never a panic, on every truncation and on every byte changed.

use gowasm_meta::WasmType;
use host_shim::module::{ExternKind, FuncSig, ModuleInfo};
use wasmparser::{ExternalKind, Parser, Payload, TypeRef, ValType};

/// (imports, exports, sections) as wasmparser reads them; a function whose type has a
/// non-number value has no signature.
type Summary = (Vec<(String, String, Option<Option<FuncSig>>)>, Vec<(String, Option<Option<FuncSig>>)>, Vec<(String, usize)>);

fn reference(bytes: &[u8]) -> Summary {
    let (mut types, mut funcs, mut out): (Vec<Option<FuncSig>>, Vec<u32>, Summary) = Default::default();
    let num = |v: &[ValType]| {
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
    for payload in Parser::new(0).parse_all(bytes) {
        let payload = payload.unwrap();
        if let Some((id, range)) = payload.as_section() {
            let name = match &payload {
                Payload::CustomSection(c) => format!("custom {}", c.name()),
                _ => ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "data count", "tag"][id as usize].to_string(),
            };
            out.2.push((name, (range.end - range.start) as usize));
        }
        match payload {
            Payload::TypeSection(r) => {
                for sub in r.into_iter_err_on_gc_types() {
                    let f = sub.unwrap();
                    types.push(num(f.params()).zip(num(f.results())).map(|(params, results)| FuncSig { params, results }));
                }
            }
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    let imp = imp.unwrap();
                    let f = match imp.ty {
                        TypeRef::Func(t) => {
                            funcs.push(t);
                            Some(types[t as usize].clone())
                        }
                        _ => None,
                    };
                    out.0.push((imp.module.to_string(), imp.name.to_string(), f));
                }
            }
            Payload::FunctionSection(r) => funcs.extend(r.into_iter().map(Result::unwrap)),
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e.unwrap();
                    let f = matches!(e.kind, ExternalKind::Func).then(|| types[funcs[e.index as usize] as usize].clone());
                    out.1.push((e.name.to_string(), f));
                }
            }
            _ => {}
        }
    }
    out
}

fn ours(info: &ModuleInfo) -> Summary {
    let f = |k: &ExternKind| match k {
        ExternKind::Func(sig) => Some(Some(sig.clone())),
        _ => None,
    };
    (
        info.imports.iter().map(|i| (i.module.clone(), i.name.clone(), f(&i.kind))).collect(),
        info.exports.iter().map(|e| (e.name.clone(), f(&e.kind))).collect(),
        info.sections.iter().map(|s| (s.name.clone(), s.size)).collect(),
    )
}

const MODULES: &[&str] = &[
    r#"(module
        (type (func (param i32 i64 f32 f64) (result i32)))
        (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32)))
        (import "host" "f" (func (type 0)))
        (import "env" "memory" (memory 1 100))
        (import "env" "table" (table 2 funcref))
        (import "env" "g" (global (mut i64)))
        (import "env" "h" (global f32))
        (func $a (param i32) (result i64) i64.const 1)
        (func $b (type 0) i32.const 0)
        (table $t 1 externref)
        (global $g (mut i32) (i32.const 0))
        (export "a" (func $a))
        (export "b" (func $b))
        (export "imported" (func 1))
        (export "t" (table $t))
        (export "g" (global $g))
        (export "m" (memory 0))
        (data (i32.const 0) "hello")
        (@custom "gowasm" "v1 seed\n")
        (@custom "other" "x"))"#,
    r#"(module
        (type (func (param externref v128) (result funcref)))
        (import "env" "mem64" (memory i64 1))
        (import "env" "shared" (memory 1 2 shared))
        (import "env" "typed" (table 1 (ref null 0)))
        (import "env" "tag" (tag (param i32)))
        (func (type 0) ref.null func)
        (func (export "_start"))
        (tag (export "e") (param i32)))"#,
    "(module)",
];

#[test]
fn reads_what_wasmparser_reads() {
    for text in MODULES {
        let bytes = wat::parse_str(text).unwrap();
        let info = ModuleInfo::parse(&bytes).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(ours(&info), reference(&bytes), "{text}");
        assert_eq!(info.size, bytes.len());
    }
}

#[test]
fn reads_the_gowasm_section() {
    let bytes = wat::parse_str(MODULES[0]).unwrap();
    let meta = ModuleInfo::parse(&bytes).unwrap().meta.expect("a gowasm section");
    assert_eq!(meta.schedule, gowasm_meta::Schedule::Seed);
}

#[test]
fn a_broken_module_is_an_error_not_a_panic() {
    let bytes = wat::parse_str(MODULES[0]).unwrap();
    for n in 0..bytes.len() {
        let _ = ModuleInfo::parse(&bytes[..n]);
    }
    for i in 8..bytes.len() {
        for b in [0x00, 0x01, 0x40, 0x7f, 0x80, 0xff] {
            let mut m = bytes.clone();
            m[i] = b;
            let _ = ModuleInfo::parse(&m);
        }
    }
    assert!(ModuleInfo::parse(b"\0asm\x0d\0\x01\0").is_err(), "a component");
    assert!(ModuleInfo::parse(b"\0as").is_err());
}
