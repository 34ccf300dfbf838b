//! Go → WebAssembly, with gc's `//go:wasmexport` and `//go:wasmimport` rules.
//!
//! The pipeline: `syntax` (lexer, parser, AST) → `types` (checker) → `ir` (lowering) →
//! `codegen` (wasm-encoder), with the Go `runtime` compiled by the same pipeline.
//!
//! Architecture Invariant: no IO, no panics on any input, no dependency on an engine or host.

pub mod diag;
pub mod syntax;

pub use diag::Diagnostic;
pub use gowasm_meta::{Meta, Schedule};

/// One Go source file.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

/// What kind of module to emit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// gc's `-buildmode=c-shared`: exports `_initialize`; the host calls exports after it.
    #[default]
    Reactor,
    /// A WASI command: `_start` initializes the package and runs `main`.
    Command,
}

/// Compile options.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub mode: Mode,
    pub schedule: Schedule,
    /// Loop back-edges and calls allowed per export call (or per `_start`); `None` = unlimited.
    pub step_budget: Option<u64>,
    /// Report runtime events through the `gowasm.trace` import.
    pub trace: bool,
}

/// The result of a compilation: a module when there were no errors, and every diagnostic.
#[derive(Clone, Debug, Default)]
pub struct Output {
    pub module: Option<Vec<u8>>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Compiles a `package main` made of `files`.
pub fn compile(files: &[SourceFile], options: &Options) -> Output {
    let _ = (files, options);
    Output::default()
}
