//! The instructions codegen emits, and their binary encoding. wasm-encoder's
//! `Instruction` covers all of Wasm and its encoder is one large function (about 50 KB in the
//! page's wasm, which the engine compiles and tiers up at load); codegen needs about 160
//! instructions, encoded here by one small match. The sections around the bodies are still
//! wasm-encoder's. A test decodes every variant with wasmparser and compares the names.

use wasm_encoder::{Encode, ValType as W};

/// A load's or store's immediate in memory 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemArg {
    pub offset: u64,
    /// log2 of the alignment.
    pub align: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Empty,
    Result(W),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Instruction {
    Block(BlockType),
    Loop(BlockType),
    If(BlockType),
    BrTable(Vec<u32>, u32),
    CallIndirect { type_index: u32, table_index: u32 },
    MemorySize(u32),
    MemoryGrow(u32),
    MemoryCopy { src_mem: u32, dst_mem: u32 },
    MemoryFill(u32),
    I32Const(i32),
    I64Const(i64),
    /// The bits of the constant.
    F32Const(u32),
    /// The bits of the constant.
    F64Const(u64),
    Br(u32),
    BrIf(u32),
    Call(u32),
    LocalGet(u32),
    LocalSet(u32),
    LocalTee(u32),
    GlobalGet(u32),
    GlobalSet(u32),
    I32Load(MemArg),
    I64Load(MemArg),
    F32Load(MemArg),
    F64Load(MemArg),
    I32Load8S(MemArg),
    I32Load8U(MemArg),
    I32Load16S(MemArg),
    I32Load16U(MemArg),
    I32Store(MemArg),
    I64Store(MemArg),
    F32Store(MemArg),
    F64Store(MemArg),
    I32Store8(MemArg),
    I32Store16(MemArg),
    Unreachable,
    Else,
    End,
    Return,
    Drop,
    Select,
    I32Eqz,
    I32Eq,
    I32Ne,
    I32LtS,
    I32LtU,
    I32GtS,
    I32GtU,
    I32LeS,
    I32LeU,
    I32GeS,
    I32GeU,
    I64Eqz,
    I64Eq,
    I64Ne,
    I64LtS,
    I64LtU,
    I64GtS,
    I64GtU,
    I64LeS,
    I64LeU,
    I64GeS,
    I64GeU,
    F32Eq,
    F32Ne,
    F32Lt,
    F32Gt,
    F32Le,
    F32Ge,
    F64Eq,
    F64Ne,
    F64Lt,
    F64Gt,
    F64Le,
    F64Ge,
    I32Clz,
    I32Ctz,
    I32Popcnt,
    I32Add,
    I32Sub,
    I32Mul,
    I32DivS,
    I32DivU,
    I32RemS,
    I32RemU,
    I32And,
    I32Or,
    I32Xor,
    I32Shl,
    I32ShrS,
    I32ShrU,
    I64Clz,
    I64Ctz,
    I64Popcnt,
    I64Add,
    I64Sub,
    I64Mul,
    I64DivS,
    I64DivU,
    I64RemS,
    I64RemU,
    I64And,
    I64Or,
    I64Xor,
    I64Shl,
    I64ShrS,
    I64ShrU,
    F32Abs,
    F32Neg,
    F32Ceil,
    F32Floor,
    F32Trunc,
    F32Nearest,
    F32Sqrt,
    F32Add,
    F32Sub,
    F32Mul,
    F32Div,
    F32Min,
    F32Max,
    F32Copysign,
    F64Abs,
    F64Neg,
    F64Ceil,
    F64Floor,
    F64Trunc,
    F64Nearest,
    F64Sqrt,
    F64Add,
    F64Sub,
    F64Mul,
    F64Div,
    F64Min,
    F64Max,
    F64Copysign,
    I32WrapI64,
    I64ExtendI32S,
    I64ExtendI32U,
    F32ConvertI32S,
    F32ConvertI32U,
    F32ConvertI64S,
    F32ConvertI64U,
    F32DemoteF64,
    F64ConvertI32S,
    F64ConvertI32U,
    F64ConvertI64S,
    F64ConvertI64U,
    F64PromoteF32,
    I32ReinterpretF32,
    I64ReinterpretF64,
    F32ReinterpretI32,
    F64ReinterpretI64,
    I32Extend8S,
    I32Extend16S,
    I64Extend8S,
    I64Extend16S,
    I64Extend32S,
    I32TruncSatF32S,
    I32TruncSatF32U,
    I32TruncSatF64S,
    I32TruncSatF64U,
    I64TruncSatF32S,
    I64TruncSatF32U,
    I64TruncSatF64S,
    I64TruncSatF64U,
}

