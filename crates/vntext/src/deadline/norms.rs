//! Words around a date that change nothing in it (sixteenth round), dropped or rewritten on
//! the folded phrase before it is read: weekday names before a date ("từ thứ Bảy ngày 27/4 đến
//! hết thứ Tư ngày 1/5" — "thứ Tư" folds to "thu tu", which would read as "từ"), "mùng" before a
//! day ("ngày mùng 1 - 31/05"), the ten-day parts of a month ("trung tuần tháng 6" is "giữa
//! tháng 6"), and "liên tục" that measures a stretch ("nghỉ 05 ngày liên tục", "kéo dài liên
//! tục"), which is no "ongoing" task.

const WEEKDAYS: [&str; 6] = ["hai", "ba", "tu", "nam", "sau", "bay"];

/// The folded phrase with those words dropped or rewritten.
pub(crate) fn normalize(folded: &str) -> String {
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let bare = |w: &str| w.trim_end_matches([',', '.', ';']).to_string();
    let dated =
        |w: Option<&&str>| w.is_some_and(|w| w.starts_with("ngay") || w.starts_with(|c: char| c.is_ascii_digit()));
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut k = 0;
    while k < words.len() {
        let w = words[k];
        let next = words.get(k + 1).map(|x| bare(x));
        // "thứ Bảy, ngày 16/8", "thứ sáu 30/4", "Chủ Nhật, ngày 4/1"
        // "tuân thủ năm 2026" folds to "tuan thu nam 2026": a bare year after it is no day, so
        // "thủ năm" is no weekday there (twenty-first round).
        let bare_year = words.get(k + 2).is_some_and(|y| {
            let y = bare(y);
            y.len() == 4 && y.chars().all(|c| c.is_ascii_digit())
        });
        let weekday = (w == "thu" && next.as_deref().is_some_and(|n| WEEKDAYS.contains(&n)) && !bare_year)
            || (w == "chu" && next.as_deref() == Some("nhat"));
        if weekday && dated(words.get(k + 2)) {
            // "Thứ năm 24/5 + …": the weekday made a bare day and month a date; "ngày" keeps it one
            // (seventeenth round).
            if words
                .get(k + 2)
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            {
                out.push("ngay".to_string());
            }
            k += 2;
            continue;
        }
        // "trong quí 2 năm 2010": the older spelling of "quý" before its number.
        let numbered = next.as_deref().is_some_and(|n| {
            n.starts_with(|c: char| c.is_ascii_digit())
                || ["i", "ii", "iii", "iv"].iter().any(|r| n.split('/').next() == Some(*r))
        });
        if w == "qui" && numbered {
            out.push("quy".to_string());
            k += 1;
            continue;
        }
        if (w == "mung" || w == "mong") && dated(words.get(k + 1)) {
            k += 1;
            continue;
        }
        if next.as_deref() == Some("tuan") && words.get(k + 2).is_some_and(|x| *x == "thang") {
            let part = match w {
                "thuong" => Some("dau"),
                "trung" => Some("giua"),
                "ha" => Some("cuoi"),
                _ => None,
            };
            if let Some(p) = part {
                out.push(p.to_string());
                k += 2;
                continue;
            }
        }
        if w == "lien"
            && next.as_deref() == Some("tuc")
            && k > 0
            && (bare(words[k - 1]) == "ngay" || (bare(words[k - 1]) == "dai" && k > 1 && words[k - 2] == "keo"))
        {
            // keep a comma or stop that closed "liên tục,"
            if let Some(p) = words[k + 1].chars().last().filter(|c| matches!(c, ',' | '.' | ';'))
                && let Some(last) = out.last_mut()
            {
                last.push(p);
            }
            k += 2;
            continue;
        }
        out.push(w.to_string());
        k += 1;
    }
    // "trong thời gian còn lại của năm": the rest of the issue date's year (twenty-fourth round).
    out.join(" ")
        .replace("thoi gian con lai cua nam", "tu nay den cuoi nam")
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn weekdays_before_a_date_are_dropped() {
        assert_eq!(
            normalize("tu thu bay ngay 27/4/2024 den het thu tu ngay 01/5/2024"),
            "tu ngay 27/4/2024 den het ngay 01/5/2024"
        );
        assert_eq!(
            normalize("tu thu sau 30/4 den het thu hai 3/5"),
            "tu ngay 30/4 den het ngay 3/5"
        );
        // Seventeenth round: a weekday before a bare date at the start of a phrase.
        assert_eq!(
            normalize("thu nam 24/5 + thuong truc hop"),
            "ngay 24/5 + thuong truc hop"
        );
        assert_eq!(normalize("chu nhat, ngay 04/01/2026"), "ngay 04/01/2026");
        // an ordinal or a weekday not before a date stays
        assert_eq!(normalize("lan thu hai vao ngay 1"), "lan thu hai vao ngay 1");
        assert_eq!(
            normalize("ngay thu sau cua tuan le cuoi thang"),
            "ngay thu sau cua tuan le cuoi thang"
        );
    }

    #[test]
    fn mung_ten_day_parts_and_stretches() {
        assert_eq!(normalize("tu ngay mung 1 - 31/05"), "tu ngay 1 - 31/05");
        assert_eq!(normalize("vao trung tuan thang 6/2020"), "vao giua thang 6/2020");
        assert_eq!(normalize("thuong tuan thang 3"), "dau thang 3");
        assert_eq!(normalize("nghi 05 ngay lien tuc tu"), "nghi 05 ngay tu");
        assert_eq!(normalize("keo dai lien tuc, tu"), "keo dai, tu");
        assert_eq!(normalize("thuc hien lien tuc"), "thuc hien lien tuc");
        // Seventeenth round: the stretch ends the sentence.
        assert_eq!(normalize("it nhat 15 ngay lien tuc."), "it nhat 15 ngay.");
    }
}
