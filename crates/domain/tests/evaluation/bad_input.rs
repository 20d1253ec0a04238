//! Refused input, each with the field at fault and the reason in Vietnamese and English:
//! rule sets an administrator might save, scores out of range, steps out of turn, approvals
//! over quota, a period without a rule set.

use domain::FieldError;
use domain::evaluation::emulation::TitleCondition;
use domain::evaluation::ruleset::{Cycle, DelayCount};
use domain::evaluation::workflow::{Action, Role, Stage, ensure_editable, step};
use domain::evaluation::*;

use super::common::*;

/// A clone of the 335 rule set changed by `f`, validated.
fn clone_with(f: impl FnOnce(&mut RuleSet)) -> Result<(), FieldError> {
    let mut s = raw("nd335");
    s.version = 2;
    f(&mut s);
    s.validate().map(|_| ())
}

fn refused(f: impl FnOnce(&mut RuleSet)) -> FieldError {
    let e = clone_with(f).unwrap_err();
    assert!(!e.message_vi.is_empty() && !e.message_en.is_empty());
    e
}

#[test]
fn overlapping_levels_are_refused() {
    // tốt from 70 to below 91 overlaps xuất sắc from 90.
    let e = refused(|s| s.levels[1].below = Some(pts(91.0)));
    assert_eq!(e.field, "levels[1].below");
    assert_eq!(
        e.message_vi,
        "Mức Hoàn thành tốt nhiệm vụ (dưới 91) chồng lên mức Hoàn thành xuất sắc nhiệm vụ (từ 90)."
    );
}

#[test]
fn levels_leaving_a_gap_are_refused() {
    // hoàn thành from 50 to below 65, tốt from 70: 65 to 70 is nobody's.
    let e = refused(|s| s.levels[2].below = Some(pts(65.0)));
    assert_eq!(e.field, "levels[2].below");
    assert!(
        e.message_vi.contains("để trống khoảng từ 65 đến dưới 70 điểm"),
        "{}",
        e.message_vi
    );
    // The lowest level must start at 0.
    let e = refused(|s| s.levels[3].min = pts(10.0));
    assert_eq!(e.field, "levels[3].min");
    // The top level has no upper bound; the others need one.
    assert_eq!(
        refused(|s| s.levels[0].below = Some(pts(100.0))).field,
        "levels[0].below"
    );
    assert_eq!(refused(|s| s.levels[2].below = None).field, "levels[2].below");
}

#[test]
fn levels_in_the_wrong_order_or_missing_are_refused() {
    let e = refused(|s| {
        s.levels[0].level = Level::Good;
        s.levels[1].level = Level::Excellent;
    });
    assert!(e.field.ends_with(".level"), "{}", e.field);
    assert_eq!(
        refused(|s| {
            s.levels.pop();
        })
        .field,
        "levels"
    );
    // Conditions on "không hoàn thành" would make some scores unclassifiable.
    let e = refused(|s| {
        s.levels[3].conditions = s.levels[0]
            .conditions
            .clone()
            .into_iter()
            .chain(raw("qd366_tw").levels[0].conditions.clone())
            .collect()
    });
    assert_eq!(e.field, "levels[3].conditions");
}

#[test]
fn weights_that_do_not_sum_to_the_frame_are_refused() {
    let e = refused(|s| s.frame.task_results = pts(60.0));
    assert_eq!(e.field, "frame");
    assert_eq!(
        e.message_vi,
        "Tiêu chí chung 30 + kết quả thực hiện nhiệm vụ 60 + điểm thưởng 0 phải bằng thang điểm 100."
    );
    let e = refused(|s| s.criteria[0].max = pts(8.0));
    assert_eq!(e.field, "criteria");
    assert!(e.message_vi.contains("là 32, phải bằng 30"), "{}", e.message_vi);
    let e = refused(|s| s.unit_ranking.measures[0].weight = pts(50.0));
    assert_eq!(e.field, "unit_ranking.measures");
    let e = refused(|s| {
        s.task_results.weights.quantity = 0;
        s.task_results.weights.quality = 0;
        s.task_results.weights.timeliness = 0;
    });
    assert_eq!(e.field, "task_results.weights");
}

#[test]
fn quotas_outside_0_to_100_percent_are_refused() {
    let e = refused(|s| s.quotas[0].max_percent = Percent::whole(120));
    assert_eq!(e.field, "quotas[0].max_percent");
    assert_eq!(e.message_vi, "Tỷ lệ phải từ 0 đến 100 % (đang là 120 %).");
    assert_eq!(
        refused(|s| s.quotas[0].max_percent = Percent::whole(-1)).field,
        "quotas[0].max_percent"
    );
    let e = refused(|s| s.quotas[0].exceptional_max_percent = Some(Percent::whole(10)));
    assert_eq!(e.field, "quotas[0].exceptional_max_percent");
    assert_eq!(
        refused(|s| s.task_results.quality_deduction = Percent::whole(101)).field,
        "task_results.quality_deduction"
    );
    assert_eq!(
        refused(|s| s.leader.as_mut().unwrap().unit_share = Percent::whole(150)).field,
        "leader.unit_share"
    );
}

