//! Nghị định 335/2025/NĐ-CP, computed by hand from its text (shipped defaults: 30 general
//! points as 5 × 6, 70 task-result points = 70 × mean of quantity, quality and timeliness,
//! 25 % deducted per failed quality check and per delay, March 2026 unless said otherwise).

use domain::evaluation::facts::Counting;
use domain::evaluation::level::Reason;
use domain::evaluation::ruleset::DelayCount;
use domain::evaluation::score::TaskPointsSource;
use domain::evaluation::*;

use super::common::*;

const MARCH: &str = "2026-03";

#[test]
fn everything_on_time_and_to_standard_is_100_and_excellent() {
    // 4 tasks due in March, all completed on time: quantity = quality = timeliness = 4/4.
    // Task results = 70 × (100 + 100 + 100) / 300 = 70; general 5 × 6 = 30; total 100.
    let r = rules("nd335");
    let tasks = vec![
        done(1, "2026-03-10", "2026-03-10"),
        done(2, "2026-03-15", "2026-03-01"),
        done(3, "2026-03-20", "2026-03-19"),
        done(4, "2026-03-31", "2026-03-31"),
    ];
    let e = run(
        &r,
        &request(MARCH, Subject::Staff, tasks, assessment(full_criteria(&r))),
    );
    assert_eq!((e.task.points, e.total), (pts(70.0), pts(100.0)));
    assert_eq!(e.classification.level, Level::Excellent);
    assert_eq!(e.task.source, TaskPointsSource::Computed);
}

#[test]
fn a_late_task_a_quality_failure_and_an_open_task() {
    // T1 on time; T2 5 days late (1 delay: timeliness 75 %); T3 on time with 1 failed check
    // (quality 75 %); T4 open at the end of March (0 on every part).
    // quantity   = 3/4                      = 75 %
    // quality    = (1 + 1 + 0.75 + 0) / 4   = 68.75 %
    // timeliness = (1 + 0.75 + 1 + 0) / 4   = 68.75 %
    // points     = 70 × (75 + 68.75 + 68.75) / 300 = 70 × 212.5 / 300 = 49.583… → 49.58
    // per task   : 17.5 possible each; T1 17.5, T2 = T3 = 17.5 × 2.75/3 = 16.04, T4 0.
    // general 6 + 5 + 5 + 4 + 4 = 24; total 73.58 → tốt.
    let r = rules("nd335");
    let tasks = vec![
        done(1, "2026-03-10", "2026-03-08"),
        done(2, "2026-03-15", "2026-03-20"),
        TaskRecord {
            quality_failures: 1,
            ..done(3, "2026-03-20", "2026-03-19")
        },
        open(4, "2026-03-25"),
    ];
    let e = run(
        &r,
        &request(
            MARCH,
            Subject::Staff,
            tasks,
            assessment(criteria(&r, &[6.0, 5.0, 5.0, 4.0, 4.0])),
        ),
    );
    assert_eq!(e.task.quantity, Percent::whole(75));
    assert_eq!(e.task.quality, Percent::from_hundredths(6875));
    assert_eq!(e.task.timeliness, Percent::from_hundredths(6875));
    assert_eq!(e.task.points, pts(49.58));
    let earned: Vec<Points> = e.facts.tasks.iter().map(|f| f.earned).collect();
    assert_eq!(earned, [pts(17.5), pts(16.04), pts(16.04), pts(0.0)]);
    assert!(e.facts.tasks.iter().all(|f| f.possible == pts(17.5)));
    assert_eq!((e.general, e.total), (pts(24.0), pts(73.58)));
    assert_eq!(e.classification.level, Level::Good);
    // The lines say why, in both languages.
    let late = e.facts.tasks[1].explain(&r.task_results);
    assert!(late.vi.contains("chậm 5 ngày"), "{}", late.vi);
    assert!(late.vi.contains("1 lần chậm tiến độ, mỗi lần trừ 25 %"), "{}", late.vi);
    assert!(late.vi.ends_with("→ 16,04/17,5 điểm."), "{}", late.vi);
    assert!(late.en.contains("5 days late"), "{}", late.en);
    let open_line = e.facts.tasks[3].explain(&r.task_results);
    assert!(
        open_line.vi.contains("Chưa hoàn thành đến hết kỳ (quá hạn 6 ngày)"),
        "{}",
        open_line.vi
    );
    let summary = e.explain(&r);
    assert!(summary.iter().any(|l| l.vi.contains("= 49,58 điểm")), "{summary:?}");
    assert!(
        summary
            .iter()
            .any(|l| l.vi.contains("Tổng: 24 + 49,58 + 0 = 73,58/100 điểm.")),
        "{summary:?}"
    );
}

