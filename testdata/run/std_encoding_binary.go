// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.

package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  int32
	Ratio   float32
	Offset  int64
}

type Point struct {
	X, Y int16
	_    [2]byte
	Z    float64
}

type Record struct {
	ID     uint32
	Points [3]Point
	Ok     bool
	Tags   [2]uint8
}

func main() {
	// ByteOrder on fixed buffers.
	b := make([]byte, 8)
	binary.BigEndian.PutUint16(b, 0x1234)
	binary.LittleEndian.PutUint16(b[2:], 0x1234)
	binary.BigEndian.PutUint32(b[4:], 0xdeadbeef)
	fmt.Printf("% x\n", b)
	fmt.Println(binary.BigEndian.Uint16(b), binary.LittleEndian.Uint16(b), binary.LittleEndian.Uint32(b[4:]))
	binary.LittleEndian.PutUint64(b, 0x0102030405060708)
	fmt.Printf("% x %#x\n", b, binary.BigEndian.Uint64(b))
	fmt.Println(binary.BigEndian, binary.LittleEndian, binary.NativeEndian.Uint16([]byte{1, 0}))
	fmt.Println(binary.BigEndian.String(), binary.LittleEndian.GoString())

	// Append forms.
	var a []byte
	a = binary.BigEndian.AppendUint16(a, 0xabcd)
	a = binary.LittleEndian.AppendUint32(a, 7)
	a = binary.BigEndian.AppendUint64(a, math.MaxUint64-1)
	fmt.Printf("%d % x\n", len(a), a)

	// Varints.
	vals := []int64{0, 1, -1, 63, -64, 64, 300, -300, math.MaxInt64, math.MinInt64}
	buf := make([]byte, binary.MaxVarintLen64)
	for _, v := range vals {
		n := binary.PutVarint(buf, v)
		got, m := binary.Varint(buf[:n])
		fmt.Printf("%d -> % x -> %d (%d bytes)\n", v, buf[:n], got, m)
	}
	uvals := []uint64{0, 127, 128, 16383, 16384, 1 << 35, math.MaxUint64}
	var enc []byte
	for _, v := range uvals {
		enc = binary.AppendUvarint(enc, v)
	}
	fmt.Printf("% x\n", enc)
	for len(enc) > 0 {
		v, n := binary.Uvarint(enc)
		fmt.Print(v, ":", n, " ")
		enc = enc[n:]
	}
	fmt.Println()
	fmt.Println(binary.AppendVarint(nil, -12345))
	// Truncated and overflowing varints.
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}))
	fmt.Println(binary.Varint(nil))
	r := bytes.NewReader([]byte{0xac, 0x02, 0x05})
	u, err := binary.ReadUvarint(r)
	fmt.Println(u, err)
	s, err := binary.ReadVarint(r)
	fmt.Println(s, err)
	_, err = binary.ReadUvarint(r)
	fmt.Println(err, err == io.EOF)
	_, err = binary.ReadUvarint(bytes.NewReader([]byte{0x80}))
	fmt.Println(err, err == io.ErrUnexpectedEOF)

	// Structs through reflect.
	h := Header{Magic: [4]byte{'G', 'O', 'W', 'A'}, Version: 3, Flags: 0x8001, Length: -42, Ratio: 1.5, Offset: 1 << 40}
	fmt.Println(binary.Size(h), binary.Size(&h), binary.Size(Record{}), binary.Size([]Point{{}, {}}))
	var w bytes.Buffer
	if err := binary.Write(&w, binary.BigEndian, h); err != nil {
		fmt.Println("write:", err)
	}
	fmt.Printf("%d % x\n", w.Len(), w.Bytes())
	var h2 Header
	if err := binary.Read(bytes.NewReader(w.Bytes()), binary.BigEndian, &h2); err != nil {
		fmt.Println("read:", err)
	}
	fmt.Printf("%+v %v\n", h2, h == h2)
	var h3 Header
	err = binary.Read(bytes.NewReader(w.Bytes()), binary.LittleEndian, &h3)
	fmt.Printf("%v %+v\n", err, h3)

	rec := Record{ID: 9, Ok: true, Tags: [2]uint8{4, 5}}
	for i := range rec.Points {
		rec.Points[i] = Point{X: int16(i), Y: -int16(i), Z: float64(i) / 4}
	}
	out, err := binary.Append(nil, binary.LittleEndian, &rec)
	fmt.Println(len(out), err)
	fmt.Printf("% x\n", out)
	var rec2 Record
	n, err := binary.Decode(out, binary.LittleEndian, &rec2)
	fmt.Println(n, err, rec2 == rec)
	fmt.Printf("%+v\n", rec2)
	enc2 := make([]byte, 10)
	_, err = binary.Encode(enc2, binary.LittleEndian, rec)
	fmt.Println(err)

	// Slices and scalars.
	w.Reset()
	binary.Write(&w, binary.LittleEndian, []uint16{1, 2, 3})
	binary.Write(&w, binary.LittleEndian, int8(-2))
	binary.Write(&w, binary.BigEndian, true)
	binary.Write(&w, binary.BigEndian, []float64{math.Pi, math.Inf(-1)})
	binary.Write(&w, binary.BigEndian, []bool{true, false})
	fmt.Printf("% x\n", w.Bytes())
	rd := bytes.NewReader(w.Bytes())
	nums := make([]uint16, 3)
	var i8 int8
	var bl bool
	fl := make([]float64, 2)
	fmt.Println(binary.Read(rd, binary.LittleEndian, nums), binary.Read(rd, binary.LittleEndian, &i8),
		binary.Read(rd, binary.BigEndian, &bl), binary.Read(rd, binary.BigEndian, fl))
	fmt.Println(nums, i8, bl, fl)

	// Errors.
	err = binary.Write(&w, binary.BigEndian, 42)
	fmt.Println(err)
	err = binary.Write(&w, binary.BigEndian, struct{ S string }{"x"})
	fmt.Println(err)
	err = binary.Read(bytes.NewReader([]byte{1, 2}), binary.BigEndian, &h2)
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	err = binary.Read(bytes.NewReader(nil), binary.BigEndian, &h2)
	fmt.Println(err, err == io.EOF)
	var m map[string]int
	err = binary.Read(bytes.NewReader([]byte{1}), binary.BigEndian, &m)
	fmt.Println(err)
	fmt.Println(binary.Size(42), binary.Size("s"), binary.Size([]int32{1, 2}))
	_, err = binary.Decode([]byte{1}, binary.BigEndian, &h2)
	fmt.Println(err)
}
