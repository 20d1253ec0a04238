//! Periodic reports on implementation: which dates a report's figures cover, how the period
//! is named in the text, and which layout (State or Party) the issuing body writes in.
//!
//! A report covers a month, a quarter, six months, a year, or a date range. Its figures
//! cover either the calendar period, or — the convention of many State periodic reports —
//! the 15th of the month before the period to the 14th of its last month (the October
//! report counts 15/9 to 14/10, so it can be sent before the month ends).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::FieldError;
use crate::period::{Period, Span};
use crate::unit::UnitKind;

/// Which dates a report's figures cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DataConvention {
    /// The calendar period (1/10 – 31/10).
    #[default]
    Calendar,
    /// From the 15th of the month before the period to the 14th of its last month.
    MidMonth,
}

impl DataConvention {
    pub fn parse(s: &str) -> Option<DataConvention> {
        match s.trim() {
            "" | "calendar" | "lich" => Some(DataConvention::Calendar),
            "mid_month" | "15-14" => Some(DataConvention::MidMonth),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DataConvention::Calendar => "calendar",
            DataConvention::MidMonth => "mid_month",
        }
    }
}

/// What the report is about in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReportSpan {
    Period(Period),
    /// An explicit date range, inclusive.
    Range(NaiveDate, NaiveDate),
}

/// A report's period: its name in the text, the dates its figures cover, and the next
/// period's name (for "Nhiệm vụ trọng tâm …").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportWindow {
    pub span: ReportSpan,
    pub convention: DataConvention,
    pub data_from: NaiveDate,
    pub data_to: NaiveDate,
}

/// The longest date range a report may cover (five years of figures is already an archive).
pub const MAX_RANGE_DAYS: i64 = 5 * 366;

impl ReportWindow {
    /// A report on a calendar period with the chosen convention.
    pub fn of_period(period: Period, convention: DataConvention) -> ReportWindow {
        let (start, end) = period.bounds();
        let (data_from, data_to) = match convention {
            DataConvention::Calendar => (start, end),
            DataConvention::MidMonth => (fifteenth_before(start), day_14(end)),
        };
        ReportWindow {
            span: ReportSpan::Period(period),
            convention,
            data_from,
            data_to,
        }
    }

    /// Reads the form: a period code or words (`2023-10`, `Quý III/2023`…), or else a range
    /// `from`–`to` typed dd/mm/yyyy; and the convention. Errors name the field.
    pub fn parse(period: &str, from: &str, to: &str, convention: &str) -> Result<ReportWindow, FieldError> {
        let convention = DataConvention::parse(convention).ok_or_else(|| {
            FieldError::invalid(
                "convention",
                "“Cách tính số liệu” chỉ nhận “theo tháng dương lịch” hoặc “từ ngày 15 tháng trước đến ngày 14”.",
                "“Data dates” is either calendar or 15th-to-14th.",
            )
        })?;
        if !period.trim().is_empty() {
            return Ok(ReportWindow::of_period(Period::parse(period)?, convention));
        }
        if from.trim().is_empty() && to.trim().is_empty() {
            return Err(FieldError::required("period"));
        }
        if from.trim().is_empty() {
            return Err(FieldError::required("from"));
        }
        if to.trim().is_empty() {
            return Err(FieldError::required("to"));
        }
        let a = crate::dates::parse_input("from", from)?;
        let b = crate::dates::parse_input("to", to)?;
        if b < a {
            return Err(FieldError::invalid(
                "to",
                "“Đến ngày” phải sau hoặc trùng “Từ ngày”.",
                "“To” must not be before “From”.",
            ));
        }
        if (b - a).num_days() > MAX_RANGE_DAYS {
            return Err(FieldError::invalid(
                "to",
                "Khoảng thời gian báo cáo dài quá 5 năm.",
                "A report covers at most five years.",
            ));
        }
        Ok(ReportWindow {
            span: ReportSpan::Range(a, b),
            convention: DataConvention::Calendar,
            data_from: a,
            data_to: b,
        })
    }

    /// How the text names the period: "tháng 10 năm 2023", "quý III năm 2023", "6 tháng
    /// đầu năm 2023", "năm 2023", "từ ngày 01/10/2023 đến ngày 20/11/2023".
    pub fn label_vi(&self) -> String {
        match self.span {
            ReportSpan::Period(p) => period_words(&p),
            ReportSpan::Range(a, b) => format!("từ ngày {} đến ngày {}", a.format("%d/%m/%Y"), b.format("%d/%m/%Y")),
        }
    }

    /// The next period's name, for the section on the next period's tasks.
    pub fn next_label_vi(&self) -> String {
        match self.span {
            ReportSpan::Period(p) => period_words(&next(&p)),
            ReportSpan::Range(..) => "thời gian tới".to_string(),
        }
    }

