//! The unit ranking for emulation (thi đua, issue 12): the units directly under a unit ranked
//! for a period by the weights of the rule set in force (`domain::evaluation::ranking`), from
//! what dondoc holds — the roll-up's tasks due in the period, on time and overdue (with days
//! late, as of the day it is read), the targets' outcomes, the level mix of the period's staff
//! evaluations and the compliance items falling due in the period — with each unit's head.
//! A read: the caller must see the unit, and sees only what lies in its scope.

use domain::evaluation::explain::Line;
use domain::evaluation::ranking::{RankedUnit, UnitFigures, rank_units};
use domain::period::Period;
use domain::status::TaskStatus;
use domain::target::TargetSummary;
use domain::unit::UnitPath;
use store::rollup::{RollupQuery, StatusCounts};

use store::access::Subject;

use crate::read::Reader;
use crate::{Error, Result};

/// One unit's place, with the figures it came from and each part explained.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct RankingRow {
    pub unit_id: i64,
    pub unit_name: String,
    /// The unit's head ("người đứng đầu"), when recorded.
    pub head: Option<String>,
    pub rank: u32,
    /// Points, as shown ("87,5"), and as a number.
    pub total: String,
    pub total_value: f64,
    #[schema(value_type = Object)]
    pub figures: UnitFigures,
    /// Each part in a sentence: "Tỷ lệ …: 18/20 = 90 % × 40 = 36 điểm".
    pub parts_vi: Vec<String>,
    pub parts_en: Vec<String>,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Ranking {
    pub unit_id: i64,
    pub unit_name: String,
    pub period: String,
    /// The rule set whose weights ranked them, with its version.
    pub rule_set: String,
    pub rows: Vec<RankingRow>,
}

/// A unit's figures: its line of the parent's roll-up, the days late of its overdue tasks, its
/// targets, its staff's level mix and its compliance items.
fn figures(
    unit_id: i64,
    c: &StatusCounts,
    overdue_days: i64,
    t: &TargetSummary,
    levels: domain::evaluation::ranking::LevelMix,
    compliance: (u32, u32),
) -> UnitFigures {
    let n = |v: i64| u32::try_from(v).unwrap_or(u32::MAX);
    let overdue = c.get(TaskStatus::Overdue);
    UnitFigures {
        unit_id,
        tasks_due: n(c.get(TaskStatus::CompletedOnTime) + c.get(TaskStatus::CompletedLate) + overdue),
        tasks_on_time: n(c.get(TaskStatus::CompletedOnTime)),
        overdue_tasks: n(overdue),
        overdue_days: n(overdue_days),
        targets: n(t.total - t.pending),
        targets_met: n(t.met + t.exceeded),
        targets_exceeded: n(t.exceeded),
        levels,
        compliance_items: compliance.0,
        compliance_done: compliance.1,
    }
}

