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

/// "Hằng năm, cả nước có khoảng 9.000 lễ hội …", "Hàng năm chi bộ có 8,3% đảng viên xếp loại …": a
/// phrase that opens with "hằng năm" and says what there is every year ("có [khoảng | gần | hơn |
/// trên] N") describes, it sets no yearly task (twenty-ninth round) — unless it sets a target
/// ("phấn đấu", "chỉ tiêu", "mục tiêu", "trở lên", "phải", "cần"). The opening "hằng năm" is set
/// apart as "hang- nam".
pub(crate) fn without_statistic(folded: &str) -> String {
    const ABOUT: [&str; 5] = ["khoang", "gan", "hon", "tren", "chung"];
    const SETS: [&[&str]; 6] = [
        &["phan", "dau"],
        &["chi", "tieu"],
        &["muc", "tieu"],
        &["tro", "len"],
        &["phai"],
        &["can"],
    ];
    let words: Vec<&str> = folded
        .split(' ')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let opens = words.len() > 2 && words[0] == "hang" && words[1] == "nam";
    let count = (2..words.len()).any(|k| {
        words[k] == "co"
            && words
                .get(k + 1)
                .is_some_and(|w| digit(w) || (ABOUT.contains(w) && words.get(k + 2).is_some_and(|x| digit(x))))
    });
    let sets = (0..words.len()).any(|k| SETS.iter().any(|p| words[k..].starts_with(p)));
    if opens && count && !sets {
        folded.replacen("hang nam", "hang- nam", 1)
    } else {
        folded.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::{without_daily_life, without_statistic, without_terms};
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

    #[test]
    fn a_yearly_figure_is_no_recurrence() {
        let s = |x: &str| without_statistic(&fold(x));
        assert!(!s("Hằng năm, toàn huyện có khoảng 300 hộ chuyển đổi cây trồng").contains("hang nam"));
        assert!(!s("Hàng năm xã có 12% hộ đạt danh hiệu sản xuất giỏi").contains("hang nam"));
        // a target, or no figure: kept
        assert!(s("Hằng năm có từ 90% chi bộ trở lên hoàn thành tốt nhiệm vụ").contains("hang nam"));
        assert!(s("Hằng năm, các xã báo cáo kết quả về huyện").contains("hang nam"));
    }
}
