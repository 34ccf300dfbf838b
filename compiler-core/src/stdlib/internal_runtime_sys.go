// Package sys: the one part of gc's runtime-internal package that a standard package outside
// the runtime reads, crypto/subtle's DITSupported (data-independent timing, an Arm64
// feature). gc's package also declares the compiler's intrinsics (GetCallerPC, ...) as
// body-less functions, which only gc's compiler provides; our runtime needs none of it.
package sys

// DITSupported: wasm has no data-independent-timing mode (gc's no_dit.go).
var DITSupported = false
