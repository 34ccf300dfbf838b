// Package atomic: gc's sync/atomic API. Its functions are assembly jumping into the
// runtime's atomics; here a program runs on one thread and goroutines switch only where
// they park, so plain loads and stores are atomic.
package atomic

import "unsafe"

func SwapInt32(addr *int32, new int32) (old int32)         { old, *addr = *addr, new; return }
func SwapInt64(addr *int64, new int64) (old int64)         { old, *addr = *addr, new; return }
func SwapUint32(addr *uint32, new uint32) (old uint32)     { old, *addr = *addr, new; return }
func SwapUint64(addr *uint64, new uint64) (old uint64)     { old, *addr = *addr, new; return }
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) { old, *addr = *addr, new; return }
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	old, *addr = *addr, new
	return
}

func CompareAndSwapInt32(addr *int32, old, new int32) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapInt64(addr *int64, old, new int64) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUint32(addr *uint32, old, new uint32) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUint64(addr *uint64, old, new uint64) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func AddInt32(addr *int32, delta int32) (new int32)         { *addr += delta; return *addr }
func AddUint32(addr *uint32, delta uint32) (new uint32)     { *addr += delta; return *addr }
func AddInt64(addr *int64, delta int64) (new int64)         { *addr += delta; return *addr }
func AddUint64(addr *uint64, delta uint64) (new uint64)     { *addr += delta; return *addr }
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) { *addr += delta; return *addr }

func AndInt32(addr *int32, mask int32) (old int32)         { old = *addr; *addr &= mask; return }
func AndUint32(addr *uint32, mask uint32) (old uint32)     { old = *addr; *addr &= mask; return }
func AndInt64(addr *int64, mask int64) (old int64)         { old = *addr; *addr &= mask; return }
func AndUint64(addr *uint64, mask uint64) (old uint64)     { old = *addr; *addr &= mask; return }
func AndUintptr(addr *uintptr, mask uintptr) (old uintptr) { old = *addr; *addr &= mask; return }
func OrInt32(addr *int32, mask int32) (old int32)          { old = *addr; *addr |= mask; return }
func OrUint32(addr *uint32, mask uint32) (old uint32)      { old = *addr; *addr |= mask; return }
func OrInt64(addr *int64, mask int64) (old int64)          { old = *addr; *addr |= mask; return }
func OrUint64(addr *uint64, mask uint64) (old uint64)      { old = *addr; *addr |= mask; return }
func OrUintptr(addr *uintptr, mask uintptr) (old uintptr)  { old = *addr; *addr |= mask; return }

func LoadInt32(addr *int32) int32                           { return *addr }
func LoadInt64(addr *int64) int64                           { return *addr }
func LoadUint32(addr *uint32) uint32                        { return *addr }
func LoadUint64(addr *uint64) uint64                        { return *addr }
func LoadUintptr(addr *uintptr) uintptr                     { return *addr }
func LoadPointer(addr *unsafe.Pointer) unsafe.Pointer       { return *addr }
func StoreInt32(addr *int32, val int32)                     { *addr = val }
func StoreInt64(addr *int64, val int64)                     { *addr = val }
func StoreUint32(addr *uint32, val uint32)                  { *addr = val }
func StoreUint64(addr *uint64, val uint64)                  { *addr = val }
func StoreUintptr(addr *uintptr, val uintptr)               { *addr = val }
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) { *addr = val }

