//! Call lines (`name arg arg...`, as in calls.txt) and the transcript line of a finished call.

use crate::{format, Memory, Val};
use gowasm_meta::{Func, Kind};

/// A parsed argument, before it is checked against a parameter type.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A number as written.
    Number(String),
    Bool(bool),
    Str(Vec<u8>),
}

/// Splits `name arg...`; strings are Go-quoted (`"héllo"`, with escapes).
pub fn parse_line(line: &str) -> Result<(String, Vec<Arg>), String> {
    let mut rest = line.trim();
    let name_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let name = rest[..name_end].to_string();
    if name.is_empty() {
        return Err("empty call".into());
    }
    rest = rest[name_end..].trim_start();
    let mut args = Vec::new();
    while !rest.is_empty() {
        if let Some(body) = rest.strip_prefix('"') {
            let mut out = Vec::new();
            let mut chars = body.char_indices();
            let mut end = None;
            while let Some((i, c)) = chars.next() {
                match c {
                    '"' => {
                        end = Some(i + 1);
                        break;
                    }
                    '\\' => {
                        let Some((_, e)) = chars.next() else { break };
                        match e {
                            'n' => out.push(b'\n'),
                            't' => out.push(b'\t'),
                            'r' => out.push(b'\r'),
                            '\\' => out.push(b'\\'),
                            '"' => out.push(b'"'),
                            'x' => {
                                let h: String = (0..2).filter_map(|_| chars.next().map(|(_, c)| c)).collect();
                                out.push(u8::from_str_radix(&h, 16).map_err(|_| format!("bad \\x escape in {line}"))?);
                            }
                            _ => return Err(format!("unknown escape \\{e} in {line}")),
                        }
                    }
                    c => {
                        let mut b = [0u8; 4];
                        out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
                    }
                }
            }
            let Some(end) = end else { return Err(format!("unterminated string in: {line}")) };
            args.push(Arg::Str(out));
            rest = body[end..].trim_start();
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let word = &rest[..end];
            args.push(match word {
                "true" => Arg::Bool(true),
                "false" => Arg::Bool(false),
                w => Arg::Number(w.to_string()),
            });
            rest = rest[end..].trim_start();
        }
    }
    Ok((name, args))
}

fn parse_int(s: &str) -> Option<i128> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let digits = digits.replace('_', "");
    let v = if let Some(h) = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
        i128::from_str_radix(h, 16).ok()?
    } else {
        digits.parse::<i128>().ok()?
    };
    Some(if neg { -v } else { v })
}

/// An argument converted for a parameter: its Wasm values, or the bytes of a string that
/// the runner must place in guest memory.
#[derive(Clone, Debug, PartialEq)]
pub enum Lowered {
    Vals(Vec<Val>),
    Str(Vec<u8>),
}

/// Checks and converts the arguments of a call to `f`.
pub fn lower_args(f: &Func, args: &[Arg]) -> Result<Vec<Lowered>, String> {
    if args.len() != f.params.len() {
        return Err(format!("{} takes {} argument{}, got {}", f.name, f.params.len(), if f.params.len() == 1 { "" } else { "s" }, args.len()));
    }
    let mut out = Vec::new();
    for (i, (p, a)) in f.params.iter().zip(args).enumerate() {
        let what = || format!("argument {} of {} ({} {})", i + 1, f.name, p.name, p.ty);
        let int_in = |lo: i128, hi: i128| -> Result<i128, String> {
            match a {
                Arg::Number(s) => {
                    let v = parse_int(s).ok_or_else(|| format!("{}: {s} is not an integer", what()))?;
                    if v < lo || v > hi {
                        return Err(format!("{}: {s} overflows {}", what(), p.ty));
                    }
                    Ok(v)
                }
                _ => Err(format!("{}: want an integer", what())),
            }
        };
        let v = match p.kind {
            Kind::Bool => match a {
                Arg::Bool(b) => Lowered::Vals(vec![Val::I32(*b as i32)]),
                _ => return Err(format!("{}: want true or false", what())),
            },
            Kind::Int32 => Lowered::Vals(vec![Val::I32(int_in(i32::MIN as i128, i32::MAX as i128)? as i32)]),
            Kind::Uint32 | Kind::Uintptr | Kind::UnsafePointer | Kind::Pointer => {
                Lowered::Vals(vec![Val::I32(int_in(0, u32::MAX as i128)? as u32 as i32)])
            }
            Kind::Int64 => Lowered::Vals(vec![Val::I64(int_in(i64::MIN as i128, i64::MAX as i128)? as i64)]),
            Kind::Uint64 => Lowered::Vals(vec![Val::I64(int_in(0, u64::MAX as i128)? as u64 as i64)]),
            Kind::Float32 | Kind::Float64 => {
                let Arg::Number(s) = a else { return Err(format!("{}: want a number", what())) };
                let x: f64 = s.parse().map_err(|_| format!("{}: {s} is not a number", what()))?;
                if p.kind == Kind::Float32 {
                    Lowered::Vals(vec![Val::F32(x as f32)])
                } else {
                    Lowered::Vals(vec![Val::F64(x)])
                }
            }
            Kind::String => match a {
                Arg::Str(b) => Lowered::Str(b.clone()),
                _ => return Err(format!("{}: want a quoted string", what())),
            },
        };
        out.push(v);
    }
    Ok(out)
}

/// `=> name(args)` or `=> name(args) = result`. Arguments are shown as Go prints them.
pub fn transcript_line(f: &Func, args: &[Arg], result: &[Val], mem: &dyn Memory) -> String {
    let shown: Vec<String> = f
        .params
        .iter()
        .zip(args)
        .map(|(p, a)| match (p.kind, a) {
            (Kind::String, Arg::Str(b)) => format::quote(b),
            (k, Arg::Number(s)) => {
                let vals = match lower_args(&Func { params: vec![p.clone()], ..f.clone() }, std::slice::from_ref(a)) {
                    Ok(mut l) => match l.pop() {
                        Some(Lowered::Vals(v)) => v,
                        _ => vec![],
                    },
                    Err(_) => return s.clone(),
                };
                if k == Kind::UnsafePointer {
                    format!("{:#x}", vals.first().map(|v| v.i32() as u32).unwrap_or(0))
                } else {
                    format::value(k, &vals, mem)
                }
            }
            (_, Arg::Bool(b)) => b.to_string(),
            (_, Arg::Str(b)) => format::quote(b),
        })
        .collect();
    let mut line = format!("=> {}({})", f.name, shown.join(", "));
    if let Some(r) = &f.result {
        line.push_str(" = ");
        line.push_str(&format::value(r.kind, result, mem));
    }
    line
}
