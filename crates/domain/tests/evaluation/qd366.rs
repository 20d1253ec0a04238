//! Quy định 366-QĐ/TW, computed by hand from its text (shipped defaults: 30 general points as
//! 3 × 10, 70 task-result points by the quantity/quality/timeliness mean; quarterly and yearly;
//! xuất sắc ≥ 90 with 100 % of tasks on time and to standard and ≥ 30 % exceeded; tốt ≥ 70
//! with 100 % on time and to standard; hoàn thành ≥ 50, collectives with ≤ 20 % late).

use domain::evaluation::level::Reason;
use domain::evaluation::*;

use super::common::*;

const Q1: &str = "2026-Q1";

/// `n` tasks due in Q1 completed on time, the first `exceeded` of them marked exceeded.
fn on_time(n: i64, exceeded: i64) -> Vec<TaskRecord> {
    (1..=n)
        .map(|i| TaskRecord {
            exceeded: i <= exceeded,
            ..done(i, "2026-02-15", "2026-02-10")
        })
        .collect()
}

#[test]
fn excellent_needs_all_on_time_and_30_percent_exceeded() {
    // 5 tasks on time, 2 exceeded (40 %): 30 + 70 = 100 → xuất sắc.
    let r = rules("qd366_tw");
    let e = run(
        &r,
        &request(Q1, Subject::Staff, on_time(5, 2), assessment(full_criteria(&r))),
    );
    assert_eq!((e.total, e.classification.level), (pts(100.0), Level::Excellent));
    // 1 exceeded (20 % < 30 %): tốt, saying why.
    let e = run(
        &r,
        &request(Q1, Subject::Staff, on_time(5, 1), assessment(full_criteria(&r))),
    );
    assert_eq!(
        (e.classification.by_points, e.classification.level),
        (Level::Excellent, Level::Good)
    );
    assert!(matches!(
        e.classification.reasons[..],
        [Reason::ConditionUnmet { level: Level::Excellent, actual, .. }] if actual == Percent::whole(20)
    ));
    let lines = e.classification.explain(&r, e.total);
    assert!(lines[1].vi.contains("phải ít nhất 30 %, thực tế 20 %"), "{lines:?}");
}

#[test]
fn exactly_30_percent_exceeded_is_enough() {
    // 10 tasks on time, 3 exceeded: 3/10 = 30 % ≥ 30 % → xuất sắc.
    let r = rules("qd366_tw");
    let e = run(
        &r,
        &request(Q1, Subject::Staff, on_time(10, 3), assessment(full_criteria(&r))),
    );
    assert_eq!(e.classification.level, Level::Excellent);
    // 3 of 11 = 27.27 % → tốt.
    let e = run(
        &r,
        &request(Q1, Subject::Staff, on_time(11, 3), assessment(full_criteria(&r))),
    );
    assert_eq!(e.classification.level, Level::Good);
}

#[test]
fn one_late_task_drops_a_member_to_satisfactory_whatever_the_points() {
    // 5 tasks, one 3 days late (1 delay): timeliness (4 + 0.75)/5 = 95 %.
    // task = 70 × (100 + 100 + 95)/300 = 68.833… → 68.83; total 98.83 (xuất sắc by points).
    // On time and to standard 4/5 = 80 % < 100 %: neither xuất sắc nor tốt → hoàn thành.
    let r = rules("qd366_tw");
    let mut tasks = on_time(5, 2);
    tasks[4].completed_on = Some(d("2026-02-18"));
    let e = run(
        &r,
        &request(Q1, Subject::Staff, tasks.clone(), assessment(full_criteria(&r))),
    );
    assert_eq!(e.total, pts(98.83));
    assert_eq!(e.classification.level, Level::Satisfactory);
    assert_eq!(e.classification.reasons.len(), 2, "{:?}", e.classification.reasons);
    // The same delay waived (objective cause confirmed): on time, 100 points, xuất sắc.
    tasks[4].waived = true;
    let e = run(&r, &request(Q1, Subject::Staff, tasks, assessment(full_criteria(&r))));
    assert_eq!((e.total, e.classification.level), (pts(100.0), Level::Excellent));
}

#[test]
fn a_quality_failure_on_time_also_breaks_the_100_percent() {
    // 5 on time, one with a failed check: quality (4 + 0.75)/5 = 95 % → 98.83 points, but on
    // time and to standard 4/5 → hoàn thành.
    let r = rules("qd366_tw");
    let mut tasks = on_time(5, 2);
    tasks[0].quality_failures = 1;
    let e = run(&r, &request(Q1, Subject::Staff, tasks, assessment(full_criteria(&r))));
    assert_eq!((e.total, e.classification.level), (pts(98.83), Level::Satisfactory));
}

