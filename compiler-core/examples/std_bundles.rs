//! Writes every standard package's bundle into a directory, each under its content-hashed
//! name: the files the playground's worker fetches when a program first imports a package
//! (the site build runs it: `tools/page_std.sh`).
//! Run: `cargo run --release -p compiler-core --example std_bundles -- dist/std`.

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: std_bundles DIR");
        std::process::exit(2);
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot create {dir}: {e}");
        std::process::exit(1);
    }
    let bundles = compiler_core::std_bundles();
    for (name, text) in &bundles {
        let path = std::path::Path::new(&dir).join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
    }
    println!("{} standard package bundles in {dir}", bundles.len());
}
