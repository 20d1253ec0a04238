//! "thường xuyên" inside a noun term, not an adverb of frequency (twenty-seventh round,
//! unseen27d): budget lines name recurrent spending "chi thường xuyên", "kinh phí (hoạt động)
//! thường xuyên" (as against "chi đầu tư"); education names continuing education ("trung tâm giáo
//! dục thường xuyên", "Giáo dục nghề nghiệp - Giáo dục thường xuyên") and the teachers' in-service
//! programme ("nền tảng bồi dưỡng thường xuyên giáo viên"). None of them says how often a task is
//! done, so none makes a phrase `ongoing`; the words around them still may ("thường xuyên kiểm
//! tra …", "bố trí kinh phí chi thường xuyên hằng năm" stays yearly). Likewise "hằng ngày" after
//! "sinh hoạt", "cuộc sống", "đời sống" names daily life (twenty-eighth round).

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

/// "hằng ngày" / "hàng ngày" after "sinh hoạt", "cuộc sống", "đời sống" names daily life ("chất
/// thải rắn sinh hoạt hàng ngày", "nhu cầu cuộc sống hằng ngày"), not a task done every day
/// (twenty-eighth round): set apart as "hang- ngay".
pub(crate) fn without_daily_life(folded: &str) -> String {
    let mut out = folded.to_string();
    for life in ["sinh hoat", "cuoc song", "doi song"] {
        out = out.replace(&format!("{life} hang ngay"), &format!("{life} hang- ngay"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{without_daily_life, without_terms};
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

    #[test]
    fn daily_life_is_no_recurrence() {
        let d = |s: &str| without_daily_life(&fold(s));
        assert!(!d("thu gom rác thải sinh hoạt hằng ngày của các hộ").contains("hang ngay"));
        assert!(d("cập nhật số liệu hằng ngày về Ban Chỉ đạo").contains("hang ngay"));
    }
}
