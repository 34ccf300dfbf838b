// Package strconv: conversions to and from strings with gc's results and error texts.
// Floats are formatted and parsed on the runtime's exact multiprecision decimals
// (runtime/format.go, runtime/std.go), so every result is correctly rounded as gc's.
package strconv

import (
	"errors"
	"runtime"
	"unicode/utf8"
)

const IntSize = 64

// ErrRange: a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax: a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error {
	return e.Err
}

// exponent reads a float's signed decimal exponent at s[i:] (capped at 10000 so that
// huge exponents cannot overflow) and where it ends; ok is false when no digit follows.
func exponent(s string, i int) (e, next int, ok bool) {
	sign := 1
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		if s[i] == '-' {
			sign = -1
		}
		i++
	}
	if i >= len(s) || s[i] < '0' || s[i] > '9' {
		return 0, i, false
	}
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if e < 10000 {
			e = e*10 + int(s[i]) - '0'
		}
	}
	return e * sign, i, true
}

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, str, ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, str, ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, str, errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, str, errors.New("invalid bit size " + Itoa(bitSize))}
}

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// appendBits appends the base-base form of u (with a minus sign when neg); base is valid.
func appendBits(dst []byte, u uint64, base int, neg bool) []byte {
	var a [65]byte
	n := len(a)
	for u >= uint64(base) {
		n--
		a[n] = digits[u%uint64(base)]
		u /= uint64(base)
	}
	n--
	a[n] = digits[u]
	if neg {
		n--
		a[n] = '-'
	}
	return append(dst, a[n:]...)
}

func checkBase(base int) {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
}

// AppendUint appends the base-base form of i.
func AppendUint(dst []byte, i uint64, base int) []byte {
	checkBase(base)
	return appendBits(dst, i, base, false)
}

// AppendInt appends the base-base form of i.
func AppendInt(dst []byte, i int64, base int) []byte {
	checkBase(base)
	if i < 0 {
		return appendBits(dst, uint64(-i), base, true)
	}
	return appendBits(dst, uint64(i), base, false)
}

func FormatUint(i uint64, base int) string {
	return string(AppendUint(nil, i, base))
}

func FormatInt(i int64, base int) string {
	return string(AppendInt(nil, i, base))
}

// Itoa is FormatInt(int64(i), 10), without the base check (and its panic) in the module.
func Itoa(i int) string {
	if i < 0 {
		return string(appendBits(nil, uint64(-i), 10, true))
	}
	return string(appendBits(nil, uint64(i), 10, false))
}

func lower(c byte) byte {
	return c | ('x' - 'X')
}

// underscoreOK reports whether the underscores in s (a number with base prefix) are legal:
// only between digits, or between the base prefix and a digit.
func underscoreOK(s string) bool {
	saw := '^'
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

// ParseUint interprets s in the given base (0: from its prefix) as an unsigned integer of
// bitSize bits (0: 64).
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fnParseUint = "ParseUint"
	if s == "" {
		return 0, syntaxError(fnParseUint, s)
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base = 2
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base = 8
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base = 16
				s = s[2:]
			default:
				base = 8
				s = s[1:]
			}
		}
	default:
		return 0, baseError(fnParseUint, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fnParseUint, s0, bitSize)
	}
	var cutoff uint64
	switch base {
	case 10:
		cutoff = (1<<64-1)/10 + 1
	case 16:
		cutoff = (1<<64-1)/16 + 1
	default:
		cutoff = (1<<64-1)/uint64(base) + 1
	}
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for _, c := range []byte(s) {
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, syntaxError(fnParseUint, s0)
		}
		if d >= byte(base) {
			return 0, syntaxError(fnParseUint, s0)
		}
		if n >= cutoff {
			return maxVal, rangeError(fnParseUint, s0)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fnParseUint, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fnParseUint, s0)
	}
	return n, nil
}

