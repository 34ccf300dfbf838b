// Package runtime/debug: the collector's controls.
package debug

import "runtime"

// SetGCPercent sets the heap growth, in percent of the live heap, that triggers the next
// collection (negative: none) and returns the previous setting.
func SetGCPercent(percent int) int {
	return int(runtime.setGCPercent(int32(percent)))
}

// FreeOSMemory collects now. Linear memory never shrinks, so nothing returns to the host.
func FreeOSMemory() {
	runtime.GC()
}
