//! Validation of the inspection inputs.

use super::*;
use crate::unit::UnitPath;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn conclusion() -> ConclusionInput {
    ConclusionInput {
        symbol: "12-TB/UBKTQU".into(),
        concluded_on: d("2023-10-20"),
        summary: "Kết luận".into(),
        findings: vec![
            FindingInput {
                subject_unit_id: 1,
                text: "Ưu điểm".into(),
            },
            FindingInput {
                subject_unit_id: 2,
                text: "Hạn chế".into(),
            },
        ],
        recommendations: vec![RecommendationInput {
            subject_unit_id: 2,
            text: "Bổ sung".into(),
            lead_unit_id: 2,
            due_on: d("2023-11-15"),
        }],
    }
}

#[test]
fn a_conclusion_needs_findings_about_every_subject() {
    let today = d("2023-11-20");
    assert!(conclusion().validate(&[1, 2], today).is_ok());
    let e = ConclusionInput {
        findings: vec![],
        ..conclusion()
    }
    .validate(&[1, 2], today)
    .unwrap_err();
    assert_eq!(e.field, "findings");
    assert!(e.message_vi.contains("chưa có nội dung kết luận"), "{}", e.message_vi);
    let e = conclusion().validate(&[1, 2, 3], today).unwrap_err();
    assert!(e.message_vi.contains("1 đối tượng"), "{}", e.message_vi);
    let e = conclusion().validate(&[2], today).unwrap_err();
    assert_eq!(e.field, "findings[0].subject_unit_id");
}

#[test]
fn a_follow_up_due_before_the_conclusion_is_refused() {
    let mut c = conclusion();
    c.recommendations[0].due_on = d("2023-10-19");
    let e = c.validate(&[1, 2], d("2023-11-20")).unwrap_err();
    assert_eq!(e.field, "recommendations[0].due_on");
    assert!(e.message_vi.contains("19/10/2023"), "{}", e.message_vi);
    assert!(e.message_vi.contains("20/10/2023"), "{}", e.message_vi);
    let mut same_day = conclusion();
    same_day.recommendations[0].due_on = d("2023-10-20");
    assert!(same_day.validate(&[1, 2], d("2023-11-20")).is_ok());
}

#[test]
fn a_decision_names_one_head_and_a_schedule_after_it() {
    let ok = InspectionDecisionInput {
        symbol: "45-QĐ/UBKTQU".into(),
        decided_on: d("2023-09-05"),
        team: vec![
            TeamMemberInput {
                person_id: 1,
                role: TeamRole::Head,
            },
            TeamMemberInput {
                person_id: 2,
                role: TeamRole::Member,
            },
        ],
        starts_on: d("2023-09-11"),
        ends_on: d("2023-10-06"),
    };
    assert!(ok.clone().validate(d("2023-11-20")).is_ok());
    let no_head = InspectionDecisionInput {
        team: vec![ok.team[1]],
        ..ok.clone()
    };
    assert_eq!(no_head.validate(d("2023-11-20")).unwrap_err().field, "team");
    let backwards = InspectionDecisionInput {
        ends_on: d("2023-09-01"),
        ..ok.clone()
    };
    // The end before the start: the end is the field at fault.
    assert_eq!(backwards.validate(d("2023-11-20")).unwrap_err().field, "ends_on");
    let twice = InspectionDecisionInput {
        team: vec![ok.team[0], ok.team[0]],
        ..ok
    };
    assert!(
        twice
            .validate(d("2023-11-20"))
            .unwrap_err()
            .message_vi
            .contains("hai lần")
    );
}

#[test]
fn a_plan_needs_items_with_subjects() {
    let item = PlanItemInput {
        content: "Việc triển khai Chỉ thị 24-CT/TU".into(),
        subject_unit_ids: vec![5, 6],
        time_text: "Quý III/2023".into(),
        method: Method::Inspection,
    };
    let plan = PlanInput {
        body_unit_id: 1,
        year: 2023,
        title: "Chương trình kiểm tra, giám sát năm 2023".into(),
        items: vec![item.clone()],
    };
    assert!(plan.clone().validate().is_ok());
    let empty = PlanInput {
        items: vec![PlanItemInput {
            subject_unit_ids: vec![],
            ..item
        }],
        ..plan.clone()
    };
    assert_eq!(empty.validate().unwrap_err().field, "items[0].subject_unit_ids");
    assert_eq!(
        PlanInput { items: vec![], ..plan }.validate().unwrap_err().field,
        "items"
    );
}

#[test]
fn a_district_commission_inspects_its_district() {
    use crate::unit::UnitKind as K;
    let place = |p: &str, kind, parent| UnitPlace {
        path: UnitPath::parse(p).unwrap(),
        kind,
        parent_kind: parent,
    };
    let committee = place("/1/5/10/", K::PartyCommittee, Some(K::District));
    let body = place("/1/5/10/13/", K::InspectionCommission, Some(K::PartyCommittee));
    let r = reach(&body, Some(&committee));
    assert!(
        r.covers(&UnitPath::parse("/1/5/30/31/").unwrap()),
        "a ward's Party committee"
    );
    assert!(!r.covers(&UnitPath::parse("/1/6/30/").unwrap()), "another district");
    let board = place("/1/5/10/14/", K::PartyBoard, Some(K::PartyCommittee));
    assert!(!reach(&board, Some(&committee)).covers(&UnitPath::parse("/1/5/30/").unwrap()));
}
