//! Helpers shared by the evaluation tests.

use chrono::NaiveDate;
use domain::Valid;
use domain::evaluation::score::CriterionScore;
use domain::evaluation::shipped::shipped;
use domain::evaluation::*;
use domain::period::Period;

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn p(s: &str) -> Period {
    Period::parse(s).unwrap()
}

pub fn pts(x: f64) -> Points {
    Points::from_f64(x).unwrap()
}

/// A shipped rule set by family.
pub fn rules(family: &str) -> Valid<RuleSet> {
    shipped().unwrap().into_iter().find(|s| s.family == family).unwrap()
}

/// A shipped rule set as plain data, to clone and change.
pub fn raw(family: &str) -> RuleSet {
    rules(family).into_inner()
}

/// A task due on `due`, open.
pub fn open(id: i64, due: &str) -> TaskRecord {
    TaskRecord::due(id, d(due))
}

/// A task due on `due`, completed on `done`.
pub fn done(id: i64, due: &str, completed: &str) -> TaskRecord {
    TaskRecord {
        completed_on: Some(d(completed)),
        ..open(id, due)
    }
}

/// Every general criterion at the given points, in the rule set's order.
pub fn criteria(rules: &RuleSet, each: &[f64]) -> Vec<CriterionScore> {
    assert_eq!(rules.criteria.len(), each.len(), "one score per criterion");
    rules
        .criteria
        .iter()
        .zip(each)
        .map(|(c, x)| CriterionScore {
            code: c.code.clone(),
            points: pts(*x),
        })
        .collect()
}

/// Every general criterion at its maximum.
pub fn full_criteria(rules: &RuleSet) -> Vec<CriterionScore> {
    rules
        .criteria
        .iter()
        .map(|c| CriterionScore {
            code: c.code.clone(),
            points: c.max,
        })
        .collect()
}

pub fn item(code: &str, x: f64) -> CriterionScore {
    CriterionScore {
        code: code.into(),
        points: pts(x),
    }
}

pub fn assessment(criteria: Vec<CriterionScore>) -> Assessment {
    Assessment {
        criteria,
        ..Assessment::default()
    }
}

pub fn request(period: &str, subject: Subject, tasks: Vec<TaskRecord>, assessment: Assessment) -> EvaluationRequest {
    EvaluationRequest {
        period: p(period),
        subject,
        tasks,
        assessment,
        leader: None,
    }
}

pub fn run(rules: &Valid<RuleSet>, req: &EvaluationRequest) -> Evaluation {
    evaluate(rules, req).unwrap_or_else(|e| panic!("{e:?}"))
}
