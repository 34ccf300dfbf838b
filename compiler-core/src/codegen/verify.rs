//! A check before encoding: every operator gets operands of the type it names. The type
//! checker makes a mismatch impossible; should one slip through (as `0.5 != nil` once did),
//! compilation reports it instead of emitting a module that does not validate.

use crate::ir::{visit_exprs, Expr, FuncRef, Module, ValType};

use super::memo::Summary;

/// The first operator of function `i` with an operand of another type, as `main.main: F64
/// operator on an I32 operand`.
pub(super) fn operand_mismatch(m: &Module, i: usize) -> Option<String> {
    let f = &m.funcs[i];
    let mut found = None;
    visit_exprs(&f.body, &mut |e| {
        let (t, x, y) = match e {
            Expr::Bin(_, t, xy) => (*t, &xy[0], Some(&xy[1])),
            Expr::Un(_, t, x) => (*t, &**x, None),
            _ => return,
        };
        for o in std::iter::once(x).chain(y) {
            let ot = m.type_of(i, o);
            if ot != t && found.is_none() {
                found = Some(format!("{}: {t:?} operator on an {ot:?} operand", f.name));
            }
        }
    });
    found
}

/// What the check reads of the module besides the function's own signature, locals and
/// body: the first result of each function it calls and the type of each global it uses,
/// so a memoized body checked once is checked again only when one of these changed.
pub(super) fn reads<'a>(m: &'a Module, s: &'a Summary) -> impl Iterator<Item = ValType> + 'a {
    let first = |r: Option<&[ValType]>| r.and_then(|r| r.first().copied()).unwrap_or(ValType::I32);
    let calls = s.calls.iter().map(move |c| match c {
        FuncRef::Func(i) => first(m.funcs.get(*i as usize).map(|f| &f.results[..])),
        FuncRef::Import(i) => first(m.imports.get(*i as usize).map(|f| &f.results[..])),
    });
    calls.chain(s.globals.iter().map(move |g| m.globals.get(*g as usize).map_or(ValType::I32, |g| g.ty)))
}
