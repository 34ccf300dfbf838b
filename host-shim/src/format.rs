//! Values printed as Go's `fmt.Println` prints them.

use crate::{Memory, Val};
use gowasm_meta::{Kind, Param};

/// A float as `%v` prints it: shortest representation that round-trips in its precision,
/// exponent form when the exponent is < -4 or >= 6 (strconv's 'g' with shortest precision).
pub fn float(v: f64, is_f32: bool) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    if v == 0.0 {
        return if v.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let sci = if is_f32 { format!("{:e}", v as f32) } else { format!("{v:e}") };
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if exp < -4 || exp >= 6 {
        let m = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits.clone() };
        return format!("{sign}{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    if exp < 0 {
        return format!("{sign}0.{}{digits}", "0".repeat((-exp - 1) as usize));
    }
    let int_len = exp as usize + 1;
    if digits.len() <= int_len {
        format!("{sign}{digits}{}", "0".repeat(int_len - digits.len()))
    } else {
        format!("{sign}{}.{}", &digits[..int_len], &digits[int_len..])
    }
}

/// A string as `%q` (strconv.Quote) prints it.
pub fn quote(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut rest = bytes;
    while !rest.is_empty() {
        let (c, n) = decode(rest);
        match c {
            None => out.push_str(&format!("\\x{:02x}", rest[0])),
            Some('\x07') => out.push_str("\\a"),
            Some('\x08') => out.push_str("\\b"),
            Some('\x0c') => out.push_str("\\f"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some('\t') => out.push_str("\\t"),
            Some('\x0b') => out.push_str("\\v"),
            Some('\\') => out.push_str("\\\\"),
            Some('"') => out.push_str("\\\""),
            Some(c) if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            Some(c) if c.is_control() || matches!(c as u32, 0xfeff | 0x2028 | 0x2029 | 0xad) => {
                if (c as u32) < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", c as u32));
                } else {
                    out.push_str(&format!("\\U{:08x}", c as u32));
                }
            }
            Some(c) => out.push(c),
        }
        rest = &rest[n..];
    }
    out.push('"');
    out
}

/// Decodes one UTF-8 character: (char or None for an invalid byte, bytes consumed).
fn decode(b: &[u8]) -> (Option<char>, usize) {
    for n in 1..=b.len().min(4) {
        if let Ok(s) = std::str::from_utf8(&b[..n]) {
            return (s.chars().next(), n);
        }
    }
    (None, 1)
}

/// One value of `kind` from its Wasm values (a string reads its bytes from memory).
pub fn value(kind: Kind, vals: &[Val], mem: &dyn Memory) -> String {
    let v = vals.first().copied().unwrap_or(Val::I32(0));
    match (kind, v) {
        (Kind::Bool, v) => (v.i32() != 0).to_string(),
        (Kind::Int32, v) => v.i32().to_string(),
        (Kind::Uint32 | Kind::Uintptr, v) => (v.i32() as u32).to_string(),
        (Kind::Int64, Val::I64(x)) => x.to_string(),
        (Kind::Uint64, Val::I64(x)) => (x as u64).to_string(),
        (Kind::Float32, Val::F32(x)) => float(x as f64, true),
        (Kind::Float64, Val::F64(x)) => float(x, false),
        (Kind::UnsafePointer | Kind::Pointer, v) => {
            let p = v.i32() as u32;
            if p == 0 {
                "<nil>".into()
            } else {
                format!("{p:#x}")
            }
        }
        (Kind::String, _) => {
            let (ptr, len) = (vals.first().map(|v| v.i32()).unwrap_or(0) as u32, vals.get(1).map(|v| v.i32()).unwrap_or(0) as u32);
            let mut buf = vec![0u8; len.min(1 << 20) as usize];
            match mem.read(ptr, &mut buf) {
                Ok(()) => quote(&buf),
                Err(_) => format!("<string at {ptr:#x} len {len}>"),
            }
        }
        (_, v) => format!("{v:?}"),
    }
}

/// Arguments as a call line shows them: `2, 40`, `"Ada"`.
pub fn args(params: &[Param], vals: &[Val], mem: &dyn Memory) -> String {
    let mut out = Vec::new();
    let mut i = 0;
    for p in params {
        let n = p.kind.wasm_types().len();
        let slice = vals.get(i..i + n).unwrap_or(&[]);
        out.push(value(p.kind, slice, mem));
        i += n;
    }
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_as_go_prints_them() {
        assert_eq!(float(2.5, false), "2.5");
        assert_eq!(float(212.0, false), "212");
        assert_eq!(float(1e20, false), "1e+20");
        assert_eq!(float(100000.0, false), "100000");
        assert_eq!(float(1234567.0, false), "1.234567e+06");
        assert_eq!(float(123456789.0, false), "1.23456789e+08");
        assert_eq!(float(0.0001, false), "0.0001");
        assert_eq!(float(-0.0, false), "-0");
        assert_eq!(float(0.00001, false), "1e-05");
        assert_eq!(float(0.1f32 as f64, true), "0.1");
    }

    #[test]
    fn quotes_as_go() {
        assert_eq!(quote("héllo".as_bytes()), "\"héllo\"");
        assert_eq!(quote(b"a\n\"\\\x01\xff"), "\"a\\n\\\"\\\\\\x01\\xff\"");
    }
}
