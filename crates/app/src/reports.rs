//! Periodic reports on implementation ("Báo cáo kết quả thực hiện …") for a unit subtree
//! and a period, as .docx in the layout of the issuing body's system.
//!
//! The figures are the roll-up's (`Reader::rollup`, the function the overview calls) for
//! the report's data dates, so a report never disagrees with the dashboard; targets are
//! counted over the calendar period, as the targets page counts them. Reading only: the
//! caller must see the subtree and the issuing body.

use std::collections::HashMap;

use domain::report::{ReportSystem, ReportWindow, is_area, place_name, report_symbol, system_of};
use domain::status::TaskStatus;
use domain::target::TargetOutcome as DomainOutcome;
use domain::unit::UnitKind;
use office::docx::{Authority, DocumentNumber, LayoutKind, LayoutSettings, Signature};
use office::report::{
    ImplementationReport, ImplementedDocument, OverdueTask, ReportPeriod, StatusCount, TargetLine, TargetOutcome,
    UnitRow,
};
use store::model::Unit;
use store::rollup::{Rollup, RollupQuery};
use store::targets::TargetFilter;
use store::tasks::{TaskFilter, TaskSort};

use crate::read::Reader;
use crate::{App, Caller, Error, Result};

/// The statuses a report counts, in the order its table shows them. Cancelled tasks are not
/// work to report on: they are named in one sentence and left out of the rates, as the
/// dashboard leaves them out of its completion rate.
pub const REPORT_STATUSES: [TaskStatus; 7] = [
    TaskStatus::CompletedOnTime,
    TaskStatus::CompletedLate,
    TaskStatus::InProgress,
    TaskStatus::DueSoon,
    TaskStatus::NotStarted,
    TaskStatus::ExtensionPending,
    TaskStatus::Overdue,
];

/// Most overdue tasks listed in a report's table.
pub const OVERDUE_LISTED: i64 = 200;

/// What to report on.
#[derive(Debug, Clone)]
pub struct ReportRequest {
    /// The subtree reported on.
    pub unit_id: i64,
    /// The issuing body; by default the unit itself, or an area's People's Committee.
    pub issuer_unit_id: Option<i64>,
    pub window: ReportWindow,
    /// The report's number, when the office has it; a draft leaves the blank.
    pub number: Option<u32>,
}

/// A report ready to write, with the roll-up it was made from.
#[derive(Debug, Clone)]
pub struct BuiltReport {
    pub report: ImplementationReport,
    pub rollup: Rollup,
    pub system: ReportSystem,
    /// An ASCII file name: `bao-cao-<unit id>-<period>.docx`.
    pub file_name: String,
}

/// The bodies that may issue a report on `unit_id`: the unit itself and its children that
/// issue documents, as (id, name, system).
pub async fn issuers(app: &App, caller: &Caller, unit_id: i64) -> Result<Vec<(i64, String, ReportSystem)>> {
    let mut rd = app.read(caller).await?;
    let unit = rd.unit(unit_id).await?;
    let mut out = Vec::new();
    for c in rd.children(unit_id).await? {
        if !is_area(c.kind) && c.kind != UnitKind::ResidentialGroup && is_issuing_body(c.kind) {
            out.push((c.id, c.name.clone(), system_of(c.kind)));
        }
    }
    if !is_area(unit.kind) || out.is_empty() {
        out.insert(0, (unit.id, unit.name.clone(), system_of(unit.kind)));
    }
    Ok(out)
}

fn is_issuing_body(kind: UnitKind) -> bool {
    matches!(
        kind,
        UnitKind::PeoplesCommittee
            | UnitKind::PartyCommittee
            | UnitKind::PeoplesCouncil
            | UnitKind::FatherlandFront
            | UnitKind::PartyCell
    )
}

