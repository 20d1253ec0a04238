//! Document type abbreviations (Hướng dẫn 36-HD/VPTW for Party documents,
//! Nghị định 30/2020/NĐ-CP Phụ lục III for State documents).

/// Canonical abbreviation and Vietnamese name of each document type.
const TYPES: &[(&str, &str)] = &[
    ("NQ", "Nghị quyết"),
    ("QĐ", "Quyết định"),
    ("QĐi", "Quy định"),
    ("QyĐ", "Quy định"),
    ("CT", "Chỉ thị"),
    ("KL", "Kết luận"),
    ("KH", "Kế hoạch"),
    ("HD", "Hướng dẫn"),
    ("TB", "Thông báo"),
    ("BC", "Báo cáo"),
    ("TTr", "Tờ trình"),
    ("CV", "Công văn"),
    ("BS", "Bản sao"),
    ("CTr", "Chương trình"),
    ("ĐA", "Đề án"),
    ("DA", "Dự án"),
    ("QC", "Quy chế"),
    ("TC", "Thông cáo"),
    ("PA", "Phương án"),
    ("BB", "Biên bản"),
    ("HĐ", "Hợp đồng"),
    ("CĐ", "Công điện"),
    ("BGN", "Bản ghi nhớ"),
    ("BTT", "Bản thỏa thuận"),
    ("GUQ", "Giấy ủy quyền"),
    ("GM", "Giấy mời"),
    ("GGT", "Giấy giới thiệu"),
    ("GNP", "Giấy nghỉ phép"),
    ("PG", "Phiếu gửi"),
    ("PC", "Phiếu chuyển"),
    ("PB", "Phiếu báo"),
    ("SY", "Bản sao y"),
    ("TrS", "Bản trích sao"),
    ("SL", "Bản sao lục"),
    ("NĐ", "Nghị định"),
    ("TT", "Thông tư"),
    ("TTLT", "Thông tư liên tịch"),
    ("NQLT", "Nghị quyết liên tịch"),
    ("CTLT", "Chương trình liên tịch"),
    ("KHLT", "Kế hoạch liên tịch"),
    ("HDLT", "Hướng dẫn liên tịch"),
    ("CTHĐ", "Chương trình hành động"),
    ("GCN", "Giấy chứng nhận"),
    ("QĐKT", "Quyết định khen thưởng"),
];

/// Vietnamese name of a document type abbreviation (`"KH"` → `"Kế hoạch"`).
/// Exact spelling is tried first, then a case-insensitive match.
///
/// ```
/// assert_eq!(vntext::type_name_vi("CTr"), Some("Chương trình"));
/// assert_eq!(vntext::type_name_vi("NĐ"), Some("Nghị định"));
/// assert_eq!(vntext::type_name_vi("XYZ"), None);
/// ```
pub fn type_name_vi(abbrev: &str) -> Option<&'static str> {
    TYPES
        .iter()
        .find(|(a, _)| *a == abbrev)
        .or_else(|| canonical_entry(abbrev))
        .map(|(_, n)| *n)
}

fn canonical_entry(abbrev: &str) -> Option<&'static (&'static str, &'static str)> {
    TYPES.iter().find(|(a, _)| eq_ignore_case(a, abbrev))
}

/// Canonical spelling of a type abbreviation written in any case (`"CTR"` → `"CTr"`).
/// The exact spelling is looked for first, then the first match without case.
pub fn canonical_type(abbrev: &str) -> Option<&'static str> {
    match abbrev.as_bytes().first() {
        // An ASCII letter is one ASCII letter in upper case, so only the types whose first
        // letter is the same without case can match, in the table's order.
        Some(b) if b.is_ascii_alphabetic() => {
            let row = &TYPES_BY_LETTER[usize::from(b.to_ascii_uppercase() - b'A')];
            let types = row
                .iter()
                .take_while(|i| **i != NO_TYPE)
                .map(|i| TYPES[usize::from(*i)].0);
            find_type(abbrev, types)
        }
        _ => find_type(abbrev, TYPES.iter().map(|(a, _)| *a)),
    }
}

