package runtime

import "unsafe"

// Interfaces are (type, data): type is the address of the dynamic type's descriptor (0 for a
// nil interface), data the value itself for pointer-shaped types, else the address of a
// heap copy. Descriptors are data segments the compiler emits only for types converted to
// interfaces (ir/lower/iface.rs):
//
//	+0 kind | flags   +4 size   +8 name (ptr, len, as gc's %T prints it)
//	+16 elem type (a channel's: 0 without reflect)     +20 key type or array length (a
//	    channel's direction with reflect, 1 recv 2 send 3 both; a func's counts with Call)
//	+24 methods: count, address of (id, table index) pairs sorted by id; for interface
//	    types (id, name ptr, name len) triples
//	+32 fields: count, address of (name ptr, name len, type, offset) quads
//	+40 in programs with package reflect only: reflect's part (reflect.go documents it)
const (
	tSize     = 4
	tName     = 8
	tNameLen  = 12
	tElem     = 16
	tLen      = 20
	tNMethods = 24
	tMethods  = 28
	tNFields  = 32
	tFields   = 36

	kindMask         = 255
	flagUncomparable = 256
	flagDirect       = 512
	flagNamed        = 1024

	kindBool          = 1
	kindInt           = 2
	kindInt8          = 3
	kindInt16         = 4
	kindInt32         = 5
	kindInt64         = 6
	kindUint          = 7
	kindUint8         = 8
	kindUint16        = 9
	kindUint32        = 10
	kindUint64        = 11
	kindUintptr       = 12
	kindFloat32       = 13
	kindFloat64       = 14
	kindArray         = 17
	kindInterface     = 20
	kindString        = 24
	kindStruct        = 25
	kindUnsafePointer = 26

	// Method ids the runtime calls itself (the compiler numbers them first).
	methodError  = 0
	methodString = 1
)

// callString calls table entry fn with a receiver word and returns its string result.
func callString(fn int32, data uint32) string

// reflectcall calls table entry fn through call trampoline tramp (ir/lower/reflectcall.rs):
// first (a closure object or a receiver word) and the arguments in the block at args; the
// results are written to the block at results.
func reflectcall(tramp int32, fn int32, first uint32, args unsafe.Pointer, results unsafe.Pointer)

// reflectCalls is the constant "descriptors carry what reflect needs to call functions"
// (ir/lower/reflectcall.rs): their method names then give each method's signature.
func reflectCalls() bool

func typeName(t uint32) string {
	return unsafe.String((*byte)(ptrOf(hld32(t+tName))), int(hld32(t+tNameLen)))
}

// ifaceMethod is the table index of method id of dynamic type t, or -1.
func ifaceMethod(t uint32, id uint32) int32 {
	n := hld32(t + tNMethods)
	m := hld32(t + tMethods)
	for i := uint32(0); i < n; i++ {
		if hld32(m+i*8) == id {
			return int32(hld32(m + i*8 + 4))
		}
	}
	return -1
}

// missingMethod is the index in interface type it of the first method t lacks, or -1.
func missingMethod(t uint32, it uint32) int32 {
	n := hld32(it + tNMethods)
	m := hld32(it + tMethods)
	for i := uint32(0); i < n; i++ {
		if ifaceMethod(t, hld32(m+i*12)) < 0 {
			return int32(i)
		}
	}
	return -1
}

// implements reports whether dynamic type t (0: nil) has every method of interface type it.
func implements(t uint32, it uint32) bool {
	return t != 0 && missingMethod(t, it) < 0
}

// panicAssert reports a failed x.(T): have is x's dynamic type, iface x's static type.
func panicAssert(have uint32, iface uint32, want uint32, site string) {
	panicdefers()
	printstring("panic: interface conversion: ")
	if have == 0 {
		// as gc: the static type names the nil, except for an interface target
		// (whose assertion does not know it)
		if hld32(want)&kindMask == kindInterface || iface == 0 {
			printstring("interface")
		} else {
			printstring(typeName(iface))
		}
		printstring(" is nil, not ")
		printstring(typeName(want))
	} else if hld32(want)&kindMask == kindInterface {
		printstring(typeName(have))
		printstring(" is not ")
		printstring(typeName(want))
		printstring(": missing method ")
		e := hld32(want+tMethods) + uint32(missingMethod(have, want))*12
		printstring(unsafe.String((*byte)(ptrOf(hld32(e+4))), int(hld32(e+8))))
	} else {
		printstring(typeName(iface))
		printstring(" is ")
		printstring(typeName(have))
		printstring(", not ")
		printstring(typeName(want))
	}
	panicEnd(site)
}

// efaceeq is == on two interface values.
func efaceeq(t1 uint32, d1 uint32, t2 uint32, d2 uint32, site string) bool {
	if t1 != t2 {
		return false
	}
	if t1 == 0 {
		return true
	}
	k := hld32(t1)
	if k&flagUncomparable != 0 {
		panicdefers()
		printstring("panic: runtime error: comparing uncomparable type ")
		printstring(typeName(t1))
		panicEnd(site)
	}
	if k&flagDirect != 0 {
		return d1 == d2
	}
	return memeq(t1, d1, d2, site)
}

