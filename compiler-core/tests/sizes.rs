//! Module-size budgets: a program that sorts a slice literal with `slices.Sort` and prints
//! with `println` (`tools/sizes/slices_sort.go`) must stay within its budget and carry no
//! collector (its only object is static: `ir/lower/statics.rs`); the JSON round trip
//! (`tools/sizes/json_roundtrip.go`) within 300 KB, and `fmt.Println("hello")` within 20 KB;
//! a SHA-256 printed with `%x` (`tools/sizes/sha256_hex.go`) within 120 KB.
//! BENCHMARKS.md has the current sizes.

use compiler_core::{compile, Mode, Options, SourceFile};

/// The budget this program is held to; the goal is 4,096 bytes (BENCHMARKS.md).
const SLICES_SORT_BUDGET: usize = 4_231;

#[test]
fn slices_sort_fits_its_budget() {
    let text = include_str!("../../tools/sizes/slices_sort.go");
    let files = [SourceFile { name: "main.go".into(), text: text.into() }];
    let out = compile(&files, &Options { mode: Mode::Command, ..Options::default() });
    let module = out.module.unwrap_or_else(|| panic!("{:?}", out.diagnostics));
    wasmparser::Validator::new().validate_all(&module).expect("module validates");
    assert!(module.len() <= SLICES_SORT_BUDGET, "slices.Sort + println: {} bytes, budget {SLICES_SORT_BUDGET}", module.len());
    let named = compile(&files, &Options { mode: Mode::Command, names: true, ..Options::default() }).module.expect("module");
    assert!(!named.windows(b"runtime.mallocgc".len()).any(|w| w == b"runtime.mallocgc"), "the module carries the collector");
}

/// Compiles a program of `tools/sizes/` as a WASI command; the module validates.
fn command(text: &str) -> Vec<u8> {
    let files = [SourceFile { name: "main.go".into(), text: text.into() }];
    let out = compile(&files, &Options { mode: Mode::Command, ..Options::default() });
    let module = out.module.unwrap_or_else(|| panic!("{:?}", out.diagnostics));
    wasmparser::Validator::new().validate_all(&module).expect("module validates");
    module
}

#[test]
fn json_roundtrip_fits_300_kb() {
    let module = command(include_str!("../../tools/sizes/json_roundtrip.go"));
    assert!(module.len() <= 300_000, "JSON round trip: {} bytes, budget 300,000", module.len());
}

#[test]
fn hello_fmt_fits_20_kb() {
    let module = command(include_str!("../../tools/sizes/hello_fmt.go"));
    assert!(module.len() <= 20_000, "fmt.Println(\"hello\"): {} bytes, budget 20,000", module.len());
}

/// gc's crypto packages register FIPS 140 self-tests in their inits, closures that run only
/// in FIPS mode (never here) but keep SHA-3, SHA-512, AES and the DRBG in the module
/// (BENCHMARKS.md): the budget holds today's size.
#[test]
fn sha256_hex_fits_120_kb() {
    let module = command(include_str!("../../tools/sizes/sha256_hex.go"));
    assert!(module.len() <= 120_000, "sha256.Sum256 + fmt: {} bytes, budget 120,000", module.len());
}
