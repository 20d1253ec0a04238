//! Builds the administrative document of a periodic report in the order practice under
//! Nghị định 30/2020/NĐ-CP uses: the opening (what is reported, the data period), I. the
//! direction and dissemination (what was to be implemented), II. the results with figures,
//! III. the assessment (strengths, shortcomings, causes), IV. the next period's tasks,
//! V. requests to the level above, and the closing sentence ending "./.".

use super::model::ImplementationReport;
use super::results::results_sections;
use crate::OfficeError;
use crate::docx::{AdministrativeDocument, Block, Recipients, Run, write_docx};
use crate::numfmt::{date_short, int};

/// The report as an administrative document (the caller may still edit its blocks).
pub fn compose_report(r: &ImplementationReport) -> Result<AdministrativeDocument, OfficeError> {
    let mut body: Vec<Block> = r.basis.iter().map(|b| Block::Basis(b.clone())).collect();
    let refs: Vec<&str> = r.documents.iter().map(|d| d.reference.trim()).collect();
    let opening = if refs.is_empty() {
        format!(
            "{} báo cáo kết quả thực hiện {} như sau:",
            one_line(&r.issuing_body),
            r.period.label
        )
    } else {
        format!(
            "Thực hiện {}, {} báo cáo kết quả thực hiện {} như sau:",
            refs.join("; "),
            one_line(&r.issuing_body),
            r.period.label
        )
    };
    body.push(Block::paragraph(opening));
    body.push(Block::Paragraph(vec![Run::italic(format!(
        "(Số liệu tính từ ngày {} đến ngày {}.)",
        date_short(r.period.data_from),
        date_short(r.period.data_to)
    ))]));

    let mut sections: Vec<(String, Vec<Block>)> = Vec::new();
    sections.push((
        "Công tác lãnh đạo, chỉ đạo, triển khai thực hiện".to_string(),
        direction_blocks(r),
    ));
    let results = results_sections(r)?;
    let mut results_blocks = Vec::new();
    for (i, (title, blocks)) in results.into_iter().enumerate() {
        results_blocks.push(Block::heading(2, format!("{}. {title}", i + 1)));
        results_blocks.extend(blocks);
    }
    sections.push(("Kết quả thực hiện".to_string(), results_blocks));
    let assessment = numbered_lists(&[
        ("Ưu điểm", &r.strengths),
        ("Hạn chế, khuyết điểm", &r.shortcomings),
        ("Nguyên nhân", &r.causes),
    ]);
    if !assessment.is_empty() {
        sections.push(("Đánh giá chung".to_string(), assessment));
    }
    if !r.next_tasks.is_empty() {
        sections.push((
            format!("Nhiệm vụ, giải pháp trọng tâm {}", r.next_period_label.trim()),
            r.next_tasks.iter().map(|t| Block::bullet(t.clone())).collect(),
        ));
    }
    if !r.requests.is_empty() {
        sections.push((
            "Đề xuất, kiến nghị".to_string(),
            r.requests.iter().map(|t| Block::bullet(t.clone())).collect(),
        ));
    }
    for (i, (title, blocks)) in sections.into_iter().enumerate() {
        body.push(Block::heading(1, format!("{}. {}", roman(i + 1), title.to_uppercase())));
        body.extend(blocks);
    }
    body.push(Block::paragraph(format!(
        "Trên đây là báo cáo kết quả thực hiện {} {} của {}./.",
        r.subject.trim(),
        r.period.label,
        one_line(&r.issuing_body)
    )));

    Ok(AdministrativeDocument {
        layout: r.layout.clone(),
        superior_body: r.superior_body.clone(),
        issuing_body: r.issuing_body.clone(),
        number: r.number.clone(),
        place: r.place.clone(),
        date: r.date,
        type_name: "Báo cáo".to_string(),
        summary: format!("Kết quả thực hiện {} {}", r.subject.trim(), r.period.label),
        body,
        signature: r.signature.clone(),
        recipients: Recipients {
            items: r.recipients.clone(),
            archive_unit: r.archive_unit.clone(),
        },
        title: None,
    })
}

/// Composes and writes the report as .docx bytes.
pub fn report_docx(r: &ImplementationReport) -> Result<Vec<u8>, OfficeError> {
    write_docx(&compose_report(r)?)
}

fn direction_blocks(r: &ImplementationReport) -> Vec<Block> {
    let mut blocks = Vec::new();
    for d in &r.documents {
        let mut text = format!("{} {}", d.reference.trim(), d.title.trim()).trim().to_string();
        if let Some(n) = d.task_count {
            text.push_str(&format!(", giao {} nhiệm vụ", int(n as i64)));
        }
        text.push(';');
        blocks.push(Block::bullet(text));
    }
    blocks.extend(r.implementation_notes.iter().map(|n| Block::paragraph(n.clone())));
    if blocks.is_empty() {
        blocks.push(Block::paragraph("(Chưa có nội dung.)"));
    }
    blocks
}

/// "1. Ưu điểm" with its "- " lines, for each non-empty list.
fn numbered_lists(lists: &[(&str, &Vec<String>)]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut n = 0;
    for (title, items) in lists {
        if items.is_empty() {
            continue;
        }
        n += 1;
        blocks.push(Block::heading(2, format!("{n}. {title}")));
        blocks.extend(items.iter().map(|i| Block::bullet(i.clone())));
    }
    blocks
}

/// A name written over two lines in the header ("Ủy ban nhân dân\nphường Bồ Đề"), on
/// one line for running text.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Roman numerals for section headings (1 → "I", 4 → "IV").
pub(crate) fn roman(mut n: usize) -> String {
    const TABLE: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::roman;

    #[test]
    fn roman_numerals() {
        assert_eq!(roman(1), "I");
        assert_eq!(roman(4), "IV");
        assert_eq!(roman(5), "V");
        assert_eq!(roman(9), "IX");
        assert_eq!(roman(14), "XIV");
    }
}
