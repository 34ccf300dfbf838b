//! `gofmt`: Go source in gofmt's layout, byte for byte. The printer follows go/printer's
//! algorithm on our syntax tree, with the tokens filling in what the tree does not keep
//! (brackets, keywords, tags, comments): white space is decided from the source's line
//! breaks and the nesting of expressions, then columns are aligned with elastic tabstops.
//!
//! Architecture Invariant: depends on syntax only; a file with syntax errors is never
//! printed (the errors are returned instead).

mod decls;
mod doc;
mod exprs;
mod printer;
mod source;
mod stmts;
mod tabwriter;

use std::collections::HashMap;

use crate::diag::{Diagnostic, Diags, SourceMap};
use crate::syntax::{lexer, parse_file};

/// The file `src` as gofmt prints it, or its syntax errors (`name` is the file name they
/// carry).
pub fn format(name: &str, src: &str) -> Result<String, Vec<Diagnostic>> {
    let mut map = SourceMap::default();
    let base = map.add(name, src);
    let mut diags = Diags::default();
    let mut next_id = 0;
    let file = parse_file(src, base, &mut next_id, &mut diags);
    if !diags.is_empty() {
        return Err(diags.finish(&map));
    }
    let mut source = source::Src::new(src, base, lexer::lex(src).tokens);
    let Some(mut top) = decls::top_decls(&source, &file) else {
        let mut d = Diags::default();
        d.error(base, "gofmt: declarations could not be matched with the source");
        return Err(d.finish(&map));
    };
    decls::sort_imports(&mut source, &mut top);
    let mut p = printer::Printer::new(&source, true, HashMap::new());
    p.file(&file, &top);
    p.finish();
    if !p.not_calls.is_empty() {
        let mut d = Diags::default();
        for &(pos, word) in &p.not_calls {
            d.error(pos, format!("expression in {word} must be function call"));
        }
        return Err(d.finish(&map));
    }
    let out = tabwriter::align(&p.output);
    Ok(String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}
