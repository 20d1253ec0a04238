//! The words of unit names: which words begin a unit's name ("Sở", "UBND", "Ban"), and the
//! lowercase words that may stand inside it ("cấp", "huyện", "thị xã"); the verbs that end
//! it are in `verbs`.

use super::posts;
pub(crate) use super::posts::without_office_apposition;
use crate::text::fold;

use super::verbs::{FIELD_VERBS, FUNCTION_HEADS};
pub(crate) use super::verbs::{VERBS, name_end_verbs, work_verbs};

/// Function words that open a predicate and never stand inside a unit's name, matched as
/// written (lowercase, with their tones): auxiliaries ("sẽ", "đã", "đang", "vẫn", "cũng"),
/// the passive ("được", "bị"), the copula ("là"), "tiến hành" and the adverb "sớm" ("Các Bộ
/// Kế hoạch và Đầu tư, Tài chính sớm bố trí vốn …"). A unit's name is its head
/// and the name words after it, up to the predicate; these words mark where the predicate
/// begins whatever verb follows ("Sở Quy hoạch - Kiến trúc cũng được giao xác định …", "Ban
/// Tổ chức Tỉnh ủy là cơ quan thường trực …", "các đảng bộ trực thuộc tiến hành tự kiểm tra").
const PREDICATE_MARKERS: &[&str] = &[
    "sẽ",
    "đã",
    "đang",
    "vẫn",
    "cũng",
    "được",
    "bị",
    "là",
    "tiến hành",
    "sớm",
    // "tất cả các cơ quan, đơn vị, …, doanh nghiệp trên địa bàn đều tiến hành dọn dẹp …": all
    // of them, then the work.
    "đều",
    // "Sở Tài chính, trên cơ sở đề xuất của các cơ quan …, chủ trì …": the ground of the
    // work, told after the name.
    "trên cơ sở",
    // "Đồng chí Chủ tịch Ủy ban MTTQ xã chịu trách nhiệm chỉ đạo chung, chủ trì các hội nghị
    // …": the office ends where its duty begins.
    "chịu trách nhiệm",
    // "Bộ Quốc phòng, Bộ Công an theo chức năng, nhiệm vụ, thẩm quyền chủ trì …", "Các sở, ban,
    // ngành … theo chức năng, nhiệm vụ được giao chủ động …": the measure of the work, told
    // after the names; no name goes on with it.
    "theo chức năng",
];

/// Negations that open a predicate ("Bộ Công Thương không để xảy ra …", "… chưa thực hiện
/// …") when a lowercase word follows; "Cục Hàng không Việt Nam" keeps its name.
const NEGATIONS: &[&str] = &["không", "chưa"];

