//! Constant values and their arithmetic. Integers are exact within 127 bits (gc allows 512;
//! beyond 127 we report an overflow), floats are f64.

use super::Basic;
use crate::syntax::ast::{BinaryOp, UnaryOp};

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Bool(bool),
    Int(i128),
    Float(f64),
    String(String),
}

/// Why a constant does not fit a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Misfit {
    Overflows,
    Truncated,
    Mismatch,
}

impl Const {
    /// Parses an int, float, rune or string literal as the lexer accepted it.
    pub fn from_literal(kind: crate::syntax::ast::LitKind, raw: &str) -> Option<Const> {
        use crate::syntax::ast::LitKind;
        match kind {
            LitKind::Int => parse_int(raw).map(Const::Int),
            LitKind::Float => parse_float(raw).map(Const::Float),
            LitKind::Imag => None,
            LitKind::Char => {
                let inner = raw.strip_prefix('\'')?.strip_suffix('\'')?;
                let bytes = unquote(inner, '\'')?;
                let s = String::from_utf8(bytes.clone()).ok();
                match s.as_deref().map(|s| s.chars().collect::<Vec<_>>()) {
                    Some(chars) if chars.len() == 1 => Some(Const::Int(chars[0] as i128)),
                    _ if bytes.len() == 1 => Some(Const::Int(bytes[0] as i128)),
                    _ => None,
                }
            }
            LitKind::String => {
                let bytes = if let Some(inner) = raw.strip_prefix('`').and_then(|r| r.strip_suffix('`')) {
                    inner.replace('\r', "").into_bytes()
                } else {
                    unquote(raw.strip_prefix('"')?.strip_suffix('"')?, '"')?
                };
                // Go strings are bytes; invalid UTF-8 from \x escapes is kept as Latin-1-free bytes.
                Some(Const::String(bytes_to_string(bytes)))
            }
        }
    }

    pub fn as_int(&self) -> Option<i128> {
        match self {
            Const::Int(v) => Some(*v),
            Const::Float(f) if f.fract() == 0.0 && f.abs() < 1.7e38 => Some(*f as i128),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> f64 {
        match self {
            Const::Int(v) => *v as f64,
            Const::Float(f) => *f,
            _ => 0.0,
        }
    }

    pub fn as_bool(&self) -> bool {
        matches!(self, Const::Bool(true))
    }

    /// As gc prints a constant in messages.
    pub fn display(&self) -> String {
        match self {
            Const::Bool(b) => b.to_string(),
            Const::Int(v) => v.to_string(),
            Const::Float(f) => format_float(*f),
            Const::String(s) => quote(s),
        }
    }

    /// Converts to a value of basic type `b` (typed or untyped), rounding floats as the type
    /// does; reports a value that does not fit.
    pub fn convert(&self, b: Basic) -> Result<Const, Misfit> {
        let b = b.canonical();
        if b.is_integer() {
            let v = match self {
                Const::Int(v) => *v,
                Const::Float(f) => {
                    if f.fract() != 0.0 {
                        return Err(Misfit::Truncated);
                    }
                    if f.abs() >= 1.7e38 {
                        return Err(Misfit::Overflows);
                    }
                    *f as i128
                }
                _ => return Err(Misfit::Mismatch),
            };
            if fits(v, b) {
                Ok(Const::Int(v))
            } else {
                Err(Misfit::Overflows)
            }
        } else if b.is_float() {
            let f = match self {
                Const::Int(v) => *v as f64,
                Const::Float(f) => *f,
                _ => return Err(Misfit::Mismatch),
            };
            let f = if b == Basic::Float32 { f as f32 as f64 } else { f };
            if f.is_infinite() {
                Err(Misfit::Overflows)
            } else {
                Ok(Const::Float(f))
            }
        } else if b.is_boolean() {
            match self {
                Const::Bool(_) => Ok(self.clone()),
                _ => Err(Misfit::Mismatch),
            }
        } else if b.is_string() {
            match self {
                Const::String(_) => Ok(self.clone()),
                _ => Err(Misfit::Mismatch),
            }
        } else {
            Err(Misfit::Mismatch)
        }
    }

    pub fn unary(&self, op: UnaryOp, b: Basic) -> Option<Const> {
        Some(match (op, self) {
            (UnaryOp::Plus, c) => c.clone(),
            (UnaryOp::Neg, Const::Int(v)) => Const::Int(v.checked_neg()?),
            // Constants have no negative zero.
            (UnaryOp::Neg, Const::Float(f)) => Const::Float(if *f == 0.0 { 0.0 } else { -f }),
            (UnaryOp::Not, Const::Bool(v)) => Const::Bool(!v),
            (UnaryOp::Xor, Const::Int(v)) => {
                let b = b.canonical();
                if b.is_unsigned() {
                    let mask = if b.bits() >= 64 { u64::MAX as i128 } else { (1i128 << b.bits()) - 1 };
                    Const::Int(!v & mask)
                } else {
                    Const::Int(!v)
                }
            }
            _ => return None,
        })
    }

    /// Binary arithmetic; `int_div` selects truncated integer division. `None` on overflow of
    /// the 127-bit representation or a type mismatch.
    pub fn binary(&self, op: BinaryOp, y: &Const, int_div: bool) -> Option<Const> {
        use BinaryOp::*;
        match (self, y) {
            (Const::Int(a), Const::Int(b)) if !op.is_comparison() => {
                let (a, b) = (*a, *b);
                Some(Const::Int(match op {
                    Add => a.checked_add(b)?,
                    Sub => a.checked_sub(b)?,
                    Mul => a.checked_mul(b)?,
                    Div if int_div => a.checked_div(b)?,
                    Div => return Some(Const::Float(a as f64 / b as f64)),
                    Rem => a.checked_rem(b)?,
                    And => a & b,
                    Or => a | b,
                    Xor => a ^ b,
                    AndNot => a & !b,
                    _ => return None,
                }))
            }
            (Const::Int(_) | Const::Float(_), Const::Int(_) | Const::Float(_)) if !op.is_comparison() => {
                let (a, b) = (self.as_f64(), y.as_f64());
                Some(Const::Float(match op {
                    Add => a + b,
                    Sub => a - b,
                    Mul => a * b,
                    Div => a / b,
                    _ => return None,
                }))
            }
            (Const::String(a), Const::String(b)) if op == Add => Some(Const::String(format!("{a}{b}"))),
            (Const::Bool(a), Const::Bool(b)) => match op {
                LogAnd => Some(Const::Bool(*a && *b)),
                LogOr => Some(Const::Bool(*a || *b)),
                Eq => Some(Const::Bool(a == b)),
                Ne => Some(Const::Bool(a != b)),
                _ => None,
            },
            _ if op.is_comparison() => {
                let ord = match (self, y) {
                    (Const::Int(a), Const::Int(b)) => a.partial_cmp(b),
                    (Const::String(a), Const::String(b)) => a.as_bytes().partial_cmp(b.as_bytes()),
                    (Const::Int(_) | Const::Float(_), Const::Int(_) | Const::Float(_)) => self.as_f64().partial_cmp(&y.as_f64()),
                    _ => None,
                };
                use std::cmp::Ordering::*;
                Some(Const::Bool(match (op, ord) {
                    (Eq, Some(o)) => o == Equal,
                    (Ne, Some(o)) => o != Equal,
                    (Lt, Some(o)) => o == Less,
                    (Le, Some(o)) => o != Greater,
                    (Gt, Some(o)) => o == Greater,
                    (Ge, Some(o)) => o != Less,
                    (Ne, None) => true,
                    _ => false,
                }))
            }
            _ => None,
        }
    }

    pub fn shift(&self, left: bool, count: u64) -> Option<Const> {
        let v = self.as_int()?;
        if left {
            if count >= 127 {
                return if v == 0 { Some(Const::Int(0)) } else { None };
            }
            let r = v.checked_mul(1i128.checked_shl(count as u32)?)?;
            Some(Const::Int(r))
        } else {
            Some(Const::Int(if count >= 127 { if v < 0 { -1 } else { 0 } } else { v >> count }))
        }
    }
}

/// Whether integer `v` fits in integer type `b`.
pub fn fits(v: i128, b: Basic) -> bool {
    let bits = b.bits();
    if b.is_unsigned() {
        v >= 0 && (bits >= 127 || v < (1i128 << bits))
    } else if b.is_untyped() {
        true
    } else {
        let half = 1i128 << (bits - 1);
        v >= -half && v < half
    }
}

fn parse_int(raw: &str) -> Option<i128> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    i128::from_str_radix(&digits, radix).ok()
}

fn parse_float(raw: &str) -> Option<f64> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    if let Some(hex) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        let (mant, exp) = hex.split_once(['p', 'P']).unwrap_or((hex, "0"));
        let exp: i32 = exp.parse().ok()?;
        let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
        let mut v = 0f64;
        for c in int_part.chars().chain(frac_part.chars()) {
            v = v * 16.0 + c.to_digit(16)? as f64;
        }
        Some(v * 2f64.powi(exp - 4 * frac_part.len() as i32))
    } else {
        s.parse().ok()
    }
}

