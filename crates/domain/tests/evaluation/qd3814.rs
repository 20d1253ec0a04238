//! Quyết định 3814-QĐ/TU of Hà Nội, computed by hand from its text (shipped defaults: 20
//! points of discipline and ethics as 4 × 5, 70 task-result points by the 335 formula, 10
//! bonus points as 4 + 4 + 2; monthly; A ≥ 90, B 70–<90, C 50–<70, D < 50; A ≤ 30 % of
//! those rated, 40 % in an exceptional unit).

use domain::evaluation::year::{LevelShareRule, YearAggregation};
use domain::evaluation::*;

use super::common::*;

const MAY: &str = "2026-05";

#[test]
fn full_marks_are_100_grade_a() {
    // 20 + 70 (one task on time) + 10 (4 + 4 + 2) = 100 → A.
    let r = rules("qd3814_hanoi");
    let mut a = assessment(full_criteria(&r));
    a.bonus = vec![
        item("sang_kien", 4.0),
        item("nhiem_vu_dot_xuat", 4.0),
        item("khen_thuong", 2.0),
    ];
    let e = run(
        &r,
        &request(MAY, Subject::Staff, vec![done(1, "2026-05-10", "2026-05-10")], a),
    );
    assert_eq!(
        (e.general, e.task_points, e.bonus, e.total),
        (pts(20.0), pts(70.0), pts(10.0), pts(100.0))
    );
    assert_eq!(
        (e.classification.level, e.classification.grade.as_deref()),
        (Level::Excellent, Some("A"))
    );
    assert!(e.explain(&r).iter().any(|l| l.vi.contains("(loại A)")));
}

#[test]
fn bonus_points_can_lift_b_to_a() {
    // General 5 + 5 + 4 + 4 = 18. Two tasks: one on time, one 3 days late (1 delay).
    // quantity 100 %, quality 100 %, timeliness (1 + 0.75)/2 = 87.5 %.
    // task = 70 × 287.5 / 300 = 67.083… → 67.08.
    // With sáng kiến 4: 18 + 67.08 + 4 = 89.08 → B. Adding khen thưởng 2: 91.08 → A.
    let r = rules("qd3814_hanoi");
    let tasks = vec![done(1, "2026-05-10", "2026-05-10"), done(2, "2026-05-20", "2026-05-23")];
    let mut a = assessment(criteria(&r, &[5.0, 5.0, 4.0, 4.0]));
    a.bonus = vec![item("sang_kien", 4.0)];
    let e = run(&r, &request(MAY, Subject::Staff, tasks.clone(), a.clone()));
    assert_eq!((e.task_points, e.total), (pts(67.08), pts(89.08)));
    assert_eq!(e.classification.grade.as_deref(), Some("B"));
    a.bonus.push(item("khen_thuong", 2.0));
    let e = run(&r, &request(MAY, Subject::Staff, tasks, a));
    assert_eq!((e.total, e.classification.grade.as_deref()), (pts(91.08), Some("A")));
}

#[test]
fn grade_boundaries_to_the_hundredth() {
    // Manual task points (no tracked task) 70, general 20 → 90.00 → A; one criterion at 4.99
    // → 89.99 → B. Manual 50 + 19.99 = 69.99 → C; 30 + 20 = 50 → C; 29.99 + 20 = 49.99 → D.
    let r = rules("qd3814_hanoi");
    let total_for = |general: &[f64], task: f64| {
        let mut a = assessment(criteria(&r, general));
        a.task_points = Some(pts(task));
        let e = run(&r, &request(MAY, Subject::Staff, vec![], a));
        (e.total, e.classification.grade.unwrap())
    };
    assert_eq!(total_for(&[5.0; 4], 70.0), (pts(90.0), "A".into()));
    assert_eq!(total_for(&[5.0, 5.0, 5.0, 4.99], 70.0), (pts(89.99), "B".into()));
    assert_eq!(total_for(&[5.0, 5.0, 5.0, 4.99], 50.0), (pts(69.99), "C".into()));
    assert_eq!(total_for(&[5.0; 4], 30.0), (pts(50.0), "C".into()));
    assert_eq!(total_for(&[5.0; 4], 29.99), (pts(49.99), "D".into()));
}

