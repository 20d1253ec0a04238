//! "Xuất Excel" of every list: tasks (with the list's filters), targets, units and people, as
//! XLSX in the column layout the import reads back (`office::xlsx::specs`): Vietnamese
//! headers, real dates and numbers, frozen and filtered header, the stable code "Mã" first.
//!
//! Tasks stream: batches read by id (keyset) go through a bounded channel to the writer on a
//! blocking thread (rust_xlsxwriter's constant-memory mode), so 100,000 rows never sit in
//! memory at once.

use crate::paths::route;
use std::collections::HashMap;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::external_code::{CodeKind, format as code};
use domain::period::Period;
use office::xlsx::{CellValue, SheetSpec, specs};
use serde::Deserialize;
use store::import_codes::Coded;
use store::model::{Person, Target, Task, Unit};
use store::people::PersonFilter;
use store::targets::TargetFilter;
use store::units::UnitFilter;

use crate::AppState;
use crate::auth::Auth;
use crate::error::ApiError;
use crate::kit::PageError;
use crate::tasks::pages::{ListQuery, check_filter, filter_of, num};

/// The media type of an .xlsx workbook.
pub const XLSX_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Rows per page when reading the shorter lists.
const PAGE: i64 = 5_000;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(route::TASKS_EXPORT, get(tasks))
        .route(route::TARGETS_EXPORT, get(targets))
        .route(route::UNIT_EXPORT, get(units))
        .route(route::PEOPLE_EXPORT, get(people))
}

/// An .xlsx download.
pub fn xlsx_response(file_name: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, XLSX_TYPE.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}

fn write_failed(e: office::OfficeError) -> ApiError {
    tracing::error!(error = %e, "export not written");
    ApiError(app::Error::internal())
}

/// Writes rows arriving on a channel as a workbook, on a blocking thread.
fn spawn_writer(
    spec: SheetSpec,
    mut rx: tokio::sync::mpsc::Receiver<Vec<CellValue>>,
) -> tokio::task::JoinHandle<Result<Vec<u8>, office::OfficeError>> {
    tokio::task::spawn_blocking(move || {
        let rows = std::iter::from_fn(move || rx.blocking_recv());
        let mut out = Vec::new();
        office::xlsx::write_xlsx(&mut out, &spec, rows).map(|_| out)
    })
}

/// Writes collected rows as a workbook off the async workers.
async fn workbook(spec: SheetSpec, rows: Vec<Vec<CellValue>>) -> Result<Vec<u8>, ApiError> {
    tokio::task::spawn_blocking(move || office::xlsx::xlsx_bytes(&spec, rows))
        .await
        .map_err(|_| ApiError(app::Error::internal()))?
        .map_err(write_failed)
}

/// The code a row carries: the one an import stored on the record, else its id code.
fn code_of(kind: CodeKind, id: i64, stored: &HashMap<i64, String>) -> CellValue {
    CellValue::text(stored.get(&id).cloned().unwrap_or_else(|| code(kind, id)))
}

fn text(s: &str) -> CellValue {
    if s.trim().is_empty() {
        CellValue::Empty
    } else {
        CellValue::text(s)
    }
}

fn opt_text(s: Option<&String>) -> CellValue {
    s.map(|s| text(s)).unwrap_or(CellValue::Empty)
}

fn date(d: Option<chrono::NaiveDate>) -> CellValue {
    d.map(CellValue::Date).unwrap_or(CellValue::Empty)
}

