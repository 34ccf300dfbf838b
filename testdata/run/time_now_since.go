// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "time"

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	d := time.Since(start)
	println("slept at least 20ms:", d >= 20*time.Millisecond, d < 5*time.Second)
	println("ms >= 20:", d.Milliseconds() >= 20)
	t2 := time.Now()
	println("after:", t2.After(start), "before:", start.Before(t2), "equal:", start.Equal(start))
	println("sub:", t2.Sub(start) >= d)
	println("unix sane:", start.Unix() > 1600000000)
	u := time.Unix(1700000000, 500)
	println(u.Unix(), u.UnixNano(), u.UnixMilli(), u.Nanosecond())
	v := u.Add(1500 * time.Millisecond)
	println(v.Unix(), v.Sub(u), v.After(u), time.UnixMilli(1234).UnixMicro())
	println(time.Duration(90*time.Second).Minutes(), (1500 * time.Millisecond).Seconds(), time.Hour.Hours())
	println(time.Until(start) < 0)
	var z time.Time
	println(z.IsZero(), start.IsZero(), start.Compare(t2), t2.Compare(start), start.Compare(start))
}
