//! Module-size budgets: a program that sorts a slice literal with `slices.Sort` and prints
//! with `println` (`tools/sizes/slices_sort.go`) must stay within its budget and carry no
//! collector (its only object is static: `ir/lower/statics.rs`). BENCHMARKS.md records the
//! sizes over time.

use compiler_core::{compile, Mode, Options, SourceFile};

/// The budget this program is held to; the goal is 4,096 bytes (BENCHMARKS.md).
const SLICES_SORT_BUDGET: usize = 6_200;

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