// memeq is == on two values of type t stored at p and q.
func memeq(t uint32, p uint32, q uint32, site string) bool {
	switch hld32(t) & kindMask {
	case kindString:
		return eqstring(*(*string)(ptrOf(p)), *(*string)(ptrOf(q)))
	case kindFloat32:
		return *(*float32)(ptrOf(p)) == *(*float32)(ptrOf(q))
	case kindFloat64:
		return *(*float64)(ptrOf(p)) == *(*float64)(ptrOf(q))
	case kindInterface:
		return efaceeq(hld32(p), hld32(p+4), hld32(q), hld32(q+4), site)
	case kindStruct:
		n := hld32(t + tNFields)
		f := hld32(t + tFields)
		for i := uint32(0); i < n; i++ {
			e := f + i*16
			off := hld32(e+12) & 0x7fffffff
			if !memeq(hld32(e+8), p+off, q+off, site) {
				return false
			}
		}
		return true
	case kindArray:
		et := hld32(t + tElem)
		size := hld32(et + tSize)
		n := hld32(t + tLen)
		for i := uint32(0); i < n; i++ {
			if !memeq(et, p+i*size, q+i*size, site) {
				return false
			}
		}
		return true
	}
	if kindUsed(complexKinds) {
		switch hld32(t) & kindMask {
		case kindComplex64:
			return *(*complex64)(ptrOf(p)) == *(*complex64)(ptrOf(q))
		case kindComplex128:
			return *(*complex128)(ptrOf(p)) == *(*complex128)(ptrOf(q))
		}
	}
	return memequal(ptrOf(p), ptrOf(q), int32(hld32(t+tSize)))
}

// printeface prints an interface as gc's print does: (type,data).
func printeface(t uint32, d uint32) {
	printstring("(")
	printpointer(ptrOf(t))
	printstring(",")
	printpointer(ptrOf(d))
	printstring(")")
}

// panicIface ends the program with an unrecovered panic(v) of a non-basic static type, as
// gc's printpanicval prints it.
func panicIface(t uint32, d uint32, site string) {
	panicdefers()
	printstring("panic: ")
	printpanicval(t, d)
	panicEnd(site)
}

func printpanicval(t uint32, d uint32) {
	if t == 0 {
		printstring("runtime error: panic called with nil argument")
		return
	}
	if f := ifaceMethod(t, methodError); f >= 0 {
		printindented(callString(f, d))
		return
	}
	if f := ifaceMethod(t, methodString); f >= 0 {
		printindented(callString(f, d))
		return
	}
	k := hld32(t)
	named := k&flagNamed != 0
	kind := k & kindMask
	if kindUsed(complexKinds) && (kind == kindComplex64 || kind == kindComplex128) {
		// gc prints a named one as main.C((1+2i)).
		if named {
			printstring(typeName(t))
			printstring("(")
		}
		if kind == kindComplex64 {
			c := *(*complex64)(ptrOf(d))
			printcomplex64(real(c), imag(c))
		} else {
			c := *(*complex128)(ptrOf(d))
			printcomplex(real(c), imag(c))
		}
		if named {
			printstring(")")
		}
		return
	}
	if kind > kindFloat64 && kind != kindString {
		printstring("(")
		printstring(typeName(t))
		printstring(") ")
		printpointer(ptrOf(d))
		return
	}
	if named {
		printstring(typeName(t))
		if kind == kindString {
			printstring("(\"")
		} else {
			printstring("(")
		}
	}
	p := ptrOf(d)
	switch kind {
	case kindBool:
		printbool(*(*bool)(p))
	case kindInt, kindInt64:
		printint(*(*int64)(p))
	case kindInt8:
		printint(int64(*(*int8)(p)))
	case kindInt16:
		printint(int64(*(*int16)(p)))
	case kindInt32:
		printint(int64(*(*int32)(p)))
	case kindUint, kindUint64, kindUintptr:
		printuint(*(*uint64)(p))
	case kindUint8:
		printuint(uint64(*(*uint8)(p)))
	case kindUint16:
		printuint(uint64(*(*uint16)(p)))
	case kindUint32:
		printuint(uint64(*(*uint32)(p)))
	case kindFloat32:
		printfloat32(*(*float32)(p))
	case kindFloat64:
		printfloat(*(*float64)(p))
	case kindString:
		printindented(*(*string)(p))
	}
	if named {
		if kind == kindString {
			printstring("\")")
		} else {
			printstring(")")
		}
	}
}

// kindUsed is replaced by the compiler with a constant: whether some type of a kind in
// mask (bit k for kind k) may be met through a descriptor. Code that reads values through
// descriptors (fmt) skips the kinds no type of the program has; the compiler lowers it
// again if one gets a descriptor.
func kindUsed(mask uint32) bool
