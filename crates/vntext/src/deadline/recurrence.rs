//! Periodic and open-ended deadlines.

use serde::{Deserialize, Serialize};

/// How often a task recurs, or that it is ongoing / on demand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recurrence {
    /// hằng tháng
    Monthly,
    /// hằng quý
    Quarterly,
    /// định kỳ 6 tháng
    Semiannual,
    /// hằng năm
    Yearly,
    /// thường xuyên
    Ongoing,
    /// đột xuất
    Adhoc,
}

impl Recurrence {
    /// All values, most frequent first.
    pub const ALL: [Recurrence; 6] = [
        Recurrence::Monthly,
        Recurrence::Quarterly,
        Recurrence::Semiannual,
        Recurrence::Yearly,
        Recurrence::Ongoing,
        Recurrence::Adhoc,
    ];

    /// Stable snake_case name (`"monthly"`, …), as in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            Recurrence::Monthly => "monthly",
            Recurrence::Quarterly => "quarterly",
            Recurrence::Semiannual => "semiannual",
            Recurrence::Yearly => "yearly",
            Recurrence::Ongoing => "ongoing",
            Recurrence::Adhoc => "adhoc",
        }
    }

    /// Parses the snake_case name, or a Vietnamese label (any case, with or without
    /// diacritics): `"quarterly"`, `"Hằng quý"`, `"hang quy"`.
    pub fn parse(s: &str) -> Option<Self> {
        let f = crate::text::fold(s);
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == f || crate::text::fold(r.label_vi()) == f)
    }

    /// Vietnamese label for display.
    pub fn label_vi(&self) -> &'static str {
        match self {
            Recurrence::Monthly => "Hằng tháng",
            Recurrence::Quarterly => "Hằng quý",
            Recurrence::Semiannual => "Định kỳ 6 tháng",
            Recurrence::Yearly => "Hằng năm",
            Recurrence::Ongoing => "Thường xuyên",
            Recurrence::Adhoc => "Đột xuất",
        }
    }

    /// English label.
    pub fn label_en(&self) -> &'static str {
        match self {
            Recurrence::Monthly => "Monthly",
            Recurrence::Quarterly => "Quarterly",
            Recurrence::Semiannual => "Every six months",
            Recurrence::Yearly => "Yearly",
            Recurrence::Ongoing => "Ongoing",
            Recurrence::Adhoc => "Ad hoc",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for r in Recurrence::ALL {
            assert_eq!(Recurrence::parse(r.as_str()), Some(r));
            assert_eq!(Recurrence::parse(r.label_vi()), Some(r));
        }
        assert_eq!(Recurrence::parse("hàng quý"), Some(Recurrence::Quarterly));
        assert_eq!(Recurrence::parse("HANG NAM"), Some(Recurrence::Yearly));
        assert_eq!(Recurrence::parse("weekly"), None);
    }
}
