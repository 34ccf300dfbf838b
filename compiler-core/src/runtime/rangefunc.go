package runtime

import "unsafe"

// Support for range-over-func loops (the lowering is ir/lower/rangefunc.rs).

// deferat makes a zeroed record of size bytes owned by the function whose chain started at
// base and links it just below record at: a defer statement in the body of a range over a
// func, whose record is that function's, under the loop's marker record at, so the
// iterator's own deferred calls (above the marker) never run it.
func deferat(size int32, base unsafe.Pointer, at unsafe.Pointer) unsafe.Pointer {
	r := mallocManual(uint32(size))
	st32(r, 8, size)
	stp(r, 12, base)
	stp(r, 4, ldp(at, 4))
	stp(at, 4, r)
	return r
}

// panicrangestate reports an iterator calling a range-over-func loop's body when the loop's
// state does not allow it (0: the body returned false, 2: it panicked, 3: the loop is over),
// or returning after recovering a panic of the body (4); gc's runtime errors.
func panicrangestate(state int32, site string) {
	panicdefers()
	printstring("panic: runtime error: range function ")
	switch state {
	case 0:
		printstring("continued iteration after function for loop body returned false")
	case 2:
		printstring("continued iteration after loop body panic")
	case 3:
		printstring("continued iteration after whole loop exit")
	default:
		printstring("recovered a loop body panic and did not resume panicking")
	}
	panicEnd(site)
}
