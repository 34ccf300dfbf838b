// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *account) withdraw(n int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < n {
		return false
	}
	a.balance -= n
	return true
}

func main() {
	acc := &account{}
	var wg sync.WaitGroup
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc.deposit(i)
		}()
	}
	wg.Wait()
	println("balance", acc.balance)
	ok := 0
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if acc.withdraw(10) {
				ok++
			}
		}()
	}
	wg.Wait()
	println("withdrawals", ok, "left", acc.balance)
}
