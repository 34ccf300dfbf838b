package main

// lesson:readonly

//go:wasmimport host log_string
func logString(s string)

//go:wasmimport env scale
func scale(x int32) int32

// lesson:end

//go:wasmimport host log_i64
func logI64(v int64)

//go:wasmexport report
func report(n int32) {
	logString("square and scale")
	logI64(int64(n) * int64(n))
	logI64(int64(scale(n)))
}

func main() {}
