package runtime

import "unsafe"

// Maps: open addressing with linear probing over one array of slots.
//
// A map value is the address of its header (a scanned heap object):
//
//	+0 count   +4 slots   +8 nslots (a power of 2)   +12 used (live + deleted)   +16 seed
//
// A slot is [top uint32][key][value]: top 0 is empty, 1 deleted, otherwise the key's hash
// (made ≥ 2), whose low bits also pick the first slot to probe, so growing needs no rehash.
// Empty and deleted slots are all zeros past top, so the collector never sees stale keys.
//
// The compiler describes each map type in a data segment (the maptype):
//
//	+0 keysize  +4 valsize  +8 slotsize  +12 value offset  +16 flags  +20 nshape  +24 shape
//
// flags: 1 the slots hold no pointers (noscan); 2 the key is plain memory (hash and compare
// its bytes); 4 the key is a string. Otherwise the shape lists the key's parts as
// (kind, offset, size) triples: kind 0 plain bytes, 1 string, 2 float32, 3 float64, 4 an
// interface (hashed by its dynamic type's descriptor, iface.go).
//
// Keys are passed by address; scalar keys go through keyScratch (below the data segments).

const (
	mapNoscan   = 1
	mapMemKey   = 2
	mapStrKey   = 4
	keyScratch  = 3072
	partMem     = 0
	partString  = 1
	partFloat32 = 2
	partFloat64 = 3
	partIface   = 4
)

func mld(p uint32, off uint32) uint32     { return *(*uint32)(unsafe.Pointer(uintptr(p + off))) }
func mst(p uint32, off uint32, v uint32)  { *(*uint32)(unsafe.Pointer(uintptr(p + off))) = v }
func mld64(p uint32) uint64               { return *(*uint64)(unsafe.Pointer(uintptr(p))) }
func mst64(p uint32, v uint64)            { *(*uint64)(unsafe.Pointer(uintptr(p))) = v }
func mldf32(p uint32) float32             { return *(*float32)(unsafe.Pointer(uintptr(p))) }
func mldf64(p uint32) float64             { return *(*float64)(unsafe.Pointer(uintptr(p))) }
func mixword(h uint32, w uint32) uint32   { return (h ^ w) * 0x9E3779B1 }

// memhash hashes n bytes at p, a word at a time.
func memhash(p uint32, n uint32, h uint32) uint32 {
	for n >= 4 {
		h = mixword(h, mld(p, 0))
		h ^= h >> 15
		p += 4
		n -= 4
	}
	for n > 0 {
		h = mixword(h, uint32(*(*uint8)(unsafe.Pointer(uintptr(p)))))
		p++
		n--
	}
	return h
}

func wordsEqual(a uint32, b uint32, n uint32) bool {
	for n >= 4 {
		if mld(a, 0) != mld(b, 0) {
			return false
		}
		a += 4
		b += 4
		n -= 4
	}
	for n > 0 {
		if *(*uint8)(unsafe.Pointer(uintptr(a))) != *(*uint8)(unsafe.Pointer(uintptr(b))) {
			return false
		}
		a++
		b++
		n--
	}
	return true
}

func hashPart(kind uint32, p uint32, size uint32, h uint32) uint32 {
	switch kind {
	case partIface:
		t := mld(p, 0)
		if t == 0 {
			return mixword(h, 0)
		}
		k := mld(t, 0)
		if k&flagUncomparable != 0 {
			panicdefers()
			printstring("panic: runtime error: hash of unhashable type ")
			printstring(typeName(t))
			panicEnd("")
			return h
		}
		if k&flagDirect != 0 {
			return mixword(mixword(h, t), mld(p, 4))
		}
		return typehash(t, mld(p, 4), mixword(h, t))
	case partString:
		return memhash(mld(p, 0), mld(p, 4), mixword(h, mld(p, 4)))
	case partFloat32:
		f := mldf32(p)
		if f == 0 {
			return mixword(h, 0)
		}
		if f != f {
			return mixword(h, fastrand())
		}
	case partFloat64:
		f := mldf64(p)
		if f == 0 {
			return mixword(h, 0)
		}
		if f != f {
			return mixword(h, fastrand())
		}
	}
	return memhash(p, size, h)
}