#[test]
fn a_confirmed_objective_cause_waives_the_delay() {
    // As above, T2 waived: its timeliness is 100 %.
    // timeliness = (1 + 1 + 1 + 0) / 4 = 75 %; quality 68.75 %; quantity 75 %.
    // points = 70 × (75 + 68.75 + 75) / 300 = 70 × 218.75 / 300 = 51.041… → 51.04 (was 49.58).
    let r = rules("nd335");
    let tasks = vec![
        done(1, "2026-03-10", "2026-03-08"),
        TaskRecord {
            waived: true,
            ..done(2, "2026-03-15", "2026-03-20")
        },
        TaskRecord {
            quality_failures: 1,
            ..done(3, "2026-03-20", "2026-03-19")
        },
        open(4, "2026-03-25"),
    ];
    let e = run(
        &r,
        &request(MARCH, Subject::Staff, tasks, assessment(full_criteria(&r))),
    );
    assert_eq!(e.task.points, pts(51.04));
    assert!(e.facts.tasks[1].waiver_applied);
    assert!(e.facts.tasks[1].explain(&r.task_results).vi.contains("không trừ điểm"));
    assert_eq!(
        e.facts.tally.on_time, 300,
        "T1, T2 (waived) and T3 count on time (weights in hundredths)"
    );
}

#[test]
fn a_waived_open_task_is_left_out_of_the_period() {
    // As the second case with T4 (open) waived: T4 leaves the period, 3 tasks remain.
    // quantity 3/3 = 100 %; quality (1 + 1 + 0.75)/3 = 91.67 %; timeliness (1 + 0.75 + 1)/3.
    // points = 70 × (3 + 2.75 + 2.75) / 9 = 70 × 8.5 / 9 = 66.111… → 66.11.
    let r = rules("nd335");
    let tasks = vec![
        done(1, "2026-03-10", "2026-03-08"),
        done(2, "2026-03-15", "2026-03-20"),
        TaskRecord {
            quality_failures: 1,
            ..done(3, "2026-03-20", "2026-03-19")
        },
        TaskRecord {
            waived: true,
            ..open(4, "2026-03-25")
        },
    ];
    let e = run(
        &r,
        &request(MARCH, Subject::Staff, tasks, assessment(full_criteria(&r))),
    );
    assert_eq!(e.task.points, pts(66.11));
    assert_eq!(e.facts.tasks[3].counting, Counting::WaivedOpen);
    assert_eq!(e.facts.tally.tasks, 3);
}

#[test]
fn conversion_factors_weight_the_work() {
    // T1 factor 2, on time; T2 factor 1, open. Assigned 3, completed 2: every share 2/3.
    // points = 70 × 2/3 = 46.666… → 46.67; general 30; total 76.67 → tốt.
    let r = rules("nd335");
    let tasks = vec![
        TaskRecord {
            weight: Factor::whole(2),
            ..done(1, "2026-03-10", "2026-03-10")
        },
        open(2, "2026-03-20"),
    ];
    let e = run(
        &r,
        &request(MARCH, Subject::Staff, tasks, assessment(full_criteria(&r))),
    );
    assert_eq!((e.task.points, e.total), (pts(46.67), pts(76.67)));
    assert_eq!(e.facts.tasks[0].possible, pts(46.67), "70 × 2/3");
    assert_eq!(e.facts.tasks[1].possible, pts(23.33), "70 × 1/3");
    assert_eq!(e.classification.level, Level::Good);
}

