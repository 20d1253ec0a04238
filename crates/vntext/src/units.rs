//! Matching a unit name as written in a plan ("UBND quận", "BTG Quận ủy") to a list
//! of known units, tolerant of diacritics, tone styles and common abbreviations.

use crate::text::fold;

/// Abbreviations (folded) and their expansions (folded).
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("ubnd", "uy ban nhan dan"),
    ("hdnd", "hoi dong nhan dan"),
    ("ubmttq", "uy ban mat tran to quoc"),
    ("mttq", "mat tran to quoc"),
    ("ubkt", "uy ban kiem tra"),
    ("btg", "ban tuyen giao"),
    ("btc", "ban to chuc"),
    ("bdv", "ban dan van"),
    ("bnc", "ban noi chinh"),
    ("vpqu", "van phong quan uy"),
    ("vphu", "van phong huyen uy"),
    ("vptu", "van phong thanh uy"),
    ("vpdu", "van phong dang uy"),
    ("vp", "van phong"),
    ("qu", "quan uy"),
    ("hu", "huyen uy"),
    ("tu", "thanh uy"),
    ("du", "dang uy"),
    ("tp", "thanh pho"),
    ("ttct", "trung tam chinh tri"),
    ("tt", "trung tam"),
    ("ldld", "lien doan lao dong"),
    ("hlhpn", "hoi lien hiep phu nu"),
    ("hccb", "hoi cuu chien binh"),
    ("hnd", "hoi nong dan"),
    ("dtn", "doan thanh nien"),
    ("tncs", "thanh nien cong san"),
    ("ct-xh", "chinh tri xa hoi"),
    ("p", "phuong"),
    ("q", "quan"),
];

/// Words that carry no identity ("các", "cơ quan").
const FILLER: &[&str] = &["cac", "cua"];

/// Minimum score for a match.
const THRESHOLD: f32 = 0.6;

/// Folds a unit name and expands abbreviations into a list of syllables.
pub fn unit_tokens(name: &str) -> Vec<String> {
    let f = fold(name);
    let mut out = Vec::new();
    for raw in f.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '.' | '&' | ';' | ':' | '"')) {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if w.is_empty() || FILLER.contains(&w) {
            continue;
        }
        match ABBREVIATIONS.iter().find(|(a, _)| *a == w) {
            Some((_, exp)) => out.extend(exp.split(' ').map(str::to_string)),
            None if w.contains('-') && w.len() > 1 => {
                out.extend(w.split('-').filter(|p| !p.is_empty()).map(str::to_string));
            }
            None => out.push(w.to_string()),
        }
    }
    out
}

/// Similarity in [0, 1]: the mean of the Dice coefficient of the two token
/// multisets and the share of the query's tokens found in the candidate.
fn score(query: &[String], cand: &[String]) -> f32 {
    if query.is_empty() || cand.is_empty() {
        return 0.0;
    }
    if query == cand {
        return 1.0;
    }
    let mut pool: Vec<&String> = cand.iter().collect();
    let mut common = 0usize;
    for q in query {
        if let Some(p) = pool.iter().position(|c| *c == q) {
            pool.swap_remove(p);
            common += 1;
        }
    }
    let dice = 2.0 * common as f32 / (query.len() + cand.len()) as f32;
    let containment = common as f32 / query.len() as f32;
    (dice + containment) / 2.0 * 0.999
}

/// Finds the best matching unit: `(id, score)` with score in (0, 1], 1 meaning the
/// names are equal after folding and expanding abbreviations. `None` when no
/// candidate scores at least 0.6, or when two different ids tie for the best score.
///
/// ```
/// let units = vec![
///     (1, "Ủy ban nhân dân quận Long Biên".to_string()),
///     (2, "Ban Tuyên giáo Quận ủy".to_string()),
///     (3, "Ban Tổ chức Quận ủy".to_string()),
/// ];
/// assert_eq!(vntext::units::match_unit("UBND quận", &units).map(|m| m.0), Some(1));
/// assert_eq!(vntext::units::match_unit("BTG QU", &units), Some((2, 1.0)));
/// assert_eq!(vntext::units::match_unit("Công an quận", &units), None);
/// ```
pub fn match_unit(name: &str, candidates: &[(i64, String)]) -> Option<(i64, f32)> {
    let q = unit_tokens(name);
    let mut best: Option<(i64, f32)> = None;
    let mut tie = false;
    for (id, cand) in candidates {
        let s = score(&q, &unit_tokens(cand));
        match best {
            Some((bid, bs)) if (s - bs).abs() < f32::EPSILON && bid != *id => tie = true,
            Some((_, bs)) if s <= bs => {}
            _ => {
                best = Some((*id, s));
                tie = false;
            }
        }
    }
    match best {
        Some((id, s)) if s >= THRESHOLD && !tie => Some((id, s)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units() -> Vec<(i64, String)> {
        [
            "Ủy ban nhân dân quận Long Biên",
            "Hội đồng nhân dân quận Long Biên",
            "Ủy ban Mặt trận Tổ quốc Việt Nam quận Long Biên",
            "Ban Tuyên giáo Quận ủy",
            "Ban Tổ chức Quận ủy",
            "Ủy ban Kiểm tra Quận ủy",
            "Văn phòng Quận ủy",
            "Phòng Nội vụ",
            "Đảng ủy phường Đức Giang",
            "Đảng ủy phường Thượng Thanh",
        ]
        .iter()
        .enumerate()
        .map(|(i, n)| (i as i64 + 1, n.to_string()))
        .collect()
    }

    fn id(name: &str) -> Option<i64> {
        match_unit(name, &units()).map(|m| m.0)
    }

    #[test]
    fn abbreviations_and_diacritics() {
        assert_eq!(id("UBND quận"), Some(1));
        assert_eq!(id("HĐND quận"), Some(2));
        assert_eq!(id("Ủy ban MTTQ quận"), Some(3));
        assert_eq!(id("BTG Quận ủy"), Some(4));
        assert_eq!(id("Ban Tuyen giao Quan uy"), Some(4));
        assert_eq!(id("ban tổ chức QU"), Some(5));
        assert_eq!(id("UBKT Quận uỷ"), Some(6));
        assert_eq!(id("VPQU"), Some(7));
        assert_eq!(id("phòng Nội vụ quận"), Some(8));
        assert_eq!(id("Đảng ủy P. Đức Giang"), Some(9));
    }

    #[test]
    fn no_match_or_ambiguous() {
        assert_eq!(id("Công an quận"), None);
        assert_eq!(id(""), None);
        assert_eq!(id("Đảng ủy phường"), None);
        assert_eq!(match_unit("UBND quận", &[]), None);
    }

    #[test]
    fn exact_scores_one() {
        assert_eq!(match_unit("Văn phòng Quận uỷ", &units()), Some((7, 1.0)));
    }
}
