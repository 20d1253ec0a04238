//! A lexicon of Vietnamese state and Party body names, from general public knowledge: the
//! ministries and ministry-level bodies, the departments of a province (Sở …), the offices
//! of a district (Phòng …), Party bodies, the Fatherland Front and the mass organisations,
//! with their common abbreviations.
//!
//! Across the rounds the second class of misses was a lead that runs past the unit's name
//! into the work ("Phòng Văn hóa và Thông tin đăng tải Đề cương …", "Sở Y tế triển liên hệ
//! …"): where a name ends was decided by which verb follows, and a verb outside the lists
//! let the lead run on. Here the end is decided by what the name is: a lead that opens with
//! a known body's name keeps only what may follow a name (a level or a place — "tỉnh",
//! "huyện Đông Anh", "các tỉnh, thành phố trực thuộc Trung ương" — a bracket, a capitalised
//! word); the first lowercase word of another kind ends it.

use crate::text::fold;

/// Folded names, longest first within a head so the longest known name wins.
const NAMES: &[&str] = &[
    // Ministries and ministry-level bodies.
    "bo quoc phong",
    "bo cong an",
    "bo ngoai giao",
    "bo noi vu",
    "bo tu phap",
    "bo ke hoach va dau tu",
    "bo tai chinh",
    "bo cong thuong",
    "bo nong nghiep va phat trien nong thon",
    "bo nong nghiep va moi truong",
    "bo giao thong van tai",
    "bo xay dung",
    "bo tai nguyen va moi truong",
    "bo thong tin va truyen thong",
    "bo lao dong - thuong binh va xa hoi",
    "bo lao dong, thuong binh va xa hoi",
    "bo van hoa, the thao va du lich",
    "bo khoa hoc va cong nghe",
    "bo giao duc va dao tao",
    "bo y te",
    "bo dan toc va ton giao",
    "ngan hang nha nuoc viet nam",
    "ngan hang nha nuoc",
    "thanh tra chinh phu",
    "van phong chinh phu",
    "uy ban dan toc",
    "kiem toan nha nuoc",
    // Departments of a province.
    "so noi vu",
    "so tu phap",
    "so ke hoach va dau tu",
    "so tai chinh",
    "so cong thuong",
    "so nong nghiep va phat trien nong thon",
    "so nong nghiep va moi truong",
    "so giao thong van tai",
    "so giao thong - van tai",
    "so xay dung",
    "so tai nguyen va moi truong",
    "so tai nguyen - moi truong",
    "so thong tin va truyen thong",
    "so lao dong - thuong binh va xa hoi",
    "so lao dong, thuong binh va xa hoi",
    "so van hoa, the thao va du lich",
    "so van hoa - the thao va du lich",
    "so van hoa va the thao",
    "so du lich",
    "so khoa hoc va cong nghe",
    "so giao duc va dao tao",
    "so giao duc - dao tao",
    "so y te",
    "so ngoai vu",
    "so quy hoach - kien truc",
    "so dan toc va ton giao",
    "thanh tra tinh",
    "van phong ubnd tinh",
    "van phong uy ban nhan dan tinh",
    "ban dan toc",
    "cong an tinh",
    "bo chi huy quan su tinh",
    "bo chi huy bo doi bien phong tinh",
    // Offices of a district.
    "phong noi vu",
    "phong tu phap",
    "phong tai chinh - ke hoach",
    "phong tai chinh ke hoach",
    "phong kinh te",
    "phong kinh te va ha tang",
    "phong kinh te - ha tang",
    "phong quan ly do thi",
    "phong nong nghiep va phat trien nong thon",
    "phong tai nguyen va moi truong",
    "phong tai nguyen - moi truong",
    "phong lao dong - thuong binh va xa hoi",
    "phong van hoa va thong tin",
    "phong van hoa - thong tin",
    "phong van hoa, khoa hoc va thong tin",
    "phong giao duc va dao tao",
    "phong giao duc - dao tao",
    "phong y te",
    "phong dan toc",
    "thanh tra huyen",
    "van phong hdnd va ubnd huyen",
    "van phong hdnd&ubnd huyen",
    "cong an huyen",
    "ban chi huy quan su huyen",
    "trung tam y te huyen",
    // Party bodies.
    "ban to chuc",
    "ban tuyen giao",
    "ban tuyen giao va dan van",
    "ban dan van",
    "ban noi chinh",
    "ban kinh te",
    "uy ban kiem tra",
    "ban can su dang",
    "dang doan",
    // The Front and the mass organisations.
    "uy ban mat tran to quoc viet nam",
    "uy ban mttq viet nam",
    "uy ban mttq",
    "mat tran to quoc",
    "doan thanh nien cong san ho chi minh",
    "doan thanh nien",
    "hoi lien hiep phu nu",
    "hoi lhpn",
    "hoi nong dan",
    "hoi cuu chien binh",
    "lien doan lao dong",
    "hoi chu thap do",
];