    /// The kind of report as offices name it ("Báo cáo tháng", "Báo cáo 6 tháng").
    pub fn kind_vi(&self) -> &'static str {
        match self.span {
            ReportSpan::Period(p) => match p.span {
                Span::Month(_) => "tháng",
                Span::Quarter(_) => "quý",
                Span::Half(_) => "6 tháng",
                Span::Year => "năm",
            },
            ReportSpan::Range(..) => "chuyên đề",
        }
    }

    /// The dates the next period's figures will cover (for listing its tasks).
    pub fn next_window(&self) -> (NaiveDate, NaiveDate) {
        match self.span {
            ReportSpan::Period(p) => {
                let w = ReportWindow::of_period(next(&p), self.convention);
                (w.data_from, w.data_to)
            }
            ReportSpan::Range(a, b) => {
                let len = (b - a).num_days();
                let from = b.succ_opt().unwrap_or(b);
                (from, from + chrono::Duration::days(len))
            }
        }
    }

    /// A short ASCII name for the file ("2023-10", "2023-H1", "2023-10-01_2023-11-20").
    pub fn file_tag(&self) -> String {
        match self.span {
            ReportSpan::Period(p) => p.to_string(),
            ReportSpan::Range(a, b) => format!("{a}_{b}"),
        }
    }
}

fn period_words(p: &Period) -> String {
    let y = p.year;
    match p.span {
        Span::Month(m) => format!("tháng {m} năm {y}"),
        Span::Quarter(q) => format!(
            "quý {} năm {y}",
            ["I", "II", "III", "IV"][usize::from(q.clamp(1, 4) - 1)]
        ),
        Span::Half(1) => format!("6 tháng đầu năm {y}"),
        Span::Half(_) => format!("6 tháng cuối năm {y}"),
        Span::Year => format!("năm {y}"),
    }
}

/// The period after `p`, of the same length.
fn next(p: &Period) -> Period {
    let y = p.year;
    let span = p.span;
    match span {
        Span::Month(12) => Period {
            year: y + 1,
            span: Span::Month(1),
        },
        Span::Month(m) => Period {
            year: y,
            span: Span::Month(m + 1),
        },
        Span::Quarter(4) => Period {
            year: y + 1,
            span: Span::Quarter(1),
        },
        Span::Quarter(q) => Period {
            year: y,
            span: Span::Quarter(q + 1),
        },
        Span::Half(1) => Period {
            year: y,
            span: Span::Half(2),
        },
        Span::Half(_) => Period {
            year: y + 1,
            span: Span::Half(1),
        },
        Span::Year => Period::year(y + 1),
    }
}

/// The 15th of the month before `d`'s month.
fn fifteenth_before(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 1 {
        (d.year() - 1, 12)
    } else {
        (d.year(), d.month() - 1)
    };
    NaiveDate::from_ymd_opt(y, m, 15).unwrap_or(d)
}

/// The 14th of `d`'s month.
fn day_14(d: NaiveDate) -> NaiveDate {
    d.with_day(14).unwrap_or(d)
}

/// Which administrative layout a body writes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportSystem {
    /// Nghị định 30/2020/NĐ-CP (State bodies, the Fatherland Front and mass organisations).
    State,
    /// Hướng dẫn 36-HD/VPTW (Party committees, cells, boards and inspection commissions).
    Party,
}

/// The layout of reports issued by a unit of `kind`.
pub fn system_of(kind: UnitKind) -> ReportSystem {
    match kind {
        UnitKind::PartyCommittee | UnitKind::PartyCell | UnitKind::PartyBoard | UnitKind::InspectionCommission => {
            ReportSystem::Party
        }
        _ => ReportSystem::State,
    }
}

/// Whether a unit of `kind` is an area (a province, district, ward, commune) rather than a
/// body that issues documents: an area's report is issued by its People's Committee.
pub fn is_area(kind: UnitKind) -> bool {
    matches!(
        kind,
        UnitKind::Province | UnitKind::District | UnitKind::Ward | UnitKind::Commune
    )
}

/// The symbol after the number: State "BC-UBND", Party "BC/QU" (the committee's level comes
/// from the area it leads).
pub fn report_symbol(issuer: UnitKind, area: Option<UnitKind>) -> String {
    let tail = match issuer {
        UnitKind::PeoplesCommittee => "-UBND",
        UnitKind::PeoplesCouncil => "-HĐND",
        UnitKind::FatherlandFront => "-MTTQ",
        UnitKind::Office => "-VP",
        UnitKind::PartyCommittee => match area {
            Some(UnitKind::Province) => "/TU",
            Some(UnitKind::District) => "/QU",
            _ => "/ĐU",
        },
        UnitKind::PartyCell => "/CB",
        UnitKind::InspectionCommission => "/UBKT",
        UnitKind::PartyBoard => "/BTG",
        _ => "",
    };
    format!("BC{tail}")
}

