//! The ten symbols the `parse_symbol` bench (`benches/vntext.rs`) and the instruction-count
//! example (`examples/symbols.rs`) both parse: one list, so their figures stay comparable.

pub const SYMBOLS: &[&str] = &[
    "152-KH/QU",
    "Số: 01/CT-UBND",
    "123/2020/NĐ-CP",
    "12/UBND-VX",
    "45/2019/QH14",
    "09 -KH/DU",
    "101/QĐ-TTG",
    "2231/SNV-CCHC&PC",
    "367-QĐ/TWĐTN-VP",
    "16 - HD/BTCTW",
];