#[test]
fn manual_task_points_when_nothing_was_tracked() {
    // 20 + 60 (entered) + 0 = 80 → B.
    let r = rules("qd3814_hanoi");
    let mut a = assessment(full_criteria(&r));
    a.task_points = Some(pts(60.0));
    let e = run(
        &r,
        &request(MAY, Subject::Staff, vec![open(1, "2026-06-10")], a.clone()),
    );
    assert_eq!((e.total, e.classification.level), (pts(80.0), Level::Good));
    assert!(e.task.explain(&r).vi.starts_with("Người đánh giá nhập"));
    a.task_points = Some(pts(70.5));
    let e = evaluate(&r, &request(MAY, Subject::Staff, vec![], a)).unwrap_err();
    assert_eq!(e.field, "task_points");
    assert!(e.message_vi.contains("từ 0 đến 70"), "{}", e.message_vi);
}

#[test]
fn out_of_range_items_are_refused_naming_the_criterion() {
    let r = rules("qd3814_hanoi");
    // ky_luat_ky_cuong is worth 5 at most.
    let e = evaluate(
        &r,
        &request(
            MAY,
            Subject::Staff,
            vec![],
            assessment(criteria(&r, &[5.0, 6.0, 5.0, 5.0])),
        ),
    )
    .unwrap_err();
    assert_eq!(e.field, "criteria.ky_luat_ky_cuong");
    assert_eq!(
        e.message_vi,
        "Điểm tiêu chí “Chấp hành kỷ luật, kỷ cương hành chính, nội quy, quy chế và thời giờ làm việc” phải từ 0 đến 5 (đang nhập 6)."
    );
    // Sáng kiến is worth 4 at most.
    let mut a = assessment(full_criteria(&r));
    a.bonus = vec![item("sang_kien", 4.5)];
    assert_eq!(
        evaluate(&r, &request(MAY, Subject::Staff, vec![], a))
            .unwrap_err()
            .field,
        "bonus.sang_kien"
    );
    // Negative points, a missing criterion, an unknown one, one scored twice.
    let mut neg = criteria(&r, &[5.0; 4]);
    neg[0].points = pts(-1.0);
    assert_eq!(
        evaluate(&r, &request(MAY, Subject::Staff, vec![], assessment(neg)))
            .unwrap_err()
            .field,
        "criteria.chinh_tri_dao_duc"
    );
    let mut missing = full_criteria(&r);
    missing.pop();
    let e = evaluate(&r, &request(MAY, Subject::Staff, vec![], assessment(missing))).unwrap_err();
    assert_eq!(
        (e.field.as_str(), e.code.as_str()),
        ("criteria.phuc_vu_nhan_dan", "required")
    );
    let mut unknown = full_criteria(&r);
    unknown.push(item("dep_trai", 1.0));
    assert_eq!(
        evaluate(&r, &request(MAY, Subject::Staff, vec![], assessment(unknown)))
            .unwrap_err()
            .field,
        "criteria[4]"
    );
    let mut twice = full_criteria(&r);
    twice.push(twice[0].clone());
    assert_eq!(
        evaluate(&r, &request(MAY, Subject::Staff, vec![], assessment(twice)))
            .unwrap_err()
            .field,
        "criteria.chinh_tri_dao_duc"
    );
}

fn staff(levels: &[(Level, usize)]) -> Vec<QuotaEntry> {
    let mut out = Vec::new();
    for (level, n) in levels {
        for _ in 0..*n {
            let id = out.len() as i64 + 1;
            out.push(QuotaEntry {
                person_id: id,
                agency_id: 7,
                post_group: None,
                level: *level,
                points: pts(95.0 - id as f64 / 10.0),
            });
        }
    }
    out
}

