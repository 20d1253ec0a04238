//! The discourse state of a prose text: to whom the last order went.
//!
//! Across eight rounds the largest class of misses on unseen text was work told without a
//! subject after an order: "UBND tỉnh giao Sở … chủ trì …." then paragraphs or sentences
//! "Tổ chức tập huấn …", "Tham mưu …", "Chủ động …", "Theo dõi …". A reader gives such work
//! to the unit the last order named, until the text names a new unit, gives a new order or
//! turns to something that is no work (a paragraph that gives no task). Earlier rounds read
//! this only in fixed shapes (an intro line ending in ":", a dash item, "Đồng thời, …"); the
//! state kept here is the general rule, shape-independent: it carries the addressee from
//! sentence to sentence and from paragraph to paragraph.

use super::pieces::opens_with_verb;
use crate::text::fold;

/// The unit the last order of the text went to, while it still holds.
#[derive(Debug, Default, Clone)]
pub(super) struct Addressee {
    lead: Option<(String, Vec<String>)>,
}

impl Addressee {
    /// An order gave work to `lead` (or work was carried to it): it is the addressee now.
    pub(super) fn ordered(&mut self, lead: &(String, Vec<String>)) {
        self.lead = Some(lead.clone());
    }

    /// The text turned to something that is no work for the addressee.
    pub(super) fn reset(&mut self) {
        self.lead = None;
    }

    /// The unit a subjectless piece of work goes to, if `sentence` is such a piece.
    pub(super) fn carries(&self, sentence: &str) -> Option<(String, Vec<String>)> {
        self.lead.as_ref().filter(|_| subjectless_work(sentence)).cloned()
    }
}

/// "Tổ chức tập huấn …", "Tham mưu UBND tỉnh …", "Chủ động xin ý kiến …": a sentence that
/// opens with a verb of work and names no doer. Not a report or a time ("Báo cáo gửi về …",
/// "Thời gian …": they date or close the work before), not an order of its own ("Đề nghị …",
/// "Yêu cầu …", "Giao …": they name their unit), not a purpose ("Để …").
pub(super) fn subjectless_work(sentence: &str) -> bool {
    let s = sentence
        .trim_start_matches(['“', '"', '‘', ' ', '–', '—', '-'])
        .trim_start();
    let f = fold(s);
    opens_with_verb(s)
        && ![
            "bao cao ",
            "thoi gian ",
            "thoi han ",
            "de nghi",
            "yeu cau",
            "giao ",
            "de ",
            "ket qua ",
            "dong y",
            "thong nhat",
            "ghi nhan",
            "bieu duong",
            "danh gia",
            "tiep thu",
        ]
        .iter()
        .any(|w| f.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(name: &str) -> (String, Vec<String>) {
        (name.to_string(), Vec::new())
    }

    #[test]
    fn carries_the_last_addressee_to_work_without_a_subject() {
        let mut a = Addressee::default();
        assert!(a.carries("Tổ chức tập huấn cho cán bộ cơ sở.").is_none());
        a.ordered(&unit("Sở Nội vụ"));
        assert_eq!(
            a.carries("Tổ chức tập huấn cho cán bộ cơ sở.").map(|l| l.0).as_deref(),
            Some("Sở Nội vụ")
        );
        assert_eq!(
            a.carries("Tham mưu UBND huyện sửa đổi quy chế.")
                .map(|l| l.0)
                .as_deref(),
            Some("Sở Nội vụ")
        );
        a.reset();
        assert!(a.carries("Tổ chức tập huấn cho cán bộ cơ sở.").is_none());
    }

    #[test]
    fn a_report_a_time_or_an_order_of_its_own_is_no_carried_work() {
        let mut a = Addressee::default();
        a.ordered(&unit("Phòng Y tế"));
        for s in [
            "Báo cáo kết quả về UBND huyện trước ngày 5/6/2024.",
            "Thời gian hoàn thành trong tháng 7/2024.",
            "Đề nghị Hội Nông dân vận động hội viên tham gia.",
            "Giao Công an xã phối hợp thực hiện.",
            "Đánh giá cao kết quả của các đơn vị.",
            "Các đơn vị đã hoàn thành kế hoạch.",
        ] {
            assert!(a.carries(s).is_none(), "{s}");
        }
    }
}
