//! The syntax tree of one Go source file: the whole Go grammar, generics included.
//! Later stages may reject constructs; the parser never does for grammar Go allows.
//!
//! Every expression carries a `NodeId`, unique within a compilation, so the checker can
//! record types and constant values in side tables instead of mutating the tree.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use crate::diag::Pos;

/// Index of an expression in the checker's side tables.
pub type NodeId = u32;

/// The text of an identifier or literal: a range of the file's text, which all names of a
/// file share, so making, cloning and dropping one allocates nothing. Reads as a `&str`.
#[derive(Clone)]
pub struct Name {
    text: Arc<str>,
    start: u32,
    end: u32,
}

impl Name {
    /// `text[start..end]`; the range must lie on character boundaries of `text`.
    pub fn slice(text: &Arc<str>, start: u32, end: u32) -> Name {
        Name { text: Arc::clone(text), start, end }
    }

    /// The whole text the name is a range of (its file's, for names from the parser), and
    /// where the name starts in it.
    pub fn source(&self) -> (&Arc<str>, u32) {
        (&self.text, self.start)
    }

    pub fn as_str(&self) -> &str {
        self.text.get(self.start as usize..self.end as usize).unwrap_or("")
    }

    /// The text's bytes: comparing them skips `as_str`'s character-boundary checks, and
    /// scope lookups compare names all the time.
    fn bytes(&self) -> &[u8] {
        self.text.as_bytes().get(self.start as usize..self.end as usize).unwrap_or(b"")
    }
}

impl Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name { text: Arc::from(s), start: 0, end: s.len() as u32 }
    }
}

impl From<String> for Name {
    fn from(s: String) -> Name {
        Name::from(s.as_str())
    }
}

impl From<Name> for String {
    fn from(n: Name) -> String {
        n.as_str().to_string()
    }
}

impl Default for Name {
    fn default() -> Name {
        Name::from("")
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Name {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        self.bytes() == other.bytes()
    }
}

impl Eq for Name {}

impl std::hash::Hash for Name {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_str().hash(h)
    }
}

impl PartialOrd for Name {
    fn partial_cmp(&self, other: &Name) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Name {
    fn cmp(&self, other: &Name) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        self.bytes() == other.as_bytes()
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        self.bytes() == other.as_bytes()
    }
}

impl PartialEq<String> for Name {
    fn eq(&self, other: &String) -> bool {
        self.bytes() == other.as_bytes()
    }
}

impl PartialEq<Name> for str {
    fn eq(&self, other: &Name) -> bool {
        self.as_bytes() == other.bytes()
    }
}

impl PartialEq<Name> for &str {
    fn eq(&self, other: &Name) -> bool {
        self.as_bytes() == other.bytes()
    }
}

impl PartialEq<Name> for String {
    fn eq(&self, other: &Name) -> bool {
        self.as_bytes() == other.bytes()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub pos: Pos,
    pub name: Name,
}

/// A `//go:...` comment directly above a declaration (no blank line between).
#[derive(Clone, Debug, PartialEq)]
pub struct Directive {
    /// Position of the `go:` text, just after `//`.
    pub pos: Pos,
    /// The text after `//`, e.g. `go:wasmexport add`.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct File {
    /// Position of the `package` keyword.
    pub pos: Pos,
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    /// Directives not attached to any function declaration (kept for misuse diagnostics).
    pub stray_directives: Vec<Directive>,
    /// Position just past the last byte of the file.
    pub end: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    pub pos: Pos,
    /// `None`, or the explicit name: an identifier, `.` or `_`.
    pub name: Option<Ident>,
    /// The unquoted import path.
    pub path: String,
    pub path_pos: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    Const(Vec<ConstSpec>),
    Var(Vec<VarSpec>),
    Type(Vec<TypeSpec>),
    /// Boxed: declarations inside statements are never functions, and would be this large.
    Func(Box<FuncDecl>),
    /// A declaration the parser could not make sense of (already reported).
    Bad(Pos),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ConstSpec {
    pub pos: Pos,
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// Empty when the spec repeats the previous one's type and values (implicit repetition).
    pub values: Vec<Expr>,
    /// The value of `iota` in this spec: its index within the const group.
    pub iota: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarSpec {
    pub pos: Pos,
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub pos: Pos,
    pub name: Ident,
    pub tparams: Vec<Field>,
    /// `type A = B`.
    pub alias: bool,
    pub ty: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    /// Position of the token after `func`: the receiver's `(` for methods, else the name
    /// (gc reports directive errors here).
    pub pos: Pos,
    pub recv: Option<Field>,
    pub name: Ident,
    pub tparams: Vec<Field>,
    pub ty: FuncType,
    /// `None` for a declaration without body (`//go:wasmimport` functions).
    pub body: Option<Block>,
    pub directives: Vec<Directive>,
}

/// A parameter, result, struct field or type parameter group: `a, b int`, or an embedded
/// field / unnamed parameter when `names` is empty.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub pos: Pos,
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// Struct field tag, unquoted.
    pub tag: Option<String>,
    /// `...T` as the last parameter.
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub pos: Pos,
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LogAnd,
    LogOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinaryOp {
    /// The operator as Go spells it.
    pub fn as_str(self) -> &'static str {
        use BinaryOp::{Add, Sub, Mul, Div, Rem, And, Or, Xor, Shl, Shr, AndNot, LogAnd, LogOr, Eq, Ne, Lt, Le, Gt, Ge};
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LogAnd => "&&",
            LogOr => "||",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
        }
    }