impl Reader<'_> {
    /// The units directly under `unit_id` ranked for `period` (a month, a quarter, a half or a
    /// year) under the rule set of `family` in force on its first day.
    pub async fn ranking(&mut self, unit_id: i64, period: &Period, family: &str) -> Result<Ranking> {
        let mut all = self.rankings(unit_id, std::slice::from_ref(period), family).await?;
        all.pop().unwrap_or_else(|| Err(Error::not_found("unit", unit_id)))
    }

    /// [`Self::ranking`] for several periods that do not overlap (the one shown and those
    /// before it), each its own result: a period no rule set governs is that period's error.
    /// The units, their heads and each figure are read once for all the periods — a fixed
    /// number of queries, not one set per period nor per child unit.
    pub async fn rankings(&mut self, unit_id: i64, periods: &[Period], family: &str) -> Result<Vec<Result<Ranking>>> {
        if periods.is_empty() {
            return Ok(Vec::new());
        }
        self.check(Subject::Unit(unit_id)).await?;
        let clock = self.app.clock.clock();
        let spans: Vec<_> = periods.iter().map(Period::bounds).collect();
        let query = |(from, to): (chrono::NaiveDate, chrono::NaiveDate)| RollupQuery {
            unit_id,
            from: Some(from),
            to: Some(to),
            clock,
            overdue_limit: 0,
        };
        // The first period's roll-up lines give the units and that period's task counts; the
        // other periods' counts are one grouped query each.
        let parent = store::rollup::lines(&mut self.tx, &query(spans[0])).await?;
        let p = &parent.path;
        let mut counts: Vec<std::collections::BTreeMap<i64, StatusCounts>> = Vec::with_capacity(periods.len());
        counts.push(
            parent
                .lines
                .iter()
                .filter(|l| !l.own)
                .map(|l| (l.unit_id, l.counts.clone()))
                .collect(),
        );
        for span in &spans[1..] {
            counts.push(store::rollup::line_counts(&mut self.tx, &query(*span), p.tenant()).await?);
        }
        let mut children = Vec::with_capacity(parent.child_units.len());
        let mut paths = Vec::with_capacity(parent.child_units.len());
        for u in &parent.child_units {
            children.push((u.id, u.name.clone()));
            paths.push((
                u.id,
                UnitPath::parse(&u.path).ok_or_else(|| Error::not_found("unit", u.id))?,
            ));
        }
        let levels = store::ranking::level_mix(&mut self.tx, p, &paths, &spans, family).await?;
        let compliance = store::ranking::compliance(&mut self.tx, p, &paths, &spans).await?;
        let overdue = store::ranking::overdue_days(&mut self.tx, p, &paths, &spans, &clock).await?;
        let targets = store::ranking::targets(&mut self.tx, p, &paths, &spans).await?;
        let ids: Vec<i64> = children.iter().map(|(id, _)| *id).collect();
        let heads = store::ranking::heads(&mut self.tx, p, &ids).await?;
        let mut out = Vec::with_capacity(periods.len());
        for (i, period) in periods.iter().enumerate() {
            let rules = match store::evaluation::rule_sets::for_period(&mut self.tx, family, period).await {
                Ok((_, rules)) => rules,
                Err(store::StoreError::Db(e)) => return Err(store::StoreError::Db(e).into()),
                Err(e) => {
                    out.push(Err(e.into()));
                    continue;
                }
            };
            let zero = StatusCounts::default();
            let all: Vec<UnitFigures> = ids
                .iter()
                .map(|id| {
                    figures(
                        *id,
                        counts[i].get(id).unwrap_or(&zero),
                        overdue[i].get(id).copied().unwrap_or_default(),
                        &targets[i].get(id).copied().unwrap_or_default(),
                        levels[i].get(id).copied().unwrap_or_default(),
                        compliance[i].get(id).copied().unwrap_or_default(),
                    )
                })
                .collect();
            let ranked: Vec<RankedUnit> = match rank_units(&rules, &all) {
                Ok(r) => r,
                Err(e) => {
                    out.push(Err(e.into()));
                    continue;
                }
            };
            let rule = &rules.unit_ranking;
            let rows = ranked
                .into_iter()
                .filter_map(|r| {
                    let name = children.iter().find(|(id, _)| *id == r.unit_id)?.1.clone();
                    let fig = *all.iter().find(|f| f.unit_id == r.unit_id)?;
                    let lines: Vec<Line> = r.parts.iter().map(|p| p.explain(rule)).collect();
                    Some(RankingRow {
                        unit_id: r.unit_id,
                        unit_name: name,
                        head: heads.get(&r.unit_id).cloned(),
                        rank: r.rank,
                        total: r.total.vi(),
                        total_value: r.total.to_f64(),
                        figures: fig,
                        parts_vi: lines.iter().map(|l| l.vi.clone()).collect(),
                        parts_en: lines.iter().map(|l| l.en.clone()).collect(),
                    })
                })
                .collect();
            out.push(Ok(Ranking {
                unit_id,
                unit_name: parent.unit.name.clone(),
                period: period.to_string(),
                rule_set: format!("{} (phiên bản {})", rules.name_vi, rules.version),
                rows,
            }));
        }
        Ok(out)
    }
}
