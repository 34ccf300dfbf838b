//! Stage 3: the IR. Go semantics (wrapping of small integers, division checks, shift rules,
//! the export ABI) are lowered here into structured, Wasm-typed statements and expressions;
//! codegen then only has to pick instructions.
//!
//! Architecture Invariant: ir depends on syntax and types, never on codegen or
//! wasm-encoder, and its passes (`resumable`, `unwind`, `inline`, `simplify`) know only the
//! IR (`tests/architecture.rs`). Its statements are structured (blocks, loops, ifs, breaks)
//! so that a later pass can turn a function that may block into a resumable one
//! (`resumable.rs`) without changing how the rest is lowered.

pub mod callgraph;
pub mod checks;
pub mod inline;
pub mod lower;
pub mod resumable;
pub mod shrink;
pub mod simplify;
pub mod unwind;

pub use lower::lower;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValType {
    I32,
    I64,
    F32,
    F64,
}

/// The zero value of a Wasm value type, as an expression.
pub(crate) fn zero(v: ValType) -> Expr {
    match v {
        ValType::I32 => Expr::I32(0),
        ValType::I64 => Expr::I64(0),
        ValType::F32 => Expr::F32(0),
        ValType::F64 => Expr::F64(0),
    }
}

pub type Local = u32;
pub type Label = u32;

