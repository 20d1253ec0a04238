//! The verbs that end a unit's name in a sentence ("UBND cấp xã lập danh sách …"): the
//! list the learned lead model reads as a feature (`VERBS`) and the verbs of districts',
//! communes' and wards' field work the rules read besides (`FIELD_VERBS`, round 25).

/// Verbs (folded) that end a unit name or a list of units in a sentence; they only
/// count when written in lowercase ("kiểm tra" ends a list, "Ủy ban Kiểm tra" does not).
pub(crate) const VERBS: &[&str] = &[
    "tham muu",
    "xay dung",
    // "… văn phòng tỉnh uỷ, thành uỷ cụ thể hoá để tổ chức thực hiện".
    "cu the hoa",
    // "Hội đồng thẩm định Nhà nước thẩm định Báo cáo …" (the council's name holds it).
    "tham dinh",
    // "Các Sở, ngành, đơn vị liên quan kiện toàn và nâng cao trình độ …".
    "kien toan",
    "to chuc",
    "thuc hien",
    "trien khai",
    "huong dan",
    "theo doi",
    "kiem tra",
    "bao cao",
    "tuyen truyen",
    "ra soat",
    "tong hop",
    "chi dao",
    "giam sat",
    "quan triet",
    "de xuat",
    "nghien cuu",
    "lam",
    "nham",
    "de",
    "bien soan",
    "cung co",
    "danh gia",
    "don doc",
    "phat dong",
    "hoan thanh",
    "trong",
    "nam bat",
    // "… yêu cầu các đơn vị nắm chắc tình hình …".
    "nam chac",
    "nam vung",
    "lanh dao",
    "van dong",
    "ho tro",
    "cap nhat",
    "tham gia",
    "tiep nhan",
    "giai quyet",
    "xu ly",
    "bo sung",
    "dieu chinh",
    "ban hanh",
    "thanh lap",
    "tap huan",
    "boi duong",
    "phat trien",
    "dam bao",
    // The same verb with its syllables the other way round.
    "bao dam",
    "quan ly",
    "cung cap",
    "can cu",
    "chiu trach nhiem",
    "co trach nhiem",
    "co nhiem vu",
    "phoi hop",
    "tiep tuc",
    "chu dong",
    "tang cuong",
    "so ket",
    "tong ket",
    "hoan thien",
    "nang cao",
    "chu tri",
    "lap",
    "gui",
    "nop",
    "phe duyet",
    "cong bo",
    "xac dinh",
    "thu thap",
    "niem yet",
    "thong bao",
    "dang ky",
    "ky ket",
    "khan truong",
    "thuong xuyen",
    "kip thoi",
    "day nhanh",
    "day manh",
    "hoan chinh",
    "xem xet",
    "tiep thu",
    "trinh bay",
    "thao luan",
    "tap trung",
    "bo tri",
    "chuyen",
    "dua",
    "tao dieu kien",
    "cap phat",
    "phan bo",
    "khac phuc",
    "chuan bi",
    "hoan tat",
    // Adverbs of manner that open a predicate ("… trực thuộc Trung ương trực tiếp chỉ đạo",
    // "Nghiêm túc thực hiện …").
    "truc tiep",
    "tich cuc",
    "nghiem tuc",
    "quyet liet",
];