// typehash hashes a value of dynamic type t stored at p (consistent with iface.go's memeq).
func typehash(t uint32, p uint32, h uint32) uint32 {
	if kindUsed(complexKinds) {
		switch mld(t, 0) & kindMask {
		case kindComplex64:
			return hashPart(partFloat32, p+4, 4, hashPart(partFloat32, p, 4, h))
		case kindComplex128:
			return hashPart(partFloat64, p+8, 8, hashPart(partFloat64, p, 8, h))
		}
	}
	switch mld(t, 0) & kindMask {
	case kindString:
		return hashPart(partString, p, 8, h)
	case kindFloat32:
		return hashPart(partFloat32, p, 4, h)
	case kindFloat64:
		return hashPart(partFloat64, p, 8, h)
	case kindInterface:
		return hashPart(partIface, p, 8, h)
	case kindStruct:
		n := mld(t, tNFields)
		f := mld(t, tFields)
		for i := uint32(0); i < n; i++ {
			e := f + i*16
			h = typehash(mld(e, 8), p+mld(e, 12), h)
		}
		return h
	case kindArray:
		et := mld(t, tElem)
		size := mld(et, tSize)
		n := mld(t, tLen)
		for i := uint32(0); i < n; i++ {
			h = typehash(et, p+i*size, h)
		}
		return h
	}
	return memhash(p, mld(t, tSize), h)
}

func equalPart(kind uint32, a uint32, b uint32, size uint32) bool {
	switch kind {
	case partIface:
		return efaceeq(mld(a, 0), mld(a, 4), mld(b, 0), mld(b, 4), "")
	case partString:
		return mld(a, 4) == mld(b, 4) && wordsEqual(mld(a, 0), mld(b, 0), mld(a, 4))
	case partFloat32:
		return mldf32(a) == mldf32(b)
	case partFloat64:
		return mldf64(a) == mldf64(b)
	}
	return wordsEqual(a, b, size)
}

func keyhash(t uint32, k uint32, seed uint32) uint32 {
	flags := mld(t, 16)
	var h uint32
	if flags&mapStrKey != 0 {
		h = hashPart(partString, k, 8, seed)
	} else if flags&mapMemKey != 0 {
		h = memhash(k, mld(t, 0), seed)
	} else {
		h = seed
		n := mld(t, 20)
		for i := uint32(0); i < n; i++ {
			e := t + 24 + 12*i
			h = hashPart(mld(e, 0), k+mld(e, 4), mld(e, 8), h)
		}
	}
	h ^= h >> 16
	h *= 0x7feb352d
	h ^= h >> 15
	if h < 2 {
		h += 2
	}
	return h
}

func keyequal(t uint32, a uint32, b uint32) bool {
	flags := mld(t, 16)
	if flags&mapStrKey != 0 {
		return equalPart(partString, a, b, 8)
	}
	if flags&mapMemKey != 0 {
		return wordsEqual(a, b, mld(t, 0))
	}
	n := mld(t, 20)
	for i := uint32(0); i < n; i++ {
		e := t + 24 + 12*i
		off := mld(e, 4)
		if !equalPart(mld(e, 0), a+off, b+off, mld(e, 8)) {
			return false
		}
	}
	return true
}

// makemap returns a map with room for hint entries.
func makemap(t unsafe.Pointer, hint int64) unsafe.Pointer {
	n := uint32(8)
	for hint > 0 && uint64(n)*3 < uint64(hint)*4 && n < 1<<26 {
		n *= 2
	}
	h := uint32(uintptr(mallocgc(20, false)))
	mst(h, 8, n)
	mst(h, 16, fastrand())
	mst(h, 4, uint32(uintptr(mallocgc(n*mld(uint32(uintptr(t)), 8), mld(uint32(uintptr(t)), 16)&mapNoscan != 0))))
	return ptrOf(h)
}

// maplookup returns the slot holding key k, or 0.
func maplookup(t uint32, h uint32, k uint32) uint32 {
	if h == 0 || mld(h, 0) == 0 {
		return 0
	}
	top := keyhash(t, k, mld(h, 16))
	slots := mld(h, 4)
	mask := mld(h, 8) - 1
	size := mld(t, 8)
	i := top & mask
	for {
		s := slots + i*size
		th := mld(s, 0)
		if th == 0 {
			return 0
		}
		if th == top && keyequal(t, s+4, k) {
			return s
		}
		i = (i + 1) & mask
	}
}

// mapaccess returns the address of k's value, or nil when k is absent.
func mapaccess(t unsafe.Pointer, h unsafe.Pointer, k unsafe.Pointer) unsafe.Pointer {
	tt := uint32(uintptr(t))
	s := maplookup(tt, uint32(uintptr(h)), uint32(uintptr(k)))
	if s == 0 {
		return ptrOf(0)
	}
	return ptrOf(s + mld(tt, 12))
}

func mapaccessStr(t unsafe.Pointer, h unsafe.Pointer, k string) unsafe.Pointer {
	*(*string)(unsafe.Pointer(uintptr(keyScratch))) = k
	return mapaccess(t, h, ptrOf(keyScratch))
}