type Bool struct{ v uint32 }

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool               { return x.v != 0 }
func (x *Bool) Store(val bool)           { x.v = b32(val) }
func (x *Bool) Swap(new bool) (old bool) { old, x.v = x.v != 0, b32(new); return }
func (x *Bool) CompareAndSwap(old, new bool) bool {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

type Pointer[T any] struct{ v unsafe.Pointer }

func (x *Pointer[T]) Load() *T             { return (*T)(x.v) }
func (x *Pointer[T]) Store(val *T)         { x.v = unsafe.Pointer(val) }
func (x *Pointer[T]) Swap(new *T) (old *T) { old, x.v = (*T)(x.v), unsafe.Pointer(new); return }
func (x *Pointer[T]) CompareAndSwap(old, new *T) bool {
	return CompareAndSwapPointer(&x.v, unsafe.Pointer(old), unsafe.Pointer(new))
}

type Int32 struct{ v int32 }

func (x *Int32) Load() int32                        { return x.v }
func (x *Int32) Store(val int32)                    { x.v = val }
func (x *Int32) Swap(new int32) (old int32)         { return SwapInt32(&x.v, new) }
func (x *Int32) CompareAndSwap(old, new int32) bool { return CompareAndSwapInt32(&x.v, old, new) }
func (x *Int32) Add(delta int32) (new int32)        { return AddInt32(&x.v, delta) }
func (x *Int32) And(mask int32) (old int32)         { return AndInt32(&x.v, mask) }
func (x *Int32) Or(mask int32) (old int32)          { return OrInt32(&x.v, mask) }

type Int64 struct{ v int64 }

func (x *Int64) Load() int64                        { return x.v }
func (x *Int64) Store(val int64)                    { x.v = val }
func (x *Int64) Swap(new int64) (old int64)         { return SwapInt64(&x.v, new) }
func (x *Int64) CompareAndSwap(old, new int64) bool { return CompareAndSwapInt64(&x.v, old, new) }
func (x *Int64) Add(delta int64) (new int64)        { return AddInt64(&x.v, delta) }
func (x *Int64) And(mask int64) (old int64)         { return AndInt64(&x.v, mask) }
func (x *Int64) Or(mask int64) (old int64)          { return OrInt64(&x.v, mask) }

type Uint32 struct{ v uint32 }

func (x *Uint32) Load() uint32                        { return x.v }
func (x *Uint32) Store(val uint32)                    { x.v = val }
func (x *Uint32) Swap(new uint32) (old uint32)        { return SwapUint32(&x.v, new) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool { return CompareAndSwapUint32(&x.v, old, new) }
func (x *Uint32) Add(delta uint32) (new uint32)       { return AddUint32(&x.v, delta) }
func (x *Uint32) And(mask uint32) (old uint32)        { return AndUint32(&x.v, mask) }
func (x *Uint32) Or(mask uint32) (old uint32)         { return OrUint32(&x.v, mask) }

type Uint64 struct{ v uint64 }

func (x *Uint64) Load() uint64                        { return x.v }
func (x *Uint64) Store(val uint64)                    { x.v = val }
func (x *Uint64) Swap(new uint64) (old uint64)        { return SwapUint64(&x.v, new) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool { return CompareAndSwapUint64(&x.v, old, new) }
func (x *Uint64) Add(delta uint64) (new uint64)       { return AddUint64(&x.v, delta) }
func (x *Uint64) And(mask uint64) (old uint64)        { return AndUint64(&x.v, mask) }
func (x *Uint64) Or(mask uint64) (old uint64)         { return OrUint64(&x.v, mask) }

type Uintptr struct{ v uintptr }

func (x *Uintptr) Load() uintptr                        { return x.v }
func (x *Uintptr) Store(val uintptr)                    { x.v = val }
func (x *Uintptr) Swap(new uintptr) (old uintptr)       { return SwapUintptr(&x.v, new) }
func (x *Uintptr) CompareAndSwap(old, new uintptr) bool { return CompareAndSwapUintptr(&x.v, old, new) }
func (x *Uintptr) Add(delta uintptr) (new uintptr)      { return AddUintptr(&x.v, delta) }
func (x *Uintptr) And(mask uintptr) (old uintptr)       { return AndUintptr(&x.v, mask) }
func (x *Uintptr) Or(mask uintptr) (old uintptr)        { return OrUintptr(&x.v, mask) }

// A Value holds one value of one concrete type, as gc's.
type Value struct{ v any }

func (v *Value) Load() (val any) { return v.v }

func (v *Value) check(val any, what string) {
	if val == nil {
		panic("sync/atomic: " + what + " of nil value into Value")
	}
	if v.v != nil && typeOf(v.v) != typeOf(val) {
		panic("sync/atomic: " + what + " of inconsistently typed value into Value")
	}
}

type eface struct{ typ, data unsafe.Pointer }

func typeOf(x any) unsafe.Pointer { return (*eface)(unsafe.Pointer(&x)).typ }

func (v *Value) Store(val any)          { v.check(val, "store"); v.v = val }
func (v *Value) Swap(new any) (old any) { v.check(new, "swap"); old, v.v = v.v, new; return }
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	v.check(new, "compare and swap")
	if old != nil && typeOf(old) != typeOf(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
