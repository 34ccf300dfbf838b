//! Stage 1: source text to syntax tree. The lexer turns bytes into tokens (with Go's automatic
//! semicolons); the parser builds an `ast::File` for the whole Go grammar and reports every
//! syntax error it finds, recovering to go on.
//!
//! Architecture Invariant: syntax knows nothing of types, IR or Wasm.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod token;

pub use parser::parse_file;
