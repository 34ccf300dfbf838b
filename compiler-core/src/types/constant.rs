//! Constant values and their arithmetic, exact as Go requires: integers up to gc's 512 bits,
//! floats as rationals (so `0.1+0.2 == 0.3` and `1.0/3*3 == 1`), rounded only when a typed
//! constant takes a float type; complex numbers as a pair of such rationals, each part
//! rounded as its float type when a typed constant takes a complex type.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::Basic;
use crate::syntax::ast::{BinaryOp, UnaryOp};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Const {
    Bool(bool),
    /// An integer that fits an i64: always this form then (so equality stays structural), and
    /// nearly every constant is one, computed without big-number allocations.
    Small(i64),
    /// An integer beyond i64.
    Int(BigInt),
    Float(BigRational),
    /// Real and imaginary parts (values of complex types, and untyped complex constants).
    Complex(Box<[BigRational; 2]>),
    String(String),
}

/// Why a constant does not fit a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Misfit {
    Overflows,
    Truncated,
    Mismatch,
}

/// gc's limit for integer constants, in bits.
const INT_BITS: u64 = 512;
/// Float constants whose numerator and denominator together exceed this many bits are
/// rounded to `FLOAT_PREC` bits of mantissa (gc keeps 512), so chains of operations stay fast.
const RAT_BITS: u64 = 4096;
const FLOAT_PREC: i64 = 640;
/// Binary exponents beyond this are reported as overflow (no Go float type comes close).
const MAX_EXP: i64 = 1 << 20;

impl Const {
    pub fn int(v: i128) -> Const {
        match i64::try_from(v) {
            Ok(v) => Const::Small(v),
            Err(_) => Const::Int(BigInt::from(v)),
        }
    }

    fn from_big(v: BigInt) -> Const {
        match v.to_i64() {
            Some(v) => Const::Small(v),
            None => Const::Int(v),
        }
    }

    /// An integer constant as a big number.
    fn big(&self) -> Option<BigInt> {
        match self {
            Const::Small(v) => Some(BigInt::from(*v)),
            Const::Int(v) => Some(v.clone()),
            _ => None,
        }
    }

    pub fn complex(re: BigRational, im: BigRational) -> Const {
        Const::Complex(Box::new([re, im]))
    }

    /// A numeric constant's real and imaginary parts.
    pub fn parts(&self) -> Option<(BigRational, BigRational)> {
        match self {
            Const::Complex(c) => Some((c[0].clone(), c[1].clone())),
            _ => Some((self.rat()?, BigRational::zero())),
        }
    }

