//! Sub-headings that say only how the unit above them works ("a) Chủ trì, phối hợp với các
//! sở, ban, ngành …", "b) Phối hợp với các sở, ngành, UBND các xã, phường"): the dashes below
//! are that unit's tasks, grouped by whether it leads them or takes part.

use super::has_lowercase_verb;
use super::words::looks_like_unit;
use crate::text::fold;

/// Whether a heading is only "Chủ trì(, phối hợp với …)" or "Phối hợp với …" and the units
/// it works with, no work of its own ("Chủ trì, phối hợp với … hướng dẫn các nhà đầu tư …"
/// is work).
pub(super) fn only_manner(heading: &str) -> bool {
    let t = heading.trim().trim_end_matches([':', '.', ';']).trim();
    let f = fold(t);
    let rest_at = [
        "chu tri, phoi hop voi ",
        "chu tri phoi hop voi ",
        "phoi hop voi ",
        "phoi hop cung ",
    ]
    .iter()
    .find(|p| f.starts_with(*p))
    .map(|p| p.len());
    let Some(at) = rest_at else {
        return f == "chu tri";
    };
    // The folded text is as long as the original in words: cut at the same word.
    let skip = f[..at].split_whitespace().count();
    let rest: Vec<&str> = t.split_whitespace().skip(skip).collect();
    let rest = rest.join(" ");
    let rest = ["có liên quan", "liên quan"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))
        .unwrap_or(&rest)
        .trim();
    !rest.is_empty()
        && rest.split_whitespace().count() <= 25
        && looks_like_unit(rest.split(',').next().unwrap_or(rest).trim())
        && !has_lowercase_verb(rest)
}

#[cfg(test)]
mod tests {
    use super::only_manner;

    #[test]
    fn manner_alone() {
        assert!(only_manner(
            "Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường và cơ quan, đơn vị có liên quan"
        ));
        assert!(only_manner("Phối hợp với các sở, ngành, UBND các xã, phường"));
        assert!(only_manner("Phối hợp với Sở Y tế và các đơn vị liên quan:"));
        assert!(!only_manner(
            "Chủ trì, phối hợp với các sở, ngành hướng dẫn các nhà đầu tư về thủ tục đầu tư"
        ));
        assert!(!only_manner("Phối hợp tổ chức hội nghị sơ kết"));
    }
}
