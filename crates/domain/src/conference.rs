//! Conferences (hội nghị quán triệt, triển khai, sơ kết, tổng kết, giao ban): a host unit
//! disseminates documents to audiences, at a main venue and at bridge points (điểm cầu), each a
//! unit with its own expected and actual attendance, counted as reported ("2.909/3.044 đảng
//! viên, đạt 95,56 %"). One directive disseminated to several audiences is a series whose
//! sessions are conferences.
//!
//! The rules here: what a conference must say, that a count present never exceeds the count
//! expected, that nobody is counted present at a conference not yet held, and how a
//! conference's reach reads ("14/14 điểm cầu").

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::compliance::{percent, thousands};
use crate::{FieldError, Valid, dates, text};

crate::labelled_enum! {
    /// What the conference is for.
    ConferenceKind {
        Dissemination = "dissemination", "Quán triệt", "Dissemination";
        Deployment = "deployment", "Triển khai", "Deployment";
        InterimReview = "interim_review", "Sơ kết", "Interim review";
        FinalReview = "final_review", "Tổng kết", "Final review";
        Briefing = "briefing", "Giao ban", "Briefing";
    }
}

crate::labelled_enum! {
    /// How people take part.
    ConferenceFormat {
        InPerson = "in_person", "Trực tiếp", "In person";
        Online = "online", "Trực tuyến", "Online";
        Hybrid = "hybrid", "Trực tiếp kết hợp trực tuyến", "In person and online";
    }
}

crate::labelled_enum! {
    /// Who a conference is for (by role, Party membership, kind of organisation).
    AudienceGroup {
        KeyCadres = "key_cadres", "Cán bộ chủ chốt", "Key cadres";
        PartyMembers = "party_members", "Đảng viên", "Party members";
        PartyOrganisations = "party_organisations", "Đảng bộ, chi bộ cơ sở", "Grassroots Party organisations";
        CivilServants = "civil_servants", "Cán bộ, công chức, viên chức", "Civil servants";
        Delegates = "delegates", "Đại biểu khách mời", "Invited delegates";
    }
}

/// One audience of a conference: the group, and which of them ("thuộc Đảng bộ các phường").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Audience {
    pub group: AudienceGroup,
    pub note: Option<String>,
}

/// A bridge point as entered: the unit, how many are expected there and, once held, how many
/// came.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct BridgePointInput {
    pub unit_id: i64,
    pub expected: Option<i32>,
    pub present: Option<i32>,
}

/// A new conference, or the whole of one edited.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ConferenceInput {
    /// The unit that holds it (its office enters and edits it).
    pub host_unit_id: i64,
    pub kind: ConferenceKind,
    pub title: String,
    pub starts_on: NaiveDate,
    /// Time of day, "08:00".
    #[serde(default, with = "hhmm")]
    #[schema(value_type = Option<String>, example = "08:00")]
    pub starts_at: Option<NaiveTime>,
    pub format: ConferenceFormat,
    /// The main venue ("Hội trường Quận ủy"); required unless held online only.
    pub venue: Option<String>,
    /// How many are expected at the main venue and, once held, how many came.
    #[serde(default)]
    pub venue_expected: Option<i32>,
    #[serde(default)]
    pub venue_present: Option<i32>,
    /// The registered documents it disseminates.
    #[serde(default)]
    pub document_ids: Vec<i64>,
    #[serde(default)]
    pub audiences: Vec<Audience>,
    #[serde(default)]
    pub bridge_points: Vec<BridgePointInput>,
    /// The series it is a session of (one directive, several audiences).
    pub series_id: Option<i64>,
}

/// A time of day as people write it, "08:00" (chrono's own form carries seconds).
mod hhmm {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_str(&t.format("%H:%M").to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        let s: Option<String> = Option::deserialize(d)?;
        match s.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(s) => NaiveTime::parse_from_str(s, "%H:%M")
                .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S"))
                .map(Some)
                .map_err(|_| {
                    serde::de::Error::custom(format!("giờ “{s}” không hợp lệ; hãy ghi giờ:phút, ví dụ 08:00"))
                }),
        }
    }
}

/// Most bridge points on one conference (a city conference reaches a few hundred).
pub const MAX_POINTS: usize = 2000;

fn not_held_yet(field: &str, starts_on: NaiveDate) -> FieldError {
    FieldError::invalid(
        field,
        format!(
            "Hội nghị ngày {} chưa diễn ra; chưa thể ghi số người có mặt.",
            starts_on.format("%d/%m/%Y")
        ),
        format!(
            "The conference of {} has not been held yet; nobody can be counted present.",
            starts_on.format("%d/%m/%Y")
        ),
    )
}