// ParseInt interprets s in the given base (0: from its prefix) as a signed integer of
// bitSize bits (0: 64); out-of-range values are clamped and reported with ErrRange.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	const fnParseInt = "ParseInt"
	if s == "" {
		return 0, syntaxError(fnParseInt, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		ne := err.(*NumError)
		ne.Func = fnParseInt
		ne.Num = s0
		return 0, ne
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fnParseInt, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fnParseInt, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is ParseInt(s, 10, 0) converted to int, with "Atoi" in its errors.
func Atoi(s string) (int, error) {
	i, err := ParseInt(s, 10, 0)
	if err != nil {
		ne := err.(*NumError)
		ne.Func = "Atoi"
		return int(i), ne
	}
	return int(i), nil
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// AppendFloat appends f formatted by fmt ('e', 'E', 'f', 'g', 'G' or 'b') with prec digits
// (-1: the fewest that read back exactly) for a float of bitSize bits.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	switch fmt {
	case 'e', 'f', 'g':
		return runtime.AppendFloat(dst, f, fmt, prec, bitSize)
	case 'E', 'G':
		n := len(dst)
		dst = runtime.AppendFloat(dst, f, fmt+'a'-'A', prec, bitSize)
		for i := n; i < len(dst); i++ {
			if dst[i] == 'e' {
				dst[i] = 'E'
			}
		}
		return dst
	case 'b':
		return appendB(dst, f, bitSize)
	case 'x', 'X':
		return appendX(dst, f, fmt, prec, bitSize)
	}
	return append(dst, '%', fmt)
}

// appendX is the 'x' format: -0x1.hhhhp±dd, a hexadecimal mantissa (rounded to prec
// digits, half to even) and a binary exponent.
func appendX(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	bits, mantbits, expbits, bias := floatBits(f, bitSize)
	neg := bits>>(expbits+mantbits) != 0
	exp := int(bits>>mantbits) & (1<<expbits - 1)
	mant := bits & (1<<mantbits - 1)
	if exp == 1<<expbits-1 {
		switch {
		case mant != 0:
			return append(dst, "NaN"...)
		case neg:
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	}
	if exp == 0 {
		exp++
	} else {
		mant |= 1 << mantbits
	}
	exp += bias
	if mant == 0 {
		exp = 0
	}
	// The leading 1 (if any) at bit 60.
	mant <<= 60 - mantbits
	for mant != 0 && mant&(1<<60) == 0 {
		mant <<= 1
		exp--
	}
	if prec >= 0 && prec < 15 {
		shift := uint(prec * 4)
		extra := (mant << shift) & (1<<60 - 1)
		mant >>= 60 - shift
		if extra|(mant&1) > 1<<59 {
			mant++
		}
		mant <<= 60 - shift
		if mant&(1<<61) != 0 {
			mant >>= 1
			exp++
		}
	}
	hex := lowerhex
	if fmt == 'X' {
		hex = "0123456789ABCDEF"
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', fmt, '0'+byte((mant>>60)&1))
	mant <<= 4
	if prec < 0 && mant != 0 {
		dst = append(dst, '.')
		for mant != 0 {
			dst = append(dst, hex[(mant>>60)&15])
			mant <<= 4
		}
	} else if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, hex[(mant>>60)&15])
			mant <<= 4
		}
	}
	ch := byte('P')
	if fmt == 'x' {
		ch = 'p'
	}
	dst = append(dst, ch)
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return AppendInt(dst, int64(exp), 10)
}

// floatBits gives f's IEEE bits for bitSize and that format's field widths and bias.
func floatBits(f float64, bitSize int) (bits uint64, mantbits, expbits uint, bias int) {
	if bitSize == 32 {
		return uint64(runtime.f32bits(float32(f))), 23, 8, -127
	}
	return runtime.f64bits(f), 52, 11, -1023
}

// appendB is the 'b' format: -ddddp±ddd, a decimal mantissa and a binary exponent.
func appendB(dst []byte, f float64, bitSize int) []byte {
	bits, mantbits, expbits, bias := floatBits(f, bitSize)
	neg := bits>>(expbits+mantbits) != 0
	exp := int(bits>>mantbits) & (1<<expbits - 1)
	mant := bits & (uint64(1)<<mantbits - 1)
	if exp == 1<<expbits-1 {
		return runtime.AppendFloat(dst, f, 'g', -1, bitSize)
	}
	if exp == 0 {
		exp++
	} else {
		mant |= uint64(1) << mantbits
	}
	exp += bias - int(mantbits)
	if neg {
		dst = append(dst, '-')
	}
	dst = appendBits(dst, mant, 10, false)
	dst = append(dst, 'p')
	if exp >= 0 {
		dst = append(dst, '+')
	}
	if exp < 0 {
		return appendBits(dst, uint64(-exp), 10, true)
	}
	return appendBits(dst, uint64(exp), 10, false)
}