/// Builds the report: the roll-up for the data dates, targets of the calendar period, plans,
/// reasons for lateness, the next period's tasks, the header and signature of the issuer.
pub async fn build(app: &App, caller: &Caller, req: &ReportRequest) -> Result<BuiltReport> {
    let mut rd = app.read(caller).await?;
    let scope = rd.unit(req.unit_id).await?;
    let issuer = match req.issuer_unit_id {
        Some(id) => {
            let u = rd.unit(id).await.map_err(|e| e.at("issuer_unit_id"))?;
            let scope_path = domain::unit::UnitPath::parse(&scope.path);
            let own_or_child = u.id == scope.id || u.parent_id == Some(scope.id);
            if !own_or_child || scope_path.is_none() {
                return Err(Error::new(
                    domain::ErrorCode::Invalid,
                    format!("“Cơ quan ban hành” phải là {} hoặc một cơ quan trực thuộc.", scope.name),
                    format!("The issuing body must be {} or one of its bodies.", scope.name),
                )
                .at("issuer_unit_id"));
            }
            u
        }
        None => default_issuer(&mut rd, &scope).await?,
    };
    let system = system_of(issuer.kind);
    let w = &req.window;
    let rollup = rd
        .rollup(RollupQuery {
            unit_id: scope.id,
            from: Some(w.data_from),
            to: Some(w.data_to),
            clock: rd.clock(),
            overdue_limit: OVERDUE_LISTED,
        })
        .await?;
    let (cal_from, cal_to) = match w.span {
        domain::report::ReportSpan::Period(p) => p.bounds(),
        domain::report::ReportSpan::Range(a, b) => (a, b),
    };
    let targets = rd
        .targets(
            TargetFilter {
                within: Some(scope.id),
                from: Some(cal_from),
                to: Some(cal_to),
                ..Default::default()
            },
            500,
            0,
        )
        .await?
        .items;
    let plans = store::reports::plans_in_scope(&mut rd.tx, scope.id, w.data_from, w.data_to, 10).await?;
    let overdue_ids: Vec<i64> = rollup.overdue.iter().map(|t| t.id).collect();
    let reasons = store::reports::late_reasons(&mut rd.tx, &overdue_ids).await?;
    let (next_from, next_to) = w.next_window();
    let next = rd
        .tasks(
            TaskFilter {
                within: Some(scope.id),
                due_from: Some(next_from),
                due_to: Some(next_to),
                sort: TaskSort::Due,
                ..Default::default()
            },
            40,
            0,
        )
        .await?
        .items;
    let head = store::reports::head_of(&mut rd.tx, issuer.id).await?;
    let header = header_of(&mut rd, &issuer).await?;
    let today = rd.clock().today;
    drop(rd);

    let totals: Vec<StatusCount> = REPORT_STATUSES
        .iter()
        .map(|s| StatusCount {
            label: s.label_vi().to_string(),
            count: u64::try_from(rollup.totals.get(*s)).unwrap_or(0),
            completed: s.is_completed(),
            late: matches!(s, TaskStatus::Overdue | TaskStatus::CompletedLate),
        })
        .collect();
    let units: Vec<UnitRow> = rollup
        .children
        .iter()
        .map(|c| UnitRow {
            unit: if c.own {
                format!("{} (trực tiếp chủ trì)", c.name)
            } else {
                c.name.clone()
            },
            counts: REPORT_STATUSES
                .iter()
                .map(|s| u64::try_from(c.counts.get(*s)).unwrap_or(0))
                .collect(),
        })
        .filter(|r| r.counts.iter().any(|n| *n > 0))
        .collect();
    let overdue: Vec<OverdueTask> = rollup
        .overdue
        .iter()
        .map(|t| OverdueTask {
            code: t.code.clone().unwrap_or_default(),
            content: t.title.clone(),
            unit: t.lead_unit_name.clone(),
            due: t.due_on,
            due_text: String::new(),
            reason: reasons.get(&t.id).cloned().unwrap_or_default(),
        })
        .collect();
    let target_lines: Vec<TargetLine> = targets
        .iter()
        .map(|t| TargetLine {
            name: t.indicator.clone(),
            measure: t.uom.clone(),
            planned: Some(t.planned),
            actual: t.actual,
            percent: t.percent,
            outcome: match t.outcome {
                Some(DomainOutcome::Exceeded) => TargetOutcome::Exceeded,
                Some(DomainOutcome::Met) => TargetOutcome::Met,
                Some(DomainOutcome::Missed) => TargetOutcome::Missed,
                _ => TargetOutcome::Pending,
            },
        })
        .collect();
    let mut notes = Vec::new();
    let cancelled = rollup.totals.get(TaskStatus::Cancelled);
    if cancelled > 0 {
        notes.push(format!(
            "Ngoài ra, có {cancelled} nhiệm vụ đã hủy theo quyết định của cơ quan giao nhiệm vụ, không tính vào kết quả dưới đây."
        ));
    }
    let (strengths, shortcomings) = assessment(&rollup);
    let mut next_tasks: Vec<String> = next
        .iter()
        .filter(|t| !t.status.is_some_and(|s| s.is_completed() || s == TaskStatus::Cancelled))
        .take(15)
        .map(|t| match t.due_on {
            Some(d) => format!(
                "{} (hạn {});",
                t.title.trim_end_matches(['.', ';']),
                d.format("%d/%m/%Y")
            ),
            None => format!("{};", t.title.trim_end_matches(['.', ';'])),
        })
        .collect();
    if rollup.overdue_total > 0 {
        next_tasks.insert(
            0,
            format!(
                "Tập trung hoàn thành {} nhiệm vụ đã quá hạn nêu tại Bảng 2;",
                rollup.overdue_total
            ),
        );
    }
    let kind = match system {
        ReportSystem::State => LayoutKind::State,
        ReportSystem::Party => LayoutKind::Party,
    };
    let subject = if plans.len() == 1 {
        format!("{} số {}", doc_kind(&plans[0].symbol), plans[0].symbol)
    } else {
        format!("các nhiệm vụ được giao trên địa bàn {}", one_line(&scope.name))
    };
    let report = ImplementationReport {
        layout: LayoutSettings::for_kind(kind),
        superior_body: header.superior,
        issuing_body: full_name(&issuer.name),
        number: DocumentNumber {
            number: req.number,
            symbol: report_symbol(issuer.kind, header.area_kind),
        },
        place: header.place,
        date: Some(today),
        period: ReportPeriod {
            label: w.label_vi(),
            data_from: w.data_from,
            data_to: w.data_to,
        },
        subject,
        basis: vec![],
        documents: plans
            .iter()
            .map(|p| ImplementedDocument {
                reference: format!(
                    "{} số {} ngày {} của {}",
                    doc_kind(&p.symbol),
                    p.symbol,
                    p.issued_on.format("%d/%m/%Y"),
                    p.issuer
                ),
                title: p.title.clone(),
                task_count: u64::try_from(p.tasks).ok(),
            })
            .collect(),
        implementation_notes: notes,
        totals,
        comparisons: vec![],
        units,
        overdue,
        targets: target_lines,
        compliance: None,
        conferences: vec![],
        strengths,
        shortcomings,
        causes: vec![],
        next_period_label: w.next_label_vi(),
        next_tasks,
        requests: vec![],
        recipients: header.recipients,
        archive_unit: "VP".to_string(),
        signature: signature(system, issuer.kind, head),
        include_chart: true,
    };
    Ok(BuiltReport {
        report,
        file_name: format!("bao-cao-{}-{}.docx", scope.id, w.file_tag()),
        rollup,
        system,
    })
}

