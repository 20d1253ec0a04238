//! Unit ranking for emulation, computed by hand with the shipped weights (on time 40, targets
//! met 15, exceeded 10, staff good or better 15, compliance 20; −1 per overdue task, −0.05 per
//! day overdue, −2 per person rated unsatisfactory, each capped at 10).

use domain::evaluation::ranking::{LevelMix, RankItem, RankingMeasure};
use domain::evaluation::*;

use super::common::*;

fn unit_one(id: i64) -> UnitFigures {
    UnitFigures {
        unit_id: id,
        tasks_due: 20,
        tasks_on_time: 18,
        overdue_tasks: 2,
        overdue_days: 15,
        targets: 10,
        targets_met: 9,
        targets_exceeded: 4,
        levels: LevelMix {
            excellent: 2,
            good: 10,
            satisfactory: 3,
            unsatisfactory: 0,
        },
        compliance_items: 5,
        compliance_done: 5,
    }
}

#[test]
fn units_ranked_with_their_points_broken_down() {
    // Unit 1: 18/20 × 40 = 36; 9/10 × 15 = 13.5; 4/10 × 10 = 4; 12/15 × 15 = 12; 5/5 × 20 = 20
    //         = 85.5; minus 2 × 1 and 15 × 0.05 = 0.75 → 82.75.
    // Unit 3: the same figures → 82.75, sharing rank 2.
    // Unit 2: no targets, so their 25 points are spread: the available weights 40 + 15 + 20 =
    //         75 scale to 100: on time 10/10 × 53.33 = 53.33; staff 5/5 × 20 = 20;
    //         compliance 4/5 × 26.67 = 21.33 → 94.66, rank 1.
    // Unit 4: nothing to measure → 0, rank 4.
    let r = rules("nd335");
    let two = UnitFigures {
        unit_id: 2,
        tasks_due: 10,
        tasks_on_time: 10,
        levels: LevelMix {
            good: 5,
            ..LevelMix::default()
        },
        compliance_items: 5,
        compliance_done: 4,
        ..UnitFigures::default()
    };
    let four = UnitFigures {
        unit_id: 4,
        ..UnitFigures::default()
    };
    let ranked = rank_units(&r, &[unit_one(1), two, unit_one(3), four]).unwrap();
    let summary: Vec<(i64, u32, Points)> = ranked.iter().map(|u| (u.unit_id, u.rank, u.total)).collect();
    assert_eq!(
        summary,
        [
            (2, 1, pts(94.66)),
            (1, 2, pts(82.75)),
            (3, 2, pts(82.75)),
            (4, 4, pts(0.0))
        ]
    );
    let one = &ranked[1];
    let points: Vec<Points> = one.parts.iter().map(|p| p.points).collect();
    assert_eq!(
        points,
        [
            pts(36.0),
            pts(13.5),
            pts(4.0),
            pts(12.0),
            pts(20.0),
            pts(2.0),
            pts(0.75)
        ]
    );
    let on_time = one.parts[0].explain(&r.unit_ranking);
    assert_eq!(
        on_time.vi,
        "Tỷ lệ nhiệm vụ đến hạn được hoàn thành đúng hạn: 18/20 = 90 % × 40 = 36 điểm."
    );
    let days = one.parts[6].explain(&r.unit_ranking);
    assert_eq!(days.vi, "Ngày quá hạn: 15 × 0,05 = trừ 0,75 điểm (trừ tối đa 10).");
    assert_eq!(ranked[0].parts[0].item, RankItem::Measure(RankingMeasure::OnTimeRate));
    assert_eq!(ranked[0].parts[0].weight, pts(53.33));
}

#[test]
fn penalties_are_capped_and_totals_never_negative() {
    // 30 overdue tasks (cap 10), 400 days (20 → cap 10), 8 unsatisfactory (16 → cap 10):
    // 0/30 on time → 0; staff 0/8 → 0; total max(0, 0 − 30) = 0.
    let r = rules("qd3814_hanoi");
    let bad = UnitFigures {
        unit_id: 9,
        tasks_due: 30,
        overdue_tasks: 30,
        overdue_days: 400,
        levels: LevelMix {
            unsatisfactory: 8,
            ..LevelMix::default()
        },
        ..UnitFigures::default()
    };
    let ranked = rank_units(&r, &[bad]).unwrap();
    assert_eq!(ranked[0].total, Points::ZERO);
    let lost: Vec<Points> = ranked[0].parts.iter().skip(2).map(|p| p.points).collect();
    assert_eq!(lost, [pts(10.0), pts(10.0), pts(10.0)]);
}

#[test]
fn inconsistent_figures_are_refused() {
    let r = rules("nd335");
    let mut u = unit_one(5);
    u.tasks_on_time = 21;
    let e = rank_units(&r, &[unit_one(1), u]).unwrap_err();
    assert_eq!(e.field, "units[1].tasks_on_time");
    let mut u = unit_one(5);
    u.targets_exceeded = 10;
    assert_eq!(rank_units(&r, &[u]).unwrap_err().field, "units[0].targets_exceeded");
}