func mapaccessIface(t unsafe.Pointer, h unsafe.Pointer, typ uint32, data uint32) unsafe.Pointer {
	mst(keyScratch, 0, typ)
	mst(keyScratch, 4, data)
	return mapaccess(t, h, ptrOf(keyScratch))
}

func mapaccess32(t unsafe.Pointer, h unsafe.Pointer, k uint32) unsafe.Pointer {
	mst(keyScratch, 0, k)
	return mapaccess(t, h, ptrOf(keyScratch))
}

func mapaccess64(t unsafe.Pointer, h unsafe.Pointer, k uint64) unsafe.Pointer {
	mst64(keyScratch, k)
	return mapaccess(t, h, ptrOf(keyScratch))
}

func panicNilMap(site string) {
	panicdefers()
	printstring("panic: assignment to entry in nil map")
	panicEnd(site)
}

// mapassign returns the address of k's value, inserting k (with a zero value) if absent.
func mapassign(t unsafe.Pointer, hp unsafe.Pointer, k unsafe.Pointer, site string) unsafe.Pointer {
	tt := uint32(uintptr(t))
	h := uint32(uintptr(hp))
	key := uint32(uintptr(k))
	if h == 0 {
		panicNilMap(site)
		return ptrOf(0)
	}
	top := keyhash(tt, key, mld(h, 16))
	size := mld(tt, 8)
	for {
		slots := mld(h, 4)
		mask := mld(h, 8) - 1
		i := top & mask
		free := uint32(0)
		for {
			s := slots + i*size
			th := mld(s, 0)
			if th == 0 {
				if free == 0 {
					free = s
				}
				break
			}
			if th == 1 {
				if free == 0 {
					free = s
				}
			} else if th == top && keyequal(tt, s+4, key) {
				// As gc's NeedKeyUpdate: an equal key with floats replaces the stored one
				// (-0 overwrites +0); plain memory and string keys look the same.
				if mld(tt, 16)&6 == 0 {
					memcopy(ptrOf(s+4), k, int32(mld(tt, 0)))
				}
				return ptrOf(s + mld(tt, 12))
			}
			i = (i + 1) & mask
		}
		if mld(free, 0) == 1 {
			mst(free, 0, top)
		} else {
			if (mld(h, 12)+1)*4 > mld(h, 8)*3 {
				mapgrow(tt, h)
				continue
			}
			mst(free, 0, top)
			mst(h, 12, mld(h, 12)+1)
		}
		memcopy(ptrOf(free+4), k, int32(mld(tt, 0)))
		mst(h, 0, mld(h, 0)+1)
		return ptrOf(free + mld(tt, 12))
	}
}

func mapassignStr(t unsafe.Pointer, h unsafe.Pointer, k string, site string) unsafe.Pointer {
	*(*string)(unsafe.Pointer(uintptr(keyScratch))) = k
	return mapassign(t, h, ptrOf(keyScratch), site)
}

func mapassignIface(t unsafe.Pointer, h unsafe.Pointer, typ uint32, data uint32, site string) unsafe.Pointer {
	mst(keyScratch, 0, typ)
	mst(keyScratch, 4, data)
	return mapassign(t, h, ptrOf(keyScratch), site)
}

func mapassign32(t unsafe.Pointer, h unsafe.Pointer, k uint32, site string) unsafe.Pointer {
	mst(keyScratch, 0, k)
	return mapassign(t, h, ptrOf(keyScratch), site)
}

func mapassign64(t unsafe.Pointer, h unsafe.Pointer, k uint64, site string) unsafe.Pointer {
	mst64(keyScratch, k)
	return mapassign(t, h, ptrOf(keyScratch), site)
}

// mapgrow moves the entries to a new slot array: twice as large unless most used slots
// are deleted ones.
func mapgrow(t uint32, h uint32) {
	n := mld(h, 8)
	if mld(h, 0)*2 >= n {
		n *= 2
	}
	size := mld(t, 8)
	old := mld(h, 4)
	oldn := mld(h, 8)
	slots := uint32(uintptr(mallocgc(n*size, mld(t, 16)&mapNoscan != 0)))
	mask := n - 1
	for j := uint32(0); j < oldn; j++ {
		s := old + j*size
		th := mld(s, 0)
		if th < 2 {
			continue
		}
		i := th & mask
		for mld(slots+i*size, 0) != 0 {
			i = (i + 1) & mask
		}
		memcopy(ptrOf(slots+i*size), ptrOf(s), int32(size))
	}
	mst(h, 4, slots)
	mst(h, 8, n)
	mst(h, 12, mld(h, 0))
}

