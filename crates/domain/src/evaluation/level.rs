//! Classification: from a total score to one of the four official levels.
//!
//! The rule, in order: (1) the band the points fall in gives the level "by points";
//! (2) if that level has conditions beyond points (Quy định 366: 100 % of tasks on time, ≥ 30 %
//! exceeded) and they fail, the next lower level whose conditions hold is taken; (3) each
//! disqualifier established for the subject caps the level (Nghị định 335: disciplined in the
//! year → không hoàn thành). For fixed task shares and disqualifiers the result never falls
//! when the points rise: bands are ordered by level and conditions do not depend on points.

use serde::{Deserialize, Serialize};

use super::explain::Line;
use super::facts::TaskTally;
use super::fixed::{Percent, Points};
use super::ruleset::{LevelBand, RuleSet, Subject};
use crate::labelled_enum;

labelled_enum! {
    /// The four levels every regulation uses (glossary: `Level`).
    Level {
        Excellent = "excellent", "Hoàn thành xuất sắc nhiệm vụ", "Excellent";
        Good = "good", "Hoàn thành tốt nhiệm vụ", "Good";
        Satisfactory = "satisfactory", "Hoàn thành nhiệm vụ", "Satisfactory";
        Unsatisfactory = "unsatisfactory", "Không hoàn thành nhiệm vụ", "Unsatisfactory";
    }
}

impl Level {
    /// Lowest first.
    pub const ASCENDING: [Level; 4] = [
        Level::Unsatisfactory,
        Level::Satisfactory,
        Level::Good,
        Level::Excellent,
    ];

    /// 0 for không hoàn thành up to 3 for xuất sắc.
    pub fn rank(self) -> u8 {
        match self {
            Level::Unsatisfactory => 0,
            Level::Satisfactory => 1,
            Level::Good => 2,
            Level::Excellent => 3,
        }
    }

    pub fn at_least(self, other: Level) -> bool {
        self.rank() >= other.rank()
    }

    /// The lower of two levels.
    pub fn min(self, other: Level) -> Level {
        if self.rank() <= other.rank() { self } else { other }
    }
}

labelled_enum! {
    /// A condition on the shares of the period's tasks (weighted by conversion).
    ConditionKind {
        MinOnTime = "min_on_time", "Tỷ lệ nhiệm vụ hoàn thành đúng hạn", "Share of tasks completed on time";
        MinOnTimeWithQuality = "min_on_time_with_quality", "Tỷ lệ nhiệm vụ hoàn thành đúng hạn, bảo đảm chất lượng", "Share of tasks completed on time and to standard";
        MinExceeded = "min_exceeded", "Tỷ lệ nhiệm vụ hoàn thành vượt mức yêu cầu", "Share of tasks exceeding requirements";
        MaxLate = "max_late", "Tỷ lệ nhiệm vụ chậm tiến độ", "Share of tasks late";
    }
}

impl ConditionKind {
    /// The share's numerator and denominator in the tally; none when no task counted.
    fn share(self, t: &TaskTally) -> Option<(i64, i64)> {
        if t.assigned <= 0 {
            return None;
        }
        let num = match self {
            ConditionKind::MinOnTime => t.on_time,
            ConditionKind::MinOnTimeWithQuality => t.on_time_with_quality,
            ConditionKind::MinExceeded => t.exceeded,
            ConditionKind::MaxLate => t.assigned - t.on_time,
        };
        Some((num, t.assigned))
    }

    /// True when the tally meets the condition at `percent` (vacuously when no task counted).
    pub fn holds(self, percent: Percent, t: &TaskTally) -> bool {
        match self.share(t) {
            None => true,
            Some((num, den)) if self == ConditionKind::MaxLate => percent.not_exceeded_by(num, den),
            Some((num, den)) => percent.reached_by(num, den),
        }
    }

    fn comparison(self) -> (&'static str, &'static str) {
        match self {
            ConditionKind::MaxLate => ("không quá", "at most"),
            _ => ("ít nhất", "at least"),
        }
    }
}

/// Why the level differs from the level by points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum Reason {
    /// `level` was reachable by points but its condition failed.
    ConditionUnmet {
        level: Level,
        kind: ConditionKind,
        required: Percent,
        actual: Percent,
    },
    /// No task counted, so a share condition of `level` could not be checked and was not applied.
    NotAssessable { level: Level, kind: ConditionKind },
    /// A disqualifier capped the level.
    Disqualified { code: String, caps_at: Level },
}

/// A level with the reasons it was reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Classification {
    pub level: Level,
    /// The level the points alone give.
    pub by_points: Level,
    /// The grade letter of `level` in this rule set (A, B…), if it uses them.
    pub grade: Option<String>,
    pub reasons: Vec<Reason>,
}

/// The band that holds `points` (points below 0 fall in the lowest, above the total in the top).
pub fn band_for(rules: &RuleSet, points: Points) -> Option<&LevelBand> {
    let mut best: Option<&LevelBand> = None;
    for band in &rules.levels {
        let inside = band.min <= points && band.below.is_none_or(|b| points < b);
        if inside {
            return Some(band);
        }
        if best.is_none_or(|b| band.min < b.min) {
            best = Some(band);
        }
    }
    if points < Points::ZERO { best } else { None }
}

