//! The examples menu: copies of `shared/examples` programs (plus `compute`) embedded in the
//! page, each with its calls and one sentence on what it shows.

/// One example program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// Stable name, used in share links and the menu's values.
    pub name: &'static str,
    pub title: &'static str,
    /// What the example shows, in one sentence.
    pub about: &'static str,
    pub code: &'static str,
    /// Export calls, one per line, as in calls.txt.
    pub calls: &'static str,
}

macro_rules! example {
    ($name:literal, $title:literal, $about:literal) => {
        example!($name, $title, $about, include_str!(concat!("../examples/", $name, "/calls.txt")))
    };
    ($name:literal, $title:literal, $about:literal, $calls:expr) => {
        Example { name: $name, title: $title, about: $about, code: include_str!(concat!("../examples/", $name, "/main.go")), calls: $calls }
    };
}

/// Every example, in menu order; the first is the one the page opens on.
pub const EXAMPLES: &[Example] = &[
    example!("actor", "Actor (the proposal)", "The proposal's extension module: start spawns a goroutine that loops over a channel, and each process_a call sends it an event; run it under seed and go scheduling to see the two models differ."),
    example!("hello", "Hello, world", "The smallest useful module: one export that prints a line to stdout."),
    example!("imports", "Host imports", "go:wasmimport functions: host.log_string and host.log_i64 print through the host shim, and env.scale is a stub you can bind to a constant in the Imports table."),
    example!("abi", "Every export type", "Every scalar type go:wasmexport accepts, how it crosses the boundary (bool as i32, uintptr as i32, named float types) and how results print."),
    example!("abi-pointers", "Pointers and strings", "Pointers to structs.HostLayout structs and string parameters, which the host copies into the module's memory."),
    example!("compute", "Compute-heavy", "Tight loops and 64-bit arithmetic on the browser's engine; spin never returns, so the step budget stops it."),
    example!("divzero", "Division by zero", "Go's integer rules at the boundary: MinInt32 / -1 wraps, and dividing by zero panics with gc's message."),
    example!("panic", "A panic", "An index out of range panics with gc's report and exit status 2; later calls need a reset."),
    example!("deadlock", "A deadlock", "wait receives from a channel nobody sends on: every goroutine is asleep, and the runtime reports the deadlock."),
    example!("directive-errors", "Directive errors", "Types go:wasmexport rejects, reported with gc's exact wording, inline and in the list.", ""),
    example!("directive-misuse", "Directive misuse", "Misplaced and malformed directives: all four errors at once, where gc needs three rounds.", ""),
];

/// The example named `name`.
pub fn find(name: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.name == name)
}

/// The example the page opens on.
pub fn first() -> &'static Example {
    &EXAMPLES[0]
}

#[cfg(test)]
mod tests {
    use super::{first, EXAMPLES};

    #[test]
    fn names_are_unique_and_the_page_opens_on_actor() {
        assert_eq!(first().name, "actor");
        for (i, e) in EXAMPLES.iter().enumerate() {
            assert!(EXAMPLES[..i].iter().all(|o| o.name != e.name), "{} twice", e.name);
            assert!(e.code.starts_with("package main"), "{}", e.name);
        }
    }

    #[test]
    fn copies_match_shared_examples() {
        // CI clones the repository beside ../shared; GOWASM_SHARED points elsewhere.
        let shared = std::env::var("GOWASM_SHARED").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared").into());
        assert!(std::path::Path::new(&shared).is_dir(), "{shared} not found: this test compares the copies with the shared examples (clone them beside the repository or set GOWASM_SHARED)");
        for e in EXAMPLES.iter().filter(|e| e.name != "compute") {
            let path = format!("{shared}/examples/{}/main.go", e.name);
            let code = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"));
            assert_eq!(code, e.code, "app/examples/{}/main.go differs from shared/examples", e.name);
        }
    }
}
