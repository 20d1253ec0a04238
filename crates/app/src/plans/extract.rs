//! Reading a plan's text into a draft for review: its header, the documents it implements and
//! its tasks, with unit names matched to units and symbols to registered documents.
//!
//! Nothing outside the caller's reach is ever resolved: unit names are matched only among the
//! units the plan's issuer may assign work to (`domain::assign::Reach`), symbols only to
//! documents the caller may read — so the review page never names another district's units.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use domain::assign::Reach;
use domain::collective::Collective;
use domain::document::DocKind;
use domain::task::Recurrence;
use domain::unit::{UnitKind, UnitPath};
use serde::Serialize;
use store::Tx;
use store::access::Subject;
use utoipa::ToSchema;
use vntext::DeadlineValue;
use vntext::units::{match_unit, unit_tokens};

use crate::{Caller, Result, authz};

/// A name in the plan and the unit it was matched to.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct UnitMatch {
    /// As written in the plan: "Ban Tuyên giáo Quận ủy".
    pub name: String,
    pub unit_id: Option<i64>,
    /// 0–1; 1 means the names are equal after folding and expanding abbreviations.
    pub confidence: f32,
}

/// The plan's header as read.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PlanHeader {
    /// Normalised symbol, e.g. `152-KH/QU`.
    pub symbol: Option<String>,
    pub issued_on: Option<NaiveDate>,
    /// Issuing body as written ("QUẬN ỦY LONG BIÊN").
    pub issuer: Option<String>,
    pub place: Option<String>,
    pub title: Option<String>,
    /// The kind the symbol's type names (`KH` → plan).
    pub kind: Option<DocKind>,
    /// A document of the issuer that already has this symbol (importing again would clash).
    pub existing_document_id: Option<i64>,
}

/// A document the plan implements.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ImplementedRef {
    pub symbol: String,
    /// The registered document with this symbol (the issuer's tenant first), if any.
    pub document_id: Option<i64>,
}

/// One task as read, with its units matched.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct TaskExtract {
    /// Numbering in the plan: "II.2.a".
    pub code: String,
    pub parent_code: Option<String>,
    pub title: String,
    pub lead: Option<UnitMatch>,
    pub support: Vec<UnitMatch>,
    pub deadline_text: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub recurrence: Option<Recurrence>,
    /// The deadline reading should be checked by a person.
    pub deadline_ambiguous: bool,
    pub deadline_note: Option<String>,
    pub output: Option<String>,
    /// When the lead names every unit of a kind ("Đảng ủy các phường"): those units, to offer
    /// one task each.
    pub expansion: Vec<UnitMatch>,
}

/// A plan draft for review.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PlanExtract {
    pub issuer_unit_id: i64,
    pub header: PlanHeader,
    pub implements: Vec<ImplementedRef>,
    pub tasks: Vec<TaskExtract>,
    /// Unit names no unit was found for, in order of appearance, each once: for the user to map.
    pub unmatched: Vec<String>,
}

/// A candidate unit with its name tokens computed once.
struct Candidate {
    id: i64,
    path: String,
    names: Vec<String>,
    tokens: HashSet<String>,
    kind: UnitKind,
    parent_kind: Option<UnitKind>,
}

/// Matches unit names to the units of the issuer's tenant, nearest first: the issuer's
/// parent's subtree (where "Ban Tuyên giáo Quận ủy" of a district plan lives), then each
/// ancestor's, up to the whole tenant. A wider circle replaces a match only with a strictly
/// better score, so the nearest of equal names wins and a tie between two districts does not
/// hide the issuer's own.
pub struct UnitMatcher {
    candidates: Vec<Candidate>,
    /// Path prefixes, narrowest first.
    circles: Vec<String>,
    cache: HashMap<String, Option<(i64, f32)>>,
}

impl UnitMatcher {
    /// The candidates: the units the issuer may assign work to. Circles run from the issuer's
    /// parent outwards to the reach's root.
    pub async fn load(tx: &mut Tx, issuer: &UnitPath, reach: &Reach) -> Result<UnitMatcher> {
        let ids = issuer.ids();
        let root_depth = reach.root.depth();
        let mut circles: Vec<String> = Vec::new();
        let mut acc = String::from("/");
        for (depth, id) in ids.iter().enumerate() {
            acc.push_str(&format!("{id}/"));
            if depth + 1 >= root_depth {
                circles.push(acc.clone());
            }
        }
        // The issuer's own subtree is part of its parent's; start at the parent (or the root).
        if circles.len() > 1 {
            circles.pop();
        }
        circles.reverse();
        let rows = store::units::briefs_within(tx, &reach.root, 200_000).await?;
        let candidates = rows
            .into_iter()
            .map(|u| {
                let names: Vec<String> = std::iter::once(u.name).chain(u.short_name).collect();
                let tokens = names.iter().flat_map(|n| unit_tokens(n)).collect();
                Candidate {
                    id: u.id,
                    path: u.path,
                    names,
                    tokens,
                    kind: u.kind,
                    parent_kind: u.parent_kind.as_deref().and_then(UnitKind::parse),
                }
            })
            .collect();
        Ok(UnitMatcher {
            candidates,
            circles,
            cache: HashMap::new(),
        })
    }