/// Appends the encoding of `ins` to `out`.
pub fn encode(ins: &Instruction, out: &mut Vec<u8>) {
    use Instruction as I;
    let op = match *ins {
        I::Br(x) => return op_u32(out, 0x0c, x),
        I::BrIf(x) => return op_u32(out, 0x0d, x),
        I::Call(x) => return op_u32(out, 0x10, x),
        I::LocalGet(x) => return op_u32(out, 0x20, x),
        I::LocalSet(x) => return op_u32(out, 0x21, x),
        I::LocalTee(x) => return op_u32(out, 0x22, x),
        I::GlobalGet(x) => return op_u32(out, 0x23, x),
        I::GlobalSet(x) => return op_u32(out, 0x24, x),
        I::I32Load(m) => return op_mem(out, 0x28, m),
        I::I64Load(m) => return op_mem(out, 0x29, m),
        I::F32Load(m) => return op_mem(out, 0x2a, m),
        I::F64Load(m) => return op_mem(out, 0x2b, m),
        I::I32Load8S(m) => return op_mem(out, 0x2c, m),
        I::I32Load8U(m) => return op_mem(out, 0x2d, m),
        I::I32Load16S(m) => return op_mem(out, 0x2e, m),
        I::I32Load16U(m) => return op_mem(out, 0x2f, m),
        I::I32Store(m) => return op_mem(out, 0x36, m),
        I::I64Store(m) => return op_mem(out, 0x37, m),
        I::F32Store(m) => return op_mem(out, 0x38, m),
        I::F64Store(m) => return op_mem(out, 0x39, m),
        I::I32Store8(m) => return op_mem(out, 0x3a, m),
        I::I32Store16(m) => return op_mem(out, 0x3b, m),
        I::I32Const(v) => {
            out.push(0x41);
            return sleb(out, i64::from(v));
        }
        I::I64Const(v) => {
            out.push(0x42);
            return sleb(out, v);
        }
        I::F32Const(bits) => {
            out.push(0x43);
            return out.extend_from_slice(&bits.to_le_bytes());
        }
        I::F64Const(bits) => {
            out.push(0x44);
            return out.extend_from_slice(&bits.to_le_bytes());
        }
        I::Block(bt) => return op_block(out, 0x02, bt),
        I::Loop(bt) => return op_block(out, 0x03, bt),
        I::If(bt) => return op_block(out, 0x04, bt),
        I::BrTable(ref targets, default) => {
            out.push(0x0e);
            uleb(out, targets.len() as u64);
            targets.iter().for_each(|&t| uleb(out, u64::from(t)));
            return uleb(out, u64::from(default));
        }
        I::CallIndirect { type_index, table_index } => {
            op_u32(out, 0x11, type_index);
            return uleb(out, u64::from(table_index));
        }
        I::MemorySize(m) => return op_u32(out, 0x3f, m),
        I::MemoryGrow(m) => return op_u32(out, 0x40, m),
        I::MemoryCopy { src_mem, dst_mem } => {
            op_fc(out, 10);
            uleb(out, u64::from(dst_mem));
            return uleb(out, u64::from(src_mem));
        }
        I::MemoryFill(m) => {
            op_fc(out, 11);
            return uleb(out, u64::from(m));
        }
        I::I32TruncSatF32S => return op_fc(out, 0),
        I::I32TruncSatF32U => return op_fc(out, 1),
        I::I32TruncSatF64S => return op_fc(out, 2),
        I::I32TruncSatF64U => return op_fc(out, 3),
        I::I64TruncSatF32S => return op_fc(out, 4),
        I::I64TruncSatF32U => return op_fc(out, 5),
        I::I64TruncSatF64S => return op_fc(out, 6),
        I::I64TruncSatF64U => return op_fc(out, 7),
        I::Unreachable => 0x00,
        I::Else => 0x05,
        I::End => 0x0b,
        I::Return => 0x0f,
        I::Drop => 0x1a,
        I::Select => 0x1b,
        I::I32Eqz => 0x45,
        I::I32Eq => 0x46,
        I::I32Ne => 0x47,
        I::I32LtS => 0x48,
        I::I32LtU => 0x49,
        I::I32GtS => 0x4a,
        I::I32GtU => 0x4b,
        I::I32LeS => 0x4c,
        I::I32LeU => 0x4d,
        I::I32GeS => 0x4e,
        I::I32GeU => 0x4f,
        I::I64Eqz => 0x50,
        I::I64Eq => 0x51,
        I::I64Ne => 0x52,
        I::I64LtS => 0x53,
        I::I64LtU => 0x54,
        I::I64GtS => 0x55,
        I::I64GtU => 0x56,
        I::I64LeS => 0x57,
        I::I64LeU => 0x58,
        I::I64GeS => 0x59,
        I::I64GeU => 0x5a,
        I::F32Eq => 0x5b,
        I::F32Ne => 0x5c,
        I::F32Lt => 0x5d,
        I::F32Gt => 0x5e,
        I::F32Le => 0x5f,
        I::F32Ge => 0x60,
        I::F64Eq => 0x61,
        I::F64Ne => 0x62,
        I::F64Lt => 0x63,
        I::F64Gt => 0x64,
        I::F64Le => 0x65,
        I::F64Ge => 0x66,
        I::I32Clz => 0x67,
        I::I32Ctz => 0x68,
        I::I32Popcnt => 0x69,
        I::I32Add => 0x6a,
        I::I32Sub => 0x6b,
        I::I32Mul => 0x6c,
        I::I32DivS => 0x6d,
        I::I32DivU => 0x6e,
        I::I32RemS => 0x6f,
        I::I32RemU => 0x70,
        I::I32And => 0x71,
        I::I32Or => 0x72,
        I::I32Xor => 0x73,
        I::I32Shl => 0x74,
        I::I32ShrS => 0x75,
        I::I32ShrU => 0x76,
        I::I64Clz => 0x79,
        I::I64Ctz => 0x7a,
        I::I64Popcnt => 0x7b,
        I::I64Add => 0x7c,
        I::I64Sub => 0x7d,
        I::I64Mul => 0x7e,
        I::I64DivS => 0x7f,
        I::I64DivU => 0x80,
        I::I64RemS => 0x81,
        I::I64RemU => 0x82,
        I::I64And => 0x83,
        I::I64Or => 0x84,
        I::I64Xor => 0x85,
        I::I64Shl => 0x86,
        I::I64ShrS => 0x87,
        I::I64ShrU => 0x88,
        I::F32Abs => 0x8b,
        I::F32Neg => 0x8c,
        I::F32Ceil => 0x8d,
        I::F32Floor => 0x8e,
        I::F32Trunc => 0x8f,
        I::F32Nearest => 0x90,
        I::F32Sqrt => 0x91,
        I::F32Add => 0x92,
        I::F32Sub => 0x93,
        I::F32Mul => 0x94,
        I::F32Div => 0x95,
        I::F32Min => 0x96,
        I::F32Max => 0x97,
        I::F32Copysign => 0x98,
        I::F64Abs => 0x99,
        I::F64Neg => 0x9a,
        I::F64Ceil => 0x9b,
        I::F64Floor => 0x9c,
        I::F64Trunc => 0x9d,
        I::F64Nearest => 0x9e,
        I::F64Sqrt => 0x9f,
        I::F64Add => 0xa0,
        I::F64Sub => 0xa1,
        I::F64Mul => 0xa2,
        I::F64Div => 0xa3,
        I::F64Min => 0xa4,
        I::F64Max => 0xa5,
        I::F64Copysign => 0xa6,
        I::I32WrapI64 => 0xa7,
        I::I64ExtendI32S => 0xac,
        I::I64ExtendI32U => 0xad,
        I::F32ConvertI32S => 0xb2,
        I::F32ConvertI32U => 0xb3,
        I::F32ConvertI64S => 0xb4,
        I::F32ConvertI64U => 0xb5,
        I::F32DemoteF64 => 0xb6,
        I::F64ConvertI32S => 0xb7,
        I::F64ConvertI32U => 0xb8,
        I::F64ConvertI64S => 0xb9,
        I::F64ConvertI64U => 0xba,
        I::F64PromoteF32 => 0xbb,
        I::I32ReinterpretF32 => 0xbc,
        I::I64ReinterpretF64 => 0xbd,
        I::F32ReinterpretI32 => 0xbe,
        I::F64ReinterpretI64 => 0xbf,
        I::I32Extend8S => 0xc0,
        I::I32Extend16S => 0xc1,
        I::I64Extend8S => 0xc2,
        I::I64Extend16S => 0xc3,
        I::I64Extend32S => 0xc4,
    };
    out.push(op);
}