/// A count present out of expected at one place: never negative, never more than expected.
pub fn check_count(field: &str, present: Option<i32>, expected: Option<i32>) -> Result<(), FieldError> {
    if present.is_some_and(|p| p < 0) || expected.is_some_and(|e| e < 0) {
        return Err(FieldError::invalid(
            field,
            "Số người không được âm.",
            "A number of people cannot be negative.",
        ));
    }
    if let (Some(p), Some(e)) = (present, expected)
        && p > e
    {
        return Err(FieldError::invalid(
            field,
            format!(
                "Số có mặt ({}) lớn hơn số phải triệu tập ({}).",
                thousands(i64::from(p)),
                thousands(i64::from(e))
            ),
            format!("{p} present is more than the {e} expected."),
        ));
    }
    Ok(())
}

impl ConferenceInput {
    /// Checks the conference as entered on `today`: text, dates, venue, each bridge point once,
    /// and its counts.
    pub fn validate(self, today: NaiveDate) -> Result<Valid<ConferenceInput>, FieldError> {
        let title = text::required("title", &self.title, 1000)?;
        dates::plausible("starts_on", self.starts_on)?;
        let venue = text::line_optional("venue", self.venue.as_deref(), 500)?;
        if venue.is_none() && self.format != ConferenceFormat::Online {
            return Err(FieldError::required("venue"));
        }
        if self.bridge_points.len() > MAX_POINTS {
            return Err(FieldError::invalid(
                "bridge_points",
                format!("Mỗi hội nghị tối đa {MAX_POINTS} điểm cầu."),
                format!("At most {MAX_POINTS} bridge points per conference."),
            ));
        }
        if self.format == ConferenceFormat::InPerson && !self.bridge_points.is_empty() {
            return Err(FieldError::invalid(
                "bridge_points",
                "Hội nghị tổ chức trực tiếp không có điểm cầu; hãy chọn hình thức trực tuyến hoặc kết hợp.",
                "An in-person conference has no bridge points; choose online or both.",
            ));
        }
        check_count("venue_present", self.venue_present, self.venue_expected)?;
        if self.venue_present.is_some() && self.starts_on > today {
            return Err(not_held_yet("venue_present", self.starts_on));
        }
        for (i, p) in self.bridge_points.iter().enumerate() {
            if self.bridge_points[..i].iter().any(|q| q.unit_id == p.unit_id) {
                return Err(FieldError::invalid(
                    "unit_id",
                    "Đơn vị này đã có trong danh sách điểm cầu.",
                    "This unit is already a bridge point.",
                )
                .in_item("bridge_points", i));
            }
            check_count("present", p.present, p.expected).map_err(|e| e.in_item("bridge_points", i))?;
            if p.present.is_some() && self.starts_on > today {
                return Err(not_held_yet("present", self.starts_on).in_item("bridge_points", i));
            }
        }
        let mut audiences = Vec::with_capacity(self.audiences.len());
        for (i, a) in self.audiences.into_iter().enumerate() {
            audiences.push(Audience {
                group: a.group,
                note: text::line_optional("note", a.note.as_deref(), 500).map_err(|e| e.in_item("audiences", i))?,
            });
        }
        let mut document_ids = self.document_ids;
        document_ids.sort_unstable();
        document_ids.dedup();
        Ok(Valid::new(ConferenceInput {
            title,
            venue,
            audiences,
            document_ids,
            ..self
        }))
    }
}

/// The counts reported at one bridge point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PointCount {
    /// The bridge point's unit.
    pub unit_id: i64,
    pub present: i32,
    /// Changes the number expected, when given.
    pub expected: Option<i32>,
}

/// Attendance as reported after the conference, per bridge point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct AttendanceInput {
    pub points: Vec<PointCount>,
}

impl AttendanceInput {
    /// Checks the counts against what each point expects (`expected_of`: the number already
    /// recorded) for a conference held on `starts_on`.
    pub fn validate(
        self,
        starts_on: NaiveDate,
        today: NaiveDate,
        expected_of: impl Fn(i64) -> Option<i32>,
    ) -> Result<Valid<AttendanceInput>, FieldError> {
        if self.points.is_empty() {
            return Err(FieldError::required("points"));
        }
        if starts_on > today {
            return Err(not_held_yet("points", starts_on));
        }
        for (i, p) in self.points.iter().enumerate() {
            let expected = p.expected.or_else(|| expected_of(p.unit_id));
            check_count("present", Some(p.present), expected).map_err(|e| e.in_item("points", i))?;
        }
        Ok(Valid::new(self))
    }
}

/// A new series: one directive disseminated in several sessions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct SeriesInput {
    pub host_unit_id: i64,
    pub title: String,
}

impl SeriesInput {
    pub fn validate(self) -> Result<Valid<SeriesInput>, FieldError> {
        Ok(Valid::new(SeriesInput {
            title: text::required("title", &self.title, 1000)?,
            ..self
        }))
    }
}

/// "14/14 điểm cầu": the points whose attendance is reported, of all.
pub fn reach_text(reported: i64, total: i64) -> String {
    format!("{}/{} điểm cầu", thousands(reported), thousands(total))
}