/// The place name written before the date: the area without its kind ("Quận Long Biên" →
/// "Long Biên", "Thành phố Hà Nội" → "Hà Nội").
pub fn place_name(area_name: &str) -> String {
    const PREFIXES: [&str; 8] = [
        "Thành phố ",
        "Thị xã ",
        "Tỉnh ",
        "Quận ",
        "Huyện ",
        "Phường ",
        "Xã ",
        "Thị trấn ",
    ];
    let n = area_name.trim();
    for p in PREFIXES {
        if let Some(rest) = n.strip_prefix(p) {
            return rest.trim().to_string();
        }
        let lower = p.to_lowercase();
        if let Some(rest) = n.strip_prefix(lower.as_str()) {
            return rest.trim().to_string();
        }
    }
    n.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn calendar_and_mid_month_windows() {
        let oct = ReportWindow::parse("2023-10", "", "", "").unwrap();
        assert_eq!((oct.data_from, oct.data_to), (d(2023, 10, 1), d(2023, 10, 31)));
        assert_eq!(oct.label_vi(), "tháng 10 năm 2023");
        assert_eq!(oct.next_label_vi(), "tháng 11 năm 2023");
        let oct = ReportWindow::parse("Tháng 10/2023", "", "", "mid_month").unwrap();
        assert_eq!((oct.data_from, oct.data_to), (d(2023, 9, 15), d(2023, 10, 14)));
        let q3 = ReportWindow::parse("2024-Q3", "", "", "mid_month").unwrap();
        assert_eq!((q3.data_from, q3.data_to), (d(2024, 6, 15), d(2024, 9, 14)));
        assert_eq!(q3.label_vi(), "quý III năm 2024");
        assert_eq!(q3.next_label_vi(), "quý IV năm 2024");
        let jan = ReportWindow::parse("2024-01", "", "", "mid_month").unwrap();
        assert_eq!((jan.data_from, jan.data_to), (d(2023, 12, 15), d(2024, 1, 14)));
        let h2 = ReportWindow::parse("2023-H2", "", "", "").unwrap();
        assert_eq!(h2.label_vi(), "6 tháng cuối năm 2023");
        assert_eq!(h2.next_label_vi(), "6 tháng đầu năm 2024");
        assert_eq!(h2.kind_vi(), "6 tháng");
        let y = ReportWindow::parse("2023", "", "", "mid_month").unwrap();
        assert_eq!((y.data_from, y.data_to), (d(2022, 12, 15), d(2023, 12, 14)));
        assert_eq!(y.next_window(), (d(2023, 12, 15), d(2024, 12, 14)));
    }

    #[test]
    fn ranges_and_errors_name_the_field() {
        let r = ReportWindow::parse("", "01/10/2023", "20/11/2023", "mid_month").unwrap();
        assert_eq!((r.data_from, r.data_to), (d(2023, 10, 1), d(2023, 11, 20)));
        assert_eq!(r.label_vi(), "từ ngày 01/10/2023 đến ngày 20/11/2023");
        assert_eq!(ReportWindow::parse("", "", "", "").unwrap_err().field, "period");
        assert_eq!(ReportWindow::parse("", "01/10/2023", "", "").unwrap_err().field, "to");
        let e = ReportWindow::parse("", "20/11/2023", "01/10/2023", "").unwrap_err();
        assert_eq!(e.field, "to");
        assert!(e.message_vi.contains("Đến ngày"));
        assert_eq!(
            ReportWindow::parse("", "1/1/23", "1/2/2023", "").unwrap_err().field,
            "from"
        );
        assert_eq!(
            ReportWindow::parse("", "01/01/2000", "01/01/2023", "")
                .unwrap_err()
                .field,
            "to"
        );
        assert_eq!(ReportWindow::parse("2023-Q5", "", "", "").unwrap_err().field, "period");
        assert_eq!(
            ReportWindow::parse("2023", "", "", "weekly").unwrap_err().field,
            "convention"
        );
    }

    #[test]
    fn layout_symbol_and_place_follow_the_issuer() {
        assert_eq!(system_of(UnitKind::PartyCommittee), ReportSystem::Party);
        assert_eq!(system_of(UnitKind::PeoplesCommittee), ReportSystem::State);
        assert_eq!(system_of(UnitKind::FatherlandFront), ReportSystem::State);
        assert_eq!(
            report_symbol(UnitKind::PeoplesCommittee, Some(UnitKind::District)),
            "BC-UBND"
        );
        assert_eq!(
            report_symbol(UnitKind::PartyCommittee, Some(UnitKind::District)),
            "BC/QU"
        );
        assert_eq!(report_symbol(UnitKind::PartyCommittee, Some(UnitKind::Ward)), "BC/ĐU");
        assert_eq!(place_name("Quận Long Biên"), "Long Biên");
        assert_eq!(place_name("Thành phố Hà Nội"), "Hà Nội");
        assert_eq!(place_name("Hà Nội"), "Hà Nội");
    }
}