#[test]
fn grade_a_is_at_most_30_percent_of_those_rated() {
    // 20 rated: floor(30 % × 20) = 6 A allowed. 6 A + 14 B: allowed.
    let r = rules("qd3814_hanoi");
    let six = staff(&[(Level::Excellent, 6), (Level::Good, 14)]);
    assert!(check_quotas(&r, &six, &[]).is_empty());
    // Approving a 7th A: 7/20 > 30 % → refused, naming the counts and who is over.
    let mut seventh = six[6].clone();
    seventh.level = Level::Excellent;
    let e = check_approval(&r, &six, &seventh, &[]).unwrap_err();
    assert_eq!(
        e.message_vi,
        "Cơ quan #7: đã có 7/20 xuất sắc, vượt tỷ lệ 30 % tổng số người được xếp loại (tối đa 6); người vượt: #7."
    );
    // In an exceptional unit: floor(40 % × 20) = 8: the 7th and 8th pass, a 9th does not.
    let eight = staff(&[(Level::Excellent, 8), (Level::Good, 12)]);
    assert!(check_quotas(&r, &eight, &[7]).is_empty());
    let mut ninth = eight[8].clone();
    ninth.level = Level::Excellent;
    let e = check_approval(&r, &eight, &ninth, &[7]).unwrap_err();
    assert!(
        e.message_vi.contains("9/20 xuất sắc, vượt tỷ lệ 40 %"),
        "{}",
        e.message_vi
    );
    // Every level counts in the base: 3 A of 10 rated (4 C, 3 D) is at the 30 % boundary.
    let mixed = staff(&[
        (Level::Excellent, 3),
        (Level::Satisfactory, 4),
        (Level::Unsatisfactory, 3),
    ]);
    assert!(check_quotas(&r, &mixed, &[]).is_empty());
}

#[test]
fn discipline_in_the_month_is_grade_d() {
    let r = rules("qd3814_hanoi");
    let mut a = assessment(full_criteria(&r));
    a.disqualifiers = vec!["disciplined".into()];
    let e = run(
        &r,
        &request(MAY, Subject::Staff, vec![done(1, "2026-05-10", "2026-05-10")], a),
    );
    assert_eq!((e.total, e.classification.grade.as_deref()), (pts(90.0), Some("D")));
}

#[test]
fn monthly_only_and_no_unit_part() {
    let r = rules("qd3814_hanoi");
    let e = evaluate(
        &r,
        &request("2026-Q2", Subject::Staff, vec![], assessment(full_criteria(&r))),
    )
    .unwrap_err();
    assert_eq!(e.field, "period");
    assert!(e.message_vi.contains("hằng tháng"), "{}", e.message_vi);
    let mut req = request(
        MAY,
        Subject::Leader,
        vec![done(1, "2026-05-10", "2026-05-10")],
        assessment(full_criteria(&r)),
    );
    // Leaders are rated on the same frame (no unit rule in 3814): 20 + 70 = 90.
    assert_eq!(run(&r, &req).total, pts(90.0));
    req.leader = Some(LeaderInput::default());
    assert_eq!(evaluate(&r, &req).unwrap_err().field, "leader");
}

#[test]
fn the_year_from_the_months() {
    // Default: the mean of the monthly scores. 6 months at 92 and 6 at 86: 89 → B.
    let r = rules("qd3814_hanoi");
    let months: Vec<PeriodOutcome> = (1..=12)
        .map(|m| PeriodOutcome {
            period: p(&format!("2026-{m:02}")),
            points: pts(if m <= 6 { 92.0 } else { 86.0 }),
            level: if m <= 6 { Level::Excellent } else { Level::Good },
        })
        .collect();
    let input = YearInput {
        year: 2026,
        subject: Subject::Staff,
        periods: months.clone(),
        year_tally: TaskTally::default(),
        disqualifiers: vec![],
        recognised_initiative: false,
    };
    let y = evaluate_year(&r, &input).unwrap();
    assert_eq!((y.points, y.classification.level), (pts(89.0), Level::Good));
    // A clone that rates the year by months instead: xuất sắc with ≥ 50 % of months A and
    // none below B; tốt with ≥ 50 % at B or better and none below C; hoàn thành with ≥ 50 %
    // at C or better. 6 A + 6 B → xuất sắc.
    let mut clone = raw("qd3814_hanoi");
    clone.version = 2;
    clone.year.aggregation = YearAggregation::LevelShare;
    clone.year.level_share = vec![
        LevelShareRule {
            level: Level::Excellent,
            min_percent: Percent::whole(50),
            at_least: Level::Excellent,
            none_below: Some(Level::Good),
        },
        LevelShareRule {
            level: Level::Good,
            min_percent: Percent::whole(50),
            at_least: Level::Good,
            none_below: Some(Level::Satisfactory),
        },
        LevelShareRule {
            level: Level::Satisfactory,
            min_percent: Percent::whole(50),
            at_least: Level::Satisfactory,
            none_below: None,
        },
    ];
    let by_months = clone.validate().unwrap();
    assert_eq!(
        evaluate_year(&by_months, &input).unwrap().classification.level,
        Level::Excellent
    );
    // One B month becomes C: 6 A, 5 B, 1 C → not xuất sắc (a month below B) → tốt.
    let mut one_c = input.clone();
    one_c.periods[11].level = Level::Satisfactory;
    assert_eq!(
        evaluate_year(&by_months, &one_c).unwrap().classification.level,
        Level::Good
    );
    // 5 A + 1 B + 6 D: 6/12 = 50 % at C or better, D months allowed there → hoàn thành.
    let mut poor = input.clone();
    for m in 6..12 {
        poor.periods[m].level = Level::Unsatisfactory;
    }
    poor.periods[5].level = Level::Good;
    assert_eq!(
        evaluate_year(&by_months, &poor).unwrap().classification.level,
        Level::Satisfactory
    );
}

