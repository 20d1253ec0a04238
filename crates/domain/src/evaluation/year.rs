//! The yearly classification, derived from the period results, and the titles it earns.
//!
//! Two aggregations, chosen by the rule set:
//! - `mean_score` (Nghị định 335: the year score is the mean of the period scores; our
//!   default reading for 3814's "main basis" and 366's quarterly basis too): the mean, rounded
//!   half up, is classified like a period score — bands, conditions on the year's task shares
//!   (computed by the caller with the same facts over the whole year), disqualifiers;
//! - `level_share`: rules "at least p % of the periods at level L or above, none below M",
//!   tried from the top; the first met gives the level, then disqualifiers cap it.
//!
//! Absent periods (leave, transfer) are simply not passed: the mean is over rated periods.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::emulation::{TitleProposal, propose_titles};
use super::explain::{Line, dmy};
use super::facts::TaskTally;
use super::fixed::{Percent, Points, round_ratio};
use super::level::{Classification, Level, Reason, apply_disqualifiers, band_for, classify};
use super::ruleset::{Cycle, RuleSet, Subject};
use super::score::check_disqualifiers;
use crate::period::{Period, last_of_month};
use crate::{FieldError, Valid, labelled_enum};

labelled_enum! {
    /// How the year's level is derived from the periods.
    YearAggregation {
        MeanScore = "mean_score", "Trung bình cộng điểm các kỳ", "Mean of the period scores";
        LevelShare = "level_share", "Theo tỷ lệ số kỳ đạt từng mức", "By the share of periods at each level";
    }
}

/// The yearly rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearRule {
    pub aggregation: YearAggregation,
    /// The year is rated by this day (inclusive), e.g. 15/12.
    pub rated_by_month: u32,
    pub rated_by_day: u32,
    /// For `level_share`, highest level first.
    #[serde(default)]
    pub level_share: Vec<LevelShareRule>,
}

/// "At least `min_percent` of the periods rated `at_least` or above, and none below `none_below`."
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelShareRule {
    pub level: Level,
    pub min_percent: Percent,
    pub at_least: Level,
    #[serde(default)]
    pub none_below: Option<Level>,
}

impl YearRule {
    /// The day the year `year` must be rated by.
    pub fn rated_by(&self, year: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, self.rated_by_month, self.rated_by_day)
            .unwrap_or_else(|| last_of_month(year, self.rated_by_month.clamp(1, 12)))
    }
}

/// One rated period's result.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PeriodOutcome {
    pub period: Period,
    pub points: Points,
    pub level: Level,
}

/// What the yearly classification reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YearInput {
    pub year: i32,
    pub subject: Subject,
    /// The rated periods of the year, all months or all quarters (absences left out).
    pub periods: Vec<PeriodOutcome>,
    /// The year's task shares (the facts counted over the whole year), for level conditions.
    #[serde(default)]
    pub year_tally: TaskTally,
    /// Disqualifiers established in the year (e.g. disciplined).
    #[serde(default)]
    pub disqualifiers: Vec<String>,
    /// An initiative (sáng kiến) recognised in the year, for emulation titles.
    #[serde(default)]
    pub recognised_initiative: bool,
}

/// The year's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YearEvaluation {
    pub year: i32,
    /// Mean of the period scores, rounded half up to a hundredth.
    pub points: Points,
    pub periods: u32,
    pub aggregation: YearAggregation,
    pub classification: Classification,
    pub titles: Vec<TitleProposal>,
    pub rated_by: NaiveDate,
}

