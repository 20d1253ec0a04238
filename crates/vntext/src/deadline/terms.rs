//! "thường xuyên" inside a noun term, not an adverb of frequency (twenty-seventh round,
//! unseen27d): budget lines name recurrent spending "chi thường xuyên", "kinh phí (hoạt động)
//! thường xuyên" (as against "chi đầu tư"); education names continuing education ("trung tâm giáo
//! dục thường xuyên", "Giáo dục nghề nghiệp - Giáo dục thường xuyên") and the teachers' in-service
//! programme ("nền tảng bồi dưỡng thường xuyên giáo viên"). None of them says how often a task is
//! done, so none makes a phrase `ongoing`; the words around them still may ("thường xuyên kiểm
//! tra …", "bố trí kinh phí chi thường xuyên hằng năm" stays yearly).

use super::residence::{bare, set_apart};

/// The folded phrase with such "thường xuyên" set apart ("thuong- xuyen"), as
/// `residence::without_residence` does for a place of residence.
pub(crate) fn without_terms(folded: &str) -> String {
    set_apart(folded, |words, k| {
        // The word(s) right before: a budget line or a kind of education.
        let before =
            |seq: &[&str]| k >= seq.len() && seq.iter().enumerate().all(|(i, w)| words[k - seq.len() + i] == *w);
        let spending = before(&["chi"]) || before(&["kinh", "phi"]) || before(&["kinh", "phi", "hoat", "dong"]);
        let education = before(&["giao", "duc"]);
        // "bồi dưỡng thường xuyên" is the programme when it names teachers or stands after a
        // platform, programme or plan; "được bồi dưỡng thường xuyên" alone may still be often.
        let training = before(&["boi", "duong"])
            && (bare(words, k + 2) == "giao" && bare(words, k + 3) == "vien"
                || (k >= 4
                    && ["nen tang", "chuong trinh", "ke hoach", "tai lieu"]
                        .contains(&format!("{} {}", words[k - 4], words[k - 3]).as_str())));
        spending || education || training
    })
}

#[cfg(test)]
mod tests {
    use super::without_terms;
    use crate::text::fold;

    #[test]
    fn terms_are_no_recurrence() {
        let r = |s: &str| without_terms(&fold(s));
        assert!(!r("tham mưu bố trí dự toán chi thường xuyên cho các đơn vị").contains("thuong xuyen"));
        assert!(!r("kinh phí hoạt động thường xuyên của Sở").contains("thuong xuyen"));
        assert!(!r("Phối hợp với trung tâm giáo dục thường xuyên tỉnh").contains("thuong xuyen"));
        assert!(!r("triển khai nền tảng bồi dưỡng thường xuyên cho cán bộ").contains("thuong xuyen"));
        assert!(!r("tổ chức bồi dưỡng thường xuyên giáo viên mầm non").contains("thuong xuyen"));
        // an adverb stays
        assert!(r("Thường xuyên kiểm tra việc chi tiêu").contains("thuong xuyen"));
        assert!(r("cán bộ được bồi dưỡng thường xuyên").contains("thuong xuyen"));
    }
}
