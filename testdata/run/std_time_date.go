// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"time"
)

func show(label string, t time.Time) {
	y, w := t.ISOWeek()
	fmt.Printf("%-10s %v %v yd=%d iso=%d-W%02d\n", label, t.Format(time.RFC3339Nano), t.Weekday(), t.YearDay(), y, w)
}

func main() {
	base := time.Date(2023, time.January, 31, 23, 59, 59, 999999999, time.UTC)
	show("base", base)
	show("+1ns", base.Add(1))
	show("+1mo", base.AddDate(0, 1, 0))
	show("+1y1d", base.AddDate(1, 0, 1))
	show("-13mo", base.AddDate(0, -13, 0))
	show("norm", time.Date(2023, 14, 35, 25, 61, 61, 1e9+5, time.UTC))
	show("neg", time.Date(2023, 0, 0, -1, -1, -1, -1, time.UTC))
	show("leap", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	show("y1", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC))
	show("bce", time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC))
	show("far", time.Date(292277026596, 12, 4, 15, 30, 7, 0, time.UTC))
	for _, day := range []int{1, 2, 3, 4, 28, 29, 30, 31} {
		t := time.Date(2020, 12, day, 0, 0, 0, 0, time.UTC)
		y, w := t.ISOWeek()
		fmt.Println(day, t.Weekday(), y, w)
	}

	a := time.Date(2024, 3, 10, 8, 0, 0, 0, time.UTC)
	b := a.Add(36*time.Hour + 90*time.Second)
	fmt.Println(b.Sub(a), a.Sub(b), b.After(a), b.Before(a), a.Equal(a.In(time.FixedZone("X", 7200))), a == a.In(time.FixedZone("X", 7200)))
	fmt.Println(a.Compare(b), b.Compare(a), a.Compare(a))
	fmt.Println(time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(1677, 1, 1, 0, 0, 0, 0, time.UTC)))

	u := time.Unix(1700000000, 123456789).UTC()
	fmt.Println(u, u.Unix(), u.UnixMilli(), u.UnixMicro(), u.UnixNano())
	fmt.Println(time.UnixMilli(-1).UTC(), time.UnixMicro(1).UTC(), time.Unix(-1, 0).UTC())
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix(), zero.Year(), zero.Weekday())

	t := time.Date(2024, 7, 4, 17, 45, 31, 600000000, time.UTC)
	for _, d := range []time.Duration{time.Nanosecond, time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour} {
		fmt.Printf("%v: trunc %v round %v\n", d, t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
	}
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	fmt.Println(y, m, d, hh, mm, ss, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Month() == time.July)
	fmt.Println(t.In(time.FixedZone("EST", -5*3600)).Date())
	fmt.Println(t.Local().Location(), t.UTC().Location(), t.Location())
	fmt.Println(time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0))
	dayz := []time.Time{}
	for i := range 5 {
		dayz = append(dayz, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 73*i))
	}
	for _, x := range dayz {
		fmt.Print(x.Format("Mon 2006-01-02"), "; ")
	}
	fmt.Println()
}