/// Builds the report and writes it as .docx bytes.
pub async fn docx(app: &App, caller: &Caller, req: &ReportRequest) -> Result<(BuiltReport, Vec<u8>)> {
    let built = build(app, caller, req).await?;
    let report = built.report.clone();
    // Composing draws the chart (a raster): off the async workers.
    let bytes = tokio::task::spawn_blocking(move || office::report::report_docx(&report))
        .await
        .map_err(|_| Error::internal())?
        .map_err(|e| {
            tracing::error!(error = %e, "report not written");
            Error::internal()
        })?;
    Ok((built, bytes))
}

/// The plans with tasks led in `unit_id`'s subtree (any period), most tasks first: what a
/// report or a public page may name. The caller must see the unit.
pub async fn plans_of(app: &App, caller: &Caller, unit_id: i64) -> Result<Vec<(i64, String)>> {
    let mut rd = app.read(caller).await?;
    rd.unit(unit_id).await?;
    let (from, to) = (
        chrono::NaiveDate::from_ymd_opt(domain::dates::EARLIEST_YEAR, 1, 1).unwrap_or(chrono::NaiveDate::MIN),
        chrono::NaiveDate::from_ymd_opt(domain::dates::LATEST_YEAR, 12, 31).unwrap_or(chrono::NaiveDate::MAX),
    );
    let plans = store::reports::plans_in_scope(&mut rd.tx, unit_id, from, to, 100).await?;
    Ok(plans
        .into_iter()
        .map(|p| (p.id, format!("{} — {}", p.symbol, p.title)))
        .collect())
}