#[test]
fn which_tasks_count_in_the_period() {
    // A due 20/02, completed 05/03: carried over, 13 days late, 1 delay → timeliness 75 %.
    // B due 25/02, open: carried over, 0.
    // C due 10/04, completed 28/03: completed in the period before its due date, full.
    // D due 15/02, completed 27/02: completed before March, not counted.
    // E due 30/04, open: due later, not counted.
    // F due 20/03, cancelled 10/03: not counted.
    // G due 20/03, cancelled 05/04 (after March): counts as it stood, open, 0.
    // H no due date, open: not counted.  I no due date, completed 12/03: counts, on time.
    // Counted A B C G I: quantity 3/5; quality (1+0+1+0+1)/5 = 60 %;
    // timeliness (0.75+0+1+0+1)/5 = 55 %; points = 70 × (60 + 60 + 55)/300 = 40.833… → 40.83.
    let r = rules("nd335");
    let tasks = vec![
        done(1, "2026-02-20", "2026-03-05"),
        open(2, "2026-02-25"),
        done(3, "2026-04-10", "2026-03-28"),
        done(4, "2026-02-15", "2026-02-27"),
        open(5, "2026-04-30"),
        TaskRecord {
            cancelled_on: Some(d("2026-03-10")),
            ..open(6, "2026-03-20")
        },
        TaskRecord {
            cancelled_on: Some(d("2026-04-05")),
            ..open(7, "2026-03-20")
        },
        TaskRecord {
            due_on: None,
            ..open(8, "2026-01-01")
        },
        TaskRecord {
            due_on: None,
            completed_on: Some(d("2026-03-12")),
            ..open(9, "2026-01-01")
        },
    ];
    let e = run(
        &r,
        &request(MARCH, Subject::Staff, tasks, assessment(full_criteria(&r))),
    );
    let counting: Vec<Counting> = e.facts.tasks.iter().map(|f| f.counting).collect();
    use Counting::*;
    assert_eq!(
        counting,
        [
            CarriedOver,
            CarriedOver,
            CompletedInPeriod,
            CompletedBefore,
            DueLater,
            Cancelled,
            DueInPeriod,
            OpenEnded,
            CompletedInPeriod
        ]
    );
    assert_eq!(e.facts.tasks[0].days_late, 13);
    assert_eq!(e.task.points, pts(40.83));
    let cancelled = e.facts.tasks[5].explain(&r.task_results);
    assert_eq!(
        cancelled.vi,
        "Hạn 20/03/2026, hệ số 1. Đã hủy ngày 10/03/2026: không tính."
    );
}

#[test]
fn deductions_stack_and_stop_at_zero() {
    // Both on time; T1 5 failed checks (125 % → 0 % quality), T2 2 failed checks (50 %).
    // quantity 100 %, quality (0 + 0.5)/2 = 25 %, timeliness 100 %.
    // points = 70 × 225 / 300 = 52.5; general 30; total 82.5 → tốt.
    let r = rules("nd335");
    let tasks = vec![
        TaskRecord {
            quality_failures: 5,
            ..done(1, "2026-03-10", "2026-03-10")
        },
        TaskRecord {
            quality_failures: 2,
            ..done(2, "2026-03-10", "2026-03-10")
        },
    ];
    let e = run(
        &r,
        &request(MARCH, Subject::Staff, tasks, assessment(full_criteria(&r))),
    );
    assert_eq!(e.facts.tasks[0].quality, Percent::ZERO);
    assert_eq!((e.task.points, e.total), (pts(52.5), pts(82.5)));
}

#[test]
fn levels_at_their_boundaries() {
    // xuất sắc ≥ 90; tốt 70 to < 90; hoàn thành 50 to < 70; không hoàn thành < 50.
    let r = rules("nd335");
    let level = |x: f64| classify(&r, Subject::Staff, pts(x), &TaskTally::default(), &[]).level;
    assert_eq!(level(100.0), Level::Excellent);
    assert_eq!(level(90.0), Level::Excellent);
    assert_eq!(level(89.99), Level::Good);
    assert_eq!(level(70.0), Level::Good);
    assert_eq!(level(69.99), Level::Satisfactory);
    assert_eq!(level(50.0), Level::Satisfactory);
    assert_eq!(level(49.99), Level::Unsatisfactory);
    assert_eq!(level(0.0), Level::Unsatisfactory);
    // Through the whole computation: 20 general + 70 task results = 90 exactly → xuất sắc.
    let e = run(
        &r,
        &request(
            MARCH,
            Subject::Staff,
            vec![done(1, "2026-03-10", "2026-03-10")],
            assessment(criteria(&r, &[4.0, 4.0, 4.0, 4.0, 4.0])),
        ),
    );
    assert_eq!((e.total, e.classification.level), (pts(90.0), Level::Excellent));
}

