//! Selecting the rule set in force for a period: by effective dates, the latest activation
//! winning, so re-evaluating an old month always uses the version in force then.

use domain::Valid;
use domain::evaluation::*;

use super::common::*;

fn version(family: &str, v: u32, from: &str, until: Option<&str>) -> Valid<RuleSet> {
    let mut s = raw(family);
    s.version = v;
    s.effective_from = d(from);
    s.effective_until = until.map(d);
    s.validate().unwrap()
}

#[test]
fn an_old_month_uses_the_version_in_force_then() {
    // v1 from 01/01/2026 (never closed), an administrator's clone v2 activated from 01/07/2027.
    let sets = vec![
        version("nd335", 1, "2026-01-01", None),
        version("nd335", 2, "2027-07-01", None),
    ];
    assert_eq!(for_period(&sets, "nd335", &p("2026-03")).unwrap().version, 1);
    assert_eq!(for_period(&sets, "nd335", &p("2027-06")).unwrap().version, 1);
    assert_eq!(for_period(&sets, "nd335", &p("2027-07")).unwrap().version, 2);
    // A quarter takes the version in force on its first day.
    assert_eq!(for_period(&sets, "nd335", &p("2027-Q3")).unwrap().version, 2);
    assert_eq!(in_force(&sets, "nd335", d("2027-06-30")).unwrap().version, 1);
    // Closing v1 explicitly changes nothing.
    let closed = vec![
        version("nd335", 1, "2026-01-01", Some("2027-06-30")),
        version("nd335", 2, "2027-07-01", None),
    ];
    assert_eq!(for_period(&closed, "nd335", &p("2027-06")).unwrap().version, 1);
    assert_eq!(for_period(&closed, "nd335", &p("2028-01")).unwrap().version, 2);
}

#[test]
fn a_period_without_a_rule_set_is_refused() {
    let sets = vec![rules("nd335"), rules("qd3814_hanoi"), rules("qd366_tw")];
    let e = for_period(&sets, "nd335", &p("2025-12")).unwrap_err();
    assert_eq!(e.field, "period");
    assert_eq!(
        e.message_vi,
        "Kỳ tháng 12/2025 chưa có bộ quy tắc đánh giá “nd335” có hiệu lực (tính theo ngày đầu kỳ 01/12/2025)."
    );
    assert_eq!(for_period(&sets, "unknown", &p("2026-01")).unwrap_err().field, "period");
    assert_eq!(
        in_force(&sets, "qd366_tw", d("2025-08-29")).unwrap_err().field,
        "rule_set"
    );
    // Hà Nội's monthly rating has been in force since 2018.
    assert_eq!(
        for_period(&sets, "qd3814_hanoi", &p("2019-01")).unwrap().family,
        "qd3814_hanoi"
    );
}

#[test]
fn two_versions_activated_the_same_day_are_ambiguous() {
    let sets = vec![
        version("nd335", 2, "2027-01-01", None),
        version("nd335", 3, "2027-01-01", None),
    ];
    let e = in_force(&sets, "nd335", d("2027-02-01")).unwrap_err();
    assert_eq!(e.field, "rule_set");
    assert!(e.message_vi.contains("v2 và v3"), "{}", e.message_vi);
}

#[test]
fn step_deadlines_come_from_the_rule_set() {
    // 335: self-assessment by the 3rd, review by the 5th, decision by the 10th of next month.
    let dl = rules("nd335").workflow.deadlines(&p("2026-02"));
    assert_eq!(
        (dl.self_assessment, dl.review, dl.decision),
        (d("2026-03-03"), d("2026-03-05"), d("2026-03-10"))
    );
    // 366, quarterly: 10, 15 and 20 days after the quarter.
    let dl = rules("qd366_tw").workflow.deadlines(&p("2026-Q4"));
    assert_eq!((dl.self_assessment, dl.decision), (d("2027-01-10"), d("2027-01-20")));
}
