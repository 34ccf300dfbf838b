//! The course the lessons menu offers: `lessons/NAME.md` files, fetched when opened.

/// A lesson of the course.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Its file's name without `.md`; `#lesson=NAME` opens it.
    pub name: &'static str,
    pub title: &'static str,
}

/// The course, in order.
pub const COURSE: &[Entry] = &[
    Entry { name: "scalars", title: "1. Scalars and the ABI" },
    Entry { name: "strings", title: "2. Strings: a pointer and a length" },
    Entry { name: "imports", title: "3. Host imports" },
    Entry { name: "goroutines", title: "4. Goroutines inside exports" },
    Entry { name: "scheduling", title: "5. seed and go scheduling" },
    Entry { name: "deadlocks", title: "6. Deadlocks" },
];

pub fn find(name: &str) -> Option<&'static Entry> {
    COURSE.iter().find(|e| e.name == name)
}
