import { setup, ready, setCode, openCallsList } from '/work/wt-timeline/e2e/lib.mjs';
const env = await setup();
const page = await env.page({ width: 1500, height: 950 });
await ready(page);
await setCode(page, `package main

var ch = make(chan int32, 16)

//go:wasmexport spawn
func spawn(n int32) int32 {
	for i := int32(0); i < n; i++ {
		go worker(i)
	}
	s := int32(0)
	for i := int32(0); i < n; i++ {
		s += <-ch
	}
	return s
}

func worker(v int32) { ch <- v }

func main() {}
`);
await openCallsList(page);
await page.fill('[data-testid=calls]', Array(12).fill('spawn 2000').join('\n'));
await page.click('[data-testid=tab-timeline]');
const t0 = Date.now();
await page.click('[data-testid=trace-calls]');
await page.waitForTimeout(8000);
console.log(await page.textContent('.tl-panel'));
await page.click('[data-testid=tab-console]');
console.log((await page.$$eval('[data-testid=console] .line', (ls) => ls.map((l) => l.textContent))).slice(0, 20));
console.log(page.errors);
await env.done();
