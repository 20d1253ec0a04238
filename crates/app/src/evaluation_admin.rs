//! Evaluation rule sets (clone, edit a draft, activate from a date) and the yearly
//! classification (derived by the rule set from the decided periods; an override needs a reason).
//!
//! Rule sets are installation-wide data: only administrators of the whole installation change
//! them; everyone signed in may read them.

use chrono::NaiveDate;
use domain::ErrorCode;
use domain::access::{Action, Operation};
use domain::evaluation::ruleset::Subject as EvalSubject;
use domain::evaluation::{Level, PeriodOutcome, RuleSet, YearInput, evaluate_year};
use domain::period::Period;
use store::access::Subject;
use store::evaluation::RuleSetRecord;
use store::evaluation::rule_sets;
use store::evaluation::years::{self, YearRecord};

use crate::{App, Caller, Error, Result, authz};

fn require_rule_admin(caller: &Caller) -> Result<()> {
    if caller.principal.scope(Action::ManageRuleSets).all {
        Ok(())
    } else {
        Err(Error::new(
            ErrorCode::Forbidden,
            format!(
                "Chỉ quản trị toàn hệ thống được “{}”.",
                Operation::ManageRuleSets.label_vi().to_lowercase()
            ),
            "Only installation-wide administrators manage evaluation rule sets.",
        ))
    }
}

pub async fn clone(app: &App, caller: &Caller, id: i64) -> Result<RuleSetRecord> {
    require_rule_admin(caller)?;
    let mut tx = app.write(caller).await?;
    let r = rule_sets::clone_draft(&mut tx, id).await?;
    tx.commit().await?;
    Ok(r)
}

/// Replaces a draft with `set` (validated: overlapping or gapped levels, weights, quotas…).
pub async fn update(app: &App, caller: &Caller, id: i64, set: RuleSet) -> Result<RuleSetRecord> {
    require_rule_admin(caller)?;
    let set = set.validate()?;
    let mut tx = app.write(caller).await?;
    let r = rule_sets::update_draft(&mut tx, id, &set).await?;
    tx.commit().await?;
    Ok(r)
}

pub async fn activate(app: &App, caller: &Caller, id: i64, from: NaiveDate) -> Result<RuleSetRecord> {
    require_rule_admin(caller)?;
    let mut tx = app.write(caller).await?;
    let r = rule_sets::activate(&mut tx, id, from).await?;
    tx.commit().await?;
    Ok(r)
}

/// Every stored version (read by anyone signed in).
pub async fn list(app: &App, _caller: &Caller) -> Result<Vec<RuleSetRecord>> {
    let mut tx = app.read_tx(_caller).await?;
    Ok(rule_sets::list(&mut tx).await?)
}

/// One version with its body.
pub async fn get(app: &App, _caller: &Caller, id: i64) -> Result<(RuleSetRecord, RuleSet)> {
    let mut tx = app.read_tx(_caller).await?;
    let rec = rule_sets::get(&mut tx, id).await?;
    let body = rule_sets::body(&mut tx, id).await?.into_inner();
    Ok((rec, body))
}

/// Derives a person's yearly classification from their decided periods.
pub async fn classify_year(app: &App, caller: &Caller, person_id: i64, year: i32, family: &str) -> Result<YearRecord> {
    let mut tx = app.write(caller).await?;
    authz::named_for(
        &mut tx,
        caller,
        Operation::DecideEvaluation,
        Subject::Person(person_id),
        "person_id",
    )
    .await?;
    let periods = years::decided_periods(&mut tx, person_id, year, family).await?;
    let Some(last) = periods.last() else {
        return Err(Error::new(
            ErrorCode::Invalid,
            format!("Chưa có kỳ nào của năm {year} được quyết định xếp loại nên chưa xếp loại năm được."),
            format!("No period of {year} has a decided level yet, so the year cannot be classified."),
        )
        .at("year"));
    };
    let rule_set_id = last.3;
    let rules = rule_sets::body(&mut tx, rule_set_id).await?;
    let person = store::people::get(&mut tx, person_id).await?;
    let mut outcomes = Vec::with_capacity(periods.len());
    for (code, total, level, _) in &periods {
        outcomes.push(PeriodOutcome {
            period: Period::parse(code)?,
            points: domain::evaluation::Points::from_hundredths(*total),
            level: Level::parse(level).unwrap_or(Level::Unsatisfactory),
        });
    }
    let input = YearInput {
        year,
        subject: if person.is_head {
            EvalSubject::Leader
        } else {
            EvalSubject::Staff
        },
        periods: outcomes,
        year_tally: Default::default(),
        disqualifiers: Vec::new(),
        recognised_initiative: false,
    };
    let y = evaluate_year(&rules, &input)?;
    let rec = years::save(&mut tx, person_id, family, rule_set_id, &y).await?;
    tx.commit().await?;
    Ok(rec)
}

/// An override of a yearly level.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct YearOverride {
    pub person_id: i64,
    pub year: i32,
    pub family: Option<String>,
    /// The version of the yearly record read.
    pub version: i64,
    pub override_level: String,
    pub reason: String,
}

/// Overrides a yearly level, with a reason.
pub async fn override_year(app: &App, caller: &Caller, input: &YearOverride) -> Result<YearRecord> {
    let level = Level::parse(&input.override_level).ok_or_else(|| {
        Error::from(domain::FieldError::invalid(
            "override_level",
            format!(
                "Mức “{}” không có; chọn một trong: {}.",
                input.override_level,
                Level::codes()
            ),
            format!("Unknown level “{}”; one of: {}.", input.override_level, Level::codes()),
        ))
    })?;
    let family = input.family.as_deref().unwrap_or("qd3814_hanoi");
    let mut tx = app.write(caller).await?;
    authz::named_for(
        &mut tx,
        caller,
        Operation::DecideEvaluation,
        Subject::Person(input.person_id),
        "person_id",
    )
    .await?;
    let Some(current) = years::get(&mut tx, input.person_id, input.year, family).await? else {
        return Err(Error::not_found("evaluation_year", input.person_id));
    };
    let rec = years::override_level(&mut tx, current.id, input.version, level, &input.reason).await?;
    tx.commit().await?;
    Ok(rec)
}
