// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"fmt"
	"time"
)

func main() {
	east := time.FixedZone("CET", 3600)
	west := time.FixedZone("", -7*3600-30*60)
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	layouts := []struct {
		name, layout string
	}{
		{"Layout", time.Layout},
		{"ANSIC", time.ANSIC},
		{"UnixDate", time.UnixDate},
		{"RubyDate", time.RubyDate},
		{"RFC822", time.RFC822},
		{"RFC822Z", time.RFC822Z},
		{"RFC850", time.RFC850},
		{"RFC1123", time.RFC1123},
		{"RFC1123Z", time.RFC1123Z},
		{"RFC3339", time.RFC3339},
		{"RFC3339Nano", time.RFC3339Nano},
		{"Kitchen", time.Kitchen},
		{"Stamp", time.Stamp},
		{"StampMilli", time.StampMilli},
		{"StampMicro", time.StampMicro},
		{"StampNano", time.StampNano},
		{"DateTime", time.DateTime},
		{"DateOnly", time.DateOnly},
		{"TimeOnly", time.TimeOnly},
		{"custom", "Mon Jan _2 2006 at 3:04PM (MST -07:00)"},
		{"fraction", "15:04:05.000 15:04:05.999999 .00 .999"},
		{"comma", "2006-01-02 15:04:05,000"},
		{"yearday", "2006 __2 002"},
		{"zones", "Z07:00 Z0700 -07 -0700 -07:00:00 MST"},
	}
	for _, z := range []*time.Location{time.UTC, east, west} {
		u := t.In(z)
		fmt.Println("zone", z, u)
		for _, l := range layouts {
			fmt.Printf("  %-12s %s\n", l.name, u.Format(l.layout))
		}
	}
	fmt.Println(t.AppendFormat([]byte("at "), time.Kitchen))
	fmt.Println(t.String())
	fmt.Println(t.GoString())

	inputs := []struct{ layout, value string }{
		{time.RFC3339, "2024-02-29T13:04:05Z"},
		{time.RFC3339, "2024-02-29T13:04:05+05:30"},
		{time.RFC3339Nano, "2024-02-29T13:04:05.987654321-08:00"},
		{time.RFC3339, "2024-02-30T13:04:05Z"},
		{time.RFC3339, "2024-02-29 13:04:05Z"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "13:04PM"},
		{time.DateOnly, "2023-12-31"},
		{time.DateTime, "2023-12-31 23:59:60"},
		{"02/01/2006 15h04", "25/12/2021 08h30"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)"},
		{"2006-01-02 15:04:05.000", "2020-05-06 07:08:09.123"},
		{"2006-01-02 15:04:05.000", "2020-05-06 07:08:09.12"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006 extra"},
		{time.UnixDate, "Thu Feb 29 13:04:05 UTC 2024"},
		{"2006-01-02", "2024-13-01"},
		{"2006 002", "2024 060"},
	}
	for _, in := range inputs {
		v, err := time.Parse(in.layout, in.value)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(v, v.Unix(), v.Nanosecond())
	}
	v, err := time.ParseInLocation(time.DateTime, "2021-06-15 10:00:00", east)
	fmt.Println(v, err, v.UTC())
	fmt.Println(time.Unix(1700000000, 5).UTC().Format(time.RFC3339Nano))
	b, err := t.MarshalText()
	fmt.Println(string(b), err)
	var back time.Time
	fmt.Println(back.UnmarshalText([]byte("2001-02-03T04:05:06.7+01:00")), back)
	fmt.Println(back.UnmarshalText([]byte("not a time")))
	for _, n := range []string{"UTC", "Local", ""} {
		l, err := time.LoadLocation(n)
		fmt.Println(l, err)
	}
	fmt.Println(time.Date(2024, 3, 1, 12, 0, 0, 0, time.Local))
	name, offset := t.In(west).Zone()
	fmt.Println(name, offset)
	fmt.Println(time.Month(13), time.Weekday(9), time.January, time.Saturday)
}