/// Verbs of the field work of districts, communes and wards (round 25): a unit's name ends at
/// them as at `VERBS` ("UBND quận Liên Chiểu chấn chỉnh tình hình …", "các đơn vị, tập thể lựa
/// chọn …", "Sở QH-KT kết hợp chủ đầu tư …", "các cơ quan … treo cờ Tổ quốc …"). They are kept
/// apart from `VERBS` because those are features of the learned lead model (`lead_features`),
/// whose decisions the round leaves as trained. After a body's head they name its function
/// ("Tổ tuần tra nhân dân", "Đội cưỡng chế", "Chi cục thống kê", "Ban Bảo vệ, chăm sóc sức
/// khỏe cán bộ": `verb_in_name`). Not here: verbs whose folded form other words share where
/// the rules read folded text without tones ("phổ biến" / "thành phố Biên Hòa", "bàn giao" /
/// "giao ban giao ban"), and "duy trì", which opens descriptions as often as orders ("Chi bộ
/// hiện có hơn 100 đảng viên, duy trì sinh hoạt …"; it opens a subjectless order, `pieces`).
pub(crate) const FIELD_VERBS: &[&str] = &[
    "chan chinh",
    "lua chon",
    "ket hop",
    "huy dong",
    "treo",
    "thu hoach",
    "cham soc",
    "di doi",
    "so tan",
    "cat tia",
    "nao vet",
    "don dep",
    "ra quan",
    "bam sat",
    "bam nam",
    "phun",
    "tuan tra",
    "truy quet",
    "giai toa",
    "thu gom",
    "khoanh vung",
    "huong ung",
    "thong ke",
    "chap hanh",
    "tuan thu",
    "quan tam",
    "sap xep",
    "chinh trang",
    "chinh sua",
    "nghiem thu",
    "sua chua",
    "giai ngan",
    "cong khai",
    "uu tien",
    "giu gin",
    "ngan chan",
    "xu phat",
    "cuong che",
    "thu hoi",
    "dinh chi",
    "tam dung",
    "dieu dong",
    "cam ket",
    "thay the",
    "lap dat",
    "trang bi",
    "tiem phong",
    "tieu huy",
    "khu trung",
    // "Yêu cầu các Bộ, cơ quan đổi mới phương thức …" (round 28); "đổi mới sáng tạo" in a
    // body's name is no verb (`words::verb_in_name`).
    "doi moi",
];

/// The verbs that end a unit's name in the rules: `VERBS` and `FIELD_VERBS`.
pub(crate) fn name_end_verbs() -> impl Iterator<Item = &'static &'static str> {
    VERBS.iter().chain(FIELD_VERBS)
}

/// Words of `VERBS` that end a unit's name but open no work of their own: "để", "trong",
/// "làm", "nhằm" (folded).
const NO_WORK: &[&str] = &["de", "trong", "lam", "nham"];

/// The verbs of [`name_end_verbs`] that open work ("giao … triển khai", "Kiểm tra, …").
pub(crate) fn work_verbs() -> impl Iterator<Item = &'static &'static str> {
    name_end_verbs().filter(|v| !NO_WORK.contains(v))
}

/// Heads of bodies named by their function (folded), after which a field verb is part of
/// the name (`FIELD_VERBS`).
pub(super) const FUNCTION_HEADS: &[&str] = &[
    "to",
    "doi",
    "ban",
    "tieu ban",
    "hoi dong",
    "trung tam",
    "chi cuc",
    "cuc",
    "tong cuc",
    "bao ve",
    "phoi hop",
];

/// The name-ending verbs by their first word, built once.
fn by_first_word() -> &'static std::collections::HashMap<&'static str, Vec<&'static str>> {
    static INDEX: std::sync::OnceLock<std::collections::HashMap<&'static str, Vec<&'static str>>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m: std::collections::HashMap<&'static str, Vec<&'static str>> = std::collections::HashMap::new();
        for v in name_end_verbs() {
            m.entry(v.split(' ').next().unwrap_or(v)).or_default().push(v);
        }
        m
    })
}

/// Every place in folded text `f` where a name-ending verb stands as words of their own after
/// a space, in ascending order of place: (byte offset, verb). One pass over the words instead
/// of one search per verb (`name_end_verbs`).
pub(crate) fn verb_places(f: &str) -> impl Iterator<Item = (usize, &'static str)> + '_ {
    let index = by_first_word();
    f.match_indices(' ').flat_map(move |(s, _)| {
        let p = s + 1;
        let word = f[p..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        index.get(word).into_iter().flatten().filter_map(move |v| {
            (f[p..].starts_with(v) && f[p + v.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
                .then_some((p, *v))
        })
    })
}
