//! Expressions written as gc writes them in messages.

use crate::syntax::ast::{ChanDir, Expr, ExprKind, Field, FuncType};

/// The expression as gc prints it in messages.
pub(super) fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, 0);
    s
}

fn write_expr(s: &mut String, e: &Expr, depth: u32) {
    if depth > 50 {
        s.push_str("…");
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Bad => s.push_str("BadExpr"),
        ExprKind::Ident(n) => s.push_str(n),
        ExprKind::BasicLit { raw, .. } => s.push_str(raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(s, t, d);
            }
            s.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        // syntax's short form: the signature as written, a non-empty body as `{…}`.
        ExprKind::FuncLit { ty, body } => {
            write_func_type(s, ty, d);
            s.push_str(if body.stmts.is_empty() { " {}" } else { " {…}" });
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x, d);
            s.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(s, x, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index(x, idx) => {
            write_expr(s, x, d);
            s.push('[');
            for (i, a) in idx.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, a, d);
            }
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max } => {
            write_expr(s, x, d);
            s.push('[');
            if let Some(l) = lo {
                write_expr(s, l, d);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(s, h, d);
            }
            if let Some(m) = max {
                s.push(':');
                write_expr(s, m, d);
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(s, x, d);
            s.push_str(".(");
            match ty {
                Some(t) => write_expr(s, t, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call { fun, args, ellipsis, .. } => {
            write_expr(s, fun, d);
            s.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, a, d);
            }
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x, d);
        }
        ExprKind::Unary(op, x) => {
            s.push_str(op.as_str());
            write_expr(s, x, d);
        }
        ExprKind::Binary { op, xy, .. } => {
            let [x, y] = &**xy;
            write_expr(s, x, d);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, y, d);
        }
        ExprKind::ArrayType { len, dots, elem } => {
            s.push('[');
            if let Some(l) = len {
                write_expr(s, l, d);
            } else if *dots {
                s.push_str("...");
            }
            s.push(']');
            write_expr(s, elem, d);
        }
        ExprKind::StructType(_) => s.push_str("struct{…}"),
        ExprKind::FuncType(ft) => write_func_type(s, ft, d),
        ExprKind::InterfaceType(elems) => s.push_str(if elems.is_empty() { "interface{}" } else { "interface{…}" }),
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key, d);
            s.push(']');
            write_expr(s, value, d);
        }
        ExprKind::ChanType { dir, elem } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, elem, d);
        }
    }
}

/// `func(a, b int, c ...string) (n int, err error)`, grouped as written.
fn write_func_type(s: &mut String, ft: &FuncType, depth: u32) {
    s.push_str("func");
    write_fields(s, &ft.params, depth);
    match ft.results.as_slice() {
        [] => {}
        [r] if r.names.is_empty() => {
            s.push(' ');
            write_expr(s, &r.ty, depth);
        }
        rs => {
            s.push(' ');
            write_fields(s, rs, depth);
        }
    }
}

fn write_fields(s: &mut String, fields: &[Field], depth: u32) {
    s.push('(');
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        for (j, n) in f.names.iter().enumerate() {
            s.push_str(if j > 0 { ", " } else { "" });
            s.push_str(n.name.as_str());
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        if f.variadic {
            s.push_str("...");
        }
        write_expr(s, &f.ty, depth);
    }
    s.push(')');
}
