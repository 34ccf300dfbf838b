// Expected output checked against gc (Go 1.27, wasip1) with tools/gcref.py.
package main

import "sync"

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(n int, wg *sync.WaitGroup) {
	a.mu.Lock()
	b := a.balance
	ch := make(chan int, 1)
	ch <- b + n
	a.balance = <-ch
	a.mu.Unlock()
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	acct := &Account{}
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go acct.Deposit(i, &wg)
	}
	wg.Wait()
	println("balance", acct.balance)
	var mu sync.Mutex
	mu.Lock()
	println("trylock", mu.TryLock())
	done := make(chan bool)
	go func() {
		mu.Lock()
		println("second owner")
		mu.Unlock()
		done <- true
	}()
	println("unlocking")
	mu.Unlock()
	<-done
	var wg2 sync.WaitGroup
	wg2.Wait()
	println("empty wait ok")
}
