//! Step 5 of the generator: targets of the year for each top unit and commune, with the
//! actual values measured so far.

use chrono::{Datelike, NaiveDate};
use domain::period::Period;
use domain::target::{Direction, outcome};

use super::columns::{ACTUAL_COLS, TARGET_COLS};
use super::load::{Batch, Loader, Val};
use super::plans::last_of_month;
use super::rng::Rng;
use super::tree::Tree;
use super::{Shape, words};
use crate::StoreError;

/// Writes the targets and their actuals; returns how many targets.
pub(super) async fn load(
    ld: &mut Loader<'_>,
    tree: &Tree,
    shape: &Shape,
    seed: u64,
    today: NaiveDate,
    progress: &(dyn Fn(&str, u64, u64) + Sync),
) -> Result<u64, StoreError> {
    let year = today.year();
    let mut rng = Rng::fork(seed, 5);
    let mut targets = Batch::new("targets", TARGET_COLS);
    let mut actuals = Batch::new("target_actuals", ACTUAL_COLS);
    let period = Period::year(year);
    let (p_start, p_end) = period.bounds();
    let period_code = period.to_string();
    // The latest month end measured: the last one before today (within the year).
    let measured = if today > p_end {
        Some(p_end)
    } else if today.month() > 1 {
        Some(last_of_month(year, today.month() - 1))
    } else {
        None
    };
    let target_units: Vec<(usize, bool)> = tree
        .provinces
        .iter()
        .flat_map(|p| std::iter::once((p.root, true)).chain(p.communes.iter().map(|c| (c.unit, false))))
        .collect();
    let n_targets = target_units.len() as u64 * u64::from(shape.targets_per_unit.min(words::INDICATORS.len() as u32));
    let mut target_id = 0i64;
    let mut actual_id = 0i64;
    for (ui, top) in target_units {
        let u = &tree.units[ui];
        let mut picks = rng.sample(words::INDICATORS.len(), shape.targets_per_unit as usize);
        picks.sort();
        for k in picks {
            let ind = &words::INDICATORS[k];
            let scale = if top { ind.province_factor } else { 1.0 };
            let round = |v: f64| {
                let m = 10f64.powi(ind.decimals);
                (v * m).round() / m
            };
            let planned = round(rng.uniform(ind.lo, ind.hi) * scale);
            let direction = if ind.higher {
                Direction::Higher
            } else {
                Direction::Lower
            };
            let actual = match measured {
                Some(_) if rng.chance(0.85) => {
                    let r = rng.f64();
                    let factor = if r < 0.25 {
                        1.0
                    } else if r < 0.75 {
                        rng.uniform(1.0, 1.2)
                    } else {
                        rng.uniform(0.85, 1.0)
                    };
                    let v = if ind.higher {
                        planned * factor
                    } else {
                        planned / factor.max(0.01)
                    };
                    let v = round(v);
                    Some(if ind.uom == "%" { v.min(100.0) } else { v })
                }
                _ => None,
            };
            let out = outcome(direction, planned, actual);
            target_id += 1;
            targets.push([
                Val::I64(target_id),
                Val::I64(u.tenant),
                Val::I64(u.id),
                Val::Text(u.path.clone()),
                Val::Text(period_code.clone()),
                Val::Date(p_start),
                Val::Date(p_end),
                Val::Str(ind.name),
                Val::Text(vntext::fold(ind.name)),
                Val::Str(ind.uom),
                Val::Str(direction.as_str()),
                Val::F64(planned),
                Val::OptF64(actual),
                Val::OptDate(actual.and(measured)),
                Val::Str(out.as_str()),
                Val::Now,
                Val::Now,
            ]);
            if let (Some(v), Some(on)) = (actual, measured) {
                let n = rng.range(1, 3);
                for i in 0..n {
                    let months_back = (n - 1 - i) as u32 * 3;
                    let m = on.month().saturating_sub(months_back).max(1);
                    let day = last_of_month(on.year(), m).min(on);
                    let value = if i == n - 1 {
                        v
                    } else {
                        round(v * rng.uniform(0.5, 0.95))
                    };
                    actual_id += 1;
                    actuals.push([
                        Val::I64(actual_id),
                        Val::I64(u.tenant),
                        Val::I64(target_id),
                        Val::Date(day),
                        Val::F64(value),
                        Val::OptText(Some(format!(
                            "Số liệu ước thực hiện đến hết tháng {}/{}",
                            day.month(),
                            day.year()
                        ))),
                        Val::Now,
                    ]);
                }
            }
        }
        if targets.full() {
            ld.flush(&mut targets, true).await?;
            ld.flush(&mut actuals, true).await?;
            ld.maybe_commit().await?;
            progress("targets", targets.written, n_targets);
        }
    }
    ld.flush(&mut targets, true).await?;
    ld.flush(&mut actuals, true).await?;
    progress("targets", targets.written, n_targets);
    ld.commit().await?;
    Ok(targets.written)
}
