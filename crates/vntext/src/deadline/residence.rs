//! "thường xuyên" that describes where someone lives or works, not how often work is done
//! (twenty-second round): "người đang cư trú hoặc công tác thường xuyên ở đơn vị hành chính đó",
//! "hiện đang cư trú thường xuyên tại địa bàn thôn mình", "Nơi … đang cư trú thường xuyên." —
//! the election law's "nơi cư trú thường xuyên", a residence (as "thường trú"), which sets no
//! ongoing task.

/// The folded phrase with such "thường xuyên" set apart ("thuong-xuyen"), so that it reads as no
/// recurrence.
pub(crate) fn without_residence(folded: &str) -> String {
    if !folded.contains("thuong xuyen") {
        return folded.to_string();
    }
    let words: Vec<&str> = folded.split(' ').collect();
    let bare = |k: usize| {
        words
            .get(k)
            .map_or("", |w| w.trim_end_matches([',', '.', ';', ':', ')']))
    };
    let mut out: Vec<String> = words.iter().map(|w| (*w).to_string()).collect();
    for k in 0..words.len().saturating_sub(1) {
        if bare(k) != "thuong" || bare(k + 1) != "xuyen" {
            continue;
        }
        // "cư trú thường xuyên", "công tác thường xuyên ở / tại …"
        let lives = k >= 2 && bare(k - 2) == "cu" && bare(k - 1) == "tru";
        let works = k >= 2
            && bare(k - 2) == "cong"
            && bare(k - 1) == "tac"
            && matches!(bare(k + 2), "o" | "tai")
            && words[..k].iter().any(|w| w.trim_end_matches([',', '.']) == "tru");
        if lives || works {
            out[k] = "thuong-".to_string();
        }
    }
    out.join(" ")
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