/// Byte offset in `s` of the first predicate marker (see `PREDICATE_MARKERS`) written as a
/// word of its own after the first word.
pub(crate) fn predicate_marker_at(s: &str) -> Option<usize> {
    let word_start = |i: usize| s[..i].chars().next_back().is_some_and(|c| !c.is_alphanumeric());
    s.char_indices()
        .filter(|&(i, _)| i > 0 && word_start(i))
        .find(|&(i, _)| {
            let word = |m: &&str| {
                s[i..].starts_with(m) && s[i + m.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
            };
            PREDICATE_MARKERS.iter().any(word)
                || NEGATIONS.iter().find(|m| word(m)).is_some_and(|m| {
                    // The verb after it may have been cut off already ("… không" before "để").
                    let after = s[i + m.len()..].trim_start();
                    after.is_empty() || after.starts_with(char::is_lowercase)
                })
        })
        .map(|(i, _)| i)
}

/// `s` up to its first predicate marker, if it has one ("Sở X cũng được giao" → "Sở X").
pub(crate) fn before_predicate(s: &str) -> &str {
    predicate_marker_at(s).map_or(s, |i| s[..i].trim_end().trim_end_matches(',').trim_end())
}

/// First words that begin the name of a unit or group of units (folded).
const UNIT_HEADS: &[&str] = &[
    "van phong",
    "uy ban",
    "ubnd",
    "ubmttq",
    "hdnd",
    "mttq",
    "mat tran",
    "dang uy",
    "dang doan",
    "ban can su",
    "chi bo",
    "cac",
    "dang bo",
    "phong",
    "trung tam",
    "cong an",
    "quan su",
    "chi huy",
    "doan",
    "lien doan",
    "thanh doan",
    "quan doan",
    "cap uy",
    "thuong truc",
    "thanh uy",
    "quan uy",
    "huyen uy",
    "tinh uy",
    "to chuc",
    "vp",
    "btg",
    "btc",
    "bdv",
    "ubkt",
    "benh vien",
    "chi cuc",
    "cuc",
    // "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", "Học viện Chính trị quốc gia Hồ
    // Chí Minh", "Tổng công ty …".
    "tap doan",
    // Not "học viên" (students), folded alike: the academy by its kind.
    "hoc vien chinh tri",
    "tong cong ty",
    "kho bac",
    "vien kiem sat",
    "toa an",
    "lanh dao",
    "nguoi dung dau",
    "dong chi",
    "bi thu",
    "chu tich",
    "thu truong",
    // "Trưởng Ban quản lý Khu kinh tế … có trách nhiệm:", "Trưởng phòng Tư pháp …".
    "truong ban",
    // "Mỗi đơn vị cần xác định …": each of the units, distributively.
    "moi don vi",
    "moi co quan",
    "moi dia phuong",
    // "Đề nghị từng thành viên BCĐ tăng cường trách nhiệm …": each member, distributively.
    "tung thanh vien",
    "moi thanh vien",
    "tung don vi",
    "tung dia phuong",
    // "giao nhiệm vụ cho BCĐ có trách nhiệm tham mưu …": the steering board by its initials.
    "bcd",
    // "các tổ dân phố", "Tổ dân phố số 5": a residential group and its heads.
    "to dan pho",
    "truong phong",
    // "Hiệu trưởng các trường, Thủ trưởng các đơn vị trực thuộc rà soát …".
    "hieu truong",
    "giam doc",
    "tap the",
    "cong doan",
    "hoi dong",
    "thanh tra",
    "nha van hoa",
    "ban quan ly",
    "don vi",
    "cac don vi",
    "co quan",
    "chi nhanh",
    "ngan hang",
    "bao hiem",
    "bhxh",
    "ttyt",
    "tt",
    "vien",
    "kho",
    "chi cuc thue",
    "phuong",
    "xa",
    "thi tran",
    "ubkt",
    "mat tran to quoc",
    // A level as the subject of regulations: "Cấp xã hoàn thành và báo cáo kết quả …".
    "cap xa",
    "cap huyen",
    "cap tinh",
    // "BQL các dự án …", "Ban QLDA …".
    "bql",
    "bqlda",
    "lien minh",
    "hiep hoi",
    "cong ty",
    "tong cong ty",
    // Collective actors named by role: "chính quyền cơ sở", "chính quyền các địa
    // phương", "thành viên Ban Chỉ đạo …".
    "chinh quyen",
    "thanh vien",
    // Persons by their post in a small body's plan: "Cán bộ phụ trách lĩnh vực giám sát và
    // phản biện xã hội", "Chuyên viên phụ trách tổng hợp", "Kế toán".
    "can bo",
    "chuyen vien",
    "ke toan",
    // Round 25: bodies of a commune's or a district's Party committee and its working boards
    // written in lowercase ("yêu cầu ban soạn thảo tuân thủ …", "ban thường vụ và ban chấp
    // hành đảng bộ xã …"), and "tất cả các phường, các cơ quan …".
    "ban thuong vu",
    "ban chap hanh",
    "ban soan thao",
    "ban chi huy",
    "ban dieu hanh",
    "ban cong tac mat tran",
    "ban bien tap",
    "ban tuyen giao",
    "ban dan van",
    "tat ca",
];

/// Plurals of work, not of units (folded): "Các nội dung thực hiện báo cáo … trước …".
const NOT_UNITS: &[&str] = &[
    "cac noi dung",
    "cac nhiem vu",
    "cac cong viec",
    "cac van de",
    "cac y kien",
    "cac giai phap",
    "cac chi tieu",
    "cac muc tieu",
    "cac ket qua",
    "cac hoat dong",
    "cac du an",
    "cac cong trinh",
    "cac thu tuc",
    "cac van ban",
    "cac bao cao",
    "cac chuong trinh",
    "cac ke hoach",
    // "Các biên bản Hội nghị hiệp thương …": the minutes to send, not who sends them.
    "cac bien ban",
];

/// Whether folded text opens with a plural of work ("các nội dung", "các nhiệm vụ").
pub(crate) fn is_work_plural(folded: &str) -> bool {
    NOT_UNITS.iter().any(|h| {
        folded
            .strip_prefix(h)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// Words that fold like a unit's head but open a clause or name an event (folded):
/// "Trường hợp có yêu cầu …" (in case), "So với …" (compared with), "Ban hành …" (the
/// verb), "Hội nghị …" (a meeting).
const NOT_HEADS: &[&str] = &[
    "truong hop",
    // "Báo cáo kết quả Hội nghị": the report, not a newspaper ("Báo Nhân Dân").
    "bao cao",
    "so voi",
    "ban dau",
    "ban hanh",
    "hoi nghi",
    "hoi thao",
    "hoi thi",
    // "Phương châm phòng là chính, …", "Nguyên tắc …": a motto or a principle, not a body
    // ("phòng" here is prevention, not a department).
    "phuong cham",
    "nguyen tac",
    "quan diem",
    // "Đơn vị nào chưa thực hiện việc thu thì …": whichever unit, a condition, not a doer.
    "don vi nao",
    "co quan nao",
    "dia phuong nao",
];

/// Whether a phrase plausibly names a unit ("Ban Tuyên giáo Quận ủy", "Các chi bộ",
/// "CDC Bình Thuận", "H.Tuy Phong").
pub(crate) fn looks_like_unit(s: &str) -> bool {
    // "18 Tổ Dân phố trên địa bàn phường", "273 phường, xã": a count before the unit.
    let s = match s.trim_start().split_once(' ') {
        Some((n, rest)) if n.chars().all(|c| c.is_ascii_digit()) && !rest.starts_with(char::is_numeric) => rest,
        _ => s,
    };
    let f = fold(s);
    // A name in quotes counts as one word ("Ban Chỉ đạo Phong trào “Toàn dân đoàn kết xây
    // dựng đời sống văn hóa”").
    let words = f.split(' ').count() - quoted_words(&f);
    // Without allocating: this runs for every piece of every sentence.
    let starts = |h: &str| {
        f.strip_prefix(h)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    };
    let deputy = posts::deputy_post(&f);
    let named =
        UNIT_HEADS.iter().any(|h| starts(h)) || deputy || acronym_head(s) || abbreviated_place(s) || capital_head(s);
    words <= 16
        && named
        && !NOT_UNITS.iter().any(|h| starts(h))
        && !NOT_HEADS.iter().any(|h| starts(h))
        && !posts::opens_with_organising(s, &f)
        && (!posts::PERSON_HEADS.iter().any(|h| starts(h)) || s.trim_start().starts_with(char::is_uppercase))
}

/// Words inside “…” beyond the first, in folded text.
fn quoted_words(f: &str) -> usize {
    let mut inside = false;
    let mut n = 0;
    for w in f.split(' ') {
        let opens = w.contains('“');
        if inside && !opens {
            n += 1;
        }
        inside = (inside || opens) && !w.contains('”');
    }
    n
}

/// Upper-case abbreviations that name a topic or a thing, not a body.
const NOT_UNIT_ACRONYMS: &[&str] = &[
    "COVID", "SARS", "GDP", "GRDP", "CPI", "FDI", "ODA", "PPP", "BOT", "BT", "KCN", "CCN", "THPT", "THCS", "GPMB",
    "NTM", "ATGT", "TTATGT", "ANTT", "CNTT", "KTXH", "QL", "DT", "ĐT", "TL", "HĐ", "NQ", "QĐ", "CT", "KH", "TB", "CV",
    "TW", "TƯ", "VN", "USD", "VND", "VNĐ", "OCOP", "PCCC", "HTX",
];

/// "CDC Bình Thuận", "TTGT tỉnh", "UB MTTQ tỉnh": a name opening with an upper-case
/// abbreviation of a body the word lists do not know. The phrase must hold a lowercase
/// letter too, so that an upper-case heading ("KẾT LUẬN", "II. NHIỆM VỤ") is no unit.
fn acronym_head(s: &str) -> bool {
    let s = s.trim_start();
    let word = s.split([' ', ',', ';', ':', '.']).next().unwrap_or("");
    let letters = word.chars().count();
    let caps = word.chars().all(|c| c.is_ascii_uppercase() || c == 'Đ');
    let roman = word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'));
    (2..=6).contains(&letters)
        && caps
        && !roman
        && !NOT_UNIT_ACRONYMS.contains(&word)
        && s.chars().any(char::is_lowercase)
        && s.split_whitespace().count() >= 2
}

/// Heads whose folded form is also a common word, so that they name a body only when
/// written with a capital: "Vụ Pháp chế" (not "nhiệm vụ"), "Tổng cục Thuế".
/// "Hội Nông dân" (not "hội trường", "hội viên"), "Bộ Y tế" (not "bố trí", "bổ sung"), "Sở
/// Tài chính" (not "số liệu"), "Báo …" (not "báo cáo", "bảo đảm"), "Đài …" (not "đại hội"),
/// "Đội …" (not "đối với", "đổi mới"), "Trường …" (not "trường hợp"), "Ban …" (not "bán",
/// "bàn", a lowercase "ban" of a list), "Hạt …" (not "hạt giống"); lowercase plurals keep
/// their head "các" ("các sở, ngành", "các bộ").
const CAPITAL_HEADS: &[&str] = &[
    "Vụ ",
    "Tổng cục ",
    "Hội ",
    "Bộ ",
    "Sở ",
    "Báo ",
    "Đài ",
    "Đội ",
    "Trường ",
    "Ban ",
    // "Hạt Kiểm lâm", "Hạt Quản lý đường bộ" (not "hạt giống", "hạt điều").
    "Hạt ",
    // "Trạm Khuyến nông …", "Trạm thủy nông", "Trạm Y tế xã" (not "trạm bơm" in lowercase).
    "Trạm ",
];

fn capital_head(s: &str) -> bool {
    let s = s.trim_start();
    CAPITAL_HEADS.iter().any(|h| s.starts_with(h))
        // "yêu cầu sở Nông nghiệp và Phát triển nông thôn …", "ban Tuyên giáo …": the head in
        // lowercase, as news writes it, before a capitalised name.
        || ["sở ", "ban "]
            .iter()
            .any(|h| s.strip_prefix(h).is_some_and(|r| r.starts_with(char::is_uppercase)))
}

/// "tỉnh Bà Rịa - Vũng Tàu", "Thành phố Hải Dương", "huyện Gia Lâm": a place named by its
/// level and a proper name, which acts as a body ("Thủ tướng chỉ đạo tỉnh Bà Rịa - Vũng Tàu
/// hoàn tất …"); only where an order word names it, since a place is also where things
/// happen ("Cử tri xã Tân Hưng, huyện Ba Tri đề nghị …").
pub(crate) fn named_place(s: &str) -> bool {
    let s = s.trim_start();
    let f = fold(s);
    ["tinh ", "huyen ", "thanh pho ", "thi xa ", "quan "]
        .iter()
        .any(|level| {
            f.starts_with(level)
                && s[crate::plan::assign::byte_at_fold(s, level.len())..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        })
}

/// Titles that open the name of a person's office: a piece of a list that starts with one
/// ("…, Phó Trưởng ban Thường trực Ban Chỉ đạo 389") is an office of its own, never a
/// lowercase tail of the unit before it (folded, written with a capital).
const OFFICE_TITLES: &[&str] = &["pho ", "truong ", "uy vien ", "chanh ", "vu truong ", "cuc truong "];

/// Whether a piece of a list opens with an office title written with a capital.
pub(crate) fn opens_with_office(s: &str) -> bool {
    let s = s.trim_start();
    let f = fold(s);
    s.starts_with(char::is_uppercase) && OFFICE_TITLES.iter().any(|t| f.starts_with(t))
}

/// "H.Tuy Phong", "TP.Vinh", "TX. Sơn Tây": a district, town or city written with its
/// abbreviated level glued to (or just before) its name.
fn abbreviated_place(s: &str) -> bool {
    let s = s.trim_start();
    ["H.", "TP.", "Tp.", "TX.", "Q.", "TT."].iter().any(|a| {
        s.strip_prefix(a)
            .map(str::trim_start)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// Heads of bodies named by their level or place (folded): "UBND cấp huyện", "HĐND tỉnh",
/// "UBND huyện Khánh Sơn", "Cấp xã".
const LEVEL_HEADS: &[&str] = &[
    "ubnd",
    "hdnd",
    "uy ban nhan dan",
    "hoi dong nhan dan",
    "ubmttq",
    "mttq",
    "cong an",
    "dang uy",
    "cap",
];

/// Lowercase words of levels and places inside such names (folded), pairs first.
const LEVEL_WORDS: &[&str] = &[
    "thanh pho",
    "thi xa",
    "thi tran",
    "dac khu",
    "trung uong",
    "cap",
    "xa",
    "huyen",
    "tinh",
    "quan",
    "phuong",
    "cac",
];

/// "UBND cấp huyện chuyển đến …", "HĐND cấp xã họp, …": a body named by its level,
/// ending before the first lowercase word that is no level or place — for subjects whose
/// verb is not among `VERBS`.
pub(crate) fn level_unit(s: &str) -> Option<&str> {
    let s = s.trim_start();
    let f = fold(s);
    let head = LEVEL_HEADS
        .iter()
        .find(|h| f.starts_with(*h) && f[h.len()..].starts_with(' '))?;
    let mut at = crate::plan::assign::byte_at_fold(s, head.len());
    let mut words = 1;
    loop {
        let rest = &s[at..];
        let trimmed = rest.trim_start();
        let word_at = at + rest.len() - trimmed.len();
        let word: &str = trimmed.split([' ', ',', ':', ';', '.']).next().unwrap_or("");
        if word.is_empty() {
            return None;
        }
        let tail = fold(trimmed);
        let level = LEVEL_WORDS
            .iter()
            .find(|w| tail.starts_with(*w) && tail[w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()));
        let len = match level {
            Some(w) => crate::plan::assign::byte_at_fold(trimmed, w.len()),
            None if word.chars().next().is_some_and(char::is_uppercase) => word.len(),
            None => return (words >= 2).then(|| s[..at].trim_end()),
        };
        at = word_at + len;
        words += 1;
        // A comma or colon ends the name.
        if s[at..].starts_with([',', ':', ';', '.']) {
            return None;
        }
    }
}

/// Whether the verb `verb` found at folded offset `p` of `folded` belongs to a unit's name
/// instead: "Ủy ban kiểm tra Huyện ủy" (the inspection committee), however it is cased.
pub(crate) fn verb_in_name(folded: &str, p: usize, verb: &str) -> bool {
    let before = folded[..p].trim_end();
    let after = folded.get(p + verb.len()..).unwrap_or("").trim_start();
    (verb == "kiem tra" && before.ends_with("uy ban"))
        // "các lãnh đạo cơ quan, địa phương": the leaders, not the verb "lead".
        || (verb == "lanh dao" && (before == "cac" || before.ends_with(" cac")))
        // "Ban quản lý Khu kinh tế Đông Nam", "Ban quản lý dự án …": the board, not the verb.
        || (verb == "quan ly" && (before == "ban" || before.ends_with(" ban")))
        // "Trung tâm nghiên cứu giống cây trồng", "Viện nghiên cứu …".
        || (verb == "nghien cuu" && (before.ends_with("trung tam") || before.ends_with("vien")))
        // "Hội đồng thẩm định Nhà nước", "Tổ thẩm định": the body that appraises.
        || (verb == "tham dinh" && (before.ends_with("hoi dong") || before.ends_with(" to") || before == "to"))
        // "Ban Chỉ đạo chuyển đổi số": a noun, not the verb "chuyển".
        || (verb == "chuyen" && after.starts_with("doi"))
        // "Trung tâm Hỗ trợ khởi nghiệp và đổi mới sáng tạo": innovation, a field in a name.
        || (verb == "doi moi" && after.starts_with("sang tao"))
        // "đơn vị sự nghiệp công lập", "độc lập": no "lập" (draw up).
        || (verb == "lap" && (before.ends_with(" cong") || before.ends_with(" doc")))
        || posts::organisation_noun(before, after, verb)
        // "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", "Chuyên viên phụ trách
        // tổng hợp": what a post is in charge of names the post.
        // "Các thành viên khác trong tiểu ban": members of that body, not a place.
        || (verb == "trong" && (before.ends_with("thanh vien") || before.ends_with("thanh vien khac")))
        || before.ends_with("phu trach")
        || before.ends_with("phu trach linh vuc")
        // "Cục Kinh tế - Quản lý đầu tư xây dựng", "Cục Kết cấu hạ tầng xây dựng tham mưu …":
        // building as the field a body is named for, at the name's end (before its verb).
        || (verb == "xay dung"
            && ["dau tu", "ha tang", "hoat dong", "cong trinh", "vat lieu"]
                .iter()
                .any(|w| before.ends_with(w))
            && (after.is_empty() || super::verbs::verb_places(after).next().is_some_and(|(q, _)| q == 0)))
        // "Trưởng Ban xây dựng Đảng": the Party's organising board, by its name.
        || (verb == "xay dung" && (before == "ban" || before.ends_with(" ban")) && after.starts_with("dang"))
        // "các thành viên Ban chỉ đạo huyện": the steering board, however it is cased.
        // (the level follows: "Ban Chỉ đạo chuyển đổi số …" names what it steers instead).
        || (verb == "chi dao"
            && (before == "ban" || before.ends_with(" ban"))
            && ["huyen", "xa", "tinh", "phuong", "quan", "thi xa", "thi tran", "thanh pho", "cac cap"]
                .iter()
                // "Ban chỉ đạo 14 phường": a count of the boards before their level.
                .any(|l| {
                    let after = after.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start();
                    after == *l || after.starts_with(&format!("{l} "))
                }))
        // "các cơ quan tham mưu, giúp việc Huyện uỷ": the advisory offices, by their function.
        || (verb == "tham muu" && before.ends_with("co quan"))
        // "Cơ quan chủ trì có trách nhiệm …", "Cơ quan phối hợp trả lời …": a body named by its
        // role in the work, the generic noun alone opening the sentence.
        || (["chu tri", "phoi hop"].contains(&verb) && ["co quan", "don vi"].contains(&before))
        // "Ban Chỉ đạo Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”": a name in
        // quotes holds no verb of the sentence.
        || in_quoted_name(before)
        || (FIELD_VERBS.contains(&verb)
            && FUNCTION_HEADS.iter().any(|h| before == *h || before.ends_with(&format!(" {h}"))))
}

/// Whether folded text `before` ends inside a quoted name: a "“" that follows a word (a
/// name's head: "Phong trào “…", "Cuộc vận động “…") and is not closed yet. A quote after
/// punctuation ("Cụ thể là: “Giao UBND …") opens a quoted sentence, whose verbs are read.
fn in_quoted_name(before: &str) -> bool {
    let Some(open) = before.rfind('“') else {
        return false;
    };
    let after_word = before[..open]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    after_word && !before[open..].contains('”') && before[open..].split(' ').count() <= 15
}

/// Verbs that open an item's work when written with a capital after a unit's name or a
/// bullet's dash ("Giao Sở Nội vụ / - Tiếp tục …", "Công an Thành phố / Chỉ đạo …") (folded).
/// None of them goes on a name after a hyphen ("Tập đoàn Công nghiệp - Viễn thông Quân
/// đội", "Cục Kinh tế - Quản lý đầu tư xây dựng"), nor follows a head inside a name, but
/// "chỉ đạo" ("Ban Chỉ đạo").
const OPENERS: &[&str] = &[
    "chi dao",
    "theo doi",
    "tiep tuc",
    "chu dong",
    "phoi hop",
    "khan truong",
    "huong dan",
    "trien khai",
    "thuc hien",
    "ra soat",
    "tong hop",
];

/// The opening verb of `folded` if it is one of `OPENERS` (a whole word group).
pub(crate) fn opener(folded: &str) -> Option<&'static str> {
    OPENERS.iter().copied().find(|o| {
        folded
            .strip_prefix(o)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
    })
}
