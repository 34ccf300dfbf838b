// Package unicode: character classes and case mapping with gc's results for Latin-1 (all
// of it), Latin Extended-A, Greek and Cyrillic; other runes are neither letters nor cased.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// IsSpace: '\t', '\n', '\v', '\f', '\r', ' ', U+0085, U+00A0 and the Unicode Z category.
func IsSpace(r rune) bool {
	if r <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return r == 0x1680 || (0x2000 <= r && r <= 0x200a) || r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000
}

func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return (0x660 <= r && r <= 0x669) || (0x6f0 <= r && r <= 0x6f9) || (0x966 <= r && r <= 0x96f) || (0xff10 <= r && r <= 0xff19)
}

func IsNumber(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9' || r == 0xB2 || r == 0xB3 || r == 0xB9 || (0xBC <= r && r <= 0xBE)
	}
	return IsDigit(r)
}

func IsUpper(r rune) bool {
	if r <= MaxLatin1 {
		return 'A' <= r && r <= 'Z' || (0xC0 <= r && r <= 0xDE && r != 0xD7)
	}
	return ToLower(r) != r
}

func IsLower(r rune) bool {
	if r <= MaxLatin1 {
		return 'a' <= r && r <= 'z' || r == 0xB5 || (0xDF <= r && r <= 0xFF && r != 0xF7)
	}
	return ToUpper(r) != r || r == 0x138 || r == 0x149 || r == 0x17F
}

func IsLetter(r rune) bool {
	if r <= MaxLatin1 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == 0xAA || r == 0xB5 || r == 0xBA || (0xC0 <= r && r <= 0xFF && r != 0xD7 && r != 0xF7)
	}
	return (0x100 <= r && r <= 0x24F) || (0x370 <= r && r <= 0x3FF && r != 0x375 && r != 0x37E && r != 0x384 && r != 0x385 && r != 0x387 && r != 0x3F6) || (0x400 <= r && r <= 0x481) || (0x48A <= r && r <= 0x52F) || (0x4E00 <= r && r <= 0x9FFF) || (0x3041 <= r && r <= 0x3096) || (0x30A1 <= r && r <= 0x30FA) || (0xAC00 <= r && r <= 0xD7A3)
}

// IsPunct: the Unicode P category.
func IsPunct(r rune) bool {
	if r <= MaxLatin1 {
		switch r {
		case '!', '"', '#', '%', '&', '\'', '(', ')', '*', ',', '-', '.', '/', ':', ';', '?', '@', '[', '\\', ']', '_', '{', '}', 0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF:
			return true
		}
		return false
	}
	return (0x2010 <= r && r <= 0x2027) || (0x2030 <= r && r <= 0x2043) || (0x3001 <= r && r <= 0x3003)
}

// IsSymbol: the Unicode S category (Latin-1 only beyond a few common symbols).
func IsSymbol(r rune) bool {
	if r <= MaxLatin1 {
		switch r {
		case '$', '+', '<', '=', '>', '^', '`', '|', '~', 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA8, 0xA9, 0xAC, 0xAE, 0xAF, 0xB0, 0xB1, 0xB4, 0xB8, 0xD7, 0xF7:
			return true
		}
		return false
	}
	return r == 0x20AC || (0x2190 <= r && r <= 0x21FF) || (0x2200 <= r && r <= 0x22FF)
}

func IsControl(r rune) bool {
	return 0 <= r && r < 0x20 || 0x7F <= r && r < 0xA0
}

// IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
func IsPrint(r rune) bool {
	if r <= MaxLatin1 {
		return 0x20 <= r && r < 0x7F || 0xA1 <= r && r <= 0xFF && r != 0xAD
	}
	return IsGraphic(r) && !IsSpace(r)
}

