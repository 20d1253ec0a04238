//! "thường xuyên" that describes where someone lives or works, not how often work is done
//! (twenty-second round): "người đang cư trú hoặc công tác thường xuyên ở đơn vị hành chính đó",
//! "hiện đang cư trú thường xuyên tại địa bàn thôn mình", "Nơi … đang cư trú thường xuyên." —
//! the election law's "nơi cư trú thường xuyên", a residence (as "thường trú"), which sets no
//! ongoing task.

/// The folded phrase with such "thường xuyên" set apart ("thuong-xuyen"), so that it reads as no
/// recurrence.
pub(crate) fn without_residence(folded: &str) -> String {
    set_apart(folded, |words, k| {
        // "cư trú thường xuyên", "công tác thường xuyên ở / tại …"
        let lives = k >= 2 && bare(words, k - 2) == "cu" && bare(words, k - 1) == "tru";
        let works = k >= 2
            && bare(words, k - 2) == "cong"
            && bare(words, k - 1) == "tac"
            && matches!(bare(words, k + 2), "o" | "tai")
            && words[..k].iter().any(|w| w.trim_end_matches([',', '.']) == "tru");
        lives || works
    })
}

/// `folded` with each "thuong xuyen" for which `not_frequency(words, k)` holds (`k` the index of
/// "thuong" among the phrase's words) written "thuong- xuyen", which no recurrence rule reads: the
/// one mechanism behind the readings of "thường xuyên" that say nothing of how often
/// (a residence here, a noun term in `terms`).
pub(crate) fn set_apart(folded: &str, not_frequency: impl Fn(&[&str], usize) -> bool) -> String {
    if !folded.contains("thuong xuyen") {
        return folded.to_string();
    }
    let words: Vec<&str> = folded.split(' ').collect();
    let out: Vec<&str> = (0..words.len())
        .map(|k| {
            let apart = bare(&words, k) == "thuong" && bare(&words, k + 1) == "xuyen" && not_frequency(&words, k);
            if apart { "thuong-" } else { words[k] }
        })
        .collect();
    out.join(" ")
}

/// Word `k` of `words` without the punctuation after it ("" past the end).
pub(crate) fn bare<'a>(words: &[&'a str], k: usize) -> &'a str {
    words
        .get(k)
        .map_or("", |w| w.trim_end_matches([',', '.', ';', ':', ')']))
}

#[cfg(test)]
mod tests {
    use super::without_residence;
    use crate::text::fold;

    #[test]
    fn residence_is_no_recurrence() {
        let r = |s: &str| without_residence(&fold(s));
        assert!(!r("Người ứng cử phải là người đang cư trú thường xuyên ở xã đó").contains("thuong xuyen"));
        assert!(!r("người đang cư trú hoặc công tác thường xuyên ở đơn vị hành chính đó").contains("thuong xuyen"));
        // a duty done often stays
        assert!(r("Thường xuyên kiểm tra, đôn đốc các xã").contains("thuong xuyen"));
        assert!(r("cán bộ công tác thường xuyên kiểm tra").contains("thuong xuyen"));
    }
}