    pub fn is_comparison(self) -> bool {
        use BinaryOp::{Eq, Ne, Lt, Le, Gt, Ge};
        matches!(self, Eq | Ne | Lt | Le | Gt | Ge)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Plus,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T` in constraints
    Tilde,
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Plus => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Xor => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
            UnaryOp::Tilde => "~",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: NodeId,
    /// Where gc reports errors about this expression: its first token, except for binary
    /// expressions (the operator is in `op_pos`).
    pub pos: Pos,
    pub kind: ExprKind,
}

/// One element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

/// An element of an interface type.
#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    Method { name: Ident, ty: FuncType },
    /// An embedded interface, or a type set term / union (`~int | string`), as an expression.
    Embed(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// Something the parser could not make sense of (already reported).
    Bad,
    Ident(Name),
    /// `raw` is the literal as written, quotes included.
    BasicLit { kind: LitKind, raw: Name },
    /// `ty` is `None` for elided types inside another composite literal.
    CompositeLit { ty: Option<Box<Expr>>, elts: Vec<Element>, rbrace: Pos },
    /// Boxed: the largest variant would make every expression node this large.
    FuncLit { ty: Box<FuncType>, body: Box<Block> },
    Paren(Box<Expr>),
    Selector(Box<Expr>, Ident),
    /// `x[i]`, or a generic instantiation `f[T1, T2]`.
    Index(Box<Expr>, Vec<Expr>),
    Slice { x: Box<Expr>, lo: Option<Box<Expr>>, hi: Option<Box<Expr>>, max: Option<Box<Expr>> },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch.
    TypeAssert { x: Box<Expr>, ty: Option<Box<Expr>> },
    /// `ellipsis` is the position of a trailing `...`.
    Call { fun: Box<Expr>, args: Vec<Expr>, ellipsis: Option<Pos>, rparen: Pos },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    /// Both operands in one box: one allocation per binary expression, not two.
    Binary { op: BinaryOp, op_pos: Pos, xy: Box<[Expr; 2]> },
    /// `[N]T`, `[...]T` (`len` is `None`, `dots` true), or `[]T` (`len` None, `dots` false).
    ArrayType { len: Option<Box<Expr>>, dots: bool, elem: Box<Expr> },
    StructType(Vec<Field>),
    FuncType(Box<FuncType>),
    InterfaceType(Vec<InterfaceElem>),
    MapType { key: Box<Expr>, value: Box<Expr> },
    ChanType { dir: ChanDir, elem: Box<Expr> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub lbrace: Pos,
    pub stmts: Vec<Stmt>,
    pub rbrace: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub pos: Pos,
    pub kind: StmtKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`
    Op(BinaryOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

/// `case a, b:` (or `default:` when `exprs` is `None`) with its statements. In a type switch
/// the expressions are types (`nil` included).
#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    pub pos: Pos,
    pub exprs: Option<Vec<Expr>>,
    /// Position of the `:`; a type switch's bound variable is declared here.
    pub colon: Pos,
    pub body: Vec<Stmt>,
}

/// A `select` case: `comm` is a send, a receive expression statement, or an assignment /
/// definition whose right side is a receive; `None` for `default`.
#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    pub pos: Pos,
    pub comm: Option<Box<Stmt>>,
    pub colon: Pos,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Empty,
    Bad,
    /// A const, var or type declaration inside a function.
    Decl(Decl),
    Labeled { label: Ident, stmt: Box<Stmt> },
    Expr(Expr),
    Send { ch: Expr, value: Expr },
    IncDec { x: Expr, inc: bool },
    /// `op_pos` is the position of the assignment operator.
    Assign { lhs: Vec<Expr>, op: AssignOp, op_pos: Pos, rhs: Vec<Expr> },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch { kind: BranchKind, label: Option<Ident> },
    Block(Block),
    /// `els` is a `Block` or another `If`.
    If { init: Option<Box<Stmt>>, cond: Expr, then: Block, els: Option<Box<Stmt>> },
    Switch { init: Option<Box<Stmt>>, tag: Option<Expr>, clauses: Vec<CaseClause>, rbrace: Pos },
    /// `switch bind := x.(type)`; `x` is the operand of `.(type)`.
    TypeSwitch { init: Option<Box<Stmt>>, bind: Option<Ident>, x: Expr, clauses: Vec<CaseClause>, rbrace: Pos },
    Select { clauses: Vec<CommClause>, rbrace: Pos },
    For { init: Option<Box<Stmt>>, cond: Option<Expr>, post: Option<Box<Stmt>>, body: Block },
    /// `for key, value := range x`; `define` for `:=`. Both absent for `for range x`.
    Range { key: Option<Expr>, value: Option<Expr>, define: bool, x: Expr, body: Block },
}