/// "2.909/3.044 người, đạt 95,56 %", or `None` when nothing is counted.
pub fn attendance_text(present: i64, expected: i64) -> Option<String> {
    (expected > 0).then(|| {
        format!(
            "{}/{} người, đạt {}",
            thousands(present),
            thousands(expected),
            percent(present, expected, 2)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn base() -> ConferenceInput {
        ConferenceInput {
            host_unit_id: 1,
            kind: ConferenceKind::Briefing,
            title: "Hội nghị giao ban cán bộ chủ chốt".into(),
            starts_on: d(2023, 1, 12),
            starts_at: NaiveTime::from_hms_opt(8, 0, 0),
            format: ConferenceFormat::Hybrid,
            venue: Some("Hội trường Quận ủy".into()),
            venue_expected: Some(120),
            venue_present: Some(118),
            document_ids: vec![3, 2, 3],
            audiences: vec![Audience {
                group: AudienceGroup::KeyCadres,
                note: None,
            }],
            bridge_points: vec![
                BridgePointInput {
                    unit_id: 5,
                    expected: Some(60),
                    present: Some(58),
                },
                BridgePointInput {
                    unit_id: 6,
                    expected: Some(40),
                    present: None,
                },
            ],
            series_id: None,
        }
    }

    #[test]
    fn a_conference_as_reported_is_accepted() {
        let v = base().validate(d(2023, 1, 20)).unwrap().into_inner();
        assert_eq!(v.document_ids, vec![2, 3], "each document once");
        assert_eq!(reach_text(14, 14), "14/14 điểm cầu");
        assert_eq!(
            attendance_text(2909, 3044).as_deref(),
            Some("2.909/3.044 người, đạt 95,56 %")
        );
        assert_eq!(attendance_text(0, 0), None);
    }

    #[test]
    fn bad_conferences_are_refused_by_field() {
        let mut c = base();
        c.bridge_points[0].present = Some(61);
        let e = c.validate(d(2023, 1, 20)).unwrap_err();
        assert_eq!(e.field, "bridge_points[0].present");
        assert!(
            e.message_vi.contains("Số có mặt (61) lớn hơn số phải triệu tập (60)"),
            "{}",
            e.message_vi
        );

        let e = base().validate(d(2023, 1, 11)).unwrap_err();
        assert_eq!(e.field, "venue_present");
        assert!(e.message_vi.contains("12/01/2023 chưa diễn ra"), "{}", e.message_vi);
        let mut c = base();
        c.venue_present = None;
        let e = c.validate(d(2023, 1, 11)).unwrap_err();
        assert_eq!(e.field, "bridge_points[0].present");
        assert!(e.message_vi.contains("12/01/2023 chưa diễn ra"), "{}", e.message_vi);

        let mut c = base();
        c.bridge_points[1].unit_id = 5;
        assert_eq!(
            c.validate(d(2023, 1, 20)).unwrap_err().field,
            "bridge_points[1].unit_id"
        );

        let mut c = base();
        c.venue_present = Some(121);
        let e = c.validate(d(2023, 1, 20)).unwrap_err();
        assert_eq!(e.field, "venue_present");
        assert!(
            e.message_vi.contains("Số có mặt (121) lớn hơn số phải triệu tập (120)"),
            "{}",
            e.message_vi
        );

        let mut c = base();
        c.venue = Some("  ".into());
        assert_eq!(c.validate(d(2023, 1, 20)).unwrap_err().field, "venue");
        let mut c = base();
        c.format = ConferenceFormat::Online;
        c.venue = None;
        assert!(c.validate(d(2023, 1, 20)).is_ok(), "online needs no venue");

        let mut c = base();
        c.format = ConferenceFormat::InPerson;
        assert_eq!(c.validate(d(2023, 1, 20)).unwrap_err().field, "bridge_points");

        let mut c = base();
        c.starts_on = d(1900, 1, 1);
        assert_eq!(c.validate(d(2023, 1, 20)).unwrap_err().field, "starts_on");
    }

    #[test]
    fn attendance_never_exceeds_what_was_expected() {
        let input = |present, expected| AttendanceInput {
            points: vec![PointCount {
                unit_id: 5,
                present,
                expected,
            }],
        };
        let known = |_| Some(60);
        assert!(input(60, None).validate(d(2023, 1, 12), d(2023, 1, 12), known).is_ok());
        let e = input(61, None)
            .validate(d(2023, 1, 12), d(2023, 1, 12), known)
            .unwrap_err();
        assert_eq!(e.field, "points[0].present");
        assert!(
            input(61, Some(70))
                .validate(d(2023, 1, 12), d(2023, 1, 12), known)
                .is_ok()
        );
        assert_eq!(
            input(1, None)
                .validate(d(2023, 1, 13), d(2023, 1, 12), known)
                .unwrap_err()
                .field,
            "points"
        );
        assert_eq!(
            input(-1, None)
                .validate(d(2023, 1, 12), d(2023, 1, 12), known)
                .unwrap_err()
                .field,
            "points[0].present"
        );
    }
}