    /// The unit `name` names, with the match score.
    pub fn find(&mut self, name: &str) -> Option<(i64, f32)> {
        if let Some(hit) = self.cache.get(name) {
            return *hit;
        }
        let q = unit_tokens(name);
        // A candidate sharing fewer than half of the query's tokens cannot reach the 0.6
        // threshold of `match_unit`; skipping it changes no answer and saves the scoring.
        let near: Vec<&Candidate> = self
            .candidates
            .iter()
            .filter(|c| !q.is_empty() && q.iter().filter(|t| c.tokens.contains(*t)).count() * 2 >= q.len())
            .collect();
        let mut best: Option<(i64, f32)> = None;
        for circle in &self.circles {
            let list: Vec<(i64, String)> = near
                .iter()
                .filter(|c| c.path.starts_with(circle.as_str()))
                .flat_map(|c| c.names.iter().map(|n| (c.id, n.clone())))
                .collect();
            if let Some((id, s)) = match_unit(name, &list)
                && best.is_none_or(|(_, b)| s > b)
            {
                best = Some((id, s));
            }
        }
        self.cache.insert(name.to_string(), best);
        best
    }

    /// The units a collective lead designates within the issuer's nearest circle that has
    /// any ("Đảng ủy các phường" of a district plan: the party committees of its wards), in
    /// the order of the unit tree.
    pub fn designated(&self, c: &Collective) -> Vec<UnitMatch> {
        for circle in &self.circles {
            let found: Vec<UnitMatch> = self
                .candidates
                .iter()
                .filter(|u| u.path.starts_with(circle.as_str()) && c.designates(u.kind, u.parent_kind))
                .map(|u| UnitMatch {
                    name: u.names.first().cloned().unwrap_or_default(),
                    unit_id: Some(u.id),
                    confidence: 1.0,
                })
                .collect();
            if !found.is_empty() {
                return found;
            }
        }
        Vec::new()
    }

    fn matched(&mut self, name: &str, unmatched: &mut Vec<String>) -> UnitMatch {
        let hit = self.find(name);
        if hit.is_none() && !unmatched.iter().any(|u| u == name) {
            unmatched.push(name.to_string());
        }
        UnitMatch {
            name: name.to_string(),
            unit_id: hit.map(|h| h.0),
            confidence: hit.map_or(0.0, |h| (h.1 * 1000.0).round() / 1000.0),
        }
    }
}

/// Reads a plan's text issued by `issuer_unit_id` into a draft with units and documents
/// resolved within what the caller may see and the issuer may reach.
pub async fn extract_in(tx: &mut Tx, caller: &Caller, text: &str, issuer_unit_id: i64) -> Result<PlanExtract> {
    let place = store::access::unit_place(tx, issuer_unit_id).await?;
    let reach = Reach::of(&place);
    let draft = vntext::plan::extract_plan(text);
    let mut matcher = UnitMatcher::load(tx, &place.path, &reach).await?;
    let mut unmatched = Vec::new();
    let symbol = draft.symbol.as_ref().map(|s| s.normalized.clone());
    let existing_document_id = match &symbol {
        Some(s) => store::documents::by_symbol(tx, s)
            .await?
            .into_iter()
            .find(|d| d.issuer_unit_id == issuer_unit_id)
            .map(|d| d.id),
        None => None,
    };
    let header = PlanHeader {
        kind: draft
            .symbol
            .as_ref()
            .and_then(|s| s.doc_type.as_deref())
            .and_then(DocKind::from_type_abbrev),
        symbol,
        issued_on: draft.issued,
        issuer: draft.issuer.clone(),
        place: draft.place.clone(),
        title: draft.title.clone(),
        existing_document_id,
    };
    let mut implements = Vec::with_capacity(draft.implements.len());
    for s in &draft.implements {
        // The caller's own tenant first, then the levels above it may read.
        let mut document_id = None;
        for d in store::documents::by_symbol(tx, &s.normalized).await? {
            if authz::visible(tx, caller, Subject::Document(d.id)).await?.is_some() {
                document_id = Some(d.id);
                break;
            }
        }
        implements.push(ImplementedRef {
            symbol: s.normalized.clone(),
            document_id,
        });
    }
    let codes: HashSet<&str> = draft.tasks.iter().map(|t| t.code.as_str()).collect();
    let mut tasks = Vec::with_capacity(draft.tasks.len());
    for t in &draft.tasks {
        let collective = t.lead.as_deref().and_then(domain::collective::collective);
        let expansion = collective.map(|c| matcher.designated(&c)).unwrap_or_default();
        let lead = match (t.lead.as_deref(), expansion.is_empty()) {
            // A collective is not one unit: it is not matched (nor reported unmatched).
            (Some(n), false) => Some(UnitMatch {
                name: n.to_string(),
                unit_id: None,
                confidence: 0.0,
            }),
            (n, _) => n.map(|n| matcher.matched(n, &mut unmatched)),
        };
        let support = t.support.iter().map(|n| matcher.matched(n, &mut unmatched)).collect();
        let (due_on, recurrence) = match t.deadline.as_ref().map(|d| &d.value) {
            Some(DeadlineValue::Due(d)) => (Some(*d), None),
            Some(DeadlineValue::Recurrence(r)) => (None, Some(Recurrence::from(*r))),
            None => (None, None),
        };
        tasks.push(TaskExtract {
            code: t.code.clone(),
            // Tasks are the leaves of the plan's numbering; a parent that is a heading, not a
            // task, is not kept (import expresses hierarchy between tasks only).
            parent_code: t.parent.clone().filter(|p| codes.contains(p.as_str())),
            title: t.title.clone(),
            lead,
            support,
            deadline_text: t.deadline_text.clone(),
            due_on,
            recurrence,
            deadline_ambiguous: t.deadline.as_ref().is_some_and(|d| d.ambiguous),
            deadline_note: t.deadline.as_ref().map(|d| d.note.clone()).filter(|n| !n.is_empty()),
            output: t.output.clone(),
            expansion,
        });
    }
    Ok(PlanExtract {
        issuer_unit_id,
        header,
        implements,
        tasks,
        unmatched,
    })
}
