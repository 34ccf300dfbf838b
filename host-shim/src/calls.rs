//! Call lines (`name arg arg...`, the format of calls.txt), checked against an export's Go
//! signature and converted to Wasm values; the call itself through the engine-neutral
//! [`Guest`] trait; and the transcript line of a finished call.
//!
//! A line may end with the result it expects, `add 2 3 => 5`: a checked call. The expected
//! value is read as the result's Go type reads a call argument, and compared as Go prints
//! both (so `5`, `0x5` and `5.0` for a float all match 5, and NaN matches NaN).

use gowasm_meta::{Func, Kind, Param};

use crate::format::{format_value, quote};
use crate::module::{raw_param, ModuleInfo};
use crate::{RunError, SliceMemory, Val};

/// An instantiated module as the shim needs it to make calls; implemented by the native
/// runner and by the page's adapter around the browser's engine.
pub trait Guest {
    /// Calls an exported function with Wasm values. A missing export is a [`RunError::Host`].
    fn call(&mut self, name: &str, args: &[Val]) -> Result<Vec<Val>, RunError>;
    /// Writes to the exported memory.
    fn write_memory(&mut self, addr: u32, data: &[u8]) -> Result<(), RunError>;
}

/// One argument of a call line, as written.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A number or any other bare word; its meaning depends on the parameter type.
    Word(String),
    /// A quoted string, unquoted.
    Str(Vec<u8>),
}

/// The lines of a calls.txt file that are calls: blank lines and `#` comments are skipped.
pub fn call_lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from).collect()
}

/// A call line split into its parts.
#[derive(Clone, Debug, PartialEq)]
pub struct CallLine {
    pub name: String,
    pub args: Vec<Arg>,
    /// What follows `=>`: the result the call must return.
    pub expect: Option<Arg>,
}

/// Splits a call line into the export's name, its arguments and the expected result after
/// `=>`, if any. Arguments are separated by spaces; strings are Go string literals
/// (`"héllo\n"` or `` `raw` ``).
pub fn parse_call(line: &str) -> Result<CallLine, String> {
    let mut rest = line.trim();
    let mut words = Vec::new();
    while !rest.is_empty() {
        let (arg, tail) = match rest.chars().next() {
            Some('"') => {
                let (bytes, tail) = unquote(rest)?;
                (Arg::Str(bytes), tail)
            }
            Some('`') => {
                let end = rest[1..].find('`').ok_or_else(|| format!("unterminated raw string: {rest}"))? + 1;
                (Arg::Str(rest[1..end].replace('\r', "").into_bytes()), &rest[end + 1..])
            }
            _ => {
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                (Arg::Word(rest[..end].to_string()), &rest[end..])
            }
        };
        if tail.chars().next().is_some_and(|c| !c.is_whitespace()) {
            return Err(format!("missing space after an argument before: {tail}"));
        }
        words.push(arg);
        rest = tail.trim_start();
    }
    let mut expect = None;
    if let Some(at) = words.iter().position(|w| *w == Arg::Word("=>".into())) {
        let mut tail = words.split_off(at).into_iter().skip(1);
        expect = tail.next();
        if expect.is_none() || tail.next().is_some() {
            return Err(format!("`=>` is followed by one expected result: {line}"));
        }
    }
    let mut words = words.into_iter();
    match words.next() {
        Some(Arg::Word(name)) => Ok(CallLine { name, args: words.collect(), expect }),
        Some(Arg::Str(_)) => Err(format!("a call starts with the export's name, not a string: {line}")),
        None => Err("empty call line".into()),
    }
}

