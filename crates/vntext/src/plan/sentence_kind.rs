//! What kind of sentence a prose sentence is, read from its words: an order ("giao …",
//! "X phối hợp …"), work told as done, a sanction, an appeal, the attendance of a meeting,
//! a notice's closing formula. Split from `prose.rs`, which walks the paragraphs and keeps
//! the discourse state; these predicates look at one sentence alone.

use super::lead::{MODALS, accent_matches, assigned_unit, strip_openers, subject};
use super::phrase_pos;
use super::sentence_time::strip_time_lead;
use crate::text::{fold, fold_with_map};

/// Whether a sentence assigns work ("giao …", "… chủ trì").
pub(super) fn assigns(sentence: &str) -> bool {
    // "“Giao UBND TP. Vinh …": a quoted conclusion.
    let trimmed = sentence.trim_start_matches(['“', '"', '‘', ' ']);
    let (f, map) = fold_with_map(trimmed);
    // "UBND tỉnh giao 833 nhiệm vụ cho …" counts work given; it orders nothing; "họp giao
    // ban" is a meeting.
    let gives = f.match_indices("giao ").any(|(p, w)| {
        (p == 0 || f[..p].ends_with(' '))
            && !f[p + w.len()..].starts_with(|c: char| c.is_ascii_digit())
            && !super::order::giao_ban(trimmed, &map, p)
    });
    gives
        || super::assign::leads_work(&f)
        || urges(sentence)
        || directs(sentence)
        || ((f.contains(" chi dao ") || phrase_pos(&f, "phan cong").is_some()) && assigned_unit(sentence).is_some())
        // "Đối với các cơ quan báo chí, tăng cường …": the work of the unit named.
        || super::lead::regarding_unit(strip_time_lead(sentence)).is_some()
        // "Công văn nêu rõ, lãnh đạo các địa phương chỉ đạo …": what a document orders.
        || super::lead::document_says(sentence).is_some() && predicate(sentence).is_some()
}

/// "Sở Kế hoạch và Đầu tư, Sở Xây dựng phối hợp đơn vị tư vấn hoàn thành …": a unit
/// opening the sentence with a verb of assigned work.
pub(super) fn directs(sentence: &str) -> bool {
    let Some(rest) = predicate(sentence) else {
        return false;
    };
    let rest = rest.as_str();
    let next = fold(rest);
    // "Đối với UBND các huyện cần xây dựng …", "X phải hoàn thành …": the modal orders it.
    let modal = MODALS
        .iter()
        .any(|m| next.starts_with(m.trim_start()) && accent_matches(rest, m.trim()));
    modal
        || [
            "phoi hop ",
            "tham muu ",
            "chiu trach nhiem ",
            "co trach nhiem ",
            "co nhiem vu ",
            "chu dong ",
        ]
        .iter()
        .any(|v| next.starts_with(v))
}

/// What follows the unit that opens the sentence (after openers), if one does.
pub(super) fn predicate(sentence: &str) -> Option<String> {
    let body = strip_openers(sentence);
    let unit = subject(body).filter(|u| body.starts_with(u.as_str()))?;
    Some(body[unit.len()..].trim_start_matches([',', ' ']).to_string())
}

/// "X phải chịu trách nhiệm nếu để vắc xin quá hạn", "X chịu trách nhiệm trước UBND tỉnh
/// …": who answers for a failure, not work.
pub(super) fn sanctions(sentence: &str) -> bool {
    predicate(sentence).is_some_and(|p| {
        let f = fold(&p);
        let f = f.strip_prefix("phai ").unwrap_or(&f);
        f.strip_prefix("chiu trach nhiem ")
            .is_some_and(|after| ["neu ", "khi ", "truoc "].iter().any(|w| after.starts_with(w)))
    })
}

/// "Tại cuộc họp, đại diện Sở Xây dựng đã báo cáo tiến độ …": work told as done, in a
/// sentence that orders nothing.
pub(super) fn reports_done(sentence: &str) -> bool {
    let f = fold(sentence);
    let ordered = ["giao ", "yeu cau ", "de nghi "]
        .iter()
        .any(|w| phrase_pos(&f, w.trim()).is_some())
        || super::assign::leads_work(&f)
        // "… vừa có văn bản chỉ đạo X … các nhiệm vụ đã được phân công": an order that names
        // its unit, whatever "đã" says after it ("Thủ tướng đã phân công …" tells it as done).
        || assigned_unit(sentence).is_some() && {
            let lower = sentence.to_lowercase();
            let order = ["chỉ đạo", "phân công", "lưu ý"].iter().filter_map(|w| lower.find(w)).min();
            order.is_some_and(|o| !lower[..o].split(|c: char| !c.is_alphanumeric()).any(|w| w == "đã"))
        };
    let lower = sentence.to_lowercase();
    let past = lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == "đã");
    past && !ordered
}