func IsGraphic(r rune) bool {
	if r <= MaxLatin1 {
		return 0x20 <= r && r < 0x7F || 0xA0 <= r && r <= 0xFF && r != 0xAD
	}
	return IsLetter(r) || IsDigit(r) || IsPunct(r) || IsSymbol(r) || IsSpace(r)
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	switch {
	case r < 0x80:
		if 'a' <= r && r <= 'z' {
			return r - 32
		}
		return r
	case r == 0xB5:
		return 0x39C
	case 0xE0 <= r && r <= 0xFE && r != 0xF7:
		return r - 32
	case r == 0xFF:
		return 0x178
	case 0x100 <= r && r <= 0x17F:
		return latinExtA(r, true)
	case 0x3B1 <= r && r <= 0x3CB && r != 0x3C2:
		return r - 32
	case r == 0x3C2:
		return 0x3A3
	case r == 0x3AC:
		return 0x386
	case 0x3AD <= r && r <= 0x3AF:
		return r - 37
	case r == 0x3CC:
		return 0x38C
	case r == 0x3CD || r == 0x3CE:
		return r - 63
	case 0x430 <= r && r <= 0x44F:
		return r - 32
	case 0x450 <= r && r <= 0x45F:
		return r - 80
	}
	return r
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	case 0xC0 <= r && r <= 0xDE && r != 0xD7:
		return r + 32
	case 0x100 <= r && r <= 0x17F:
		return latinExtA(r, false)
	case r == 0x178:
		return 0xFF
	case 0x391 <= r && r <= 0x3AB && r != 0x3A2:
		return r + 32
	case r == 0x386:
		return 0x3AC
	case 0x388 <= r && r <= 0x38A:
		return r + 37
	case r == 0x38C:
		return 0x3CC
	case r == 0x38E || r == 0x38F:
		return r + 63
	case 0x410 <= r && r <= 0x42F:
		return r + 32
	case 0x400 <= r && r <= 0x40F:
		return r + 80
	}
	return r
}

// ToTitle maps r to title case (upper case for the runes this package knows).
func ToTitle(r rune) rune {
	return ToUpper(r)
}

// latinExtA maps U+0100..U+017F, where upper and lower case alternate in pairs.
func latinExtA(r rune, upper bool) rune {
	switch r {
	case 0x130:
		if upper {
			return r
		}
		return 'i'
	case 0x131:
		if upper {
			return 'I'
		}
		return r
	case 0x138, 0x149:
		return r
	case 0x178:
		if upper {
			return r
		}
		return 0xFF
	case 0x17F:
		if upper {
			return 'S'
		}
		return r
	}
	// Pairs start at even code points except in U+0139..U+0148 and U+0179..U+017E.
	odd := (0x139 <= r && r <= 0x148) || (0x179 <= r && r <= 0x17E)
	isUpper := (r%2 == 0) != odd
	if upper && !isUpper {
		return r - 1
	}
	if !upper && isUpper {
		return r + 1
	}
	return r
}

// Case mapping tables (gc's types, adapted from Go's unicode package: Copyright The Go
// Authors, BSD-style license in Go's LICENSE file, https://go.dev/LICENSE).

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower in a CaseRange's Delta: the range alternates upper and lower case letters.
const UpperLower = MaxRune + 1

type d [MaxCase]rune

// A CaseRange maps the runes Lo..Hi to other cases by adding Delta's entries.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// A SpecialCase is a language's own case mappings (ranges sorted by Lo); other runes map
// as ToUpper, ToLower and ToTitle do.
type SpecialCase []CaseRange

func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := special.to(UpperCase, r)
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := special.to(TitleCase, r)
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := special.to(LowerCase, r)
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

