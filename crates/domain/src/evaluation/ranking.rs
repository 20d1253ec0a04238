//! Ranking units for emulation (thi đua) in a period, by weights that are rule-set data.
//!
//! Each measure is a share (on-time rate, targets met and exceeded, the evaluation mix,
//! compliance items done) worth up to its weight; the weights sum to the frame (100). A
//! measure without data for a unit (no task due, no target…) is left out for that unit and the
//! other weights are scaled up to the frame, so a unit is neither rewarded nor punished for
//! having nothing of a kind. Penalties (per overdue task, per day overdue, per person rated
//! unsatisfactory) are subtracted, each up to its cap; the total never falls below 0. Units
//! with equal totals share a rank (1, 2, 2, 4), listed by id.

use serde::{Deserialize, Serialize};

use super::explain::Line;
use super::fixed::{Percent, Points, round_ratio};
use super::ruleset::RuleSet;
use crate::{FieldError, Valid, labelled_enum};

labelled_enum! {
    /// A share that earns points.
    RankingMeasure {
        OnTimeRate = "on_time_rate", "Tỷ lệ nhiệm vụ đến hạn được hoàn thành đúng hạn", "Share of due tasks completed on time";
        TargetsMetRate = "targets_met_rate", "Tỷ lệ chỉ tiêu đạt hoặc vượt", "Share of targets met or exceeded";
        TargetsExceededRate = "targets_exceeded_rate", "Tỷ lệ chỉ tiêu vượt", "Share of targets exceeded";
        GoodOrBetterRate = "good_or_better_rate", "Tỷ lệ cá nhân xếp loại hoàn thành tốt nhiệm vụ trở lên", "Share of staff rated good or better";
        ExcellentRate = "excellent_rate", "Tỷ lệ cá nhân xếp loại hoàn thành xuất sắc nhiệm vụ", "Share of staff rated excellent";
        ComplianceRate = "compliance_rate", "Tỷ lệ nội dung yêu cầu đã thực hiện", "Share of compliance items done";
    }
}

labelled_enum! {
    /// A count that costs points.
    RankingPenalty {
        OverdueTask = "overdue_task", "Nhiệm vụ quá hạn", "Overdue task";
        OverdueDay = "overdue_day", "Ngày quá hạn", "Day overdue";
        UnsatisfactoryPerson = "unsatisfactory_person", "Cá nhân không hoàn thành nhiệm vụ", "Person rated unsatisfactory";
    }
}

/// The ranking rule of a rule set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RankingRule {
    pub frame: Points,
    pub measures: Vec<MeasureWeight>,
    #[serde(default)]
    pub penalties: Vec<PenaltyRule>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureWeight {
    pub measure: RankingMeasure,
    pub weight: Points,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PenaltyRule {
    pub penalty: RankingPenalty,
    pub points_each: Points,
    pub cap: Points,
}

/// How many staff of a unit were rated at each level.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelMix {
    pub excellent: u32,
    pub good: u32,
    pub satisfactory: u32,
    pub unsatisfactory: u32,
}

impl LevelMix {
    pub fn rated(&self) -> u32 {
        self.excellent + self.good + self.satisfactory + self.unsatisfactory
    }
}

/// One unit's figures for the period (the store's roll-ups provide them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitFigures {
    pub unit_id: i64,
    /// Tasks due in the period (completed or overdue).
    pub tasks_due: u32,
    pub tasks_on_time: u32,
    pub overdue_tasks: u32,
    /// Days overdue, summed over overdue tasks at the period's end.
    pub overdue_days: u32,
    pub targets: u32,
    /// Targets met or exceeded.
    pub targets_met: u32,
    pub targets_exceeded: u32,
    pub levels: LevelMix,
    pub compliance_items: u32,
    pub compliance_done: u32,
}

/// What a part of a unit's points comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RankItem {
    Measure(RankingMeasure),
    Penalty(RankingPenalty),
}

/// One part of a unit's points.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RankPart {
    pub item: RankItem,
    /// For a measure, the share's numerator and denominator; for a penalty, the count and 1.
    pub num: u32,
    pub den: u32,
    /// For a measure, its weight after scaling; for a penalty, the points per count.
    pub weight: Points,
    /// Points earned (a measure) or lost (a penalty, after its cap).
    pub points: Points,
}

/// A unit's place and its points broken down.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankedUnit {
    pub unit_id: i64,
    pub rank: u32,
    pub total: Points,
    pub parts: Vec<RankPart>,
}

fn share(m: RankingMeasure, u: &UnitFigures) -> (u32, u32) {
    match m {
        RankingMeasure::OnTimeRate => (u.tasks_on_time, u.tasks_due),
        RankingMeasure::TargetsMetRate => (u.targets_met, u.targets),
        RankingMeasure::TargetsExceededRate => (u.targets_exceeded, u.targets),
        RankingMeasure::GoodOrBetterRate => (u.levels.excellent + u.levels.good, u.levels.rated()),
        RankingMeasure::ExcellentRate => (u.levels.excellent, u.levels.rated()),
        RankingMeasure::ComplianceRate => (u.compliance_done, u.compliance_items),
    }
}

