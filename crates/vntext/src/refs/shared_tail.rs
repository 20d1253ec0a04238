//! "Kế hoạch số 154 & 201/KH-ĐHHV", "Quyết định số 217 và 218-QĐ/TW", "VB 10697 & 11028/UBND-KGVX":
//! two documents of one type and issuer written with one symbol tail after the second number.
//! The first number takes the second one's tail.

use super::scan::Found;
use crate::symbol::parse_symbol;
use crate::text::fold;

/// Abbreviations written before a number in tables and notes ("VB 10697", "QĐ số 12"), besides
/// the type words and "số" the context reader knows.
const LEADS: &[&str] = &["so", "vb", "kh", "qd", "cv", "nq", "ct", "tb", "hd", "ttr", "bc"];

/// The references whose number shares the tail of the symbol found right after it, added before
/// that symbol. Only after "số", a type word or a type abbreviation, and only joined by "&" or
/// "và".
pub(crate) fn add_shared_tails(text: &str, found: Vec<Found>) -> Vec<Found> {
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        if let Some(first) = shared_tail(text, &f) {
            out.push(first);
        }
        out.push(f);
    }
    out
}

fn shared_tail(text: &str, f: &Found) -> Option<Found> {
    // "154 & " or "217 và " right before the second number.
    let head = text[..f.start].trim_end_matches([' ', '\u{a0}']);
    let head = head
        .strip_suffix('&')
        .or_else(|| head.strip_suffix("và"))?
        .trim_end_matches([' ', '\u{a0}']);
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    if !(1..=7).contains(&digits) {
        return None;
    }
    let num_start = head.len() - digits;
    let lead = head[..num_start].trim_end_matches([' ', '\u{a0}', ':']);
    if lead.len() == head[..num_start].len() && num_start > 0 {
        return None;
    }
    let word: String = lead
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let folded = fold(&word);
    let typed = super::context::before(text, num_start).type_word.is_some();
    if !typed && !LEADS.contains(&folded.as_str()) {
        return None;
    }
    // The second symbol's tail after its number: "/KH-ĐHHV", "-QĐ/TW".
    let second = &text[f.start..f.end];
    let tail_at = second.find(|c: char| !c.is_ascii_digit())?;
    let tail = &second[tail_at..];
    let mut symbol = parse_symbol(&format!("{}{tail}", &head[num_start..])).ok()?;
    symbol.fixes.push(format!(
        "Số “{}” dùng chung ký hiệu “{tail}” với số viết sau",
        &head[num_start..]
    ));
    Some(Found {
        start: num_start,
        end: num_start + digits,
        symbol,
        strong: f.strong,
    })
}
