//! Staff evaluation and emulation: the pure rule engine.
//!
//! Rule sets are versioned data ([`RuleSet`], shipped as TOML in `crates/domain/rulesets/`,
//! stored as JSON): Nghị định 335/2025/NĐ-CP, Quyết định 3814-QĐ/TU of Hà Nội and Quy định
//! 366-QĐ/TW. For one subject and period the store loads a [`TaskRecord`] per task and people
//! enter an [`Assessment`]; [`evaluate`] selects nothing and stores nothing — it counts the
//! tasks ([`facts`]), scores them ([`score`]), blends a leader's unit ([`leader`]) and
//! classifies the total ([`level`]), each step explainable line by line. Around it:
//! [`workflow`] (self-assessment → review → decision → locked), [`quota`] (checked at
//! approval), [`year`] and [`emulation`] (yearly level and titles), [`ranking`] (units ranked
//! for emulation). `docs/evaluation.md` describes every parameter and its source.

pub mod emulation;
pub mod evaluate;
pub mod explain;
pub mod facts;
pub mod fixed;
pub mod leader;
pub mod level;
pub mod quota;
pub mod ranking;
pub mod ruleset;
pub mod score;
pub mod shipped;
mod task_lines;
mod validate;
pub mod workflow;
pub mod year;

pub use evaluate::{Evaluation, EvaluationRequest, evaluate};
pub use explain::Line;
pub use facts::{PeriodFacts, TaskFact, TaskRecord, TaskTally, count_tasks};
pub use fixed::{Factor, Percent, Points};
pub use leader::LeaderInput;
pub use level::{Classification, Level, classify};
pub use quota::{QuotaBreach, QuotaEntry, check_approval, check_quotas};
pub use ranking::{RankedUnit, UnitFigures, rank_units};
pub use ruleset::{RuleSet, Subject, for_period, in_force};
pub use score::{Assessment, CriterionScore};
pub use workflow::{Action, Role, Stage, step};
pub use year::{PeriodOutcome, YearEvaluation, YearInput, evaluate_year};
