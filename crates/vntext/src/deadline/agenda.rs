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
use super::tokens::Tok;

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
    let mut k = c.at;
    while k > 0 && c.at - k < 20 {
        k -= 1;
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

/// Words (folded) that set, assign or aim: a phrase with them is no report of results.
const SETS: [&[&str]; 14] = [
    &["se"],
    &["du", "kien"],
    &["truoc", "ngay"],
    &["cham", "nhat"],
    &["han"],
    &["phai"],
    &["giao"],
    &["chi", "dao"],
    &["yeu", "cau"],
    &["de", "nghi"],
    &["phan", "dau"],
    &["quyet", "tam"],
    &["tiep", "tuc"],
    &["hoan", "thanh", "trong"],
];

/// Verbs (folded) of a result after "đã" (marked "dax").
const RESULTS: [&[&str]; 11] = [
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
];

/// Openings (folded) of a status told as of a day: "Tính đến ngày 13/8/2025, có 250 dự án …",
/// "Đến ngày 30/9/2025, kết quả giải ngân … mới được …".
const AS_OF: [&[&str]; 4] = [
    &["tinh", "den"],
    &["den", "ngay"],
    &["den", "het", "ngay"],
    &["den", "cuoi", "thang"],
];

/// Words (folded) of a status reached: "đã" (marked "dax"), "mới được", "còn", "nhận được".
fn status(t: &[Tok<'_>], k: usize) -> bool {
    t[k].is_word("dax")
        || t[k].is_word("con")
        || (t[k].is_word("moi") && t.get(k + 1).is_some_and(|x| x.is_word("duoc")))
        || (t[k].is_word("nhan") && t.get(k + 1).is_some_and(|x| x.is_word("duoc")))
        || (t[k].is_word("co") && t.get(k + 1).is_some_and(|x| matches!(x, Tok::Num(..))))
}

/// Whether the phrase tells a status as of a day it opens with (within its first five tokens,
/// after a byline such as "TTH -"): "Tính đến …" always, "Đến ngày …" with a word of a status
/// reached (twenty-fourth round).
fn as_of(t: &[Tok<'_>]) -> bool {
    (0..t.len().min(5)).any(|k| {
        AS_OF.iter().any(|a| starts(t, k, a)) && (starts(t, k, &["tinh", "den"]) || (k..t.len()).any(|j| status(t, j)))
    })
}

/// "… giải phóng được hơn 1.000ha", "… mới được 2.681/9.581 tỷ đồng": a quantity reached.
fn reached(t: &[Tok<'_>]) -> bool {
    (1..t.len()).any(|k| {
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
pub(crate) fn forecast(t: &[Tok<'_>]) -> bool {
    (0..t.len().min(4)).any(|k| starts(t, k, &["theo", "du", "bao"]))
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
                && ((t[k].is_word("chi") && (t[k - 1].is_word("ban") || t[k - 1].is_word("kien")))
                    || (t[k].is_word("de") && k > 1 && t[k - 1].is_word("so") && t[k - 2].is_word("ho"))))
    };
    let sets = |k: usize| {
        SETS.iter().any(|s| starts(t, k, s)) && !(t[k].is_word("giao") && k > 0 && t[k - 1].is_word("duoc")) && !noun(k)
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
    // "đã ban hành 115 văn bản": documents counted, not one that sets work for others.
    let issued_count = (0..t.len()).any(|k| {
        t[k].is_word("dax") && starts(t, k + 1, &["ban", "hanh"]) && matches!(t.get(k + 3), Some(Tok::Num(..)))
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
pub(crate) fn metadata_phrase(t: &[Tok<'_>]) -> bool {
    META.iter().any(|m| starts(t, 0, m)) && t.iter().take(8).any(|x| x.is_sym(&[':']))
}

/// Whether the time `c` follows a metadata label within five tokens ("Ngày đăng 10/05/2018",
/// "Ngày xuất bản: 10/01/2025").
pub(crate) fn after_metadata(t: &[Tok<'_>], c: &Cand) -> bool {
    let from = c.at.saturating_sub(5);
    (from..c.at).any(|k| META.iter().any(|m| starts(t, k, m) && k + m.len() <= c.at))
}

fn starts(t: &[Tok<'_>], k: usize, seq: &[&str]) -> bool {
    seq.iter()
        .enumerate()
        .all(|(i, w)| t.get(k + i).is_some_and(|x| x.is_word(w)))
}