#[test]
fn discipline_in_the_year_means_not_completed_whatever_the_points() {
    // 100 points, but disciplined (khiển trách or more) in the year → không hoàn thành.
    let r = rules("nd335");
    let mut a = assessment(full_criteria(&r));
    a.disqualifiers = vec!["disciplined".into()];
    let e = run(
        &r,
        &request(MARCH, Subject::Staff, vec![done(1, "2026-03-10", "2026-03-10")], a),
    );
    assert_eq!(e.total, pts(100.0));
    assert_eq!(e.classification.by_points, Level::Excellent);
    assert_eq!(e.classification.level, Level::Unsatisfactory);
    assert!(matches!(&e.classification.reasons[..], [Reason::Disqualified { code, .. }] if code == "disciplined"));
    let lines = e.classification.explain(&r, e.total);
    assert!(
        lines[1].vi.starts_with("Bị kỷ luật từ khiển trách trở lên"),
        "{lines:?}"
    );
}

#[test]
fn a_leader_is_also_scored_on_the_unit() {
    // Own tasks: 2, both on time → own 70.
    // Unit tasks: 4 due in March, 3 on time, 1 open → every share 75 % → unit 52.5.
    // Subordinates: tốt, hoàn thành, không hoàn thành → one below "hoàn thành" → factor 50 %.
    // points = 50 % × 70 + 50 % × 52.5 × 50 % = 35 + 13.125 = 48.125 → 48.13 (half up).
    // general 30; total 78.13 → tốt.
    // With every subordinate at least "hoàn thành": 35 + 26.25 = 61.25; total 91.25 → xuất sắc.
    let r = rules("nd335");
    let unit_tasks = vec![
        done(11, "2026-03-05", "2026-03-05"),
        done(12, "2026-03-10", "2026-03-09"),
        done(13, "2026-03-15", "2026-03-15"),
        open(14, "2026-03-20"),
    ];
    let mut req = request(
        MARCH,
        Subject::Leader,
        vec![done(1, "2026-03-10", "2026-03-10"), done(2, "2026-03-12", "2026-03-11")],
        assessment(full_criteria(&r)),
    );
    req.leader = Some(LeaderInput {
        unit_tasks: unit_tasks.clone(),
        subordinate_levels: vec![Level::Good, Level::Satisfactory, Level::Unsatisfactory],
    });
    let e = run(&r, &req);
    let part = e.leader.unwrap();
    assert_eq!(
        (part.own, part.unit, part.factor),
        (pts(70.0), Some(pts(52.5)), Percent::whole(50))
    );
    assert_eq!((e.task_points, e.total), (pts(48.13), pts(78.13)));
    assert_eq!(e.classification.level, Level::Good);
    let line = part.explain(r.leader.as_ref().unwrap());
    assert!(
        line.vi.contains("1/3 cá nhân thuộc quyền dưới mức Hoàn thành nhiệm vụ"),
        "{}",
        line.vi
    );

    req.leader = Some(LeaderInput {
        unit_tasks,
        subordinate_levels: vec![Level::Good, Level::Satisfactory, Level::Excellent],
    });
    let e = run(&r, &req);
    assert_eq!((e.task_points, e.total), (pts(61.25), pts(91.25)));
    assert_eq!(e.classification.level, Level::Excellent);
}

#[test]
fn a_leader_whose_unit_had_nothing_due_is_scored_on_own_tasks() {
    // Unit tasks all due in April: the unit part is not assessable; own 70 stands.
    let r = rules("nd335");
    let mut req = request(
        MARCH,
        Subject::Leader,
        vec![done(1, "2026-03-10", "2026-03-10")],
        assessment(full_criteria(&r)),
    );
    req.leader = Some(LeaderInput {
        unit_tasks: vec![open(11, "2026-04-10")],
        subordinate_levels: vec![Level::Unsatisfactory],
    });
    let e = run(&r, &req);
    assert_eq!((e.leader.unwrap().unit, e.task_points), (None, pts(70.0)));
}

#[test]
fn corruption_in_the_unit_disqualifies_a_leader_only() {
    let r = rules("nd335");
    let mut a = assessment(full_criteria(&r));
    a.disqualifiers = vec!["unit_corruption".into()];
    let mut req = request(
        MARCH,
        Subject::Leader,
        vec![done(1, "2026-03-10", "2026-03-10")],
        a.clone(),
    );
    req.leader = Some(LeaderInput::default());
    assert_eq!(run(&r, &req).classification.level, Level::Unsatisfactory);
    let staff = evaluate(&r, &request(MARCH, Subject::Staff, vec![], a)).unwrap_err();
    assert_eq!(staff.field, "disqualifiers[0]");
    assert!(staff.message_vi.contains("không áp dụng"), "{}", staff.message_vi);
}

