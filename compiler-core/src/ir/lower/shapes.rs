//! Generic instances that share one body (`Options::generics`, `Generics::Shape`, the
//! default). The checker monomorphises: each list of type arguments gets an instance of its
//! own, lowered like any function (`types/check/generic.rs`). With `Generics::Mono` each
//! instance keeps its body. With `Generics::Shape`, after the whole-module passes, instances
//! of one declaration (the same name once their type arguments are left out, `main.Sum[...]`,
//! `main.(*List[...]).Push`, their function literals too) whose final code is the same share
//! the body of one of them, and the others are left to dead-code elimination.
//!
//! "The same code" is decided by partition refinement, as identical-code folding does:
//! instances start in one class per declaration and Wasm signature, and a class is split
//! until the bodies of each class are equal once every call and function address of an
//! instance is read as its class. So instances that call each other (`Put` calling `find`)
//! share when their callees do, recursion included. Equal code is the proof that the body
//! depends on nothing of the type arguments but what the code shows: their GC shape (sizes,
//! loads and stores, which values are roots) and the operations the shape decides (`<`, `==`
//! of integers, copies). Whatever depends on more than the shape appears in the code as a
//! constant of its own and keeps the instances apart: a type descriptor (conversion to an
//! interface, type switches and assertions, maps' hashing of T, reflection), a method of T
//! called directly, a different stride. This is gc's GC-shape stenciling without the
//! dictionaries: an instance whose body would need one keeps its own body instead, so no
//! shared body pays for an extra parameter or an indirect call (BENCHMARKS.md, "Generics:
//! instances and GC shapes", has the measurements behind the choice).
//!
//! Panic sites and `runtime.Caller` name an instance as gc does, `main.Sum[...]`
//! (`Lowerer::site`), in both modes, so the text does not keep shared bodies apart.

use std::borrow::Cow;

use crate::fx::{FxNew, HashMap};
use crate::ir::{Body, Expr as E, FuncRef, Reloc, Stmt as S, ValType};

use super::Lowerer;

/// A function's name with its type argument lists printed as gc prints them in
/// tracebacks: `main.Map[int,string].func1` → `main.Map[...].func1`.
pub(super) fn shape_name(name: &str) -> Cow<'_, str> {
    if !name.contains('[') {
        return Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len());
    let mut depth = 0u32;
    for c in name.chars() {
        match c {
            '[' => {
                if depth == 0 {
                    out.push_str("[...]");
                }
                depth += 1;
            }
            ']' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    Cow::Owned(out)
}

/// The key of an instance's first class: its declaration and its Wasm signature and locals.
#[derive(PartialEq, Eq, Hash)]
struct ClassKey {
    name: String,
    file: crate::ir::Name,
    params: Vec<ValType>,
    results: Vec<ValType>,
    locals: Vec<ValType>,
}

impl Lowerer<'_> {
    /// Instances of one declaration whose final bodies are the same share one of them: every
    /// reference to the others (calls, function addresses, table entries) is redirected.
    pub(super) fn share_instances(&mut self) {
        let funcs = &self.m.funcs;
        let mut classes: HashMap<ClassKey, Vec<u32>> = HashMap::new();
        for (i, f) in funcs.iter().enumerate() {
            // The runtime's functions are cached across compilations (`frozen.rs`): left alone.
            if f.body.is_empty() || !f.name.contains('[') || f.name.starts_with("runtime.") {
                continue;
            }
            let key = ClassKey { name: shape_name(&f.name).into_owned(), file: f.file.clone(), params: f.params.to_vec(), results: f.results.to_vec(), locals: f.locals.clone() };
            classes.entry(key).or_default().push(i as u32);
        }
        let mut classes: Vec<Vec<u32>> = classes.into_values().filter(|c| c.len() > 1).collect();
        if classes.is_empty() {
            return;
        }
        // rep[f]: the first function of f's class (f itself when it has none).
        let mut rep: Vec<u32> = (0..funcs.len() as u32).collect();
        let set_reps = |rep: &mut Vec<u32>, classes: &[Vec<u32>]| {
            for c in classes {
                let first = c.iter().copied().min().unwrap_or(0);
                c.iter().for_each(|&f| rep[f as usize] = first);
            }
        };
        set_reps(&mut rep, &classes);
        loop {
            let mut split = false;
            let mut next = Vec::with_capacity(classes.len());
            for c in &classes {
                // Each member's body with its references read as classes; equal ones group.
                let mut groups: Vec<(Body, Vec<u32>)> = Vec::new();
                for &f in c {
                    let mut body = funcs[f as usize].body.clone();
                    if refers(&body, &rep) {
                        redirect_body(&mut body, &rep);
                    }
                    match groups.iter_mut().find(|(b, _)| *b == body) {
                        Some((_, members)) => members.push(f),
                        None => groups.push((body, vec![f])),
                    }
                }
                split |= groups.len() > 1;
                next.extend(groups.into_iter().map(|(_, m)| m).filter(|m| m.len() > 1));
            }
            classes = next;
            rep = (0..funcs.len() as u32).collect();
            set_reps(&mut rep, &classes);
            if !split {
                break;
            }
        }
        if classes.is_empty() {
            return;
        }
        // Bodies that refer to none of the others stay as they are (and shared with the caches).
        let threads = self.m.threads;
        crate::par::each_mut(&mut self.m.funcs, threads, || (), |_, _, f| {
            if refers(&f.body, &rep) {
                redirect_body(&mut f.body, &rep);
            }
        });
        let to = |r: &mut FuncRef| {
            if let FuncRef::Func(i) = r {
                *i = rep[*i as usize];
            }
        };
        for (_, _, r) in &mut self.m.relocs {
            if let Reloc::Func(f) = r {
                to(f);
            }
        }
        self.m.exports.iter_mut().for_each(|(_, f)| to(f));
    }
}

/// Some call or function address in `body` is of a function `f` with `rep[f] != f`.
fn refers(body: &[S], rep: &[u32]) -> bool {
    let mut refers = false;
    crate::ir::visit_exprs(body, &mut |e| refers |= matches!(e, E::Call(FuncRef::Func(i), _) | E::FuncAddr(FuncRef::Func(i)) if rep[*i as usize] != *i));
    refers
}

/// Every call and function address in `body` of a function `f` refers to `rep[f]`.
fn redirect_body(body: &mut [S], rep: &[u32]) {
    fn st(s: &mut S, rep: &[u32]) {
        s.exprs_mut().for_each(|e| ex(e, rep));
        s.bodies_mut().for_each(|s| st(s, rep));
    }
    fn ex(e: &mut E, rep: &[u32]) {
        if let E::Call(FuncRef::Func(i), _) | E::FuncAddr(FuncRef::Func(i)) = e {
            *i = rep[*i as usize];
        }
        if let E::Seq(ss, _) = e {
            ss.iter_mut().for_each(|s| st(s, rep));
        }
        e.children_mut().for_each(|x| ex(x, rep));
    }
    body.iter_mut().for_each(|s| st(s, rep));
}

#[cfg(test)]
mod tests {
    use super::shape_name;

    #[test]
    fn type_arguments_print_as_gc_prints_them() {
        assert_eq!(shape_name("main.Map[int,string].func1"), "main.Map[...].func1");
        assert_eq!(shape_name("main.(*List[map[string][]int]).Push"), "main.(*List[...]).Push");
        assert_eq!(shape_name("main.f"), "main.f");
    }
}
