// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "structs"

// Struct state and a pointer to a HostLayout struct used internally.

type Vec struct {
	_    structs.HostLayout
	X, Y float64
}

type Body struct {
	Pos, Vel Vec
	Steps    int32
}

var body = Body{Vel: Vec{X: 1.5, Y: -0.5}}

func (b *Body) step(dt float64) {
	b.Pos.X += b.Vel.X * dt
	b.Pos.Y += b.Vel.Y * dt
	b.Steps++
}

//go:wasmexport step
func step(dt float64) int32 {
	body.step(dt)
	return body.Steps
}

//go:wasmexport pos_x
func posX() float64 { return body.Pos.X }

//go:wasmexport pos_y
func posY() float64 { return body.Pos.Y }

//go:wasmexport kick
func kick(dx, dy float64) {
	body.Vel.X += dx
	body.Vel.Y += dy
	println("velocity now", body.Vel.X, body.Vel.Y)
}

func main() {}
