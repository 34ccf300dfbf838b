//! Go programs generated for compile-time measurements: the 10,000-line scalar program of
//! compiler-core's `compile` benchmark and its `compile_loop` example.

/// One function of the generated program: 25 lines of integer and float arithmetic, a loop,
/// if/else, a switch and a call of the previous function.
fn scalar_func(i: usize) -> String {
    let prev = if i == 0 { "int64(a)".to_string() } else { format!("f{}(a-1, y)", i - 1) };
    format!(
        "func f{i}(a int32, b int64) int64 {{
	x := int64(a) * {k}
	y := b ^ {k2}
	for j := int32(0); j < a%8; j++ {{
		x += int64(j) << 2
		if x > {big} {{
			x -= y
		}} else {{
			y += x & 0xff
		}}
	}}
	switch a % 4 {{
	case 0:
		x = x + y
	case 1:
		x = x - y
	default:
		x = x / 7
	}}
	var u uint32 = uint32(x)
	u = u>>3 | u<<29
	f := float64(u)*1.5 + {fl}
	if f > 1e9 && a > 0 {{
		x += {prev}
	}}
	return x + y
}}
",
        k = i % 97 + 3,
        k2 = i * 7919 % 65536,
        big = 1_000_000 + i,
        fl = i as f64 / 8.0,
    )
}

/// `package main` with an export and main, then functions up to 10,000 lines.
pub fn scalar_program(lines: usize) -> String {
    let mut src = String::from("package main\n\n");
    let mut n = 0;
    let mut funcs = String::new();
    // Lines counted as they are added: counting the text so far each time made generating
    // the program cost more than compiling it.
    let mut count = src.lines().count();
    while count + 12 < lines {
        let f = scalar_func(n);
        count += f.lines().count() + 1;
        funcs.push_str(&f);
        funcs.push('\n');
        n += 1;
    }
    src.push_str(&format!("//go:wasmexport run\nfunc run(a int32, b int64) int64 {{\n\treturn f{}(a, b)\n}}\n\n", n - 1));
    src.push_str("func main() {\n\tprintln(run(9, 12345))\n}\n\n");
    src.push_str(&funcs);
    src
}