/// "Trên cơ sở đó, các đơn vị đã đề xuất …", "X cũng đã tích cực phối hợp …": the subject's
/// predicate opens with "đã" (work done), and the sentence orders nothing. ("Đẩy mạnh các dự
/// án đã phê duyệt": "đã" of a relative clause is not the predicate's.) A news lead that dates
/// an issuing act ("Ngày 27/5/2021, UBND tỉnh ban hành Công văn …, gửi các Sở …") tells it as
/// done too, without "đã": see `issued_on_day`.
pub(super) fn told_done(sentence: &str) -> bool {
    predicate(sentence).is_some_and(|p| {
        let lower = p.to_lowercase();
        ["đã ", "cũng đã ", "đều đã ", "đã và đang "]
            .iter()
            .any(|w| lower.starts_with(w))
    }) && reports_done(sentence)
        || issued_on_day(sentence)
        || looks_back(sentence)
}

/// "Thời gian qua, công tác quản lý … luôn được … quan tâm chỉ đạo thực hiện, …", "Những năm
/// qua, …": a sentence told of the time just past (a text's preamble), when it orders nothing.
fn looks_back(sentence: &str) -> bool {
    let f = fold(sentence.trim_start());
    let past = [
        "thoi gian qua,",
        "trong thoi gian qua,",
        "thoi gian vua qua,",
        "nhung nam qua,",
        "trong nhung nam qua,",
    ]
    .iter()
    .any(|w| f.starts_with(w));
    let ordered = ["giao", "yeu cau", "de nghi"]
        .iter()
        .any(|w| phrase_pos(&f, w).is_some());
    past && !ordered
}

/// "Ngày 27/5/2021, UBND tỉnh ban hành Công văn số …, gửi các Sở, ban, ngành …", "Chiều
/// 12/3, Sở Y tế có văn bản gửi …", "Vừa qua, UBND huyện ký ban hành Kế hoạch …": a news lead
/// that tells, on its day, that a body issued (or sent) a document. The act is told as done —
/// the deadline engine cites such a day, it sets none — and the addressees named after "gửi"
/// are where the document went, not doers of work. A sentence that orders in its own words
/// ("… ban hành Công văn yêu cầu các Sở …", "… giao …") stays an order.
pub(super) fn issued_on_day(sentence: &str) -> bool {
    let Some(rest) = after_news_lead(strip_openers(sentence)) else {
        return false;
    };
    const ISSUES: &[&str] = &[
        "ban hanh ",
        "ky ban hanh ",
        "co cong van ",
        "co van ban ",
        "co thong bao ",
        "co cong dien ",
        "ra cong van ",
        "gui cong van ",
        "gui van ban ",
        // "Sáng 9-7, Đảng ủy phường Dĩ An tổ chức hội nghị triển khai nhiệm vụ …", "Chiều ngày
        // 17/5/2022, Phó Chủ tịch UBND huyện chủ trì tổ chức kiểm tra …": a meeting or a check
        // held on its day, told as done; the orders given there follow in their own sentences.
        "to chuc hoi nghi ",
        "to chuc cuoc hop ",
        "chu tri hoi nghi ",
        "chu tri cuoc hop ",
        "chu tri to chuc ",
    ];
    predicate(rest).is_some_and(|p| {
        let f = fold(&p);
        let f = ["da ", "vua ", "cung da ", "cung "]
            .iter()
            .find_map(|w| f.strip_prefix(w))
            .unwrap_or(&f);
        ISSUES.iter().any(|v| f.starts_with(v))
    }) && !orders(sentence)
}

/// The sentence after a news lead that places it in time: a day ("Ngày 27/5/2021,", "Sáng
/// 12-3,", "Chiều ngày 5 tháng 6 năm 2020,") or "Vừa qua," / "Mới đây,". `None` when the
/// sentence opens otherwise (a deadline "Trước ngày …," is no such lead).
fn after_news_lead(sentence: &str) -> Option<&str> {
    let (lead, rest) = sentence.split_once(", ")?;
    let f = fold(lead);
    if ["vua qua", "moi day", "gan day"].contains(&f.as_str()) {
        return Some(rest);
    }
    let mut words = f.split(' ').peekable();
    if words
        .peek()
        .is_some_and(|w| ["sang", "chieu", "toi", "trua", "dem"].contains(w))
    {
        words.next();
    }
    if words.peek() == Some(&"ngay") {
        words.next();
    }
    let date: Vec<&str> = words.collect();
    let dated = date
        .first()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        && date
            .iter()
            .all(|w| ["thang", "nam"].contains(w) || w.chars().all(|c| c.is_ascii_digit() || "/-.".contains(c)));
    dated.then_some(rest)
}