#[test]
fn empty_criteria_are_refused() {
    let e = refused(|s| s.criteria.clear());
    assert_eq!(e.field, "criteria");
    assert!(e.message_vi.starts_with("Danh sách tiêu chí trống"));
    assert_eq!(
        refused(|s| s.criteria[1].code = s.criteria[0].code.clone()).field,
        "criteria[1].code"
    );
    assert_eq!(
        refused(|s| s.criteria[1].label_vi = "  ".into()).field,
        "criteria[1].label_vi"
    );
    assert_eq!(
        refused(|s| s.criteria[1].code = "Kỷ luật".into()).field,
        "criteria[1].code"
    );
    assert_eq!(refused(|s| s.cycles.clear()).field, "cycles");
    assert_eq!(refused(|s| s.cycles.push(Cycle::Month)).field, "cycles[2]");
}

#[test]
fn reversed_effective_dates_are_refused() {
    let e = refused(|s| s.effective_until = Some(d("2025-12-31")));
    assert_eq!(e.field, "effective_until");
    assert_eq!(
        e.message_vi,
        "Ngày hết hiệu lực 31/12/2025 trước ngày có hiệu lực 01/01/2026."
    );
}

#[test]
fn other_inconsistent_rule_sets_are_refused() {
    assert_eq!(refused(|s| s.workflow.review_days = 1).field, "workflow");
    let e = refused(|s| {
        s.year.rated_by_month = 2;
        s.year.rated_by_day = 30;
    });
    assert_eq!(e.field, "year.rated_by_day");
    assert_eq!(
        refused(|s| s.disqualifiers[0].caps_at = Level::Excellent).field,
        "disqualifiers[0].caps_at"
    );
    assert_eq!(
        refused(|s| s.disqualifiers[1].code = s.disqualifiers[0].code.clone()).field,
        "disqualifiers[1].code"
    );
    assert_eq!(
        refused(|s| s.titles[0]
            .requires
            .push(TitleCondition::Title("chien_si_thi_dua_co_so".into())))
        .field,
        "titles[0].requires"
    );
    assert_eq!(
        refused(|s| s.task_results.delay_count = DelayCount::PerStartedDays(0)).field,
        "task_results.delay_count"
    );
    assert_eq!(refused(|s| s.legal_basis.clear()).field, "legal_basis");
    assert_eq!(refused(|s| s.version = 0).field, "version");
    assert_eq!(
        refused(|s| s.quotas[0].level = Level::Unsatisfactory).field,
        "quotas[0].level"
    );
}

#[test]
fn a_score_outside_a_criterions_range_is_refused() {
    let r = rules("nd335");
    let e = evaluate(
        &r,
        &request(
            "2026-03",
            Subject::Staff,
            vec![],
            assessment(criteria(&r, &[6.0, 6.0, 6.5, 6.0, 6.0])),
        ),
    )
    .unwrap_err();
    assert_eq!(e.field, "criteria.trach_nhiem");
    assert_eq!(
        e.message_en,
        "Points for “Responsibility and attitude to citizens and businesses” must be from 0 to 6 (entered 6.5)."
    );
    // The assessment can be checked on its own, before anything is computed.
    assert_eq!(
        assessment(criteria(&r, &[6.0, 6.0, 6.5, 6.0, 6.0]))
            .validate(&r, Subject::Staff)
            .unwrap_err()
            .field,
        "criteria.trach_nhiem"
    );
    let e = Assessment {
        disqualifiers: vec!["unknown".into()],
        ..assessment(full_criteria(&r))
    }
    .validate(&r, Subject::Staff)
    .unwrap_err();
    assert_eq!(e.field, "disqualifiers[0]");
}

#[test]
fn a_conversion_factor_outside_its_range_is_refused() {
    let r = rules("nd335");
    let tasks = vec![TaskRecord {
        weight: Factor::ZERO,
        ..open(41, "2026-03-05")
    }];
    let e = evaluate(
        &r,
        &request("2026-03", Subject::Staff, tasks, assessment(full_criteria(&r))),
    )
    .unwrap_err();
    assert_eq!(e.field, "tasks[41].weight");
}