func (special SpecialCase) to(_case int, r rune) (rune, bool) {
	lo, hi := 0, len(special)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := &special[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// SimpleFold is the next rune of r's case-folding orbit (gc's orbits where one has more
// than two runes, else the other case of r).
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	lo, hi := 0, len(caseOrbit)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rune(caseOrbit[m].From) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(caseOrbit) && rune(caseOrbit[lo].From) == r {
		return rune(caseOrbit[lo].To)
	}
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}

type foldPair struct {
	From uint16
	To   uint16
}

var caseOrbit = []foldPair{
	{0x004B, 0x006B},
	{0x0053, 0x0073},
	{0x006B, 0x212A},
	{0x0073, 0x017F},
	{0x00B5, 0x039C},
	{0x00C5, 0x00E5},
	{0x00DF, 0x1E9E},
	{0x00E5, 0x212B},
	{0x0130, 0x0130},
	{0x0131, 0x0131},
	{0x017F, 0x0053},
	{0x01C4, 0x01C5},
	{0x01C5, 0x01C6},
	{0x01C6, 0x01C4},
	{0x01C7, 0x01C8},
	{0x01C8, 0x01C9},
	{0x01C9, 0x01C7},
	{0x01CA, 0x01CB},
	{0x01CB, 0x01CC},
	{0x01CC, 0x01CA},
	{0x01F1, 0x01F2},
	{0x01F2, 0x01F3},
	{0x01F3, 0x01F1},
	{0x0345, 0x0399},
	{0x0390, 0x1FD3},
	{0x0392, 0x03B2},
	{0x0395, 0x03B5},
	{0x0398, 0x03B8},
	{0x0399, 0x03B9},
	{0x039A, 0x03BA},
	{0x039C, 0x03BC},
	{0x03A0, 0x03C0},
	{0x03A1, 0x03C1},
	{0x03A3, 0x03C2},
	{0x03A6, 0x03C6},
	{0x03A9, 0x03C9},
	{0x03B0, 0x1FE3},
	{0x03B2, 0x03D0},
	{0x03B5, 0x03F5},
	{0x03B8, 0x03D1},
	{0x03B9, 0x1FBE},
	{0x03BA, 0x03F0},
	{0x03BC, 0x00B5},
	{0x03C0, 0x03D6},
	{0x03C1, 0x03F1},
	{0x03C2, 0x03C3},
	{0x03C3, 0x03A3},
	{0x03C6, 0x03D5},
	{0x03C9, 0x2126},
	{0x03D0, 0x0392},
	{0x03D1, 0x03F4},
	{0x03D5, 0x03A6},
	{0x03D6, 0x03A0},
	{0x03F0, 0x039A},
	{0x03F1, 0x03A1},
	{0x03F4, 0x0398},
	{0x03F5, 0x0395},
	{0x0412, 0x0432},
	{0x0414, 0x0434},
	{0x041E, 0x043E},
	{0x0421, 0x0441},
	{0x0422, 0x0442},
	{0x042A, 0x044A},
	{0x0432, 0x1C80},
	{0x0434, 0x1C81},
	{0x043E, 0x1C82},
	{0x0441, 0x1C83},
	{0x0442, 0x1C84},
	{0x044A, 0x1C86},
	{0x0462, 0x0463},
	{0x0463, 0x1C87},
	{0x1C80, 0x0412},
	{0x1C81, 0x0414},
	{0x1C82, 0x041E},
	{0x1C83, 0x0421},
	{0x1C84, 0x1C85},
	{0x1C85, 0x0422},
	{0x1C86, 0x042A},
	{0x1C87, 0x0462},
	{0x1C88, 0xA64A},
	{0x1E60, 0x1E61},
	{0x1E61, 0x1E9B},
	{0x1E9B, 0x1E60},
	{0x1E9E, 0x00DF},
	{0x1FBE, 0x0345},
	{0x1FD3, 0x0390},
	{0x1FE3, 0x03B0},
	{0x2126, 0x03A9},
	{0x212A, 0x004B},
	{0x212B, 0x00C5},
	{0xA64A, 0xA64B},
	{0xA64B, 0x1C88},
	{0xFB05, 0xFB06},
	{0xFB06, 0xFB05},
}
