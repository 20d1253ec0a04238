//! What a report tells besides the day of its act (twenty-third round, unseen23d).
//!
//! A meeting told as held ("Chiều ngày 28/8/2025, … Đảng ủy xã tổ chức Hội nghị Ban Thường vụ
//! tháng 8 năm 2025 nhằm đánh giá tình hình thực hiện nhiệm vụ tháng 8, triển khai nhiệm vụ trọng
//! tâm tháng 9") names several times: the meeting's own name ("tháng 8 năm 2025"), the period it
//! reviewed ("thực hiện nhiệm vụ tháng 8"), and the period whose work it deployed ("triển khai
//! nhiệm vụ trọng tâm tháng 9"). A specialist turns only the last into a task's due date (round
//! 22's convention: a narrated act that sets work for a period to come sets that period); the
//! others are cited. The nearest cue before a time decides: a word that deploys or aims work
//! ahead (triển khai, phương hướng, mục tiêu, định hướng, phát động, kế hoạch, quyết tâm, phấn
//! đấu) keeps it; a word
//! that reviews (đánh giá, sơ kết, tổng kết, kết quả, thực hiện, kiểm điểm, báo cáo) or none cites
//! it.
//!
//! A report of results ("Trong 9 tháng đầu năm 2025, xã … đã hoàn thành 15/24 chỉ tiêu", "Năm 2025,
//! Đảng bộ xã … hoàn thành và hoàn thành vượt mức 25/25 chỉ tiêu đề ra") tells a period already
//! measured: no task is due by it. And a page's metadata ("Ngày xuất bản: 10/01/2025", "Ngày
//! đăng 10/05/2018", "Ngày hiệu lực: …") dates the page, not work.

use super::scan::Cand;
use super::tokens::{Tok, orders_at, starts};

/// Words (folded) that deploy or aim work at the period after them.
const AHEAD: [&[&str]; 9] = [
    &["trien", "khai"],
    &["quyet", "tam"],
    &["phan", "dau"],
    &["phuong", "huong"],
    &["muc", "tieu"],
    &["dinh", "huong"],
    &["phat", "dong"],
    &["ke", "hoach"],
    &["chuong", "trinh", "cong", "tac"],
];

/// Words (folded) that review the period after them.
const BACK: [&[&str]; 8] = [
    &["danh", "gia"],
    &["so", "ket"],
    &["tong", "ket"],
    &["ket", "qua"],
    &["thuc", "hien"],
    &["kiem", "diem"],
    &["bao", "cao"],
    &["ky", "niem"],
];

