//! Section II of the report, "Kết quả thực hiện": tasks by status and by unit (with the
//! chart), targets plan vs actual and the "N/M đạt, K/M vượt" headline, reporting
//! compliance, conferences, and the overdue tasks with the reasons units gave.

use super::model::{Conference, ImplementationReport, ReportingCompliance, TargetLine, TargetOutcome};
use crate::OfficeError;
use crate::chart::{StatusBarChart, UnitBar};
use crate::docx::{Align, Block, DocImage, DocTable, Run, TableColumn};
use crate::numfmt::{self, date_short, fraction, int, padded, percent, percent_of};

/// The subsections of section II, each as (title, blocks); empty ones are left out.
pub(crate) fn results_sections(r: &ImplementationReport) -> Result<Vec<(String, Vec<Block>)>, OfficeError> {
    let mut sections = vec![("Kết quả thực hiện nhiệm vụ".to_string(), tasks_section(r)?)];
    if !r.targets.is_empty() {
        sections.push((
            "Kết quả thực hiện các chỉ tiêu".to_string(),
            targets_section(&r.targets),
        ));
    }
    if let Some(c) = &r.compliance {
        sections.push(("Việc chấp hành chế độ báo cáo".to_string(), compliance_section(c)));
    }
    if !r.conferences.is_empty() {
        sections.push((
            "Kết quả tổ chức hội nghị".to_string(),
            conferences_section(&r.conferences),
        ));
    }
    sections.push((
        "Nhiệm vụ chậm tiến độ, quá hạn và nguyên nhân".to_string(),
        overdue_section(r),
    ));
    Ok(sections)
}

fn tasks_section(r: &ImplementationReport) -> Result<Vec<Block>, OfficeError> {
    let total: u64 = r.totals.iter().map(|s| s.count).sum();
    let completed: u64 = r.totals.iter().filter(|s| s.completed).map(|s| s.count).sum();
    let mut blocks = vec![Block::Paragraph(vec![
        Run::plain("Tổng số nhiệm vụ trong kỳ báo cáo: "),
        Run::bold(format!("{} nhiệm vụ", int(total as i64))),
        Run::plain(if r.totals.is_empty() { "." } else { "; trong đó:" }),
    ])];
    for s in &r.totals {
        let share = percent_of(s.count, total)
            .map(|p| format!(" ({p})"))
            .unwrap_or_default();
        blocks.push(Block::bullet(format!(
            "{}: {} nhiệm vụ{share};",
            s.label,
            int(s.count as i64)
        )));
    }
    if let Some(rate) = percent_of(completed, total) {
        blocks.push(Block::Paragraph(vec![
            Run::plain("Tỷ lệ hoàn thành: "),
            Run::bold(format!("{} nhiệm vụ, đạt {rate}", fraction(completed, total))),
            Run::plain("."),
        ]));
    }
    for c in &r.comparisons {
        if let (Some(now), Some(then)) = (rate(completed, total), rate(c.completed, c.total)) {
            let diff = now - then;
            let trend = if diff.abs() < 0.005 {
                "không thay đổi".to_string()
            } else {
                let word = if diff > 0.0 { "tăng" } else { "giảm" };
                format!("{word} {} điểm phần trăm", numfmt::decimal(diff.abs(), 2))
            };
            blocks.push(Block::paragraph(format!(
                "So với {} ({} nhiệm vụ, đạt {}), tỷ lệ hoàn thành {trend}.",
                c.label,
                fraction(c.completed, c.total),
                percent(then)
            )));
        }
    }
    if !r.units.is_empty() {
        blocks.push(Block::Paragraph(vec![Run::italic(
            "Tình hình thực hiện nhiệm vụ theo đơn vị (Bảng 1):",
        )]));
        blocks.push(Block::Table(units_table(r)));
        if r.include_chart {
            let chart = StatusBarChart {
                title: "Tình hình thực hiện nhiệm vụ theo đơn vị".to_string(),
                statuses: r.totals.iter().map(|s| s.label.clone()).collect(),
                colors: vec![],
                units: r
                    .units
                    .iter()
                    .map(|u| UnitBar {
                        unit: u.unit.clone(),
                        counts: u.counts.clone(),
                    })
                    .collect(),
            };
            blocks.push(Block::Image(DocImage {
                png: chart.to_png(2.0)?,
                width_cm: 16.0,
                description: "Biểu đồ số nhiệm vụ theo trạng thái của từng đơn vị".to_string(),
                caption: Some("Biểu đồ 1. Tình hình thực hiện nhiệm vụ theo đơn vị".to_string()),
            }));
        }
    }
    Ok(blocks)
}