/// Whether the sentence orders work in its own words ("giao", "yêu cầu", "đề nghị", "… chủ
/// trì", an order to a named unit).
fn orders(sentence: &str) -> bool {
    let f = fold(sentence);
    ["giao ", "yeu cau ", "de nghi "]
        .iter()
        .any(|w| phrase_pos(&f, w.trim()).is_some())
        || super::assign::leads_work(&f)
        || assigned_unit(sentence).is_some()
}

/// "… nhấn mạnh một số công việc trọng tâm cần tổ chức thực hiện trong tháng 9 năm 2020, cụ thể
/// như sau:": a line that announces the work listed under it and gives it a time — the time is
/// the items' deadline (a month's or a quarter's work is due at its end), the line no task.
/// `None` for a line that orders its own work ("Giao Phòng Nội vụ … trước ngày 15/10 như sau:"
/// names a unit) or announces no time.
pub(super) fn dated_work_intro(line: &str, issued: Option<chrono::NaiveDate>) -> Option<String> {
    let f = fold(line);
    let announces = f.trim_end().ends_with(':')
        && phrase_pos(&f, "nhu sau").is_some()
        && ["cong viec", "nhiem vu", "noi dung"]
            .iter()
            .any(|w| phrase_pos(&f, w).is_some())
        && assigned_unit(line).is_none();
    if !announces {
        return None;
    }
    let dl = super::sentence_time::deadline_of(line.trim_end_matches([':', ' ']), issued)?;
    super::parse_deadline(&dl, issued).is_ok().then_some(dl)
}

/// "Tham dự phiên họp có …", "Dự họp có …", "Cùng dự …": who attended, not work (the list
/// of offices would read as units).
pub(super) fn attendance(sentence: &str) -> bool {
    let f = fold(strip_openers(sentence));
    [
        "tham du ",
        "du hop co ",
        "du hoi nghi co ",
        "cung du ",
        "cung tham du ",
        "du buoi ",
    ]
    .iter()
    .any(|w| f.starts_with(w))
}

/// "UBND xã kêu gọi toàn thể nhân dân chung tay …": an appeal to the population, no unit's
/// work.
pub(super) fn appeals(sentence: &str) -> bool {
    let f = fold(sentence);
    phrase_pos(&f, "keu goi").is_some_and(|p| {
        let after = &f[p..];
        ["nhan dan", "nguoi dan", "toan dan", "cong dong"]
            .iter()
            .any(|w| after.split(' ').take(6).collect::<Vec<_>>().join(" ").contains(w))
    }) && assigned_unit(sentence).is_none()
}

/// "Trong quá trình thực hiện, có khó khăn vướng mắc, phát sinh đề nghị … báo cáo kịp thời
/// …", "Nếu có khó khăn, vướng mắc, …", "Đề nghị Hiệu trưởng các đơn vị chấp hành nghiêm
/// túc./", "Chi tiết văn bản: CV1671": the formulas that close a letter (what to do if a
/// difficulty arises, the call to comply) and a page's link to the document, no work of
/// their own.
pub(super) fn closing_formula(sentence: &str) -> bool {
    let f = fold(strip_openers(sentence));
    let f = f.trim_end_matches(['.', '/', ' ', ';']);
    let head: String = f.split(' ').take(10).collect::<Vec<_>>().join(" ");
    let contingency =
        (f.starts_with("trong qua trinh thuc hien") || f.starts_with("neu co") || f.starts_with("qua trinh thuc hien"))
            && ["kho khan", "vuong mac", "phat sinh"].iter().any(|w| head.contains(w));
    // "Kịp thời báo cáo Ủy ban nhân dân quận 8 khi gặp vướng mắc khó khăn.": a report asked
    // only if trouble comes, the same contingency told the other way round.
    let on_trouble = (f.starts_with("kip thoi bao cao") || f.starts_with("bao cao"))
        && ["khi gap ", "khi co ", "neu gap ", "neu co "].iter().any(|w| {
            f.find(w).is_some_and(|p| {
                ["kho khan", "vuong mac", "phat sinh"]
                    .iter()
                    .any(|t| f[p..].contains(t))
            })
        })
        && f.split(' ').count() <= 20;
    let contingency = contingency || on_trouble;
    let comply = f.ends_with("chap hanh nghiem tuc") && f.split(' ').count() <= 12;
    let link = ["chi tiet van ban", "xem chi tiet", "xem toan van", "xem noi dung"]
        .iter()
        .any(|w| f.starts_with(w));
    // "Văn phòng Chính phủ xin trân trọng thông báo./": the notice's last words.
    let announces = f.ends_with("tran trong thong bao") || f.ends_with("xin thong bao");
    contingency || comply || link || announces
}