#[test]
fn a_second_self_assessment_is_refused() {
    let dl = rules("nd335").workflow.deadlines(&p("2026-03"));
    let first = step(
        Stage::Open,
        Action::SubmitSelf,
        Role::Person,
        None,
        d("2026-04-02"),
        &dl,
    )
    .unwrap();
    let e = step(first.to, Action::SubmitSelf, Role::Person, None, d("2026-04-02"), &dl).unwrap_err();
    assert_eq!(e.field, "stage");
    assert_eq!(
        e.message_vi,
        "Đã gửi bản tự đánh giá kỳ này; chỉ tự đánh giá lại khi hồ sơ được trả lại."
    );
    // After the reviewer returns it, with a reason, a new one is accepted.
    let back = step(
        first.to,
        Action::ReturnToPerson,
        Role::Reviewer,
        Some("Thiếu minh chứng"),
        d("2026-04-03"),
        &dl,
    )
    .unwrap();
    assert!(
        step(back.to, Action::SubmitSelf, Role::Person, None, d("2026-04-04"), &dl)
            .unwrap()
            .late
    );
}

#[test]
fn evaluating_a_locked_period_is_refused() {
    let dl = rules("nd335").workflow.deadlines(&p("2026-03"));
    for action in [Action::SubmitSelf, Action::Review, Action::Decide, Action::Lock] {
        let e = step(Stage::Locked, action, Role::Approver, Some("x"), d("2026-05-01"), &dl).unwrap_err();
        assert_eq!(e.field, "stage");
        assert!(
            e.message_vi.starts_with("Kết quả đánh giá kỳ này đã khóa"),
            "{}",
            e.message_vi
        );
    }
    assert_eq!(ensure_editable(Stage::Locked, Role::Person).unwrap_err().field, "stage");
    // Reopening needs the approver and a reason.
    assert_eq!(
        step(
            Stage::Locked,
            Action::Reopen,
            Role::Reviewer,
            Some("Khiếu nại"),
            d("2026-05-01"),
            &dl
        )
        .unwrap_err()
        .field,
        "role"
    );
    let reopened = step(
        Stage::Locked,
        Action::Reopen,
        Role::Approver,
        Some("Khiếu nại được chấp nhận"),
        d("2026-05-01"),
        &dl,
    );
    assert_eq!(reopened.unwrap().to, Stage::Reviewed);
}

#[test]
fn approving_over_quota_is_refused() {
    // 3814: 10 rated, 3 already A (30 %): a 4th A is over.
    let r = rules("qd3814_hanoi");
    let others: Vec<QuotaEntry> = (1..=10)
        .map(|i| QuotaEntry {
            person_id: i,
            agency_id: 3,
            post_group: None,
            level: if i <= 3 { Level::Excellent } else { Level::Good },
            points: pts(80.0 + i as f64),
        })
        .collect();
    let candidate = QuotaEntry {
        level: Level::Excellent,
        points: pts(99.0),
        ..others[9].clone()
    };
    let e = check_approval(&r, &others, &candidate, &[]).unwrap_err();
    assert_eq!(e.field, "level");
    // The lowest-scored A (#1, 81 points) is the one over, not the candidate with 99.
    assert_eq!(
        e.message_en,
        "Agency #3: 4/10 excellent, over the 30 % quota of everyone rated (at most 3); over: #1."
    );
}

#[test]
fn a_period_without_a_rule_set_is_refused() {
    let sets = vec![rules("nd335")];
    let e = for_period(&sets, "nd335", &p("2025-06")).unwrap_err();
    assert_eq!(e.field, "period");
    assert!(
        e.message_en
            .starts_with("No evaluation rule set “nd335” is in force for period 2025-06")
    );
    // A rule set used outside its dates is refused by the evaluation itself too.
    let r = rules("nd335");
    let e = evaluate(
        &r,
        &request("2025-06", Subject::Staff, vec![], assessment(full_criteria(&r))),
    )
    .unwrap_err();
    assert_eq!(e.field, "period");
    // So is a half-year, which is no evaluation cycle.
    let e = evaluate(
        &r,
        &request("2026-H1", Subject::Staff, vec![], assessment(full_criteria(&r))),
    )
    .unwrap_err();
    assert_eq!(e.field, "period");
}

#[test]
fn a_year_without_periods_or_with_mixed_periods_is_refused() {
    let r = rules("nd335");
    let mut input = YearInput {
        year: 2026,
        subject: Subject::Staff,
        periods: vec![],
        year_tally: TaskTally::default(),
        disqualifiers: vec![],
        recognised_initiative: false,
    };
    assert_eq!(evaluate_year(&r, &input).unwrap_err().field, "periods");
    let outcome = |s: &str| PeriodOutcome {
        period: p(s),
        points: pts(80.0),
        level: Level::Good,
    };
    input.periods = vec![outcome("2026-01"), outcome("2026-Q2")];
    assert_eq!(evaluate_year(&r, &input).unwrap_err().field, "periods[1]");
    input.periods = vec![outcome("2026-01"), outcome("2026-01")];
    assert_eq!(evaluate_year(&r, &input).unwrap_err().field, "periods[1]");
    input.periods = vec![outcome("2025-12")];
    assert_eq!(evaluate_year(&r, &input).unwrap_err().field, "periods[0]");
}