func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return string(AppendFloat(nil, f, fmt, prec, bitSize))
}

// special parses an optional sign and "inf", "infinity" or "nan" (any case) at the start of s.
func special(s string) (float64, int, bool) {
	if s == "" {
		return 0, 0, false
	}
	sign := 1
	n := 0
	switch s[0] {
	case '+', '-':
		if s[0] == '-' {
			sign = -1
		}
		n = 1
		s = s[1:]
	}
	if prefixFold(s, "infinity") {
		return inf(sign), n + 8, true
	}
	if prefixFold(s, "inf") {
		return inf(sign), n + 3, true
	}
	if n == 0 && prefixFold(s, "nan") {
		return runtime.f64frombits(0x7FF8000000000001), 3, true
	}
	return 0, 0, false
}

func inf(sign int) float64 {
	if sign < 0 {
		return runtime.f64frombits(0xFFF0000000000000)
	}
	return runtime.f64frombits(0x7FF0000000000000)
}

func prefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if lower(s[i]) != p[i] {
			return false
		}
	}
	return true
}

// ParseFloat converts s to the nearest float64 (or float32, for bitSize 32): decimal
// mantissa with optional exponent, underscores only in base-prefixed forms, "inf",
// "infinity" and "nan" in any case. Out of range gives ±Inf and ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	const fn = "ParseFloat"
	if v, n, ok := special(s); ok {
		if n != len(s) {
			return 0, syntaxError(fn, s)
		}
		return v, nil
	}
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		return parseHex(s, i+2, neg, bitSize)
	}
	var d []byte
	dp := 0
	sawdot, sawdigits, trunc, underscores := false, false, false, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			underscores = true
			continue
		}
		if c == '.' {
			if sawdot {
				break
			}
			sawdot = true
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		sawdigits = true
		if c == '0' && len(d) == 0 {
			if sawdot {
				dp--
			}
			continue
		}
		if !sawdot {
			dp++
		}
		if len(d) < 800 {
			d = append(d, c)
		} else if c != '0' {
			trunc = true
		}
	}
	if !sawdigits {
		return 0, syntaxError(fn, s)
	}
	if i < len(s) && lower(s[i]) == 'e' {
		e, next, ok := exponent(s, i+1)
		if !ok {
			return 0, syntaxError(fn, s)
		}
		i = next
		dp += e
	}
	if i != len(s) || underscores && !underscoreOK(s) {
		return 0, syntaxError(fn, s)
	}
	var f float64
	var overflow bool
	if bitSize == 32 {
		b, o := runtime.DecimalBits(string(d), dp, trunc, neg, 23, 8, -127)
		f, overflow = float64(runtime.f32frombits(uint32(b))), o
	} else {
		b, o := runtime.DecimalBits(string(d), dp, trunc, neg, 52, 11, -1023)
		f, overflow = runtime.f64frombits(b), o
	}
	if overflow {
		return f, rangeError(fn, s)
	}
	return f, nil
}

// isPrint approximates unicode.IsPrint as strconv uses it: exact for Latin-1; above it,
// everything but spaces, format characters, private use and non-characters.
func isPrint(r rune) bool {
	if r < 0x100 {
		return 0x20 <= r && r < 0x7F || 0xA1 <= r && r != 0xAD
	}
	switch {
	case r == 0x1680 || 0x2000 <= r && r <= 0x200F || 0x2028 <= r && r <= 0x202F || 0x205F <= r && r <= 0x206F:
		return false
	case r == 0x3000 || r == 0xFEFF || 0xFFF9 <= r && r <= 0xFFFB || r == 0xFFFE || r == 0xFFFF:
		return false
	case 0xD800 <= r && r <= 0xF8FF || 0xE0000 <= r:
		return false
	}
	return true
}

// IsPrint reports whether r is printable as Go defines it (see isPrint).
func IsPrint(r rune) bool {
	return isPrint(r)
}

