//! The role of the clause around a date (twentieth round): whole documents cite dates they do
//! not set. A date is *cited* when the words that govern it say so — the text's own adoption or
//! effect ("… thông qua ngày …", "Nghị định này có hiệu lực thi hành từ ngày …", "… được thực
//! hiện kể từ ngày …"), a past act told as background ("Ngày 16/7/2012, Ủy ban Thường vụ Quốc
//! hội đã ban hành …"), a bound on the past ("nhập ngũ từ ngày 30 tháng 4 năm 1975 trở về
//! trước", "đã từ trần trước ngày …"), a comparison ("cùng kỳ quý I/2024"). A recurrence word
//! that qualifies a payment or a statistic ("trợ cấp ưu đãi hằng tháng", "bình quân hằng năm")
//! times no duty. A deadline is set by other words ("trước", "chậm nhất", "hoàn thành", "trong
//! …") on work still to do; those are left alone.

use chrono::{Days, NaiveDate};

use super::scan::{Cand, Span};
use super::tokens::Tok;

/// Names of document types (folded words), before "này" in a text's own closing formula.
const DOCUMENT_TYPES: [&[&str]; 9] = [
    &["nghi", "quyet"],
    &["nghi", "dinh"],
    &["quyet", "dinh"],
    &["thong", "tu"],
    &["chi", "thi"],
    &["luat"],
    &["phap", "lenh"],
    &["quy", "dinh"],
    &["quy", "che"],
];

/// "đã" as marked before folding (`mark_done`): folded alone it is "Đà" of "Đà Nẵng".
const DONE: &str = "dax";

/// Marks the word "đã" (already) before the phrase is folded, so that it stays apart from "Đà",
/// "đa" and "da" once tones are dropped.
pub(crate) fn mark_done(s: &str) -> String {
    if !(s.contains("đã") || s.contains("Đã") || s.contains('\u{303}')) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    let chars: Vec<char> = s.chars().collect();
    let mut k = 0;
    while k < chars.len() {
        let word_start = k == 0 || !chars[k - 1].is_alphanumeric();
        let len = match (chars[k], chars.get(k + 1), chars.get(k + 2)) {
            ('đ' | 'Đ', Some('ã' | 'Ã'), _) => 2,
            ('đ' | 'Đ', Some('a' | 'A'), Some('\u{303}')) => 3,
            _ => 0,
        };
        let word_end = len > 0 && chars.get(k + len).is_none_or(|c| !c.is_alphanumeric());
        if word_start && word_end {
            out.push_str("đãx");
            k += len;
        } else {
            out.push(chars[k]);
            k += 1;
        }
    }
    out
}

/// Words after which a recurrence word qualifies a payment, a crop or an average, not a duty.
const QUALIFIED: [&str; 8] = [
    "tro cap",
    "phu cap",
    "tuat",
    "luong",
    "che do",
    "cay",
    "binh quan",
    "khau hao",
];

