//! Canonical tone placement ("kiểu mới", the new style): `hoà`, `khoẻ`, `thuỷ`.
//!
//! Both styles occur in official texts, even within one document (`hòa`/`hoà`,
//! `thủy`/`thuỷ`). We rewrite every syllable to the new style so equal words compare
//! equal. Rules, for the vowel cluster of one syllable (after `qu`/`gi` onsets):
//! 1. a vowel with a hat, breve or horn carries the tone (`ơ` in `ươ`);
//! 2. otherwise, in a closed syllable, the last vowel;
//! 3. otherwise one vowel: it; three vowels: the middle one; two vowels: the second for
//!    `oa`, `oe`, `uy`, else the first.
//!
//! Words that are not a single well-formed syllable are left untouched.

use super::letters::{self, ROW_A, ROW_E, ROW_I, ROW_O, ROW_O_HORN, ROW_U, ROW_U_HORN, ROW_Y, Vowel};

/// Valid final consonants of a Vietnamese syllable (lowercase).
const FINALS: [&str; 8] = ["c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Rewrites one word (a run of letters) to canonical tone placement.
/// Returns `None` when the word is unchanged or not a syllable we understand.
pub fn place_tone(word: &str) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    let vowels: Vec<Option<Vowel>> = chars.iter().map(|c| letters::vowel(*c)).collect();
    let first = vowels.iter().position(Option::is_some)?;
    let last = vowels.iter().rposition(Option::is_some)?;
    if vowels[first..=last].iter().any(Option::is_none) {
        return None;
    }
    let toned: Vec<usize> = (first..=last)
        .filter(|&i| vowels[i].is_some_and(|v| v.tone != letters::TONE_NGANG))
        .collect();
    let [toned_at] = toned.as_slice() else {
        return None;
    };
    let onset: String = chars[..first].iter().collect::<String>().to_lowercase();
    if !onset.chars().all(|c| c.is_ascii_alphabetic() || c == 'đ') {
        return None;
    }
    let coda: String = chars[last + 1..].iter().collect::<String>().to_lowercase();
    let closed = !coda.is_empty();
    if closed && !FINALS.contains(&coda.as_str()) {
        return None;
    }
    let mut start = first;
    let rows = |i: usize| vowels[i].map(|v| v.row).unwrap_or(ROW_A);
    // `qu` and `gi` (before another vowel) belong to the onset.
    if last > first && ((onset == "q" && rows(first) == ROW_U) || (onset == "g" && rows(first) == ROW_I)) {
        start += 1;
    }
    let cluster: Vec<u8> = (start..=last).map(rows).collect();
    let target = start + target_in_cluster(&cluster, closed)?;
    if target == *toned_at {
        return None;
    }
    let tone = vowels[*toned_at].map(|v| v.tone).unwrap_or(letters::TONE_NGANG);
    let mut out = String::with_capacity(word.len());
    for (i, c) in chars.iter().enumerate() {
        match vowels[i] {
            Some(v) if i == *toned_at => out.push(letters::compose(Vowel { tone: 0, ..v })),
            Some(v) if i == target => out.push(letters::compose(Vowel { tone, ..v })),
            _ => out.push(*c),
        }
    }
    Some(out)
}

/// Index, within the vowel cluster, of the vowel that carries the tone.
fn target_in_cluster(cluster: &[u8], closed: bool) -> Option<usize> {
    if cluster.is_empty() || cluster.len() > 3 {
        return None;
    }
    if let Some(i) = cluster.windows(2).position(|w| w == [ROW_U_HORN, ROW_O_HORN]) {
        return Some(i + 1);
    }
    if let Some(i) = cluster.iter().rposition(|r| letters::row_has_hat(*r)) {
        return Some(i);
    }
    if closed {
        return Some(cluster.len() - 1);
    }
    Some(match cluster {
        [_] => 0,
        [ROW_O, ROW_A] | [ROW_O, ROW_E] | [ROW_U, ROW_Y] => 1,
        [_, _] => 0,
        _ => 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(w: &str) -> String {
        place_tone(w).unwrap_or_else(|| w.to_string())
    }

    #[test]
    fn old_style_becomes_new_style() {
        assert_eq!(canon("hòa"), "hoà");
        assert_eq!(canon("thủy"), "thuỷ");
        assert_eq!(canon("khỏe"), "khoẻ");
        assert_eq!(canon("HÒA"), "HOÀ");
        assert_eq!(canon("Ủy"), "Uỷ");
        assert_eq!(canon("tùy"), "tuỳ");
    }

    #[test]
    fn already_canonical_or_fixed_placement_is_kept() {
        for w in [
            "hoà", "thuỷ", "quý", "quà", "già", "giữ", "mùa", "mía", "người", "ngoài", "khuỷu", "hoàn", "toán",
            "huỳnh", "Nguyễn", "thuở", "Huế", "gì", "xoáy", "biển", "cũng",
        ] {
            assert_eq!(canon(w), w, "{w}");
        }
    }

    #[test]
    fn misplaced_tones_in_closed_syllables_move() {
        assert_eq!(canon("hòan"), "hoàn");
        assert_eq!(canon("qúa"), "quá");
        assert_eq!(canon("gíup"), "giúp");
        assert_eq!(canon("ngòai"), "ngoài");
    }

    #[test]
    fn non_syllables_untouched() {
        assert_eq!(place_tone("UBND"), None);
        assert_eq!(place_tone("hòahòa"), None);
        assert_eq!(place_tone("café"), None);
    }
}
