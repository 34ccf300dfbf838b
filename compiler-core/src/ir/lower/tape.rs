//! What lowering one function read and asked of the module's state, in order: its tape
//! (`Lowerer::tape`). A cached body (`cache.rs`) carries it, and is reused only where
//! lowering it again would give the same body: where the same questions get the same answers
//! (`Lowerer::replays`); then its requests are made again in the same order
//! (`Lowerer::replay`), so strings and descriptors get the data segments and types the
//! method ids and dynamic types a fresh lowering would give them.
//!
//! The answers a body depends on: the method ids of its dynamic calls (ids are given in order
//! of first request over the whole program), whether a type is dynamic (type switches and
//! comma-ok assertions leave out what cannot match, `iface.rs`' `Prune`) and whether the
//! dynamic types are covered by a switch's clauses. Its data segments are numbered by the
//! segments made before, so they are renumbered instead (`DataKey`).

use crate::types::TypeId;

use super::Lowerer;

/// One read or request of the lowering's state.
pub(super) enum Step {
    /// `string_data(bytes)` gave segment `seg`; `site`: a panic-site record's (`site`).
    Str { seg: u32, bytes: Vec<u8>, site: bool },
    /// `type_desc(ty)` (or `dynamic_desc`, when `dynamic`) gave segment `seg`; `key` is the
    /// type's key.
    Desc { seg: u32, ty: TypeId, key: String, dynamic: bool },
    /// `method_id` gave method key `key` the id `id`.
    Method { key: String, id: u32 },
    /// `is_dynamic` answered `yes` for the type with key `key`.
    Dynamic { key: String, yes: bool },
    /// `descs_covered(keys)` answered `yes`.
    Covered { keys: Vec<String>, yes: bool },
}

/// A data segment a cached body refers to, by what it holds: the same in every compilation
/// on a prelude, while its number depends on the segments made before it.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub(super) enum DataKey {
    /// A string's bytes (`Lowerer::string_data`).
    Str(Vec<u8>),
    /// A panic-site record's bytes (`Lowerer::site`).
    Site(Vec<u8>),
    /// A type's descriptor, by the type's key (`Lowerer::type_desc`).
    Desc(String),
}

/// The data segments a tape asked for: (segment then, what it holds), each once.
pub(super) fn data_of(steps: &[Step]) -> Vec<(u32, DataKey)> {
    let mut out: Vec<(u32, DataKey)> = Vec::new();
    for s in steps {
        let (seg, key) = match s {
            Step::Str { seg, bytes, site: false } => (*seg, DataKey::Str(bytes.clone())),
            Step::Str { seg, bytes, site: true } => (*seg, DataKey::Site(bytes.clone())),
            Step::Desc { seg, key, .. } => (*seg, DataKey::Desc(key.clone())),
            _ => continue,
        };
        if !out.iter().any(|(d, _)| *d == seg) {
            out.push((seg, key));
        }
    }
    out
}

impl Lowerer<'_> {
    /// Adds a step to the tape of the function being lowered, if one is kept. A string or
    /// descriptor asked for again adds nothing (asking again changes nothing).
    pub(super) fn record(&mut self, step: Step) {
        let Some(tape) = self.tape.as_mut() else { return };
        let again = match &step {
            Step::Str { seg, .. } => tape.iter().any(|s| matches!(s, Step::Str { seg: d, .. } if d == seg)),
            Step::Desc { seg, dynamic, .. } => tape.iter().any(|s| matches!(s, Step::Desc { seg: d, dynamic: y, .. } if d == seg && (y == dynamic || *y))),
            Step::Method { key, .. } => tape.iter().any(|s| matches!(s, Step::Method { key: k, .. } if k == key)),
            Step::Dynamic { .. } | Step::Covered { .. } => false,
        };
        if !again {
            tape.push(step);
        }
    }

    /// Whether lowering the function of `steps` now would ask the same and get the same
    /// answers: its steps are followed without changing anything, with the dynamic types and
    /// method ids its own earlier requests add.
    pub(super) fn replays(&self, steps: &[Step]) -> bool {
        let reflects = self.reflects();
        let mut descs: Vec<&str> = Vec::new();
        let mut dynamic: Vec<&str> = Vec::new();
        let mut methods: Vec<&str> = Vec::new();
        let is_dynamic = |dynamic: &[&str], key: &str| dynamic.contains(&key) || self.dynamic.iter().any(|k| k == key);
        for s in steps {
            match s {
                Step::Str { .. } => {}
                Step::Desc { key, dynamic: dy, .. } => {
                    if !self.descs.contains_key(key) && !descs.contains(&key.as_str()) {
                        descs.push(key);
                        if reflects && !is_dynamic(&dynamic, key) {
                            dynamic.push(key);
                        }
                    }
                    if *dy && !is_dynamic(&dynamic, key) {
                        dynamic.push(key);
                    }
                }
                Step::Method { key, id } => {
                    let now = match self.known_method_id(key) {
                        Some(id) => id,
                        None => {
                            let i = methods.iter().position(|k| k == key).unwrap_or_else(|| {
                                methods.push(key);
                                methods.len() - 1
                            });
                            (self.method_id_count() + i) as u32
                        }
                    };
                    if now != *id {
                        return false;
                    }
                }
                Step::Dynamic { key, yes } => {
                    if is_dynamic(&dynamic, key) != *yes {
                        return false;
                    }
                }
                Step::Covered { keys, yes } => {
                    let all = self.dynamic.iter().map(String::as_str).chain(dynamic.iter().copied()).all(|k| keys.iter().any(|c| c == k));
                    if all != *yes {
                        return false;
                    }
                }
            }
        }
        true
    }

    /// Makes the requests of `steps` again, in order.
    pub(super) fn replay(&mut self, steps: &[Step]) {
        for s in steps {
            match s {
                Step::Str { bytes, site, .. } => {
                    self.bytes_data(bytes.clone(), *site);
                }
                Step::Desc { ty, dynamic, .. } => {
                    self.desc_of(*ty, *dynamic);
                }
                Step::Method { key, .. } => {
                    self.method_id_of(key);
                }
                Step::Dynamic { .. } | Step::Covered { .. } => {}
            }
        }
    }

    /// The segment that holds `key` now, if any.
    pub(super) fn data_now(&self, key: &DataKey) -> Option<u32> {
        match key {
            DataKey::Str(b) => self.strings.get(b).copied(),
            DataKey::Site(b) => self.site_records.get(b).copied(),
            DataKey::Desc(k) => self.descs.get(k).copied(),
        }
    }

    /// How the data segments of `data` (segment then, contents) are numbered now: (then,
    /// now) where they differ.
    pub(super) fn renumbered(&self, data: &[(u32, DataKey)]) -> Vec<(u32, u32)> {
        data.iter().filter_map(|(d, k)| self.data_now(k).filter(|now| now != d).map(|now| (*d, now))).collect()
    }
}