/// `/nhiem-vu/xuat-excel?…`: the task list with the same filters as `/nhiem-vu?…`.
pub async fn tasks(State(st): State<AppState>, auth: Auth, Query(q): Query<ListQuery>) -> Result<Response, PageError> {
    let f = filter_of(&q)?;
    let mut rd = st.app.read(&auth).await?;
    check_filter(&mut rd, &q).await?;
    let (tx, rx) = tokio::sync::mpsc::channel::<Vec<CellValue>>(app::exports::BATCH as usize);
    let writer = spawn_writer(specs::tasks(None), rx);
    let mut after = 0;
    let fed: Result<(), ApiError> = async {
        loop {
            let batch = rd.tasks_after(f.clone(), after, app::exports::BATCH).await?;
            let Some(last) = batch.last() else { break };
            after = last.id;
            let cx = rd.task_context(&batch).await?;
            let ids: Vec<i64> = batch.iter().map(|t| t.id).collect();
            let coop = rd.task_cooperators(&batch).await?;
            let coop_ids: Vec<i64> = coop.values().flatten().copied().collect();
            let coop_names = rd.unit_names(&coop_ids).await?;
            let codes = rd
                .import_codes(Coded::Task, &ids, batch.iter().map(|t| t.tenant_id))
                .await?;
            for t in &batch {
                let row = task_row(t, &cx, coop.get(&t.id), &coop_names, &codes);
                if tx.send(row).await.is_err() {
                    // The writer stopped: its error is reported below.
                    return Ok(());
                }
            }
        }
        Ok(())
    }
    .await;
    drop(tx);
    drop(rd);
    let written = writer.await.map_err(|_| ApiError(app::Error::internal()))?;
    fed?;
    Ok(xlsx_response("nhiem-vu.xlsx", written.map_err(write_failed)?))
}

fn task_row(
    t: &Task,
    cx: &store::listing::ListContext,
    coop: Option<&Vec<i64>>,
    names: &HashMap<i64, String>,
    codes: &HashMap<i64, String>,
) -> Vec<CellValue> {
    let support: Vec<&str> = coop
        .map(|ids| ids.iter().filter_map(|u| names.get(u).map(String::as_str)).collect())
        .unwrap_or_default();
    vec![
        code_of(CodeKind::Task, t.id, codes),
        opt_text(t.code.as_ref()),
        CellValue::text(&t.title),
        opt_text(cx.units.get(&t.lead_unit_id)),
        text(&support.join("; ")),
        opt_text(t.responsible_id.and_then(|p| cx.people.get(&p))),
        opt_text(t.deadline_text.as_ref()),
        date(t.due_on),
        t.status
            .map(|s| CellValue::text(s.label_vi()))
            .unwrap_or(CellValue::Empty),
        CellValue::Percent(f64::from(t.progress)),
        date(t.completed_on),
        opt_text(cx.sources.get(&t.plan_id).map(|s| &s.symbol)),
    ]
}

#[derive(Deserialize, Default)]
pub struct UnitPeriodQuery {
    #[serde(default)]
    don_vi: String,
    #[serde(default)]
    ky: String,
}

/// `/chi-tieu/xuat-excel?don_vi=…&ky=…`: the targets of a subtree (and period), as on `/chi-tieu`.
pub async fn targets(
    State(st): State<AppState>,
    auth: Auth,
    Query(q): Query<UnitPeriodQuery>,
) -> Result<Response, PageError> {
    let within = num("don_vi", &q.don_vi)?;
    let (from, to) = match q.ky.trim() {
        "" => (None, None),
        k => {
            let (a, b) = Period::parse(k).map_err(ApiError::from)?.bounds();
            (Some(a), Some(b))
        }
    };
    let mut rd = st.app.read(&auth).await?;
    let mut all: Vec<Target> = Vec::new();
    loop {
        let f = TargetFilter {
            within,
            from,
            to,
            ..Default::default()
        };
        let page = rd.targets(f, PAGE, all.len() as i64).await?;
        let n = page.items.len();
        all.extend(page.items);
        if (n as i64) < PAGE {
            break;
        }
    }
    let unit_ids: Vec<i64> = all.iter().map(|t| t.unit_id).collect();
    let names = rd.unit_names(&unit_ids).await?;
    let ids: Vec<i64> = all.iter().map(|t| t.id).collect();
    let codes = rd
        .import_codes(Coded::Target, &ids, all.iter().map(|t| t.tenant_id))
        .await?;
    drop(rd);
    let rows = all.iter().map(|t| target_row(t, &names, &codes)).collect();
    Ok(xlsx_response("chi-tieu.xlsx", workbook(specs::targets(), rows).await?))
}