func mapdelete(t unsafe.Pointer, h unsafe.Pointer, k unsafe.Pointer) {
	tt := uint32(uintptr(t))
	hh := uint32(uintptr(h))
	s := maplookup(tt, hh, uint32(uintptr(k)))
	if s == 0 {
		return
	}
	size := mld(tt, 8)
	memclr(ptrOf(s), int32(size))
	mst(s, 0, 1)
	mst(hh, 0, mld(hh, 0)-1)
}

func mapdeleteStr(t unsafe.Pointer, h unsafe.Pointer, k string) {
	*(*string)(unsafe.Pointer(uintptr(keyScratch))) = k
	mapdelete(t, h, ptrOf(keyScratch))
}

func mapdeleteIface(t unsafe.Pointer, h unsafe.Pointer, typ uint32, data uint32) {
	mst(keyScratch, 0, typ)
	mst(keyScratch, 4, data)
	mapdelete(t, h, ptrOf(keyScratch))
}

func mapdelete32(t unsafe.Pointer, h unsafe.Pointer, k uint32) {
	mst(keyScratch, 0, k)
	mapdelete(t, h, ptrOf(keyScratch))
}

func mapdelete64(t unsafe.Pointer, h unsafe.Pointer, k uint64) {
	mst64(keyScratch, k)
	mapdelete(t, h, ptrOf(keyScratch))
}

func mapclear(t unsafe.Pointer, h unsafe.Pointer) {
	hh := uint32(uintptr(h))
	if hh == 0 {
		return
	}
	memclr(ptrOf(mld(hh, 4)), int32(mld(hh, 8)*mld(uint32(uintptr(t)), 8)))
	mst(hh, 0, 0)
	mst(hh, 12, 0)
}

func maplen(h unsafe.Pointer) int64 {
	if uintptr(h) == 0 {
		return 0
	}
	return int64(mld(uint32(uintptr(h)), 0))
}

// An iterator (a scanned heap object):
//
//	+0 map  +4 slots  +8 nslots  +12 start  +16 visited  +20 key address  +24 value address  +28 maptype
//
// It walks the slot array it started with from a random slot. When the map has grown (or
// been cleared) since, each key is looked up again so that deleted entries are skipped and
// current values are seen.
func mapiterinit(t unsafe.Pointer, h unsafe.Pointer) unsafe.Pointer {
	hh := uint32(uintptr(h))
	if hh == 0 || mld(hh, 0) == 0 {
		return ptrOf(0)
	}
	it := uint32(uintptr(mallocgc(32, false)))
	mst(it, 0, hh)
	mst(it, 4, mld(hh, 4))
	mst(it, 8, mld(hh, 8))
	mst(it, 12, fastrand()&(mld(hh, 8)-1))
	mst(it, 28, uint32(uintptr(t)))
	return ptrOf(it)
}

// mapiternext advances to the next entry; false at the end.
func mapiternext(itp unsafe.Pointer) bool {
	it := uint32(uintptr(itp))
	if it == 0 {
		return false
	}
	h := mld(it, 0)
	t := mld(it, 28)
	slots := mld(it, 4)
	n := mld(it, 8)
	size := mld(t, 8)
	voff := mld(t, 12)
	for mld(it, 16) < n {
		i := (mld(it, 12) + mld(it, 16)) & (n - 1)
		mst(it, 16, mld(it, 16)+1)
		s := slots + i*size
		if mld(s, 0) < 2 {
			continue
		}
		if slots != mld(h, 4) {
			s = maplookup(t, h, s+4)
			if s == 0 {
				continue
			}
		}
		mst(it, 20, s+4)
		mst(it, 24, s+voff)
		return true
	}
	return false
}

// Complex keys by value through keyScratch: a complex64 travels as one uint64 (the
// ...64 functions), a complex128 as the bits of its two parts.

func mapaccess128(t unsafe.Pointer, h unsafe.Pointer, re uint64, im uint64) unsafe.Pointer {
	mst64(keyScratch, re)
	mst64(keyScratch+8, im)
	return mapaccess(t, h, ptrOf(keyScratch))
}

func mapassign128(t unsafe.Pointer, h unsafe.Pointer, re uint64, im uint64, site string) unsafe.Pointer {
	mst64(keyScratch, re)
	mst64(keyScratch+8, im)
	return mapassign(t, h, ptrOf(keyScratch), site)
}

func mapdelete128(t unsafe.Pointer, h unsafe.Pointer, re uint64, im uint64) {
	mst64(keyScratch, re)
	mst64(keyScratch+8, im)
	mapdelete(t, h, ptrOf(keyScratch))
}
