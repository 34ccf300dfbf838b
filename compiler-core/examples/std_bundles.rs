//! Writes every standard package's bundle into a directory, each under its content-hashed
//! name: the files the playground's worker fetches when a program first imports a package;
//! and, into a second directory, each package's docs bundle, which the worker fetches when
//! a hover first shows that package's doc comments (the site build runs it:
//! `tools/page_std.sh`).
//! Run: `cargo run --release -p compiler-core --example std_bundles -- dist/std dist/std-doc`.

fn main() {
    let (Some(dir), Some(docs)) = (std::env::args().nth(1), std::env::args().nth(2)) else {
        eprintln!("usage: std_bundles DIR DOCS_DIR");
        std::process::exit(2);
    };
    let bundles = compiler_core::std_bundles();
    write(&dir, bundles.iter().map(|(n, t)| (*n, t.as_str())));
    write(&docs, compiler_core::std_doc_bundles());
    println!("{} standard package bundles in {dir}, their docs in {docs}", bundles.len());
}

fn write<'a>(dir: &str, files: impl IntoIterator<Item = (&'a str, &'a str)>) {
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("cannot create {dir}: {e}");
        std::process::exit(1);
    }
    for (name, text) in files {
        let path = std::path::Path::new(dir).join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
    }
}