/// Classifies the year and proposes titles.
pub fn evaluate_year(rules: &Valid<RuleSet>, input: &YearInput) -> Result<YearEvaluation, FieldError> {
    check_periods(rules, input)?;
    check_disqualifiers(rules, input.subject, &input.disqualifiers)?;
    let n = input.periods.len();
    let sum: i64 = input.periods.iter().map(|p| p.points.hundredths()).sum();
    let points = Points::from_hundredths(round_ratio(i128::from(sum), n as i128));
    let classification = match rules.year.aggregation {
        YearAggregation::MeanScore => classify(rules, input.subject, points, &input.year_tally, &input.disqualifiers),
        YearAggregation::LevelShare => {
            let by_shares = level_by_shares(&rules.year.level_share, &input.periods);
            let mut reasons = Vec::new();
            let level = apply_disqualifiers(rules, input.subject, by_shares, &input.disqualifiers, &mut reasons);
            Classification {
                level,
                by_points: band_for(rules, points).map_or(Level::Unsatisfactory, |b| b.level),
                grade: rules.band_of(level).and_then(|b| b.grade.clone()),
                reasons,
            }
        }
    };
    let disqualified = classification
        .reasons
        .iter()
        .any(|r| matches!(r, Reason::Disqualified { .. }));
    let titles = propose_titles(rules, classification.level, disqualified, input.recognised_initiative);
    Ok(YearEvaluation {
        year: input.year,
        points,
        periods: u32::try_from(n).unwrap_or(u32::MAX),
        aggregation: rules.year.aggregation,
        classification,
        titles,
        rated_by: rules.year.rated_by(input.year),
    })
}

fn level_by_shares(rules: &[LevelShareRule], periods: &[PeriodOutcome]) -> Level {
    let n = i64::try_from(periods.len()).unwrap_or(i64::MAX);
    for r in rules {
        let at = periods.iter().filter(|p| p.level.at_least(r.at_least)).count();
        let at = i64::try_from(at).unwrap_or(i64::MAX);
        let none_below = r.none_below.is_none_or(|m| periods.iter().all(|p| p.level.at_least(m)));
        if r.min_percent.reached_by(at, n) && none_below {
            return r.level;
        }
    }
    Level::Unsatisfactory
}

fn check_periods(rules: &RuleSet, input: &YearInput) -> Result<(), FieldError> {
    let Some(first) = input.periods.first() else {
        return Err(FieldError::invalid(
            "periods",
            format!("Năm {} chưa có kỳ nào được xếp loại.", input.year),
            format!("No period of {} has been rated.", input.year),
        ));
    };
    let cycle = Cycle::of(&first.period);
    for (i, p) in input.periods.iter().enumerate() {
        let field = format!("periods[{i}]");
        if p.period.year != input.year {
            return Err(FieldError::invalid(
                &field,
                format!("{} không thuộc năm {}.", p.period.label_vi(), input.year),
                format!("{} is not in {}.", p.period, input.year),
            ));
        }
        let c = Cycle::of(&p.period);
        if c != cycle
            || !matches!(c, Some(Cycle::Month | Cycle::Quarter))
            || !c.is_some_and(|c| rules.cycles.contains(&c))
        {
            return Err(FieldError::invalid(
                &field,
                "Các kỳ trong năm phải cùng loại (cùng tháng hoặc cùng quý) và là kỳ đánh giá của bộ quy tắc.",
                "The year's periods must all be months or all quarters, of a cycle the rule set uses.",
            ));
        }
        if input.periods[..i].iter().any(|q| q.period == p.period) {
            return Err(FieldError::invalid(
                &field,
                format!("{} được nhập hai lần.", p.period.label_vi()),
                format!("{} is given twice.", p.period),
            ));
        }
    }
    Ok(())
}

impl YearEvaluation {
    pub fn explain(&self, rules: &RuleSet) -> Vec<Line> {
        let mut lines = vec![match self.aggregation {
            YearAggregation::MeanScore => Line::new(
                format!(
                    "Điểm năm {} = trung bình cộng điểm {} kỳ = {} điểm (hạn xếp loại {}).",
                    self.year,
                    self.periods,
                    self.points.vi(),
                    dmy(self.rated_by)
                ),
                format!(
                    "Year {} score = mean of {} period scores = {} (to be rated by {}).",
                    self.year,
                    self.periods,
                    self.points.en(),
                    self.rated_by
                ),
            ),
            YearAggregation::LevelShare => Line::new(
                format!(
                    "Xếp loại năm {} theo tỷ lệ số kỳ đạt từng mức trong {} kỳ (điểm trung bình {}).",
                    self.year,
                    self.periods,
                    self.points.vi()
                ),
                format!(
                    "Year {} rated by the share of its {} periods at each level (mean score {}).",
                    self.year,
                    self.periods,
                    self.points.en()
                ),
            ),
        }];
        lines.extend(self.classification.explain(rules, self.points));
        lines.extend(self.titles.iter().map(|t| t.explain(rules)));
        lines
    }
}