const lowerhex = "0123456789abcdef"

func appendEscapedRune(buf []byte, r rune, quote byte, ascii bool, graphic bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if ascii {
		if r < utf8.RuneSelf && isPrint(r) {
			return append(buf, byte(r))
		}
	} else if isPrint(r) || graphic && isGraphicSpace(r) {
		return utf8.AppendRune(buf, r)
	}
	const controls = "\a\b\f\n\r\t\v"
	for k := 0; k < len(controls); k++ {
		if r == rune(controls[k]) {
			return append(buf, '\\', "abfnrtv"[k])
		}
	}
	// \xhh, \uhhhh or \Uhhhhhhhh.
	c, n := byte('x'), 2
	switch {
	case r < ' ' || r == 0x7f:
	case !utf8.ValidRune(r):
		r = 0xFFFD
		c, n = 'u', 4
	case r < 0x10000:
		c, n = 'u', 4
	default:
		c, n = 'U', 8
	}
	buf = append(buf, '\\', c)
	for s := 4 * (n - 1); s >= 0; s -= 4 {
		buf = append(buf, lowerhex[r>>uint(s)&0xF])
	}
	return buf
}

func appendQuoted(buf []byte, s string, quote byte, ascii bool, graphic bool) []byte {
	buf = append(buf, quote)
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if w == 1 && r == utf8.RuneError {
			buf = append(buf, '\\', 'x', lowerhex[s[i]>>4], lowerhex[s[i]&0xF])
		} else {
			buf = appendEscapedRune(buf, r, quote, ascii, graphic)
		}
		i += w
	}
	return append(buf, quote)
}

func appendQuotedRune(buf []byte, r rune, ascii bool, graphic bool) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = append(buf, '\'')
	buf = appendEscapedRune(buf, r, '\'', ascii, graphic)
	return append(buf, '\'')
}

// Quote returns s as a double-quoted Go string literal.
func Quote(s string) string {
	return string(appendQuoted(nil, s, '"', false, false))
}

func AppendQuote(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', false, false)
}

// QuoteToASCII is Quote with every non-ASCII rune escaped.
func QuoteToASCII(s string) string {
	return string(appendQuoted(nil, s, '"', true, false))
}

// QuoteRune returns r as a single-quoted Go rune literal.
func QuoteRune(r rune) string {
	return string(appendQuotedRune(nil, r, false, false))
}

func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, false, false)
}

func QuoteRuneToASCII(r rune) string {
	return string(appendQuotedRune(nil, r, true, false))
}

func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', true, false)
}

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, true, false)
}

// QuoteToGraphic is Quote leaving Unicode graphic characters (spaces included) as they are.
func QuoteToGraphic(s string) string {
	return string(appendQuoted(nil, s, '"', false, true))
}

func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', false, true)
}

func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRune(nil, r, false, true))
}

func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, false, true)
}

// isGraphicSpace: the spaces unicode.IsGraphic accepts and IsPrint does not.
func isGraphicSpace(r rune) bool {
	return r == 0xA0 || r == 0x1680 || 0x2000 <= r && r <= 0x200A || r == 0x202F || r == 0x205F || r == 0x3000
}

// IsGraphic reports whether r is graphic: printable or a Unicode space.
func IsGraphic(r rune) bool {
	return isPrint(r) || isGraphicSpace(r)
}

// CanBackquote reports whether s can be a raw string literal unchanged: no control
// characters but tab, no backquote, valid UTF-8 and no byte order mark.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == 0xFEFF {
				return false
			}
			continue
		}
		if r == utf8.RuneError || r < ' ' && r != '\t' || r == '`' || r == 0x7F {
			return false
		}
	}
	return true
}

func unhex(b byte) (rune, bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape of the quoted string body s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		err = ErrSyntax
		return
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		err = ErrSyntax
		return
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		err = ErrSyntax
		return
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 0
		switch c {
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'U':
			n = 8
		}
		var v rune
		if len(s) < n {
			err = ErrSyntax
			return
		}
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				err = ErrSyntax
				return
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			err = ErrSyntax
			return
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			err = ErrSyntax
			return
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				err = ErrSyntax
				return
			}
			v = (v << 3) | x
		}
		s = s[2:]
		if v > 255 {
			err = ErrSyntax
			return
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			err = ErrSyntax
			return
		}
		value = rune(c)
	default:
		err = ErrSyntax
		return
	}
	tail = s
	return
}

