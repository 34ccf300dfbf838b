//! Standard input and arguments as a WASI command sees them: `fd_read` on fd 0 returns the
//! bytes given to `Host::set_stdin` in order, then 0 bytes (EOF); other descriptors are not
//! readable; `args_get` gives `["main.wasm"]`, as gc's wasip1 port run by a WASI runtime sees.

use host_shim::native::NativeRunner;
use host_shim::{Event, Host};

/// `_start` copies fd `FD` to stdout 5 bytes at a time (two iovecs of 3 and 2 bytes) until a
/// read returns 0 bytes or an errno, which it writes to stderr as one byte.
fn echo(fd: u32) -> Vec<u8> {
    let wat = format!(
        r#"(module
          (import "wasi_snapshot_preview1" "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
          (memory (export "memory") 1)
          ;; iovecs for reading at 0: (100, 3), (103, 2); for writing at 16: (100, n)
          (data (i32.const 0) "\64\00\00\00\03\00\00\00\67\00\00\00\02\00\00\00")
          (func (export "_start") (local $errno i32)
            (loop $more
              (local.set $errno (call $read (i32.const {fd}) (i32.const 0) (i32.const 2) (i32.const 32)))
              (if (local.get $errno)
                (then
                  (i32.store8 (i32.const 200) (local.get $errno))
                  (i32.store (i32.const 16) (i32.const 200))
                  (i32.store (i32.const 20) (i32.const 1))
                  (drop (call $write (i32.const 2) (i32.const 16) (i32.const 1) (i32.const 40)))
                  (return)))
              (if (i32.eqz (i32.load (i32.const 32))) (then (return)))
              (i32.store (i32.const 16) (i32.const 100))
              (i32.store (i32.const 20) (i32.load (i32.const 32)))
              (drop (call $write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 40)))
              (br $more))))"#
    );
    wat::parse_str(wat).unwrap()
}

fn run(module: &[u8], stdin: Option<&[u8]>) -> Vec<Event> {
    let mut host = Host::default();
    if let Some(bytes) = stdin {
        host.set_stdin(bytes.to_vec());
    }
    let mut runner = NativeRunner::new(module, host).unwrap();
    runner.start().unwrap();
    runner.host().drain()
}

#[test]
fn stdin_is_read_in_order_then_ends() {
    let events = run(&echo(0), Some("héllo, 世界\n".as_bytes()));
    let out: Vec<u8> = events.iter().flat_map(|e| match e {
        Event::Stdout(b) => b.clone(),
        e => panic!("unexpected {e:?}"),
    }).collect();
    assert_eq!(String::from_utf8(out).unwrap(), "héllo, 世界\n");
    // Each read fills both iovecs while input lasts: 5 bytes at a time.
    assert_eq!(events.len(), "héllo, 世界\n".len().div_ceil(5));
}

#[test]
fn without_stdin_the_first_read_is_eof() {
    assert_eq!(run(&echo(0), None), []);
}

#[test]
fn output_streams_are_not_readable() {
    // EBADF (8), as WASI runtimes answer for a descriptor without the read right.
    assert_eq!(run(&echo(1), Some(b"x")), [Event::Stderr(vec![8])]);
}

#[test]
fn args_are_the_program_name() {
    let wat = r#"(module
      (import "wasi_snapshot_preview1" "args_sizes_get" (func $sizes (param i32 i32) (result i32)))
      (import "wasi_snapshot_preview1" "args_get" (func $get (param i32 i32) (result i32)))
      (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
      (memory (export "memory") 1)
      (func (export "_start")
        (drop (call $sizes (i32.const 0) (i32.const 4)))
        (drop (call $get (i32.const 8) (i32.const 100)))
        ;; write argc as one byte, then the argument buffer
        (i32.store8 (i32.const 99) (i32.load (i32.const 0)))
        (i32.store (i32.const 16) (i32.const 99))
        (i32.store (i32.const 20) (i32.add (i32.load (i32.const 4)) (i32.const 1)))
        (drop (call $write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 40)))))"#;
    let events = run(&wat::parse_str(wat).unwrap(), None);
    assert_eq!(events, [Event::Stdout(b"\x01main.wasm\0".to_vec())]);
}