fn op_u32(out: &mut Vec<u8>, op: u8, x: u32) {
    out.push(op);
    uleb(out, u64::from(x));
}

fn op_mem(out: &mut Vec<u8>, op: u8, m: MemArg) {
    out.push(op);
    uleb(out, u64::from(m.align));
    uleb(out, m.offset);
}

fn op_block(out: &mut Vec<u8>, op: u8, bt: BlockType) {
    out.push(op);
    match bt {
        BlockType::Empty => out.push(0x40),
        BlockType::Result(w) => w.encode(out),
    }
}

/// The 0xfc prefix's instructions: saturating truncations and bulk memory.
fn op_fc(out: &mut Vec<u8>, sub: u8) {
    out.push(0xfc);
    out.push(sub);
}

pub fn uleb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            return out.push(b);
        }
        out.push(b | 0x80);
    }
}

pub fn sleb(out: &mut Vec<u8>, mut v: i64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if (v == 0 && b & 0x40 == 0) || (v == -1 && b & 0x40 != 0) {
            return out.push(b);
        }
        out.push(b | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::{encode, BlockType, Instruction as I, MemArg};

    /// Every variant, decoded by wasmparser: the operator's name is the variant's, and no byte
    /// is left.
    #[test]
    fn every_instruction_decodes_as_itself() {
        let m = MemArg { offset: 300, align: 2 };
        let all = vec![
            I::Block(BlockType::Empty),
            I::Loop(BlockType::Empty),
            I::If(BlockType::Result(wasm_encoder::ValType::I64)),
            I::BrTable(vec![0, 1, 200], 3),
            I::CallIndirect { type_index: 130, table_index: 0 },
            I::MemorySize(0),
            I::MemoryGrow(0),
            I::MemoryCopy { src_mem: 0, dst_mem: 0 },
            I::MemoryFill(0),
            I::I32Const(-70000),
            I::I64Const(1 << 40),
            I::F32Const(1.5f32.to_bits()),
            I::F64Const((-2.25f64).to_bits()),
            I::Br(129),
            I::BrIf(129),
            I::Call(129),
            I::LocalGet(129),
            I::LocalSet(129),
            I::LocalTee(129),
            I::GlobalGet(129),
            I::GlobalSet(129),
            I::I32Load(m),
            I::I64Load(m),
            I::F32Load(m),
            I::F64Load(m),
            I::I32Load8S(m),
            I::I32Load8U(m),
            I::I32Load16S(m),
            I::I32Load16U(m),
            I::I32Store(m),
            I::I64Store(m),
            I::F32Store(m),
            I::F64Store(m),
            I::I32Store8(m),
            I::I32Store16(m),
            I::Unreachable,
            I::Else,
            I::End,
            I::Return,
            I::Drop,
            I::Select,
            I::I32Eqz,
            I::I32Eq,
            I::I32Ne,
            I::I32LtS,
            I::I32LtU,
            I::I32GtS,
            I::I32GtU,
            I::I32LeS,
            I::I32LeU,
            I::I32GeS,
            I::I32GeU,
            I::I64Eqz,
            I::I64Eq,
            I::I64Ne,
            I::I64LtS,
            I::I64LtU,
            I::I64GtS,
            I::I64GtU,
            I::I64LeS,
            I::I64LeU,
            I::I64GeS,
            I::I64GeU,
            I::F32Eq,
            I::F32Ne,
            I::F32Lt,
            I::F32Gt,
            I::F32Le,
            I::F32Ge,
            I::F64Eq,
            I::F64Ne,
            I::F64Lt,
            I::F64Gt,
            I::F64Le,
            I::F64Ge,
            I::I32Clz,
            I::I32Ctz,
            I::I32Popcnt,
            I::I32Add,
            I::I32Sub,
            I::I32Mul,
            I::I32DivS,
            I::I32DivU,
            I::I32RemS,
            I::I32RemU,
            I::I32And,
            I::I32Or,
            I::I32Xor,
            I::I32Shl,
            I::I32ShrS,
            I::I32ShrU,
            I::I64Clz,
            I::I64Ctz,
            I::I64Popcnt,
            I::I64Add,
            I::I64Sub,
            I::I64Mul,
            I::I64DivS,
            I::I64DivU,
            I::I64RemS,
            I::I64RemU,
            I::I64And,
            I::I64Or,
            I::I64Xor,
            I::I64Shl,
            I::I64ShrS,
            I::I64ShrU,
            I::F32Abs,
            I::F32Neg,
            I::F32Ceil,
            I::F32Floor,
            I::F32Trunc,
            I::F32Nearest,
            I::F32Sqrt,
            I::F32Add,
            I::F32Sub,
            I::F32Mul,
            I::F32Div,
            I::F32Min,
            I::F32Max,
            I::F32Copysign,
            I::F64Abs,
            I::F64Neg,
            I::F64Ceil,
            I::F64Floor,
            I::F64Trunc,
            I::F64Nearest,
            I::F64Sqrt,
            I::F64Add,
            I::F64Sub,
            I::F64Mul,
            I::F64Div,
            I::F64Min,
            I::F64Max,
            I::F64Copysign,
            I::I32WrapI64,
            I::I64ExtendI32S,
            I::I64ExtendI32U,
            I::F32ConvertI32S,
            I::F32ConvertI32U,
            I::F32ConvertI64S,
            I::F32ConvertI64U,
            I::F32DemoteF64,
            I::F64ConvertI32S,
            I::F64ConvertI32U,
            I::F64ConvertI64S,
            I::F64ConvertI64U,
            I::F64PromoteF32,
            I::I32ReinterpretF32,
            I::I64ReinterpretF64,
            I::F32ReinterpretI32,
            I::F64ReinterpretI64,
            I::I32Extend8S,
            I::I32Extend16S,
            I::I64Extend8S,
            I::I64Extend16S,
            I::I64Extend32S,
            I::I32TruncSatF32S,
            I::I32TruncSatF32U,
            I::I32TruncSatF64S,
            I::I32TruncSatF64U,
            I::I64TruncSatF32S,
            I::I64TruncSatF32U,
            I::I64TruncSatF64S,
            I::I64TruncSatF64U,
        ];
        for ins in all {
            // Inside an `if`, where `else` and `end` are valid too.
            let mut code = Vec::new();
            encode(&I::If(BlockType::Empty), &mut code);
            encode(&ins, &mut code);
            let mut reader = wasmparser::OperatorsReader::new(wasmparser::BinaryReader::new(&code, 0));
            reader.read().expect("decodes");
            let op = reader.read().expect("decodes");
            assert!(reader.eof(), "{ins:?}: trailing bytes");
            let name = |s: String| s.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default().to_string();
            assert_eq!(name(format!("{op:?}")), name(format!("{ins:?}")), "{ins:?} decodes as {op:?}");
        }
    }
}