/// The first of `types` spelled exactly `abbrev`, or else the first equal to it without case.
fn find_type(abbrev: &str, types: impl Iterator<Item = &'static str>) -> Option<&'static str> {
    let mut without_case = None;
    for a in types {
        if a.len() != abbrev.len() {
            continue;
        }
        if a == abbrev {
            return Some(a);
        }
        if without_case.is_none() && eq_ignore_case(a, abbrev) {
            without_case = Some(a);
        }
    }
    without_case
}

/// Ends a row of [`TYPES_BY_LETTER`].
const NO_TYPE: u8 = u8::MAX;

/// For each ASCII letter, the indices in [`TYPES`] of the types that begin with it in either
/// case, in the table's order (`NO_TYPE` after the last).
const TYPES_BY_LETTER: [[u8; 8]; 26] = types_by_letter();

const fn types_by_letter() -> [[u8; 8]; 26] {
    let mut rows = [[NO_TYPE; 8]; 26];
    let mut i = 0;
    while i < TYPES.len() {
        let b = TYPES[i].0.as_bytes()[0].to_ascii_uppercase();
        if b.is_ascii_uppercase() {
            let row = &mut rows[(b - b'A') as usize];
            let mut k = 0;
            // A ninth type of one letter fails the build here.
            while row[k] != NO_TYPE {
                k += 1;
            }
            row[k] = i as u8;
        }
        i += 1;
    }
    rows
}

/// Case-insensitive equality for the short uppercase-ish tokens of symbols.
#[inline]
pub fn eq_ignore_case(a: &str, b: &str) -> bool {
    if a.len() != b.len() {
        return false;
    }
    // The bytes where both are ASCII compared without case: each is one upper-case char, so
    // a difference there is a difference of the upper-case chars, and an equal ASCII prefix
    // leaves the rest to compare (it starts on a char boundary in both).
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < x.len() && x[i].is_ascii() && y[i].is_ascii() {
        if !x[i].eq_ignore_ascii_case(&y[i]) {
            return false;
        }
        i += 1;
    }
    let (a, b) = (&a[i..], &b[i..]);
    a.chars()
        .flat_map(char::to_uppercase)
        .eq(b.chars().flat_map(char::to_uppercase))
}

/// Type abbreviations in which a `D` is really an `Đ` whose stroke was lost (OCR,
/// typing without Vietnamese keyboard). `DA` and `HD` are real types, so not listed.
pub const TYPE_D_FIXES: &[(&str, &str)] = &[("ND", "NĐ"), ("QD", "QĐ"), ("QDI", "QĐi"), ("QYD", "QyĐ"), ("CD", "CĐ")];

/// Issuer tokens in which a `D` is really an `Đ`.
pub const ISSUER_D_FIXES: &[(&str, &str)] = &[
    ("DU", "ĐU"),
    ("DUK", "ĐUK"),
    ("DUQS", "ĐUQS"),
    ("DUCA", "ĐUCA"),
    ("TWDTN", "TWĐTN"),
    ("DTN", "ĐTN"),
    ("HDND", "HĐND"),
    ("BGDDT", "BGDĐT"),
    ("DHQG", "ĐHQG"),
    ("DDBQH", "ĐĐBQH"),
];

// `canonical_issuer` looks a token up here only if it has a "D".
const _: () = {
    let mut i = 0;
    while i < ISSUER_D_FIXES.len() {
        let d = ISSUER_D_FIXES[i].0.as_bytes();
        let mut k = 0;
        while d[k] != b'D' {
            k += 1;
        }
        i += 1;
    }
};

/// Type abbreviations of Party documents (Hướng dẫn 36-HD/VPTW).
const PARTY_TYPES: &[&str] = &[
    "NQ", "QĐ", "QĐi", "CT", "KL", "KH", "HD", "TB", "BC", "TTr", "CV", "BS", "CTr", "ĐA", "QC", "CTHĐ",
];

/// Whether a (canonical) type abbreviation is used by Party documents.
pub fn is_party_type(t: &str) -> bool {
    PARTY_TYPES.contains(&t)
}

/// Issuers that only Party bodies use: `TW`, the committees of each level (`TU`, `QU`,
/// `HU`, `ĐU`, `ĐUK`, `TX`…) and the Central Committee's organs (`…TW`; not the Fatherland
/// Front's central committee `MTTW`, which writes the State form: `11/HD-MTTW-BTT`).
pub fn is_party_issuer(issuer: &str) -> bool {
    let head = issuer.split('-').next().unwrap_or(issuer);
    matches!(
        head,
        "TW" | "TU" | "QU" | "HU" | "ĐU" | "ĐUK" | "TX" | "ĐUQS" | "ĐUCA" | "BCSĐ"
    ) || (head.len() > 3
        && head.ends_with("TW")
        && head != "MTTW"
        && head.chars().all(|c| c.is_ascii_uppercase() || c == 'Đ'))
        || is_local_party_board(head)
}

/// Issuers of State bodies that never write the Party form: the State President (`CTN`), the
/// People's Committees and Councils (`UBND…`, `HĐND…`) and the Government's office (`VPCP`).
pub fn is_state_only_issuer(issuer: &str) -> bool {
    let head = issuer.split('-').next().unwrap_or(issuer);
    matches!(head, "CTN" | "VPCP") || head.starts_with("UBND") || head.starts_with("HĐND")
}

/// Issuers that write their symbols in the Party form besides Party bodies: the Youth Union at
/// every level (`ĐTN`, `TĐTN`, `HĐTN`, `TWĐTN`, `TWĐTN-VP`), which follows the Party's rules for
/// its documents.
pub fn uses_party_form(issuer: &str) -> bool {
    let head = issuer.split('-').next().unwrap_or(issuer);
    is_party_issuer(issuer) || (head.ends_with("ĐTN") && head.chars().all(|c| c.is_ascii_uppercase() || c == 'Đ'))
}

/// Boards and offices of a Party committee, written before the committee's level in an
/// issuer (`BTG` + `TU` = the provincial committee's propaganda board, `UBKTHU`).
pub const PARTY_BOARDS: &[&str] = &["BTG", "BTC", "BDV", "BNC", "UBKT", "VP", "BTGDV", "BKT"];

/// Levels of local Party committees as written at the end of an issuer.
pub const PARTY_LEVELS: &[&str] = &["TU", "HU", "QU", "ĐU", "ĐUK", "TW"];

/// `BTGTU`, `BTCHU`, `UBKTQU`, `BDVĐU`: a board of a local Party committee.
fn is_local_party_board(head: &str) -> bool {
    PARTY_BOARDS.iter().any(|b| {
        head.strip_prefix(b)
            .is_some_and(|level| PARTY_LEVELS.contains(&level) && level != "TW")
    })
}

/// `TƯ`, `T.Ư`, `T.W`, `Tư` written for the Central Committee's `TW`.
pub fn central_committee_variant(raw: &str) -> Option<&'static str> {
    // The letters without dots, in upper case, compared without building them. Each letter
    // is at least one upper-case letter, so a third one rules both out.
    let compact = || raw.chars().filter(|c| *c != '.').flat_map(char::to_uppercase);
    if raw.chars().filter(|c| *c != '.').nth(2).is_some() {
        return None;
    }
    // ASCII letters are ASCII in upper case: only "TW" can match.
    if raw.is_ascii() {
        let upper = raw.bytes().filter(|b| *b != b'.').map(|b| b.to_ascii_uppercase());
        return (raw != "TW" && upper.eq(*b"TW")).then_some("TW");
    }
    (raw != "TW" && (compact().eq("TƯ".chars()) || compact().eq("TW".chars()))).then_some("TW")
}

