//! Source files that are not UTF-8: `gowasm build` reports gc's `invalid UTF-8 encoding`
//! diagnostics. The expected lines are Go 1.27.3's (`GOOS=wasip1 GOARCH=wasm go build`),
//! without its `./` before the file name.

use std::process::Command;

fn build_errors(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("gowasm-sources-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gowasm")).arg("build").arg(&path).arg("-o").arg(dir.join("out.wasm")).output().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(out.status.code(), Some(1));
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn the_first_bad_byte_of_each_line() {
    let src = b"package main\n\nfunc main() {\n\t\xff\xe2\x82\n\t_ = \"a\xffb\"\n\tprintln(1) // \xe2\n}\n";
    let want = "main.go:4:2: invalid UTF-8 encoding\nmain.go:5:8: invalid UTF-8 encoding\nmain.go:6:16: invalid UTF-8 encoding\n";
    assert_eq!(build_errors("main.go", src), want);
}

#[test]
fn the_tenth_ends_the_list() {
    let mut src = b"package main\n\nfunc main() {\n".to_vec();
    for _ in 0..10 {
        src.extend_from_slice(b"\t\xff\n");
    }
    src.extend_from_slice(b"}\n");
    let mut want: String = (4..=13).map(|l| format!("c.go:{l}:2: invalid UTF-8 encoding\n")).collect();
    want.push_str("c.go:13:2: too many errors\n");
    assert_eq!(build_errors("c.go", &src), want);
}
