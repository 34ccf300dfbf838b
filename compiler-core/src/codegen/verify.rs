//! A check before encoding: every operator gets operands of the type it names. The type
//! checker makes a mismatch impossible; should one slip through (as `0.5 != nil` once did),
//! compilation reports it instead of emitting a module that does not validate.

use crate::ir::{visit_exprs, Expr, Module};

/// The first operator with an operand of another type, as `main.main: F64 operator on an
/// I32 operand`.
pub fn operand_mismatch(m: &Module) -> Option<String> {
    for (i, f) in m.funcs.iter().enumerate() {
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
        if found.is_some() {
            return found;
        }
    }
    None
}
