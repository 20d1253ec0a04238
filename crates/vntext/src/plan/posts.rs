//! Heads of a unit's name that are a person's post or the word "tổ chức": posts written
//! as the doer ("Cán bộ phụ trách …", "Phó Giám đốc …"), and "tổ chức" as the verb
//! "organise" or the noun "organisation"; the post a unit holds after its name.

use crate::text::fold;

/// Posts that head a unit only when written as one, with a capital ("Cán bộ phụ trách …",
/// "Kế toán"); "phân công cán bộ, công chức tham dự" has them as the object of the work.
pub(super) const PERSON_HEADS: &[&str] = &["can bo", "chuyen vien", "ke toan"];

/// "Phó Giám đốc Trung tâm …", "Phó Trưởng phòng Văn hóa - Xã hội" (folded): a deputy's
/// post, which heads a unit as the post itself does.
pub(super) fn deputy_post(folded: &str) -> bool {
    folded.strip_prefix("pho ").is_some_and(|r| {
        [
            "giam doc",
            "truong phong",
            "truong ban",
            "chu tich",
            "bi thu",
            "thu truong",
        ]
        .iter()
        .any(|h| r.starts_with(h))
    })
}

/// "Tổ chức hiệp thương lần thứ nhất", "Tổ chức tiếp công dân về bầu cử": the verb
/// "organise" and its object, written first with a capital; "Tổ chức chính trị - xã hội",
/// "Tổ chức Công đoàn" name organisations.
pub(super) fn opens_with_organising(s: &str, f: &str) -> bool {
    // "…; tổ chức chủ trì, phối hợp …": the verb alone.
    if f == "to chuc" {
        return true;
    }
    let Some(rest) = f.strip_prefix("to chuc ") else {
        return false;
    };
    // "Tổ chức pháp chế Bộ, ngành": the legal-affairs organisations of the ministries.
    let kinds = [
        "xa hoi",
        "chinh tri",
        "doan the",
        "thanh vien",
        "dang",
        "co so dang",
        "cong doan",
        "phap che",
    ];
    let next = s.split_whitespace().nth(2).unwrap_or("");
    next.starts_with(char::is_lowercase) && !kinds.iter().any(|k| rest.starts_with(k))
}

/// "tổ chức" as a noun: the name "Ban tổ chức" (an organising committee), or a member of a
/// list of kinds of bodies ("các cơ quan, tổ chức, địa phương", "cơ quan, tổ chức và cá
/// nhân"). "tổ chức hội nghị" after a comma is still the verb.
pub(super) fn organisation_noun(before: &str, after: &str, verb: &str) -> bool {
    if verb != "to chuc" || ["hoi nghi", "hoi thao", "hoi thi"].iter().any(|m| after.starts_with(m)) {
        return false;
    }
    let committee = before == "ban" || before.ends_with(" ban");
    let listed =
        before.ends_with(',') && (after.starts_with(',') || after.starts_with("va ") || after.starts_with("ca nhan"));
    // "Các tổ chức, cá nhân liên quan", "Các đoàn thể, tổ chức xã hội": the organisations,
    // by their plural or their kind.
    let plural = before == "cac" || before.ends_with(" cac");
    let kind = ["xa hoi", "chinh tri", "doan the", "thanh vien"]
        .iter()
        .any(|k| after.starts_with(k));
    committee || listed || plural || (before.ends_with(',') && kind)
}

/// Offices a unit holds in a plan, written after its name and a dash (folded).
const OFFICES_HELD: &[&str] = &[
    // A person's second post in a committee: "Đồng chí Trưởng Ban xây dựng Đảng - Trưởng
    // Tiểu ban", "… - Phó Trưởng tiểu ban Thường trực", "… - Ủy viên".
    "truong tieu ban",
    "pho truong tieu ban",
    "to truong",
    "to pho",
    "uy vien",
    "thuong truc",
    "co quan thuong truc",
    "co quan chu tri",
    "co quan dau moi",
    "chu tri",
    "dau moi",
];

/// A unit's name without the office it holds, written after a dash ("Sở Lao động - Thương
/// binh và Xã hội - thường trực kế hoạch" → "Sở Lao động - Thương binh và Xã hội"); any other
/// dash is part of the name ("Vụ Kế hoạch - tài chính", "các sở - ngành").
pub(crate) fn without_office_apposition(unit: &str) -> &str {
    let mut from = 0;
    while let Some((k, sep)) = [" - ", " – "]
        .iter()
        .filter_map(|sep| unit[from..].find(sep).map(|k| (k, *sep)))
        .min()
    {
        let p = from + k;
        let after = &unit[p + sep.len()..];
        let f = fold(after);
        if OFFICES_HELD.iter().any(|o| f.starts_with(o)) {
            return unit[..p].trim_end();
        }
        from = p + sep.len();
    }
    unit
}
