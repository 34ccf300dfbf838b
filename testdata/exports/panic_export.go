// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

// An explicit panic in an export ends the run with gc's panic report.

var balance int64 = 100

//go:wasmexport withdraw
func withdraw(amount int64) int64 {
	if amount > balance {
		println("insufficient funds:", amount, ">", balance)
		panic("overdraft")
	}
	balance -= amount
	return balance
}

//go:wasmexport deposit
func deposit(amount int64) int64 {
	balance += amount
	return balance
}

func main() {}
