//! The editor's Format action: the program in gofmt's layout, and where the cursor goes.

use compiler_core::Diagnostic;

use crate::state::FILE_NAME;

/// The formatted code and the cursor's new place (both offsets in UTF-16 units, as the
/// textarea counts), or the syntax errors that keep the code as it is.
pub fn format_code(code: &str, cursor: u32) -> Result<(String, u32), Vec<Diagnostic>> {
    let out = compiler_core::format::format(FILE_NAME, code)?;
    let at = follow_cursor(code, &out, cursor);
    Ok((out, at))
}

/// The place in `new` after as many non-blank characters as precede `cursor` in `old` (and
/// before the next one when the cursor was at one): formatting mostly moves blanks, so the
/// cursor stays by the same token.
fn follow_cursor(old: &str, new: &str, cursor: u32) -> u32 {
    let mut units = 0u32;
    let mut tokens = 0usize;
    let mut at_token = false;
    for c in old.chars() {
        if units >= cursor {
            at_token = !c.is_whitespace();
            break;
        }
        units += c.len_utf16() as u32;
        if !c.is_whitespace() {
            tokens += 1;
        }
    }
    let mut at = 0u32;
    for c in new.chars() {
        if tokens == 0 && !(at_token && c.is_whitespace()) {
            break;
        }
        at += c.len_utf16() as u32;
        if !c.is_whitespace() {
            tokens -= 1;
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::{follow_cursor, format_code, FILE_NAME};

    #[test]
    fn formats_and_keeps_the_cursor_by_its_token() {
        let code = "package main\nfunc main(){\nx:=1\n_ = x}\n";
        let cursor = code.find("=1").unwrap() as u32;
        let (out, at) = format_code(code, cursor).unwrap();
        assert_eq!(out, "package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n}\n");
        assert_eq!(&out[at as usize..at as usize + 3], "= 1");
        let (_, at) = format_code(code, code.find("_ =").unwrap() as u32).unwrap();
        assert_eq!(&out[at as usize..at as usize + 3], "_ =");
    }

    #[test]
    fn a_syntax_error_keeps_the_code() {
        let errs = format_code("package main\nfunc main() { x := }\n", 0).unwrap_err();
        assert_eq!(errs[0].file, FILE_NAME);
        assert_eq!(errs[0].line, 2);
    }

    #[test]
    fn cursor_counts_utf16_units() {
        // Among blanks: after the token before them; at a token: before it.
        assert_eq!(follow_cursor("a  é  b", "a é b", 5), 3);
        assert_eq!(follow_cursor("a  é  b", "a é\n\tb", 6), 5);
    }
}