#[test]
fn a_task_carried_over_counts_each_month_until_done() {
    // Due 25/04, still open at the end of April: April counts it, 0 points
    // (20 + 0 + 0 = 20 → D). Completed 06/05: May counts it as carried over, 11 days late, 1
    // delay → timeliness 75 % → 70 × 275/300 = 64.17 → 84.17 → B. June: completed before, not
    // counted (manual points then needed).
    let r = rules("qd3814_hanoi");
    let april = vec![open(1, "2026-04-25")];
    let e = run(
        &r,
        &request("2026-04", Subject::Staff, april, assessment(full_criteria(&r))),
    );
    assert_eq!(
        (e.task_points, e.classification.grade.as_deref()),
        (pts(0.0), Some("D"))
    );
    let may = vec![done(1, "2026-04-25", "2026-05-06")];
    let e = run(
        &r,
        &request("2026-05", Subject::Staff, may.clone(), assessment(full_criteria(&r))),
    );
    assert_eq!(e.facts.tasks[0].days_late, 11);
    assert_eq!((e.total, e.classification.grade.as_deref()), (pts(84.17), Some("B")));
    let e = evaluate(
        &r,
        &request("2026-06", Subject::Staff, may, assessment(full_criteria(&r))),
    )
    .unwrap_err();
    assert_eq!(e.field, "task_points");
}

#[test]
fn an_objective_cause_waives_quality_deductions_too() {
    // One task on time with 2 failed checks: quality 50 % → 70 × 250/300 = 58.33 → 78.33 (B).
    // Waived: 70 → 90 (A).
    let r = rules("qd3814_hanoi");
    let task = TaskRecord {
        quality_failures: 2,
        ..done(1, "2026-05-10", "2026-05-09")
    };
    let e = run(
        &r,
        &request(MAY, Subject::Staff, vec![task.clone()], assessment(full_criteria(&r))),
    );
    assert_eq!((e.total, e.classification.grade.as_deref()), (pts(78.33), Some("B")));
    let waived = TaskRecord { waived: true, ..task };
    let e = run(
        &r,
        &request(MAY, Subject::Staff, vec![waived], assessment(full_criteria(&r))),
    );
    assert_eq!((e.total, e.classification.grade.as_deref()), (pts(90.0), Some("A")));
}

#[test]
fn conversion_factors_under_3814() {
    // Factor 0.5 on time, factor 1.5 open: assigned 2, completed 0.5 → every share 25 %
    // → 70 × 25 % = 17.5; 20 + 17.5 = 37.5 → D.
    let r = rules("qd3814_hanoi");
    let tasks = vec![
        TaskRecord {
            weight: Factor::from_hundredths(50),
            ..done(1, "2026-05-10", "2026-05-10")
        },
        TaskRecord {
            weight: Factor::from_hundredths(150),
            ..open(2, "2026-05-20")
        },
    ];
    let e = run(&r, &request(MAY, Subject::Staff, tasks, assessment(full_criteria(&r))));
    assert_eq!((e.task_points, e.total), (pts(17.5), pts(37.5)));
    assert_eq!(e.classification.grade.as_deref(), Some("D"));
    assert_eq!(
        (e.facts.tasks[0].possible, e.facts.tasks[1].possible),
        (pts(17.5), pts(52.5))
    );
}