/// Lowercase words that may follow a body's name as part of it: a level ("tỉnh", "huyện"),
/// a place's kind, a plural of levels ("các tỉnh, thành phố"), the joiners of such a tail.
const TAIL_WORDS: &[&str] = &[
    "tinh", "huyen", "thanh", "pho", "thi", "xa", "tran", "quan", "phuong", "cac", "trung", "uong", "tw", "truc",
    "thuoc", "va", "tp", "dac", "khu", "cap", "dia", "phuong,", "nuoc",
    // "Huyện ủy", "Tỉnh ủy", "Đảng ủy": the lowercase half of a Party committee's name.
    "uy",
];

/// `lead` cut where a known body's name and its level or place end, if it opens with one
/// and runs on into other words ("Phòng Văn hóa và Thông tin đăng tải Đề cương" → "Phòng
/// Văn hóa và Thông tin"); otherwise `lead` unchanged.
pub(super) fn name_end(lead: &str) -> &str {
    let f = fold(lead);
    // `fold` keeps byte lengths of ASCII only, so walk words of the original and the folded
    // text side by side.
    let words: Vec<(usize, &str)> = word_spans(lead);
    let fwords: Vec<&str> = f.split_whitespace().collect();
    if words.len() != fwords.len() {
        return lead;
    }
    let Some(name_len) = NAMES
        .iter()
        .filter(|n| {
            let nw: Vec<&str> = n.split_whitespace().collect();
            fwords.len() >= nw.len() && fwords[..nw.len()] == nw[..]
        })
        .map(|n| n.split_whitespace().count())
        .max()
    else {
        return lead;
    };
    // "Phòng Nội vụ - Lao động Thương binh và Xã hội", "Phòng Kinh tế & Hạ tầng": a joiner
    // then a capital goes on with a longer name than the lexicon's; what follows is no
    // longer known to be work, so the lead is left as read.
    let mut joined = false;
    for (k, &(start, w)) in words.iter().enumerate().skip(name_len) {
        let fw = fwords[k].trim_matches([',', ';']);
        if w.starts_with(['-', '–', '&']) || fw == "va" {
            joined = true;
            continue;
        }
        if joined && w.starts_with(char::is_uppercase) {
            return lead;
        }
        // A bracket is an aside the caller deals with, a quote a title that goes on with the
        // name ("Ban Tổ chức Cuộc thi “Tuổi trẻ …”"): the name is left as read.
        if w.starts_with(['(', '“', '"', '‘']) {
            return lead;
        }
        let capital = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if capital || TAIL_WORDS.contains(&fw) || w.starts_with(['-', '–', '&']) {
            continue;
        }
        return lead[..start]
            .trim_end()
            .trim_end_matches([',', ';', '-', '–'])
            .trim_end();
    }
    lead
}

/// How many words of `folded` (folded words, in order) the longest known name at their
/// start is, if one is.
pub(super) fn known_name_len(folded: &[&str]) -> Option<usize> {
    NAMES
        .iter()
        .map(|n| n.split_whitespace().collect::<Vec<_>>())
        .filter(|nw| folded.len() >= nw.len() && folded[..nw.len()] == nw[..])
        .map(|nw| nw.len())
        .max()
}

/// Whether `lead` opens with a known body's name (then `name_end` has decided its end).
pub(super) fn known_name(lead: &str) -> bool {
    let f = fold(lead);
    let words: Vec<&str> = f.split_whitespace().map(|w| w.trim_matches([',', ';'])).collect();
    known_name_len(&words).is_some()
}

/// Each whitespace-separated word of `s` with its byte offset.
fn word_spans(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(b)) => {
                out.push((b, &s[b..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(b) = start {
        out.push((b, &s[b..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_name_ends_before_its_work() {
        assert_eq!(
            name_end("Phòng Văn hóa và Thông tin đăng tải Đề cương"),
            "Phòng Văn hóa và Thông tin"
        );
        assert_eq!(name_end("Sở Y tế triển liên hệ"), "Sở Y tế");
        assert_eq!(name_end("Hội Nông dân huyện vận động hội viên"), "Hội Nông dân huyện");
        assert_eq!(
            name_end("Ban Tuyên giáo Huyện ủy biên soạn tài liệu"),
            "Ban Tuyên giáo Huyện ủy"
        );
    }

    #[test]
    fn levels_and_places_stay_with_the_name() {
        for l in [
            "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương",
            "Phòng Tài nguyên và Môi trường huyện Đông Anh",
            "Công an tỉnh",
            "Bộ Giáo dục và Đào tạo",
            "Ủy ban MTTQ Việt Nam xã",
            "Sở Tài chính (cơ quan thường trực)",
        ] {
            assert_eq!(name_end(l), l, "{l}");
        }
    }

    #[test]
    fn an_unknown_head_is_left_as_read() {
        assert_eq!(name_end("các phòng ban chuyên môn"), "các phòng ban chuyên môn");
        assert_eq!(
            name_end("Trung tâm Dịch vụ nông nghiệp"),
            "Trung tâm Dịch vụ nông nghiệp"
        );
        // A longer name than the lexicon's, joined by "-", "&" or "và".
        for l in [
            "Phòng Nội vụ - Lao động Thương binh và Xã hội",
            "Phòng Kinh tế & Hạ tầng",
            "Ban Kinh tế - Ngân sách",
        ] {
            assert_eq!(name_end(l), l, "{l}");
        }
    }
}
