package runtime

import "unsafe"

// gc's size classes (in units of 8 bytes, 16-bit little endian): append grows capacity to
// what gc's allocator would round the request up to, so cap() matches gc.
const gcClassSizes = "\x01\x00\x02\x00\x03\x00\x04\x00\x06\x00\x08\x00\x0a\x00\x0c\x00\x0e\x00\x10\x00\x12\x00\x14\x00\x16\x00\x18\x00\x1a\x00\x1c\x00\x1e\x00\x20\x00\x24\x00\x28\x00\x2c\x00\x30\x00\x34\x00\x38\x00\x3c\x00\x40\x00\x48\x00\x50\x00\x58\x00\x60\x00\x70\x00\x80\x00\x90\x00\xa0\x00\xb0\x00\xc0\x00\xe0\x00\x00\x01\x20\x01\x50\x01\x80\x01\x90\x01\xb0\x01\x00\x02\x60\x02\xa0\x02\x00\x03\x30\x03\x50\x03\x60\x03\x00\x04\xa0\x04\xc0\x04\x00\x05\x50\x05\x00\x06\xa0\x06\x00\x07\x00\x08\x00\x09\x50\x09\x00\x0a\xa0\x0a\x00\x0c\x50\x0d\x00\x0e\x00\x10"

func gcRoundupsize(size int32, noscan bool) int32 {
	req := size
	if req <= 32768-8 {
		if !noscan && req > 512 {
			req += 8
		}
		p := unsafe.Pointer(unsafe.StringData(gcClassSizes))
		for i := 0; i < len(gcClassSizes); i += 2 {
			c := (int32(*(*byte)(unsafe.Add(p, i))) | int32(*(*byte)(unsafe.Add(p, i+1)))<<8) * 8
			if c >= req {
				return c - (req - size)
			}
		}
	}
	return (req + 8191) &^ 8191
}

func nextslicecap(newLen, oldCap int32) int32 {
	newcap := oldCap
	doublecap := newcap + newcap
	if newLen > doublecap {
		return newLen
	}
	const threshold = 256
	if oldCap < threshold {
		return doublecap
	}
	for {
		newcap += (newcap + 3*threshold) >> 2
		if uint32(newcap) >= uint32(newLen) {
			break
		}
	}
	if newcap <= 0 {
		return newLen
	}
	return newcap
}

// growslice returns a new backing array for at least newLen elements holding the first
// oldLen elements of p, and its capacity (gc 1.27's growth: see tools/GC_NOTES.md).
func growslice(p unsafe.Pointer, oldLen, oldCap, newLen, esize int32, noscan bool) (unsafe.Pointer, int32) {
	if esize == 0 {
		return mallocgc(0, true), newLen
	}
	newcap := nextslicecap(newLen, oldCap)
	if oldCap == 0 && newcap*esize < 32 {
		newcap = 32 / esize
	}
	newcap = gcRoundupsize(newcap*esize, noscan) / esize
	q := mallocgc(uint32(newcap*esize), noscan)
	memcopy(q, p, oldLen*esize)
	return q, newcap
}
