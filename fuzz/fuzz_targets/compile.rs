//! `compile` must never panic, whatever the input, and every module it emits must validate.
#![no_main]

use compiler_core::{compile, Generics, Mode, Options, Schedule, SourceFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the options, the rest is the source.
    let Some((&flags, src)) = data.split_first() else { return };
    let options = Options {
        mode: if flags & 1 == 0 { Mode::Reactor } else { Mode::Command },
        schedule: if flags & 2 == 0 { Schedule::Seed } else { Schedule::Go },
        step_budget: (flags & 4 != 0).then_some(1000),
        trace: flags & 8 != 0,
        names: flags & 16 != 0,
        generics: if flags & 32 == 0 { Generics::Shape } else { Generics::Mono },
        ..Options::default()
    };
    let text = String::from_utf8_lossy(src).into_owned();
    let out = compile(&[SourceFile { name: "main.go".into(), text }], &options);
    if let Some(module) = out.module {
        if let Err(e) = wasmparser::Validator::new().validate_all(&module) {
            panic!("invalid module: {e}");
        }
    }
});