/// Decodes the escapes of an interpreted string or rune literal body into bytes.
pub fn unquote(s: &str, quote_char: char) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let e = chars.next()?;
        match e {
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(b'\n'),
            'r' => out.push(b'\r'),
            't' => out.push(b'\t'),
            'v' => out.push(11),
            '\\' => out.push(b'\\'),
            '\'' if quote_char == '\'' => out.push(b'\''),
            '"' if quote_char == '"' => out.push(b'"'),
            '0'..='7' => {
                let mut v = e.to_digit(8)?;
                for _ in 0..2 {
                    v = v * 8 + chars.next()?.to_digit(8)?;
                }
                out.push(u8::try_from(v).ok()?);
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for _ in 0..n {
                    v = v * 16 + chars.next()?.to_digit(16)?;
                }
                if e == 'x' {
                    out.push(v as u8);
                } else {
                    let c = char::from_u32(v)?;
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Go strings may hold any bytes; we keep them in a `String` by mapping invalid UTF-8 bytes to
/// private-use chars U+10FF00+b, decoded back by `string_bytes`.
pub fn bytes_to_string(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let bytes = e.into_bytes();
            let mut out = String::new();
            let mut rest = &bytes[..];
            while !rest.is_empty() {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(err) => {
                        let good = err.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        out.push(char::from_u32(0x10FF00 + rest[good] as u32).unwrap_or('?'));
                        rest = &rest[good + 1..];
                    }
                }
            }
            out
        }
    }
}

/// The bytes of a Go string constant (see `bytes_to_string`).
pub fn string_bytes(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let v = c as u32;
        if (0x10FF00..=0x10FFFF).contains(&v) {
            out.push((v - 0x10FF00) as u8);
        } else {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    out
}

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Formats a float constant as gc does in messages (`1.5`, `1e+100`).
pub fn format_float(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e21 {
        return format!("{f}");
    }
    let s = format!("{f:e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    if (-4..21).contains(&e) {
        format!("{f}")
    } else {
        format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
    }
}
