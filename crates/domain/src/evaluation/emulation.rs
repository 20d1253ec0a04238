//! Emulation titles (danh hiệu thi đua) proposed from the yearly result.
//!
//! Each title is rule-set data: its conditions, evaluated in order so that a title can require
//! an earlier one. Shipped (Luật Thi đua, khen thưởng 06/2022/QH15): "Lao động tiên tiến" for
//! a year rated good or better without a disqualifier; "Chiến sĩ thi đua cơ sở" for the
//! "Lao động tiên tiến" standard plus an excellent year or a recognised initiative. The
//! result is a proposal: the emulation council decides.

use serde::{Deserialize, Serialize};

use super::explain::Line;
use super::fixed::Factor;
use super::level::Level;
use super::ruleset::RuleSet;

/// One title and what it requires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleRule {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
    /// The legal text that sets the standard.
    pub basis: String,
    /// All must hold.
    pub requires: Vec<TitleCondition>,
    /// The bonus as a multiple of the base salary, for information (Nghị định 152/2025).
    #[serde(default)]
    pub bonus_multiple: Option<Factor>,
}

/// A condition of a title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TitleCondition {
    YearLevelAtLeast(Level),
    /// An earlier title of the list was proposed.
    Title(String),
    /// No disqualifier was established in the year.
    NoDisqualifier,
    RecognisedInitiative,
    AnyOf(Vec<TitleCondition>),
}

/// Whether a title is proposed, and which conditions failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TitleProposal {
    pub code: String,
    pub proposed: bool,
    pub unmet: Vec<TitleCondition>,
}

struct Context<'a> {
    level: Level,
    disqualified: bool,
    initiative: bool,
    granted: &'a [String],
}

fn holds(c: &TitleCondition, ctx: &Context) -> bool {
    match c {
        TitleCondition::YearLevelAtLeast(l) => ctx.level.at_least(*l),
        TitleCondition::Title(code) => ctx.granted.iter().any(|g| g == code),
        TitleCondition::NoDisqualifier => !ctx.disqualified,
        TitleCondition::RecognisedInitiative => ctx.initiative,
        TitleCondition::AnyOf(any) => any.iter().any(|c| holds(c, ctx)),
    }
}

/// Proposes each title of the rule set, in order.
pub fn propose_titles(rules: &RuleSet, level: Level, disqualified: bool, initiative: bool) -> Vec<TitleProposal> {
    let mut granted: Vec<String> = Vec::new();
    let mut out = Vec::with_capacity(rules.titles.len());
    for t in &rules.titles {
        let ctx = Context {
            level,
            disqualified,
            initiative,
            granted: &granted,
        };
        let unmet: Vec<TitleCondition> = t.requires.iter().filter(|c| !holds(c, &ctx)).cloned().collect();
        let proposed = unmet.is_empty();
        if proposed {
            granted.push(t.code.clone());
        }
        out.push(TitleProposal {
            code: t.code.clone(),
            proposed,
            unmet,
        });
    }
    out
}

/// A condition in words.
pub fn describe(c: &TitleCondition, rules: &RuleSet) -> Line {
    match c {
        TitleCondition::YearLevelAtLeast(Level::Excellent) => {
            Line::new("xếp loại năm Hoàn thành xuất sắc nhiệm vụ", "a year rated Excellent")
        }
        TitleCondition::YearLevelAtLeast(l) => Line::new(
            format!("xếp loại năm {} trở lên", l.label_vi()),
            format!("a year rated {} or better", l.label_en()),
        ),
        TitleCondition::Title(code) => {
            let (vi, en) = rules
                .titles
                .iter()
                .find(|t| &t.code == code)
                .map_or((code.as_str(), code.as_str()), |t| {
                    (t.label_vi.as_str(), t.label_en.as_str())
                });
            Line::new(format!("đạt danh hiệu “{vi}”"), format!("the title “{en}”"))
        }
        TitleCondition::NoDisqualifier => Line::new(
            "không bị kỷ luật hoặc thuộc trường hợp bị hạn chế xếp loại trong năm",
            "no discipline or other disqualifier in the year",
        ),
        TitleCondition::RecognisedInitiative => Line::new("có sáng kiến được công nhận", "a recognised initiative"),
        TitleCondition::AnyOf(any) => {
            let parts: Vec<Line> = any.iter().map(|c| describe(c, rules)).collect();
            Line::new(
                parts.iter().map(|p| p.vi.as_str()).collect::<Vec<_>>().join(" hoặc "),
                parts.iter().map(|p| p.en.as_str()).collect::<Vec<_>>().join(" or "),
            )
        }
    }
}

impl TitleProposal {
    pub fn explain(&self, rules: &RuleSet) -> Line {
        let (vi, en) = rules
            .titles
            .iter()
            .find(|t| t.code == self.code)
            .map_or((self.code.as_str(), self.code.as_str()), |t| {
                (t.label_vi.as_str(), t.label_en.as_str())
            });
        if self.proposed {
            return Line::new(
                format!("Đủ tiêu chuẩn đề nghị danh hiệu “{vi}”."),
                format!("Meets the standard of the title “{en}”: proposed."),
            );
        }
        let unmet: Vec<Line> = self.unmet.iter().map(|c| describe(c, rules)).collect();
        Line::new(
            format!(
                "Chưa đủ tiêu chuẩn danh hiệu “{vi}”: cần {}.",
                unmet.iter().map(|l| l.vi.as_str()).collect::<Vec<_>>().join("; ")
            ),
            format!(
                "Does not meet the standard of the title “{en}”: needs {}.",
                unmet.iter().map(|l| l.en.as_str()).collect::<Vec<_>>().join("; ")
            ),
        )
    }
}