// Unquote interprets s as a single-quoted, double-quoted or back-quoted Go literal.
func Unquote(s string) (string, error) {
	n := len(s)
	if n < 2 {
		return "", ErrSyntax
	}
	quote := s[0]
	if quote != s[n-1] {
		return "", ErrSyntax
	}
	body := s[1 : n-1]
	switch quote {
	case '`':
		if indexByte(body, '`') >= 0 {
			return "", ErrSyntax
		}
		if indexByte(body, '\r') >= 0 {
			b := make([]byte, 0, len(body))
			for i := 0; i < len(body); i++ {
				if body[i] != '\r' {
					b = append(b, body[i])
				}
			}
			return string(b), nil
		}
		return body, nil
	case '"', '\'':
	default:
		return "", ErrSyntax
	}
	if indexByte(body, '\n') >= 0 {
		return "", ErrSyntax
	}
	var buf []byte
	for len(body) > 0 {
		c, multibyte, rest, err := UnquoteChar(body, quote)
		if err != nil {
			return "", err
		}
		body = rest
		if c < utf8.RuneSelf || !multibyte {
			buf = append(buf, byte(c))
		} else {
			buf = utf8.AppendRune(buf, c)
		}
		if quote == '\'' {
			break
		}
	}
	if quote == '\'' && len(body) != 0 {
		return "", ErrSyntax
	}
	return string(buf), nil
}

// indexByte is the index of the first c in s, or -1.
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// parseHex parses the hexadecimal float after "0x" at s[i:]: hex digits with an optional
// point, then a mandatory binary exponent p±d; rounded to nearest even with a sticky bit.
func parseHex(s string, i int, neg bool, bitSize int) (float64, error) {
	const fn = "ParseFloat"
	var mant uint64
	nd, ndMant, dp := 0, 0, 0
	sawdot, sawdigits, trunc, underscores := false, false, false, false
	for ; i < len(s); i++ {
		c := s[i]
		var v uint64
		switch {
		case c == '_':
			underscores = true
			continue
		case c == '.':
			if sawdot {
				return 0, syntaxError(fn, s)
			}
			sawdot = true
			dp = nd
			continue
		case '0' <= c && c <= '9':
			v = uint64(c - '0')
		case 'a' <= lower(c) && lower(c) <= 'f':
			v = uint64(lower(c) - 'a' + 10)
		default:
			goto exponent
		}
		sawdigits = true
		if v == 0 && nd == 0 {
			dp--
			continue
		}
		nd++
		if ndMant < 16 {
			mant = mant*16 + v
			ndMant++
		} else if v != 0 {
			trunc = true
		}
	}
exponent:
	if !sawdigits || i >= len(s) || lower(s[i]) != 'p' {
		return 0, syntaxError(fn, s)
	}
	if !sawdot {
		dp = nd
	}
	e, next, ok := exponent(s, i+1)
	if !ok {
		return 0, syntaxError(fn, s)
	}
	i = next
	if i != len(s) || underscores && !underscoreOK(s) {
		return 0, syntaxError(fn, s)
	}
	exp := 0
	if mant != 0 {
		exp = 4*(dp-ndMant) + e
	}
	mantbits, expbits, bias := uint(52), uint(11), -1023
	if bitSize == 32 {
		mantbits, expbits, bias = 23, 8, -127
	}
	maxExp := 1<<expbits + bias - 2
	minExp := bias + 1
	exp += int(mantbits)
	// Keep two extra bits below the mantissa and a sticky bit for rounding.
	for mant != 0 && mant>>(mantbits+2) == 0 {
		mant <<= 1
		exp--
	}
	if trunc {
		mant |= 1
	}
	for mant>>(1+mantbits+2) != 0 {
		mant = mant>>1 | mant&1
		exp++
	}
	for mant > 1 && exp < minExp-2 {
		mant = mant>>1 | mant&1
		exp++
	}
	round := mant & 3
	mant >>= 2
	round |= mant & 1
	exp += 2
	if round == 3 {
		mant++
		if mant == 1<<(1+mantbits) {
			mant >>= 1
			exp++
		}
	}
	if mant>>mantbits == 0 {
		exp = bias
	}
	var err error
	if exp > maxExp {
		mant = 1 << mantbits
		exp = maxExp + 1
		err = rangeError(fn, s)
	}
	bits := mant & (1<<mantbits - 1)
	bits |= uint64((exp-bias)&(1<<expbits-1)) << mantbits
	if neg {
		bits |= 1 << mantbits << expbits
	}
	if bitSize == 32 {
		return float64(runtime.f32frombits(uint32(bits))), err
	}
	return runtime.f64frombits(bits), err
}