/// An area reports through its People's Committee; any other unit reports itself.
async fn default_issuer(rd: &mut Reader<'_>, scope: &Unit) -> Result<Unit> {
    if is_area(scope.kind) {
        let children = rd.children(scope.id).await?;
        if let Some(pc) = children.into_iter().find(|c| c.kind == UnitKind::PeoplesCommittee) {
            return Ok(pc);
        }
    }
    Ok(scope.clone())
}

struct Header {
    superior: Option<String>,
    place: String,
    area_kind: Option<UnitKind>,
    recipients: Vec<String>,
}

/// The header's superior body, the place name and the recipients, from the areas above the
/// issuer: a State body's superior is the People's Committee of the area above; a Party
/// committee's is the Party organisation of the area above ("Đảng bộ thành phố Hà Nội").
async fn header_of(rd: &mut Reader<'_>, issuer: &Unit) -> Result<Header> {
    let chain = store::units::ancestors(&mut rd.tx, issuer.id).await?;
    // Nearest area at or above the issuer, then the area above that.
    let mut areas = chain.iter().rev().filter(|u| is_area(u.kind));
    let area = areas.next().cloned();
    let above = areas.next().cloned();
    let place = area
        .as_ref()
        .map(|a| place_name(&a.name))
        .unwrap_or_else(|| place_name(&issuer.name));
    let system = system_of(issuer.kind);
    let superior = match (&above, system) {
        (Some(a), ReportSystem::Party) => Some(format!("Đảng bộ {}", lower_first(&a.name))),
        (Some(a), ReportSystem::State) => {
            let kids = store::units::children(&mut rd.tx, a.id).await?;
            kids.into_iter()
                .find(|k| k.kind == issuer.kind)
                .map(|k| full_name(&k.name))
        }
        (None, _) => None,
    };
    let mut recipients = Vec::new();
    if let Some(s) = &superior {
        recipients.push(format!("{} (để báo cáo)", one_line(s)));
    }
    if let Some(a) = &area {
        recipients.push(format!("Các cơ quan, đơn vị trên địa bàn {}", lower_first(&a.name)));
    }
    Ok(Header {
        superior,
        place,
        area_kind: area.map(|a| a.kind),
        recipients,
    })
}

fn signature(system: ReportSystem, kind: UnitKind, head: Option<(String, Option<String>)>) -> Signature {
    let (collective, default_post) = match (system, kind) {
        (ReportSystem::Party, _) => ("Ban Thường vụ", "Bí thư"),
        (_, UnitKind::PeoplesCouncil) => ("Thường trực Hội đồng nhân dân", "Chủ tịch"),
        (_, UnitKind::FatherlandFront) => ("Ban Thường trực", "Chủ tịch"),
        _ => ("Ủy ban nhân dân", "Chủ tịch"),
    };
    let (name, post) = match head {
        Some((name, position)) => (name, position.filter(|p| !p.trim().is_empty())),
        None => (String::new(), None),
    };
    Signature {
        authority: vec![(Authority::OnBehalfOf, collective.to_string())],
        post: post.unwrap_or_else(|| default_post.to_string()),
        name,
    }
}