#[test]
fn quota_is_20_percent_of_those_rated_good_or_better_per_agency_and_group() {
    // Agency 1: 10 people rated tốt or better → at most floor(20 % × 10) = 2 xuất sắc.
    let r = rules("nd335");
    let entry = |id: i64, level: Level, x: f64, group: &str| QuotaEntry {
        person_id: id,
        agency_id: 1,
        post_group: Some(group.into()),
        level,
        points: pts(x),
    };
    let mut staff: Vec<QuotaEntry> = (1..=8).map(|i| entry(i, Level::Good, 80.0, "chuyen_vien")).collect();
    staff.push(entry(9, Level::Excellent, 95.0, "lanh_dao"));
    staff.push(entry(10, Level::Excellent, 92.0, "lanh_dao"));
    staff.push(entry(11, Level::Satisfactory, 60.0, "chuyen_vien"));
    // 2 of 10 at the agency: allowed. But the "lanh_dao" group has 2 people, both xuất sắc:
    // floor(20 % × 2) = 0 allowed there.
    let breaches = check_quotas(&r, &staff, &[]);
    assert_eq!(breaches.len(), 1);
    assert_eq!((breaches[0].count, breaches[0].base, breaches[0].allowed), (2, 2, 0));
    // Without post groups the agency is at its boundary, 2/10: allowed.
    let ungrouped: Vec<QuotaEntry> = staff.iter().map(|e| QuotaEntry { post_group: None, ..*e }).collect();
    assert!(check_quotas(&r, &ungrouped, &[]).is_empty());
    // Approving an 11th person's xuất sắc (one of the tốt raised): 3/10 > 2 → refused,
    // naming the quota, the counts and who is over (the lowest-scored xuất sắc).
    let candidate = QuotaEntry {
        level: Level::Excellent,
        points: pts(91.0),
        ..ungrouped[0].clone()
    };
    let e = check_approval(&r, &ungrouped, &candidate, &[]).unwrap_err();
    assert_eq!(e.field, "level");
    assert_eq!(
        e.message_vi,
        "Cơ quan #1: đã có 3/10 xuất sắc, vượt tỷ lệ 20 % số người xếp loại Hoàn thành tốt nhiệm vụ trở lên (tối đa 2); người vượt: #1."
    );
    // Approving another tốt never breaches.
    let good = QuotaEntry {
        person_id: 12,
        level: Level::Good,
        ..ungrouped[0].clone()
    };
    assert!(check_approval(&r, &ungrouped, &good, &[]).is_ok());
}

#[test]
fn delays_can_count_per_started_days_and_extensions_as_delays() {
    // A clone counting one delay per started 10 days: 25 days late → 3 delays → 100 − 75 = 25 %
    // timeliness; points = 70 × (100 + 100 + 25)/300 = 52.5.
    let mut clone = raw("nd335");
    clone.version = 2;
    clone.task_results.delay_count = DelayCount::PerStartedDays(10);
    let r = clone.clone().validate().unwrap();
    let e = run(
        &r,
        &request(
            MARCH,
            Subject::Staff,
            vec![done(1, "2026-03-05", "2026-03-30")],
            assessment(full_criteria(&r)),
        ),
    );
    assert_eq!((e.facts.tasks[0].delays, e.task.points), (3, pts(52.5)));
    // Extended from 10/03 to 20/03, completed 15/03: on time by default; a clone that counts
    // the missed original deadline gives 1 delay → timeliness 75 % → 70 × 275/300 = 64.17.
    let extended = TaskRecord {
        original_due_on: Some(d("2026-03-10")),
        ..done(1, "2026-03-20", "2026-03-15")
    };
    let shipped = rules("nd335");
    let e = run(
        &shipped,
        &request(
            MARCH,
            Subject::Staff,
            vec![extended.clone()],
            assessment(full_criteria(&shipped)),
        ),
    );
    assert_eq!(e.task.points, pts(70.0));
    clone.task_results.extension_is_delay = true;
    let strict = clone.validate().unwrap();
    let e = run(
        &strict,
        &request(
            MARCH,
            Subject::Staff,
            vec![extended],
            assessment(full_criteria(&strict)),
        ),
    );
    assert_eq!(e.task.points, pts(64.17));
    assert!(
        e.facts.tasks[0]
            .explain(&strict.task_results)
            .vi
            .contains("ban đầu 10/03/2026, đã gia hạn")
    );
}