fn target_row(t: &Target, names: &HashMap<i64, String>, codes: &HashMap<i64, String>) -> Vec<CellValue> {
    let period = Period::parse(&t.period)
        .map(|p| p.label_vi())
        .unwrap_or_else(|_| t.period.clone());
    vec![
        code_of(CodeKind::Target, t.id, codes),
        opt_text(names.get(&t.unit_id)),
        CellValue::text(period),
        CellValue::text(&t.indicator),
        text(&t.uom),
        CellValue::text(t.direction.label_vi()),
        CellValue::Number(t.planned),
        t.actual.map(CellValue::Number).unwrap_or(CellValue::Empty),
    ]
}

/// `/don-vi/{id}/xuat-excel`: the unit and every unit below it that the user sees.
pub async fn units(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, PageError> {
    let mut rd = st.app.read(&auth).await?;
    let mut all: Vec<Unit> = Vec::new();
    loop {
        let f = UnitFilter {
            within: Some(id),
            ..Default::default()
        };
        let page = rd.units(f, PAGE, all.len() as i64).await?;
        let n = page.items.len();
        all.extend(page.items);
        if (n as i64) < PAGE {
            break;
        }
    }
    let ids: Vec<i64> = all
        .iter()
        .flat_map(|u| std::iter::once(u.id).chain(u.parent_id))
        .collect();
    let codes = rd
        .import_codes(Coded::Unit, &ids, all.iter().map(|u| u.tenant_id))
        .await?;
    drop(rd);
    let rows = all.iter().map(|u| unit_row(u, &codes)).collect();
    Ok(xlsx_response("don-vi.xlsx", workbook(specs::units(), rows).await?))
}

fn unit_row(u: &Unit, codes: &HashMap<i64, String>) -> Vec<CellValue> {
    vec![
        code_of(CodeKind::Unit, u.id, codes),
        CellValue::text(&u.name),
        opt_text(u.short_name.as_ref()),
        CellValue::text(u.kind.label_vi()),
        u.parent_id
            .map(|p| code_of(CodeKind::Unit, p, codes))
            .unwrap_or(CellValue::Empty),
    ]
}

#[derive(Deserialize, Default)]
pub struct UnitQuery {
    #[serde(default)]
    don_vi: String,
}

/// `/can-bo/xuat-excel?don_vi=…`: the people of a subtree (all the user sees without it).
pub async fn people(State(st): State<AppState>, auth: Auth, Query(q): Query<UnitQuery>) -> Result<Response, PageError> {
    let within = num("don_vi", &q.don_vi)?;
    let mut rd = st.app.read(&auth).await?;
    let mut all: Vec<Person> = Vec::new();
    loop {
        let f = PersonFilter {
            within,
            ..Default::default()
        };
        let page = rd.people(f, PAGE, all.len() as i64).await?;
        let n = page.items.len();
        all.extend(page.items);
        if (n as i64) < PAGE {
            break;
        }
    }
    let unit_ids: Vec<i64> = all.iter().map(|p| p.unit_id).collect();
    let names = rd.unit_names(&unit_ids).await?;
    let ids: Vec<i64> = all.iter().map(|p| p.id).collect();
    let codes = rd
        .import_codes(Coded::Person, &ids, all.iter().map(|p| p.tenant_id))
        .await?;
    drop(rd);
    let rows = all.iter().map(|p| person_row(p, &names, &codes)).collect();
    Ok(xlsx_response("can-bo.xlsx", workbook(specs::people(), rows).await?))
}

fn person_row(p: &Person, names: &HashMap<i64, String>, codes: &HashMap<i64, String>) -> Vec<CellValue> {
    vec![
        code_of(CodeKind::Person, p.id, codes),
        CellValue::text(&p.name),
        opt_text(p.position.as_ref()),
        opt_text(names.get(&p.unit_id)),
        CellValue::text(p.category.label_vi()),
        CellValue::text(if p.party_member { "Có" } else { "Không" }),
        CellValue::Empty,
    ]
}

/// The export pages' words.
pub fn strings(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "xl_export" => ("Xuất Excel", "Export to Excel"),
        "xl_export_units" => ("Xuất Excel danh sách đơn vị", "Export units to Excel"),
        "xl_export_people" => ("Xuất Excel danh sách cán bộ", "Export people to Excel"),
        _ => return None,
    })
}
