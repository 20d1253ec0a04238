//! Properties of the engine under every shipped rule set: a score never leaves its frame; one
//! more task on time and a waiver never lower it; levels partition 0–100 with no gap; the
//! classification is monotone in the score; ranking totals stay within the frame.

use chrono::Duration;
use domain::Valid;
use domain::evaluation::level::band_for;
use domain::evaluation::ranking::LevelMix;
use domain::evaluation::ruleset::LevelBand;
use domain::evaluation::score::CriterionScore;
use domain::evaluation::*;
use proptest::prelude::*;

use super::common::*;

const FAMILIES: [&str; 3] = ["nd335", "qd3814_hanoi", "qd366_tw"];

/// The period each family is exercised on (366 evaluates quarters).
fn period_of(family: &str) -> &'static str {
    if family == "qd366_tw" { "2026-Q1" } else { "2026-03" }
}

fn day(offset: i64) -> chrono::NaiveDate {
    d("2026-03-01") + Duration::days(offset)
}

fn record() -> impl Strategy<Value = TaskRecord> {
    (
        (
            1i64..10_000,
            proptest::option::of(-90i64..120),
            proptest::option::of(-90i64..120),
        ),
        (proptest::option::of(-90i64..120), 1i64..=300, 0u32..6),
        (any::<bool>(), any::<bool>(), proptest::option::of(-30i64..30)),
    )
        .prop_map(
            |((id, due, completed), (cancelled, weight, failures), (exceeded, waived, extension))| TaskRecord {
                task_id: id,
                due_on: due.map(day),
                original_due_on: due.zip(extension).map(|(d, e)| day(d + e)),
                completed_on: completed.map(day),
                cancelled_on: cancelled.map(day),
                weight: Factor::from_hundredths(weight),
                quality_failures: failures,
                exceeded,
                waived,
                recurrence: None,
            },
        )
}

/// Checklist points within each item's range, from fractions in [0, 1].
fn checklist(items: &[domain::evaluation::ruleset::Criterion], fractions: &[u32]) -> Vec<CriterionScore> {
    items
        .iter()
        .zip(fractions.iter().cycle())
        .map(|(c, f)| CriterionScore {
            code: c.code.clone(),
            points: Points::from_hundredths(c.max.hundredths() * i64::from(*f) / 100),
        })
        .collect()
}

struct Case {
    rules: Valid<RuleSet>,
    period: &'static str,
    subject: Subject,
    general: Vec<CriterionScore>,
    bonus: Vec<CriterionScore>,
    manual: Points,
}

/// Short, so that a failing case reads well (the rule set by its family only).
impl std::fmt::Debug for Case {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Case")
            .field("rules", &self.rules.family)
            .field("period", &self.period)
            .field("subject", &self.subject)
            .field("general", &self.general)
            .field("bonus", &self.bonus)
            .field("manual", &self.manual)
            .finish()
    }
}

fn case() -> impl Strategy<Value = Case> {
    (
        0usize..3,
        prop::sample::select(vec![Subject::Staff, Subject::Leader, Subject::Collective]),
        proptest::collection::vec(0u32..=100, 5),
        0i64..=7000,
    )
        .prop_map(|(i, subject, fractions, manual)| {
            let rules = rules(FAMILIES[i]);
            Case {
                period: period_of(FAMILIES[i]),
                // 335 scores leaders with their unit: keep leaders for the rule sets without it.
                subject: if FAMILIES[i] == "nd335" && subject == Subject::Leader {
                    Subject::Staff
                } else {
                    subject
                },
                general: checklist(&rules.criteria, &fractions),
                bonus: checklist(&rules.bonus_criteria, &fractions),
                manual: Points::from_hundredths(manual),
                rules,
            }
        })
}