/// Reads a Go interpreted string literal at the start of `s`: its bytes and the text after it.
fn unquote(s: &str) -> Result<(Vec<u8>, &str), String> {
    let bad = |what: &str| format!("{what} in string literal {s}");
    let mut out = Vec::new();
    let mut chars = s.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Ok((out, &s[i + 1..])),
            '\n' => break,
            '\\' => {
                let Some((_, e)) = chars.next() else { break };
                let mut hex = |n: usize| -> Result<u32, String> {
                    let digits: String = (0..n).filter_map(|_| chars.next().map(|(_, c)| c)).collect();
                    if digits.len() != n {
                        return Err(bad("short escape"));
                    }
                    u32::from_str_radix(&digits, 16).map_err(|_| bad(&format!("bad escape \\{e}{digits}")))
                };
                match e {
                    'a' => out.push(7),
                    'b' => out.push(8),
                    'f' => out.push(12),
                    'n' => out.push(b'\n'),
                    'r' => out.push(b'\r'),
                    't' => out.push(b'\t'),
                    'v' => out.push(11),
                    '\\' => out.push(b'\\'),
                    '"' => out.push(b'"'),
                    'x' => out.push(hex(2)? as u8),
                    'u' | 'U' => {
                        let code = hex(if e == 'u' { 4 } else { 8 })?;
                        let c = char::from_u32(code).ok_or_else(|| bad(&format!("invalid Unicode code point {code:#x}")))?;
                        out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                    }
                    '0'..='7' => {
                        let rest: String = (0..2).filter_map(|_| chars.next().map(|(_, c)| c)).collect();
                        let v = u32::from_str_radix(&format!("{e}{rest}"), 8).ok().filter(|v| rest.len() == 2 && *v < 256);
                        out.push(v.ok_or_else(|| bad(&format!("bad octal escape \\{e}{rest}")))? as u8);
                    }
                    _ => return Err(bad(&format!("unknown escape \\{e}"))),
                }
            }
            c => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    Err(format!("unterminated string: {s}"))
}

/// An argument converted for its parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum Lowered {
    Vals(Vec<Val>),
    /// A string's bytes: the call places them in guest memory and passes (pointer, length).
    Str(Vec<u8>),
}

/// Converts one argument to a parameter of Go type `p.ty`; the error says why it does not fit.
pub fn lower_arg(p: &Param, arg: &Arg) -> Result<Lowered, String> {
    let word = match arg {
        Arg::Word(w) => w.as_str(),
        Arg::Str(b) if p.kind == Kind::String => return Ok(Lowered::Str(b.clone())),
        Arg::Str(b) => return Err(format!("{} is a string, not a {}", quote(b), p.ty)),
    };
    let int = |lo: i128, hi: i128| -> Result<i128, String> {
        match parse_int(word) {
            Some(Ok(v)) if (lo..=hi).contains(&v) => Ok(v),
            Some(_) => Err(format!("{word} overflows {}", p.ty)),
            None => Err(format!("{word} is not an integer")),
        }
    };
    let val = match p.kind {
        Kind::Bool => match word {
            "true" => Val::I32(1),
            "false" => Val::I32(0),
            _ => return Err(format!("{word} is not a bool (true or false)")),
        },
        Kind::Int32 => Val::I32(int(i32::MIN.into(), i32::MAX.into())? as i32),
        Kind::Uint32 | Kind::Uintptr | Kind::UnsafePointer | Kind::Pointer => Val::I32(int(0, u32::MAX.into())? as u32 as i32),
        Kind::Int64 => Val::I64(int(i64::MIN.into(), i64::MAX.into())? as i64),
        Kind::Uint64 => Val::I64(int(0, u64::MAX.into())? as u64 as i64),
        Kind::Float32 => Val::F32(parse_float(word, &p.ty, |i| i as f32, |f| f.is_infinite())?),
        Kind::Float64 => Val::F64(parse_float(word, &p.ty, |i| i as f64, |f| f.is_infinite())?),
        Kind::String => return Err(format!("want a quoted string, got {word}")),
    };
    Ok(Lowered::Vals(vec![val]))
}

