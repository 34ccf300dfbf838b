// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// An export that recovers from its own panic keeps the module alive.

var table = []int32{10, 20, 30}

//go:wasmexport safe_get
func safeGet(i int32) (v int32) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered:", r.(error).Error())
			v = -1
		}
	}()
	return table[i]
}

//go:wasmexport get
func get(i int32) int32 { return table[i] }

func main() {}
