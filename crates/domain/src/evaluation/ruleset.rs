//! A rule set: one regulation's evaluation rules as versioned data.
//!
//! Evaluation rules were replaced twice in 2023–2025, so nothing here is a hard-coded truth:
//! frames, criteria, the task-results formula, level bands, disqualifiers, quotas, step
//! deadlines, the yearly aggregation, emulation titles and unit-ranking weights are all fields
//! of a [`RuleSet`], which reads from TOML (the shipped files) and JSON (the database) alike.
//! An administrator clones one, changes it, and activates it from a date; [`in_force`] then
//! picks, for any period, the version in force at its start — so re-evaluating an old month
//! uses the rules of that month. Validation lives in `validate.rs`.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::emulation::TitleRule;
use super::fixed::{Percent, Points};
use super::level::{ConditionKind, Level};
use super::ranking::RankingRule;
use super::year::YearRule;
use crate::period::{Period, Span};
use crate::{FieldError, Valid, labelled_enum};

labelled_enum! {
    /// Who a rule set evaluates.
    Audience {
        CivilServants = "civil_servants", "Công chức", "Civil servants";
        AllStaff = "all_staff", "Cán bộ, công chức, viên chức, người lao động", "All staff";
        PartyMembers = "party_members", "Đảng viên và tổ chức đảng", "Party members and organisations";
    }
}

labelled_enum! {
    /// The kind of one evaluated subject; rules may apply to some kinds only.
    Subject {
        Staff = "staff", "Cá nhân không giữ chức vụ lãnh đạo, quản lý", "Staff without a leadership post";
        Leader = "leader", "Cá nhân giữ chức vụ lãnh đạo, quản lý", "Leader or manager";
        Collective = "collective", "Tập thể", "Collective";
    }
}

labelled_enum! {
    /// How often a rule set evaluates.
    Cycle {
        Month = "month", "Hằng tháng", "Monthly";
        Quarter = "quarter", "Hằng quý", "Quarterly";
        Year = "year", "Hằng năm", "Yearly";
    }
}

impl Cycle {
    /// The cycle a period belongs to (halves are never an evaluation cycle).
    pub fn of(period: &Period) -> Option<Cycle> {
        match period.span {
            Span::Month(_) => Some(Cycle::Month),
            Span::Quarter(_) => Some(Cycle::Quarter),
            Span::Year => Some(Cycle::Year),
            Span::Half(_) => None,
        }
    }
}

/// One regulation's evaluation rules, as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// The lineage of versions, e.g. `nd335`; [`in_force`] selects within one family.
    pub family: String,
    pub version: u32,
    pub name_vi: String,
    pub name_en: String,
    pub audience: Audience,
    /// The texts the rules follow, with citations.
    pub legal_basis: Vec<LegalSource>,
    pub effective_from: NaiveDate,
    /// Last day in force (inclusive); none while in force.
    #[serde(default)]
    pub effective_until: Option<NaiveDate>,
    pub cycles: Vec<Cycle>,
    pub frame: Frame,
    /// The general criteria checklist (tiêu chí chung); its maxima sum to `frame.general`.
    pub criteria: Vec<Criterion>,
    /// Bonus items (điểm thưởng); their maxima sum to `frame.bonus`.
    #[serde(default)]
    pub bonus_criteria: Vec<Criterion>,
    pub task_results: TaskResultsRule,
    /// The four levels as point bands; together they cover 0 to `frame.total` once.
    pub levels: Vec<LevelBand>,
    #[serde(default)]
    pub disqualifiers: Vec<Disqualifier>,
    /// How leaders are also scored on their unit; none when the text has no such rule.
    #[serde(default)]
    pub leader: Option<LeaderRule>,
    #[serde(default)]
    pub quotas: Vec<QuotaRule>,
    pub workflow: WorkflowRule,
    pub year: YearRule,
    /// Emulation titles proposed from the yearly level, in order (a title may need an earlier one).
    #[serde(default)]
    pub titles: Vec<TitleRule>,
    pub unit_ranking: RankingRule,
    /// What is uncertain and how it was parameterised — shown to users beside the results.
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// A legal text a rule set follows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalSource {
    /// "Nghị định 335/2025/NĐ-CP".
    pub citation: String,
    pub issuer: String,
    #[serde(default)]
    pub issued_on: Option<NaiveDate>,
    /// What the rules take from it, in our own words.
    pub summary_vi: String,
    pub summary_en: String,
}

