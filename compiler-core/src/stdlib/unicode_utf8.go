// Package utf8: UTF-8 encoding and decoding with gc's rules (surrogates and overlong forms
// are invalid, each bad byte decodes as RuneError of width 1).
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// RuneLen returns the number of bytes needed to encode r, or -1 if it is not a valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// ValidRune reports whether r can be encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}

// decode is the first rune of s (at most 4 bytes are looked at) and its width.
func decode(s0, s1, s2, s3 byte, n int) (rune, int) {
	switch {
	case s0 < 0x80:
		return rune(s0), 1
	case s0 < 0xC2 || s0 > 0xF4:
		return RuneError, 1
	case s0 < 0xE0:
		if n < 2 || s1&0xC0 != 0x80 {
			return RuneError, 1
		}
		return rune(s0&0x1F)<<6 | rune(s1&0x3F), 2
	case s0 < 0xF0:
		lo, hi := byte(0x80), byte(0xBF)
		if s0 == 0xE0 {
			lo = 0xA0
		} else if s0 == 0xED {
			hi = 0x9F
		}
		if n < 2 || s1 < lo || s1 > hi {
			return RuneError, 1
		}
		if n < 3 || s2&0xC0 != 0x80 {
			return RuneError, 1
		}
		return rune(s0&0x0F)<<12 | rune(s1&0x3F)<<6 | rune(s2&0x3F), 3
	}
	lo, hi := byte(0x80), byte(0xBF)
	if s0 == 0xF0 {
		lo = 0x90
	} else if s0 == 0xF4 {
		hi = 0x8F
	}
	if n < 2 || s1 < lo || s1 > hi {
		return RuneError, 1
	}
	if n < 3 || s2&0xC0 != 0x80 {
		return RuneError, 1
	}
	if n < 4 || s3&0xC0 != 0x80 {
		return RuneError, 1
	}
	return rune(s0&0x07)<<18 | rune(s1&0x3F)<<12 | rune(s2&0x3F)<<6 | rune(s3&0x3F), 4
}

func at(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

// DecodeRuneInString unpacks the first rune of s: (RuneError, 0) for an empty string,
// (RuneError, 1) for an invalid encoding.
func DecodeRuneInString(s string) (rune, int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	return decode(s[0], at(s, 1), at(s, 2), at(s, 3), len(s))
}

// DecodeRune is DecodeRuneInString on a byte slice.
func DecodeRune(p []byte) (rune, int) {
	n := len(p)
	if n == 0 {
		return RuneError, 0
	}
	var b [4]byte
	for i := 0; i < n && i < 4; i++ {
		b[i] = p[i]
	}
	return decode(b[0], b[1], b[2], b[3], n)
}

// DecodeLastRuneInString unpacks the last rune of s.
func DecodeLastRuneInString(s string) (rune, int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size := DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune is DecodeLastRuneInString on a byte slice.
func DecodeLastRune(p []byte) (rune, int) {
	return DecodeLastRuneInString(string(p))
}

// RuneStart reports whether b could be the first byte of an encoded rune.
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

// EncodeRune writes the UTF-8 encoding of r (RuneError if r is invalid) into p and
// returns the number of bytes written; p must be large enough.
func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	n := RuneLen(r)
	if n == 1 {
		p[0] = byte(r)
		return 1
	}
	_ = p[n-1]
	// Continuation bytes from the last, then the lead byte: 110xxxxx, 1110xxxx, 11110xxx.
	for i := n - 1; i > 0; i-- {
		p[i] = 0x80 | byte(r)&0x3F
		r >>= 6
	}
	p[0] = byte(uint32(0xF00)>>uint(n)) | byte(r)
	return n
}

// AppendRune appends the UTF-8 encoding of r to p.
func AppendRune(p []byte, r rune) []byte {
	var b [4]byte
	n := EncodeRune(b[:], r)
	return append(p, b[:n]...)
}

// RuneCountInString is the number of runes in s (each invalid byte counts as one).
func RuneCountInString(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
		} else {
			_, w := DecodeRuneInString(s[i:])
			i += w
		}
		n++
	}
	return n
}

// RuneCount is RuneCountInString on a byte slice.
func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

// FullRuneInString reports whether s begins with a full encoding of a rune (an invalid
// encoding counts as full: it decodes as a width-1 error).
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	if len(s) >= UTFMax {
		return true
	}
	_, w := DecodeRuneInString(s)
	if w > 1 {
		return true
	}
	// A valid prefix of a longer encoding is not full yet.
	c := s[0]
	need := 0
	switch {
	case c >= 0xC2 && c < 0xE0:
		need = 2
	case c >= 0xE0 && c < 0xF0:
		need = 3
	case c >= 0xF0 && c <= 0xF4:
		need = 4
	}
	if need <= len(s) {
		return true
	}
	for i := 1; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			return true
		}
	}
	if len(s) >= 2 {
		if (c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F) || (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F) {
			return true
		}
	}
	return false
}

// FullRune is FullRuneInString on a byte slice.
func FullRune(p []byte) bool {
	return FullRuneInString(string(p))
}

// ValidString reports whether s is entirely valid UTF-8.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, w := DecodeRuneInString(s[i:])
		if r == RuneError && w == 1 {
			return false
		}
		i += w
	}
	return true
}

// Valid is ValidString on a byte slice.
func Valid(p []byte) bool {
	return ValidString(string(p))
}
