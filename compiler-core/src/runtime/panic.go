package runtime

import "unsafe"

// panicEnd ends the program as gc does on an unrecovered panic: the message has been
// printed; add the goroutine header and the frame, then exit with status 2.
func panicEnd(site string) {
	printstring("\n\ngoroutine 1 [running]:\n")
	printstring(site)
	printstring("\n")
	procExit(2)
}

func panicdivide(site string) {
	printstring("panic: runtime error: integer divide by zero")
	panicEnd(site)
}

func panicshift(site string) {
	printstring("panic: runtime error: negative shift amount")
	panicEnd(site)
}

func budgetExceeded() {
	printstring("fatal error: step budget exceeded\n")
	procExit(2)
}

// printindented prints a panic string as gc does: a tab after each newline.
func printindented(s string) {
	p := unsafe.Pointer(unsafe.StringData(s))
	start := 0
	for i := 0; i < len(s); i++ {
		if *(*byte)(unsafe.Add(p, i)) == '\n' {
			writeErr(unsafe.Add(p, start), int32(i+1-start))
			printstring("\t")
			start = i + 1
		}
	}
	writeErr(unsafe.Add(p, start), int32(len(s)-start))
}