fn rate(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64 * 100.0)
}

fn units_table(r: &ImplementationReport) -> DocTable {
    let mut columns = vec![
        TableColumn::new("STT", 1.3, Align::Center),
        TableColumn::new("Đơn vị", 4.0, Align::Left),
    ];
    for s in &r.totals {
        columns.push(TableColumn::new(s.label.clone(), 1.6, Align::Right));
    }
    columns.push(TableColumn::new("Tổng số", 1.4, Align::Right));
    columns.push(TableColumn::new("Tỷ lệ hoàn thành", 1.8, Align::Right));
    let completed_at: Vec<bool> = r.totals.iter().map(|s| s.completed).collect();
    let mut sums = vec![0u64; r.totals.len()];
    let mut rows = Vec::new();
    for (i, u) in r.units.iter().enumerate() {
        let mut row = vec![(i + 1).to_string(), u.unit.clone()];
        let mut total = 0;
        let mut done = 0;
        for (j, sum) in sums.iter_mut().enumerate() {
            let n = u.counts.get(j).copied().unwrap_or(0);
            *sum += n;
            total += n;
            if completed_at[j] {
                done += n;
            }
            row.push(int(n as i64));
        }
        row.push(int(total as i64));
        row.push(percent_of(done, total).unwrap_or_else(|| "–".to_string()));
        rows.push(row);
    }
    let grand: u64 = sums.iter().sum();
    let grand_done: u64 = sums
        .iter()
        .zip(&completed_at)
        .filter(|(_, c)| **c)
        .map(|(n, _)| n)
        .sum();
    let mut total_row = vec![String::new(), "Tổng cộng".to_string()];
    total_row.extend(sums.iter().map(|n| int(*n as i64)));
    total_row.push(int(grand as i64));
    total_row.push(percent_of(grand_done, grand).unwrap_or_else(|| "–".to_string()));
    DocTable {
        columns,
        rows,
        total: Some(total_row),
    }
}

/// "16/16 đạt, 09/16 vượt": "đạt" counts met and exceeded together; counts zero-padded
/// to the width of the total, as offices write them.
pub fn targets_headline(targets: &[TargetLine]) -> String {
    let total = targets.len() as u64;
    let exceeded = targets.iter().filter(|t| t.outcome == TargetOutcome::Exceeded).count() as u64;
    let met = targets.iter().filter(|t| t.outcome == TargetOutcome::Met).count() as u64 + exceeded;
    format!(
        "{}/{} đạt, {}/{} vượt",
        padded(met, total),
        padded(total, total),
        padded(exceeded, total),
        padded(total, total)
    )
}

fn targets_section(targets: &[TargetLine]) -> Vec<Block> {
    let missed: Vec<&str> = targets
        .iter()
        .filter(|t| t.outcome == TargetOutcome::Missed)
        .map(|t| t.name.as_str())
        .collect();
    let mut blocks = vec![Block::Paragraph(vec![
        Run::plain(format!("Có {} chỉ tiêu theo kế hoạch; kết quả: ", targets.len())),
        Run::bold(targets_headline(targets)),
        Run::plain("."),
    ])];
    if !missed.is_empty() {
        blocks.push(Block::paragraph(format!(
            "Các chỉ tiêu chưa đạt: {}.",
            missed.join("; ")
        )));
    }
    let number = |v: Option<f64>| v.map(|x| numfmt::decimal(x, 2)).unwrap_or_else(|| "–".to_string());
    let rows = targets
        .iter()
        .enumerate()
        .map(|(i, t)| {
            vec![
                (i + 1).to_string(),
                t.name.clone(),
                t.measure.clone(),
                number(t.planned),
                number(t.actual),
                t.percent.map(percent).unwrap_or_else(|| "–".to_string()),
                t.outcome.label_vi().to_string(),
            ]
        })
        .collect();
    blocks.push(Block::Table(DocTable {
        columns: vec![
            TableColumn::new("STT", 1.3, Align::Center),
            TableColumn::new("Chỉ tiêu", 5.0, Align::Left),
            TableColumn::new("Đơn vị tính", 1.6, Align::Center),
            TableColumn::new("Kế hoạch", 1.7, Align::Right),
            TableColumn::new("Thực hiện", 1.7, Align::Right),
            TableColumn::new("Tỷ lệ so với kế hoạch", 1.9, Align::Right),
            TableColumn::new("Đánh giá", 1.6, Align::Center),
        ],
        rows,
        total: None,
    }));
    blocks
}