// FormatComplex and ParseComplex are adapted from Go's strconv/ctoa.go and atoc.go:
//
// Copyright 2020 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// FormatComplex converts the complex number c to a string of the
// form (a+bi) where a and b are the real and imaginary parts,
// formatted according to the format fmt and precision prec.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1 // complex64 uses float32 internally

	dst := []byte{'('}
	dst = AppendFloat(dst, real(c), fmt, prec, bitSize)
	i := len(dst)
	dst = AppendFloat(dst, imag(c), fmt, prec, bitSize)
	// Check if imaginary part has a sign. If not, add one.
	if dst[i] != '+' && dst[i] != '-' {
		dst = append(dst, 0)
		copy(dst[i+1:], dst[i:])
		dst[i] = '+'
	}
	dst = append(dst, "i)"...)
	return string(dst)
}

// ParseComplex converts the string s to a complex number
// with the precision specified by bitSize: 64 for complex64, or 128 for complex128.
// The number must be of the form N, Ni, or N±Ni, where N stands for a floating-point
// number as recognized by ParseFloat, optionally parenthesized, without spaces.
func ParseComplex(s string, bitSize int) (complex128, error) {
	const fn = "ParseComplex"
	orig := s
	size := 64
	if bitSize == 64 {
		size = 32 // complex64 uses float32 parts
	}

	// Remove parentheses, if any.
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}

	var pending error // pending range error, or nil

	// Read real part (possibly imaginary part if followed by 'i').
	re, n, err := parseFloatPrefix(s, size)
	if err != nil {
		if err != ErrRange {
			return 0, syntaxError(fn, orig)
		}
		pending = rangeError(fn, orig)
	}
	s = s[n:]

	// If we have nothing left, we're done.
	if len(s) == 0 {
		return complex(re, 0), pending
	}

	// Otherwise, look at the next character.
	switch s[0] {
	case '+':
		// Consume the '+' to avoid an error if we have "+NaNi", but
		// do this only if we don't have a "++" (don't hide that error).
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
		// ok
	case 'i':
		// If 'i' is the last character, we only have an imaginary part.
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, syntaxError(fn, orig)
	default:
		return 0, syntaxError(fn, orig)
	}

	// Read imaginary part.
	im, n, err := parseFloatPrefix(s, size)
	if err != nil {
		if err != ErrRange {
			return 0, syntaxError(fn, orig)
		}
		pending = rangeError(fn, orig)
	}
	s = s[n:]
	if s != "i" {
		return 0, syntaxError(fn, orig)
	}
	return complex(re, im), pending
}

// parseFloatPrefix parses the longest prefix of s that is a float as ParseFloat reads
// one (its syntax is gc's readFloat's), giving its length; the error is ErrSyntax or
// ErrRange.
func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	if v, n, ok := special(s); ok {
		return v, n, nil
	}
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	hex := i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x'
	if hex {
		i += 2
	}
	sawdot, sawdigits := false, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' || '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f' {
			sawdigits = sawdigits || c != '_'
			continue
		}
		if c == '.' && !sawdot {
			sawdot = true
			continue
		}
		break
	}
	if !sawdigits {
		return 0, 0, ErrSyntax
	}
	expChar := byte('e')
	if hex {
		expChar = 'p'
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return 0, 0, ErrSyntax
		}
		for i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_') {
			i++
		}
	} else if hex {
		return 0, 0, ErrSyntax
	}
	f, err := ParseFloat(s[:i], bitSize)
	if err != nil {
		return f, i, err.(*NumError).Err
	}
	return f, i, nil
}
