//! What the pure part of a monthly evaluation costs per person: counting the tasks, scoring
//! them, the checklist, the total and the level (no explanation text, no storage).
//!
//! `cargo run --release -p dondoc-domain --example evaluation_cost [people] [tasks per person]`
//!
//! A plain timed loop (no benchmark harness): the figure goes in `docs/evaluation.md`; it is
//! never asserted in a test. The people are synthetic but deterministic: a mix of tasks due
//! in the month, carried over, completed early, late, failed quality checks, waivers and
//! conversion factors, under the shipped Nghị định 335 rule set.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;
use std::time::Instant;

use chrono::{Duration, NaiveDate};
use domain::evaluation::score::CriterionScore;
use domain::evaluation::shipped::shipped;
use domain::evaluation::*;
use domain::period::Period;

/// A small deterministic generator (xorshift), so runs compare.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let people = args.first().copied().unwrap_or(100_000);
    let per_person = args.get(1).copied().unwrap_or(20);
    let Some(rules) = shipped().ok().and_then(|s| s.into_iter().find(|r| r.family == "nd335")) else {
        eprintln!("the shipped rule sets do not load");
        return;
    };
    let Ok(period) = Period::parse("2026-03") else { return };
    let start = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap_or_default();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let criteria: Vec<CriterionScore> = rules
        .criteria
        .iter()
        .map(|c| CriterionScore {
            code: c.code.clone(),
            points: c.max,
        })
        .collect();
    let requests: Vec<EvaluationRequest> = (0..people)
        .map(|p| {
            let tasks = (0..per_person)
                .map(|t| {
                    let due = start + Duration::days(rng.next(75) as i64 - 30);
                    let completed = match rng.next(4) {
                        0 => None,
                        _ => Some(due + Duration::days(rng.next(20) as i64 - 12)),
                    };
                    TaskRecord {
                        task_id: (p * per_person + t) as i64,
                        completed_on: completed,
                        weight: Factor::from_hundredths(50 + 50 * rng.next(4) as i64),
                        quality_failures: (rng.next(10) / 8) as u32,
                        exceeded: rng.next(5) == 0,
                        waived: rng.next(20) == 0,
                        ..TaskRecord::due(0, due)
                    }
                })
                .collect();
            EvaluationRequest {
                period,
                subject: Subject::Staff,
                tasks,
                assessment: Assessment {
                    criteria: criteria.clone(),
                    task_points: None,
                    ..Assessment::default()
                },
                leader: None,
            }
        })
        .collect();
    // Those with no counted task need the evaluator's figure: give it, as the page would.
    let requests: Vec<EvaluationRequest> = requests
        .into_iter()
        .map(|mut r| {
            let counted = count_tasks(&rules.task_results, &r.period, &r.tasks)
                .map(|f| f.tally.assigned > 0)
                .unwrap_or(false);
            if !counted {
                r.assessment.task_points = Some(Points::whole(50));
            }
            r
        })
        .collect();

    for round in 0..3 {
        let began = Instant::now();
        let mut excellent = 0usize;
        let mut failed = 0usize;
        for r in &requests {
            match evaluate(&rules, black_box(r)) {
                Ok(e) if e.classification.level == Level::Excellent => excellent += 1,
                Ok(_) => {}
                Err(_) => failed += 1,
            }
        }
        let took = began.elapsed();
        let per = took.as_secs_f64() * 1e6 / people as f64;
        println!(
            "round {round}: {people} people × {per_person} tasks in {:.3} s = {per:.2} µs per person ({excellent} excellent, {failed} refused)",
            took.as_secs_f64()
        );
    }
    // One person's explanation, as the page renders it.
    if let Some(Ok(e)) = requests.first().map(|r| evaluate(&rules, r)) {
        let began = Instant::now();
        let mut lines = 0usize;
        for _ in 0..1000 {
            lines += black_box(e.explain(&rules)).len();
            for t in &e.facts.tasks {
                black_box(t.explain(&rules.task_results));
                lines += 1;
            }
        }
        println!(
            "explanation of one person ({} lines): {:.1} µs",
            lines / 1000,
            began.elapsed().as_secs_f64() * 1e6 / 1000.0
        );
        for l in e.explain(&rules) {
            println!("  {}", l.vi);
        }
        for t in e.facts.tasks.iter().take(4) {
            println!("  #{}: {}", t.task_id, t.explain(&rules.task_results).vi);
        }
    }
}
