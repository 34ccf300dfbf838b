package runtime

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