/// In a sentence whose lead act is told as done, whether the time `c` is the period of work the
/// act deploys (kept) rather than a period it names or reviews (cited). The cue is looked for
/// within twenty words before the time, inside its clause.
pub(crate) fn deploys(t: &[Tok<'_>], c: &Cand) -> bool {
    // "… phát động phong trào thi đua “Xóa nhà tạm, nhà dột nát” từ nay đến năm 2025": a span
    // from now on is work to come, whatever stands before it (twenty-fifth round).
    if c.at >= 3 && starts(t, c.at - 3, &["tu", "nay", "den"]) {
        return true;
    }
    let mut k = c.at;
    while k > 0 && c.at - k < 20 {
        k -= 1;
        // "… báo cáo kết quả thực hiện nhiệm vụ công tác tháng 6, nhiệm vụ công tác tháng 7/2019":
        // after the period reviewed, the next clause's "nhiệm vụ …" is the work to come
        // (twenty-eighth round).
        if t[k].is_sym(&[','])
            && k > 0
            && matches!(t[k - 1], Tok::Num(..))
            && starts(t, k + 1, &["nhiem", "vu"])
            && !(k + 1..c.at).any(|j| BACK.iter().any(|b| starts(t, j, b)))
        {
            return true;
        }
        // A quoted name between the cue and the time owns the time ("phát động Tháng cao điểm
        // “Vì người nghèo …” năm 2023" names the campaign).
        if t[k].is_sym(&[';', '.', ':', '"', '“', '”']) {
            return false;
        }
        if AHEAD.iter().any(|a| starts(t, k, a)) && !office(t, k) {
            return true;
        }
        if BACK.iter().any(|b| starts(t, k, b)) {
            return false;
        }
    }
    false
}

/// "Phòng Tài chính - Kế hoạch", "Sở Kế hoạch và Đầu tư": an office's name, not a plan
/// (twenty-fourth round).
fn office(t: &[Tok<'_>], k: usize) -> bool {
    starts(t, k, &["ke", "hoach"])
        && k > 0
        && (t[k - 1].is_sym(&['-', '–']) || t[k - 1].is_word("so") || starts(t, k + 2, &["va", "dau", "tu"]))
}

/// Words (folded) that set, assign or aim, beside [`ORDERS`](super::tokens::ORDERS): a phrase with
/// them is no report of results.
const SETS: [&[&str]; 8] = [
    &["du", "kien"],
    &["truoc", "ngay"],
    &["giao"],
    &["chi", "dao"],
    &["phan", "dau"],
    &["quyet", "tam"],
    &["tiep", "tuc"],
    &["hoan", "thanh", "trong"],
];

/// Verbs (folded) of a result after "đã" (marked "dax").
const RESULTS: [&[&str]; 16] = [
    &["hoan", "thanh"],
    &["dat"],
    &["thanh", "lap"],
    &["trien", "khai"],
    &["thuc", "hien"],
    &["khao", "sat"],
    &["co", "ban", "hoan", "thanh"],
    &["xay", "dung"],
    // twenty-fourth round: "đã nhận 5.322 bài dự thi", "đã giảm mạnh" ("đã ban hành" only with a
    // count: `issued_count`)
    &["nhan"],
    &["tiep", "nhan"],
    &["giam"],
    // twenty-eighth round: a meeting told as having heard and discussed reports ("các đại biểu
    // đã nghe và tham gia ý kiến vào 4 nội dung báo cáo như: … kế hoạch sản xuất vụ mùa năm 2024")
    &["nghe"],
    &["thao", "luan"],
    // "UBND phường đã tập trung tổ chức thực hiện các nhiệm vụ trọng tâm đạt kết quả như: …"
    &["tap", "trung"],
    &["cho", "y", "kien"],
    &["tham", "gia", "y", "kien"],
];

/// Openings (folded) of a status told as of a day: "Tính đến ngày 13/8/2025, có 250 dự án …",
/// "Đến ngày 30/9/2025, kết quả giải ngân … mới được …".
const AS_OF: [&[&str]; 4] = [
    &["tinh", "den"],
    &["den", "ngay"],
    &["den", "het", "ngay"],
    &["den", "cuoi", "thang"],
];

/// Words (folded) of a status reached: "đã" (marked "dax"), "mới được", "còn", "nhận được",
/// "ghi nhận" (a count recorded: "… toàn tỉnh ghi nhận nhiều trường hợp …", twenty-seventh round).
fn status(t: &[Tok<'_>], k: usize) -> bool {
    t[k].is_word("dax")
        || t[k].is_word("con")
        || starts(t, k, &["moi", "duoc"])
        || starts(t, k, &["nhan", "duoc"])
        || starts(t, k, &["ghi", "nhan"])
        || (t[k].is_word("co") && matches!(t.get(k + 1), Some(Tok::Num(..))))
}

/// Whether the phrase tells a status as of a day it opens with (within its first five tokens,
/// after a byline such as "TTH -"): "Tính đến …" always, "Đến ngày …" with a word of a status
/// reached (twenty-fourth round).
///
/// A clock time may stand between "Đến" and "ngày" ("Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi
/// nhận …", twenty-seventh round).
fn as_of(t: &[Tok<'_>]) -> bool {
    let clocked = |k: usize| {
        t[k].is_word("den")
            && matches!(t.get(k + 1), Some(Tok::Num(..)))
            && t.get(k + 2).is_some_and(|x| x.is_word("h") || x.is_word("gio"))
            && (k + 3..t.len().min(k + 7)).any(|j| t[j].is_word("ngay"))
    };
    // "tính đến" is a cut-off wherever it stands ("Theo báo cáo của Bộ Tài chính (…), tính đến hết
    // ngày 17/11/2025, Hệ thống 751 chỉ ghi nhận …", twenty-seventh round).
    (0..t.len()).any(|k| starts(t, k, &["tinh", "den"]) && (k..t.len()).any(|j| status(t, j)))
        || (0..t.len().min(5)).any(|k| {
            (AS_OF.iter().any(|a| starts(t, k, a)) || clocked(k))
                && (starts(t, k, &["tinh", "den"]) || (k..t.len()).any(|j| status(t, j)))
        })
}

/// "… giải phóng được hơn 1.000ha", "… mới được 2.681/9.581 tỷ đồng": a quantity reached; an
/// estimate reached ("Ước tăng trưởng quý III năm 2024 đạt 10,62%", "… ước đạt 117.794 ha",
/// twenty-fifth round).
fn reached(t: &[Tok<'_>]) -> bool {
    let estimate = (0..t.len()).any(|k| t[k].is_word("uoc"))
        && (1..t.len()).any(|k| t[k - 1].is_word("dat") && matches!(t[k], Tok::Num(..)));
    estimate
        || (1..t.len()).any(|k| {
            t[k].is_word("duoc")
                && !t[k - 1].is_word("giao")
                && match t.get(k + 1) {
                    Some(Tok::Num(..)) => true,
                    Some(w) if w.is_word("hon") || w.is_word("tren") => {
                        t.get(k + 2).is_some_and(|x| matches!(x, Tok::Num(..)))
                    }
                    _ => false,
                }
        })
}

/// "trong 9 tháng qua", "thời gian qua": a past stretch told — unless the phrase also turns to
/// "thời gian tới".
fn past_stretch(t: &[Tok<'_>]) -> bool {
    let told = (0..t.len()).any(|k| {
        starts(t, k, &["thoi", "gian", "qua"])
            || (matches!(t[k], Tok::Num(..))
                && t.get(k + 1)
                    .is_some_and(|x| x.is_word("thang") || x.is_word("nam") || x.is_word("ngay"))
                && t.get(k + 2).is_some_and(|x| x.is_word("qua")))
    });
    told && !(0..t.len()).any(|k| starts(t, k, &["thoi", "gian", "toi"]))
}

/// "Theo dự báo, từ chiều nay đến hết ngày mai … sẽ là đỉnh điểm …": a forecast, no task.
/// Also a phrase that opens with "Dự báo …" or "Trên cơ sở dự báo …" (twenty-fifth round: "Dự báo
/// từ chiều và đêm ngày 3/8 sẽ tiếp tục có mưa …").
///
/// "dự báo" after a noun names a kind of thing, not a forecast told (twenty-seventh round: "Bản
/// tin dự báo, cảnh báo ô nhiễm không khí được phát hành định kỳ …" is a bulletin issued
/// periodically): only at the opening, after a list mark, or after "Theo" / "Trên cơ sở".
pub(crate) fn forecast(t: &[Tok<'_>]) -> bool {
    (0..t.len().min(4)).any(|k| {
        starts(t, k, &["du", "bao"])
            && (k == 0 || matches!(t[k - 1], Tok::Sym(_)) || t[k - 1].is_word("theo") || t[k - 1].is_word("so"))
    })
}

/// "vào ngày 19-5 vừa qua": a day named as just past is cited.
pub(crate) fn just_past(t: &[Tok<'_>], c: &Cand) -> bool {
    t.get(c.end).is_some_and(|x| x.is_word("vua")) && t.get(c.end + 1).is_some_and(|x| x.is_word("qua"))
}

/// Whether the phrase reports results measured over its period: "đã" before a verb of a result,
/// or a count of targets met ("15/24 chỉ tiêu", "12/12 chỉ tiêu đều đạt", "vượt kế hoạch",
/// "vượt mức"), with no word that sets, assigns or aims work.
pub(crate) fn reports_results(t: &[Tok<'_>]) -> bool {
    // "được giao" names targets assigned earlier, not an assignment now.
    // Nor do the nouns "văn bản chỉ đạo", "ý kiến chỉ đạo", "hồ sơ đề nghị", "giao dịch", "giao
    // thông", "giao ban", "giáo dục", "giáo viên", "nhà giáo" (twenty-fourth round).
    let noun = |k: usize| {
        (t[k].is_word("giao")
            && t.get(k + 1).is_some_and(|x| {
                ["dich", "thong", "ban", "luu", "duc", "vien", "su", "khoa"]
                    .iter()
                    .any(|w| x.is_word(w))
            }))
            || (t[k].is_word("giao") && k > 0 && t[k - 1].is_word("nha"))
            || (k > 0
                && ((t[k].is_word("chi")
                    && ["ban", "kien", "tac", "su"].iter().any(|w| t[k - 1].is_word(w))
                    && t.get(k + 1).is_some_and(|x| x.is_word("dao")))
                    || (t[k].is_word("de") && k > 1 && t[k - 1].is_word("so") && t[k - 2].is_word("ho"))))
    };
    // "hạn chế", "có hạn", "quá hạn", "trong hạn", "giới hạn": nouns of a report, no time limit
    // set (twenty-fifth round: "… 2.720 nhiệm vụ có hạn, … không có nhiệm vụ xử lý quá hạn").
    let limit_noun = |k: usize| {
        t[k].is_word("han")
            && (t.get(k + 1).is_some_and(|x| x.is_word("che"))
                || (k > 0 && ["co", "qua", "trong", "gioi"].iter().any(|w| t[k - 1].is_word(w))))
    };
    let sets = |k: usize| {
        // "… được giao", and "được UBND thành phố và HĐND phường giao," (passive, nothing given
        // after it: twenty-eighth round).
        let assigned_earlier = (t[k].is_word("giao")
            && ((k > 0 && t[k - 1].is_word("duoc")) || t.get(k + 1).is_none_or(|x| matches!(x, Tok::Sym(_)))))
            || (t[k].is_word("se") && k > 0 && t[k - 1].is_word("chia"));
        orders_at(t, k, &SETS) && !(assigned_earlier || noun(k) || limit_noun(k))
    };
    // "… khánh thành ngày 19/12 tới": a day still to come (twenty-fourth round).
    let coming = (1..t.len()).any(|k| t[k].is_word("toi") && matches!(t[k - 1], Tok::Num(..)));
    if coming || (0..t.len()).any(sets) {
        return false;
    }
    let done = (0..t.len()).any(|k| t[k].is_word("dax") && RESULTS.iter().any(|r| starts(t, k + 1, r)));
    let counted = (0..t.len()).any(|k| {
        starts(t, k, &["vuot", "ke", "hoach"])
            || starts(t, k, &["vuot", "muc"])
            || (matches!(t[k], Tok::Num(..))
                && t.get(k + 1).is_some_and(|x| x.is_sym(&['/']))
                && t.get(k + 2).is_some_and(|x| matches!(x, Tok::Num(..)))
                && t.get(k + 3).is_some_and(|x| x.is_word("chi"))
                && t.get(k + 4).is_some_and(|x| x.is_word("tieu")))
    });
    // "đã ban hành 115 văn bản": documents counted, not one that sets work for others; "Bộ Tài
    // chính đã có công văn số … trình …": a letter told as sent (twenty-sixth round).
    let issued_count = (0..t.len()).any(|k| {
        t[k].is_word("dax")
            && (starts(t, k + 1, &["ban", "hanh"]) && matches!(t.get(k + 3), Some(Tok::Num(..)))
                || starts(t, k + 1, &["co", "cong", "van"])
                || starts(t, k + 1, &["co", "van", "ban"])
                || starts(t, k + 1, &["co", "to", "trinh"]))
    });
    done || counted || issued_count || as_of(t) || reached(t) || past_stretch(t)
}

/// Labels (folded) of a page's metadata.
const META: [&[&str]; 6] = [
    &["ngay", "xuat", "ban"],
    &["ngay", "dang"],
    &["ngay", "ban", "hanh"],
    &["ngay", "hieu", "luc"],
    &["ngay", "cap", "nhat"],
    &["ngay", "cong", "bo"],
];

/// Whether the phrase opens with a metadata label and a colon ("Ngày hiệu lực: …", "Ngày ban
/// hành/chính thức: Từ 16/6/2025 …"): every time in it dates documents, not work.
///
/// So does a document's number line ("Số: 5155/SGDĐT-GDTXNNĐH *Về hướng dẫn … từ năm 2025*",
/// twenty-seventh round): a header names the document and its subject.
pub(crate) fn metadata_phrase(t: &[Tok<'_>]) -> bool {
    let number_line = t.first().is_some_and(|x| x.is_word("so"))
        && t.get(1).is_some_and(|x| x.is_sym(&[':']))
        && matches!(t.get(2), Some(Tok::Num(..)))
        && t.get(3).is_some_and(|x| x.is_sym(&['/', '-']));
    number_line || (META.iter().any(|m| starts(t, 0, m)) && t.iter().take(8).any(|x| x.is_sym(&[':'])))
}

/// Whether the time `c` follows a metadata label within five tokens ("Ngày đăng 10/05/2018",
/// "Ngày xuất bản: 10/01/2025").
pub(crate) fn after_metadata(t: &[Tok<'_>], c: &Cand) -> bool {
    let from = c.at.saturating_sub(5);
    (from..c.at).any(|k| META.iter().any(|m| starts(t, k, m) && k + m.len() <= c.at))
}

/// Words (folded) that set, schedule or announce, beside [`ORDERS`](super::tokens::ORDERS): a
/// legal-grounds clause with one of them goes on to set work ("Thực hiện Quyết định số …, ngành
/// Thống kê … tiến hành điều tra … bắt đầu từ …").
const GROUNDS_SET: [&[&str]; 10] = [
    &["du", "kien"],
    &["truoc"],
    &["giao"],
    &["bat", "dau"],
    &["hoan", "thanh"],
    &["ke", "tu"],
    &["tu", "ngay"],
    &["den", "ngay"],
    &["vao", "ngay"],
    &["tien", "hanh"],
];

/// A phrase that only states its legal grounds (twenty-fifth round): it opens with "Thực hiện"
/// or "Căn cứ (vào)" and a document cited by its number ("Thực hiện Thông báo số
/// 1230/TB-VPQH ngày 23/4/2025 của Văn phòng Quốc hội về … năm 2024", "Thực hiện Kế hoạch số
/// 281/KH–UBND ngày … về … năm 2024"), and sets nothing after it: every time in it is the cited
/// document's date or part of what the document is about.
pub(crate) fn grounds(t: &[Tok<'_>]) -> bool {
    let opens = starts(t, 0, &["thuc", "hien"]) || starts(t, 0, &["can", "cu"]);
    let cites = (1..t.len().min(10)).any(|k| t[k - 1].is_word("so") && matches!(t[k], Tok::Num(..)));
    // "giáo dục", "giao thông", "giao dịch": no assignment.
    let noun = |k: usize| {
        t[k].is_word("giao")
            && t.get(k + 1).is_some_and(|x| {
                ["dich", "thong", "ban", "luu", "duc", "vien", "su", "khoa"]
                    .iter()
                    .any(|w| x.is_word(w))
            })
    };
    opens && cites && !(0..t.len()).any(|k| orders_at(t, k, &GROUNDS_SET) && !noun(k))
}

/// The twelve earthly branches (folded) of a lunar year's name.
const BRANCHES: [&str; 12] = [
    "ty", "suu", "dan", "mao", "thin", "ngo", "mui", "than", "dau", "tuat", "hoi", "meo",
];

/// The ten heavenly stems (folded).
const STEMS: [&str; 10] = ["giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"];

/// A year right after a lunar year's name ("Tết Nguyên đán Bính Ngọ 2026", "Xuân Ất Tỵ 2025")
/// names the festival, not a time to act by (twenty-fifth round).
pub(crate) fn lunar_name(t: &[Tok<'_>], c: &Cand) -> bool {
    let at = c.at;
    at >= 2
        && matches!(c.span, super::scan::Span::Year { .. })
        && BRANCHES.iter().any(|b| t[at - 1].is_word(b))
        && STEMS.iter().any(|s| t[at - 2].is_word(s))
}

/// "… khai mạc vào lúc 7 giờ 30 phút, ngày 23/7/2024 … và diễn ra trong 2 ngày": an event that
/// starts on the day `c` and lasts N days ends N − 1 days later (twenty-fifth round). Only a
/// single day, followed within its sentence by "diễn ra / kéo dài (trong) N ngày" that names no
/// day range of its own ("diễn ra trong 2 ngày 5-6/12" is read from its range).
pub(crate) fn lasting_days(t: &[Tok<'_>], c: &Cand) -> Option<u32> {
    if !matches!(
        c.span,
        super::scan::Span::Full(Some(_)) | super::scan::Span::DayMonth { .. }
    ) {
        return None;
    }
    let end = t.len().min(c.end + 30);
    (c.end..end).take_while(|&k| !t[k].is_sym(&['.', ';'])).find_map(|k| {
        let verb = starts(t, k, &["dien", "ra"]) || starts(t, k, &["keo", "dai"]);
        if !verb {
            return None;
        }
        let j = if t.get(k + 2).is_some_and(|x| x.is_word("trong")) {
            k + 3
        } else {
            k + 2
        };
        let (Some(Tok::Num(n, _)), Some(d)) = (t.get(j).copied(), t.get(j + 1)) else {
            return None;
        };
        let ranged = t
            .get(j + 2)
            .is_some_and(|x| matches!(x, Tok::Num(..)) || x.is_sym(&['(']));
        (d.is_word("ngay") && (2..=31).contains(&n) && !ranged).then_some(n)
    })
}
