// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import (
	"sync/atomic"
	"unsafe"
)

func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var up uintptr
	println(atomic.AddInt32(&i32, 5), atomic.AddInt64(&i64, -7), atomic.AddUint32(&u32, 3), atomic.AddUint64(&u64, 9), atomic.AddUintptr(&up, 2))
	println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddInt32(&i32, -10))
	println(atomic.LoadInt32(&i32), atomic.LoadInt64(&i64), atomic.LoadUint32(&u32), atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))
	atomic.StoreInt32(&i32, 100)
	atomic.StoreInt64(&i64, 1<<40)
	atomic.StoreUint32(&u32, 7)
	atomic.StoreUint64(&u64, 1<<63)
	atomic.StoreUintptr(&up, 11)
	println(i32, i64, u32, u64, up)
	println(atomic.SwapInt32(&i32, 1), atomic.SwapInt64(&i64, 2), atomic.SwapUint32(&u32, 3), atomic.SwapUint64(&u64, 4), atomic.SwapUintptr(&up, 5))
	println(atomic.CompareAndSwapInt32(&i32, 1, 10), atomic.CompareAndSwapInt32(&i32, 1, 20), i32)
	println(atomic.CompareAndSwapInt64(&i64, 2, 10), atomic.CompareAndSwapUint32(&u32, 0, 1), atomic.CompareAndSwapUint64(&u64, 4, 40), atomic.CompareAndSwapUintptr(&up, 5, 50))
	println(i64, u32, u64, up)
	println(atomic.AndInt32(&i32, 6), i32, atomic.OrInt32(&i32, 9), i32)
	println(atomic.AndUint64(&u64, 0xf), u64, atomic.OrUint64(&u64, 0x100), u64)
	println(atomic.AndInt64(&i64, 3), atomic.OrUint32(&u32, 6), atomic.AndUintptr(&up, 48), atomic.OrUintptr(&up, 1))
	println(i64, u32, up)
	x, y := 1, 2
	p := unsafe.Pointer(&x)
	old := atomic.SwapPointer(&p, unsafe.Pointer(&y))
	println(*(*int)(old), *(*int)(atomic.LoadPointer(&p)))
	println(atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&x), nil), atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&y), unsafe.Pointer(&x)))
	atomic.StorePointer(&p, unsafe.Pointer(&y))
	println(*(*int)(p))
}