/// The points frame: total = general criteria + task results + bonus.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Frame {
    pub total: Points,
    pub general: Points,
    pub task_results: Points,
    #[serde(default)]
    pub bonus: Points,
}

/// One item of a checklist, scored from 0 to `max`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
    pub max: Points,
    /// Where the item comes from, when it is not the rule set's own legal basis.
    #[serde(default)]
    pub source: Option<String>,
}

/// Relative weights of quantity, quality and timeliness in the task-results points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComponentWeights {
    pub quantity: u32,
    pub quality: u32,
    pub timeliness: u32,
}

impl ComponentWeights {
    pub fn sum(&self) -> u32 {
        self.quantity
            .saturating_add(self.quality)
            .saturating_add(self.timeliness)
    }
}

/// How many delays ("lần chậm") a late completion counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DelayCount {
    /// A task completed after its due date is one delay, however late.
    PerLateTask,
    /// Each started block of this many days past the due date is one delay.
    PerStartedDays(u32),
}

labelled_enum! {
    /// Task-results points when no task counts in the period.
    NoTaskPolicy {
        Manual = "manual", "Người đánh giá nhập điểm kết quả thực hiện nhiệm vụ", "The evaluator enters the task-results points";
        Full = "full", "Tính đủ điểm kết quả thực hiện nhiệm vụ", "Full task-results points";
        Zero = "zero", "Không tính điểm kết quả thực hiện nhiệm vụ", "No task-results points";
    }
}

/// The task-results formula: ratios of work completed, to standard and on time to work
/// assigned (all after conversion), deductions per failure and per delay, waivers.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskResultsRule {
    pub weights: ComponentWeights,
    /// Share of a task's quality part lost per failed quality check.
    pub quality_deduction: Percent,
    /// Share of a task's timeliness part lost per delay.
    pub timeliness_deduction: Percent,
    pub delay_count: DelayCount,
    /// Whether completing within an approved extension still counts the missed original
    /// deadline as one more delay.
    pub extension_is_delay: bool,
    /// Whether a task still open at the period's end but covered by a confirmed objective
    /// cause is left out of the period (otherwise it counts as not completed).
    pub waiver_excludes_open: bool,
    pub when_no_tasks: NoTaskPolicy,
}

/// A level's point band `[min, below)`; the top band has no `below` and reaches the total.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelBand {
    pub level: Level,
    /// The grade letter some texts use (A, B, C, D).
    #[serde(default)]
    pub grade: Option<String>,
    pub min: Points,
    #[serde(default)]
    pub below: Option<Points>,
    /// Conditions beyond the points (e.g. 100 % of tasks on time).
    #[serde(default)]
    pub conditions: Vec<LevelCondition>,
}

/// A condition on the task shares that a level requires besides its points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelCondition {
    pub kind: ConditionKind,
    pub percent: Percent,
    /// The subjects it applies to; empty for all.
    #[serde(default)]
    pub subjects: Vec<Subject>,
}

/// A fact that caps the level regardless of points (e.g. disciplined in the year).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disqualifier {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
    /// The highest level left to someone it applies to.
    pub caps_at: Level,
    /// The subjects it applies to; empty for all.
    #[serde(default)]
    pub subjects: Vec<Subject>,
}

/// How a leader's task-results points also reflect their unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeaderRule {
    /// Share of the task-results points earned by the unit's results (the rest by the
    /// leader's own tasks).
    pub unit_share: Percent,
    /// Factor on the unit's part when every subordinate reaches `reduced_when_below`.
    pub full_factor: Percent,
    /// Factor when any subordinate is rated below it.
    pub reduced_factor: Percent,
    pub reduced_when_below: Level,
}

labelled_enum! {
    /// What a quota's percentage is taken of.
    QuotaBase {
        AllRated = "all_rated", "tổng số người được xếp loại", "everyone rated";
        GoodOrBetter = "good_or_better", "số người xếp loại Hoàn thành tốt nhiệm vụ trở lên", "those rated good or better";
        GoodOnly = "good_only", "số người xếp loại Hoàn thành tốt nhiệm vụ", "those rated good";
    }
}

