//! IR operators as Wasm instructions: stores, unary and binary operators, conversions.

use crate::ir::{BinOp, Conv, Mem, UnOp, ValType};

use super::ins::{Instruction as I, MemArg};

/// A store of `m` at `offset` from the address operand.
pub fn store_ins(m: Mem, offset: u64) -> I {
    let arg = |align: u32| MemArg { offset, align };
    match m {
        Mem::I32 => I::I32Store(arg(2)),
        Mem::I64 => I::I64Store(arg(3)),
        Mem::F32 => I::F32Store(arg(2)),
        Mem::F64 => I::F64Store(arg(3)),
        Mem::I32_8S | Mem::I32_8U => I::I32Store8(arg(0)),
        Mem::I32_16S | Mem::I32_16U => I::I32Store16(arg(1)),
    }
}

pub fn unop(op: UnOp, t: ValType) -> I {
    use ValType::*;
    match (op, t) {
        (UnOp::Eqz, I64) => I::I64Eqz,
        (UnOp::Eqz, _) => I::I32Eqz,
        (UnOp::Neg, F32) => I::F32Neg,
        (UnOp::Neg, _) => I::F64Neg,
        (UnOp::Extend8S, I64) => I::I64Extend8S,
        (UnOp::Extend8S, _) => I::I32Extend8S,
        (UnOp::Extend16S, I64) => I::I64Extend16S,
        (UnOp::Extend16S, _) => I::I32Extend16S,
        (UnOp::Extend32S, _) => I::I64Extend32S,
        (UnOp::Sqrt, F32) => I::F32Sqrt,
        (UnOp::Sqrt, _) => I::F64Sqrt,
        (UnOp::Floor, F32) => I::F32Floor,
        (UnOp::Floor, _) => I::F64Floor,
        (UnOp::Ceil, F32) => I::F32Ceil,
        (UnOp::Ceil, _) => I::F64Ceil,
        (UnOp::Trunc, F32) => I::F32Trunc,
        (UnOp::Trunc, _) => I::F64Trunc,
        (UnOp::Nearest, F32) => I::F32Nearest,
        (UnOp::Nearest, _) => I::F64Nearest,
        (UnOp::Abs, F32) => I::F32Abs,
        (UnOp::Abs, _) => I::F64Abs,
        (UnOp::Clz, I64) => I::I64Clz,
        (UnOp::Clz, _) => I::I32Clz,
        (UnOp::Ctz, I64) => I::I64Ctz,
        (UnOp::Ctz, _) => I::I32Ctz,
        (UnOp::Popcnt, I64) => I::I64Popcnt,
        (UnOp::Popcnt, _) => I::I32Popcnt,
    }
}

pub fn binop(op: BinOp, t: ValType) -> I {
    use BinOp::*;
    match t {
        ValType::I32 => match op {
            Add => I::I32Add,
            Sub => I::I32Sub,
            Mul => I::I32Mul,
            DivS => I::I32DivS,
            DivU => I::I32DivU,
            RemS => I::I32RemS,
            RemU => I::I32RemU,
            And => I::I32And,
            Or => I::I32Or,
            Xor => I::I32Xor,
            Shl => I::I32Shl,
            ShrS => I::I32ShrS,
            ShrU => I::I32ShrU,
            Eq => I::I32Eq,
            Ne => I::I32Ne,
            LtS => I::I32LtS,
            LtU => I::I32LtU,
            GtS => I::I32GtS,
            GtU => I::I32GtU,
            LeS => I::I32LeS,
            LeU => I::I32LeU,
            GeS => I::I32GeS,
            GeU | Min | Max | Copysign => I::I32GeU,
        },
        ValType::I64 => match op {
            Add => I::I64Add,
            Sub => I::I64Sub,
            Mul => I::I64Mul,
            DivS => I::I64DivS,
            DivU => I::I64DivU,
            RemS => I::I64RemS,
            RemU => I::I64RemU,
            And => I::I64And,
            Or => I::I64Or,
            Xor => I::I64Xor,
            Shl => I::I64Shl,
            ShrS => I::I64ShrS,
            ShrU => I::I64ShrU,
            Eq => I::I64Eq,
            Ne => I::I64Ne,
            LtS => I::I64LtS,
            LtU => I::I64LtU,
            GtS => I::I64GtS,
            GtU => I::I64GtU,
            LeS => I::I64LeS,
            LeU => I::I64LeU,
            GeS => I::I64GeS,
            GeU | Min | Max | Copysign => I::I64GeU,
        },
        ValType::F32 => match op {
            Add => I::F32Add,
            Sub => I::F32Sub,
            Mul => I::F32Mul,
            Eq => I::F32Eq,
            Ne => I::F32Ne,
            LtS | LtU => I::F32Lt,
            GtS | GtU => I::F32Gt,
            LeS | LeU => I::F32Le,
            GeS | GeU => I::F32Ge,
            Min => I::F32Min,
            Max => I::F32Max,
            Copysign => I::F32Copysign,
            _ => I::F32Div,
        },
        ValType::F64 => match op {
            Add => I::F64Add,
            Sub => I::F64Sub,
            Mul => I::F64Mul,
            Eq => I::F64Eq,
            Ne => I::F64Ne,
            LtS | LtU => I::F64Lt,
            GtS | GtU => I::F64Gt,
            LeS | LeU => I::F64Le,
            GeS | GeU => I::F64Ge,
            Min => I::F64Min,
            Max => I::F64Max,
            Copysign => I::F64Copysign,
            _ => I::F64Div,
        },
    }
}

pub fn conv(c: Conv) -> I {
    use ValType::*;
    match c {
        Conv::I32WrapI64 => I::I32WrapI64,
        Conv::I64ExtendI32S => I::I64ExtendI32S,
        Conv::I64ExtendI32U => I::I64ExtendI32U,
        Conv::F32DemoteF64 => I::F32DemoteF64,
        Conv::F64PromoteF32 => I::F64PromoteF32,
        Conv::I32ReinterpretF32 => I::I32ReinterpretF32,
        Conv::I64ReinterpretF64 => I::I64ReinterpretF64,
        Conv::F32ReinterpretI32 => I::F32ReinterpretI32,
        Conv::F64ReinterpretI64 => I::F64ReinterpretI64,
        Conv::TruncSat { to, from, signed } => match (to, from, signed) {
            (I32, F32, true) => I::I32TruncSatF32S,
            (I32, F32, false) => I::I32TruncSatF32U,
            (I32, _, true) => I::I32TruncSatF64S,
            (I32, _, false) => I::I32TruncSatF64U,
            (_, F32, true) => I::I64TruncSatF32S,
            (_, F32, false) => I::I64TruncSatF32U,
            (_, _, true) => I::I64TruncSatF64S,
            (_, _, false) => I::I64TruncSatF64U,
        },
        Conv::Convert { to, from, signed } => match (to, from, signed) {
            (F32, I32, true) => I::F32ConvertI32S,
            (F32, I32, false) => I::F32ConvertI32U,
            (F32, _, true) => I::F32ConvertI64S,
            (F32, _, false) => I::F32ConvertI64U,
            (_, I32, true) => I::F64ConvertI32S,
            (_, I32, false) => I::F64ConvertI32U,
            (_, _, true) => I::F64ConvertI64S,
            (_, _, false) => I::F64ConvertI64U,
        },
    }
}
