// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second, 90 * time.Second,
		-5 * time.Minute, 26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		math.MaxInt64, math.MinInt64, 1234567890,
	}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Abs())
	}
	d := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645
	for _, m := range []time.Duration{0, -1, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour} {
		fmt.Printf("%v: round %v, truncate %v\n", m, d.Round(m), d.Truncate(m))
	}
	fmt.Println((-d).Round(time.Minute), (-d).Truncate(time.Minute))
	fmt.Println(time.Duration(math.MaxInt64 - 1).Round(time.Hour))
	for _, s := range []string{
		"0", "5s", "1.5h", "-2m3.4s", "+3h", "100ms", "1us", "1µs", "1μs", "2ns",
		"1h2m3s4ms5us6ns", ".5s", "1.s", "0.000000001s", "9223372036854775807ns",
		"9223372036854775808ns", "2562048h", "", "1", "1d", "s", "-", "1.2.3s", "3000000h",
	} {
		v, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%q: error: %v\n", s, err)
			continue
		}
		fmt.Printf("%q: %v (%d)\n", s, v, int64(v))
	}
	fmt.Printf("%v %s %d %.1f\n", 3*time.Second, time.Minute, time.Millisecond, (1500 * time.Millisecond).Seconds())
	fmt.Println(time.Duration(1<<63-1).String(), time.Duration(-1<<63).String())
}