fn count(p: RankingPenalty, u: &UnitFigures) -> u32 {
    match p {
        RankingPenalty::OverdueTask => u.overdue_tasks,
        RankingPenalty::OverdueDay => u.overdue_days,
        RankingPenalty::UnsatisfactoryPerson => u.levels.unsatisfactory,
    }
}

fn check(i: usize, u: &UnitFigures) -> Result<(), FieldError> {
    let pairs = [
        ("tasks_on_time", u.tasks_on_time, "tasks_due", u.tasks_due),
        ("targets_met", u.targets_met, "targets", u.targets),
        ("targets_exceeded", u.targets_exceeded, "targets_met", u.targets_met),
        (
            "compliance_done",
            u.compliance_done,
            "compliance_items",
            u.compliance_items,
        ),
    ];
    for (part, n, whole, d) in pairs {
        if n > d {
            return Err(FieldError::invalid(
                &format!("units[{i}].{part}"),
                format!("Đơn vị #{}: {part} ({n}) lớn hơn {whole} ({d}).", u.unit_id),
                format!("Unit #{}: {part} ({n}) exceeds {whole} ({d}).", u.unit_id),
            ));
        }
    }
    Ok(())
}

/// Ranks the units, best first.
pub fn rank_units(rules: &Valid<RuleSet>, units: &[UnitFigures]) -> Result<Vec<RankedUnit>, FieldError> {
    let rule = &rules.unit_ranking;
    let frame = i128::from(rule.frame.hundredths());
    let mut ranked = Vec::with_capacity(units.len());
    for (i, u) in units.iter().enumerate() {
        check(i, u)?;
        let available: i128 = rule
            .measures
            .iter()
            .filter(|m| share(m.measure, u).1 > 0)
            .map(|m| i128::from(m.weight.hundredths()))
            .sum();
        let mut parts = Vec::with_capacity(rule.measures.len() + rule.penalties.len());
        let mut total = Points::ZERO;
        for m in &rule.measures {
            let (num, den) = share(m.measure, u);
            if den == 0 || available == 0 {
                continue;
            }
            let w = i128::from(m.weight.hundredths());
            let points = Points::from_hundredths(round_ratio(frame * w * i128::from(num), available * i128::from(den)));
            total = total + points;
            parts.push(RankPart {
                item: RankItem::Measure(m.measure),
                num,
                den,
                weight: Points::from_hundredths(round_ratio(frame * w, available)),
                points,
            });
        }
        for p in &rule.penalties {
            let n = count(p.penalty, u);
            if n == 0 {
                continue;
            }
            let lost = Points::from_hundredths(p.points_each.hundredths().saturating_mul(i64::from(n))).min(p.cap);
            total = total - lost;
            parts.push(RankPart {
                item: RankItem::Penalty(p.penalty),
                num: n,
                den: 1,
                weight: p.points_each,
                points: lost,
            });
        }
        ranked.push(RankedUnit {
            unit_id: u.unit_id,
            rank: 0,
            total: total.max(Points::ZERO),
            parts,
        });
    }
    ranked.sort_by(|a, b| b.total.cmp(&a.total).then(a.unit_id.cmp(&b.unit_id)));
    let mut rank = 0;
    for i in 0..ranked.len() {
        if i == 0 || ranked[i].total != ranked[i - 1].total {
            rank = u32::try_from(i + 1).unwrap_or(u32::MAX);
        }
        ranked[i].rank = rank;
    }
    Ok(ranked)
}

impl RankPart {
    pub fn explain(&self, rule: &RankingRule) -> Line {
        match self.item {
            RankItem::Measure(m) => {
                let pct = Percent::of(i64::from(self.num), i64::from(self.den));
                Line::new(
                    format!(
                        "{}: {}/{} = {} % × {} = {} điểm.",
                        m.label_vi(),
                        self.num,
                        self.den,
                        pct.vi(),
                        self.weight.vi(),
                        self.points.vi()
                    ),
                    format!(
                        "{}: {}/{} = {} % × {} = {} points.",
                        m.label_en(),
                        self.num,
                        self.den,
                        pct.en(),
                        self.weight.en(),
                        self.points.en()
                    ),
                )
            }
            RankItem::Penalty(p) => {
                let cap = rule
                    .penalties
                    .iter()
                    .find(|r| r.penalty == p)
                    .map_or(Points::ZERO, |r| r.cap);
                Line::new(
                    format!(
                        "{}: {} × {} = trừ {} điểm (trừ tối đa {}).",
                        p.label_vi(),
                        self.num,
                        self.weight.vi(),
                        self.points.vi(),
                        cap.vi()
                    ),
                    format!(
                        "{}: {} × {} = minus {} points (at most {}).",
                        p.label_en(),
                        self.num,
                        self.weight.en(),
                        self.points.en(),
                        cap.en()
                    ),
                )
            }
        }
    }
}
