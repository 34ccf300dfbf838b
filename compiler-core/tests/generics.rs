//! The two strategies for generic instances (`Options::generics`, `ir/lower/shapes.rs`): a
//! generic list used with ten element types, of which several lower to the same code (int,
//! named ints and int64; string and a named string; two pointer types), is much smaller when
//! those instances share their bodies, and both modules validate. The programs' outputs are
//! checked in both modes by the golden tests (`other-generics/run/...`).

use compiler_core::{compile, Generics, Mode, Options, SourceFile};

fn size(text: &str, generics: Generics) -> usize {
    let files = [SourceFile { name: "main.go".into(), text: text.into() }];
    let out = compile(&files, &Options { mode: Mode::Command, generics, ..Options::default() });
    let module = out.module.unwrap_or_else(|| panic!("{:?}", out.diagnostics));
    wasmparser::Validator::new().validate_all(&module).expect("module validates");
    module.len()
}

#[test]
fn instances_of_the_same_code_share_one_body() {
    let text = include_str!("../../tools/sizes/generic_list10.go");
    let (mono, shape) = (size(text, Generics::Mono), size(text, Generics::Shape));
    assert!(shape * 10 <= mono * 7, "ten element types: {shape} bytes shared, {mono} monomorphised");
}

#[test]
fn a_single_instance_compiles_the_same_either_way() {
    let text = include_str!("../../tools/sizes/slices_sort.go");
    assert_eq!(size(text, Generics::Mono), size(text, Generics::Shape));
}
