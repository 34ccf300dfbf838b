//! Values as Go's `fmt.Println` prints them, so transcripts read like Go and match gc's.
//! Checked against real Go in `tests/format.rs` (data from `tests/go_reference`).

use std::fmt::Write;

use gowasm_meta::{Kind, Param};

use crate::isprint::PRINTABLE;
use crate::{Memory, Val};

/// A float64 as `%v` prints it: the shortest digits that round-trip, in exponent form when
/// the decimal exponent is < -4 or >= 6 (strconv's `'g'` with shortest precision):
/// `2.5`, `100000`, `1e+06`, `1.23456789e+08`, `1e-05`, `-0`, `+Inf`, `NaN`.
pub fn format_f64(v: f64) -> String {
    special(v).unwrap_or_else(|| shortest_g(&closest(v, |s| s.parse() == Ok(v))))
}

/// A float32 as `%v` prints it: shortest digits for float32 precision (`float32(0.1)` is `0.1`).
pub fn format_f32(v: f32) -> String {
    special(f64::from(v)).unwrap_or_else(|| shortest_g(&closest(v, |s| s.parse() == Ok(v))))
}

/// The shortest round-tripping digits in `{:e}` form, choosing as Go does among candidates
/// of that length the one closest to the exact value, ties to even (Rust's shortest output
/// may be the other one: 5114.28125f32 is `5114.2813` to Rust, `5114.2812` to Go).
fn closest<F: std::fmt::LowerExp>(v: F, round_trips: impl Fn(&str) -> bool) -> String {
    let shortest = format!("{v:e}");
    let digits = shortest.split('e').next().unwrap_or("").bytes().filter(u8::is_ascii_digit).count();
    // Exact formatting rounds the exact value half to even.
    let exact = format!("{v:.*e}", digits.saturating_sub(1));
    if round_trips(&exact) {
        exact
    } else {
        shortest
    }
}

fn special(v: f64) -> Option<String> {
    let s = if v.is_nan() {
        "NaN"
    } else if v.is_infinite() {
        if v > 0.0 {
            "+Inf"
        } else {
            "-Inf"
        }
    } else if v == 0.0 {
        if v.is_sign_negative() {
            "-0"
        } else {
            "0"
        }
    } else {
        return None;
    };
    Some(s.to_string())
}

/// Rewrites Rust's shortest `{:e}` output (`-1.2345e8`) in Go's `%g` layout.
fn shortest_g(sci: &str) -> String {
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    if !(-4..6).contains(&exp) {
        let (first, rest) = digits.split_at(1);
        let point = if rest.is_empty() { "" } else { "." };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{first}{point}{rest}e{esign}{:02}", exp.unsigned_abs());
    }
    if exp < 0 {
        return format!("{sign}0.{}{digits}", "0".repeat(exp.unsigned_abs() as usize - 1));
    }
    let int_len = exp as usize + 1;
    if digits.len() <= int_len {
        format!("{sign}{digits}{}", "0".repeat(int_len - digits.len()))
    } else {
        format!("{sign}{}.{}", &digits[..int_len], &digits[int_len..])
    }
}

/// A string as `%q` (strconv.Quote) prints it: printable runes as they are, `\a\b\f\n\r\t\v`,
/// `\xXX` for invalid UTF-8 bytes and control characters below 0x80, `\uXXXX`/`\UXXXXXXXX`
/// for other runes Go does not consider printable.
pub fn quote(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push('"');
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            escape(&mut out, c);
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out.push('"');
    out
}

fn escape(out: &mut String, c: char) {
    let code = c as u32;
    let _ = match c {
        '"' | '\\' => write!(out, "\\{c}"),
        _ if is_print(code) => write!(out, "{c}"),
        '\x07' => write!(out, "\\a"),
        '\x08' => write!(out, "\\b"),
        '\x0c' => write!(out, "\\f"),
        '\n' => write!(out, "\\n"),
        '\r' => write!(out, "\\r"),
        '\t' => write!(out, "\\t"),
        '\x0b' => write!(out, "\\v"),
        _ if code < 0x20 || code == 0x7f => write!(out, "\\x{code:02x}"),
        _ if code < 0x10000 => write!(out, "\\u{code:04x}"),
        _ => write!(out, "\\U{code:08x}"),
    };
}

/// Go's `strconv.IsPrint`.
fn is_print(c: u32) -> bool {
    PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// A value of `kind` given its Wasm values (a string's pointer and length are read from
/// `mem`), as `fmt.Println` prints a Go value of that type. Pointers print as `0x` + hex (gc's
/// `%v` of a pointer to a struct would show the struct's fields, which the host cannot know).
pub fn format_value(kind: Kind, vals: &[Val], mem: &dyn Memory) -> String {
    let bits = vals.first().map_or(0, |v| v.bits());
    match kind {
        Kind::Bool => (bits != 0).to_string(),
        Kind::Int32 => (bits as u32 as i32).to_string(),
        Kind::Uint32 | Kind::Uintptr => (bits as u32).to_string(),
        Kind::Int64 => (bits as i64).to_string(),
        Kind::Uint64 => bits.to_string(),
        Kind::Float32 => format_f32(f32::from_bits(bits as u32)),
        Kind::Float64 => format_f64(f64::from_bits(bits)),
        Kind::UnsafePointer | Kind::Pointer => format_pointer(bits as u32),
        Kind::String => {
            let (ptr, len) = (bits as u32, vals.get(1).map_or(0, |v| v.bits() as u32));
            match mem.read_vec(ptr, len) {
                Ok(b) => quote(&b),
                Err(_) => format!("<string at {ptr:#x}, {len} bytes: out of bounds>"),
            }
        }
    }
}

/// `<nil>` or `0x` + lower-case hex, as `%v` prints a pointer.
pub fn format_pointer(addr: u32) -> String {
    if addr == 0 {
        "<nil>".into()
    } else {
        format!("{addr:#x}")
    }
}

/// Each parameter's value from a flat list of Wasm values (a string takes two).
pub fn format_args(params: &[Param], vals: &[Val], mem: &dyn Memory) -> Vec<String> {
    let mut at = 0;
    params
        .iter()
        .map(|p| {
            let n = p.kind.wasm_types().len();
            let s = format_value(p.kind, vals.get(at..at + n).unwrap_or(&[]), mem);
            at += n;
            s
        })
        .collect()
}

/// A Wasm value without a Go type: signed integers, floats as Go prints them.
pub fn format_raw(v: Val) -> String {
    match v {
        Val::I32(x) => x.to_string(),
        Val::I64(x) => x.to_string(),
        Val::F32(x) => format_f32(x),
        Val::F64(x) => format_f64(x),
    }
}
