//! A filled-in report for demonstrations, examples and tests: a ward-level quarterly
//! report on a district plan (State layout) or the same figures from a Party committee
//! (Party layout). Names are real places; figures are invented.

use chrono::NaiveDate;

use super::model::*;
use crate::docx::{Authority, DocumentNumber, LayoutKind, LayoutSettings, Signature};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// A quarterly report with every section filled.
pub fn sample_report(kind: LayoutKind) -> ImplementationReport {
    let (superior, issuer, number, signature, place) = match kind {
        LayoutKind::State => (
            "Ủy ban nhân dân\nquận Long Biên",
            "Ủy ban nhân dân\nphường Bồ Đề",
            DocumentNumber {
                number: Some(5),
                symbol: "BC-UBND".to_string(),
            },
            Signature {
                authority: vec![
                    (Authority::OnBehalfOf, "Ủy ban nhân dân".to_string()),
                    (Authority::Deputy, "Chủ tịch".to_string()),
                ],
                post: "Phó Chủ tịch".to_string(),
                name: "Nguyễn Văn Đức".to_string(),
            },
            "Long Biên",
        ),
        LayoutKind::Party => (
            "Đảng bộ quận Long Biên",
            "Đảng ủy phường Bồ Đề",
            DocumentNumber {
                number: Some(127),
                symbol: "BC/ĐU".to_string(),
            },
            Signature {
                authority: vec![(Authority::OnBehalfOf, "Đảng ủy".to_string())],
                post: "Phó Bí thư".to_string(),
                name: "Trần Thị Hồng".to_string(),
            },
            "Bồ Đề",
        ),
    };
    let statuses = [
        ("Hoàn thành đúng hạn", true, false),
        ("Hoàn thành quá hạn", true, true),
        ("Đang thực hiện", false, false),
        ("Quá hạn", false, true),
    ];
    let counts = [[12, 3, 5, 2], [8, 0, 9, 4], [20, 1, 2, 0], [6, 2, 4, 1]];
    let units = [
        "Tổ dân phố số 1",
        "Tổ dân phố số 2",
        "Bộ phận Một cửa",
        "Công an phường",
    ];
    let totals = statuses
        .iter()
        .enumerate()
        .map(|(j, (label, completed, late))| StatusCount {
            label: label.to_string(),
            count: counts.iter().map(|c| c[j]).sum(),
            completed: *completed,
            late: *late,
        })
        .collect();
    ImplementationReport {
        layout: LayoutSettings::for_kind(kind),
        superior_body: Some(superior.to_string()),
        issuing_body: issuer.to_string(),
        number,
        place: place.to_string(),
        date: Some(date(2024, 10, 5)),
        period: ReportPeriod {
            label: "quý III năm 2024".to_string(),
            data_from: date(2024, 6, 15),
            data_to: date(2024, 9, 14),
        },
        subject: "Kế hoạch số 152-KH/QU của Ban Thường vụ Quận ủy về chuyển đổi số".to_string(),
        basis: vec![],
        documents: vec![ImplementedDocument {
            reference: "Kế hoạch số 152-KH/QU ngày 10/01/2024 của Ban Thường vụ Quận ủy".to_string(),
            title: "về đẩy mạnh chuyển đổi số năm 2024".to_string(),
            task_count: Some(79),
        }],
        implementation_notes: vec![
            "Ngay sau khi Kế hoạch được ban hành, phường đã tổ chức quán triệt đến cán bộ, công chức và \
             phân công nhiệm vụ cụ thể cho từng bộ phận, tổ dân phố."
                .to_string(),
        ],
        totals,
        comparisons: vec![PeriodComparison {
            label: "quý II năm 2024".to_string(),
            completed: 40,
            total: 70,
        }],
        units: units
            .iter()
            .zip(counts)
            .map(|(u, c)| UnitRow {
                unit: u.to_string(),
                counts: c.to_vec(),
            })
            .collect(),
        overdue: vec![
            OverdueTask {
                code: "NV-014".to_string(),
                content: "Số hóa hồ sơ hộ tịch giai đoạn 1995–2005".to_string(),
                unit: "Bộ phận Một cửa".to_string(),
                due: Some(date(2024, 8, 31)),
                due_text: String::new(),
                reason: "Thiếu máy quét; đã đề nghị quận hỗ trợ thiết bị".to_string(),
            },
            OverdueTask {
                code: "NV-022".to_string(),
                content: "Cập nhật dữ liệu dân cư vào hệ thống".to_string(),
                unit: "Tổ dân phố số 2".to_string(),
                due: None,
                due_text: "Quý III/2024".to_string(),
                reason: String::new(),
            },
        ],
        targets: vec![
            TargetLine {
                name: "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến".to_string(),
                measure: "%".to_string(),
                planned: Some(80.0),
                actual: Some(86.5),
                percent: Some(108.125),
                outcome: TargetOutcome::Exceeded,
            },
            TargetLine {
                name: "Số hộ gia đình cài đặt ứng dụng VNeID".to_string(),
                measure: "hộ".to_string(),
                planned: Some(3200.0),
                actual: Some(3200.0),
                percent: Some(100.0),
                outcome: TargetOutcome::Met,
            },
            TargetLine {
                name: "Tỷ lệ hồ sơ được số hóa".to_string(),
                measure: "%".to_string(),
                planned: Some(60.0),
                actual: Some(48.2),
                percent: Some(80.33),
                outcome: TargetOutcome::Missed,
            },
        ],
        compliance: Some(ReportingCompliance {
            expected: 14,
            on_time: 12,
            late: 1,
            missing_units: vec!["Tổ dân phố số 7".to_string()],
        }),
        conferences: vec![Conference {
            name: "Hội nghị quán triệt Kế hoạch số 152-KH/QU".to_string(),
            date: Some(date(2024, 7, 12)),
            points: 3,
            attended: 3192,
            invited: 3327,
            members: Some((2909, 3044)),
        }],
        strengths: vec!["Các bộ phận chủ động triển khai; tỷ lệ hồ sơ trực tuyến vượt kế hoạch.".to_string()],
        shortcomings: vec!["Việc số hóa hồ sơ hộ tịch còn chậm so với kế hoạch.".to_string()],
        causes: vec!["Thiết bị quét còn thiếu; một số cán bộ chưa thành thạo phần mềm.".to_string()],
        next_period_label: "quý IV năm 2024".to_string(),
        next_tasks: vec![
            "Hoàn thành số hóa hồ sơ hộ tịch giai đoạn 1995–2005 trước ngày 31/12/2024.".to_string(),
            "Tiếp tục vận động người dân sử dụng dịch vụ công trực tuyến.".to_string(),
        ],
        requests: vec!["Đề nghị Ủy ban nhân dân quận hỗ trợ 02 máy quét tài liệu khổ A3.".to_string()],
        recipients: vec![
            "UBND quận Long Biên (để b/c)".to_string(),
            "Thường trực Đảng ủy phường".to_string(),
        ],
        archive_unit: "VP".to_string(),
        signature,
        include_chart: true,
    }
}