/// A Go integer literal (decimal, `0x`, `0o`, `0b`, legacy octal `017`, `_` separators, a
/// sign): `None` if it is not one, `Some(Err)` if it is too large for any Go integer.
fn parse_int(s: &str) -> Option<Result<i128, ()>> {
    let (neg, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, &lower[1..])
    } else {
        (10, lower.as_str())
    };
    let digits = digits.replace('_', "");
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    Some(match u128::from_str_radix(&digits, radix) {
        Ok(m) if m <= i128::MAX as u128 => Ok(if neg { -(m as i128) } else { m as i128 }),
        _ => Err(()),
    })
}

/// A float argument: an integer literal, a decimal float, or `Inf`/`+Inf`/`-Inf`/`NaN`
/// (as strconv.ParseFloat spells them); a finite literal that rounds to infinity overflows.
fn parse_float<F: std::str::FromStr>(word: &str, ty: &str, from_int: impl Fn(i128) -> F, is_inf: impl Fn(&F) -> bool) -> Result<F, String> {
    let v = match parse_int(word) {
        // `-0` is a float's negative zero, as Go's ParseFloat reads it.
        Some(Ok(0)) if word.starts_with('-') => "-0".parse::<F>().map_err(|_| format!("{word} is not a number"))?,
        Some(Ok(i)) => from_int(i),
        Some(Err(())) => return Err(format!("{word} overflows {ty}")),
        None => word.replace('_', "").parse::<F>().map_err(|_| format!("{word} is not a number"))?,
    };
    let named = matches!(word.trim_start_matches(['+', '-']).to_ascii_lowercase().as_str(), "inf" | "infinity");
    if is_inf(&v) && !named {
        return Err(format!("{word} overflows {ty}"));
    }
    Ok(v)
}

/// A call of an export, checked and converted, ready to be made (any number of times).
#[derive(Clone, Debug, PartialEq)]
pub struct Call {
    pub func: Func,
    pub args: Vec<Lowered>,
    /// The arguments as Go prints them, for the transcript.
    pub shown: Vec<String>,
    /// The module's allocator for string arguments (`ModuleInfo::alloc`).
    pub alloc: Option<String>,
    /// The result the line expects, as Go prints it.
    pub expect: Option<String>,
}

impl Call {
    /// Parses a call line and checks it against the export's signature, before anything runs:
    /// `argument 1 of add_i32: 4294967296 overflows int32`.
    pub fn prepare(module: &ModuleInfo, line: &str) -> Result<Call, String> {
        let CallLine { name, args, expect } = parse_call(line)?;
        let func = module.export_func(&name).ok_or_else(|| {
            let names = module.callable();
            if names.is_empty() {
                format!("the module exports no function {name} (it exports no functions to call)")
            } else {
                format!("the module exports no function {name} (it exports {})", names.join(", "))
            }
        })?;
        if args.len() != func.params.len() {
            let n = func.params.len();
            return Err(format!("{} takes {n} argument{}, got {}", func.go_signature(), if n == 1 { "" } else { "s" }, args.len()));
        }
        let mut lowered = Vec::new();
        let mut shown = Vec::new();
        for (i, (p, a)) in func.params.iter().zip(&args).enumerate() {
            let l = lower_arg(p, a).map_err(|e| format!("argument {} of {name}: {e}", i + 1))?;
            shown.push(match &l {
                Lowered::Str(b) => quote(b),
                Lowered::Vals(v) => format_value(p.kind, v, &SliceMemory(&mut [])),
            });
            lowered.push(l);
        }
        let expect = match (expect, &func.result) {
            (None, _) => None,
            (Some(_), None) => return Err(format!("{} has no result to check", func.go_signature())),
            (Some(a), Some(r)) => match lower_arg(r, &a).map_err(|e| format!("expected result of {name}: {e}"))? {
                Lowered::Vals(v) => Some(format_value(r.kind, &v, &SliceMemory(&mut []))),
                Lowered::Str(_) => return Err(format!("expected result of {name}: a {} result cannot be checked", r.ty)),
            },
        };
        Ok(Call { func, args: lowered, shown, alloc: module.alloc().map(String::from), expect })
    }

