//! Stage 1: source text to syntax tree. The lexer turns bytes into tokens (with Go's automatic
//! semicolons); the parser builds an `ast::File` for the whole Go grammar and reports every
//! syntax error it finds, recovering to go on.
//!
//! Architecture Invariant: syntax knows nothing of IR or Wasm; of the checker it uses only
//! `types::constant`'s unquoting of string literals, for import paths and struct tags
//! (checked by `tests/architecture.rs`).

pub mod ast;
mod files;
pub mod lexer;
pub mod parser;
pub mod token;

pub use files::parse_all;
pub use parser::parse_file;
