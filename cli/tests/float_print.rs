//! The runtime's float printing (Go, compiled by our pipeline, run on wasmi) against the host
//! shim's formatter, which is Rust's shortest round-trip formatting adapted to Go's `%g` rules
//! and checked against real Go. Random bit patterns cover every exponent, denormals and
//! NaN payloads; the edge sets cover powers of two (asymmetric rounding intervals), integers
//! and the ends of each range. `GOWASM_FLOAT_CASES=N` sets the number of random patterns
//! per type (default 2000, quick in a debug build; run e.g. 1000000 with `--release`).

use compiler_core::{compile, Mode, Options, SourceFile};
use host_shim::calls::Guest;
use host_shim::format::{format_f32, format_f64};
use host_shim::native::{NativeRunner, SystemPlatform};
use host_shim::{Host, Val};

const PROGRAM: &str = r#"package main

//go:wasmexport p64
func p64(v float64) { println(v) }

//go:wasmexport p32
func p32(v float32) { println(v) }

func main() {}
"#;

fn random_cases() -> usize {
    std::env::var("GOWASM_FLOAT_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000)
}

/// Every `step`-th element: the edge sets are thinned in quick runs.
fn thin<T: Copy>(v: Vec<T>) -> Vec<T> {
    let step = if random_cases() >= 100_000 { 1 } else { 8 };
    v.into_iter().step_by(step).collect()
}

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn runner() -> NativeRunner {
    let out = compile(&[SourceFile { name: "main.go".into(), text: PROGRAM.into() }], &Options { mode: Mode::Reactor, ..Options::default() });
    let module = out.module.unwrap_or_else(|| panic!("compile: {:?}", out.diagnostics));
    let mut r = NativeRunner::new(&module, Host::new(Box::new(SystemPlatform::default()))).expect("instantiate");
    r.initialize().expect("_initialize");
    r
}

fn printed(r: &mut NativeRunner, export: &str, v: Val) -> String {
    r.call(export, &[v]).expect("call");
    r.host().drain().iter().map(|e| String::from_utf8_lossy(&e.output().1).into_owned()).collect()
}

fn f64_cases() -> Vec<u64> {
    let mut cases = vec![0, 1, 2, 0x000f_ffff_ffff_ffff, 0x0010_0000_0000_0000, 0x7fef_ffff_ffff_ffff, 0x7ff0_0000_0000_0000, 0x7ff8_0000_0000_0001];
    for e in 0..2047u64 {
        cases.push(e << 52); // powers of two
        cases.push(e << 52 | 1);
        cases.push(e << 52 | 0x000f_ffff_ffff_ffff);
    }
    for i in -2000i64..2000 {
        cases.push((i as f64).to_bits());
        cases.push((i as f64 / 1000.0).to_bits());
    }
    for k in -325..309 {
        cases.push(format!("1e{k}").parse::<f64>().unwrap_or(0.0).to_bits());
        cases.push(format!("9.999999999999999e{k}").parse::<f64>().unwrap_or(0.0).to_bits());
    }
    let mut cases = thin(cases);
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    cases.extend((0..random_cases()).map(|_| rng.next()));
    cases.iter().flat_map(|&b| [b, b | 1 << 63]).collect()
}

fn f32_cases() -> Vec<u32> {
    let mut cases = vec![0, 1, 2, 0x007f_ffff, 0x0080_0000, 0x7f7f_ffff, 0x7f80_0000, 0x7fc0_0001, 0x45a0_b240 /* 5114.28125 */];
    for e in 0..255u32 {
        cases.push(e << 23);
        cases.push(e << 23 | 1);
        cases.push(e << 23 | 0x007f_ffff);
    }
    for i in -2000i32..2000 {
        cases.push((i as f32).to_bits());
        cases.push((i as f32 / 1000.0).to_bits());
    }
    let mut cases = thin(cases);
    let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
    cases.extend((0..random_cases()).map(|_| rng.next() as u32));
    cases.iter().flat_map(|&b| [b, b | 1 << 31]).collect()
}

#[test]
fn float64_prints_shortest_like_gc() {
    let mut r = runner();
    let mut bad = Vec::new();
    for bits in f64_cases() {
        let v = f64::from_bits(bits);
        let got = printed(&mut r, "p64", Val::F64(v));
        let want = format!("{}\n", format_f64(v));
        if got != want && bad.len() < 20 {
            bad.push(format!("{bits:#018x}: got {got:?}, want {want:?}"));
        }
    }
    assert!(bad.is_empty(), "float64 mismatches:\n{}", bad.join("\n"));
}

#[test]
fn float32_prints_shortest_like_gc() {
    let mut r = runner();
    let mut bad = Vec::new();
    for bits in f32_cases() {
        let v = f32::from_bits(bits);
        let got = printed(&mut r, "p32", Val::F32(v));
        let want = format!("{}\n", format_f32(v));
        if got != want && bad.len() < 20 {
            bad.push(format!("{bits:#010x}: got {got:?}, want {want:?}"));
        }
    }
    assert!(bad.is_empty(), "float32 mismatches:\n{}", bad.join("\n"));
}
