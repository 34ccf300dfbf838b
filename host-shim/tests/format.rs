//! Go formatting against real Go: `data/go_format.txt` was written by Go 1.27 itself
//! (`tests/go_reference`), so these are gc's own outputs, not ours.

use gowasm_meta::{Kind, Param};
use host_shim::format::{format_args, format_f32, format_f64, format_pointer, format_value, quote};
use host_shim::{SliceMemory, Val};

fn hex_bytes(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

#[test]
fn matches_go_on_every_reference_line() {
    let data = include_str!("data/go_format.txt");
    let (mut checked, mut failures) = (0, Vec::new());
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let mut parts = line.splitn(3, ' ');
        let (kind, arg, want) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap_or(""));
        let got = match kind {
            "f64" => format_f64(f64::from_bits(u64::from_str_radix(arg, 16).unwrap())),
            "f32" => format_f32(f32::from_bits(u32::from_str_radix(arg, 16).unwrap())),
            "q" => quote(&hex_bytes(arg)),
            _ => panic!("bad data line {line}"),
        };
        checked += 1;
        if got != want {
            failures.push(format!("{kind} {arg}: want {want}, got {got}"));
        }
    }
    assert!(checked > 10_000, "only {checked} reference lines");
    assert!(failures.is_empty(), "{} of {checked} differ from Go:\n{}", failures.len(), failures[..failures.len().min(30)].join("\n"));
}

#[test]
fn float_layout_examples_from_the_brief() {
    assert_eq!(format_f64(1e20), "1e+20");
    assert_eq!(format_f64(123456789.0), "1.23456789e+08");
    assert_eq!(format_f64(100000.0), "100000");
    assert_eq!(format_f32(0.1), "0.1");
    assert_eq!(format_f64(-0.0), "-0");
    assert_eq!(format_f64(f64::NEG_INFINITY), "-Inf");
}

#[test]
fn values_by_kind() {
    let mut bytes = b"....h\xc3\xa9llo\n".to_vec();
    let mem = SliceMemory(&mut bytes);
    let v = |k, vals: &[Val]| format_value(k, vals, &mem);
    assert_eq!(v(Kind::Bool, &[Val::I32(1)]), "true");
    assert_eq!(v(Kind::Bool, &[Val::I32(0)]), "false");
    assert_eq!(v(Kind::Int32, &[Val::I32(-5)]), "-5");
    assert_eq!(v(Kind::Uint32, &[Val::I32(-1)]), "4294967295");
    assert_eq!(v(Kind::Uintptr, &[Val::I32(-1)]), "4294967295");
    assert_eq!(v(Kind::Int64, &[Val::I64(i64::MIN)]), "-9223372036854775808");
    assert_eq!(v(Kind::Uint64, &[Val::I64(-1)]), "18446744073709551615");
    assert_eq!(v(Kind::Float32, &[Val::F32(16777217.0)]), "1.6777216e+07");
    assert_eq!(v(Kind::Float64, &[Val::F64(2.5)]), "2.5");
    assert_eq!(v(Kind::UnsafePointer, &[Val::I32(4096)]), "0x1000");
    assert_eq!(v(Kind::UnsafePointer, &[Val::I32(0)]), "<nil>");
    assert_eq!(v(Kind::Pointer, &[Val::I32(-559038737)]), "0xdeadbeef");
    assert_eq!(v(Kind::String, &[Val::I32(4), Val::I32(7)]), "\"héllo\\n\"");
    assert_eq!(v(Kind::String, &[Val::I32(4), Val::I32(700)]), "<string at 0x4, 700 bytes: out of bounds>");
    assert_eq!(format_pointer(0xff), "0xff");
    let params = [
        Param { name: "s".into(), ty: "string".into(), kind: Kind::String },
        Param { name: "n".into(), ty: "int64".into(), kind: Kind::Int64 },
    ];
    assert_eq!(format_args(&params, &[Val::I32(4), Val::I32(1), Val::I64(7)], &mem), ["\"h\"", "7"]);
}
