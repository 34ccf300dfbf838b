//! A module is one thread: an export called from inside an import while another export
//! runs must be reported, never run a second scheduler over the same heap. The host here
//! (wasmi directly) calls back into the module from its import.

use compiler_core::{compile, Options, SourceFile};
use wasmi::{Caller, Engine, Extern, Linker, Module, Store};

const SRC: &str = r#"package main

//go:wasmimport env callback
func callback()

//go:wasmexport outer
func outer() {
	go func() {}()
	callback()
}

//go:wasmexport inner
func inner() {}

func main() {}
"#;

#[test]
fn reentrant_export_call_is_a_clear_fatal_error() {
    let out = compile(&[SourceFile { name: "main.go".into(), text: SRC.into() }], &Options::default());
    let bytes = out.module.expect("compiles");
    let engine = Engine::default();
    let module = Module::new(&engine, &bytes[..]).expect("valid module");
    let mut store = Store::new(&engine, Vec::<u8>::new());
    let mut linker = <Linker<Vec<u8>>>::new(&engine);
    linker
        .func_wrap("env", "callback", |mut caller: Caller<'_, Vec<u8>>| -> Result<(), wasmi::Error> {
            let inner = caller.get_export("inner").and_then(Extern::into_func).expect("inner");
            inner.call(&mut caller, &[], &mut [])
        })
        .unwrap();
    linker
        .func_wrap("wasi_snapshot_preview1", "fd_write", |mut caller: Caller<'_, Vec<u8>>, _fd: i32, iovs: i32, n: i32, nw: i32| -> i32 {
            let mem = caller.get_export("memory").and_then(Extern::into_memory).expect("memory");
            let mut text = Vec::new();
            for i in 0..n as usize {
                let mut iov = [0u8; 8];
                mem.read(&caller, iovs as usize + 8 * i, &mut iov).unwrap();
                let ptr = u32::from_le_bytes(iov[..4].try_into().unwrap()) as usize;
                let len = u32::from_le_bytes(iov[4..].try_into().unwrap()) as usize;
                let mut buf = vec![0u8; len];
                mem.read(&caller, ptr, &mut buf).unwrap();
                text.extend(buf);
            }
            mem.write(&mut caller, nw as usize, &(text.len() as u32).to_le_bytes()).unwrap();
            caller.data_mut().extend(text);
            0
        })
        .unwrap();
    linker
        .func_wrap("wasi_snapshot_preview1", "proc_exit", |code: i32| -> Result<(), wasmi::Error> { Err(wasmi::Error::i32_exit(code)) })
        .unwrap();
    let instance = linker.instantiate_and_start(&mut store, &module).expect("instantiates");
    let init = instance.get_func(&store, "_initialize").expect("_initialize");
    init.call(&mut store, &[], &mut []).expect("initializes");
    let outer = instance.get_func(&store, "outer").expect("outer");
    let err = outer.call(&mut store, &[], &mut []).expect_err("the re-entrant call ends the program");
    assert_eq!(err.i32_exit_status(), Some(2));
    let text = String::from_utf8_lossy(store.data()).into_owned();
    assert_eq!(text, "fatal error: re-entrant export call\n");
}