    /// Parses an int, float, imaginary, rune or string literal as the lexer accepted it.
    pub fn from_literal(kind: crate::syntax::ast::LitKind, raw: &str) -> Option<Const> {
        use crate::syntax::ast::LitKind;
        match kind {
            LitKind::Int => parse_int(raw),
            LitKind::Float => parse_float(raw).map(Const::Float),
            LitKind::Imag => {
                let body = raw.strip_suffix('i')?;
                // An imaginary literal of decimal digits is decimal even with a leading 0.
                let im = if body.bytes().all(|b| b.is_ascii_digit() || b == b'_') {
                    let digits = body.trim_start_matches(['0', '_']);
                    parse_int(if digits.is_empty() { "0" } else { digits })?.rat()?
                } else if body.starts_with("0x") || body.starts_with("0X") {
                    if body.contains(['p', 'P']) { parse_float(body)? } else { parse_int(body)?.rat()? }
                } else if body.contains(['.', 'e', 'E']) {
                    parse_float(body)?
                } else {
                    parse_int(body)?.rat()?
                };
                Some(Const::complex(BigRational::zero(), im))
            }
            LitKind::Char => {
                let inner = raw.strip_prefix('\'')?.strip_suffix('\'')?;
                let bytes = unquote(inner, '\'')?;
                let s = String::from_utf8(bytes.clone()).ok();
                match s.as_deref().map(|s| s.chars().collect::<Vec<_>>()) {
                    Some(chars) if chars.len() == 1 => Some(Const::int(chars[0] as i128)),
                    _ if bytes.len() == 1 => Some(Const::int(bytes[0] as i128)),
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

    /// The value as an i128 when it is an integer that fits.
    pub fn as_int(&self) -> Option<i128> {
        match self {
            Const::Small(v) => Some(i128::from(*v)),
            _ => match self.to_int()? {
                Const::Small(v) => Some(i128::from(v)),
                Const::Int(v) => v.to_i128(),
                _ => None,
            },
        }
    }

    /// An integral numeric constant as `Int`.
    pub fn to_int(&self) -> Option<Const> {
        match self {
            Const::Small(_) | Const::Int(_) => Some(self.clone()),
            Const::Float(r) if r.is_integer() => Some(Const::from_big(r.to_integer())),
            Const::Complex(c) if c[1].is_zero() && c[0].is_integer() => Some(Const::from_big(c[0].to_integer())),
            _ => None,
        }
    }

    /// The nearest float64 (±Inf beyond its range).
    pub fn as_f64(&self) -> f64 {
        if let Const::Small(v) = self {
            // Exact in an f64 up to 2^53; beyond, rounded below as any rational.
            if v.unsigned_abs() <= 1 << 53 {
                return *v as f64;
            }
        }
        match self.rat() {
            Some(r) => round_float(&r, 53, -1022, 1023),
            None => 0.0,
        }
    }

    pub fn as_bool(&self) -> bool {
        matches!(self, Const::Bool(true))
    }

    pub fn is_zero(&self) -> bool {
        match self {
            Const::Small(v) => *v == 0,
            Const::Int(v) => v.is_zero(),
            Const::Float(r) => r.is_zero(),
            Const::Complex(c) => c[0].is_zero() && c[1].is_zero(),
            _ => false,
        }
    }

    /// A real constant's value; a complex one's real part when its imaginary part is zero.
    fn rat(&self) -> Option<BigRational> {
        match self {
            Const::Small(v) => Some(BigRational::from_integer(BigInt::from(*v))),
            Const::Int(v) => Some(BigRational::from_integer(v.clone())),
            Const::Float(r) => Some(r.clone()),
            Const::Complex(c) if c[1].is_zero() => Some(c[0].clone()),
            _ => None,
        }
    }

    /// As gc prints a constant in messages.
    pub fn display(&self) -> String {
        match self {
            Const::Bool(b) => b.to_string(),
            Const::Small(v) => v.to_string(),
            Const::Int(v) => v.to_string(),
            Const::Float(_) => format_float(self.as_f64()),
            Const::Complex(c) => format!("({} + {}i)", Const::Float(c[0].clone()).display(), Const::Float(c[1].clone()).display()),
            Const::String(s) => quote(s),
        }
    }

    /// Converts to a value of basic type `b` (typed or untyped), rounding floats as the type
    /// does; reports a value that does not fit.
    pub fn convert(&self, b: Basic) -> Result<Const, Misfit> {
        let b = b.canonical();
        if b.is_complex() {
            let (re, im) = self.parts().ok_or(Misfit::Mismatch)?;
            let part = match b {
                Basic::Complex64 => Basic::Float32,
                Basic::Complex128 => Basic::Float64,
                _ => Basic::UntypedFloat,
            };
            let round = |r: BigRational| match Const::Float(r).convert(part)? {
                Const::Float(r) => Ok(r),
                _ => Err(Misfit::Overflows),
            };
            return Ok(Const::complex(round(re)?, round(im)?));
        }
        if let Const::Complex(c) = self {
            // types2 names the misfit by the types alone: a complex constant that does not
            // fit an integer type is "truncated", a float type "overflows".
            let misfit = if b.is_integer() { Misfit::Truncated } else { Misfit::Overflows };
            if !b.is_numeric() {
                return Err(Misfit::Mismatch);
            }
            if !c[1].is_zero() {
                return Err(misfit);
            }
            return Const::Float(c[0].clone()).convert(b).map_err(|_| misfit);
        }
        if b.is_integer() {
            if let Const::Small(v) = self {
                return if fits_i128(i128::from(*v), b) { Ok(self.clone()) } else { Err(Misfit::Overflows) };
            }
            let v = match self {
                Const::Int(v) => v.clone(),
                Const::Float(r) => {
                    if !r.is_integer() {
                        return Err(Misfit::Truncated);
                    }
                    r.to_integer()
                }
                _ => return Err(Misfit::Mismatch),
            };
            if fits(&v, b) {
                Ok(Const::from_big(v))
            } else {
                Err(Misfit::Overflows)
            }
        } else if b.is_float() {
            let Some(r) = self.rat() else { return Err(Misfit::Mismatch) };
            // A dyadic rational with a short numerator (most literals once converted) is
            // already a float of the type: rounding would give it back unchanged.
            let (prec, max_k) = if b == Basic::Float32 { (24, 149) } else { (53, 1074) };
            let d = r.denom();
            if matches!(b, Basic::Float32 | Basic::Float64) && r.numer().bits() <= prec && d.bits() <= max_k + 1 && d.trailing_zeros() == Some(d.bits() - 1) {
                return Ok(Const::Float(r));
            }
            let f = match b {
                Basic::Float32 => round_float(&r, 24, -126, 127),
                Basic::Float64 => round_float(&r, 53, -1022, 1023),
                _ => return Ok(Const::Float(r)),
            };
            BigRational::from_float(f).map(Const::Float).ok_or(Misfit::Overflows)
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
            (UnaryOp::Neg, Const::Small(v)) => Const::int(-i128::from(*v)),
            (UnaryOp::Neg, Const::Int(v)) => Const::from_big(-v),
            (UnaryOp::Neg, Const::Float(r)) => Const::Float(-r),
            (UnaryOp::Neg, Const::Complex(c)) => Const::complex(-&c[0], -&c[1]),
            (UnaryOp::Not, Const::Bool(v)) => Const::Bool(!v),
            (UnaryOp::Xor, Const::Small(v)) => {
                let b = b.canonical();
                if b.is_unsigned() {
                    let mask = (1i128 << b.bits().min(64)) - 1;
                    Const::int(!i128::from(*v) & mask)
                } else {
                    Const::Small(!v)
                }
            }
            (UnaryOp::Xor, Const::Int(v)) => {
                let b = b.canonical();
                if b.is_unsigned() {
                    let mask = (BigInt::one() << b.bits().min(64)) - 1;
                    Const::from_big(!v & mask)
                } else {
                    Const::from_big(!v)
                }
            }
            _ => return None,
        })
    }

    /// Binary arithmetic; `int_div` selects truncated integer division. `None` when a
    /// result exceeds gc's limits (or on a mismatch or division by zero).
    pub fn binary(&self, op: BinaryOp, y: &Const, int_div: bool) -> Option<Const> {
        use BinaryOp::{Add, Sub, Mul, Div, Rem, And, Or, Xor, AndNot, LogAnd, LogOr, Eq, Ne};
        if let (Const::Small(a), Const::Small(b)) = (self, y) {
            // i64 operands: every result fits an i128 (and so gc's 512 bits).
            let (a, b) = (i128::from(*a), i128::from(*b));
            let r = match op {
                Add => a + b,
                Sub => a - b,
                Mul => a * b,
                Div | Rem if b == 0 => return None,
                Div if int_div => a / b,
                Div => return Some(Const::Float(BigRational::new(BigInt::from(a), BigInt::from(b)))),
                Rem => a % b,
                And => a & b,
                Or => a | b,
                Xor => a ^ b,
                AndNot => a & !b,
                _ if op.is_comparison() => return Some(Const::Bool(compare(op, Some(a.cmp(&b))))),
                _ => return None,
            };
            return Some(Const::int(r));
        }
        if matches!(self, Const::Complex(_)) || matches!(y, Const::Complex(_)) {
            return complex_binary(op, self.parts()?, y.parts()?);
        }
        match (self, y) {
            (Const::Small(_) | Const::Int(_), Const::Small(_) | Const::Int(_)) if !op.is_comparison() => {
                let (a, b) = (&self.big()?, &y.big()?);
                let r = match op {
                    Add => a + b,
                    Sub => a - b,
                    Mul => a * b,
                    Div | Rem if b.is_zero() => return None,
                    Div if int_div => a / b,
                    Div => return Some(Const::Float(BigRational::new(a.clone(), b.clone()))),
                    Rem => a % b,
                    And => a & b,
                    Or => a | b,
                    Xor => a ^ b,
                    AndNot => a & !b,
                    _ => return None,
                };
                (r.bits() <= INT_BITS).then(|| Const::from_big(r))
            }
            (Const::Small(_) | Const::Int(_) | Const::Float(_), Const::Small(_) | Const::Int(_) | Const::Float(_)) if !op.is_comparison() => {
                let (a, b) = (self.rat()?, y.rat()?);
                let r = match op {
                    Add => a + b,
                    Sub => a - b,
                    Mul => a * b,
                    Div if b.is_zero() => return None,
                    Div => a / b,
                    _ => return None,
                };
                limit(r).map(Const::Float)
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
                    (Const::Small(_) | Const::Int(_), Const::Small(_) | Const::Int(_)) => Some(self.big()?.cmp(&y.big()?)),
                    (Const::String(a), Const::String(b)) => Some(a.as_bytes().cmp(b.as_bytes())),
                    (Const::Small(_) | Const::Int(_) | Const::Float(_), Const::Small(_) | Const::Int(_) | Const::Float(_)) => Some(self.rat()?.cmp(&y.rat()?)),
                    _ => None,
                };
                Some(Const::Bool(compare(op, ord)))
            }
            _ => None,
        }
    }

    /// `v << count` or `v >> count` (arithmetic); `None` beyond 512 bits.
    pub fn shift(&self, left: bool, count: u64) -> Option<Const> {
        if let Const::Small(v) = self {
            if !left {
                return Some(Const::Small(v >> count.min(63)));
            }
            // |v| < 2^63: shifted by less than 64 it still fits an i128.
            if count < 64 {
                return Some(Const::int(i128::from(*v) << count));
            }
        }
        let v = self.to_int()?.big()?;
        if left {
            if v.is_zero() {
                return Some(Const::Small(0));
            }
            if count > INT_BITS {
                return None;
            }
            let r = v << count;
            (r.bits() <= INT_BITS).then(|| Const::from_big(r))
        } else {
            Some(Const::from_big(v >> count.min(INT_BITS + 1)))
        }
    }
}

/// Complex arithmetic and equality, exact; `None` on division by zero or beyond gc's limits.
fn complex_binary(op: BinaryOp, (a, b): (BigRational, BigRational), (c, d): (BigRational, BigRational)) -> Option<Const> {
    let (re, im) = match op {
        BinaryOp::Add => (a + c, b + d),
        BinaryOp::Sub => (a - c, b - d),
        BinaryOp::Mul => (&a * &c - &b * &d, &b * &c + &a * &d),
        BinaryOp::Div => {
            // (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²)
            let s = &c * &c + &d * &d;
            if s.is_zero() {
                return None;
            }
            ((&a * &c + &b * &d) / &s, (&b * &c - &a * &d) / &s)
        }
        BinaryOp::Eq => return Some(Const::Bool(a == c && b == d)),
        BinaryOp::Ne => return Some(Const::Bool(a != c || b != d)),
        _ => return None,
    };
    Some(Const::complex(limit(re)?, limit(im)?))
}

/// The result of comparison `op` given how its operands compare (`None`: incomparable).
fn compare(op: BinaryOp, ord: Option<Ordering>) -> bool {
    use BinaryOp::{Eq, Ne, Lt, Le, Gt, Ge};
    use Ordering::{Less, Equal, Greater};
    match (op, ord) {
        (Eq, Some(o)) => o == Equal,
        (Ne, Some(o)) => o != Equal,
        (Lt, Some(o)) => o == Less,
        (Le, Some(o)) => o != Greater,
        (Gt, Some(o)) => o == Greater,
        (Ge, Some(o)) => o != Less,
        (Ne, None) => true,
        _ => false,
    }
}

/// Whether integer `x` fits in integer type `b` (at most 64 bits, or untyped).
fn fits_i128(x: i128, b: Basic) -> bool {
    let bits = b.bits();
    if b.is_untyped() || !(1..=64).contains(&bits) {
        return true;
    }
    let lim = 1i128 << bits;
    if b.is_unsigned() {
        (0..lim).contains(&x)
    } else {
        (-lim / 2..lim / 2).contains(&x)
    }
}

/// Whether integer `v` fits in integer type `b`.
pub fn fits(v: &BigInt, b: Basic) -> bool {
    if b.is_untyped() {
        return v.bits() <= INT_BITS;
    }
    let bits = b.bits();
    // Values that fit an i128 (nearly all) are checked without big-number temporaries.
    if let (Some(x), 1..=64) = (v.to_i128(), bits) {
        return fits_i128(x, b);
    }
    if b.is_unsigned() {
        !v.is_negative() && v.bits() <= u64::from(bits)
    } else {
        let half = BigInt::one() << (bits - 1);
        *v >= -&half && *v < half
    }
}

/// Keeps a rational small: beyond `RAT_BITS` it is rounded to `FLOAT_PREC` bits of mantissa;
/// `None` when its exponent is out of any sane range.
fn limit(r: BigRational) -> Option<BigRational> {
    if r.numer().bits() + r.denom().bits() <= RAT_BITS {
        return Some(r);
    }
    let e = r.numer().bits() as i64 - r.denom().bits() as i64;
    if e.abs() > MAX_EXP {
        return None;
    }
    let s = FLOAT_PREC - e;
    let q = scaled_quotient(r.numer(), r.denom(), s);
    Some(if s >= 0 { BigRational::new(q, BigInt::one() << s as u64) } else { BigRational::from_integer(q << (-s) as u64) })
}

/// `n / d × 2^s`, truncated.
fn scaled_quotient(n: &BigInt, d: &BigInt, s: i64) -> BigInt {
    if s >= 0 {
        (n << s as u64) / d
    } else {
        n / (d << (-s) as u64)
    }
}

/// The float nearest to `r` (ties to even) with `prec` mantissa bits and normal exponents in
/// `emin..=emax`, as an f64 (exact for float32 too); ±Inf beyond the range.
fn round_float(r: &BigRational, prec: i64, emin: i64, emax: i64) -> f64 {
    if r.is_zero() {
        return 0.0;
    }
    let neg = r.is_negative();
    let n = r.numer().abs();
    let d = r.denom().abs();
    // 2^(e-1) <= n/d < 2^e
    let mut e = n.bits() as i64 - d.bits() as i64;
    let ge = |k: i64| if k >= 0 { n >= &d << k as u64 } else { &n << (-k) as u64 >= d };
    if !ge(e - 1) {
        e -= 1;
    } else if ge(e) {
        e += 1;
    }
    let inf = if neg { f64::NEG_INFINITY } else { f64::INFINITY };
    if e - 1 > emax {
        return inf;
    }
    // Mantissa bits available: fewer for subnormals.
    let p = if e - 1 < emin { prec - (emin - (e - 1)) } else { prec };
    if p < -1 {
        return if neg { -0.0 } else { 0.0 };
    }
    let s = p - e;
    let (num, den) = if s >= 0 { (&n << s as u64, d.clone()) } else { (n.clone(), &d << (-s) as u64) };
    let (mut q, rem) = num.div_rem(&den);
    match (rem << 1u32).cmp(&den) {
        Ordering::Greater => q += 1,
        Ordering::Equal if q.is_odd() => q += 1,
        _ => {}
    }
    // value = q × 2^(e-p), q < 2^(p+1)
    let exp = e - p;
    if q.bits() as i64 + exp - 1 > emax {
        return inf;
    }
    let mut v = q.to_u64().unwrap_or(0) as f64;
    let mut rest = exp;
    while rest != 0 {
        let step = rest.clamp(-600, 600);
        v *= 2f64.powi(step as i32);
        rest -= step;
    }
    if neg {
        -v
    } else {
        v
    }
}

fn parse_int(raw: &str) -> Option<Const> {
    match parse_small_int(raw) {
        Some(v) => Some(Const::Small(v)),
        None => parse_int_big(raw),
    }
}

fn parse_int_big(raw: &str) -> Option<Const> {
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
    let v = BigInt::parse_bytes(digits.as_bytes(), radix)?;
    (v.bits() <= INT_BITS).then(|| Const::from_big(v))
}

/// An integer literal that fits an i64 (nearly all do: unicode's tables hold thousands of
/// hexadecimal ones), read without allocating; `None` leaves the rest to `parse_int`.
fn parse_small_int(raw: &str) -> Option<i64> {
    let (digits, radix) = match raw.as_bytes() {
        [b'0', b'x' | b'X', rest @ ..] => (rest, 16),
        [b'0', b'b' | b'B', rest @ ..] => (rest, 2),
        [b'0', b'o' | b'O', rest @ ..] => (rest, 8),
        [b'0', rest @ ..] if !rest.is_empty() => (rest, 8),
        all => (all, 10),
    };
    let mut v: i64 = 0;
    let mut any = false;
    for &c in digits.iter().filter(|&&c| c != b'_') {
        let d = char::from(c).to_digit(radix)?;
        v = v.checked_mul(i64::from(radix))?.checked_add(i64::from(d))?;
        any = true;
    }
    any.then_some(v)
}

/// A float literal, exactly: decimal `m × 10^e` or hexadecimal `m × 2^e`.
fn parse_float(raw: &str) -> Option<BigRational> {
    parse_short_decimal(raw).or_else(|| parse_float_big(raw))
}

fn parse_float_big(raw: &str) -> Option<BigRational> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let (hex, body) = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(h) => (true, h),
        None => (false, s.as_str()),
    };
    let (mant, exp) = if hex { body.split_once(['p', 'P']).unwrap_or((body, "0")) } else { body.split_once(['e', 'E']).unwrap_or((body, "0")) };
    let exp: i64 = exp.parse().ok()?;
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int_part}{frac_part}");
    let digits = if digits.is_empty() { "0".to_string() } else { digits };
    let m = BigInt::parse_bytes(digits.as_bytes(), if hex { 16 } else { 10 })?;
    if m.is_zero() {
        return Some(BigRational::zero());
    }
    let (base, e) = if hex { (2u32, exp - 4 * frac_part.len() as i64) } else { (10u32, exp - frac_part.len() as i64) };
    // Beyond this no Go float type is reachable; refuse instead of building huge numbers.
    if e.abs() > 100_000 {
        return None;
    }
    let p = num_traits::pow(BigInt::from(base), e.unsigned_abs() as usize);
    let r = if e >= 0 { BigRational::from_integer(m * p) } else { BigRational::new(m, p) };
    limit(r)
}

