//! `/bao-cao?don_vi=<id>`: the periodic report form (subtree, period or date range, data
//! dates, issuing body) and `/bao-cao/tai?…`: the report as .docx in the layout of the issuing
//! body's system. Quick links download the usual reports (last month, quarter, half, year).

use crate::paths::route;
use askama::Template;
use axum::Extension;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{Datelike, NaiveDate};
use domain::period::{Period, Span};
use domain::report::{ReportSystem, ReportWindow};
use serde::Deserialize;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::{Layout, PageError, PageUser, i18n, render};

/// The report pages' routes (signed-in).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(route::REPORT, get(form))
        .route(route::REPORT_DOWNLOAD, get(download))
}

/// The media type of a .docx file.
pub const DOCX_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

#[derive(Deserialize, Default)]
pub struct ReportQuery {
    #[serde(default)]
    don_vi: String,
    /// A period code or words (`2023-10`, `2023-H1`, `Quý III/2023`).
    #[serde(default)]
    ky: String,
    /// A date range instead of a period (dd/mm/yyyy).
    #[serde(default)]
    tu: String,
    #[serde(default)]
    den: String,
    /// `calendar` or `mid_month` (15th to 14th).
    #[serde(default)]
    cach_tinh: String,
    /// The issuing body's id.
    #[serde(default)]
    co_quan: String,
    /// The report's number, if already given.
    #[serde(default)]
    so: String,
}

pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct Quick {
    pub href: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "reports/form.html")]
struct FormPage {
    l: Layout,
    unit_id: i64,
    unit_name: String,
    quick: Vec<Quick>,
    issuers: Vec<Opt>,
    periods: Vec<Opt>,
    from: String,
    to: String,
    mid_month: bool,
    number: String,
    error: String,
    error_field: String,
}

fn unit_of(st_unit: &str) -> Result<Option<i64>, ApiError> {
    crate::tasks::pages::num("don_vi", st_unit)
}

/// A request read from the query, or the field's error.
fn request_of(q: &ReportQuery, unit_id: i64) -> Result<app::reports::ReportRequest, ApiError> {
    let window = ReportWindow::parse(&q.ky, &q.tu, &q.den, &q.cach_tinh).map_err(ApiError::from)?;
    let issuer = crate::tasks::pages::num("co_quan", &q.co_quan)?;
    let number = match q.so.trim() {
        "" => None,
        s => Some(
            s.parse::<u32>()
                .ok()
                .filter(|n| *n > 0 && *n < 100_000)
                .ok_or_else(|| {
                    ApiError::bad_request(
                        Some("number".into()),
                        format!("“Số báo cáo” phải là một số nguyên dương (đã nhập “{s}”)."),
                        format!("“Report number” must be a positive whole number (got “{s}”)."),
                    )
                })?,
        ),
    };
    Ok(app::reports::ReportRequest {
        unit_id,
        issuer_unit_id: issuer,
        window,
        number,
    })
}

pub async fn form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<ReportQuery>,
) -> Result<Response, PageError> {
    page(&st, &auth, &user, &uri, &q, None, StatusCode::OK).await
}