    /// Makes the call. String arguments go to memory obtained from the module's allocator
    /// export, `(size i32) -> i32`.
    pub fn invoke(&self, guest: &mut dyn Guest) -> Result<Vec<Val>, RunError> {
        let mut vals = Vec::new();
        for a in &self.args {
            match a {
                Lowered::Vals(v) => vals.extend(v),
                Lowered::Str(b) if b.is_empty() => vals.extend([Val::I32(0), Val::I32(0)]),
                Lowered::Str(b) => {
                    let no_room = |why: String| RunError::Host(format!("cannot pass a string to {}: {why}", self.func.name));
                    let len = i32::try_from(b.len()).map_err(|_| no_room("too long".into()))?;
                    let alloc = self.alloc.as_deref().ok_or_else(|| no_room("the module exports no allocator".into()))?;
                    let ptr = match guest.call(alloc, &[Val::I32(len)]) {
                        Ok(r) => match r.as_slice() {
                            [Val::I32(p)] if *p != 0 => *p,
                            _ => return Err(no_room(format!("{alloc}({len}) returned {r:?}"))),
                        },
                        Err(RunError::Host(m)) => return Err(no_room(m)),
                        Err(e) => return Err(e),
                    };
                    guest.write_memory(ptr as u32, b)?;
                    vals.extend([Val::I32(ptr), Val::I32(len)]);
                }
            }
        }
        guest.call(&self.func.name, &vals)
    }

    /// `=> name(args)`, or `=> name(args) = result` when the function has a result; a
    /// checked call whose result differs adds `, want expected`.
    pub fn transcript(&self, results: &[Val]) -> String {
        let mut line = format!("=> {}({})", self.func.name, self.shown.join(", "));
        if let Some(got) = self.result_text(results) {
            line.push_str(" = ");
            line.push_str(&got);
            if let Some(want) = self.expect.as_ref().filter(|w| **w != got) {
                line.push_str(", want ");
                line.push_str(want);
            }
        }
        line
    }

    /// The result as Go prints it; `None` for a function without one.
    pub fn result_text(&self, results: &[Val]) -> Option<String> {
        self.func.result.as_ref().map(|r| format_value(r.kind, results, &SliceMemory(&mut [])))
    }

    /// Whether a checked call returned what it expects; `None` for a call without `=>`.
    pub fn check(&self, results: &[Val]) -> Option<bool> {
        let want = self.expect.as_ref()?;
        Some(self.result_text(results).as_ref() == Some(want))
    }
}

/// The line that ends a run with checked calls: `checked calls: 3 passed, 1 failed`.
pub fn check_summary(passed: usize, failed: usize) -> String {
    format!("checked calls: {passed} passed, {failed} failed")
}

/// A value for [`crate::Host::bind_constant`] from text, typed by the import's Go result type
/// (or its Wasm result type when the module has no Go signature for it).
pub fn parse_constant(module: &ModuleInfo, import_module: &str, name: &str, text: &str) -> Result<Val, String> {
    let what = format!("{import_module}.{name}");
    let result = match module.meta.as_ref().and_then(|m| m.import(import_module, name)) {
        Some(f) => f.result.clone(),
        None => match module.import_sig(import_module, name).ok_or_else(|| format!("the module does not import {what}"))?.results.as_slice() {
            [t] => Some(raw_param(*t)),
            _ => None,
        },
    };
    let param = result.filter(|p| p.kind != Kind::String).ok_or_else(|| format!("{what} does not return a number or bool to bind"))?;
    match lower_arg(&param, &Arg::Word(text.trim().to_string())).map_err(|e| format!("{what}: {e}"))? {
        Lowered::Vals(v) if v.len() == 1 => Ok(v[0]),
        _ => Err(format!("{what}: cannot bind a {}", param.ty)),
    }
}