/// "… để X biết, thực hiện", "… biết và thực hiện": a notice's closing formula. "biết"
/// with its own tone: "đặc biệt, thực hiện …" is work.
pub(super) fn is_closing(sentence: &str) -> bool {
    let folded = &fold(sentence);
    knows(sentence)
        && [
            " biet, thuc hien",
            " biet va thuc hien",
            " biet, phoi hop thuc hien",
            " biet, chi dao thuc hien",
        ]
        .iter()
        .any(|w| folded.contains(w))
}

/// The formula that closes a decision or a directive: who "chịu trách nhiệm thi hành
/// Quyết định này" (or "căn cứ Quyết định thi hành"), when "Chỉ thị này có hiệu lực thi
/// hành", and the addressees told to "nghiêm túc thực hiện (nội dung) Chỉ thị này". Read on
/// the whole sentence, whose list of addressees may hold ";". An order that gives the text to
/// someone to carry out ("Giao Uỷ ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết
/// này") is work, not the formula.
pub(super) fn closes_document(sentence: &str) -> bool {
    let f = fold(sentence);
    let body = f.trim_end_matches(['.', '/', ' ', ';']);
    const TEXTS: &[&str] = &[
        "quyet dinh",
        "chi thi",
        "nghi quyet",
        "cong dien",
        "thong tu",
        "ke hoach",
        "van ban",
    ];
    let ends_with_this = TEXTS.iter().any(|t| body.ends_with(&format!("{t} nay")));
    let executes = [
        "chiu trach nhiem thi hanh",
        "chiu trach thi hanh",
        "can cu quyet dinh thi hanh",
    ]
    .iter()
    .any(|w| f.contains(w));
    let in_force = TEXTS.iter().any(|t| {
        let opening = body.split_once(". ").map_or(body, |(_, rest)| rest);
        let opening = opening.trim_start_matches(|c: char| !c.is_alphabetic());
        opening.starts_with(&format!("{t} nay co hieu luc"))
    });
    let strictly = ends_with_this
        && f.contains("nghiem tuc")
        && !f.contains("khong nghiem tuc")
        && !f.trim_start().starts_with("giao");
    executes || in_force || strictly
}

/// Whether the sentence holds the word "biết" (know) as written, not "biệt" ("đặc biệt").
pub(super) fn knows(sentence: &str) -> bool {
    sentence
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "biết")
}

/// "X khẩn trương hoàn chỉnh …", "yêu cầu X tổ chức tiếp nhận …": work ordered without a
/// deadline, unless the sentence is the closing formula of a notice ("… để X biết, thực
/// hiện", "yêu cầu … triển khai thực hiện").
pub(super) fn urges(sentence: &str) -> bool {
    let folded = &fold(sentence);
    // "khẩn trương" orders work only right before a verb ("khẩn trương hoàn chỉnh hồ sơ"),
    // not in "tinh thần khẩn trương và trách nhiệm".
    let hurried = folded.match_indices(" khan truong ").any(|(p, w)| {
        let next = &folded[p + w.len()..];
        super::words::name_end_verbs()
            .any(|v| next.starts_with(v) && next[v.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
    });
    // "yêu cầu, sau đợt ra quân này, các phường cần …": the order word may stand before a
    // comma; before a colon it introduces the items that follow.
    let ordered = hurried
        || ["yeu cau", "de nghi", "luu y"].iter().any(|w| {
            phrase_pos(folded, w).is_some_and(|p| {
                // "… yêu cầu: các ngành, các địa phương …": a colon with the units after it in
                // the same sentence still orders them.
                let after = folded[p + w.len()..].trim_start();
                after
                    .strip_prefix(':')
                    .is_none_or(|rest| !rest.trim_end_matches(['.', ' ']).is_empty())
            })
        });
    let body = folded.trim_end_matches(['.', '/', ' ', ';', '”']);
    let generic_end = ["thuc hien", "thi hanh", "biet", "trien khai"]
        .iter()
        .any(|e| body.ends_with(e));
    // "yêu cầu Giám đốc Sở … triển khai thực hiện" closes a notice; "yêu cầu Sở Tài chính
    // phối hợp … thẩm định, tham mưu … cho các đơn vị thực hiện" orders work.
    let closing = generic_end && work_words(body) <= 8 || folded.contains(" de ") && knows(sentence);
    ordered && !closing
}

/// Words of the work ordered: from the first lowercase verb after "yêu cầu" / "đề nghị" /
/// "khẩn trương" to the end of the (folded) sentence.
pub(super) fn work_words(folded: &str) -> usize {
    let from = [" yeu cau ", " de nghi ", " khan truong "]
        .iter()
        .filter_map(|w| folded.find(w).map(|p| p + w.len()))
        .min()
        .unwrap_or(0);
    let verb = super::words::name_end_verbs()
        .filter_map(|v| phrase_pos(&folded[from..], v))
        .min()
        .map_or(folded.len(), |p| from + p);
    folded[verb..].split_whitespace().count()
}