/// A decimal float literal of at most 19 digits and a small exponent (nearly all of them),
/// with machine integers: the same reduced fraction as `parse_float`'s big-number path.
fn parse_short_decimal(raw: &str) -> Option<BigRational> {
    let (mant, exp) = match raw.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().ok()?),
        None => (raw, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.len() + frac_part.len() > 19 || !int_part.bytes().chain(frac_part.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let m = int_part.bytes().chain(frac_part.bytes()).fold(0u128, |m, b| m * 10 + u128::from(b - b'0'));
    let e = exp.checked_sub(i32::try_from(frac_part.len()).ok()?)?;
    if m == 0 {
        return Some(BigRational::zero());
    }
    if (0..=19).contains(&e) {
        return Some(BigRational::from_integer(BigInt::from(m * 10u128.pow(e as u32))));
    }
    if !(-38..0).contains(&e) {
        return None;
    }
    let d = 10u128.pow(e.unsigned_abs());
    let g = gcd(m, d);
    Some(BigRational::new_raw(BigInt::from(m / g), BigInt::from(d / g)))
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
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

/// A Go string literal of s, escaped as strconv.Quote escapes ASCII (gc quotes string
/// constants so in messages; the test main embeds example outputs so).
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Formats a float constant as gc does in messages: integers in full, others as go/constant
/// does, `%.6g` (`1.5`, `0.333333`, `1e+100`).
pub fn format_float(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e21 {
        return format!("{f}");
    }
    if !f.is_finite() {
        return format!("{f}");
    }
    // Six significant digits, then %g's choice of form and its trimmed zeros.
    let s = format!("{f:.5e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let trim = |s: String| if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s };
    if (-4..6).contains(&e) {
        trim(format!("{f:.*}", (5 - e) as usize))
    } else {
        format!("{}e{}{:02}", trim(m.to_string()), if e < 0 { '-' } else { '+' }, e.abs())
    }
}

#[cfg(test)]
mod tests {
    use super::{parse_float_big, parse_int_big, parse_small_int, parse_short_decimal, Basic, BigInt, BinaryOp, Const, UnaryOp};

    #[test]
    fn floats_display_as_go_constant_strings() {
        for (f, want) in [(1.5, "1.5"), (1.0 / 3.0, "0.333333"), (1e300, "1e+300"), (9.999999680285692e38, "1e+39"), (-0.000012345678, "-1.23457e-05"), (123456.5, "123456"), (1234567.5, "1.23457e+06"), (300.0, "300")] {
            assert_eq!(super::format_float(f), want, "{f}");
        }
    }

    #[test]
    fn short_decimals_parse_as_the_big_number_path_does() {
        for lit in ["0.0", "1.5", ".5", "1.", "1e9", "1E+9", "12.375", "0.125", "3.14159265358979323", "1e-38", "9999999999999999999e19", "1e-20", "000.50", "7e0"] {
            assert_eq!(parse_short_decimal(lit), parse_float_big(lit), "{lit}");
        }
        assert_eq!(parse_short_decimal("1_0.5"), None);
        assert_eq!(parse_short_decimal("0x1p-2"), None);
    }

    #[test]
    fn small_integer_literals_parse_as_the_big_number_path_does() {
        for lit in ["0", "7", "0x41", "0X_Ff", "0b1_01", "0o17", "017", "0_7", "1_000", "9223372036854775807", "0x7fffffffffffffff"] {
            assert_eq!(parse_small_int(lit).map(Const::Small), parse_int_big(lit), "{lit}");
        }
        for lit in ["9223372036854775808", "0x8000000000000000", "0x", "09", "0b2", "0_"] {
            assert_eq!(parse_small_int(lit), None, "{lit}");
        }
    }

    #[test]
    fn small_integers_compute_as_big_ones_do() {
        use BinaryOp::{Add, Sub, Mul, Div, Rem, And, Or, Xor, AndNot, Eq, Ne, Lt, Le, Gt, Ge};
        let vals = [0i64, 1, -1, 7, -7, 255, i64::MAX, i64::MIN, 1 << 40, -(1 << 62)];
        let big = |v: i64| Const::Int(BigInt::from(v));
        for a in vals {
            for b in vals {
                for op in [Add, Sub, Mul, Div, Rem, And, Or, Xor, AndNot, Eq, Ne, Lt, Le, Gt, Ge] {
                    for int_div in [true, false] {
                        assert_eq!(Const::Small(a).binary(op, &Const::Small(b), int_div), big(a).binary(op, &big(b), int_div), "{a} {op:?} {b}");
                    }
                }
            }
            for n in [0u64, 1, 3, 62, 63, 64, 65, 200] {
                for left in [true, false] {
                    assert_eq!(Const::Small(a).shift(left, n), big(a).shift(left, n), "{a} shift {left} {n}");
                }
            }
            for b in [Basic::Uint8, Basic::Int8, Basic::Uint, Basic::Int64, Basic::Uint64, Basic::UntypedInt, Basic::Float32, Basic::Float64] {
                assert_eq!(Const::Small(a).convert(b), big(a).convert(b), "{a} to {b:?}");
                assert_eq!(Const::Small(a).unary(UnaryOp::Xor, b), big(a).unary(UnaryOp::Xor, b), "^{a} {b:?}");
            }
            assert_eq!(Const::Small(a).unary(UnaryOp::Neg, Basic::Int), big(a).unary(UnaryOp::Neg, Basic::Int));
            assert_eq!(Const::Small(a).as_f64(), big(a).as_f64());
        }
    }
}