/// The .docx, or the form again with the error beside what was chosen (422).
pub async fn download(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<ReportQuery>,
) -> Result<Response, PageError> {
    let unit_id = unit_id(&st, &auth, &q).await?;
    let req = match request_of(&q, unit_id) {
        Ok(r) => r,
        Err(e) => return page(&st, &auth, &user, &uri, &q, Some(e), StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    match app::reports::docx(&st.app, &auth, &req).await {
        Ok((built, bytes)) => Ok(docx_response(&built.file_name, bytes)),
        Err(e) if e.field.is_some() => {
            page(
                &st,
                &auth,
                &user,
                &uri,
                &q,
                Some(e.into()),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// A .docx download.
pub fn docx_response(file_name: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, DOCX_TYPE.to_string()),
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

async fn unit_id(st: &AppState, auth: &Auth, q: &ReportQuery) -> Result<i64, PageError> {
    match unit_of(&q.don_vi)? {
        Some(id) => Ok(id),
        None => {
            let mut rd = st.app.read(auth).await?;
            Ok(rd.home_unit().await?.ok_or_else(|| {
                ApiError::new(
                    domain::ErrorCode::NotFound,
                    "Tài khoản chưa được gắn với đơn vị nào.",
                    "Your account is not bound to a unit.",
                )
            })?)
        }
    }
}

async fn page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    q: &ReportQuery,
    error: Option<ApiError>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let unit_id = unit_id(st, auth, q).await?;
    let unit = {
        let mut rd = st.app.read(auth).await?;
        rd.unit(unit_id).await?
    };
    let issuers = app::reports::issuers(&st.app, auth, unit_id).await?;
    let today = st.app.clock.clock().today;
    let chosen_issuer = crate::tasks::pages::num("co_quan", &q.co_quan).ok().flatten();
    let system_word = |s: ReportSystem| match s {
        ReportSystem::State => i18n::t(lang, "rp_state_layout"),
        ReportSystem::Party => i18n::t(lang, "rp_party_layout"),
    };
    let default_issuer = issuers
        .iter()
        .find(|(_, _, s)| *s == ReportSystem::State)
        .or(issuers.first())
        .map(|i| i.0);
    let issuers = issuers
        .iter()
        .map(|(id, name, sys)| Opt {
            value: id.to_string(),
            label: format!("{name} — {}", system_word(*sys)),
            selected: Some(*id) == chosen_issuer.or(default_issuer),
        })
        .collect();
    let chosen_period = if q.ky.trim().is_empty() && q.tu.trim().is_empty() {
        last_month(today).to_string()
    } else {
        q.ky.trim().to_string()
    };
    let (error_text, error_field) = match &error {
        Some(e) => (e.message().to_string(), e.field.clone().unwrap_or_default()),
        None => (String::new(), String::new()),
    };
    let p = FormPage {
        l: Layout::new(
            Some(user),
            uri,
            format!("{} — {}", i18n::t(lang, "rp_title"), unit.name),
            "overview",
        ),
        unit_id,
        quick: quick_links(unit_id, today, lang),
        unit_name: unit.name,
        issuers,
        periods: period_options(today, &chosen_period, lang),
        from: q.tu.clone(),
        to: q.den.clone(),
        mid_month: q.cach_tinh == "mid_month",
        number: q.so.clone(),
        error: error_text,
        error_field,
    };
    let mut resp = render(&p);
    *resp.status_mut() = status;
    Ok(resp)
}

fn last_month(today: NaiveDate) -> Period {
    let (y, m) = if today.month() == 1 {
        (today.year() - 1, 12)
    } else {
        (today.year(), today.month() - 1)
    };
    Period {
        year: y,
        span: Span::Month(m as u8),
    }
}

/// The last complete month, quarter, half and year before `today`.
fn last_complete(today: NaiveDate) -> Vec<Period> {
    let y = today.year();
    let m = today.month() as u8;
    let q = (m - 1) / 3 + 1;
    let quarter = if q == 1 {
        Period {
            year: y - 1,
            span: Span::Quarter(4),
        }
    } else {
        Period {
            year: y,
            span: Span::Quarter(q - 1),
        }
    };
    let half = if m <= 6 {
        Period {
            year: y - 1,
            span: Span::Half(2),
        }
    } else {
        Period {
            year: y,
            span: Span::Half(1),
        }
    };
    vec![last_month(today), quarter, half, Period::year(y - 1)]
}

/// The quarter, half and year `today` falls in (reports drafted before the period ends, as
/// the 15th-to-14th convention has them).
fn current(today: NaiveDate) -> Vec<Period> {
    let like = |span| {
        domain::period::containing(
            today,
            &Period {
                year: today.year(),
                span,
            },
        )
    };
    vec![like(Span::Quarter(1)), like(Span::Half(1)), like(Span::Year)]
}

fn quick_links(unit_id: i64, today: NaiveDate, lang: Lang) -> Vec<Quick> {
    let mut periods = last_complete(today);
    periods.splice(1..1, current(today));
    periods
        .into_iter()
        .map(|p| Quick {
            href: format!("{}?don_vi={unit_id}&ky={p}", crate::paths::REPORT_DOWNLOAD),
            label: format!("{} {}", i18n::t(lang, "rp_report_of"), period_name(&p, lang)),
        })
        .collect()
}

fn period_name(p: &Period, lang: Lang) -> String {
    match lang {
        Lang::Vi => p.label_vi(),
        Lang::En => match p.span {
            Span::Year => format!("year {}", p.year),
            Span::Half(h) => format!("H{h} {}", p.year),
            Span::Quarter(q) => format!("Q{q} {}", p.year),
            Span::Month(m) => format!("{:02}/{}", m, p.year),
        },
    }
}

/// Months, quarters, halves and years of this year and the last, those already begun.
fn period_options(today: NaiveDate, chosen: &str, lang: Lang) -> Vec<Opt> {
    let mut out = Vec::new();
    for y in [today.year(), today.year() - 1] {
        let mut spans = vec![Span::Year, Span::Half(1), Span::Half(2)];
        spans.extend((1..=4).map(Span::Quarter));
        spans.extend((1..=12).rev().map(Span::Month));
        for span in spans {
            let p = Period { year: y, span };
            if p.bounds().0 > today {
                continue;
            }
            let code = p.to_string();
            out.push(Opt {
                selected: code == chosen,
                label: period_name(&p, lang),
                value: code,
            });
        }
    }
    if !chosen.is_empty()
        && !out.iter().any(|o| o.selected)
        && let Ok(p) = Period::parse(chosen)
    {
        out.insert(
            0,
            Opt {
                value: p.to_string(),
                label: period_name(&p, lang),
                selected: true,
            },
        );
    }
    out
}

/// The report pages' words.
pub fn strings(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "rp_title" => ("Báo cáo định kỳ", "Periodic report"),
        "rp_link" => ("Báo cáo", "Reports"),
        "rp_quick" => ("Tải nhanh", "Quick downloads"),
        "rp_report_of" => ("Báo cáo", "Report for"),
        "rp_make" => ("Lập báo cáo", "Make a report"),
        "rp_issuer" => ("Cơ quan ban hành", "Issuing body"),
        "rp_state_layout" => ("thể thức Nghị định 30/2020/NĐ-CP", "State layout (Decree 30/2020)"),
        "rp_party_layout" => ("thể thức Hướng dẫn 36-HD/VPTW", "Party layout (Guidance 36-HD/VPTW)"),
        "rp_period" => ("Kỳ báo cáo", "Reporting period"),
        "rp_or_range" => (
            "Hoặc chọn khoảng thời gian (để trống kỳ báo cáo)",
            "Or a date range (leave the period empty)",
        ),
        "rp_no_period" => ("— Theo khoảng thời gian —", "— By date range —"),
        "rp_from" => ("Từ ngày", "From"),
        "rp_to" => ("Đến ngày", "To"),
        "rp_convention" => ("Cách tính số liệu", "Data dates"),
        "rp_calendar" => ("Theo kỳ dương lịch (từ ngày 01 đến cuối tháng)", "Calendar period"),
        "rp_mid_month" => (
            "Từ ngày 15 tháng trước đến ngày 14 tháng cuối kỳ",
            "15th of the month before to the 14th",
        ),
        "rp_number" => ("Số báo cáo (nếu đã có)", "Report number (if given)"),
        "rp_download" => ("Tải báo cáo (.docx)", "Download the report (.docx)"),
        "rp_help" => (
            "Số liệu lấy theo đúng cách tính của trang tổng quan cho cùng đơn vị và thời gian. Tệp Word mở được để chỉnh sửa trước khi trình ký.",
            "The figures are the overview's for the same unit and dates. The Word file can be edited before signing.",
        ),
        _ => return None,
    })
}