/// Factual lines for the assessment: units that finished everything; where overdue work
/// gathers. The office adds its own judgement in Word.
fn assessment(r: &Rollup) -> (Vec<String>, Vec<String>) {
    let mut strengths = Vec::new();
    let mut shortcomings = Vec::new();
    if let Some(rate) = r.totals.completion_rate {
        strengths.push(format!(
            "Tỷ lệ nhiệm vụ hoàn thành đạt {};",
            office::numfmt::percent(rate)
        ));
    }
    let all_done: Vec<&str> = r
        .children
        .iter()
        .filter(|c| c.counts.completion_rate.is_some_and(|x| x >= 100.0))
        .map(|c| c.name.as_str())
        .collect();
    if !all_done.is_empty() {
        strengths.push(format!(
            "Các đơn vị hoàn thành toàn bộ nhiệm vụ trong kỳ: {};",
            all_done.join(", ")
        ));
    }
    if r.overdue_total > 0 {
        let mut by_unit: Vec<(&str, i64)> = r
            .children
            .iter()
            .map(|c| (c.name.as_str(), c.counts.get(TaskStatus::Overdue)))
            .filter(|(_, n)| *n > 0)
            .collect();
        by_unit.sort_by_key(|u| std::cmp::Reverse(u.1));
        let named: Vec<String> = by_unit.iter().take(5).map(|(u, n)| format!("{u} ({n})")).collect();
        shortcomings.push(format!(
            "Còn {} nhiệm vụ quá hạn chưa hoàn thành, tập trung ở: {};",
            r.overdue_total,
            named.join(", ")
        ));
    }
    let late = r.totals.get(TaskStatus::CompletedLate);
    if late > 0 {
        shortcomings.push(format!("Có {late} nhiệm vụ hoàn thành nhưng chậm so với thời hạn;"));
    }
    (strengths, shortcomings)
}

/// "Kế hoạch" for "-KH", "Chỉ thị" for "CT-", … from the symbol's type part.
fn doc_kind(symbol: &str) -> &'static str {
    const KINDS: [(&str, &str); 8] = [
        ("KH", "Kế hoạch"),
        ("CT", "Chỉ thị"),
        ("NQ", "Nghị quyết"),
        ("KL", "Kết luận"),
        ("QĐ", "Quyết định"),
        ("TB", "Thông báo"),
        ("CTr", "Chương trình"),
        ("HD", "Hướng dẫn"),
    ];
    let parts: Vec<&str> = symbol.split(['/', '-']).map(str::trim).collect();
    for (code, name) in KINDS.iter().rev() {
        if parts.iter().any(|p| p == code) {
            return name;
        }
    }
    "Văn bản"
}

/// "UBND quận Long Biên" as the header writes it: "Ủy ban nhân dân\nquận Long Biên".
fn full_name(name: &str) -> String {
    let n = name.trim();
    for (abbr, full) in [("UBND ", "Ủy ban nhân dân\n"), ("HĐND ", "Hội đồng nhân dân\n")] {
        if let Some(rest) = n.strip_prefix(abbr) {
            return format!("{full}{rest}");
        }
    }
    n.to_string()
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The dashboard's figures a report restates, for tests and the API: status → count.
pub fn figures(r: &Rollup) -> HashMap<&'static str, i64> {
    REPORT_STATUSES.iter().map(|s| (s.as_str(), r.totals.get(*s))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_kinds_and_words() {
        assert_eq!(full_name("UBND quận Long Biên"), "Ủy ban nhân dân\nquận Long Biên");
        assert_eq!(full_name("Quận ủy Long Biên"), "Quận ủy Long Biên");
        assert_eq!(doc_kind("152-KH/QU"), "Kế hoạch");
        assert_eq!(doc_kind("05/CT-UBND"), "Chỉ thị");
        assert_eq!(doc_kind("abc"), "Văn bản");
        assert_eq!(lower_first("Thành phố Hà Nội"), "thành phố Hà Nội");
    }
}