/// The total for `tasks`, entering `manual` task points only when no task counts.
fn total(c: &Case, tasks: &[TaskRecord], manual: Points) -> Evaluation {
    let facts = count_tasks(&c.rules.task_results, &p(c.period), tasks).unwrap();
    let assessment = Assessment {
        criteria: c.general.clone(),
        bonus: c.bonus.clone(),
        task_points: (facts.tally.assigned == 0).then_some(manual),
        disqualifiers: vec![],
    };
    run(&c.rules, &request(c.period, c.subject, tasks.to_vec(), assessment))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_score_never_leaves_its_frame(c in case(), tasks in proptest::collection::vec(record(), 0..25)) {
        let e = total(&c, &tasks, c.manual);
        prop_assert!(e.total >= Points::ZERO && e.total <= c.rules.frame.total);
        prop_assert!(e.task_points >= Points::ZERO && e.task_points <= c.rules.frame.task_results);
        for f in &e.facts.tasks {
            prop_assert!(f.earned <= f.possible, "{f:?}");
        }
        // The per-task lines add up to the task points up to their rounding.
        let sum: i64 = e.facts.tasks.iter().map(|f| f.earned.hundredths()).sum();
        let n = e.facts.tally.tasks as i64;
        if e.facts.tally.assigned > 0 {
            prop_assert!((sum - e.task.points.hundredths()).abs() <= n, "{sum} vs {}", e.task.points);
        }
    }

    #[test]
    fn one_more_task_on_time_never_lowers_it(
        c in case(),
        tasks in proptest::collection::vec(record(), 0..20),
        due in 0i64..28,
        early in 0i64..10,
        weight in 1i64..=300,
    ) {
        let before = total(&c, &tasks, c.manual);
        let mut more = tasks.clone();
        more.push(TaskRecord {
            weight: Factor::from_hundredths(weight),
            completed_on: Some(day(due - early.min(due))),
            ..TaskRecord::due(99_999, day(due))
        });
        let after = total(&c, &more, c.manual);
        prop_assert!(after.total >= before.total, "{} → {}", before.total, after.total);
        prop_assert!(after.task_points >= before.task_points);
    }

    #[test]
    fn a_waiver_never_lowers_it(c in case(), tasks in proptest::collection::vec(record(), 1..20), pick in any::<prop::sample::Index>()) {
        let none_waived: Vec<TaskRecord> = tasks.iter().map(|t| TaskRecord { waived: false, ..*t }).collect();
        let before = total(&c, &none_waived, c.manual);
        let mut waived = none_waived.clone();
        let i = pick.index(waived.len());
        waived[i].waived = true;
        // When the waiver leaves nothing counted, what counted before earned nothing (an open
        // task); the evaluator's entry then starts from 0.
        let manual = if before.facts.tally.assigned == 0 { c.manual } else { Points::ZERO };
        let after = total(&c, &waived, manual);
        prop_assert!(after.total >= before.total, "{} → {}", before.total, after.total);
    }

    #[test]
    fn shipped_levels_partition_the_frame(i in 0usize..3, h in 0i64..=10_000) {
        let r = rules(FAMILIES[i]);
        let x = Points::from_hundredths(h);
        let holding: Vec<&LevelBand> = r
            .levels
            .iter()
            .filter(|b| b.min <= x && b.below.is_none_or(|below| x < below))
            .collect();
        prop_assert_eq!(holding.len(), 1);
        prop_assert_eq!(band_for(&r, x).map(|b| b.level), Some(holding[0].level));
    }

    #[test]
    fn any_valid_bands_partition_and_any_gap_or_overlap_is_refused(
        cuts in proptest::collection::btree_set(1i64..10_000, 3),
        shift in 1i64..50,
        which in 0usize..3,
        gap in any::<bool>(),
        h in 0i64..=10_000,
    ) {
        let cuts: Vec<i64> = cuts.into_iter().collect();
        let mut set = raw("nd335");
        set.version = 9;
        let mut bands = set.levels.clone();
        // levels are shipped top first: excellent, good, satisfactory, unsatisfactory.
        bands[0].min = Points::from_hundredths(cuts[2]);
        bands[1].min = Points::from_hundredths(cuts[1]);
        bands[1].below = Some(Points::from_hundredths(cuts[2]));
        bands[2].min = Points::from_hundredths(cuts[0]);
        bands[2].below = Some(Points::from_hundredths(cuts[1]));
        bands[3].below = Some(Points::from_hundredths(cuts[0]));
        set.levels = bands.clone();
        let valid = set.clone().validate().unwrap();
        let x = Points::from_hundredths(h);
        let n = valid.levels.iter().filter(|b| b.min <= x && b.below.is_none_or(|below| x < below)).count();
        prop_assert_eq!(n, 1);
        // Move one band's upper bound: a gap when lowered, an overlap when raised.
        let band = &mut set.levels[which + 1];
        let below = band.below.unwrap();
        let moved = if gap { below.hundredths() - shift } else { below.hundredths() + shift };
        band.below = Some(Points::from_hundredths(moved));
        let e = set.validate().unwrap_err();
        prop_assert!(e.field.starts_with("levels["), "{}", e.field);
    }

    #[test]
    fn classification_is_monotone_in_the_score(
        i in 0usize..3,
        subject in prop::sample::select(vec![Subject::Staff, Subject::Leader, Subject::Collective]),
        tasks in proptest::collection::vec(record(), 0..15),
        disqualified in any::<bool>(),
        a in 0i64..=10_000,
        b in 0i64..=10_000,
    ) {
        let r = rules(FAMILIES[i]);
        let tally = count_tasks(&r.task_results, &p(period_of(FAMILIES[i])), &tasks).unwrap().tally;
        let codes: Vec<String> = r
            .disqualifiers
            .iter()
            .filter(|d| disqualified && (d.subjects.is_empty() || d.subjects.contains(&subject)))
            .take(1)
            .map(|d| d.code.clone())
            .collect();
        let (lo, hi) = (a.min(b), a.max(b));
        let level = |h: i64| classify(&r, subject, Points::from_hundredths(h), &tally, &codes).level;
        prop_assert!(level(lo).rank() <= level(hi).rank());
        prop_assert!(level(hi).rank() <= classify(&r, subject, Points::from_hundredths(hi), &tally, &codes).by_points.rank());
    }

    #[test]
    fn ranking_totals_stay_in_the_frame_and_ranks_follow_totals(
        figures in proptest::collection::vec((0u32..50, 0u32..50, 0u32..500, 0u32..20, 0u32..20, 0u32..10, 0u32..10), 1..12),
    ) {
        let r = rules("nd335");
        let units: Vec<UnitFigures> = figures
            .iter()
            .enumerate()
            .map(|(i, (due, on, days, targets, met, rated, items))| UnitFigures {
                unit_id: i as i64,
                tasks_due: *due,
                tasks_on_time: (*on).min(*due),
                overdue_tasks: due - (*on).min(*due),
                overdue_days: *days,
                targets: *targets,
                targets_met: (*met).min(*targets),
                targets_exceeded: (*met).min(*targets) / 2,
                levels: LevelMix { good: *rated, unsatisfactory: rated / 3, ..LevelMix::default() },
                compliance_items: *items,
                compliance_done: items / 2,
            })
            .collect();
        let ranked = rank_units(&r, &units).unwrap();
        prop_assert_eq!(ranked.len(), units.len());
        for w in ranked.windows(2) {
            prop_assert!(w[0].total >= w[1].total);
            prop_assert!(w[0].rank <= w[1].rank);
            prop_assert_eq!(w[0].total == w[1].total, w[0].rank == w[1].rank);
        }
        for u in &ranked {
            prop_assert!(u.total >= Points::ZERO && u.total <= r.unit_ranking.frame);
        }
    }
}
