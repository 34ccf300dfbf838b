package runtime

import "unsafe"

// The crypto packages are gc's, compiled from Go's tree; these are the functions gc's
// runtime pushes into them with //go:linkname. gc keeps the FIPS 140 service indicator and
// the enforcement bypass per goroutine (fields of its g); here they are two bytes of the g
// record (gFips), and of hostFips for code running on the host's call, outside any
// goroutine.

// gFips: two bytes of the g record's padding before gArgs (sched.go).
const gFips = 92

var hostFips [2]uint8

func fipsByte(i int32) *uint8 {
	if curg == nil {
		return &hostFips[i]
	}
	return (*uint8)(unsafe.Add(curg, gFips+i))
}

//go:linkname fipsGetIndicator crypto/internal/fips140.getIndicator
func fipsGetIndicator() uint8 {
	return *fipsByte(0)
}

//go:linkname fipsSetIndicator crypto/internal/fips140.setIndicator
func fipsSetIndicator(v uint8) {
	*fipsByte(0) = v
}

//go:linkname fipsSetBypass crypto/fips140.setBypass
func fipsSetBypass() {
	*fipsByte(1) = 1
}

//go:linkname fipsUnsetBypass crypto/fips140.unsetBypass
func fipsUnsetBypass() {
	*fipsByte(1) = 0
}

//go:linkname fipsIsBypassed crypto/fips140.isBypassed
func fipsIsBypassed() bool {
	return *fipsByte(1) != 0
}

// A failed self-test or an unreadable random source ends the program, as gc's fatal.
//
//go:linkname fipsFatal crypto/internal/fips140.fatal
func fipsFatal(s string) {
	Throw(s)
}

//go:linkname sysrandFatal crypto/internal/sysrand.fatal
func sysrandFatal(s string) {
	Throw(s)
}

// Wasm has no data-independent-timing mode (internal/runtime/sys.DITSupported is false),
// so crypto/subtle never calls these; they keep its body-less functions linked.
//
//go:linkname ditSetEnabled crypto/subtle.setDITEnabled
func ditSetEnabled() bool {
	return false
}

//go:linkname ditSetDisabled crypto/subtle.setDITDisabled
func ditSetDisabled() {}
