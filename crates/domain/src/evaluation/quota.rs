//! Quotas on the top level, checked at approval per agency and per group of similar posts.
//!
//! A quota allows at most `floor(max_percent × base)` people at its level or above, where the
//! base is everyone rated (Quyết định 3814: A ≤ 30 %), those rated good or better (our reading
//! of Nghị định 335: xuất sắc ≤ 20 % of those rated tốt, the excellent being chosen among
//! them), or those rated good only — a rule-set choice. An agency recognised as exceptional
//! uses the higher cap when the rule set has one (3814: 40 %). A breach names the quota, the
//! counts and who is over: the lowest-scored people at the level beyond the allowed number.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::explain::Line;
use super::fixed::{Percent, Points};
use super::level::Level;
use super::ruleset::{QuotaBase, QuotaRule, RuleSet};
use crate::FieldError;

/// One person's proposed or decided level, as the quota sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuotaEntry {
    pub person_id: i64,
    pub agency_id: i64,
    /// The group of similar posts within the agency, if the agency groups its staff.
    #[serde(default)]
    pub post_group: Option<String>,
    pub level: Level,
    pub points: Points,
}

/// Where a quota was counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "scope")]
pub enum QuotaScope {
    Agency { agency_id: i64 },
    PostGroup { agency_id: i64, group: String },
}

/// A quota exceeded in one scope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuotaBreach {
    pub level: Level,
    pub scope: QuotaScope,
    /// People at the level or above.
    pub count: u32,
    pub base_kind: QuotaBase,
    pub base: u32,
    pub max_percent: Percent,
    pub allowed: u32,
    /// Those beyond the allowed number, lowest scores last in the ranking.
    pub over: Vec<i64>,
}

/// Every breach among `entries` (one per person) under the rule set's quotas.
pub fn check_quotas(rules: &RuleSet, entries: &[QuotaEntry], exceptional_agencies: &[i64]) -> Vec<QuotaBreach> {
    let mut agencies: BTreeMap<i64, Vec<&QuotaEntry>> = BTreeMap::new();
    let mut groups: BTreeMap<(i64, &str), Vec<&QuotaEntry>> = BTreeMap::new();
    for e in entries {
        agencies.entry(e.agency_id).or_default().push(e);
        if let Some(g) = e.post_group.as_deref() {
            groups.entry((e.agency_id, g)).or_default().push(e);
        }
    }
    let mut breaches = Vec::new();
    for rule in &rules.quotas {
        for (agency_id, members) in &agencies {
            let scope = QuotaScope::Agency { agency_id: *agency_id };
            breaches.extend(check_scope(
                rule,
                scope,
                members,
                exceptional_agencies.contains(agency_id),
            ));
        }
        if rule.per_post_group {
            for ((agency_id, group), members) in &groups {
                let scope = QuotaScope::PostGroup {
                    agency_id: *agency_id,
                    group: (*group).to_string(),
                };
                breaches.extend(check_scope(
                    rule,
                    scope,
                    members,
                    exceptional_agencies.contains(agency_id),
                ));
            }
        }
    }
    breaches
}

fn check_scope(rule: &QuotaRule, scope: QuotaScope, members: &[&QuotaEntry], exceptional: bool) -> Option<QuotaBreach> {
    let mut at_level: Vec<&QuotaEntry> = members
        .iter()
        .copied()
        .filter(|e| e.level.at_least(rule.level))
        .collect();
    let base = members
        .iter()
        .filter(|e| match rule.base {
            QuotaBase::AllRated => true,
            QuotaBase::GoodOrBetter => e.level.at_least(Level::Good),
            QuotaBase::GoodOnly => e.level == Level::Good,
        })
        .count();
    let max_percent = match (exceptional, rule.exceptional_max_percent) {
        (true, Some(p)) => p,
        _ => rule.max_percent,
    };
    let allowed = usize::try_from(i128::from(max_percent.hundredths()) * base as i128 / 10_000).unwrap_or(0);
    if at_level.len() <= allowed {
        return None;
    }
    at_level.sort_by(|a, b| b.points.cmp(&a.points).then(a.person_id.cmp(&b.person_id)));
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Some(QuotaBreach {
        level: rule.level,
        scope,
        count: count(at_level.len()),
        base_kind: rule.base,
        base: count(base),
        max_percent,
        allowed: count(allowed),
        over: at_level[allowed..].iter().map(|e| e.person_id).collect(),
    })
}

/// Refuses approving `candidate` at its level when that puts a scope it belongs to over a
/// quota. `others` are the other entries of the agency (an entry for the same person is
/// replaced by the candidate).
pub fn check_approval(
    rules: &RuleSet,
    others: &[QuotaEntry],
    candidate: &QuotaEntry,
    exceptional_agencies: &[i64],
) -> Result<(), FieldError> {
    let mut entries: Vec<QuotaEntry> = others
        .iter()
        .filter(|e| e.person_id != candidate.person_id && e.agency_id == candidate.agency_id)
        .cloned()
        .collect();
    entries.push(candidate.clone());
    let breach = check_quotas(rules, &entries, exceptional_agencies)
        .into_iter()
        .find(|b| candidate.level.at_least(b.level) && in_scope(&b.scope, candidate));
    match breach {
        Some(b) => Err(b.to_field_error()),
        None => Ok(()),
    }
}

fn in_scope(scope: &QuotaScope, e: &QuotaEntry) -> bool {
    match scope {
        QuotaScope::Agency { agency_id } => *agency_id == e.agency_id,
        QuotaScope::PostGroup { agency_id, group } => {
            *agency_id == e.agency_id && e.post_group.as_deref() == Some(group.as_str())
        }
    }
}

fn short_label(level: Level) -> (&'static str, &'static str) {
    match level {
        Level::Excellent => ("xuất sắc", "excellent"),
        Level::Good => ("tốt trở lên", "good or better"),
        Level::Satisfactory => ("hoàn thành trở lên", "satisfactory or better"),
        Level::Unsatisfactory => ("được xếp loại", "rated"),
    }
}

impl QuotaBreach {
    pub fn explain(&self) -> Line {
        let (scope_vi, scope_en) = match &self.scope {
            QuotaScope::Agency { agency_id } => (format!("Cơ quan #{agency_id}"), format!("Agency #{agency_id}")),
            QuotaScope::PostGroup { agency_id, group } => (
                format!("Nhóm vị trí “{group}” của cơ quan #{agency_id}"),
                format!("Post group “{group}” of agency #{agency_id}"),
            ),
        };
        let (level_vi, level_en) = short_label(self.level);
        let over: Vec<String> = self.over.iter().map(|id| format!("#{id}")).collect();
        Line::new(
            format!(
                "{scope_vi}: đã có {}/{} {level_vi}, vượt tỷ lệ {} % {} (tối đa {}); người vượt: {}.",
                self.count,
                self.base,
                self.max_percent.vi(),
                self.base_kind.label_vi(),
                self.allowed,
                over.join(", ")
            ),
            format!(
                "{scope_en}: {}/{} {level_en}, over the {} % quota of {} (at most {}); over: {}.",
                self.count,
                self.base,
                self.max_percent.en(),
                self.base_kind.label_en(),
                self.allowed,
                over.join(", ")
            ),
        )
    }

    pub fn to_field_error(&self) -> FieldError {
        let line = self.explain();
        FieldError::invalid("level", line.vi, line.en)
    }
}