fn compliance_section(c: &ReportingCompliance) -> Vec<Block> {
    let missing = c.missing_units.len() as u64;
    let mut text = format!("Có {} đơn vị gửi báo cáo đúng hạn", fraction(c.on_time, c.expected));
    if let Some(p) = percent_of(c.on_time, c.expected) {
        text.push_str(&format!(" (đạt {p})"));
    }
    text.push_str(&format!("; {} đơn vị gửi chậm", int(c.late as i64)));
    if missing > 0 {
        text.push_str(&format!(
            "; {} đơn vị chưa gửi báo cáo: {}.",
            int(missing as i64),
            c.missing_units.join(", ")
        ));
    } else {
        text.push_str("; không có đơn vị nào chưa gửi báo cáo.");
    }
    vec![Block::paragraph(text)]
}

fn conferences_section(conferences: &[Conference]) -> Vec<Block> {
    conferences
        .iter()
        .map(|c| {
            let mut text = c.name.trim().to_string();
            if let Some(d) = c.date {
                text.push_str(&format!(" (ngày {})", date_short(d)));
            }
            text.push_str(": ");
            if c.points > 1 {
                text.push_str(&format!("tổ chức tại {} điểm cầu; ", int(c.points as i64)));
            }
            text.push_str(&format!("{} người tham gia", fraction(c.attended, c.invited)));
            if let Some(p) = percent_of(c.attended, c.invited) {
                text.push_str(&format!(", đạt {p}"));
            }
            if let Some((a, b)) = c.members {
                text.push_str(&format!("; đảng viên {}", fraction(a, b)));
                if let Some(p) = percent_of(a, b) {
                    text.push_str(&format!(", đạt {p}"));
                }
            }
            text.push(';');
            Block::bullet(text)
        })
        .collect()
}

fn overdue_section(r: &ImplementationReport) -> Vec<Block> {
    if r.overdue.is_empty() {
        return vec![Block::paragraph("Trong kỳ báo cáo không có nhiệm vụ quá hạn.")];
    }
    let rows = r
        .overdue
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let due = t.due.map(date_short).unwrap_or_else(|| t.due_text.clone());
            let reason = if t.reason.trim().is_empty() {
                "Đơn vị chưa báo cáo lý do".to_string()
            } else {
                t.reason.clone()
            };
            vec![
                (i + 1).to_string(),
                t.code.clone(),
                t.content.clone(),
                t.unit.clone(),
                due,
                reason,
            ]
        })
        .collect();
    vec![
        Block::Paragraph(vec![
            Run::plain("Số nhiệm vụ quá hạn chưa hoàn thành: "),
            Run::bold(format!("{} nhiệm vụ", int(r.overdue.len() as i64))),
            Run::plain(" (Bảng 2), cụ thể:"),
        ]),
        Block::Table(DocTable {
            columns: vec![
                TableColumn::new("STT", 1.3, Align::Center),
                TableColumn::new("Mã", 2.0, Align::Left),
                TableColumn::new("Nội dung nhiệm vụ", 5.0, Align::Left),
                TableColumn::new("Đơn vị chủ trì", 2.6, Align::Left),
                TableColumn::new("Hạn", 2.4, Align::Center),
                TableColumn::new("Lý do, nguyên nhân", 3.6, Align::Left),
            ],
            rows,
            total: None,
        }),
    ]
}
