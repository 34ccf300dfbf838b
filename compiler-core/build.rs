//! Copies the Go sources the crate embeds (`src/runtime`, `src/stdlib`) into `OUT_DIR`
//! without comments, indentation or trailing blanks: the playground page downloads every
//! embedded byte (~23 KB gzip of them), and keeping every newline keeps every line a
//! diagnostic or trace reports. Directives (`//go:...`) stay. `lib.rs` embeds the copies
//! with `go_src!`.

use std::path::Path;
use std::{env, fs};

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("go");
    for dir in ["runtime", "stdlib"] {
        let src = Path::new("src").join(dir);
        println!("cargo:rerun-if-changed={}", src.display());
        fs::create_dir_all(out.join(dir)).expect("OUT_DIR is writable");
        for entry in fs::read_dir(&src).expect("the Go sources are in src/") {
            let path = entry.expect("a readable directory").path();
            if path.extension().is_some_and(|e| e == "go") {
                let text = fs::read_to_string(&path).expect("Go sources are UTF-8");
                fs::write(out.join(dir).join(path.file_name().expect("a file")), strip_comment_lines(&text)).expect("OUT_DIR is writable");
            }
        }
    }
}

/// Removes `//` comments (not directives), indentation and trailing blanks outside raw
/// strings and block comments, keeping the newlines.
fn strip_comment_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Inside a raw string or a block comment at the start of a line.
    let (mut raw, mut block) = (false, false);
    for line in text.split_inclusive('\n') {
        let (body, newline) = line.strip_suffix('\n').map_or((line, ""), |b| (b, "\n"));
        let kept = if raw || block { body } else { body.trim_start() };
        if !raw && !block && kept.starts_with("//go:") {
            out.push_str(body);
            out.push_str(newline);
            continue;
        }
        let comment = scan(kept, &mut raw, &mut block);
        let code = &kept[..comment.unwrap_or(kept.len())];
        // A line that ends inside a raw string keeps its blanks: they are the string's.
        out.push_str(if raw { code } else { code.trim_end() });
        out.push_str(newline);
    }
    out
}

/// Follows the lexical state through one line (raw strings and block comments may go on);
/// returns where a `//` comment starts.
fn scan(line: &str, raw: &mut bool, block: &mut bool) -> Option<usize> {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if *raw {
            *raw = b[i] != b'`';
            i += 1;
        } else if *block {
            if b[i..].starts_with(b"*/") {
                *block = false;
                i += 1;
            }
            i += 1;
        } else {
            match b[i] {
                b'`' => *raw = true,
                b'/' if b.get(i + 1) == Some(&b'/') => return Some(i),
                b'/' if b.get(i + 1) == Some(&b'*') => {
                    *block = true;
                    i += 1;
                }
                q @ (b'"' | b'\'') => {
                    i += 1;
                    while i < b.len() && b[i] != q {
                        i += if b[i] == b'\\' { 2 } else { 1 };
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }
    None
}