#[test]
fn without_tracked_tasks_the_evaluator_enters_the_task_points() {
    // No task counts: the shipped rule asks for the points (56): 30 + 56 = 86 → tốt.
    let r = rules("nd335");
    let e = evaluate(
        &r,
        &request(MARCH, Subject::Staff, vec![], assessment(full_criteria(&r))),
    )
    .unwrap_err();
    assert_eq!((e.field.as_str(), e.code.as_str()), ("task_points", "required"));
    let mut a = assessment(full_criteria(&r));
    a.task_points = Some(pts(56.0));
    let e = run(&r, &request(MARCH, Subject::Staff, vec![], a.clone()));
    assert_eq!((e.task.source, e.total), (TaskPointsSource::Manual, pts(86.0)));
    // …but never when tasks were tracked.
    let refused = evaluate(&r, &request(MARCH, Subject::Staff, vec![open(1, "2026-03-02")], a)).unwrap_err();
    assert_eq!(refused.field, "task_points");
}

#[test]
fn the_year_is_the_mean_of_the_periods_and_proposes_titles() {
    // 11 months at 92 and one at 80: mean (11 × 92 + 80)/12 = 1092/12 = 91 → xuất sắc →
    // Lao động tiên tiến and Chiến sĩ thi đua cơ sở. Rated by 15/12/2026.
    let r = rules("nd335");
    let months = |scores: &[f64]| -> Vec<PeriodOutcome> {
        scores
            .iter()
            .enumerate()
            .map(|(i, x)| PeriodOutcome {
                period: p(&format!("2026-{:02}", i + 1)),
                points: pts(*x),
                level: Level::Good,
            })
            .collect()
    };
    let mut scores = vec![92.0; 11];
    scores.push(80.0);
    let input = YearInput {
        year: 2026,
        subject: Subject::Staff,
        periods: months(&scores),
        year_tally: TaskTally::default(),
        disqualifiers: vec![],
        recognised_initiative: false,
    };
    let y = evaluate_year(&r, &input).unwrap();
    assert_eq!(
        (y.points, y.classification.level, y.rated_by),
        (pts(91.0), Level::Excellent, d("2026-12-15"))
    );
    assert_eq!(y.titles.iter().map(|t| t.proposed).collect::<Vec<_>>(), [true, true]);
    // Mean 85 → tốt: Lao động tiên tiến only; with a recognised initiative, both.
    let good = YearInput {
        periods: months(&[85.0; 12]),
        ..input.clone()
    };
    let y = evaluate_year(&r, &good).unwrap();
    assert_eq!(y.classification.level, Level::Good);
    assert_eq!(y.titles.iter().map(|t| t.proposed).collect::<Vec<_>>(), [true, false]);
    let text = y.titles[1].explain(&r);
    assert!(
        text.vi
            .contains("cần xếp loại năm Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận"),
        "{}",
        text.vi
    );
    let inventive = YearInput {
        recognised_initiative: true,
        ..good.clone()
    };
    let y = evaluate_year(&r, &inventive).unwrap();
    assert_eq!(y.titles.iter().map(|t| t.proposed).collect::<Vec<_>>(), [true, true]);
    // Disciplined in the year: không hoàn thành, no title.
    let disciplined = YearInput {
        disqualifiers: vec!["disciplined".into()],
        ..inventive
    };
    let y = evaluate_year(&r, &disciplined).unwrap();
    assert_eq!(y.classification.level, Level::Unsatisfactory);
    assert!(y.titles.iter().all(|t| !t.proposed));
    // Quarters work the same way; absent months are simply not passed.
    let quarters: Vec<PeriodOutcome> = ["2026-Q1", "2026-Q2", "2026-Q4"]
        .iter()
        .zip([88.0, 90.0, 95.0])
        .map(|(q, x)| PeriodOutcome {
            period: p(q),
            points: pts(x),
            level: Level::Good,
        })
        .collect();
    // (88 + 90 + 95)/3 = 91 → xuất sắc.
    let y = evaluate_year(
        &r,
        &YearInput {
            periods: quarters,
            ..good
        },
    )
    .unwrap();
    assert_eq!((y.points, y.periods), (pts(91.0), 3));
}