/// Whether `t[..end]` ends with the words `seq`.
fn ends_with(t: &[Tok<'_>], end: usize, seq: &[&str]) -> bool {
    end >= seq.len() && seq.iter().enumerate().all(|(k, w)| t[end - seq.len() + k].is_word(w))
}

/// The first token of the date with the "ngày" before it, if any.
fn head(t: &[Tok<'_>], c: &Cand) -> usize {
    match c.at.checked_sub(1) {
        Some(i) if !t[c.at].is_word("ngay") && t[i].is_word("ngay") => i,
        _ => c.at,
    }
}

/// The start of the clause that holds token `i` (after the last ";", "." or ":" before it).
fn clause_start(t: &[Tok<'_>], i: usize) -> usize {
    t[..i]
        .iter()
        .rposition(|x| x.is_sym(&[';', '.', ':']))
        .map_or(0, |k| k + 1)
}

/// The end of the clause that holds token `i`.
fn clause_end(t: &[Tok<'_>], i: usize) -> usize {
    t[i..]
        .iter()
        .position(|x| x.is_sym(&[';', '.', ':']))
        .map_or(t.len(), |k| i + k)
}

/// A document's symbol ("12/2023/QĐ-UBND", "số 45/UBND-NN") in `t[from..to]`.
fn symbol(t: &[Tok<'_>], from: usize, to: usize) -> bool {
    (from..to.saturating_sub(1)).any(|k| matches!(t[k], Tok::Num(..)) && t[k + 1].is_sym(&['/']))
}

/// The date a text was adopted, issued or founded on, or takes effect from: "… thông qua ngày
/// 16 tháng 6 năm 2025", "… ban hành ngày …", "Nghị định này có hiệu lực thi hành từ ngày …",
/// "Chế độ … quy định tại … Quyết định này được thực hiện kể từ ngày …", "Thời gian áp dụng từ
/// ngày …" (no end named), "Đảng bộ … được thành lập ngày …". Another document's effect date
/// told by a news item ("Thông tư 85/2017/TT-BTC có hiệu lực từ ngày 01/10/2017", "Xem chi tiết
/// tại Quyết định … có hiệu lực từ ngày …") is cited too (twenty-eighth round, for all sets): it
/// starts a rule, it is no day by which anyone's work is due.
pub(crate) fn adopted(t: &[Tok<'_>], c: &Cand) -> bool {
    let h = head(t, c);
    let dated = t[h].is_word("ngay");
    if dated && (ends_with(t, h, &["thong", "qua"]) || ends_with(t, h, &["ban", "hanh"]) || ends_with(t, h, &["ky"])) {
        return true;
    }
    if dated
        && h >= 3
        && ends_with(t, h, &["thanh", "lap"])
        && (ends_with(t, h - 2, &["duoc"]) || ends_with(t, h - 2, &["da"]))
    {
        return true;
    }
    // "có hiệu lực (thi hành) (kể) từ ngày", "áp dụng từ ngày", "được thực hiện kể từ ngày"
    let mut j = h;
    while j > 0 && (t[j - 1].is_word("tu") || t[j - 1].is_word("ke")) {
        j -= 1;
    }
    if j == h {
        return false;
    }
    let start = clause_start(t, j);
    let effect = ends_with(t, j, &["co", "hieu", "luc"]) || ends_with(t, j, &["co", "hieu", "luc", "thi", "hanh"]);
    // "… kết thúc hoạt động kể từ ngày 01 tháng 7 năm 2025": a body ends on a day the law sets;
    // no one has work due by it (twenty-second round). "Kết thúc hoạt động … trước ngày …" is a
    // deadline and has no "từ".
    let ends_activity = ["ket", "cham"]
        .iter()
        .any(|w| ends_with(t, j, &[w, if *w == "ket" { "thuc" } else { "dut" }, "hoat", "dong"]));
    // "… này áp dụng trên địa bàn Thành phố … từ năm 2025", "áp dụng đối với … từ ngày …": a scope
    // may stand between "áp dụng" and "từ" (twenty-seventh round).
    let scoped = (start.max(j.saturating_sub(12))..j).any(|k| {
        ends_with(t, k, &["ap", "dung"]) && (starts_scope(t, k) && t[k..j].iter().all(|x| matches!(x, Tok::Word(_))))
    });
    effect
        || ends_activity
        || ends_with(t, j, &["duoc", "thuc", "hien"])
        || ((ends_with(t, j, &["ap", "dung"]) || scoped) && !symbol(t, start, j))
}

/// A scope right after "áp dụng" at token `k`: "trên (địa bàn) …", "đối với …", "tại …", "trong
/// phạm vi …".
fn starts_scope(t: &[Tok<'_>], k: usize) -> bool {
    let w = |i: usize, x: &str| t.get(i).is_some_and(|y| y.is_word(x));
    w(k, "tren") || (w(k, "doi") && w(k + 1, "voi")) || w(k, "tai") || (w(k, "trong") && w(k + 1, "pham"))
}

/// A date that bounds the past: "nhập ngũ từ ngày 30 tháng 4 năm 1975 trở về trước", "đã từ
/// trần trước ngày 01 tháng 01 năm 2009", "đã ở ổn định từ trước ngày 15/10/1993". A state or an
/// act already done before a day is a condition, not work to do; a report that work "đã hoàn
/// thành" by a day keeps its date.
pub(crate) fn bounds_past(t: &[Tok<'_>], c: &Cand) -> bool {
    let after = |seq: &[&str]| {
        seq.iter()
            .enumerate()
            .all(|(k, w)| t.get(c.end + k).is_some_and(|x| x.is_word(w)))
    };
    if after(&["tro", "ve", "truoc"]) || after(&["ve", "truoc"]) {
        return true;
    }
    let h = head(t, c);
    if !(h > 0 && t[h - 1].is_word("truoc")) {
        return false;
    }
    // "đã" a few words before, in the same bracket ("… đã hướng dẫn tại Công văn … ) gửi về Bộ
    // trước ngày …" is a deadline).
    let start = clause_start(t, h).max(h.saturating_sub(12));
    let start = t[start..h]
        .iter()
        .rposition(|x| x.is_sym(&['(', ')']))
        .map_or(start, |k| start + k + 1);
    let Some(da) = (start..h).rposition(|k| t[k].is_word(DONE)).map(|k| start + k) else {
        return in_state(t, start, h);
    };
    let done = ["hoan thanh", "xong", "ket thuc"];
    let words: Vec<&str> = t[da..h]
        .iter()
        .filter_map(|x| match x {
            Tok::Word(w) => Some(*w),
            _ => None,
        })
        .collect();
    let between = words.join(" ");
    !done.iter().any(|d| between.contains(d)) && !between.contains("cham nhat")
}

/// States a day bounds, with no "đã" (twenty-first round): a contract "được giao kết và thực
/// hiện trước ngày …", a payment "phát sinh trước ngày …", people "đang tham gia bảo hiểm …
/// trước ngày …", subjects "được pháp luật quy định trước ngày …", a contract "được ký trước
/// ngày …" — transition and eligibility rules, not work to do. A work verb between the state
/// and "trước" ("được ký, gửi về Sở trước ngày …") makes it a deadline again.
const STATES: [&[&str]; 7] = [
    &["giao", "ket"],
    &["duoc", "ky"],
    &["phat", "sinh"],
    &["dang", "tham", "gia"],
    &["duoc", "cong", "nhan"],
    &["duoc", "bo", "nhiem"],
    &["quy", "dinh"],
];

fn in_state(t: &[Tok<'_>], start: usize, h: usize) -> bool {
    let from = start.max(h.saturating_sub(10));
    let Some(at) = (from..h)
        .rev()
        .find(|&k| STATES.iter().any(|st| ends_with(t, k + 1, st)))
    else {
        return false;
    };
    // "quy định" is a state only when passive ("được pháp luật quy định trước ngày …") and right
    // before "trước".
    if t[at].is_word("dinh") && !(at + 2 == h && (from..at).any(|k| t[k].is_word("duoc"))) {
        return false;
    }
    let words: Vec<&str> = t[at + 1..h - 1]
        .iter()
        .filter_map(|x| match x {
            Tok::Word(w) => Some(*w),
            _ => None,
        })
        .collect();
    let between = format!(" {} ", words.join(" "));
    !WORK.iter().any(|w| between.contains(&format!(" {w} "))) && !between.contains(" phai ")
}

/// The end of a span the text itself takes effect or a rate applies for: "Nghị quyết này có
/// hiệu lực thi hành kể từ ngày ký đến hết ngày 31 tháng 12 năm 2027", "Thuế suất áp dụng từ
/// ngày … đến hết ngày …", "Kể từ ngày Nghị định này có hiệu lực thi hành đến hết ngày …: nộp
/// lệ phí …" (twenty-first round; `adopted` took only the start).
fn effect_ends(t: &[Tok<'_>], c: &Cand) -> bool {
    let h = head(t, c);
    let mut j = h;
    if j > 0 && t[j - 1].is_word("het") {
        j -= 1;
    }
    if !(j > 0 && t[j - 1].is_word("den")) {
        return false;
    }
    let start = clause_start(t, j);
    let has = |seq: &[&str]| (start..j).any(|k| ends_with(t, k + 1, seq));
    // A rate applies for the span ("Thuế suất áp dụng từ …"); "Thời gian thực hiện: áp dụng từ …
    // đến …" times the work and keeps its end (twentieth round's test).
    let rate = [&["thue", "suat"][..], &["muc"], &["gia"], &["phi"], &["ty", "le"]]
        .iter()
        .any(|r| has(r));
    has(&["co", "hieu", "luc"]) || (rate && has(&["ap", "dung", "tu"]) && !symbol(t, start, j))
}

/// "trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản …", "… 30 ngày làm việc kể từ
/// ngày ban hành thông báo": a count from an event the phrase does not date, not from the issue
/// date (twenty-first round). Counted from a date, from the text's own signing or issue ("kể từ
/// ngày ký", "kể từ ngày ban hành", "… ngày ban hành Kế hoạch này"), it stays.
fn from_event(t: &[Tok<'_>], c: &Cand) -> bool {
    if !matches!(c.span, Span::Relative { .. }) {
        return false;
    }
    // "Mục tiêu trong 8 tuần đầu là …", "trong 24 giờ đầu": the first N units of a campaign or an
    // event the phrase does not date, not N units from the issue date (twenty-eighth round).
    if t.get(c.end).is_some_and(|x| x.is_word("dau")) && !t.get(c.end + 1).is_some_and(|x| x.is_word("nam")) {
        return true;
    }
    let Some(tu) = super::scan::count_start(t, c.end) else {
        return false;
    };
    let mut k = tu + 1;
    if !t.get(k).is_some_and(|x| x.is_word("ngay") || x.is_word("khi")) {
        return false;
    }
    k += 1;
    let Some(next) = t.get(k) else {
        return false;
    };
    if matches!(next, Tok::Num(..)) {
        return false;
    }
    let own = |j: usize| {
        t.get(j).is_none_or(|x| matches!(x, Tok::Sym(_)))
            || t.get(j).is_some_and(|x| x.is_word("nay"))
            || (t.get(j + 2).is_some_and(|x| x.is_word("nay")) && DOCUMENT_TYPES.iter().any(|d| ends_with(t, j + 2, d)))
            || (t.get(j + 2).is_some_and(|x| x.is_word("nay")) && ends_with(t, j + 2, &["ke", "hoach"]))
    };
    if next.is_word("ky") {
        return !own(k + 1);
    }
    if next.is_word("ban") && t.get(k + 1).is_some_and(|x| x.is_word("hanh")) {
        return !own(k + 2);
    }
    true
}

/// A past act told as background: "Ngày 16/7/2012, Ủy ban Thường vụ Quốc hội khóa 13 đã ban
/// hành …", "ngày 16/8/2018 Bộ … đã có Công văn số …", "Ngày 19 tháng 9 năm 2013, Văn phòng
/// Chính phủ có văn bản số …": a full date after "ngày", followed in its clause (before any
/// "trước" or "chậm nhất") by a verb of issuing or writing.
pub(crate) fn narrated(t: &[Tok<'_>], c: &Cand) -> bool {
    if !matches!(c.span, Span::Full(_)) || !t[head(t, c)].is_word("ngay") {
        return false;
    }
    let end = clause_end(t, c.end).min(c.end + 30);
    let acts: [&[&str]; 6] = [
        &["ban", "hanh"],
        &["co", "van", "ban"],
        &["co", "cong", "van"],
        &["co", "thong", "bao"],
        &["co", "to", "trinh"],
        &["co", "quyet", "dinh"],
    ];
    for k in c.end..end {
        if t[k].is_word("truoc") || t[k].is_word("nhat") {
            return false;
        }
        if acts.iter().any(|a| ends_with(t, k + 1, a)) {
            return true;
        }
    }
    false
}

/// "(cùng kỳ quý I/2024 tăng 6,26%)": the period a figure is compared with.
pub(crate) fn compared(t: &[Tok<'_>], c: &Cand) -> bool {
    ends_with(t, head(t, c), &["cung", "ky"])
}

/// Whether the phrase tells a past act (`narrated`) anywhere: then a date already past on the
/// issue date in it is part of the story ("… báo cáo Phó Thủ tướng trước ngày 30 tháng 9 năm
/// 2013", told on 21/10/2013).
pub(crate) fn tells_past(t: &[Tok<'_>], cands: &[Cand]) -> bool {
    cands.iter().any(|c| narrated(t, c))
}

/// A date more than a year before the issue date: no text sets a deadline that passed a year
/// before it was written, so the text cites it (a law's date, a condition of eligibility, a past
/// act); nearer dates may be a report's own ("Đến ngày 10.9, … đã hoàn thành"). A date that
/// opens a clause (`opens_clause`) is a story's and is kept.
pub(crate) fn stale(date: NaiveDate, issued: NaiveDate) -> bool {
    issued
        .checked_sub_days(Days::new(365))
        .is_some_and(|limit| date < limit)
}

/// Work verbs (folded) a deadline word sets a time for: "gửi … trước ngày …", "trình … trước
/// ngày …", "hoàn thành chậm nhất ngày …".
const WORK: [&str; 9] = [
    "gui",
    "trinh",
    "bao cao",
    "nop",
    "hoan thanh",
    "hoan thien",
    "xong",
    "tong hop",
    "ban giao",
];

/// A date set on work by "trước" or "chậm nhất" right before it, in a clause that names work to
/// do ("Trình UBND tỉnh trước ngày 10/8/2018") or in a phrase that is the deadline alone
/// ("trước ngày 10/8/2018", as the plan reader cuts it): a deadline however it stands to the issue date
/// (a header's year misread by OCR makes any deadline look a year past), unlike a condition on
/// the past ("hoạt động cách mạng trước ngày 01/01/1945", no work named).
pub(crate) fn set_on_work(t: &[Tok<'_>], c: &Cand) -> bool {
    let h = head(t, c);
    let marker = if ends_with(t, h, &["truoc"]) {
        1
    } else if ends_with(t, h, &["cham", "nhat"]) {
        2
    } else {
        return false;
    };
    let start = clause_start(t, h);
    let words: Vec<&str> = t[start..h]
        .iter()
        .filter_map(|x| match x {
            Tok::Word(w) => Some(*w),
            _ => None,
        })
        .collect();
    // The phrase is the deadline itself ("trước ngày 10/8/2018", cut from its sentence by the
    // plan reader, which may keep a lead-in "từ" — or the "tư" of "Đầu tư", folded alike): set.
    if words[..words.len() - marker].iter().all(|w| *w == "tu") {
        return true;
    }
    // "công trình", "chương trình", "quá trình" … are nouns: removed before "trình" is looked for.
    let mut clause = format!(" {} ", words.join(" "));
    for noun in NOT_WORK {
        clause = clause.replace(&format!(" {noun} "), " ");
    }
    WORK.iter().any(|w| clause.contains(&format!(" {w} ")))
}

/// Nouns (folded) that hold a word of [`WORK`]: "công trình", "chương trình", "tờ trình" …
const NOT_WORK: [&str; 10] = [
    "cong trinh",
    "chuong trinh",
    "qua trinh",
    "lo trinh",
    "tien trinh",
    "phuong trinh",
    "giao trinh",
    "hanh trinh",
    "lich trinh",
    "to trinh",
];

/// "Tiếp đó, ngày 30/6/2015, công ty …": a date that opens a clause, as a news story dates its
/// events; a stale date there is the story's, and is read (eighteenth round's label).
pub(crate) fn opens_clause(t: &[Tok<'_>], c: &Cand) -> bool {
    let h = head(t, c);
    h == 0 || t[h - 1].is_sym(&[',', ';', '.', ':', '-'])
}

/// Whether a date is cited, not set (see the module documentation). A past act told
/// (`narrated`) is dropped later, and only when the issue date shows it past: news without a
/// date that says "Ngày 21/6/2018, UBND … đã ban hành Kế hoạch …" is read as that day.
pub(crate) fn cited(t: &[Tok<'_>], c: &Cand) -> bool {
    adopted(t, c)
        || bounds_past(t, c)
        || compared(t, c)
        || effect_ends(t, c)
        || from_event(t, c)
        || super::named::reached(t, c)
}

/// "Ví dụ 1: ngày 13 tháng 10 năm 2025 đồng chí … bị tai nạn …", "Giả sử tiền lương tháng
/// 4/2021 của bà N …": a worked example of a rule; its dates illustrate, they set nothing
/// (twenty-first round).
pub(crate) fn illustrates(folded: &str) -> bool {
    let t: Vec<&str> = folded.split(' ').take(3).collect();
    let word = |k: usize| t.get(k).map(|w| w.trim_end_matches(':'));
    (word(0) == Some("vi")
        && (t.get(1).is_some_and(|w| w.starts_with("du:"))
            || (word(1) == Some("du")
                && t.get(2)
                    .is_some_and(|w| w.ends_with(':') || w.chars().all(|c| c.is_ascii_digit())))))
        || (word(0) == Some("gia") && word(1) == Some("su"))
}

/// A target named before word `words.len()`: "mục tiêu", "chỉ tiêu", "phấn đấu". An average
/// it sets "bình quân hằng năm" ("mục tiêu tăng tổng thu ngân sách bình quân hằng năm 8-9%") is
/// met every year; an average a report measures stays a statistic (twenty-eighth round).
fn target(words: &[&str]) -> bool {
    words
        .windows(2)
        .any(|w| matches!((w[0], w[1]), ("muc", "tieu") | ("chi", "tieu") | ("phan", "dau")))
}

/// The folded phrase with recurrence words that qualify a payment, a crop or an average
/// ("đang hưởng trợ cấp ưu đãi hằng tháng", "chế độ mất sức lao động hàng tháng", "cây hàng
/// năm", "bình quân hằng năm") set apart, so that they read as no duty's period.
pub(crate) fn without_qualified(folded: &str) -> String {
    if !folded.contains("hang ") {
        return folded.to_string();
    }
    let raw: Vec<&str> = folded.split(' ').collect();
    let words: Vec<&str> = raw
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let mut out: Vec<String> = raw.iter().map(|w| (*w).to_string()).collect();
    for k in 0..words.len().saturating_sub(1) {
        if raw[k] != "hang" || !matches!(words[k + 1], "thang" | "nam" | "quy" | "tuan") {
            continue;
        }
        let from = k.saturating_sub(6);
        let window = format!(" {} ", words[from..k].join(" "));
        // "chế độ báo cáo định kỳ hằng năm": a report comes between — a reporting regime, whose
        // period is the duty's (twenty-first round).
        let qualified = QUALIFIED.iter().any(|q| {
            window.rfind(&format!(" {q} ")).is_some_and(|at| {
                let after = &window[at + q.len() + 1..];
                let set = *q == "binh quan" && target(&words[..k]);
                !(set || WORK.iter().any(|w| after.contains(&format!(" {w} "))))
            })
        });
        if qualified || heading(&words, k) {
            out[k] = "hang-".to_string();
        }
    }
    out.join(" ")
}

/// "Phương án đầu tư hằng năm bao gồm các nội dung cơ bản sau:", "Hồ sơ xác nhận hàng năm giấy
/// chứng nhận …, gồm:": the recurrence word at `k` names the thing a list heading lists, no
/// duty — the clause runs on to "gồm" / "bao gồm" with no work verb before it (twenty-first
/// round).
fn heading(words: &[&str], k: usize) -> bool {
    let start = words[..k].iter().rposition(|w| w.is_empty()).map_or(0, |p| p + 1);
    let Some(gom) = words[k..].iter().position(|w| *w == "gom").map(|p| k + p) else {
        return false;
    };
    // "(không bao gồm …)" excludes; it heads no list.
    if words[..gom].ends_with(&["khong", "bao"]) || words[..gom].last() == Some(&"khong") {
        return false;
    }
    let before = format!(" {} ", words[start..gom].join(" "));
    // "- Tập trung tuyên truyền … thông qua các chiến dịch … hàng năm bao gồm:": a clause that
    // opens with a verb of work asks for the work; the list is its parts (twenty-sixth round).
    let opens = format!("{} ", words[start..gom].join(" "));
    if crate::plan::work_verbs().any(|v| opens.starts_with(&format!("{v} "))) {
        return false;
    }
    let ends = words
        .get(gom + 1)
        .is_none_or(|w| w.is_empty() || ["cac", "nhung", "noi", "sau"].contains(w));
    ends && !WORK.iter().any(|w| before.contains(&format!(" {w} ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadline::scan::scan;
    use crate::deadline::tokens::tokenize;
    use crate::text::fold;

    fn roles(s: &str) -> Vec<bool> {
        let f = fold(&mark_done(s));
        let t = tokenize(&f);
        scan(&t).iter().map(|c| cited(&t, c)).collect()
    }

    #[test]
    fn adoption_and_effect() {
        assert_eq!(
            roles("Luật này được Quốc hội thông qua ngày 20 tháng 11 năm 2019."),
            [true]
        );
        assert_eq!(
            roles("Thông tư này có hiệu lực thi hành kể từ ngày 15/02/2021."),
            [true]
        );
        assert_eq!(roles("Mức phụ cấp mới được thực hiện kể từ ngày 01/7/2020."), [true]);
        assert_eq!(roles("Thời gian áp dụng từ ngày 01/3/2019."), [true]);
        // another document's effect date, told by news: cited too since the twenty-eighth round;
        // a deadline to issue is no effect date
        assert_eq!(
            roles("Quyết định 05/2022/QĐ-UBND có hiệu lực từ ngày 10/3/2022"),
            [true]
        );
        assert_eq!(roles("trình ký ban hành trước ngày 15/8/2022"), [false]);
    }

    #[test]
    fn bounds_on_the_past() {
        assert_eq!(roles("quân nhân nhập ngũ từ ngày 30/4/1975 trở về trước"), [true]);
        assert_eq!(roles("hộ gia đình đã sử dụng đất ổn định trước ngày 01/7/2004"), [true]);
        // done by a day, or to be done by it
        assert_eq!(roles("các xã đã hoàn thành trước ngày 20/5/2022"), [false]);
        // "Đà Nẵng" is no "đã"
        assert_eq!(
            roles("Quảng Nam và Đà Nẵng bàn giao mặt bằng trước ngày 15/5/2021"),
            [false]
        );
        assert_eq!(roles("hoàn thiện hồ sơ trước ngày 20/5/2022"), [false]);
    }

    #[test]
    fn past_acts_told() {
        let told = |s: &str| {
            let f = fold(s);
            let t = tokenize(&f);
            tells_past(&t, &scan(&t))
        };
        assert!(told("Ngày 05/3/2021, Bộ Tài chính đã ban hành Thông tư hướng dẫn"));
        assert!(told("ngày 12/4/2020 Sở Y tế đã có công văn gửi các huyện"));
        assert!(!told("Ngày 20/6/2022, các đơn vị hoàn thành việc rà soát"));
        assert_eq!(roles("tăng 5,2% (cùng kỳ năm 2021 tăng 3,1%)"), [true]);
    }

    #[test]
    fn qualified_periods() {
        let q = |s: &str| without_qualified(&fold(s));
        assert!(!q("người đang hưởng trợ cấp ưu đãi hằng tháng").contains("hang thang"));
        assert!(!q("chuyển sang trồng cây hàng năm").contains("hang nam"));
        assert!(q("báo cáo trước ngày 20 hằng tháng").contains("hang thang"));
        assert!(!q("mức trợ cấp hàng tháng.").contains("hang thang"));
    }
}