/// Classifies a score. `disqualifiers` are codes of the rule set established for the subject
/// (unknown codes are refused earlier, by the assessment's validation).
pub fn classify(
    rules: &RuleSet,
    subject: Subject,
    points: Points,
    tally: &TaskTally,
    disqualifiers: &[String],
) -> Classification {
    let by_points = band_for(rules, points).map_or(Level::Unsatisfactory, |b| b.level);
    let mut reasons = Vec::new();
    let mut level = Level::Unsatisfactory;
    for candidate in Level::ASCENDING.iter().rev().filter(|l| by_points.at_least(**l)) {
        let Some(band) = rules.band_of(*candidate) else {
            continue;
        };
        let mut ok = true;
        for c in band.conditions.iter().filter(|c| applies(&c.subjects, subject)) {
            match c.kind.share(tally) {
                None => reasons.push(Reason::NotAssessable {
                    level: *candidate,
                    kind: c.kind,
                }),
                Some((num, den)) if !c.kind.holds(c.percent, tally) => {
                    ok = false;
                    reasons.push(Reason::ConditionUnmet {
                        level: *candidate,
                        kind: c.kind,
                        required: c.percent,
                        actual: Percent::of(num, den),
                    });
                }
                Some(_) => {}
            }
        }
        if ok {
            level = *candidate;
            break;
        }
    }
    let level = apply_disqualifiers(rules, subject, level, disqualifiers, &mut reasons);
    Classification {
        level,
        by_points,
        grade: rules.band_of(level).and_then(|b| b.grade.clone()),
        reasons,
    }
}

/// Caps `level` by each applicable disqualifier in `codes`, recording why.
pub fn apply_disqualifiers(
    rules: &RuleSet,
    subject: Subject,
    mut level: Level,
    codes: &[String],
    reasons: &mut Vec<Reason>,
) -> Level {
    for code in codes {
        if let Some(d) = rules.disqualifier(code).filter(|d| applies(&d.subjects, subject)) {
            level = level.min(d.caps_at);
            reasons.push(Reason::Disqualified {
                code: d.code.clone(),
                caps_at: d.caps_at,
            });
        }
    }
    level
}

/// True when a rule listing `subjects` (empty: all) applies to `subject`.
pub fn applies(subjects: &[Subject], subject: Subject) -> bool {
    subjects.is_empty() || subjects.contains(&subject)
}

/// A level's name with its grade letter when the rule set uses them: "Hoàn thành tốt nhiệm vụ (loại B)".
pub fn level_label(rules: &RuleSet, level: Level) -> Line {
    match rules.band_of(level).and_then(|b| b.grade.as_deref()) {
        Some(g) => Line::new(
            format!("{} (loại {g})", level.label_vi()),
            format!("{} (grade {g})", level.label_en()),
        ),
        None => Line::new(level.label_vi(), level.label_en()),
    }
}

impl Classification {
    /// One line for the result, then one per reason.
    pub fn explain(&self, rules: &RuleSet, points: Points) -> Vec<Line> {
        let label = level_label(rules, self.level);
        let mut lines = vec![Line::new(
            format!("Tổng điểm {} → xếp loại {}.", points.vi(), label.vi),
            format!("Total {} → rated {}.", points.en(), label.en),
        )];
        for r in &self.reasons {
            lines.push(match r {
                Reason::ConditionUnmet {
                    level,
                    kind,
                    required,
                    actual,
                } => {
                    let (cmp_vi, cmp_en) = kind.comparison();
                    Line::new(
                        format!(
                            "Chưa xếp {}: {} phải {} {} %, thực tế {} %.",
                            level.label_vi(),
                            kind.label_vi().to_lowercase(),
                            cmp_vi,
                            required.vi(),
                            actual.vi()
                        ),
                        format!(
                            "Not rated {}: {} must be {} {} %, actual {} %.",
                            level.label_en(),
                            kind.label_en().to_lowercase(),
                            cmp_en,
                            required.en(),
                            actual.en()
                        ),
                    )
                }
                Reason::NotAssessable { level, kind } => Line::new(
                    format!(
                        "Kỳ này không có nhiệm vụ được theo dõi nên điều kiện “{}” của mức {} không áp dụng.",
                        kind.label_vi().to_lowercase(),
                        level.label_vi()
                    ),
                    format!(
                        "No task was tracked this period, so the condition “{}” of {} was not applied.",
                        kind.label_en().to_lowercase(),
                        level.label_en()
                    ),
                ),
                Reason::Disqualified { code, caps_at } => {
                    let (vi, en) = rules.disqualifier(code).map_or((code.as_str(), code.as_str()), |d| {
                        (d.label_vi.as_str(), d.label_en.as_str())
                    });
                    Line::new(
                        format!("{vi}: xếp loại không cao hơn {}.", caps_at.label_vi()),
                        format!("{en}: rated no higher than {}.", caps_at.label_en()),
                    )
                }
            });
        }
        lines
    }
}