/// A function of the module: a lowered Go function or an import.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FuncRef {
    Func(u32),
    Import(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// Signed (or float) division.
    DivS,
    DivU,
    RemS,
    RemU,
    And,
    Or,
    Xor,
    Shl,
    ShrS,
    ShrU,
    Eq,
    Ne,
    /// Signed (or float) comparisons.
    LtS,
    LtU,
    GtS,
    GtU,
    LeS,
    LeU,
    GeS,
    GeU,
    Min,
    Max,
    /// Float: the magnitude of the first operand with the sign of the second.
    Copysign,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Eqz,
    /// Float negation.
    Neg,
    /// Sign-extend the low 8 / 16 / 32 bits in place.
    Extend8S,
    Extend16S,
    Extend32S,
    // Float rounding and magnitude (math's intrinsics): exact IEEE results.
    Sqrt,
    Floor,
    Ceil,
    Trunc,
    Nearest,
    Abs,
    // Bit counts (math/bits' intrinsics).
    Clz,
    Ctz,
    Popcnt,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Conv {
    I32WrapI64,
    I64ExtendI32S,
    I64ExtendI32U,
    /// Saturating float → int conversions, as gc's wasm port uses.
    TruncSat { to: ValType, from: ValType, signed: bool },
    /// Int → float.
    Convert { to: ValType, from: ValType, signed: bool },
    F32DemoteF64,
    F64PromoteF32,
    /// Bit casts between same-sized ints and floats (channel slots hold raw bits).
    I32ReinterpretF32,
    I64ReinterpretF64,
    F32ReinterpretI32,
    F64ReinterpretI64,
}

/// What a load or store moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mem {
    I32,
    I64,
    F32,
    F64,
    I32_8S,
    I32_8U,
    I32_16S,
    I32_16U,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Expr {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    Local(Local),
    Global(u32),
    Un(UnOp, ValType, Box<Expr>),
    /// The two operands share one allocation.
    Bin(BinOp, ValType, Box<[Expr; 2]>),
    Conv(Conv, Box<Expr>),
    Load(Mem, Box<Expr>),
    /// A call; used as an expression only when it returns exactly one value.
    Call(FuncRef, Vec<Expr>),
    /// `cond ? a : b` with both evaluated.
    Select(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `cond ? a : b` evaluating only one side.
    If(ValType, Box<Expr>, Box<Expr>, Box<Expr>),
    /// The address of data segment `n`.
    Data(u32),
    /// Statements, then a value.
    Seq(Vec<Stmt>, Box<Expr>),
    /// A function's index in the module's table (for `CallIndirect`).
    FuncAddr(FuncRef),
    /// Calls the table entry `callee` with signature `(params) -> results`. Used by the scheduler
    /// to enter a goroutine; the may-block analysis does not follow it.
    CallIndirect { sig: Box<Sig>, callee: Box<Expr>, args: Vec<Expr> },
    /// First free byte after the data segments (8-aligned).
    HeapBase,
    /// Memory size in pages.
    MemorySize,
    /// `memory.grow` by the given pages; the old size or -1.
    MemoryGrow(Box<Expr>),
}

/// A signature of `Expr::CallIndirect`, boxed: it would double the size of every expression.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Sig {
    pub params: Vec<ValType>,
    pub results: Vec<ValType>,
}

impl Expr {
    /// `a op b` of type `t`.
    pub fn bin(op: BinOp, t: ValType, a: Expr, b: Expr) -> Expr {
        Expr::Bin(op, t, Box::new([a, b]))
    }

    /// `CallIndirect` of `callee` with signature `(params) -> results`.
    pub fn indirect(params: Vec<ValType>, results: Vec<ValType>, callee: Expr, args: Vec<Expr>) -> Expr {
        Expr::CallIndirect { sig: Box::new(Sig { params, results }), callee: Box::new(callee), args }
    }
}

/// Defines `Expr::each_child` and `each_child_mut`, which differ only in the borrow they take.
macro_rules! each_child {
    ($(#[$doc:meta])* $name:ident, ($($ref:tt)+), $iter:ident) => {
        $(#[$doc])*
        #[inline]
        pub fn $name(self: $($ref)+ Self, mut f: impl FnMut($($ref)+ Expr)) {
            match self {
                Expr::Un(_, _, x) | Expr::Conv(_, x) | Expr::Load(_, x) | Expr::MemoryGrow(x) | Expr::Seq(_, x) => f(x),
                Expr::Bin(_, _, xy) => {
                    let [x, y] = $($ref)+ **xy;
                    f(x);
                    f(y);
                }
                Expr::Select(x, y, z) | Expr::If(_, x, y, z) => {
                    f(x);
                    f(y);
                    f(z);
                }
                Expr::Call(_, args) => args.$iter().for_each(f),
                Expr::CallIndirect { callee, args, .. } => {
                    args.$iter().for_each(&mut f);
                    f(callee);
                }
                _ => {}
            }
        }
    };
}

impl Expr {
    /// The expressions directly inside this one, in Wasm's evaluation order. A `Seq`'s
    /// statements come before its value but are not among them: walkers visit those with
    /// their statement walker.
    pub fn children(&self) -> impl Iterator<Item = &Expr> {
        let (list, boxed): (&[Expr], [Option<&Expr>; 3]) = match self {
            Expr::Un(_, _, x) | Expr::Conv(_, x) | Expr::Load(_, x) | Expr::MemoryGrow(x) | Expr::Seq(_, x) => (&[], [Some(x), None, None]),
            Expr::Bin(_, _, xy) => (&xy[..], [None, None, None]),
            Expr::Select(x, y, z) | Expr::If(_, x, y, z) => (&[], [Some(x), Some(y), Some(z)]),
            Expr::Call(_, args) => (args, [None, None, None]),
            Expr::CallIndirect { callee, args, .. } => (args, [Some(callee), None, None]),
            _ => (&[], [None, None, None]),
        };
        list.iter().chain(boxed.into_iter().flatten())
    }

    /// [`Expr::children`], mutable.
    pub fn children_mut(&mut self) -> impl Iterator<Item = &mut Expr> {
        let (list, boxed): (&mut [Expr], [Option<&mut Expr>; 3]) = match self {
            Expr::Un(_, _, x) | Expr::Conv(_, x) | Expr::Load(_, x) | Expr::MemoryGrow(x) | Expr::Seq(_, x) => (&mut [], [Some(x), None, None]),
            Expr::Bin(_, _, xy) => (&mut xy[..], [None, None, None]),
            Expr::Select(x, y, z) | Expr::If(_, x, y, z) => (&mut [], [Some(x), Some(y), Some(z)]),
            Expr::Call(_, args) => (args, [None, None, None]),
            Expr::CallIndirect { callee, args, .. } => (args, [Some(callee), None, None]),
            _ => (&mut [], [None, None, None]),
        };
        list.iter_mut().chain(boxed.into_iter().flatten())
    }

    each_child!(
        /// Calls `f` on each of [`Expr::children`], in order: hot walks use it as it builds no
        /// iterator.
        each_child, (&), iter
    );
    each_child!(
        /// [`Expr::each_child`], mutable.
        each_child_mut, (&mut), iter_mut
    );
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Stmt {
    Set(Local, Expr),
    SetGlobal(u32, Expr),
    /// Stores each result of a multi-value call.
    SetMulti(Vec<Local>, Expr),
    Store(Mem, Expr, Expr),
    /// Evaluates a call and drops all of its results (`n` of them).
    Drop(Expr, usize),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    Block(Label, Vec<Stmt>),
    Loop(Label, Vec<Stmt>),
    Br(Label),
    Return(Vec<Expr>),
    Unreachable,
    /// One step of the step budget (a loop back-edge or a call).
    Tick,
    /// `memory.copy(dst, src, n)`, its operands in one allocation (they would make every
    /// statement larger): [`Stmt::mem_copy`].
    MemCopy(Box<[Expr; 3]>),
    /// `memory.fill(dst, byte, n)`: [`Stmt::mem_fill`].
    MemFill(Box<[Expr; 3]>),
    // GC roots on the shadow stack (runtime/malloc.go). Codegen drops these when the
    // module has no heap, so programs that never allocate pay nothing.
    /// `fp = sp; sp += size`, zeroing the frame's root slots.
    Frame { fp: Local, size: u32 },
    /// `sp = fp + size`: at a statement boundary no temporaries are live.
    FrameReset { fp: Local, size: u32 },
    /// `sp = fp` before returning.
    FramePop(Local),
    /// Mirrors a pointer-holding local into its root slot.
    Root { fp: Local, slot: u32, value: Local },
    /// Mirrors a pointer-holding package variable into its root slot.
    GlobalRoot { slot: u32, value: Expr },
    /// Pushes a returned pointer so it stays a root until the caller's next statement.
    PushRoot(Expr),
    /// `sp` = just above the global root slots.
    StackInit,
    /// Jumps to `labels[index]`, or `default` when out of range.
    BrTable(Vec<Label>, Label, Expr),
    /// The Go source line of the statements that follow (for goroutine dumps); emits nothing.
    Line(u32),
}

/// Defines `Stmt::each_expr` and `each_expr_mut`, which differ only in the borrow they take.
macro_rules! each_expr {
    ($(#[$doc:meta])* $name:ident, ($($ref:tt)+), $iter:ident) => {
        $(#[$doc])*
        #[inline]
        pub fn $name(self: $($ref)+ Self, mut f: impl FnMut($($ref)+ Expr)) {
            match self {
                Stmt::Set(_, e) | Stmt::SetGlobal(_, e) | Stmt::SetMulti(_, e) | Stmt::Drop(e, _) | Stmt::If(e, ..) | Stmt::BrTable(_, _, e) => f(e),
                Stmt::GlobalRoot { value: e, .. } | Stmt::PushRoot(e) => f(e),
                Stmt::Store(_, a, b) => {
                    f(a);
                    f(b);
                }
                Stmt::MemCopy(xyz) | Stmt::MemFill(xyz) => xyz.$iter().for_each(f),
                Stmt::Return(es) => es.$iter().for_each(f),
                _ => {}
            }
        }
    };
}

impl Stmt {
    /// `memory.copy(dst, src, n)`.
    pub fn mem_copy(dst: Expr, src: Expr, n: Expr) -> Stmt {
        Stmt::MemCopy(Box::new([dst, src, n]))
    }

    /// `memory.fill(dst, byte, n)`.
    pub fn mem_fill(dst: Expr, byte: Expr, n: Expr) -> Stmt {
        Stmt::MemFill(Box::new([dst, byte, n]))
    }

    /// The expressions directly in this statement, in evaluation order; those inside nested
    /// statement lists ([`Stmt::bodies`]) are not among them.
    pub fn exprs(&self) -> impl Iterator<Item = &Expr> {
        let (list, fixed): (&[Expr], [Option<&Expr>; 3]) = match self {
            Stmt::Set(_, e) | Stmt::SetGlobal(_, e) | Stmt::SetMulti(_, e) | Stmt::Drop(e, _) | Stmt::If(e, ..) | Stmt::BrTable(_, _, e) => (&[], [Some(e), None, None]),
            Stmt::GlobalRoot { value: e, .. } | Stmt::PushRoot(e) => (&[], [Some(e), None, None]),
            Stmt::Store(_, a, b) => (&[], [Some(a), Some(b), None]),
            Stmt::MemCopy(xyz) | Stmt::MemFill(xyz) => (&xyz[..], [None, None, None]),
            Stmt::Return(es) => (es, [None, None, None]),
            _ => (&[], [None, None, None]),
        };
        list.iter().chain(fixed.into_iter().flatten())
    }

    /// [`Stmt::exprs`], mutable.
    pub fn exprs_mut(&mut self) -> impl Iterator<Item = &mut Expr> {
        let (list, fixed): (&mut [Expr], [Option<&mut Expr>; 3]) = match self {
            Stmt::Set(_, e) | Stmt::SetGlobal(_, e) | Stmt::SetMulti(_, e) | Stmt::Drop(e, _) | Stmt::If(e, ..) | Stmt::BrTable(_, _, e) => (&mut [], [Some(e), None, None]),
            Stmt::GlobalRoot { value: e, .. } | Stmt::PushRoot(e) => (&mut [], [Some(e), None, None]),
            Stmt::Store(_, a, b) => (&mut [], [Some(a), Some(b), None]),
            Stmt::MemCopy(xyz) | Stmt::MemFill(xyz) => (&mut xyz[..], [None, None, None]),
            Stmt::Return(es) => (es, [None, None, None]),
            _ => (&mut [], [None, None, None]),
        };
        list.iter_mut().chain(fixed.into_iter().flatten())
    }

    each_expr!(
        /// Calls `f` on each of [`Stmt::exprs`], in order, without building an iterator.
        each_expr, (&), iter
    );
    each_expr!(
        /// [`Stmt::each_expr`], mutable.
        each_expr_mut, (&mut), iter_mut
    );

    /// Calls `f` on each statement list nested in this one (an `If`'s arms, a `Block`'s or
    /// `Loop`'s body), so that a walk may add or remove statements.
    #[inline]
    pub fn each_body_mut(&mut self, mut f: impl FnMut(&mut Vec<Stmt>)) {
        match self {
            Stmt::If(_, a, b) => {
                f(a);
                f(b);
            }
            Stmt::Block(_, b) | Stmt::Loop(_, b) => f(b),
            _ => {}
        }
    }

    /// The statements nested in this one (an `If`'s arms, a `Block`'s or `Loop`'s body).
    pub fn bodies(&self) -> impl Iterator<Item = &Stmt> {
        let lists: [&[Stmt]; 2] = match self {
            Stmt::If(_, a, b) => [a, b],
            Stmt::Block(_, b) | Stmt::Loop(_, b) => [b, &[]],
            _ => [&[], &[]],
        };
        lists.into_iter().flatten()
    }

    /// [`Stmt::bodies`], mutable.
    pub fn bodies_mut(&mut self) -> impl Iterator<Item = &mut Stmt> {
        let lists: [&mut [Stmt]; 2] = match self {
            Stmt::If(_, a, b) => [a, b],
            Stmt::Block(_, b) | Stmt::Loop(_, b) => [b, &mut []],
            _ => [&mut [], &mut []],
        };
        lists.into_iter().flatten()
    }
}

/// Calls `f` on every expression of statements, nested ones included, in order: an
/// expression before its operands, a statement-expression's statements before its value,
/// a statement's expressions before its nested lists. Builds no iterators: it runs over every
/// lowered function.
pub fn visit_exprs(ss: &[Stmt], f: &mut impl FnMut(&Expr)) {
    for s in ss {
        s.each_expr(|e| visit_expr(e, f));
        match s {
            Stmt::If(_, a, b) => {
                visit_exprs(a, f);
                visit_exprs(b, f);
            }
            Stmt::Block(_, b) | Stmt::Loop(_, b) => visit_exprs(b, f),
            _ => {}
        }
    }
}

/// [`visit_exprs`] of one expression: `e`, then what is inside it.
pub fn visit_expr(e: &Expr, f: &mut impl FnMut(&Expr)) {
    f(e);
    if let Expr::Seq(ss, _) = e {
        visit_exprs(ss, f);
    }
    e.each_child(|c| visit_expr(c, f));
}

/// The largest label used in `ss` (0 when none is): labels above it are free.
pub(crate) fn max_label(ss: &[Stmt]) -> Label {
    let mut m = 0;
    for s in ss {
        match s {
            Stmt::Block(l, b) | Stmt::Loop(l, b) => m = m.max(*l).max(max_label(b)),
            Stmt::If(_, a, b) => m = m.max(max_label(a)).max(max_label(b)),
            _ => {}
        }
        m = m.max(expr_labels(s));
    }
    m
}

/// Labels inside statement-expressions (`Seq`).
fn expr_labels(s: &Stmt) -> Label {
    fn e_max(e: &Expr) -> Label {
        let own = if let Expr::Seq(ss, _) = e { max_label(ss) } else { 0 };
        e.children().map(e_max).fold(own, Label::max)
    }
    s.exprs().map(e_max).max().unwrap_or(0)
}

/// A function's statements, shared with the lowering's caches and codegen's memo until a
/// pass changes them (then copied: `DerefMut` is `Arc::make_mut`). A warm compilation takes
/// most bodies from the caches unchanged; sharing spares copying them in and dropping them
/// after codegen, and an unchanged body compares equal to its memo entry by address.
#[derive(Clone, Debug)]
pub struct Body(std::sync::Arc<Vec<Stmt>>);

impl Default for Body {
    /// The empty body, one for all: taking a body out or clearing one allocates nothing.
    fn default() -> Body {
        static EMPTY: std::sync::OnceLock<Body> = std::sync::OnceLock::new();
        EMPTY.get_or_init(|| Body(std::sync::Arc::new(Vec::new()))).clone()
    }
}

impl std::ops::Deref for Body {
    type Target = Vec<Stmt>;
    fn deref(&self) -> &Vec<Stmt> {
        &self.0
    }
}

impl std::ops::DerefMut for Body {
    fn deref_mut(&mut self) -> &mut Vec<Stmt> {
        std::sync::Arc::make_mut(&mut self.0)
    }
}

impl From<Vec<Stmt>> for Body {
    fn from(v: Vec<Stmt>) -> Body {
        Body(std::sync::Arc::new(v))
    }
}

impl PartialEq for Body {
    fn eq(&self, other: &Body) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }
}

impl Body {
    /// Where the statements are: equal for two bodies that share them.
    pub(crate) fn addr(&self) -> usize {
        std::sync::Arc::as_ptr(&self.0) as usize
    }

    /// The statements, for a caller that owns them: copied only if shared.
    pub fn into_vec(self) -> Vec<Stmt> {
        std::sync::Arc::try_unwrap(self.0).unwrap_or_else(|a| (*a).clone())
    }
}

/// A function's name or file, shared by the copies of its declaration: a warm compilation
/// copies the prelude's declared functions in and drops them after codegen.
pub type Name = std::sync::Arc<str>;

/// A function's parameter or result types, shared as its name is.
pub type Types = std::sync::Arc<[ValType]>;

#[derive(Clone, Debug)]
pub struct Func {
    /// Go's name for tracebacks: `main.div`.
    pub name: Name,
    /// Source file of the function (empty for generated ones), for goroutine dumps.
    pub file: Name,
    pub params: Types,
    pub results: Types,
    /// Locals after the parameters.
    pub locals: Vec<ValType>,
    pub body: Body,
}

impl Func {
    /// Its locals and body taken out, with its signature: a rewrite of one function on a
    /// worker thread (`par.rs`), which reads only other functions' names and signatures.
    pub fn take_code(&mut self) -> Func {
        Func { name: self.name.clone(), file: self.file.clone(), params: self.params.clone(), results: self.results.clone(), locals: std::mem::take(&mut self.locals), body: std::mem::take(&mut self.body) }
    }

    /// Puts back the locals and body of [`Func::take_code`]'s copy.
    pub fn restore_code(&mut self, own: Func) {
        self.locals = own.locals;
        self.body = own.body;
    }

    /// A new local of type `t`, numbered after the parameters and the other locals.
    pub fn new_local(&mut self, t: ValType) -> Local {
        self.locals.push(t);
        (self.params.len() + self.locals.len() - 1) as Local
    }

    /// The type of a parameter or local.
    pub fn local_type(&self, l: Local) -> ValType {
        let l = l as usize;
        if l < self.params.len() {
            self.params[l]
        } else {
            self.locals[l - self.params.len()]
        }
    }
}

#[derive(Clone, Debug)]
pub struct Import {
    pub module: String,
    pub name: String,
    pub params: Vec<ValType>,
    pub results: Vec<ValType>,
}

/// What a word of a data segment holds, patched in by codegen once the layout is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reloc {
    /// The address of another data segment.
    Data(u32),
    /// A function's index in the table (for `CallIndirect`).
    Func(FuncRef),
}

#[derive(Clone, Debug)]
pub struct Global {
    pub ty: ValType,
}

/// A lowered program.
#[derive(Clone, Debug, Default)]
pub struct Module {
    pub funcs: Vec<Func>,
    pub imports: Vec<Import>,
    pub globals: Vec<Global>,
    pub data: Vec<Vec<u8>>,
    /// The segments that are panic-site records (`name\tfile\0`, `ir/lower/mod.rs`' `site`),
    /// in increasing order: codegen stores each file name once for the records sharing it.
    pub sites: Vec<u32>,
    /// Wasm exports besides `memory`: name → function.
    pub exports: Vec<(String, FuncRef)>,
    /// The global holding the remaining step budget, when budgets are on.
    pub budget_global: Option<u32>,
    /// The runtime function called when the budget runs out.
    pub budget_exceeded: Option<FuncRef>,
    /// The runtime's allocator: when it is reachable, the module has a heap and GC roots.
    pub malloc: Option<FuncRef>,
    /// The shadow stack pointer (a runtime global).
    pub sp_global: Option<u32>,
    /// The goroutine frame pointer (a runtime global): resumable functions use it.
    pub gsp_global: Option<u32>,
    pub stack_overflow: Option<FuncRef>,
    /// Root slots for pointer-holding package variables, at the start of the shadow stack.
    pub global_roots: u32,
    /// Functions whose first parameter is a closure object rather than a Go argument.
    pub closures: Vec<u32>,
    /// Words of data segments that hold addresses: (segment, byte offset, what). A live
    /// segment keeps what its words refer to live (type descriptors, method tables).
    pub relocs: Vec<(u32, u32, Reloc)>,
    /// Method tables (segments of (method id, function) pairs): an entry's function is live
    /// only if its id is called (a constant id passed to `dyn_method`, or Error or String).
    pub method_tables: Vec<u32>,
    /// `runtime.ifaceMethod`, through which dynamic calls find a method by id.
    pub dyn_method: Option<FuncRef>,
    /// The runtime's index, slice and nil panics and its `unwinding` flag: codegen sends
    /// the checks that call them through shared functions.
    pub checks: Checks,
    /// Threads the per-function passes and codegen may use (`Options::threads`).
    pub threads: usize,
}

/// The runtime functions and global that bounds and nil checks use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Checks {
    pub panic_index: Option<FuncRef>,
    pub panic_slice: Option<FuncRef>,
    pub panic_nil: Option<FuncRef>,
    pub unwinding: Option<u32>,
}

impl Module {
    /// The functions data words put in the table (method tables' entries).
    pub fn table_funcs(&self) -> impl Iterator<Item = u32> + '_ {
        self.relocs.iter().filter_map(|(_, _, r)| match r {
            Reloc::Func(FuncRef::Func(i)) => Some(*i),
            _ => None,
        })
    }

    /// The values a call leaves (an expression other than a call leaves one).
    pub fn result_types(&self, func: usize, e: &Expr) -> Vec<ValType> {
        match e {
            Expr::Call(FuncRef::Func(i), _) => self.funcs[*i as usize].results.to_vec(),
            Expr::Call(FuncRef::Import(i), _) => self.imports[*i as usize].results.clone(),
            Expr::CallIndirect { sig, .. } => sig.results.clone(),
            e => vec![self.type_of(func, e)],
        }
    }

    /// [`Module::type_of`] for function `func` while its locals are `f`'s (taken out of the
    /// module to be rewritten).
    pub fn type_in(&self, func: usize, f: &Func, e: &Expr) -> ValType {
        match e {
            Expr::Local(l) => f.local_type(*l),
            Expr::Select(_, y, _) => self.type_in(func, f, y),
            Expr::Seq(_, x) => self.type_in(func, f, x),
            e => self.type_of(func, e),
        }
    }

    /// The type of an expression's (first) value in function `func`.
    pub fn type_of(&self, func: usize, e: &Expr) -> ValType {
        use BinOp::{Eq, GeS, GeU, GtS, GtU, LeS, LeU, LtS, LtU, Ne};
        match e {
            Expr::I32(_) | Expr::Data(_) | Expr::FuncAddr(_) | Expr::HeapBase | Expr::MemorySize | Expr::MemoryGrow(_) => ValType::I32,
            Expr::I64(_) => ValType::I64,
            Expr::F32(_) => ValType::F32,
            Expr::F64(_) => ValType::F64,
            Expr::Local(l) => self.funcs[func].local_type(*l),
            Expr::Global(g) => self.globals[*g as usize].ty,
            Expr::Un(UnOp::Eqz, ..) => ValType::I32,
            Expr::Un(_, t, _) => *t,
            Expr::Bin(Eq | Ne | LtS | LtU | GtS | GtU | LeS | LeU | GeS | GeU, ..) => ValType::I32,
            Expr::Bin(_, t, _) => *t,
            Expr::Conv(c, _) => {
                use Conv::{Convert, F32DemoteF64, F32ReinterpretI32, F64PromoteF32, F64ReinterpretI64, I32ReinterpretF32, I32WrapI64, I64ExtendI32S, I64ExtendI32U, I64ReinterpretF64, TruncSat};
                match c {
                    I32WrapI64 | I32ReinterpretF32 => ValType::I32,
                    I64ExtendI32S | I64ExtendI32U | I64ReinterpretF64 => ValType::I64,
                    TruncSat { to, .. } | Convert { to, .. } => *to,
                    F32DemoteF64 | F32ReinterpretI32 => ValType::F32,
                    F64PromoteF32 | F64ReinterpretI64 => ValType::F64,
                }
            }
            Expr::Load(m, _) => match m {
                Mem::I64 => ValType::I64,
                Mem::F32 => ValType::F32,
                Mem::F64 => ValType::F64,
                _ => ValType::I32,
            },
            Expr::Call(..) | Expr::CallIndirect { .. } => self.result_types(func, e).first().copied().unwrap_or(ValType::I32),
            Expr::Select(_, y, _) => self.type_of(func, y),
            Expr::If(t, ..) => *t,
            Expr::Seq(_, x) => self.type_of(func, x),
        }
    }
}
