package runtime

import "unsafe"

// Strings are (ptr, len) pairs; their bytes live in data segments or in noscan heap objects.

func concatstring2(a, b string) string {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	n := len(a) + len(b)
	p := mallocgc(uint32(n), true)
	memcopy(p, unsafe.Pointer(unsafe.StringData(a)), int32(len(a)))
	memcopy(unsafe.Add(p, len(a)), unsafe.Pointer(unsafe.StringData(b)), int32(len(b)))
	return unsafe.String((*byte)(p), n)
}

// bytesToString copies n bytes at p into a new string.
func bytesToString(p unsafe.Pointer, n int32) string {
	if n == 0 {
		return ""
	}
	q := mallocgc(uint32(n), true)
	memcopy(q, p, n)
	return unsafe.String((*byte)(q), int(n))
}

// stringToBytes copies s into a new byte array (the data of a []byte).
func stringToBytes(s string) unsafe.Pointer {
	p := mallocgc(uint32(len(s)), true)
	memcopy(p, unsafe.Pointer(unsafe.StringData(s)), int32(len(s)))
	return p
}

const (
	runeError = 0xFFFD
	runeSelf  = 0x80
)

// decoderune decodes the rune at s[k] (k < len(s)); invalid UTF-8 gives (RuneError, k+1).
func decoderune(s string, k int) (int32, int) {
	p := unsafe.Pointer(unsafe.StringData(s))
	n := len(s)
	c0 := uint32(*(*byte)(unsafe.Add(p, k)))
	if c0 < runeSelf {
		return int32(c0), k + 1
	}
	var need int
	var r uint32
	var min uint32
	switch {
	case c0&0xE0 == 0xC0:
		need, r, min = 1, c0&0x1F, 0x80
	case c0&0xF0 == 0xE0:
		need, r, min = 2, c0&0x0F, 0x800
	case c0&0xF8 == 0xF0:
		need, r, min = 3, c0&0x07, 0x10000
	default:
		return runeError, k + 1
	}
	if k+need >= n {
		return runeError, k + 1
	}
	for i := 1; i <= need; i++ {
		c := uint32(*(*byte)(unsafe.Add(p, k+i)))
		if c&0xC0 != 0x80 {
			return runeError, k + 1
		}
		r = r<<6 | c&0x3F
	}
	if r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) {
		return runeError, k + 1
	}
	return int32(r), k + 1 + need
}

// encoderune writes r as UTF-8 at p and returns the byte count; p may be nil to count.
func encoderune(p unsafe.Pointer, r int32) int32 {
	if r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) {
		r = runeError
	}
	if r < 0x80 {
		if p != nil {
			*(*byte)(p) = byte(r)
		}
		return 1
	}
	if r < 0x800 {
		if p != nil {
			*(*byte)(p) = byte(0xC0 | r>>6)
			*(*byte)(unsafe.Add(p, 1)) = byte(0x80 | r&0x3F)
		}
		return 2
	}
	if r < 0x10000 {
		if p != nil {
			*(*byte)(p) = byte(0xE0 | r>>12)
			*(*byte)(unsafe.Add(p, 1)) = byte(0x80 | (r>>6)&0x3F)
			*(*byte)(unsafe.Add(p, 2)) = byte(0x80 | r&0x3F)
		}
		return 3
	}
	if p != nil {
		*(*byte)(p) = byte(0xF0 | r>>18)
		*(*byte)(unsafe.Add(p, 1)) = byte(0x80 | (r>>12)&0x3F)
		*(*byte)(unsafe.Add(p, 2)) = byte(0x80 | (r>>6)&0x3F)
		*(*byte)(unsafe.Add(p, 3)) = byte(0x80 | r&0x3F)
	}
	return 4
}

func intstring(v int64) string {
	r := int32(runeError)
	if v >= 0 && v <= 0x10FFFF {
		r = int32(v)
	}
	n := encoderune(nil, r)
	p := mallocgc(uint32(n), true)
	encoderune(p, r)
	return unsafe.String((*byte)(p), int(n))
}

// countrunes is the length of []rune(s).
func countrunes(s string) int32 {
	n := int32(0)
	for k := 0; k < len(s); {
		_, k = decoderune(s, k)
		n++
	}
	return n
}

// stringToRunes decodes s into a new array of n runes.
func stringToRunes(s string, n int32) unsafe.Pointer {
	p := mallocgc(uint32(n)*4, true)
	i := 0
	for k := 0; k < len(s); {
		var r int32
		r, k = decoderune(s, k)
		*(*int32)(unsafe.Add(p, i*4)) = r
		i++
	}
	return p
}

func runesToString(p unsafe.Pointer, n int32) string {
	size := int32(0)
	for i := int32(0); i < n; i++ {
		size += encoderune(nil, *(*int32)(unsafe.Add(p, i*4)))
	}
	if size == 0 {
		return ""
	}
	q := mallocgc(uint32(size), true)
	off := int32(0)
	for i := int32(0); i < n; i++ {
		off += encoderune(unsafe.Add(q, off), *(*int32)(unsafe.Add(p, i*4)))
	}
	return unsafe.String((*byte)(q), int(size))
}

func memequal(a, b unsafe.Pointer, n int32) bool {
	for i := int32(0); i < n; i++ {
		if *(*byte)(unsafe.Add(a, i)) != *(*byte)(unsafe.Add(b, i)) {
			return false
		}
	}
	return true
}

func eqstring(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	return memequal(unsafe.Pointer(unsafe.StringData(a)), unsafe.Pointer(unsafe.StringData(b)), int32(len(a)))
}