/// State types that appear glued to a common issuer when PDF extraction loses the hyphen.
const GLUE_TYPES: &[&str] = &[
    "QĐ", "NĐ", "NQ", "TT", "TTLT", "CT", "KH", "TB", "BC", "TTr", "HD", "CV", "QyĐ",
];

/// Issuers common enough to be recognised when glued to the type (`QĐUBND`, `NĐCP`).
const GLUE_ISSUERS: &[&str] = &[
    "CP", "TTg", "UBND", "HĐND", "VPCP", "BNV", "BTC", "BYT", "BCA", "BQP", "BTP", "BCT", "BXD", "BKHĐT", "BGDĐT",
    "BTNMT", "BNNPTNT", "BLĐTBXH", "BTTTT", "BVHTTDL", "BKHCN", "NHNN", "BHXH", "UBTVQH",
    // Offices and departments of a province (`TTrVPUB`, `TTrSTC`).
    "VPUB", "VPUBND", "STC", "SNV", "SYT", "STP", "SXD", "SKHĐT", "STNMT", "SNNPTNT", "SGTVT", "SLĐTBXH", "SGDĐT",
    "STTTT", "SVHTTDL", "SKHCN", "SCT",
];

/// One of the common issuers (`BGDĐT`, `BLĐTBXH`, `UBND`, …) that PDF text also glues to the type.
pub(crate) fn is_common_issuer(s: &str) -> bool {
    GLUE_ISSUERS.contains(&s)
}