#[test]
fn collectives_may_have_at_most_20_percent_late_to_complete() {
    // A collective with 10 tasks, 2 completed 1 day late (1 delay each):
    // timeliness (8 + 2 × 0.75)/10 = 95 % → task 68.83; general 10 → 78.83 (tốt by points).
    // Not tốt (not 100 % on time); late 2/10 = 20 % ≤ 20 % → hoàn thành.
    let r = rules("qd366_tw");
    let tasks = |late: usize| {
        let mut t = on_time(10, 0);
        for task in t.iter_mut().take(late) {
            task.completed_on = Some(d("2026-02-16"));
        }
        t
    };
    let general = || assessment(criteria(&r, &[4.0, 3.0, 3.0]));
    let e = run(&r, &request(Q1, Subject::Collective, tasks(2), general()));
    assert_eq!((e.total, e.classification.level), (pts(78.83), Level::Satisfactory));
    // 3 late: timeliness (7 + 2.25)/10 = 92.5 % → 70 × 292.5/300 = 68.25 → 78.25;
    // late 30 % > 20 % → không hoàn thành.
    let e = run(&r, &request(Q1, Subject::Collective, tasks(3), general()));
    assert_eq!((e.total, e.classification.level), (pts(78.25), Level::Unsatisfactory));
    // The 20 % rule is for collectives only: a member with 3 late of 10 → hoàn thành.
    let e = run(&r, &request(Q1, Subject::Staff, tasks(3), general()));
    assert_eq!(e.classification.level, Level::Satisfactory);
}

#[test]
fn a_collective_with_a_disciplined_member_is_at_most_good() {
    let r = rules("qd366_tw");
    let mut a = assessment(full_criteria(&r));
    a.disqualifiers = vec!["member_disciplined".into()];
    let e = run(&r, &request(Q1, Subject::Collective, on_time(5, 2), a.clone()));
    assert_eq!(e.classification.level, Level::Good);
    // Not a disqualifier of a member.
    assert_eq!(
        evaluate(&r, &request(Q1, Subject::Staff, on_time(5, 2), a))
            .unwrap_err()
            .field,
        "disqualifiers[0]"
    );
}

#[test]
fn a_disciplined_member_is_not_completed() {
    let r = rules("qd366_tw");
    let mut a = assessment(full_criteria(&r));
    a.disqualifiers = vec!["disciplined".into()];
    let e = run(&r, &request(Q1, Subject::Leader, on_time(5, 2), a));
    assert_eq!(e.classification.level, Level::Unsatisfactory);
}

#[test]
fn without_tracked_tasks_the_share_conditions_do_not_apply() {
    // Manual 65 + 30 = 95 → xuất sắc; the conditions are reported as not assessable.
    let r = rules("qd366_tw");
    let mut a = assessment(full_criteria(&r));
    a.task_points = Some(pts(65.0));
    let e = run(&r, &request(Q1, Subject::Staff, vec![], a));
    assert_eq!((e.total, e.classification.level), (pts(95.0), Level::Excellent));
    assert!(
        e.classification
            .reasons
            .iter()
            .all(|r| matches!(r, Reason::NotAssessable { .. }))
    );
    assert_eq!(e.classification.reasons.len(), 2);
}

#[test]
fn quarterly_and_yearly_periods_only() {
    let r = rules("qd366_tw");
    let month = evaluate(
        &r,
        &request("2026-02", Subject::Staff, on_time(1, 0), assessment(full_criteria(&r))),
    );
    assert_eq!(month.unwrap_err().field, "period");
    // A yearly review is a period too: the task dated February counts in 2026.
    let year = run(
        &r,
        &request("2026", Subject::Staff, on_time(1, 1), assessment(full_criteria(&r))),
    );
    assert_eq!(year.total, pts(100.0));
    // Before 30/08/2025 the rule set was not in force.
    let before = evaluate(
        &r,
        &request("2025-Q2", Subject::Staff, vec![], assessment(full_criteria(&r))),
    );
    assert_eq!(before.unwrap_err().field, "period");
}

#[test]
fn the_year_from_the_quarters_with_the_year_conditions() {
    // Quarters 92, 88, 95, 90 → mean 365/4 = 91.25. The year's tasks: 20 on time, 7 exceeded
    // (35 %) → xuất sắc. With 5 exceeded (25 %) → tốt. No quota under 366.
    let r = rules("qd366_tw");
    let periods: Vec<PeriodOutcome> = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
        .iter()
        .zip([92.0, 88.0, 95.0, 90.0])
        .map(|(q, x)| PeriodOutcome {
            period: p(q),
            points: pts(x),
            level: Level::Good,
        })
        .collect();
    let rule = &r.task_results;
    let tally = |exceeded| count_tasks(rule, &p("2026"), &on_time(20, exceeded)).unwrap().tally;
    let input = YearInput {
        year: 2026,
        subject: Subject::Staff,
        periods,
        year_tally: tally(7),
        disqualifiers: vec![],
        recognised_initiative: false,
    };
    let y = evaluate_year(&r, &input).unwrap();
    assert_eq!((y.points, y.classification.level), (pts(91.25), Level::Excellent));
    assert!(y.titles.is_empty(), "366 proposes no State title");
    assert_eq!(y.rated_by, d("2026-12-31"));
    let y = evaluate_year(
        &r,
        &YearInput {
            year_tally: tally(5),
            ..input
        },
    )
    .unwrap();
    assert_eq!(y.classification.level, Level::Good);
    assert!(r.quotas.is_empty());
}