/// A cap on how many may be rated at `level` or above, per agency (and per group of posts).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuotaRule {
    pub level: Level,
    pub max_percent: Percent,
    pub base: QuotaBase,
    /// The higher cap of an agency recognised as exceptional; none when the text has none.
    #[serde(default)]
    pub exceptional_max_percent: Option<Percent>,
    /// Whether the cap also holds within each group of similar posts of an agency.
    pub per_post_group: bool,
}

/// Step deadlines, in days after the period's last day (3 = the 3rd of the next month).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkflowRule {
    pub self_assessment_days: u32,
    pub review_days: u32,
    pub decision_days: u32,
}

/// The dates by which each step of a period's evaluation is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepDeadlines {
    pub self_assessment: NaiveDate,
    pub review: NaiveDate,
    pub decision: NaiveDate,
}

impl WorkflowRule {
    pub fn deadlines(&self, period: &Period) -> StepDeadlines {
        let (_, end) = period.bounds();
        let after = |days: u32| {
            end.checked_add_days(Days::new(u64::from(days)))
                .unwrap_or(NaiveDate::MAX)
        };
        StepDeadlines {
            self_assessment: after(self.self_assessment_days),
            review: after(self.review_days),
            decision: after(self.decision_days),
        }
    }
}

/// A remark shown beside results: what is uncertain and how it was parameterised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// The field the note is about, e.g. `task_results.weights`.
    pub topic: String,
    pub vi: String,
    pub en: String,
}

impl RuleSet {
    /// True when the rule set is in force on `day`.
    pub fn in_force_on(&self, day: NaiveDate) -> bool {
        self.effective_from <= day && self.effective_until.is_none_or(|until| day <= until)
    }

    pub fn band_of(&self, level: Level) -> Option<&LevelBand> {
        self.levels.iter().find(|b| b.level == level)
    }

    pub fn disqualifier(&self, code: &str) -> Option<&Disqualifier> {
        self.disqualifiers.iter().find(|d| d.code == code)
    }

    /// The notes about one field, for showing next to it.
    pub fn notes_on<'a>(&'a self, topic: &'a str) -> impl Iterator<Item = &'a Note> + 'a {
        self.notes.iter().filter(move |n| n.topic == topic)
    }
}

/// The version of `family` in force on `day`. When versions overlap (a clone activated from a
/// date without closing the old one), the one that took effect last wins; two taking effect
/// the same day are ambiguous and refused.
pub fn in_force<'a>(
    sets: &'a [Valid<RuleSet>],
    family: &str,
    day: NaiveDate,
) -> Result<&'a Valid<RuleSet>, FieldError> {
    let mut found: Option<&Valid<RuleSet>> = None;
    for set in sets.iter().filter(|s| s.family == family && s.in_force_on(day)) {
        match found {
            Some(f) if f.effective_from == set.effective_from => {
                return Err(FieldError::invalid(
                    "rule_set",
                    format!(
                        "Có hai phiên bản bộ quy tắc “{family}” (v{} và v{}) cùng có hiệu lực từ ngày {}; cần điều chỉnh ngày hiệu lực.",
                        f.version,
                        set.version,
                        super::explain::dmy(set.effective_from)
                    ),
                    format!(
                        "Two versions of rule set “{family}” (v{} and v{}) take effect on the same day {}; adjust their dates.",
                        f.version, set.version, set.effective_from
                    ),
                ));
            }
            Some(f) if f.effective_from > set.effective_from => {}
            _ => found = Some(set),
        }
    }
    found.ok_or_else(|| {
        FieldError::invalid(
            "rule_set",
            format!(
                "Không có bộ quy tắc “{family}” nào có hiệu lực vào ngày {}.",
                super::explain::dmy(day)
            ),
            format!("No rule set “{family}” is in force on {day}."),
        )
    })
}

/// The version of `family` that governs `period`: the one in force on its first day.
pub fn for_period<'a>(
    sets: &'a [Valid<RuleSet>],
    family: &str,
    period: &Period,
) -> Result<&'a Valid<RuleSet>, FieldError> {
    let (start, _) = period.bounds();
    in_force(sets, family, start).map_err(|_| {
        FieldError::invalid(
            "period",
            format!(
                "Kỳ {} chưa có bộ quy tắc đánh giá “{family}” có hiệu lực (tính theo ngày đầu kỳ {}).",
                super::explain::period_vi(period),
                super::explain::dmy(start)
            ),
            format!("No evaluation rule set “{family}” is in force for period {period} (from its first day {start})."),
        )
    })
}