/// Whether one of the common issuers satisfies `f` (checked without building a string).
pub(crate) fn common_issuer_matches(f: impl Fn(&str) -> bool) -> bool {
    GLUE_ISSUERS.iter().any(|g| f(g))
}

/// `QĐUBND` → (`QĐ`, `UBND`): a known type glued to a known issuer (the hyphen was lost).
pub fn split_lost_hyphen(body: &str) -> Option<(&'static str, &'static str)> {
    if body.contains(['-', '&', '.']) {
        return None;
    }
    let first = body.as_bytes().first();
    GLUE_TYPES.iter().find_map(|t| {
        if t.as_bytes().first() != first {
            return None;
        }
        let rest = body.strip_prefix(t)?;
        let issuer = GLUE_ISSUERS.iter().find(|i| eq_ignore_case(i, rest))?;
        Some((*t, *issuer))
    })
}

/// `TIr` → `TTr`, `TTLI` → `TTLT`, `TTLTI` → `TTLT`: a type abbreviation as tesseract reads it,
/// the stem of a `T` taken for an `I` or a stray stroke after the type. Only runs of three or
/// more letters are read so (two letters are too few to tell a type from an issuer's code), and
/// only when the repaired run is a known type.
pub fn ocr_type_variant(raw: &str) -> Option<&'static str> {
    if raw.chars().count() < 3 || !raw.contains('I') {
        return None;
    }
    if let Some(t) = raw.strip_suffix('I').and_then(canonical_type) {
        return Some(t);
    }
    raw.match_indices('I').find_map(|(i, _)| {
        let swapped = format!("{}T{}", &raw[..i], &raw[i + 1..]);
        canonical_type(&swapped)
    })
}

/// `NQHĐTP` → (`NQ`, `HĐTP`): after the year a normative document always has a type, so a body
/// without a separator that starts with a known type followed by at least three capitals is
/// the type glued to its issuer (the hyphen lost). The longest type is tried first (`TTLT`
/// before `TT`).
pub fn split_type_after_year(body: &str) -> Option<(&'static str, &str)> {
    if body.contains(['-', '&', '.', '/']) {
        return None;
    }
    // The byte offsets of the third to the sixth char, tried from the last.
    let mut cuts = [0; 4];
    let mut n = 0;
    for (k, (i, _)) in body.char_indices().skip(2).take(4).enumerate() {
        cuts[k] = i;
        n = k + 1;
    }
    cuts[..n].iter().rev().find_map(|&k| {
        let (head, rest) = body.split_at(k);
        let t = canonical_type(head).filter(|t| *t == head || t.to_uppercase() == head)?;
        let issuer_like = rest.chars().count() >= 3
            && rest.starts_with(|c: char| c.is_ascii_uppercase() || c == 'Đ')
            && rest
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == 'Đ' || c.is_ascii_digit());
        (issuer_like && canonical_type(rest).is_none()).then_some((t, rest))
    })
}

/// Joint types (`TTLT`, `NQLT`…), the only ones written last in the old joint symbol
/// `NUMBER-ISSUER-ISSUER/TTLT`.
pub fn is_joint_type(t: &str) -> bool {
    canonical_type(t).is_some_and(|c| c.ends_with("LT"))
}

/// The types of a copy's own number (Nghị định 30/2020/NĐ-CP: "Số: 96/SY", "…/TrS", "…/SL"),
/// written without an issuer.
pub fn is_copy_type(t: &str) -> bool {
    matches!(t, "SY" | "TrS" | "SL")
}

/// Issuer tokens whose canonical spelling is not all uppercase.
pub const MIXED_CASE_ISSUERS: &[&str] = &["TTg"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(type_name_vi("KH"), Some("Kế hoạch"));
        assert_eq!(type_name_vi("CT"), Some("Chỉ thị"));
        assert_eq!(type_name_vi("kh"), Some("Kế hoạch"));
        assert_eq!(type_name_vi("QĐi"), Some("Quy định"));
        assert_eq!(type_name_vi(""), None);
    }

    #[test]
    fn canonical_case() {
        assert_eq!(canonical_type("CTR"), Some("CTr"));
        assert_eq!(canonical_type("ttr"), Some("TTr"));
        assert_eq!(canonical_type("qđ"), Some("QĐ"));
        assert_eq!(canonical_type("UBND"), None);
    }
}
